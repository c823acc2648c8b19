#include "storage/statistics_repository.h"

#include "storage/sql_util.h"

namespace cutru::storage {
namespace {

// "o.path in [scope, scope')" or always true; the bound values follow.
QString scopeCondition(const char *alias, const QString &scopePath, QVariantList &values)
{
    if (scopePath.isEmpty())
        return sql::always();
    QString upper = scopePath;
    upper.back() = QLatin1Char('0');
    values << scopePath << upper;
    return QStringLiteral("%1.path >= ? AND %1.path < ?").arg(QLatin1String(alias));
}

QMap<QString, int> countByKey(const Database &db, const QString &statement, const QVariantList &values,
                              const char *what)
{
    QSqlQuery q = sql::prepare(db, statement);
    for (const auto &v : values)
        q.addBindValue(v);
    sql::exec(q, what);
    QMap<QString, int> out;
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toInt());
    return out;
}

int single(const Database &db, const QString &statement, const QVariantList &values, const char *what)
{
    QSqlQuery q = sql::prepare(db, statement);
    for (const auto &v : values)
        q.addBindValue(v);
    sql::exec(q, what);
    return q.next() ? q.value(0).toInt() : 0;
}

} // namespace

OverviewFigures StatisticsRepository::overview(const QString &scopePath) const
{
    OverviewFigures f;
    QVariantList v;
    QString cond = scopeCondition("o", scopePath, v);
    f.communesByKind = countByKey(db_, QStringLiteral("SELECT o.kind, count(*) FROM organisations o "
                                                      "WHERE o.level = 'commune' AND ") + cond
                                           + QStringLiteral(" GROUP BY o.kind"), v, "count communes");
    f.cellsByKind = countByKey(db_, QStringLiteral("SELECT o.kind, count(*) FROM organisations o "
                                                   "JOIN organisations p ON p.id = o.parent_id "
                                                   "WHERE o.level = 'cell' AND p.level = 'commune' AND ") + cond
                                        + QStringLiteral(" GROUP BY o.kind"), v, "count cells");
    f.heldByCommuneKind = countByKey(db_, QStringLiteral("SELECT p.kind, count(*) FROM members m "
                                                         "JOIN organisations o ON o.id = m.cell_id "
                                                         "JOIN organisations p ON p.id = o.parent_id "
                                                         "WHERE o.level = 'cell' AND p.level = 'commune' AND ")
                                              + cond + QStringLiteral(" GROUP BY p.kind"), v, "count members held");
    // A working member holds membership in a workplace organisation or in one of its cells.
    f.workingByWorkplaceType = countByKey(
        db_, QStringLiteral("SELECT CASE WHEN o.level = 'workplace' THEN o.kind ELSE p.kind END, count(*) "
                            "FROM members m JOIN organisations o ON o.id = m.cell_id "
                            "LEFT JOIN organisations p ON p.id = o.parent_id "
                            "WHERE (o.level = 'workplace' OR p.level = 'workplace') AND ") + cond
                 + QStringLiteral(" GROUP BY 1"), v, "count working members");
    f.totalMembers = single(db_, QStringLiteral("SELECT count(*) FROM members m JOIN organisations o "
                                                "ON o.id = m.cell_id WHERE ") + cond, v, "count members");
    f.referredActive = single(db_, QStringLiteral("SELECT count(*) FROM referrals r JOIN members m ON m.id = r.member_id "
                                                  "JOIN organisations o ON o.id = m.cell_id "
                                                  "WHERE r.ended_date IS NULL AND ") + cond, v, "count referrals");
    QVariantList none;
    f.liaisonCadres = single(db_, QStringLiteral("SELECT count(*) FROM liaison_cadres"), none, "count cadres");
    return f;
}

} // namespace cutru::storage
