#include "storage/change_log_repository.h"

#include "storage/sql_util.h"

namespace cutru::storage {

QList<ChangeLogEntry> ChangeLogRepository::forRecord(const QString &table, qint64 rowId) const
{
    QSqlQuery q = sql::prepare(db_, QStringLiteral(
        "SELECT id, changed_at, actor, table_name, row_id, action, old_values, new_values "
        "FROM change_log WHERE table_name = ? AND row_id = ? ORDER BY id"));
    q.addBindValue(table);
    q.addBindValue(rowId);
    sql::exec(q, "read change history");
    QList<ChangeLogEntry> out;
    while (q.next()) {
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
        out.append(e);
    }
    return out;
}

qint64 ChangeLogRepository::count() const
{
    QSqlQuery q = sql::prepare(db_, QStringLiteral("SELECT count(*) FROM change_log"));
    sql::exec(q, "count change history");
    return q.next() ? q.value(0).toLongLong() : 0;
}

} // namespace cutru::storage
