#include "storage/liaison_statistics.h"

#include "storage/sql_util.h"

namespace cutru::storage {

LiaisonStatistics::LiaisonStatistics(const Database &db) : db_(db) {}

QList<LiaisonActivity> LiaisonStatistics::activity(const QDate &from, const QDate &to, const QDate &resolvedBy,
                                                   const QString &scopePath) const
{
    // Problems are records of their own (a visit may raise several); a problem counts
    // as resolved when its status is resolved with a date on or before `resolvedBy`.
    QString sqlText = QStringLiteral(
        "SELECT lc.id, lc.full_name, lc.position, o.id, o.code, o.name, count(*), count(v.meeting_id), "
        "coalesce(sum((SELECT count(*) FROM liaison_problems p WHERE p.visit_id = v.id)), 0), "
        "coalesce(sum((SELECT count(*) FROM liaison_problems p WHERE p.visit_id = v.id AND p.status = 'resolved' "
        "AND p.resolved_date <= ?)), 0) "
        "FROM liaison_visits v JOIN liaison_cadres lc ON lc.id = v.cadre_id "
        "JOIN organisations o ON o.id = v.commune_id "
        "WHERE v.visit_date >= ? AND v.visit_date <= ?");
    if (!scopePath.isEmpty())
        sqlText += QStringLiteral(" AND o.path >= ? AND o.path < ?");
    sqlText += QStringLiteral(" GROUP BY lc.id, o.id ORDER BY lc.id, o.path");
    QSqlQuery q = sql::prepare(db_, sqlText);
    q.addBindValue(sql::date(resolvedBy));
    q.addBindValue(sql::date(from));
    q.addBindValue(sql::date(to));
    if (!scopePath.isEmpty()) {
        q.addBindValue(scopePath);
        q.addBindValue(sql::pathUpperBound(scopePath));
    }
    q.setForwardOnly(true);
    sql::exec(q, "count liaison visits");
    QList<LiaisonActivity> out;
    while (q.next()) {
        LiaisonActivity a;
        a.cadreId = q.value(0).toLongLong();
        a.cadreName = q.value(1).toString();
        a.position = q.value(2).toString();
        a.communeId = q.value(3).toLongLong();
        a.communeCode = q.value(4).toString();
        a.communeName = q.value(5).toString();
        a.visits = q.value(6).toInt();
        a.atMeetings = q.value(7).toInt();
        a.problems = q.value(8).toInt();
        a.resolved = q.value(9).toInt();
        out.append(a);
    }
    return out;
}

} // namespace cutru::storage
