#include "storage/coverage_statistics.h"

#include "storage/sql_util.h"

namespace cutru::storage {

QList<WorkplaceCoverage> CoverageStatistics::byWorkplace(const QString &scopePath, const QDate &from,
                                                         const QDate &asOf, const QDate &overdueBefore) const
{
    const QVariant day = sql::date(asOf);
    QVariantList values;
    // The working members: membership in a workplace organisation or in a cell under
    // one (found from the workplaces down, not by reading every member); each with the
    // latest referral issued on or before the day (the last letter wins: a move ends
    // one referral and issues the next on the same day).
    const QString columns = QStringLiteral(
        "m.id AS member_id, m.not_referred, w.id AS wp_id, o.path AS org_path, "
        "m.residence_commune_id, m.residence_cell_id, "
        "(SELECT r.id FROM referrals r WHERE r.member_id = m.id AND r.issue_date <= ? "
        "ORDER BY r.issue_date DESC, r.id DESC LIMIT 1) AS ref_id");
    QString text = QStringLiteral("WITH working AS (SELECT ") + columns
                   + QStringLiteral(" FROM organisations w JOIN organisations o ON o.id = w.id "
                                    "JOIN members m ON m.cell_id = o.id WHERE w.level = 'workplace' "
                                    "UNION ALL SELECT ")
                   + columns
                   + QStringLiteral(" FROM organisations w JOIN organisations o ON o.parent_id = w.id "
                                    "JOIN members m ON m.cell_id = o.id WHERE w.level = 'workplace' "
                                    "AND o.level = 'cell'), ");
    values << day << day;
    // Where each stands on the day, as 0/1 flags (PostgreSQL's comparisons are
    // booleans; a missing referral makes each 0). A letter issued in the period exists
    // exactly when the latest one (issued on or before the day) was issued in the period.
    text += QStringLiteral("status AS (SELECT k.wp_id, k.not_referred, ")
            + sql::asInteger(QStringLiteral("r.issue_date >= ?")) + QStringLiteral(" AS newly, ")
            + sql::asInteger(QStringLiteral("r.id IS NOT NULL AND (r.ended_date IS NULL OR r.ended_date > ?)"))
            + QStringLiteral(" AS referred, r.received_date, r.assigned_date, r.issue_date, ")
            + sql::asInteger(QStringLiteral("r.exempt = 1 AND (r.exempt_from IS NULL OR r.exempt_from <= ?) "
                                            "AND (r.exempt_to IS NULL OR r.exempt_to >= ?)"))
            + QStringLiteral(" AS exempt_now FROM working k LEFT JOIN referrals r ON r.id = k.ref_id ");
    values << sql::date(from) << day << day << day;
    if (!scopePath.isEmpty()) {
        // Any of the organisations that concern the member under the scope.
        const QVariant lo = scopePath;
        const QVariant hi = sql::pathUpperBound(scopePath);
        text += QStringLiteral(
            "LEFT JOIN organisations rc ON rc.id = k.residence_commune_id "
            "LEFT JOIN organisations rk ON rk.id = k.residence_cell_id "
            "LEFT JOIN organisations tc ON tc.id = r.to_commune_id "
            "LEFT JOIN organisations ac ON ac.id = r.assigned_cell_id "
            "WHERE (k.org_path >= ? AND k.org_path < ?) OR (rc.path >= ? AND rc.path < ?) "
            "OR (rk.path >= ? AND rk.path < ?) OR (tc.path >= ? AND tc.path < ?) OR (ac.path >= ? AND ac.path < ?)");
        for (int i = 0; i < 5; ++i)
            values << lo << hi;
    }
    const auto count = [](const char *condition) {
        return QStringLiteral("sum(") + sql::asInteger(QLatin1String(condition)) + QLatin1Char(')');
    };
    text += QStringLiteral(") SELECT w.id, w.code, w.name, w.kind, w.path, count(*), ")
            + QStringList{count("s.not_referred = 1 AND s.referred = 0"), QStringLiteral("sum(s.referred)"),
                          QStringLiteral("sum(s.newly)"), count("s.referred = 1 AND s.received_date <= ?"),
                          count("s.referred = 1 AND s.assigned_date <= ?"),
                          count("s.referred = 1 AND (s.received_date IS NULL OR s.received_date > ?)"),
                          count("s.referred = 1 AND (s.received_date IS NULL OR s.received_date > ?) "
                                "AND s.issue_date < ?"),
                          count("s.referred = 1 AND s.exempt_now = 1")}
                  .join(QStringLiteral(", "))
            + QStringLiteral(" FROM status s JOIN organisations w ON w.id = s.wp_id "
                             "GROUP BY w.id ORDER BY w.name_sort_key, w.id");
    values << day << day << day << day << sql::date(overdueBefore);

    QSqlQuery q = sql::prepare(db_, text);
    for (const QVariant &v : values)
        q.addBindValue(v);
    q.setForwardOnly(true);
    sql::exec(q, "read referral coverage");
    QList<WorkplaceCoverage> out;
    while (q.next()) {
        WorkplaceCoverage c;
        c.id = q.value(0).toLongLong();
        c.code = q.value(1).toString();
        c.name = q.value(2).toString();
        c.kind = q.value(3).toString();
        c.path = q.value(4).toString();
        c.working = q.value(5).toInt();
        c.notReferred = q.value(6).toInt();
        c.referred = q.value(7).toInt();
        c.newlyReferred = q.value(8).toInt();
        c.received = q.value(9).toInt();
        c.assigned = q.value(10).toInt();
        c.pending = q.value(11).toInt();
        c.overdue = q.value(12).toInt();
        c.exempt = q.value(13).toInt();
        out.append(c);
    }
    return out;
}

} // namespace cutru::storage
