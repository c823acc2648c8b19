#include "storage/residence_repository.h"

#include "storage/sql_util.h"

#include <algorithm>
#include <optional>

namespace cutru::storage {
namespace {

const char *kReferralColumns =
    "id, member_id, issuing_org_id, letter_year, letter_no, issue_date, to_commune_id, external_committee, "
    "external_address, received_date, assigned_cell_id, assigned_date, exempt, exemption_reason, exempt_from, "
    "exempt_to, ended_date, end_reason, end_note, row_version";

template <typename E> QVariant optionalCode(const std::optional<E> &v)
{
    return v ? QVariant(code(*v)) : QVariant(QMetaType(QMetaType::QString));
}

} // namespace

QString referralColumns(const QString &alias)
{
    if (alias.isEmpty())
        return QLatin1String(kReferralColumns);
    QStringList cols;
    for (const QString &c : QString::fromLatin1(kReferralColumns).split(QStringLiteral(", ")))
        cols << alias + QLatin1Char('.') + c;
    return cols.join(QStringLiteral(", "));
}

Referral referralFromRow(const QSqlQuery &q, int first)
{
    Referral r;
    r.id = q.value(first + 0).toLongLong();
    r.memberId = q.value(first + 1).toLongLong();
    r.issuingOrgId = q.value(first + 2).toLongLong();
    r.letterYear = q.value(first + 3).toInt();
    r.letterNo = q.value(first + 4).toInt();
    r.issueDate = sql::toDate(q.value(first + 5));
    r.toCommuneId = q.value(first + 6).toLongLong();
    r.externalCommittee = q.value(first + 7).toString();
    r.externalAddress = q.value(first + 8).toString();
    r.receivedDate = sql::toDate(q.value(first + 9));
    r.assignedCellId = q.value(first + 10).toLongLong();
    r.assignedDate = sql::toDate(q.value(first + 11));
    r.exempt = q.value(first + 12).toBool();
    if (!q.value(first + 13).isNull())
        r.exemptionReason = fromCode<ExemptionReason>(q.value(first + 13).toString());
    r.exemptFrom = sql::toDate(q.value(first + 14));
    r.exemptTo = sql::toDate(q.value(first + 15));
    r.endedDate = sql::toDate(q.value(first + 16));
    if (!q.value(first + 17).isNull())
        r.endReason = fromCode<ReferralEndReason>(q.value(first + 17).toString());
    r.endNote = q.value(first + 18).toString();
    r.rowVersion = q.value(first + 19).toInt();
    return r;
}

ResidenceRepository::ResidenceRepository(const Database &db)
    : db_(db),
      insertReferral_(sql::prepare(db, QStringLiteral(
          "INSERT INTO referrals (member_id, issuing_org_id, letter_year, letter_no, issue_date, to_commune_id, "
          "external_committee, external_address, received_date, assigned_cell_id, assigned_date, exempt, "
          "exemption_reason, exempt_from, exempt_to, ended_date, end_reason, end_note) "
          "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"))),
      insertAttendance_(sql::prepare(db, QStringLiteral(
          "INSERT INTO attendance (meeting_id, member_id, status, reason) VALUES (?, ?, ?, ?)")))
{
}

void ResidenceRepository::insert(Referral &r)
{
    auto &q = insertReferral_;
    int i = 0;
    q.bindValue(i++, r.memberId);
    q.bindValue(i++, r.issuingOrgId);
    q.bindValue(i++, r.letterYear);
    q.bindValue(i++, r.letterNo);
    q.bindValue(i++, sql::date(r.issueDate));
    q.bindValue(i++, sql::id(r.toCommuneId));
    q.bindValue(i++, sql::text(r.externalCommittee));
    q.bindValue(i++, sql::text(r.externalAddress));
    q.bindValue(i++, sql::date(r.receivedDate));
    q.bindValue(i++, sql::id(r.assignedCellId));
    q.bindValue(i++, sql::date(r.assignedDate));
    q.bindValue(i++, r.exempt ? 1 : 0);
    q.bindValue(i++, optionalCode(r.exemptionReason));
    q.bindValue(i++, sql::date(r.exemptFrom));
    q.bindValue(i++, sql::date(r.exemptTo));
    q.bindValue(i++, sql::date(r.endedDate));
    q.bindValue(i++, optionalCode(r.endReason));
    q.bindValue(i++, sql::text(r.endNote));
    r.id = sql::execInsert(q, "insert referral");
}

void ResidenceRepository::insert(Attendance &a)
{
    auto &q = insertAttendance_;
    q.bindValue(0, a.meetingId);
    q.bindValue(1, a.memberId);
    q.bindValue(2, code(a.status));
    q.bindValue(3, sql::text(a.reason));
    sql::exec(q, "insert attendance");
}

void ResidenceRepository::insertMany(const QList<Attendance> &rows)
{
    // Row by row, each insert runs in a statement savepoint with its own statement
    // journal (its trigger may abort it); staged in a temporary table without triggers
    // or indexes, the rows move over in one statement.
    if (rows.isEmpty())
        return;
    if (db_.isPostgres()) {
        // A server has no statement journals to save: multi-row INSERTs, a few
        // thousand parameters each, one round trip per batch.
        constexpr qsizetype kBatch = 1000;
        std::optional<QSqlQuery> full; // the statement of a whole batch, prepared once
        for (qsizetype first = 0; first < rows.size(); first += kBatch) {
            const qsizetype n = std::min(kBatch, rows.size() - first);
            std::optional<QSqlQuery> last;
            auto prepareFor = [&](qsizetype count) {
                return sql::prepare(db_, QStringLiteral("INSERT INTO attendance (meeting_id, member_id, status, reason) "
                                                        "VALUES %1")
                                             .arg(QStringList(count, QStringLiteral("(?, ?, ?, ?)"))
                                                      .join(QStringLiteral(", "))));
            };
            QSqlQuery *q = nullptr;
            if (n == kBatch) {
                if (!full)
                    full = prepareFor(kBatch);
                q = &*full;
            } else {
                last = prepareFor(n);
                q = &*last;
            }
            for (qsizetype i = 0; i < n; ++i) {
                const Attendance &a = rows.at(first + i);
                const int p = int(i) * 4;
                q->bindValue(p, a.meetingId);
                q->bindValue(p + 1, a.memberId);
                q->bindValue(p + 2, code(a.status));
                q->bindValue(p + 3, sql::text(a.reason));
            }
            sql::exec(*q, "insert attendance");
        }
        return;
    }
    sql::execDirect(db_, QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS attendance_staging "
                                        "(meeting_id INTEGER, member_id INTEGER, status TEXT, reason TEXT)"),
                    "prepare the attendance staging table");
    // Emptied first, not last: a failed call may have left rows behind.
    sql::execDirect(db_, QStringLiteral("DELETE FROM temp.attendance_staging"), "clear the attendance staging table");
    QSqlQuery stage = sql::prepare(db_, QStringLiteral("INSERT INTO temp.attendance_staging VALUES (?, ?, ?, ?)"));
    for (const Attendance &a : rows) {
        stage.bindValue(0, a.meetingId);
        stage.bindValue(1, a.memberId);
        stage.bindValue(2, code(a.status));
        stage.bindValue(3, sql::text(a.reason));
        sql::exec(stage, "stage attendance");
    }
    sql::execDirect(db_, QStringLiteral("INSERT INTO main.attendance (meeting_id, member_id, status, reason) "
                                        "SELECT meeting_id, member_id, status, reason FROM temp.attendance_staging "
                                        "ORDER BY rowid"),
                    "insert attendance");
}

