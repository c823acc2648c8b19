#pragma once

// Damaged database files for the integrity, backup and restore tests, and a hash
// to prove that a file was left byte for byte as it was.

#include "storage/database.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QString>
#include <stdexcept>

namespace cutru::test {

inline QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return h.result().toHex();
}

struct PageLocation {
    qint64 page = 0; // 1-based
    int pageSize = 0;
};

// The root page of `table` (closes its connection before returning, so that the
// file can be changed behind SQLite's back).
inline PageLocation rootPageOf(const QString &path, const QString &table)
{
    PageLocation where;
    storage::Database db = storage::Database::openRaw(path, storage::Database::Create::MustExist);
    QSqlQuery q(db.connection());
    if (q.exec(QStringLiteral("PRAGMA page_size")) && q.next())
        where.pageSize = q.value(0).toInt();
    q.prepare(QStringLiteral("SELECT rootpage FROM sqlite_master WHERE type = 'table' AND name = ?"));
    q.addBindValue(table);
    if (q.exec() && q.next())
        where.page = q.value(0).toLongLong();
    if (where.page <= 0 || where.pageSize <= 0)
        throw std::runtime_error("no such table");
    return where;
}

// Overwrites `length` bytes at `offset` of page `page` with `fill` (or random
// bytes when fill < 0).
inline void overwrite(const QString &path, const PageLocation &page, int offset, int length, int fill = -1)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadWrite))
        throw std::runtime_error("cannot open the file to damage it");
    QByteArray bytes(length, '\0');
    for (char &b : bytes)
        b = char(fill >= 0 ? fill : int(QRandomGenerator::global()->bounded(256)));
    f.seek((page.page - 1) * page.pageSize + offset);
    f.write(bytes);
}

// A table b-tree page whose header is fine but whose cell pointers, just after
// the header, point nowhere: the bytes in the middle of the page are garbage.
inline void damageCellPointers(const QString &path, const QString &table)
{
    const PageLocation root = rootPageOf(path, table);
    overwrite(path, root, 12, 48, 0xff);
}

// A page of the table that is garbage from its first byte to its last, in a file
// whose header is fine.
inline void garbagePage(const QString &path, const QString &table)
{
    const PageLocation root = rootPageOf(path, table);
    overwrite(path, root, 0, root.pageSize);
}

} // namespace cutru::test
