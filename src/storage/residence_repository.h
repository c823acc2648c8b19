#pragma once

#include "domain/residence.h"
#include "storage/database.h"

#include <QList>
#include <QSqlQuery>
#include <optional>

namespace cutru::storage {

// A referral's columns in the order referralFromRow() reads them, each prefixed
// with `alias.` when given: for queries that join referrals to other tables.
QString referralColumns(const QString &alias = {});
Referral referralFromRow(const QSqlQuery &q, int first = 0);

// Referrals and attendance rows in bulk (meetings: MeetingRepository; annual
// comments: CommentRepository; liaison records: LiaisonRepository).
// Inserts reuse prepared statements so that bulk work (the demo province, imports)
// stays fast; every write must run inside a Transaction.
class ResidenceRepository {
public:
    explicit ResidenceRepository(const Database &db);

    void insert(Referral &r);
    void insert(Attendance &a);
    // Many attendance rows in one statement: for bulk loads (the demo province), far
    // faster than insert() row by row.
    void insertMany(const QList<Attendance> &rows);

    std::optional<Referral> referralById(qint64 id) const;
    // Saves the referral's reception, assignment, exemption and ending if nobody
    // changed it since it was read; false when the stored row is newer or gone.
    // Bumps r.rowVersion on success.
    bool update(Referral &r);
    std::optional<Referral> activeReferralOf(qint64 memberId) const;
    QList<Referral> referralsOf(qint64 memberId) const;
    // The letters an organisation issued in a year, by number.
    QList<Referral> referralsIssuedBy(qint64 issuingOrgId, int year) const;
    // The next free letter number of an issuing organisation in a year. Called inside
    // the write transaction: on a server it first waits for any other transaction
    // numbering that organisation's letters of the year, until that one ends.
    int nextLetterNo(qint64 issuingOrgId, int year) const;

private:
    const Database &db_;
    QSqlQuery insertReferral_, insertAttendance_;
};

} // namespace cutru::storage
