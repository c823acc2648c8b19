#include "storage/change_log_repository.h"

#include "storage/sql_util.h"

#include <QSet>

#include <algorithm>
#include <type_traits>

namespace cutru::storage {
namespace {

const QString kColumns =
    QStringLiteral("id, changed_at, actor, table_name, row_id, action, old_values, new_values");

// The distinct values of an indexed column by a loose index scan: each step asks
// the index for the smallest value above the previous one, so the cost grows with
// the number of distinct values, not with the size of the log.
QString distinctValues(const char *column)
{
    return QStringLiteral("WITH RECURSIVE v(x) AS ("
                          "SELECT (SELECT min(%1) FROM change_log) "
                          "UNION ALL SELECT (SELECT min(%1) FROM change_log WHERE %1 > v.x) FROM v "
                          "WHERE v.x IS NOT NULL) "
                          "SELECT x FROM v WHERE x IS NOT NULL")
        .arg(QLatin1String(column));
}

// The triggers write strftime('%Y-%m-%dT%H:%M:%fZ'): compared as text, the same
// shape orders correctly.
QString timeText(const QDateTime &t)
{
    return t.toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz'Z'"));
}

ChangeLogEntry readEntry(const QSqlQuery &q)
{
    ChangeLogEntry e;
    e.id = q.value(0).toLongLong();
    e.changedAt = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
    e.changedAt.setTimeSpec(Qt::UTC);
    e.actor = q.value(2).toString();
    e.table = q.value(3).toString();
    e.rowId = q.value(4).toLongLong();
    e.action = q.value(5).toString();
    e.oldValues = q.value(6).toString();
    e.newValues = q.value(7).toString();
    return e;
}

// A date range narrower than this many entries is read along the primary key
// (checking the table on each row) rather than through the table's index entries.
constexpr qint64 kRowScanLimit = 20000;

// `SELECT key, name FROM table WHERE key IN (...)` in batches under SQLite's
// parameter limit.
template <typename Key>
QHash<Key, QString> namesByKey(const Database &db, const QString &select, const QList<Key> &keys, const char *what)
{
    QHash<Key, QString> out;
    QList<Key> unique;
    QSet<Key> seen;
    for (const Key &k : keys)
        if (!seen.contains(k)) {
            seen.insert(k);
            unique.append(k);
        }
    constexpr int kBatch = 500;
    for (int start = 0; start < unique.size(); start += kBatch) {
        const int n = int(std::min<qsizetype>(kBatch, unique.size() - start));
        QStringList marks;
        for (int i = 0; i < n; ++i)
            marks << QStringLiteral("?");
        QSqlQuery q = sql::prepare(db, select.arg(marks.join(QLatin1Char(','))));
        for (int i = 0; i < n; ++i)
            q.addBindValue(unique.at(start + i));
        sql::exec(q, what);
        while (q.next()) {
            if constexpr (std::is_same_v<Key, QString>)
                out.insert(q.value(0).toString(), q.value(1).toString());
            else
                out.insert(q.value(0).toLongLong(), q.value(1).toString());
        }
    }
    return out;
}

} // namespace

// The WHERE clause of a filter, written so that SQLite drives the query from the
// intended index (a unary + keeps a term from being used as an index constraint).
struct ChangeLogRepository::Where {
    bool nothing = false;  // the date range holds no entry at all
    qint64 knownCount = -1; // the count, when resolving the filter already gave it
    QStringList terms;
    QVariantList binds;

