#include "storage/liaison_repository.h"

#include "storage/sql_util.h"

namespace cutru::storage {
namespace {

const char *kCadreColumns = "lc.id, lc.full_name, lc.position, lc.organisation, lc.phone, lc.row_version";
const char *kAssignmentColumns = "a.id, a.cadre_id, a.organisation_id, a.valid_from, a.valid_to, a.row_version";
const char *kVisitColumns = "v.id, v.cadre_id, v.commune_id, v.cell_id, v.meeting_id, v.visit_date, v.notes, v.row_version";
const char *kProblemColumns =
    "p.id, p.visit_id, p.category, p.text, p.status, p.resolution, p.resolved_date, p.row_version";

LiaisonCadre cadreFromRow(const QSqlQuery &q, int f)
{
    LiaisonCadre c;
    c.id = q.value(f).toLongLong();
    c.fullName = q.value(f + 1).toString();
    c.position = q.value(f + 2).toString();
    c.organisation = q.value(f + 3).toString();
    c.phone = q.value(f + 4).toString();
    c.rowVersion = q.value(f + 5).toInt();
    return c;
}

LiaisonAssignment assignmentFromRow(const QSqlQuery &q, int f)
{
    LiaisonAssignment a;
    a.id = q.value(f).toLongLong();
    a.cadreId = q.value(f + 1).toLongLong();
    a.organisationId = q.value(f + 2).toLongLong();
    a.from = sql::toDate(q.value(f + 3));
    a.to = sql::toDate(q.value(f + 4));
    a.rowVersion = q.value(f + 5).toInt();
    return a;
}

LiaisonVisit visitFromRow(const QSqlQuery &q, int f)
{
    LiaisonVisit v;
    v.id = q.value(f).toLongLong();
    v.cadreId = q.value(f + 1).toLongLong();
    v.communeId = q.value(f + 2).toLongLong();
    v.cellId = q.value(f + 3).toLongLong();
    v.meetingId = q.value(f + 4).toLongLong();
    v.visitDate = sql::toDate(q.value(f + 5));
    v.notes = q.value(f + 6).toString();
    v.rowVersion = q.value(f + 7).toInt();
    return v;
}

LiaisonProblem problemFromRow(const QSqlQuery &q, int f)
{
    LiaisonProblem p;
    p.id = q.value(f).toLongLong();
    p.visitId = q.value(f + 1).toLongLong();
    p.category = fromCode<ProblemCategory>(q.value(f + 2).toString()).value_or(ProblemCategory::Other);
    p.text = q.value(f + 3).toString();
    p.status = fromCode<ProblemStatus>(q.value(f + 4).toString()).value_or(ProblemStatus::Open);
    p.resolution = q.value(f + 5).toString();
    p.resolvedDate = sql::toDate(q.value(f + 6));
    p.rowVersion = q.value(f + 7).toInt();
    return p;
}

// "(col >= ? AND col < ?) OR …" over the scope paths, and the values to bind; empty
// when there is no scope.
struct ScopeClause {
    QString sql;
    QVariantList values;
};

ScopeClause scopeClause(const QString &pathColumn, const QStringList &paths)
{
    ScopeClause c;
    QStringList parts;
    for (const QString &p : paths) {
        parts << QStringLiteral("(%1 >= ? AND %1 < ?)").arg(pathColumn);
        c.values << p << sql::pathUpperBound(p);
    }
    if (!parts.isEmpty())
        c.sql = QStringLiteral("(") + parts.join(QStringLiteral(" OR ")) + QStringLiteral(")");
    return c;
}

void bindAll(QSqlQuery &q, const QVariantList &values)
{
    for (const QVariant &v : values)
        q.addBindValue(v);
}

const QString kVisitRowSelect = QStringLiteral(
    "SELECT %1, lc.full_name, co.code, co.name, co.path, coalesce(ce.name, ''), m.meeting_date, coalesce(m.venue, ''), "
    "(SELECT count(*) FROM liaison_problems p WHERE p.visit_id = v.id), "
    "(SELECT count(*) FROM liaison_problems p WHERE p.visit_id = v.id AND p.status <> 'resolved') "
    "FROM liaison_visits v JOIN liaison_cadres lc ON lc.id = v.cadre_id "
    "JOIN organisations co ON co.id = v.commune_id LEFT JOIN organisations ce ON ce.id = v.cell_id "
    "LEFT JOIN meetings m ON m.id = v.meeting_id");

VisitRow visitRowFrom(const QSqlQuery &q)
{
    VisitRow r;
    r.visit = visitFromRow(q, 0);
    r.cadreName = q.value(8).toString();
    r.communeCode = q.value(9).toString();
    r.communeName = q.value(10).toString();
    r.communePath = q.value(11).toString();
    r.cellName = q.value(12).toString();
    r.meetingDate = sql::toDate(q.value(13));
    r.meetingVenue = q.value(14).toString();
    r.problems = q.value(15).toInt();
    r.unresolved = q.value(16).toInt();
    return r;
}

MeetingChoice meetingFromRow(const QSqlQuery &q)
{
    MeetingChoice m;
    m.id = q.value(0).toLongLong();
    m.cellId = q.value(1).toLongLong();
    m.date = sql::toDate(q.value(2));
    m.kind = fromCode<MeetingKind>(q.value(3).toString()).value_or(MeetingKind::Periodic);
    m.venue = q.value(4).toString();
    m.held = q.value(5).toBool();
    return m;
}

LiaisonPlace placeFromRow(const QSqlQuery &q)
{
    LiaisonPlace p;
    p.id = q.value(0).toLongLong();
    p.parentId = q.value(1).toLongLong();
    p.code = q.value(2).toString();
    p.name = q.value(3).toString();
    p.path = q.value(4).toString();
    p.level = fromCode<OrgLevel>(q.value(5).toString()).value_or(OrgLevel::Commune);
    return p;
}

} // namespace

LiaisonRepository::LiaisonRepository(const Database &db) : db_(db) {}

// ---- Cadres -----------------------------------------------------------------------------

void LiaisonRepository::insert(LiaisonCadre &c)
{
    QSqlQuery q = sql::prepare(
        db_, QStringLiteral("INSERT INTO liaison_cadres (full_name, position, organisation, phone) VALUES (?, ?, ?, ?) "
                            "RETURNING id"));
    q.addBindValue(c.fullName);
    q.addBindValue(sql::text(c.position));
    q.addBindValue(sql::text(c.organisation));
    q.addBindValue(sql::text(c.phone));
    c.id = sql::execInsert(q, "insert liaison cadre");
    c.rowVersion = 1;
}

bool LiaisonRepository::update(LiaisonCadre &c)
{
    QSqlQuery q = sql::prepare(db_, QStringLiteral("UPDATE liaison_cadres SET full_name = ?, position = ?, "
                                                   "organisation = ?, phone = ?, row_version = row_version + 1 "
                                                   "WHERE id = ? AND row_version = ?"));
    q.addBindValue(c.fullName);
    q.addBindValue(sql::text(c.position));
    q.addBindValue(sql::text(c.organisation));
    q.addBindValue(sql::text(c.phone));
    q.addBindValue(c.id);
    q.addBindValue(c.rowVersion);
    sql::exec(q, "update liaison cadre");
    if (q.numRowsAffected() != 1)
        return false;
    ++c.rowVersion;
    return true;
}

std::optional<LiaisonCadre> LiaisonRepository::cadreById(qint64 id) const
{
    QSqlQuery q = sql::prepare(
        db_, QStringLiteral("SELECT %1 FROM liaison_cadres lc WHERE lc.id = ?").arg(QLatin1String(kCadreColumns)));
    q.addBindValue(id);
    sql::exec(q, "read liaison cadre");
    if (!q.next())
        return std::nullopt;
    return cadreFromRow(q, 0);
}

QList<LiaisonCadre> LiaisonRepository::cadres(const QStringList &scopePaths) const
{
    QString text = QStringLiteral("SELECT %1 FROM liaison_cadres lc").arg(QLatin1String(kCadreColumns));
    QVariantList values;
    if (!scopePaths.isEmpty()) {
        // Assigned to an organisation under the scope or above it (a district over the
        // commune office's commune), or visited a commune under it.
        const ScopeClause under = scopeClause(QStringLiteral("o.path"), scopePaths);
        QStringList above;
        for (const QString &p : scopePaths) {
            above << QStringLiteral("substr(CAST(? AS TEXT), 1, length(o.path)) = o.path");
            values << p;
        }
        const ScopeClause visited = scopeClause(QStringLiteral("co.path"), scopePaths);
        text += QStringLiteral(" WHERE EXISTS (SELECT 1 FROM liaison_assignments a JOIN organisations o "
                               "ON o.id = a.organisation_id WHERE a.cadre_id = lc.id AND (%1 OR %2)) "
                               "OR EXISTS (SELECT 1 FROM liaison_visits v JOIN organisations co ON co.id = v.commune_id "
                               "WHERE v.cadre_id = lc.id AND %3)")
                    .arg(above.join(QStringLiteral(" OR ")), under.sql, visited.sql);
        values << under.values << visited.values;
    }
    text += QStringLiteral(" ORDER BY lc.id");
    QSqlQuery q = sql::prepare(db_, text);
    bindAll(q, values);
    sql::exec(q, "list liaison cadres");
    QList<LiaisonCadre> out;
    while (q.next())
        out << cadreFromRow(q, 0);
    return out;
}

// ---- Assignments ------------------------------------------------------------------------

void LiaisonRepository::insert(LiaisonAssignment &a)
{
    QSqlQuery q = sql::prepare(db_, QStringLiteral("INSERT INTO liaison_assignments (cadre_id, organisation_id, "
                                                   "valid_from, valid_to) VALUES (?, ?, ?, ?) RETURNING id"));
    q.addBindValue(a.cadreId);
    q.addBindValue(a.organisationId);
    q.addBindValue(sql::date(a.from));
    q.addBindValue(sql::date(a.to));
    a.id = sql::execInsert(q, "insert liaison assignment");
    a.rowVersion = 1;
}

bool LiaisonRepository::update(LiaisonAssignment &a)
{
    QSqlQuery q = sql::prepare(db_, QStringLiteral("UPDATE liaison_assignments SET organisation_id = ?, valid_from = ?, "
                                                   "valid_to = ?, row_version = row_version + 1 "
                                                   "WHERE id = ? AND cadre_id = ? AND row_version = ?"));
    q.addBindValue(a.organisationId);
    q.addBindValue(sql::date(a.from));
    q.addBindValue(sql::date(a.to));
    q.addBindValue(a.id);
    q.addBindValue(a.cadreId);
    q.addBindValue(a.rowVersion);
    sql::exec(q, "update liaison assignment");
    if (q.numRowsAffected() != 1)
        return false;
    ++a.rowVersion;
    return true;
}

std::optional<LiaisonAssignment> LiaisonRepository::assignmentById(qint64 id) const
{
    QSqlQuery q = sql::prepare(db_, QStringLiteral("SELECT %1 FROM liaison_assignments a WHERE a.id = ?")
                                        .arg(QLatin1String(kAssignmentColumns)));
    q.addBindValue(id);
    sql::exec(q, "read liaison assignment");
    if (!q.next())
        return std::nullopt;
    return assignmentFromRow(q, 0);
}

QList<AssignmentRow> LiaisonRepository::assignmentsOf(qint64 cadreId) const
{
    QSqlQuery q = sql::prepare(db_, QStringLiteral("SELECT %1, o.code, o.name, o.level FROM liaison_assignments a "
                                                   "JOIN organisations o ON o.id = a.organisation_id "
                                                   "WHERE a.cadre_id = ? ORDER BY a.valid_from DESC, a.id DESC")
                                        .arg(QLatin1String(kAssignmentColumns)));
    q.addBindValue(cadreId);
    sql::exec(q, "list liaison assignments");
    QList<AssignmentRow> out;
    while (q.next()) {
        AssignmentRow r;
        r.assignment = assignmentFromRow(q, 0);
        r.organisationCode = q.value(6).toString();
        r.organisationName = q.value(7).toString();
        r.organisationLevel = fromCode<OrgLevel>(q.value(8).toString()).value_or(OrgLevel::Commune);
        out << r;
    }
    return out;
}

QList<CadreOnDuty> LiaisonRepository::assignedTo(qint64 communeId, const QDate &day) const
{
    // The assigned organisation's path is a prefix of the commune's: the commune itself
    // or a district (any organisation) above it.
    QSqlQuery q = sql::prepare(
        db_, QStringLiteral("SELECT %1, %2, o.code, o.name, o.level FROM liaison_assignments a "
                            "JOIN liaison_cadres lc ON lc.id = a.cadre_id JOIN organisations o ON o.id = a.organisation_id "
                            "JOIN organisations c ON c.id = ? "
                            "WHERE substr(c.path, 1, length(o.path)) = o.path AND a.valid_from <= ? "
                            "AND (a.valid_to IS NULL OR a.valid_to >= ?) ORDER BY lc.id, a.valid_from")
                 .arg(QLatin1String(kCadreColumns), QLatin1String(kAssignmentColumns)));
    q.addBindValue(communeId);
    q.addBindValue(sql::date(day));
    q.addBindValue(sql::date(day));
    sql::exec(q, "list cadres assigned to a commune");
    QList<CadreOnDuty> out;
    while (q.next()) {
        CadreOnDuty d;
        d.cadre = cadreFromRow(q, 0);
        d.assignment.assignment = assignmentFromRow(q, 6);
        d.assignment.organisationCode = q.value(12).toString();
        d.assignment.organisationName = q.value(13).toString();
        d.assignment.organisationLevel = fromCode<OrgLevel>(q.value(14).toString()).value_or(OrgLevel::Commune);
        out << d;
    }
    return out;
}

// ---- Visits -----------------------------------------------------------------------------

void LiaisonRepository::insert(LiaisonVisit &v)
{
    QSqlQuery q = sql::prepare(db_, QStringLiteral("INSERT INTO liaison_visits (cadre_id, commune_id, cell_id, meeting_id, "
                                                   "visit_date, notes) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(v.cadreId);
    q.addBindValue(v.communeId);
    q.addBindValue(sql::id(v.cellId));
    q.addBindValue(sql::id(v.meetingId));
    q.addBindValue(sql::date(v.visitDate));
    q.addBindValue(sql::text(v.notes));
    v.id = sql::execInsert(q, "insert liaison visit");
    v.rowVersion = 1;
}

bool LiaisonRepository::update(LiaisonVisit &v)
{
    QSqlQuery q = sql::prepare(db_, QStringLiteral("UPDATE liaison_visits SET cadre_id = ?, commune_id = ?, cell_id = ?, "
                                                   "meeting_id = ?, visit_date = ?, notes = ?, "
                                                   "row_version = row_version + 1 WHERE id = ? AND row_version = ?"));
    q.addBindValue(v.cadreId);
    q.addBindValue(v.communeId);
    q.addBindValue(sql::id(v.cellId));
    q.addBindValue(sql::id(v.meetingId));
    q.addBindValue(sql::date(v.visitDate));
    q.addBindValue(sql::text(v.notes));
    q.addBindValue(v.id);
    q.addBindValue(v.rowVersion);
    sql::exec(q, "update liaison visit");
    if (q.numRowsAffected() != 1)
        return false;
    ++v.rowVersion;
    return true;
}

std::optional<LiaisonVisit> LiaisonRepository::visitById(qint64 id) const
{
    QSqlQuery q = sql::prepare(
        db_, QStringLiteral("SELECT %1 FROM liaison_visits v WHERE v.id = ?").arg(QLatin1String(kVisitColumns)));
    q.addBindValue(id);
    sql::exec(q, "read liaison visit");
    if (!q.next())
        return std::nullopt;
    return visitFromRow(q, 0);
}

QList<VisitRow> LiaisonRepository::visits(const VisitFilter &filter) const
{
    QString text = kVisitRowSelect.arg(QLatin1String(kVisitColumns)) + QStringLiteral(" WHERE 1 = 1");
    QVariantList values;
    if (filter.cadreId > 0) {
        text += QStringLiteral(" AND v.cadre_id = ?");
        values << filter.cadreId;
    }
    if (filter.communeId > 0) {
        text += QStringLiteral(" AND v.commune_id = ?");
        values << filter.communeId;
    }
    const ScopeClause scope = scopeClause(QStringLiteral("co.path"), filter.scopePaths);
    if (!scope.sql.isEmpty()) {
        text += QStringLiteral(" AND ") + scope.sql;
        values << scope.values;
    }
    text += QStringLiteral(" ORDER BY v.visit_date DESC, v.id DESC");
    QSqlQuery q = sql::prepare(db_, text);
    bindAll(q, values);
    q.setForwardOnly(true);
    sql::exec(q, "list liaison visits");
    QList<VisitRow> out;
    while (q.next())
        out << visitRowFrom(q);
    return out;
}

std::optional<VisitRow> LiaisonRepository::visitRow(qint64 id) const
{
    QSqlQuery q = sql::prepare(db_, kVisitRowSelect.arg(QLatin1String(kVisitColumns)) + QStringLiteral(" WHERE v.id = ?"));
    q.addBindValue(id);
    sql::exec(q, "read liaison visit");
    if (!q.next())
        return std::nullopt;
    return visitRowFrom(q);
}

// ---- Problems ---------------------------------------------------------------------------

void LiaisonRepository::insert(LiaisonProblem &p)
{
    QSqlQuery q = sql::prepare(db_, QStringLiteral("INSERT INTO liaison_problems (visit_id, category, text, status, "
                                                   "resolution, resolved_date) VALUES (?, ?, ?, ?, ?, ?) "
                                                   "RETURNING id"));
    q.addBindValue(p.visitId);
    q.addBindValue(code(p.category));
    q.addBindValue(p.text);
    q.addBindValue(code(p.status));
    q.addBindValue(sql::text(p.resolution));
    q.addBindValue(sql::date(p.resolvedDate));
    p.id = sql::execInsert(q, "insert liaison problem");
    p.rowVersion = 1;
}

bool LiaisonRepository::update(LiaisonProblem &p)
{
    QSqlQuery q = sql::prepare(db_, QStringLiteral("UPDATE liaison_problems SET category = ?, text = ?, status = ?, "
                                                   "resolution = ?, resolved_date = ?, row_version = row_version + 1 "
                                                   "WHERE id = ? AND visit_id = ? AND row_version = ?"));
    q.addBindValue(code(p.category));
    q.addBindValue(p.text);
    q.addBindValue(code(p.status));
    q.addBindValue(sql::text(p.resolution));
    q.addBindValue(sql::date(p.resolvedDate));
    q.addBindValue(p.id);
    q.addBindValue(p.visitId);
    q.addBindValue(p.rowVersion);
    sql::exec(q, "update liaison problem");
    if (q.numRowsAffected() != 1)
        return false;
    ++p.rowVersion;
    return true;
}

std::optional<LiaisonProblem> LiaisonRepository::problemById(qint64 id) const
{
    QSqlQuery q = sql::prepare(
        db_, QStringLiteral("SELECT %1 FROM liaison_problems p WHERE p.id = ?").arg(QLatin1String(kProblemColumns)));
    q.addBindValue(id);
    sql::exec(q, "read liaison problem");
    if (!q.next())
        return std::nullopt;
    return problemFromRow(q, 0);
}

QList<LiaisonProblem> LiaisonRepository::problemsOf(qint64 visitId) const
{
    QSqlQuery q = sql::prepare(db_, QStringLiteral("SELECT %1 FROM liaison_problems p WHERE p.visit_id = ? ORDER BY p.id")
                                        .arg(QLatin1String(kProblemColumns)));
    q.addBindValue(visitId);
    sql::exec(q, "list liaison problems");
    QList<LiaisonProblem> out;
    while (q.next())
        out << problemFromRow(q, 0);
    return out;
}

QList<OpenProblemRow> LiaisonRepository::openProblems(const OpenProblemFilter &filter, const QDate &asOf) const
{
    // The commune's district: its parent when that is a district; none in the
    // two-tier shape (communes directly under the province).
    QString text = QStringLiteral("SELECT %1, v.visit_date, ").arg(QLatin1String(kProblemColumns))
                   + sql::daysBetween(db_, QStringLiteral("CAST(? AS TEXT)"), QStringLiteral("v.visit_date"))
                   + QStringLiteral(", lc.id, lc.full_name, "
        "co.id, co.code, co.name, coalesce(v.cell_id, 0), coalesce(ce.name, ''), coalesce(d.id, 0), coalesce(d.name, '') "
        "FROM liaison_problems p JOIN liaison_visits v ON v.id = p.visit_id "
        "JOIN liaison_cadres lc ON lc.id = v.cadre_id JOIN organisations co ON co.id = v.commune_id "
        "LEFT JOIN organisations ce ON ce.id = v.cell_id "
        "LEFT JOIN organisations d ON d.id = co.parent_id AND d.level = 'district' "
        "WHERE p.status <> 'resolved'");
    QVariantList values{sql::date(asOf)};
    if (filter.category) {
        text += QStringLiteral(" AND p.category = ?");
        values << code(*filter.category);
    }
    if (filter.districtId) {
        if (*filter.districtId == 0) {
            text += QStringLiteral(" AND d.id IS NULL");
        } else {
            text += QStringLiteral(" AND d.id = ?");
            values << *filter.districtId;
        }
    }
    const ScopeClause scope = scopeClause(QStringLiteral("co.path"), filter.scopePaths);
    if (!scope.sql.isEmpty()) {
        text += QStringLiteral(" AND ") + scope.sql;
        values << scope.values;
    }
    text += QStringLiteral(" ORDER BY v.visit_date, v.id, p.id");
    QSqlQuery q = sql::prepare(db_, text);
    bindAll(q, values);
    q.setForwardOnly(true);
    sql::exec(q, "list open liaison problems");
    QList<OpenProblemRow> out;
    while (q.next()) {
        OpenProblemRow r;
        r.problem = problemFromRow(q, 0);
        r.visitDate = sql::toDate(q.value(8));
        r.daysOpen = q.value(9).toInt();
        r.cadreId = q.value(10).toLongLong();
        r.cadreName = q.value(11).toString();
        r.communeId = q.value(12).toLongLong();
        r.communeCode = q.value(13).toString();
        r.communeName = q.value(14).toString();
        r.cellId = q.value(15).toLongLong();
        r.cellName = q.value(16).toString();
        r.districtId = q.value(17).toLongLong();
        r.districtName = q.value(18).toString();
        out << r;
    }
    return out;
}

// ---- Choices ----------------------------------------------------------------------------

QList<LiaisonPlace> LiaisonRepository::places(OrgLevel level, const QStringList &scopePaths) const
{
    QString text = QStringLiteral("SELECT o.id, coalesce(o.parent_id, 0), o.code, o.name, o.path, o.level "
                                  "FROM organisations o WHERE o.level = ?");
    QVariantList values{code(level)};
    const ScopeClause scope = scopeClause(QStringLiteral("o.path"), scopePaths);
    if (!scope.sql.isEmpty()) {
        text += QStringLiteral(" AND ") + scope.sql;
        values << scope.values;
    }
    text += QStringLiteral(" ORDER BY o.path");
    QSqlQuery q = sql::prepare(db_, text);
    bindAll(q, values);
    q.setForwardOnly(true);
    sql::exec(q, "list organisations for liaison");
    QList<LiaisonPlace> out;
    while (q.next())
        out << placeFromRow(q);
    return out;
}

std::optional<LiaisonPlace> LiaisonRepository::place(qint64 id) const
{
    QSqlQuery q = sql::prepare(db_, QStringLiteral("SELECT o.id, coalesce(o.parent_id, 0), o.code, o.name, o.path, o.level "
                                                   "FROM organisations o WHERE o.id = ?"));
    q.addBindValue(id);
    sql::exec(q, "read organisation for liaison");
    if (!q.next())
        return std::nullopt;
    return placeFromRow(q);
}

QList<MeetingChoice> LiaisonRepository::meetingsNear(qint64 cellId, const QDate &day, int days) const
{
    QSqlQuery q = sql::prepare(db_, QStringLiteral("SELECT id, cell_id, meeting_date, kind, venue, held FROM meetings "
                                                   "WHERE cell_id = ? AND meeting_date >= ? AND meeting_date <= ? "
                                                   "ORDER BY abs(%1), meeting_date, id")
                                        .arg(sql::daysBetween(db_, QStringLiteral("meeting_date"),
                                                              QStringLiteral("CAST(? AS TEXT)"))));
    q.addBindValue(cellId);
    q.addBindValue(sql::date(day.addDays(-days)));
    q.addBindValue(sql::date(day.addDays(days)));
    q.addBindValue(sql::date(day));
    sql::exec(q, "list meetings near a visit");
    QList<MeetingChoice> out;
    while (q.next())
        out << meetingFromRow(q);
    return out;
}

std::optional<MeetingChoice> LiaisonRepository::meeting(qint64 id) const
{
    QSqlQuery q = sql::prepare(
        db_, QStringLiteral("SELECT id, cell_id, meeting_date, kind, venue, held FROM meetings WHERE id = ?"));
    q.addBindValue(id);
    sql::exec(q, "read meeting for liaison");
    if (!q.next())
        return std::nullopt;
    return meetingFromRow(q);
}

} // namespace cutru::storage
