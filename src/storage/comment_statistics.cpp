#include "storage/comment_statistics.h"

#include "storage/comment_repository.h"
#include "storage/sql_util.h"

namespace cutru::storage {

CommentStatistics::CommentStatistics(const Database &db) : db_(db) {}

QList<WorkplaceComments> CommentStatistics::byWorkplace(int year, const QDate &dueOn, const QString &scopePath) const
{
    QString scope;
    QVariantList scopeValues;
    if (!scopePath.isEmpty()) {
        scope = QStringLiteral(" AND ((w.path >= ? AND w.path < ?) OR (c.path >= ? AND c.path < ?))");
        const QString upper = sql::pathUpperBound(scopePath);
        scopeValues << scopePath << upper << scopePath << upper;
    }
    // Due: the comment rule (commentDueSql: on the cell's sheet of the day, or exempt
    // on it with a request for the year) applied to each member's one comment
    // referral (commentReferralSql: the latest assigned in a residence cell), so a
    // member counts once, under that referral's issuer, even if two referrals overlap
    // on the day. UNIQUE (member_id, year) gives each at most one comment; a draft is
    // not written yet.
    QSqlQuery q = sql::prepare(
        db_, QStringLiteral("WITH p AS (SELECT CAST(? AS TEXT) AS day, CAST(? AS INTEGER) AS year), "
                            "due AS (SELECT r.issuing_org_id AS org_id, r.member_id "
                            "FROM p JOIN referrals r ON TRUE JOIN organisations w ON w.id = r.issuing_org_id "
                            "JOIN organisations c ON c.id = r.assigned_cell_id WHERE ")
                 + commentReferralSql(QStringLiteral("r"), QStringLiteral("p.day")) + QStringLiteral(" AND ")
                 + commentDueSql(QStringLiteral("r"), QStringLiteral("r.assigned_cell_id"), QStringLiteral("p.day"),
                                 QStringLiteral("p.year"))
                 + scope
                 + QStringLiteral(") SELECT w.id, w.code, w.name, count(*), count(ac.signed_date), count(ac.sent_date), "
                                  "count(ac.received_date) FROM due d JOIN organisations w ON w.id = d.org_id "
                                  "LEFT JOIN annual_comments ac ON ac.member_id = d.member_id AND ac.year = ? "
                                  "GROUP BY w.id ORDER BY w.path"));
    q.addBindValue(sql::date(dueOn));
    q.addBindValue(year);
    for (const QVariant &v : std::as_const(scopeValues))
        q.addBindValue(v);
    q.addBindValue(year);
    q.setForwardOnly(true);
    sql::exec(q, "count annual comments");
    QList<WorkplaceComments> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toInt(),
                    q.value(4).toInt(), q.value(5).toInt(), q.value(6).toInt()});
    return out;
}

QList<AnnualComment> CommentStatistics::commentsOf(qint64 memberId) const
{
    QSqlQuery q = sql::prepare(
        db_, QStringLiteral("SELECT id, member_id, coalesce(referral_id, 0), coalesce(cell_id, 0), year, "
                            "citizen_conduct, meeting_participation, meetings_held, meetings_attended, "
                            "meetings_excused, community_relations, other_remarks, conclusion, drafted_date, "
                            "signed_date, signed_by, signer_title, sent_date, received_date, row_version "
                            "FROM annual_comments WHERE member_id = ? ORDER BY year, id"));
    q.addBindValue(memberId);
    sql::exec(q, "read annual comments");
    QList<AnnualComment> out;
    while (q.next()) {
        AnnualComment c;
        int i = 0;
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
        c.conclusion = fromCode<CommentConclusion>(q.value(i++).toString());
        c.draftedDate = sql::toDate(q.value(i++));
        c.signedDate = sql::toDate(q.value(i++));
        c.signedBy = q.value(i++).toString();
        c.signerTitle = q.value(i++).toString();
        c.sentDate = sql::toDate(q.value(i++));
        c.receivedDate = sql::toDate(q.value(i++));
        c.rowVersion = q.value(i++).toInt();
        out.append(c);
    }
    return out;
}

} // namespace cutru::storage
