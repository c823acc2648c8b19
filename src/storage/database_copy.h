#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <functional>

// Moving a single-office database (an SQLite file) to a PostgreSQL server: every
// CuTru table copied row for row, ids kept, verified table by table before the
// server commits. `cutru-cli migrate` and the benchmark use it.
namespace cutru::storage {

// One table as found on both sides after the copy. The checksum is SHA-256 (hex) over
// the table's rows read back through Qt in primary-key order: per value "N" for NULL,
// else "T", the length of its UTF-8 text, ':' and the text (integers in decimal, text
// as stored); a line feed after each row. Computed the same way on both sides.
struct TableCopyCheck {
    QString table;
    qint64 fileRows = 0;
    qint64 serverRows = 0;
    QString fileChecksum;
    QString serverChecksum;
    bool matches() const { return fileRows == serverRows && fileChecksum == serverChecksum; }
};

struct ServerCopyReport {
    bool completed = false;       // false: cancelled; the server was left as it was
    QList<TableCopyCheck> tables; // in copy order (parents before the tables referring to them)
    // Accounts copied with their Argon2 password hashes, which the server cannot use:
    // their database roles have no password until an administrator sets a new one.
    QStringList accountsNeedingPasswords;
    qint64 totalRows() const;
};

struct ServerCopyProgress {
    QString stage; // translated, e.g. "Copying members"
    qint64 done = 0;
    qint64 total = 0;
};
// Called after each batch; returning false cancels the copy (the server transaction
// is rolled back: nothing is left on the server).
using ServerCopyProgressFn = std::function<bool(const ServerCopyProgress &)>;

// Copies the CuTru database file `sqlitePath` into the database `serverUri`
// (postgresql://…), which must hold no CuTru data: either empty (its schema is
// created first) or with CuTru's schema and no rows in any table (e.g. left by a
// failed or cancelled copy). The file is opened like any CuTru database (integrity
// check, upgraded to the latest schema first) and read in one snapshot, so offices
// may keep working on it meanwhile. On the server everything happens in one
// transaction with the audit triggers off (cutru.bulk_copy): rows keep their ids
// (change-log rows included, as they were), tables go in foreign-key order, then the
// identity sequences continue after the highest copied id, then every table is
// compared (row count and checksum) before COMMIT. Tables only SQLite has (the
// session actor, the full-text search tables) are not copied: the server keeps its
// own member search up to date by trigger.
// Throws StorageError (translated, naming the file, server or table) on any failure,
// a verification mismatch included; the server then holds no CuTru data.
ServerCopyReport copyDatabaseToServer(const QString &sqlitePath, const QString &serverUri,
                                      const ServerCopyProgressFn &progress = {});

} // namespace cutru::storage
