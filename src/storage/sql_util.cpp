#include "storage/sql_util.h"

#include <QCoreApplication>
#include <QSqlError>
#include <spdlog/spdlog.h>

namespace cutru::storage::sql {

// The context is declared, not passed, so that lupdate files the strings under it
// (a free tr() would land in the enclosing namespace's or class's context).
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cutru::storage)
};
} // namespace

QSqlQuery prepare(const Database &db, const QString &statement)
{
    QSqlQuery q(db.connection());
    if (!q.prepare(statement)) {
        const QString detail = q.lastError().text() + QStringLiteral(" — ") + statement;
        spdlog::error("prepare failed: {}", detail.toStdString());
        throw StorageError(Tr::tr("The database %1 could not be read: its structure is not what CuTru expects.")
                               .arg(db.path()),
                           detail);
    }
    return q;
}

namespace {
enum class Failure { Busy, Constraint, NotPermitted, Other };

[[noreturn]] void fail(Failure kind, const QString &detail)
{
    switch (kind) {
    case Failure::Busy:
        throw StorageError(Tr::tr("The database is busy with another user's change. Try again in a moment."),
                           detail);
    case Failure::Constraint:
        throw StorageError(Tr::tr("The change breaks a rule of the database and was not saved."),
                           detail);
    case Failure::NotPermitted:
        throw StorageError(Tr::tr("The database server refused the change: your account may not change these "
                                  "records. Nothing was saved."),
                           detail);
    case Failure::Other: break;
    }
    throw StorageError(Tr::tr("The database could not complete the operation."),
                       detail);
}
} // namespace

void exec(QSqlQuery &q, const char *what)
{
    if (q.exec())
        return;
    const QSqlError err = q.lastError();
    const QString detail = QString::fromLatin1(what) + QStringLiteral(": ") + err.text();
    spdlog::error("query failed: {} [{}]", detail.toStdString(), q.lastQuery().toStdString());
    // SQLite: SQLITE_BUSY, SQLITE_LOCKED. PostgreSQL: serialization failure, deadlock,
    // lock not available.
    const QString code = err.nativeErrorCode();
    if (code == QLatin1String("5") || code == QLatin1String("6") || code == QLatin1String("40001")
        || code == QLatin1String("40P01") || code == QLatin1String("55P03"))
        fail(Failure::Busy, detail);
    // PostgreSQL: insufficient privilege, a row-level security policy's refusal included.
    if (code == QLatin1String("42501"))
        fail(Failure::NotPermitted, detail);
    fail(isConstraintError(q) ? Failure::Constraint : Failure::Other, detail);
}

void throwForResultCode(int code, const QString &message, const char *what)
{
    const QString detail = QString::fromLatin1(what) + QStringLiteral(": ") + message;
    spdlog::error("query failed: {} (SQLite result code {})", detail.toStdString(), code);
    const int primary = code & 0xff; // SQLITE_BUSY 5, SQLITE_LOCKED 6, SQLITE_CONSTRAINT 19
    fail(primary == 5 || primary == 6 ? Failure::Busy : primary == 19 ? Failure::Constraint : Failure::Other, detail);
}

void execDirect(const Database &db, const QString &statement, const char *what)
{
    QSqlQuery q(db.connection());
    if (!q.exec(statement)) {
        const QString detail = QString::fromLatin1(what) + QStringLiteral(": ") + q.lastError().text();
        spdlog::error("statement failed: {} [{}]", detail.toStdString(), statement.toStdString());
        throw StorageError(Tr::tr("The database could not complete the operation."),
                           detail);
    }
}

QVariant date(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}

QDate toDate(const QVariant &v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}

QVariant id(qint64 v)
{
    return v > 0 ? QVariant(v) : QVariant(QMetaType(QMetaType::LongLong));
}

QVariant text(const QString &s)
{
    return s.isNull() ? QVariant(QString(QLatin1String(""))) : QVariant(s);
}

QVariant textOrNull(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}

bool isConstraintError(const QSqlQuery &q)
{
    // SQLite's primary result code 19 is SQLITE_CONSTRAINT (extended codes 19 + n*256);
    // PostgreSQL's SQLSTATE class 23 is integrity constraint violation.
    const QString code = q.lastError().nativeErrorCode();
    bool ok = false;
    const int n = code.toInt(&ok);
    if (ok)
        return (n & 0xff) == 19;
    return code.startsWith(QLatin1String("23"));
}

qint64 execInsert(QSqlQuery &q, const char *what)
{
    exec(q, what);
    if (!q.next())
        fail(Failure::Other, QString::fromLatin1(what) + QStringLiteral(": INSERT returned no id"));
    const qint64 id = q.value(0).toLongLong();
    // Step to the end before letting go: SQLite 3.40 in defensive mode rolls the whole
    // transaction back when an INSERT … RETURNING whose triggers wrote to the FTS5
    // member index is reset before it finished (a row seemingly saved, then gone).
    while (q.next()) {
    }
    q.finish();
    return id;
}

QString daysBetween(const Database &db, const QString &later, const QString &earlier)
{
    return db.isPostgres() ? QStringLiteral("((%1)::date - (%2)::date)").arg(later, earlier)
                           : QStringLiteral("CAST(julianday(%1) - julianday(%2) AS INTEGER)").arg(later, earlier);
}

QString addDays(const Database &db, const QString &date, int days)
{
    return db.isPostgres() ? QStringLiteral("to_char((%1)::date + (%2), 'YYYY-MM-DD')").arg(date).arg(days)
                           : QStringLiteral("date(%1, '%2 days')").arg(date).arg(days);
}

QString least(const Database &db, const QString &a, const QString &b)
{
    return QStringLiteral("%1(%2, %3)").arg(db.isPostgres() ? QStringLiteral("least") : QStringLiteral("min"), a, b);
}

QString greatest(const Database &db, const QString &a, const QString &b)
{
    return QStringLiteral("%1(%2, %3)").arg(db.isPostgres() ? QStringLiteral("greatest") : QStringLiteral("max"), a, b);
}

QString asInteger(const QString &condition)
{
    return QStringLiteral("(CASE WHEN %1 THEN 1 ELSE 0 END)").arg(condition);
}

QString unindexed(const Database &db, const QString &expression)
{
    return db.isPostgres() ? expression : QLatin1Char('+') + expression;
}

QString pathUpperBound(const QString &path)
{
    QString upper = path;
    if (!upper.isEmpty())
        upper.back() = QLatin1Char('0');
    return upper;
}

} // namespace cutru::storage::sql