std::optional<Referral> ResidenceRepository::referralById(qint64 id) const
{
    QSqlQuery q = sql::prepare(db_, QStringLiteral("SELECT %1 FROM referrals WHERE id = ?")
                                        .arg(QLatin1String(kReferralColumns)));
    q.addBindValue(id);
    sql::exec(q, "read a referral");
    if (!q.next())
        return std::nullopt;
    return referralFromRow(q);
}

bool ResidenceRepository::update(Referral &r)
{
    QSqlQuery q = sql::prepare(db_, QStringLiteral(
        "UPDATE referrals SET received_date = ?, assigned_cell_id = ?, assigned_date = ?, exempt = ?, "
        "exemption_reason = ?, exempt_from = ?, exempt_to = ?, ended_date = ?, end_reason = ?, end_note = ?, "
        "row_version = row_version + 1 WHERE id = ? AND row_version = ?"));
    int i = 0;
    q.bindValue(i++, sql::date(r.receivedDate));
    q.bindValue(i++, sql::id(r.assignedCellId));
    q.bindValue(i++, sql::date(r.assignedDate));
    q.bindValue(i++, r.exempt ? 1 : 0);
    q.bindValue(i++, optionalCode(r.exemptionReason));
    q.bindValue(i++, sql::date(r.exemptFrom));
    q.bindValue(i++, sql::date(r.exemptTo));
    q.bindValue(i++, sql::date(r.endedDate));
    q.bindValue(i++, optionalCode(r.endReason));
    q.bindValue(i++, sql::text(r.endNote));
    q.bindValue(i++, r.id);
    q.bindValue(i++, r.rowVersion);
    sql::exec(q, "update a referral");
    if (q.numRowsAffected() != 1)
        return false;
    ++r.rowVersion;
    return true;
}

