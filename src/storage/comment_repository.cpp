#include "storage/comment_repository.h"

#include "storage/sql_util.h"

#include <iterator>

namespace cutru::storage {
namespace {

// The columns commentFromRow() reads, in order; optional links read as 0.
const char *const kCommentColumnNames[] = {
    "id", "member_id", "referral_id", "cell_id", "year", "citizen_conduct", "meeting_participation",
    "meetings_held", "meetings_attended", "meetings_excused", "community_relations", "other_remarks", "conclusion",
    "drafted_date", "signed_date", "signed_by", "signer_title", "sent_date", "received_date", "row_version"};
constexpr int kCommentColumnCount = int(std::size(kCommentColumnNames));

// The select list, each column prefixed with `alias.` when given.
QString commentColumns(const QString &alias = {})
{
    const QString prefix = alias.isEmpty() ? QString() : alias + QLatin1Char('.');
    QStringList cols;
    for (const char *name : kCommentColumnNames) {
        const QString c = prefix + QLatin1String(name);
        const bool link = qstrcmp(name, "referral_id") == 0 || qstrcmp(name, "cell_id") == 0;
        cols << (link ? QStringLiteral("coalesce(%1, 0)").arg(c) : c);
    }
    return cols.join(QStringLiteral(", "));
}

AnnualComment commentFromRow(const QSqlQuery &q, int first = 0)
{
    AnnualComment c;
    int i = first;
    c.id = q.value(i++).toLongLong();
    c.memberId = q.value(i++).toLongLong();
    c.referralId = q.value(i++).toLongLong();
    c.cellId = q.value(i++).toLongLong();
    c.year = q.value(i++).toInt();
    c.citizenConduct = q.value(i++).toString();
    c.meetingParticipation = q.value(i++).toString();
    c.meetingsHeld = q.value(i++).toInt();
    c.meetingsAttended = q.value(i++).toInt();
    c.meetingsExcused = q.value(i++).toInt();
    c.communityRelations = q.value(i++).toString();
    c.otherRemarks = q.value(i++).toString();
    if (!q.value(i).isNull())
        c.conclusion = fromCode<CommentConclusion>(q.value(i).toString());
    ++i;
    c.draftedDate = sql::toDate(q.value(i++));
    c.signedDate = sql::toDate(q.value(i++));
    c.signedBy = q.value(i++).toString();
    c.signerTitle = q.value(i++).toString();
    c.sentDate = sql::toDate(q.value(i++));
    c.receivedDate = sql::toDate(q.value(i++));
    c.rowVersion = q.value(i++).toInt();
    return c;
}

const char *kRequestColumns = "id, member_id, year, reason, note, requested_date, coalesce(requested_by_org_id, 0), "
                              "row_version";

CommentRequest requestFromRow(const QSqlQuery &q, int first = 0)
{
    CommentRequest r;
    r.id = q.value(first).toLongLong();
    r.memberId = q.value(first + 1).toLongLong();
    r.year = q.value(first + 2).toInt();
    r.reason = fromCode<CommentRequestReason>(q.value(first + 3).toString()).value_or(CommentRequestReason::Other);
    r.note = q.value(first + 4).toString();
    r.requestedDate = sql::toDate(q.value(first + 5));
    r.requestedByOrgId = q.value(first + 6).toLongLong();
    r.rowVersion = q.value(first + 7).toInt();
    return r;
}

QVariant conclusionValue(const std::optional<CommentConclusion> &c)
{
    return c ? QVariant(code(*c)) : QVariant(QMetaType(QMetaType::QString));
}

void bindAll(QSqlQuery &q, const QVariantList &values)
{
    for (const QVariant &v : values)
        q.addBindValue(v);
}

// The first and last day of a year, as stored.
QVariant yearStart(int year)
{
    return sql::date(QDate(year, 1, 1));
}
QVariant yearEnd(int year)
{
    return sql::date(QDate(year, 12, 31));
}

// A parameter row `p(day, year, y_from, y_to)` for the statements below, so that the
// rules can name the reference day and the year as often as they need.
// Typed: PostgreSQL cannot guess a bare parameter's type.
const QString kParams = QStringLiteral("p AS (SELECT CAST(? AS TEXT) AS day, CAST(? AS INTEGER) AS year, "
                                       "CAST(? AS TEXT) AS y_from, CAST(? AS TEXT) AS y_to)");
QVariantList params(int year, const QDate &day)
{
    return {sql::date(day), year, yearStart(year), yearEnd(year)};
}

// One attendance figure of member `member` at cell `cell` (SQL expressions of the
// outer query, which also has `p`): the held meetings of the year where one of their
// referrals placed them among the expected (the sheet rule), counted once each even
// when two referrals do; with `status`, only those marked so. Correlated subqueries
// rather than a grouped CTE joined back: each walks the member's one or two referrals
// and their cell's few meetings through indexes, where a join on an unindexed CTE is
// quadratic (15 s instead of a fraction for the province). CROSS JOIN and the unary
// plus fix the order: the member's referrals by member (not the cell's, up to 200 in a
// crowded cell), then their cell's meetings of the year, then the mark: a third of the
// time of the planner's own choice without statistics. The join conditions are in
// WHERE: PostgreSQL allows no ON after CROSS JOIN (it plans the order itself).
QString figureSql(const QString &member, const QString &cell, const char *status = nullptr)
{
    QString marked, markedWhere;
    if (status) {
        marked = QStringLiteral(" CROSS JOIN attendance a");
        markedWhere = QStringLiteral(" AND a.meeting_id = mt.id AND a.member_id = %1 AND a.status = '%2'")
                          .arg(member, QLatin1String(status));
    }
    return QStringLiteral("(SELECT count(DISTINCT mt.id) FROM referrals x CROSS JOIN meetings mt") + marked
           + QStringLiteral(" WHERE x.member_id = %1 AND +x.assigned_cell_id = %2 AND mt.cell_id = x.assigned_cell_id "
                            "AND mt.held = 1 AND mt.meeting_date >= p.y_from AND mt.meeting_date <= p.y_to AND ")
                 .arg(member, cell)
           + expectedOnSheetSql(QStringLiteral("x"), QStringLiteral("mt.cell_id"), QStringLiteral("mt.meeting_date"))
           + markedWhere + QLatin1Char(')');
}

// held, attended (present), excused (absent with a reason), in that order.
QString figuresSql(const QString &member, const QString &cell)
{
    return figureSql(member, cell) + QStringLiteral(", ") + figureSql(member, cell, "present") + QStringLiteral(", ")
           + figureSql(member, cell, "absent_excused");
}

QString idList(const QList<qint64> &ids)
{
    QStringList parts;
    for (qint64 id : ids)
        parts << QString::number(id);
    return parts.join(QLatin1Char(','));
}

// " AND …": the row is in when one of its path columns lies under the filter's paths.
QString pathFilter(const AttendanceFilter &f, const QStringList &columns, QVariantList &values)
{
    auto under = [&](const QStringList &paths) {
        QStringList any;
        for (const QString &p : paths) {
            if (p.isEmpty())
                continue;
            for (const QString &column : columns) {
                any << QStringLiteral("(%1 >= ? AND %1 < ?)").arg(column);
                values << p << sql::pathUpperBound(p);
            }
        }
        return any.isEmpty() ? QStringLiteral("1 = 0") : QLatin1Char('(') + any.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    };
    QString out;
    if (!f.scopePath.isEmpty())
        out += QStringLiteral(" AND ") + under({f.scopePath});
    if (f.visibleUnder)
        out += QStringLiteral(" AND ") + under(*f.visibleUnder);
    return out;
}

const QString kResidenceCell = QStringLiteral("c.level = 'cell' AND c.kind IN ('village', 'residential_group')");

} // namespace

QString commentDueSql(const QString &r, const QString &cell, const QString &day, const QString &year)
{
    // Placed on the cell's sheet of the day, exempt or not: the sheet rule without its
    // exemption clause; an exempt member is due only when requested.
    return QStringLiteral("((") + expectedOnSheetSql(r, cell, day)
           + QStringLiteral(") OR (%1.assigned_cell_id = %2 AND %1.assigned_date <= %3 "
                            "AND (%1.ended_date IS NULL OR %1.ended_date > %3) "
                            "AND EXISTS (SELECT 1 FROM comment_requests cr WHERE cr.member_id = %1.member_id "
                            "AND cr.year = %4)))")
                 .arg(r, cell, day, year);
}

QString commentReferralSql(const QString &r, const QString &day)
{
    // Correlated NOT EXISTS rather than a window over all referrals: it walks the
    // member's one or two referrals through referrals_member.
    const QString placed = QStringLiteral("%1.assigned_date <= %2 AND (%1.ended_date IS NULL OR %1.ended_date > %2) "
                                          "AND EXISTS (SELECT 1 FROM organisations %1_cell WHERE %1_cell.id = "
                                          "%1.assigned_cell_id AND %1_cell.level = 'cell' "
                                          "AND %1_cell.kind IN ('village', 'residential_group'))");
    const QString later = r + QStringLiteral("_later");
    return QLatin1Char('(') + placed.arg(r, day)
           + QStringLiteral(" AND NOT EXISTS (SELECT 1 FROM referrals %1 WHERE %1.member_id = %2.member_id AND ")
                 .arg(later, r)
           + placed.arg(later, day)
           + QStringLiteral(" AND (%1.assigned_date > %2.assigned_date OR (%1.assigned_date = %2.assigned_date "
                            "AND %1.id > %2.id))))")
                 .arg(later, r);
}

CommentRepository::CommentRepository(const Database &db) : db_(db) {}

std::optional<AnnualComment> CommentRepository::byId(qint64 id) const
{
    QSqlQuery q = sql::prepare(db_, QStringLiteral("SELECT %1 FROM annual_comments WHERE id = ?")
                                        .arg(commentColumns()));
    q.addBindValue(id);
    sql::exec(q, "read annual comment");
    if (!q.next())
        return std::nullopt;
    return commentFromRow(q);
}

std::optional<AnnualComment> CommentRepository::of(qint64 memberId, int year) const
{
    QSqlQuery q = sql::prepare(db_, QStringLiteral("SELECT %1 FROM annual_comments WHERE member_id = ? AND year = ?")
                                        .arg(commentColumns()));
    q.addBindValue(memberId);
    q.addBindValue(year);
    sql::exec(q, "read annual comment");
    if (!q.next())
        return std::nullopt;
    return commentFromRow(q);
}

qint64 CommentRepository::workplaceOf(qint64 commentId) const
{
    QSqlQuery q = sql::prepare(db_, QStringLiteral("SELECT r.issuing_org_id FROM annual_comments ac "
                                                   "JOIN referrals r ON r.id = ac.referral_id WHERE ac.id = ?"));
    q.addBindValue(commentId);
    sql::exec(q, "read annual comment");
    return q.next() ? q.value(0).toLongLong() : 0;
}

void CommentRepository::insert(AnnualComment &c)
{
    QSqlQuery q = sql::prepare(
        db_, QStringLiteral("INSERT INTO annual_comments (member_id, referral_id, cell_id, year, citizen_conduct, "
                            "meeting_participation, meetings_held, meetings_attended, meetings_excused, "
                            "community_relations, other_remarks, conclusion, drafted_date, signed_date, signed_by, "
                            "signer_title, sent_date, received_date) "
                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(c.memberId);
    q.addBindValue(sql::id(c.referralId));
    q.addBindValue(sql::id(c.cellId));
    q.addBindValue(c.year);
    q.addBindValue(sql::text(c.citizenConduct));
    q.addBindValue(sql::text(c.meetingParticipation));
    q.addBindValue(c.meetingsHeld);
    q.addBindValue(c.meetingsAttended);
    q.addBindValue(c.meetingsExcused);
    q.addBindValue(sql::text(c.communityRelations));
    q.addBindValue(sql::text(c.otherRemarks));
    q.addBindValue(conclusionValue(c.conclusion));
    q.addBindValue(sql::date(c.draftedDate));
    q.addBindValue(sql::date(c.signedDate));
    q.addBindValue(sql::text(c.signedBy));
    q.addBindValue(sql::text(c.signerTitle));
    q.addBindValue(sql::date(c.sentDate));
    q.addBindValue(sql::date(c.receivedDate));
    c.id = sql::execInsert(q, "insert annual comment");
    c.rowVersion = 1;
}

bool CommentRepository::update(AnnualComment &c)
{
    QSqlQuery q = sql::prepare(
        db_, QStringLiteral("UPDATE annual_comments SET referral_id = ?, cell_id = ?, citizen_conduct = ?, "
                            "meeting_participation = ?, meetings_held = ?, meetings_attended = ?, "
                            "meetings_excused = ?, community_relations = ?, other_remarks = ?, conclusion = ?, "
                            "drafted_date = ?, signed_date = ?, signed_by = ?, signer_title = ?, sent_date = ?, "
                            "received_date = ?, row_version = row_version + 1 WHERE id = ? AND row_version = ?"));
    q.addBindValue(sql::id(c.referralId));
    q.addBindValue(sql::id(c.cellId));
    q.addBindValue(sql::text(c.citizenConduct));
    q.addBindValue(sql::text(c.meetingParticipation));
    q.addBindValue(c.meetingsHeld);
    q.addBindValue(c.meetingsAttended);
    q.addBindValue(c.meetingsExcused);
    q.addBindValue(sql::text(c.communityRelations));
    q.addBindValue(sql::text(c.otherRemarks));
    q.addBindValue(conclusionValue(c.conclusion));
    q.addBindValue(sql::date(c.draftedDate));
    q.addBindValue(sql::date(c.signedDate));
    q.addBindValue(sql::text(c.signedBy));
    q.addBindValue(sql::text(c.signerTitle));
    q.addBindValue(sql::date(c.sentDate));
    q.addBindValue(sql::date(c.receivedDate));
    q.addBindValue(c.id);
    q.addBindValue(c.rowVersion);
    sql::exec(q, "update annual comment");
    if (q.numRowsAffected() != 1)
        return false;
    ++c.rowVersion;
    return true;
}

void CommentRepository::insertMany(const QList<AnnualComment> &comments)
{
    if (comments.isEmpty())
        return;
    // Unqualified names: both engines look in the connection's temporary tables first
    // (SQLite's "temp." and "main." and its rowid do not exist on PostgreSQL, so the
    // staging order is a column of its own).
    sql::execDirect(db_, QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS comment_staging (member_id BIGINT, "
                                        "referral_id BIGINT, cell_id BIGINT, year INTEGER, citizen_conduct TEXT, "
                                        "meeting_participation TEXT, community_relations TEXT, other_remarks TEXT, "
                                        "conclusion TEXT, drafted_date TEXT, signed_date TEXT, signed_by TEXT, "
                                        "signer_title TEXT, sent_date TEXT, received_date TEXT, seq BIGINT)"),
                    "stage annual comments");
    sql::execDirect(db_, QStringLiteral("DELETE FROM comment_staging"), "stage annual comments");
    // Staged row by row into a temporary table without triggers or indexes, then moved
    // over in one statement (as ResidenceRepository::insertMany does for attendance).
    QSqlQuery stage = sql::prepare(db_, QStringLiteral("INSERT INTO comment_staging VALUES "
                                                       "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    qint64 seq = 0;
    for (const AnnualComment &c : comments) {
        int i = 0;
        stage.bindValue(i++, c.memberId);
        stage.bindValue(i++, sql::id(c.referralId));
        stage.bindValue(i++, sql::id(c.cellId));
        stage.bindValue(i++, c.year);
        stage.bindValue(i++, sql::text(c.citizenConduct));
        stage.bindValue(i++, sql::text(c.meetingParticipation));
        stage.bindValue(i++, sql::text(c.communityRelations));
        stage.bindValue(i++, sql::text(c.otherRemarks));
        stage.bindValue(i++, conclusionValue(c.conclusion));
        stage.bindValue(i++, sql::date(c.draftedDate));
        stage.bindValue(i++, sql::date(c.signedDate));
        stage.bindValue(i++, sql::text(c.signedBy));
        stage.bindValue(i++, sql::text(c.signerTitle));
        stage.bindValue(i++, sql::date(c.sentDate));
        stage.bindValue(i++, sql::date(c.receivedDate));
        stage.bindValue(i++, ++seq);
        sql::exec(stage, "stage annual comments");
    }
    // The figures per year: one statement for each year staged (the demo stages one).
    QSqlQuery years = sql::prepare(db_, QStringLiteral("SELECT DISTINCT year FROM comment_staging"));
    sql::exec(years, "stage annual comments");
    QList<int> yearList;
    while (years.next())
        yearList << years.value(0).toInt();
    for (int year : yearList) {
        QSqlQuery q = sql::prepare(
            db_, QStringLiteral("WITH ") + kParams
                     + QStringLiteral(
                         " INSERT INTO annual_comments (member_id, referral_id, cell_id, year, citizen_conduct, "
                         "meeting_participation, meetings_held, meetings_attended, meetings_excused, "
                         "community_relations, other_remarks, conclusion, drafted_date, signed_date, signed_by, "
                         "signer_title, sent_date, received_date) "
                         "SELECT s.member_id, s.referral_id, s.cell_id, s.year, s.citizen_conduct, s.meeting_participation, ")
                     + figuresSql(QStringLiteral("s.member_id"), QStringLiteral("s.cell_id"))
                     + QStringLiteral(", s.community_relations, s.other_remarks, s.conclusion, s.drafted_date, "
                                      "s.signed_date, s.signed_by, s.signer_title, s.sent_date, s.received_date "
                                      "FROM p JOIN comment_staging s ON TRUE WHERE s.year = ? ORDER BY s.seq"));
        bindAll(q, params(year, {}));
        q.addBindValue(year);
        sql::exec(q, "insert annual comments");
    }
    sql::execDirect(db_, QStringLiteral("DELETE FROM comment_staging"), "stage annual comments");
}

QList<CommentListEntry> CommentRepository::cellList(qint64 cellId, int year, const QDate &day) const
{
    QList<CommentListEntry> out;
    {
        // Each member's comment referral (commentReferralSql) when it places them here:
        // with two overlapping referrals, the latest assigned, its exemption included.
        QSqlQuery q = sql::prepare(
            db_, QStringLiteral("WITH ") + kParams
                     + QStringLiteral(
                         " SELECT r.member_id, r.id, m.full_name, m.birth_date, coalesce(m.party_card_no, ''), w.id, "
                         "w.name, CASE WHEN r.exempt = 1 AND (r.exempt_from IS NULL OR r.exempt_from <= p.day) "
                         "AND (r.exempt_to IS NULL OR r.exempt_to >= p.day) THEN coalesce(r.exemption_reason, '') END "
                         "FROM p JOIN referrals r ON r.assigned_cell_id = ? AND ")
                     + commentReferralSql(QStringLiteral("r"), QStringLiteral("p.day"))
                     + QStringLiteral(" JOIN members m ON m.id = r.member_id JOIN organisations w ON w.id = r.issuing_org_id "
                                      "ORDER BY m.name_sort_key, m.id"));
        bindAll(q, params(year, day));
        q.addBindValue(cellId);
        q.setForwardOnly(true);
        sql::exec(q, "read the cell's comment list");
        while (q.next()) {
            CommentListEntry e;
            e.memberId = q.value(0).toLongLong();
            e.referralId = q.value(1).toLongLong();
            e.fullName = q.value(2).toString();
            e.birthDate = sql::toDate(q.value(3));
            e.partyCardNo = q.value(4).toString();
            e.workplaceOrgId = q.value(5).toLongLong();
            e.workplaceName = q.value(6).toString();
            if (!q.value(7).isNull())
                // The database requires a reason with an exemption; an unknown code reads as the first.
                e.exemption = fromCode<ExemptionReason>(q.value(7).toString()).value_or(ExemptionReason::Barracks);
            out.append(e);
        }
    }
    if (out.isEmpty())
        return out;
    QHash<qint64, int> index;
    QList<qint64> ids;
    for (int i = 0; i < out.size(); ++i) {
        index.insert(out[i].memberId, i);
        ids << out[i].memberId;
    }
    QSqlQuery requests = sql::prepare(db_, QStringLiteral("SELECT %1 FROM comment_requests WHERE year = ? AND member_id IN (%2)")
                                               .arg(QLatin1String(kRequestColumns), idList(ids)));
    requests.addBindValue(year);
    sql::exec(requests, "read comment requests");
    while (requests.next()) {
        const CommentRequest r = requestFromRow(requests);
        out[index.value(r.memberId)].request = r;
    }
    QSqlQuery comments = sql::prepare(db_, QStringLiteral("SELECT %1 FROM annual_comments WHERE year = ? AND member_id IN (%2)")
                                               .arg(commentColumns(), idList(ids)));
    comments.addBindValue(year);
    sql::exec(comments, "read annual comments");
    while (comments.next()) {
        const AnnualComment c = commentFromRow(comments);
        out[index.value(c.memberId)].comment = c;
    }
    return out;
}

CommentAttendance CommentRepository::attendance(qint64 memberId, qint64 cellId, int year) const
{
    const QString member = QString::number(memberId), cell = QString::number(cellId);
    QSqlQuery q = sql::prepare(db_, QStringLiteral("WITH ") + kParams + QStringLiteral(" SELECT ")
                                        + figuresSql(member, cell) + QStringLiteral(", ")
                                        + figureSql(member, cell, "absent_unexcused") + QStringLiteral(" FROM p"));
    bindAll(q, params(year, {}));
    sql::exec(q, "count a member's meetings");
    CommentAttendance a;
    if (q.next())
        a = {q.value(0).toInt(), q.value(1).toInt(), q.value(2).toInt(), q.value(3).toInt()};
    return a;
}

QList<CommentDue> CommentRepository::dueUnder(const QString &scopePath, int year, const QDate &day) const
{
    QVariantList values = params(year, day);
    QString scope;
    if (!scopePath.isEmpty()) {
        scope = QStringLiteral(" AND c.path >= ? AND c.path < ?");
        values << scopePath << sql::pathUpperBound(scopePath);
    }
    QSqlQuery q = sql::prepare(
        db_, QStringLiteral("WITH ") + kParams
                 + QStringLiteral(" SELECT r.member_id, r.id, r.assigned_cell_id, r.issuing_org_id, "
                                  "EXISTS (SELECT 1 FROM annual_comments ac WHERE ac.member_id = r.member_id "
                                  "AND ac.year = p.year) "
                                  "FROM p JOIN referrals r ON TRUE JOIN organisations c ON c.id = r.assigned_cell_id "
                                  "JOIN members m ON m.id = r.member_id WHERE ")
                 + kResidenceCell + QStringLiteral(" AND ") + commentReferralSql(QStringLiteral("r"), QStringLiteral("p.day"))
                 + QStringLiteral(" AND ")
                 + commentDueSql(QStringLiteral("r"), QStringLiteral("r.assigned_cell_id"), QStringLiteral("p.day"),
                                 QStringLiteral("p.year"))
                 + scope + QStringLiteral(" ORDER BY c.path, m.name_sort_key, m.id"));
    bindAll(q, values);
    q.setForwardOnly(true);
    sql::exec(q, "list members owing a comment");
    QList<CommentDue> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(), q.value(3).toLongLong(),
                    q.value(4).toBool()});
    return out;
}

QList<qint64> CommentRepository::residenceCellsUnder(const QString &scopePath) const
{
    QSqlQuery q = sql::prepare(db_, QStringLiteral("SELECT c.id FROM organisations c WHERE ") + kResidenceCell
                                        + QStringLiteral(" AND c.path >= ? AND c.path < ? ORDER BY c.path"));
    q.addBindValue(scopePath);
    q.addBindValue(sql::pathUpperBound(scopePath));
    q.setForwardOnly(true);
    sql::exec(q, "list residence cells");
    QList<qint64> out;
    while (q.next())
        out << q.value(0).toLongLong();
    return out;
}

int CommentRepository::insertDrafts(const QList<qint64> &cellIds, int year, const QDate &day, const QDate &drafted)
{
    if (cellIds.isEmpty())
        return 0;
    // The cells' due members without a comment of the year (once each: their comment
    // referral, commentReferralSql), their figures, and the drafts, in one statement.
    QSqlQuery q = sql::prepare(
        db_, QStringLiteral("WITH ") + kParams
                 + QStringLiteral(", due AS (SELECT r.member_id, r.id AS referral_id, r.assigned_cell_id AS cell_id "
                                  "FROM p JOIN referrals r ON TRUE WHERE r.assigned_cell_id IN (%1) AND ")
                       .arg(idList(cellIds))
                 + commentReferralSql(QStringLiteral("r"), QStringLiteral("p.day")) + QStringLiteral(" AND ")
                 + commentDueSql(QStringLiteral("r"), QStringLiteral("r.assigned_cell_id"), QStringLiteral("p.day"),
                                 QStringLiteral("p.year"))
                 + QStringLiteral(" AND NOT EXISTS (SELECT 1 FROM annual_comments ac WHERE ac.member_id = r.member_id "
                                  "AND ac.year = p.year))"
                                  " INSERT INTO annual_comments (member_id, referral_id, cell_id, year, meetings_held, "
                                  "meetings_attended, meetings_excused, drafted_date) "
                                  "SELECT d.member_id, d.referral_id, d.cell_id, p.year, ")
                 + figuresSql(QStringLiteral("d.member_id"), QStringLiteral("d.cell_id"))
                 + QStringLiteral(", CAST(? AS TEXT) FROM due d JOIN p ON TRUE ORDER BY d.cell_id, d.member_id"));
    bindAll(q, params(year, day));
    q.addBindValue(sql::date(drafted));
    sql::exec(q, "prepare comment drafts");
    return q.numRowsAffected();
}

std::optional<CommentRequest> CommentRepository::requestById(qint64 id) const
{
    QSqlQuery q = sql::prepare(db_, QStringLiteral("SELECT %1 FROM comment_requests WHERE id = ?").arg(QLatin1String(kRequestColumns)));
    q.addBindValue(id);
    sql::exec(q, "read comment request");
    if (!q.next())
        return std::nullopt;
    return requestFromRow(q);
}

std::optional<CommentRequest> CommentRepository::requestOf(qint64 memberId, int year) const
{
    QSqlQuery q = sql::prepare(db_, QStringLiteral("SELECT %1 FROM comment_requests WHERE member_id = ? AND year = ?")
                                        .arg(QLatin1String(kRequestColumns)));
    q.addBindValue(memberId);
    q.addBindValue(year);
    sql::exec(q, "read comment request");
    if (!q.next())
        return std::nullopt;
    return requestFromRow(q);
}

void CommentRepository::insert(CommentRequest &r)
{
    QSqlQuery q = sql::prepare(db_, QStringLiteral("INSERT INTO comment_requests (member_id, year, reason, note, "
                                                   "requested_date, requested_by_org_id) VALUES (?, ?, ?, ?, ?, ?) "
                                                   "RETURNING id"));
    q.addBindValue(r.memberId);
    q.addBindValue(r.year);
    q.addBindValue(code(r.reason));
    q.addBindValue(sql::text(r.note));
    q.addBindValue(sql::date(r.requestedDate));
    q.addBindValue(sql::id(r.requestedByOrgId));
    r.id = sql::execInsert(q, "insert comment request");
    r.rowVersion = 1;
}

bool CommentRepository::update(CommentRequest &r)
{
    QSqlQuery q = sql::prepare(db_, QStringLiteral("UPDATE comment_requests SET reason = ?, note = ?, requested_date = ?, "
                                                   "requested_by_org_id = ?, row_version = row_version + 1 "
                                                   "WHERE id = ? AND row_version = ?"));
    q.addBindValue(code(r.reason));
    q.addBindValue(sql::text(r.note));
    q.addBindValue(sql::date(r.requestedDate));
    q.addBindValue(sql::id(r.requestedByOrgId));
    q.addBindValue(r.id);
    q.addBindValue(r.rowVersion);
    sql::exec(q, "update comment request");
    if (q.numRowsAffected() != 1)
        return false;
    ++r.rowVersion;
    return true;
}

void CommentRepository::removeRequest(qint64 id)
{
    QSqlQuery q = sql::prepare(db_, QStringLiteral("DELETE FROM comment_requests WHERE id = ?"));
    q.addBindValue(id);
    sql::exec(q, "remove comment request");
}

QList<CommentCount> CommentRepository::missingByCell(int year, const QDate &day, const AttendanceFilter &filter) const
{
    return missing(true, year, day, filter);
}

QList<CommentCount> CommentRepository::missingByWorkplace(int year, const QDate &day, const AttendanceFilter &filter) const
{
    return missing(false, year, day, filter);
}

QList<CommentCount> CommentRepository::missing(bool byCell, int year, const QDate &day, const AttendanceFilter &filter) const
{
    QVariantList values = params(year, day);
    const QString restriction = pathFilter(filter, {QStringLiteral("c.path"), QStringLiteral("w.path")}, values);
    const QString group = byCell ? QStringLiteral("d.cell_id") : QStringLiteral("d.org_id");
    QSqlQuery q = sql::prepare(
        db_, QStringLiteral("WITH ") + kParams
                 + QStringLiteral(", due AS (SELECT r.member_id, r.assigned_cell_id AS cell_id, "
                                  "r.issuing_org_id AS org_id FROM p JOIN referrals r ON TRUE "
                                  "JOIN organisations c ON c.id = r.assigned_cell_id "
                                  "JOIN organisations w ON w.id = r.issuing_org_id WHERE ")
                 + kResidenceCell + QStringLiteral(" AND ") + commentReferralSql(QStringLiteral("r"), QStringLiteral("p.day"))
                 + QStringLiteral(" AND ")
                 + commentDueSql(QStringLiteral("r"), QStringLiteral("r.assigned_cell_id"), QStringLiteral("p.day"),
                                 QStringLiteral("p.year"))
                 + restriction
                 + QStringLiteral(") SELECT o.id, o.code, o.name, coalesce(up.name, ''), count(*), count(ac.signed_date) "
                                  "FROM due d JOIN p ON TRUE JOIN organisations o ON o.id = %1 "
                                  "LEFT JOIN organisations up ON up.id = o.parent_id "
                                  "LEFT JOIN annual_comments ac ON ac.member_id = d.member_id AND ac.year = p.year "
                                  "GROUP BY o.id, up.name HAVING count(*) > count(ac.signed_date) "
                                  "ORDER BY count(*) - count(ac.signed_date) DESC, o.path")
                       .arg(group));
    bindAll(q, values);
    q.setForwardOnly(true);
    sql::exec(q, "count missing comments");
    QList<CommentCount> out;
    while (q.next()) {
        CommentCount c;
        c.organisationId = q.value(0).toLongLong();
        c.code = q.value(1).toString();
        c.name = q.value(2).toString();
        if (byCell)
            c.communeName = q.value(3).toString();
        c.due = q.value(4).toInt();
        c.signedOrLater = q.value(5).toInt();
        out.append(c);
    }
    return out;
}

QList<CommentDetails> CommentRepository::details(const QString &where, const QVariantList &values) const
{
    // The workplace organisation: the referral's issuer, or the one holding the
    // membership when no referral is recorded (comments carried over from version 6).
    QSqlQuery q = sql::prepare(
        db_, QStringLiteral("SELECT ") + commentColumns(QStringLiteral("ac"))
                 + QStringLiteral(", m.full_name, m.birth_date, coalesce(m.party_card_no, ''), "
                                  "coalesce(w.name, mw.name, ''), m.residence_address, coalesce(c.name, ''), "
                                  "coalesce(up.name, '') FROM annual_comments ac JOIN members m ON m.id = ac.member_id "
                                  "LEFT JOIN organisations c ON c.id = ac.cell_id "
                                  "LEFT JOIN organisations up ON up.id = c.parent_id "
                                  "LEFT JOIN referrals r ON r.id = ac.referral_id "
                                  "LEFT JOIN organisations w ON w.id = r.issuing_org_id "
                                  "LEFT JOIN organisations mw ON mw.id = m.cell_id WHERE ")
                 + where);
    bindAll(q, values);
    q.setForwardOnly(true);
    sql::exec(q, "read annual comments");
    QList<CommentDetails> out;
    while (q.next()) {
        CommentDetails d;
        d.comment = commentFromRow(q);
        int i = kCommentColumnCount;
        d.memberName = q.value(i++).toString();
        d.birthDate = sql::toDate(q.value(i++));
        d.partyCardNo = q.value(i++).toString();
        d.workplaceName = q.value(i++).toString();
        d.residenceAddress = q.value(i++).toString();
        d.cellName = q.value(i++).toString();
        d.communeName = q.value(i++).toString();
        out.append(d);
    }
    return out;
}

QList<CommentDetails> CommentRepository::forms(const QString &scopePath, int year, bool includeDrafts) const
{
    return details(QStringLiteral("ac.year = ? AND c.path >= ? AND c.path < ?")
                       + (includeDrafts ? QString() : QStringLiteral(" AND ac.signed_date IS NOT NULL"))
                       + QStringLiteral(" ORDER BY c.path, m.name_sort_key, m.id"),
                   {year, scopePath, sql::pathUpperBound(scopePath)});
}

QList<CommentDetails> CommentRepository::sentTo(const QString &workplacePath, int year) const
{
    return details(QStringLiteral("ac.year = ? AND ac.sent_date IS NOT NULL AND w.path >= ? AND w.path < ? "
                                  "ORDER BY m.name_sort_key, m.id"),
                   {year, workplacePath, sql::pathUpperBound(workplacePath)});
}

} // namespace cutru::storage
