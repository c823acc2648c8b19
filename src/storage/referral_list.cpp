#include "storage/referral_list.h"

#include "storage/member_repository.h"
#include "storage/sql_util.h"

#include <QHash>

namespace cutru::storage {
namespace {

struct Filter {
    QStringList conditions;
    QVariantList values;

    QString where() const
    {
        return conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    }
};

// `column` holds the id of an organisation under one of `paths`: one index range each.
QString underAny(const QString &column, const QStringList &paths, QVariantList &values)
{
    QStringList any;
    for (const QString &path : paths) {
        if (path.isEmpty())
            continue;
        any << QStringLiteral("%1 IN (SELECT id FROM organisations WHERE path >= ? AND path < ?)").arg(column);
        values << path << sql::pathUpperBound(path);
    }
    return any.isEmpty() ? sql::never() : QLatin1Char('(') + any.join(QStringLiteral(" OR ")) + QLatin1Char(')');
}

QDate effectiveDate(const QDate &asOf)
{
    return asOf.isValid() ? asOf : QDate::currentDate();
}

QString stateCondition(ReferralState s)
{
    switch (s) {
    case ReferralState::Issued: return QStringLiteral("(r.ended_date IS NULL AND r.received_date IS NULL)");
    case ReferralState::Received:
        return QStringLiteral("(r.ended_date IS NULL AND r.received_date IS NOT NULL AND r.assigned_cell_id IS NULL)");
    case ReferralState::Assigned: return QStringLiteral("(r.ended_date IS NULL AND r.assigned_cell_id IS NOT NULL)");
    case ReferralState::Ended: return QStringLiteral("(r.ended_date IS NOT NULL)");
    }
    return sql::never();
}

// Conditions on `referrals r` alone (no joins), so that counting reads one table.
Filter filterFor(const Database &db, const ReferralListQuery &q)
{
    Filter f;
    if (!q.communePath.isEmpty())
        f.conditions << underAny(QStringLiteral("r.to_commune_id"), {q.communePath}, f.values);
    if (q.communeId > 0) {
        f.conditions << QStringLiteral("r.to_commune_id = ?");
        f.values << q.communeId;
    }
    if (q.inProvinceOnly)
        f.conditions << QStringLiteral("r.to_commune_id IS NOT NULL");
    if (!q.referralIds.isEmpty()) {
        f.conditions << QStringLiteral("r.id IN (%1)").arg(QStringList(q.referralIds.size(), QStringLiteral("?")).join(QLatin1Char(',')));
        for (qint64 id : q.referralIds)
            f.values << id;
    }
    if (q.issuingOrgId > 0) {
        f.conditions << QStringLiteral("r.issuing_org_id = ?");
        f.values << q.issuingOrgId;
    }
    if (!q.issuingPath.isEmpty())
        f.conditions << underAny(QStringLiteral("r.issuing_org_id"), {q.issuingPath}, f.values);
    if (!q.states.isEmpty()) {
        QStringList any;
        for (ReferralState s : q.states)
            any << stateCondition(s);
        f.conditions << QLatin1Char('(') + any.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    }
    if (q.exempt) {
        f.conditions << QStringLiteral("r.exempt = ?");
        f.values << (*q.exempt ? 1 : 0);
    }
    if (q.overdueAfterDays >= 0) {
        f.conditions << QStringLiteral("r.ended_date IS NULL AND r.received_date IS NULL AND r.issue_date < ?");
        f.values << sql::date(effectiveDate(q.asOf).addDays(-q.overdueAfterDays));
    }
    const QString search = memberSearchCondition(db, QStringLiteral("r.member_id"), q.terms, false, f.values);
    if (!search.isEmpty())
        f.conditions << search;
    if (q.visible) {
        QVariantList values;
        const QString receiving = underAny(QStringLiteral("r.to_commune_id"), q.visible->receivingUnder, values);
        const QString issuing = underAny(QStringLiteral("r.issuing_org_id"), q.visible->issuingUnder, values);
        f.conditions << QStringLiteral("(%1 OR %2)").arg(receiving, issuing);
        f.values << values;
    }
    return f;
}

void bindAll(QSqlQuery &q, const QVariantList &values)
{
    for (const auto &v : values)
        q.addBindValue(v);
}

const char *kReferralRowSelect =
    "SELECT r.id, r.letter_no, r.letter_year, r.issue_date, r.received_date, r.assigned_date, r.ended_date, "
    "r.end_reason, r.end_note, r.exempt, r.exemption_reason, r.exempt_from, r.exempt_to, "
    "m.id, m.full_name, m.party_card_no, m.residence_cell_id, "
    "io.id, io.code, io.name, "
    "r.to_commune_id, tc.code, tc.name, r.external_committee, r.external_address, "
    "r.assigned_cell_id, ac.name "
    "FROM referrals r JOIN members m ON m.id = r.member_id "
    "JOIN organisations io ON io.id = r.issuing_org_id "
    "LEFT JOIN organisations tc ON tc.id = r.to_commune_id "
    "LEFT JOIN organisations ac ON ac.id = r.assigned_cell_id ";

ReferralRow referralRowFrom(const QSqlQuery &q, const QDate &asOf)
{
    ReferralRow r;
    r.id = q.value(0).toLongLong();
    r.letterNo = q.value(1).toInt();
    r.letterYear = q.value(2).toInt();
    r.issueDate = sql::toDate(q.value(3));
    r.receivedDate = sql::toDate(q.value(4));
    r.assignedDate = sql::toDate(q.value(5));
    r.endedDate = sql::toDate(q.value(6));
    if (!q.value(7).isNull())
        r.endReason = fromCode<ReferralEndReason>(q.value(7).toString());
    r.endNote = q.value(8).toString();
    r.exempt = q.value(9).toInt() != 0;
    if (!q.value(10).isNull())
        r.exemptionReason = fromCode<ExemptionReason>(q.value(10).toString());
    r.exemptFrom = sql::toDate(q.value(11));
    r.exemptTo = sql::toDate(q.value(12));
    r.memberId = q.value(13).toLongLong();
    r.memberName = q.value(14).toString();
    r.partyCardNo = q.value(15).toString();
    r.memberResidenceCellId = q.value(16).toLongLong();
    r.issuingOrgId = q.value(17).toLongLong();
    r.issuingOrgCode = q.value(18).toString();
    r.issuingOrgName = q.value(19).toString();
    r.toCommuneId = q.value(20).toLongLong();
    r.toCommuneCode = q.value(21).toString();
    r.toCommuneName = q.value(22).toString();
    r.externalCommittee = q.value(23).toString();
    r.externalAddress = q.value(24).toString();
    r.assignedCellId = q.value(25).toLongLong();
    r.assignedCellName = q.value(26).toString();
    if (r.endedDate.isValid())
        r.state = ReferralState::Ended;
    else if (r.assignedCellId > 0)
        r.state = ReferralState::Assigned;
    else if (r.receivedDate.isValid())
        r.state = ReferralState::Received;
    else
        r.state = ReferralState::Issued;
    if (r.state == ReferralState::Issued && r.issueDate.isValid())
        r.daysWaited = static_cast<int>(r.issueDate.daysTo(asOf));
    return r;
}

// The working member's state as a number in WorkingMemberState order, from the member
// `m` and their current (or last) referral `r`.
const char *kWorkingStateExpression =
    "(CASE WHEN r.id IS NULL OR r.ended_date IS NOT NULL THEN "
    "(CASE WHEN m.not_referred = 1 THEN 6 WHEN r.id IS NULL THEN 0 ELSE 5 END) "
    "WHEN r.exempt = 1 THEN 4 WHEN r.assigned_cell_id IS NOT NULL THEN 3 "
    "WHEN r.received_date IS NOT NULL THEN 2 ELSE 1 END)";

// The member's active referral, or else the last one that ended (index on member_id).
const char *kCurrentReferralJoin =
    " LEFT JOIN referrals r ON r.id = (SELECT r2.id FROM referrals r2 WHERE r2.member_id = m.id "
    "ORDER BY r2.ended_date IS NOT NULL, r2.issue_date DESC, r2.id DESC LIMIT 1)";

Filter filterFor(const Database &db, const WorkingMemberQuery &q)
{
    Filter f;
    f.conditions << QStringLiteral("o.level = 'workplace'");
    if (q.organisationId > 0) {
        f.conditions << QStringLiteral("o.id = ?");
        f.values << q.organisationId;
    }
    if (!q.memberIds.isEmpty()) {
        f.conditions << QStringLiteral("m.id IN (%1)").arg(QStringList(q.memberIds.size(), QStringLiteral("?")).join(QLatin1Char(',')));
        for (qint64 id : q.memberIds)
            f.values << id;
    }
    if (!q.organisationPath.isEmpty()) {
        f.conditions << QStringLiteral("o.path >= ? AND o.path < ?");
        f.values << q.organisationPath << sql::pathUpperBound(q.organisationPath);
    }
    if (q.visibleUnder) {
        QStringList any;
        for (const QString &path : *q.visibleUnder) {
            if (path.isEmpty())
                continue;
            any << QStringLiteral("(o.path >= ? AND o.path < ?)");
            f.values << path << sql::pathUpperBound(path);
        }
        f.conditions << (any.isEmpty() ? sql::never() : QLatin1Char('(') + any.join(QStringLiteral(" OR ")) + QLatin1Char(')'));
    }
    if (!q.states.isEmpty()) {
        QStringList codes;
        for (WorkingMemberState s : q.states)
            codes << QString::number(int(s));
        f.conditions << QStringLiteral("%1 IN (%2)").arg(QLatin1String(kWorkingStateExpression), codes.join(QLatin1Char(',')));
    }
    const QString search = memberSearchCondition(db, QStringLiteral("m.id"), q.terms, false, f.values);
    if (!search.isEmpty())
        f.conditions << search;
    return f;
}

QString workingFrom(const Database &db, const WorkingMemberQuery &q)
{
    // From the workplace organisations (a few hundred) to their members by the
    // (cell_id, name) index, then sorted: left to itself SQLite walks the whole
    // province's name index (96,000 members) to find the 16,000 working ones. SQLite's
    // CROSS JOIN fixes the order; PostgreSQL has no such join with ON, and plans alone.
    QString from = !q.memberIds.isEmpty()
                       ? QStringLiteral(" FROM members m JOIN organisations o ON o.id = m.cell_id")
                   : db.isPostgres() ? QStringLiteral(" FROM organisations o JOIN members m ON m.cell_id = o.id")
                                     : QStringLiteral(" FROM organisations o CROSS JOIN members m ON m.cell_id = o.id");
    if (!q.states.isEmpty())
        from += QLatin1String(kCurrentReferralJoin);
    return from;
}

QList<OrganisationChoice> choicesFrom(QSqlQuery &q)
{
    QList<OrganisationChoice> out;
    while (q.next()) {
        OrganisationChoice c;
        c.id = q.value(0).toLongLong();
        c.code = q.value(1).toString();
        c.name = q.value(2).toString();
        c.parentName = q.value(3).toString();
        c.kind = q.value(4).toString();
        out.append(c);
    }
    return out;
}

} // namespace

QList<WorkingMemberState> allWorkingMemberStates()
{
    return {WorkingMemberState::NotReferred, WorkingMemberState::Issued,   WorkingMemberState::Received,
            WorkingMemberState::Assigned,    WorkingMemberState::Exempt,   WorkingMemberState::Ended,
            WorkingMemberState::NotToBeReferred};
}

ReferralList::ReferralList(const Database &db) : db_(db) {}

int ReferralList::count(const ReferralListQuery &query) const
{
    const Filter f = filterFor(db_, query);
    QSqlQuery q = sql::prepare(db_, QStringLiteral("SELECT count(*) FROM referrals r") + f.where());
    bindAll(q, f.values);
    sql::exec(q, "count referrals");
    return q.next() ? q.value(0).toInt() : 0;
}

QList<ReferralRow> ReferralList::window(const ReferralListQuery &query, int offset, int limit) const
{
    // The window's ids first, in order, over the referrals table alone; then the shown
    // columns of those rows (the member list's two steps).
    const Filter f = filterFor(db_, query);
    QSqlQuery ids = sql::prepare(db_, QStringLiteral(
        "SELECT r.id FROM referrals r%1 ORDER BY "
        "(CASE WHEN r.ended_date IS NOT NULL THEN 3 WHEN r.assigned_cell_id IS NOT NULL THEN 2 "
        "WHEN r.received_date IS NOT NULL THEN 1 ELSE 0 END), r.issue_date, r.id LIMIT ? OFFSET ?")
        .arg(f.where()));
    bindAll(ids, f.values);
    ids.addBindValue(limit);
    ids.addBindValue(offset);
    ids.setForwardOnly(true);
    sql::exec(ids, "read referrals");
    QList<qint64> order;
    while (ids.next())
        order.append(ids.value(0).toLongLong());
    if (order.isEmpty())
        return {};

    const QStringList marks(order.size(), QStringLiteral("?"));
    QSqlQuery q = sql::prepare(db_, QLatin1String(kReferralRowSelect)
                                        + QStringLiteral("WHERE r.id IN (%1)").arg(marks.join(QLatin1Char(','))));
    for (qint64 id : std::as_const(order))
        q.addBindValue(id);
    q.setForwardOnly(true);
    sql::exec(q, "read referrals");
    const QDate asOf = effectiveDate(query.asOf);
    QHash<qint64, ReferralRow> byId;
    byId.reserve(order.size());
    while (q.next()) {
        ReferralRow r = referralRowFrom(q, asOf);
        byId.insert(r.id, r);
    }
    QList<ReferralRow> out;
    out.reserve(order.size());
    for (qint64 id : std::as_const(order))
        if (byId.contains(id))
            out.append(byId.value(id));
    return out;
}

std::optional<ReferralRow> ReferralList::row(qint64 referralId, const QDate &asOf) const
{
    QSqlQuery q = sql::prepare(db_, QLatin1String(kReferralRowSelect) + QStringLiteral("WHERE r.id = ?"));
    q.addBindValue(referralId);
    sql::exec(q, "read a referral");
    if (!q.next())
        return std::nullopt;
    return referralRowFrom(q, effectiveDate(asOf));
}

int ReferralList::count(const WorkingMemberQuery &query) const
{
    const Filter f = filterFor(db_, query);
    QSqlQuery q = sql::prepare(db_, QStringLiteral("SELECT count(*)") + workingFrom(db_, query) + f.where());
    bindAll(q, f.values);
    sql::exec(q, "count working members");
    return q.next() ? q.value(0).toInt() : 0;
}

QList<WorkingMemberRow> ReferralList::window(const WorkingMemberQuery &query, int offset, int limit) const
{
    const Filter f = filterFor(db_, query);
    QSqlQuery ids = sql::prepare(db_, QStringLiteral("SELECT m.id") + workingFrom(db_, query) + f.where()
                                          + QStringLiteral(" ORDER BY %1, m.id LIMIT ? OFFSET ?")
                                                .arg(sql::unindexed(db_, QStringLiteral("m.name_sort_key"))));
    bindAll(ids, f.values);
    ids.addBindValue(limit);
    ids.addBindValue(offset);
    ids.setForwardOnly(true);
    sql::exec(ids, "read working members");
    QList<qint64> order;
    while (ids.next())
        order.append(ids.value(0).toLongLong());
    if (order.isEmpty())
        return {};

    const QStringList marks(order.size(), QStringLiteral("?"));
    QSqlQuery q = sql::prepare(db_, QStringLiteral(
        "SELECT m.id, m.full_name, m.party_card_no, o.id, o.code, o.name, "
        "m.residence_commune_id, rc.name, m.residence_cell_id, rcell.name, m.residence_province, "
        "m.residence_address, m.not_referred_reason, %1, "
        "r.id, r.ended_date IS NULL, r.letter_no, r.letter_year, r.issue_date, r.received_date, r.ended_date, "
        "r.end_reason, r.exemption_reason, r.to_commune_id, tc.name, r.external_committee, ac.name "
        "FROM members m JOIN organisations o ON o.id = m.cell_id"
        "%2"
        " LEFT JOIN organisations rc ON rc.id = m.residence_commune_id"
        " LEFT JOIN organisations rcell ON rcell.id = m.residence_cell_id"
        " LEFT JOIN organisations tc ON tc.id = r.to_commune_id"
        " LEFT JOIN organisations ac ON ac.id = r.assigned_cell_id"
        " WHERE m.id IN (%3)")
        .arg(QLatin1String(kWorkingStateExpression), QLatin1String(kCurrentReferralJoin),
             marks.join(QLatin1Char(','))));
    for (qint64 id : std::as_const(order))
        q.addBindValue(id);
    q.setForwardOnly(true);
    sql::exec(q, "read working members");
    QHash<qint64, WorkingMemberRow> byId;
    byId.reserve(order.size());
    while (q.next()) {
        WorkingMemberRow w;
        w.memberId = q.value(0).toLongLong();
        w.fullName = q.value(1).toString();
        w.partyCardNo = q.value(2).toString();
        w.organisationId = q.value(3).toLongLong();
        w.organisationCode = q.value(4).toString();
        w.organisationName = q.value(5).toString();
        w.residenceCommuneId = q.value(6).toLongLong();
        w.residenceCommuneName = q.value(7).toString();
        w.residenceCellId = q.value(8).toLongLong();
        w.residenceCellName = q.value(9).toString();
        w.residenceProvince = q.value(10).toString();
        w.residenceAddress = q.value(11).toString();
        w.notReferredReason = q.value(12).toString();
        w.state = static_cast<WorkingMemberState>(q.value(13).toInt());
        w.referralId = q.value(14).toLongLong();
        w.referralActive = w.referralId > 0 && q.value(15).toInt() != 0;
        w.letterNo = q.value(16).toInt();
        w.letterYear = q.value(17).toInt();
        w.issueDate = sql::toDate(q.value(18));
        w.receivedDate = sql::toDate(q.value(19));
        w.endedDate = sql::toDate(q.value(20));
        if (!q.value(21).isNull())
            w.endReason = fromCode<ReferralEndReason>(q.value(21).toString());
        if (!q.value(22).isNull())
            w.exemptionReason = fromCode<ExemptionReason>(q.value(22).toString());
        w.toCommuneId = q.value(23).toLongLong();
        w.toCommuneName = q.value(24).toString();
        w.externalCommittee = q.value(25).toString();
        w.assignedCellName = q.value(26).toString();
        byId.insert(w.memberId, w);
    }
    QList<WorkingMemberRow> out;
    out.reserve(order.size());
    for (qint64 id : std::as_const(order))
        if (byId.contains(id))
            out.append(byId.value(id));
    return out;
}

OverdueCounts ReferralList::overdueCounts(int days, const QDate &asOf,
                                          const std::optional<ReferralVisibility> &visible, const QString &under) const
{
    ReferralListQuery base;
    base.overdueAfterDays = std::max(0, days);
    base.asOf = asOf;
    base.visible = visible;
    Filter f = filterFor(db_, base);
    if (!under.isEmpty()) {
        // Either end in the scope, as with visibility: both tables count the same letters.
        QVariantList values;
        const QString receiving = underAny(QStringLiteral("r.to_commune_id"), {under}, values);
        const QString issuing = underAny(QStringLiteral("r.issuing_org_id"), {under}, values);
        f.conditions << QStringLiteral("(%1 OR %2)").arg(receiving, issuing);
        f.values << values;
    }
    // Grouped by the organisation's key too, which PostgreSQL needs for its other
    // columns; letters outside the province (no organisation) first, as SQLite sorts.
    auto grouped = [&](const char *column, const char *what) {
        QSqlQuery q = sql::prepare(db_, QStringLiteral(
            "SELECT r.%1, o.code, o.name, count(*) AS n FROM referrals r "
            "LEFT JOIN organisations o ON o.id = r.%1%2 GROUP BY r.%1, o.id ORDER BY n DESC, o.name_sort_key NULLS FIRST")
            .arg(QLatin1String(column), f.where()));
        bindAll(q, f.values);
        q.setForwardOnly(true);
        sql::exec(q, what);
        QList<OverdueCount> out;
        while (q.next())
            out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toInt()});
        return out;
    };
    OverdueCounts c;
    c.byCommune = grouped("to_commune_id", "count overdue referrals by commune");
    c.byIssuer = grouped("issuing_org_id", "count overdue referrals by organisation");
    for (const OverdueCount &o : std::as_const(c.byIssuer))
        c.total += o.count;
    return c;
}