    void add(const QString &term, const QVariantList &values = {})
    {
        terms << term;
        binds << values;
    }
    QString sql() const
    {
        return terms.isEmpty() ? QString() : QStringLiteral(" WHERE ") + terms.join(QStringLiteral(" AND "));
    }
    void bind(QSqlQuery &q) const
    {
        for (const QVariant &v : binds)
            q.addBindValue(v);
    }
};

ChangeLogRepository::Where ChangeLogRepository::where(const ChangeLogFilter &f, qint64 beforeId) const
{
    Where w;
    // A term whose column must not drive the query (SQLite's unary "+"; PostgreSQL
    // plans by its own statistics).
    auto plus = [this](const QString &term) { return sql::unindexed(db_, term); };
    const bool dated = f.from.isValid() || f.until.isValid();
    QStringList timeTerms;
    QVariantList timeBinds;
    if (f.from.isValid()) {
        timeTerms << QStringLiteral("changed_at >= ?");
        timeBinds << timeText(f.from);
    }
    if (f.until.isValid()) {
        timeTerms << QStringLiteral("changed_at < ?");
        timeBinds << timeText(f.until);
    }

    // One record: a handful of rows through (table_name, row_id); check the rest on them.
    if (f.rowId > 0) {
        if (!f.table.isEmpty())
            w.add(QStringLiteral("table_name = ?"), {f.table});
        else
            w.add(QStringLiteral("table_name IN (%1)").arg(distinctValues("table_name")));
        w.add(QStringLiteral("row_id = ?"), {f.rowId});
        if (!f.actor.isEmpty())
            w.add(plus(QStringLiteral("actor = ?")), {f.actor});
        for (const QString &t : timeTerms)
            w.add(plus(t));
        w.binds << timeBinds;
        if (beforeId > 0)
            w.add(plus(QStringLiteral("id < ?")), {beforeId});
        return w;
    }

    // A date range becomes the range of ids written in it. The log is appended in
    // commit order, so the entries of a period normally fill their id range; when
    // they do not (a clock set back), the time test stays, as a set of ids read
    // from the time index.
    qint64 low = 0, high = 0;
    bool dense = true;
    if (dated) {
        QSqlQuery q = sql::prepare(db_, QStringLiteral("SELECT min(id), max(id), count(*) FROM change_log WHERE ")
                                            + timeTerms.join(QStringLiteral(" AND ")));
        for (const QVariant &v : timeBinds)
            q.addBindValue(v);
        sql::exec(q, "find the period in the change history");
        const qint64 n = q.next() ? q.value(2).toLongLong() : 0;
        if (n == 0) {
            w.nothing = true;
            w.knownCount = 0;
            return w;
        }
        low = q.value(0).toLongLong();
        high = q.value(1).toLongLong();
        dense = high - low + 1 == n;
        if (f.actor.isEmpty() && f.table.isEmpty())
            w.knownCount = n;
    }
    const QString timeSet = plus(QStringLiteral("id IN (SELECT id FROM change_log WHERE %1)")
                                     .arg(timeTerms.join(QStringLiteral(" AND "))));
    auto addPeriod = [&](const QString &idTerm) {
        if (!dated)
            return;
        w.add(idTerm, {low, high});
        if (!dense)
            w.add(timeSet, timeBinds);
    };

    if (!f.actor.isEmpty()) {
        // Along (actor, id), newest first; the table is a set of ids from its index.
        w.add(QStringLiteral("actor = ?"), {f.actor});
        addPeriod(QStringLiteral("id BETWEEN ? AND ?"));
        if (!f.table.isEmpty())
            w.add(plus(QStringLiteral("id IN (SELECT id FROM change_log WHERE table_name = ?)")), {f.table});
        if (beforeId > 0)
            w.add(QStringLiteral("id < ?"), {beforeId});
    } else if (!f.table.isEmpty() && dated && high - low < kRowScanLimit) {
        // A short period: its rows along the primary key, checking the table.
        addPeriod(QStringLiteral("id BETWEEN ? AND ?"));
        w.add(plus(QStringLiteral("table_name = ?")), {f.table});
        if (beforeId > 0)
            w.add(QStringLiteral("id < ?"), {beforeId});
    } else if (!f.table.isEmpty()) {
        // The table's index entries (they carry the id), sorted by id.
        w.add(QStringLiteral("table_name = ?"), {f.table});
        addPeriod(plus(QStringLiteral("id BETWEEN ? AND ?")));
        if (beforeId > 0)
            w.add(plus(QStringLiteral("id < ?")), {beforeId});
    } else {
        addPeriod(QStringLiteral("id BETWEEN ? AND ?"));
        if (beforeId > 0)
            w.add(QStringLiteral("id < ?"), {beforeId});
    }
    return w;
}

QList<ChangeLogEntry> ChangeLogRepository::forRecord(const QString &table, qint64 rowId) const
{
    QSqlQuery q = sql::prepare(db_, QStringLiteral("SELECT ") + kColumns
                                        + QStringLiteral(" FROM change_log WHERE table_name = ? AND row_id = ? "
                                                         "ORDER BY id"));
    q.addBindValue(table);
    q.addBindValue(rowId);
    sql::exec(q, "read change history");
    QList<ChangeLogEntry> out;
    while (q.next())
        out.append(readEntry(q));
    return out;
}

qint64 ChangeLogRepository::count() const
{
    QSqlQuery q = sql::prepare(db_, QStringLiteral("SELECT count(*) FROM change_log"));
    sql::exec(q, "count change history");
    return q.next() ? q.value(0).toLongLong() : 0;
}

qint64 ChangeLogRepository::count(const ChangeLogFilter &filter) const
{
    if (filter.isEmpty())
        return count();
    const Where w = where(filter, 0);
    if (w.knownCount >= 0)
        return w.knownCount;
    QSqlQuery q = sql::prepare(db_, QStringLiteral("SELECT count(*) FROM change_log") + w.sql());
    w.bind(q);
    sql::exec(q, "count change history");
    return q.next() ? q.value(0).toLongLong() : 0;
}

QList<ChangeLogEntry> ChangeLogRepository::page(const ChangeLogFilter &filter, qint64 beforeId, int limit) const
{
    QList<ChangeLogEntry> out;
    if (limit <= 0)
        return out;
    const Where w = where(filter, beforeId);
    if (w.nothing)
        return out;
    // The ids first (from an index where possible), then those rows only: no sort
    // ever carries the JSON columns.
    QSqlQuery q = sql::prepare(db_, QStringLiteral("SELECT ") + kColumns
                                        + QStringLiteral(" FROM change_log WHERE id IN (SELECT id FROM change_log")
                                        + w.sql() + QStringLiteral(" ORDER BY id DESC LIMIT ?) ORDER BY id DESC"));
    w.bind(q);
    q.addBindValue(limit);
    sql::exec(q, "read change history");
    out.reserve(limit);
    while (q.next())
        out.append(readEntry(q));
    return out;
}

QStringList ChangeLogRepository::actors() const
{
    QSqlQuery q = sql::prepare(db_, distinctValues("actor"));
    sql::exec(q, "list the users in the change history");
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

QStringList ChangeLogRepository::tables() const
{
    QSqlQuery q = sql::prepare(db_, distinctValues("table_name"));
    sql::exec(q, "list the tables in the change history");
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

QHash<QString, QString> ChangeLogRepository::accountFullNames(const QStringList &usernames) const
{
    return namesByKey<QString>(db_, QStringLiteral("SELECT username, full_name FROM accounts WHERE username IN (%1)"),
                               usernames, "read account names");
}

QHash<qint64, QString> ChangeLogRepository::organisationNames(const QList<qint64> &ids) const
{
    return namesByKey<qint64>(db_, QStringLiteral("SELECT id, name FROM organisations WHERE id IN (%1)"), ids,
                              "read organisation names");
}

QHash<qint64, QString> ChangeLogRepository::memberNames(const QList<qint64> &ids) const
{
    return namesByKey<qint64>(db_, QStringLiteral("SELECT id, full_name FROM members WHERE id IN (%1)"), ids,
                              "read member names");
}

} // namespace cutru::storage