std::optional<Referral> ResidenceRepository::activeReferralOf(qint64 memberId) const
{
    QSqlQuery q = sql::prepare(db_, QStringLiteral("SELECT %1 FROM referrals WHERE member_id = ? AND ended_date IS NULL")
                                        .arg(QLatin1String(kReferralColumns)));
    q.addBindValue(memberId);
    sql::exec(q, "read active referral");
    if (!q.next())
        return std::nullopt;
    return referralFromRow(q);
}

QList<Referral> ResidenceRepository::referralsOf(qint64 memberId) const
{
    QSqlQuery q = sql::prepare(db_, QStringLiteral("SELECT %1 FROM referrals WHERE member_id = ? ORDER BY issue_date, id")
                                        .arg(QLatin1String(kReferralColumns)));
    q.addBindValue(memberId);
    sql::exec(q, "read referrals");
    QList<Referral> out;
    while (q.next())
        out.append(referralFromRow(q));
    return out;
}

QList<Referral> ResidenceRepository::referralsIssuedBy(qint64 issuingOrgId, int year) const
{
    QSqlQuery q = sql::prepare(db_, QStringLiteral(
        "SELECT %1 FROM referrals WHERE issuing_org_id = ? AND letter_year = ? ORDER BY letter_no")
                                        .arg(QLatin1String(kReferralColumns)));
    q.addBindValue(issuingOrgId);
    q.addBindValue(year);
    q.setForwardOnly(true);
    sql::exec(q, "read issued referrals");
    QList<Referral> out;
    while (q.next())
        out.append(referralFromRow(q));
    return out;
}

int ResidenceRepository::nextLetterNo(qint64 issuingOrgId, int year) const
{
    if (db_.isPostgres()) {
        // SQLite's BEGIN IMMEDIATE serialises writers; on a server two offices issuing
        // at once would both read the same last number. A lock on (year, issuer), held
        // until the transaction ends, makes the second wait for the first's letters (it
        // then reads them: each statement sees what was committed before it began).
        QSqlQuery lock = sql::prepare(db_, QStringLiteral(
            "SELECT pg_advisory_xact_lock(CAST(? AS INTEGER), CAST(? AS INTEGER))"));
        lock.addBindValue(year);
        lock.addBindValue(int(issuingOrgId & 0x7fffffff)); // a shared key only makes two issuers wait
        sql::exec(lock, "wait for other letters being numbered");
    }
    QSqlQuery q = sql::prepare(db_, QStringLiteral(
        "SELECT coalesce(max(letter_no), 0) + 1 FROM referrals WHERE issuing_org_id = ? AND letter_year = ?"));
    q.addBindValue(issuingOrgId);
    q.addBindValue(year);
    sql::exec(q, "allocate letter number");
    return q.next() ? q.value(0).toInt() : 1;
}

} // namespace cutru::storage