QList<OrganisationChoice> ReferralList::residenceCellsOf(qint64 communeId) const
{
    QSqlQuery q = sql::prepare(db_, QStringLiteral(
        "SELECT c.id, c.code, c.name, p.name, c.kind FROM organisations c JOIN organisations p ON p.id = c.parent_id "
        "WHERE c.parent_id = ? AND c.level = 'cell' AND c.kind IN ('village', 'residential_group') "
        "ORDER BY c.name_sort_key, c.id"));
    q.addBindValue(communeId);
    sql::exec(q, "read residence cells");
    return choicesFrom(q);
}

QList<OrganisationChoice> ReferralList::communes() const
{
    QSqlQuery q = sql::prepare(db_, QStringLiteral(
        "SELECT c.id, c.code, c.name, coalesce(p.name, ''), c.kind FROM organisations c "
        "LEFT JOIN organisations p ON p.id = c.parent_id AND p.level = 'district' "
        "WHERE c.level = 'commune' ORDER BY c.name_sort_key, c.id"));
    sql::exec(q, "read communes");
    return choicesFrom(q);
}

QList<OrganisationChoice> ReferralList::workplaceOrganisations(const std::optional<QStringList> &under) const
{
    QVariantList values;
    QString where = QStringLiteral("WHERE w.level = 'workplace'");
    if (under)
        where += QStringLiteral(" AND ") + underAny(QStringLiteral("w.id"), *under, values);
    QSqlQuery q = sql::prepare(db_, QStringLiteral(
        "SELECT w.id, w.code, w.name, coalesce(p.name, ''), w.kind FROM organisations w "
        "LEFT JOIN organisations p ON p.id = w.parent_id %1 ORDER BY w.name_sort_key, w.id").arg(where));
    bindAll(q, values);
    sql::exec(q, "read workplace organisations");
    return choicesFrom(q);
}

} // namespace cutru::storage
