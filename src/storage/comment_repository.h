#pragma once

#include "domain/residence.h"
#include "storage/attendance_statistics.h"
#include "storage/database.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QSqlQuery>
#include <optional>

// Annual comments and comment requests: every statement about them (docs/comments.md
// defines who owes a comment). Writes must run inside a Transaction.
namespace cutru::storage {

// The rule "referral `r` makes its member owe a comment from `cell` for the year", as
// an SQL condition: the sheet rule (expectedOnSheetSql: assigned to the cell on or
// before `day`, not ended on or before it, not exempt on it), or the same placement
// while exempt when the member has a comment request for `year`. `day` and `year` are
// SQL expressions (a column of a parameter row, never "?").
QString commentDueSql(const QString &r, const QString &cell, const QString &day, const QString &year);

// Referral `r` is the one its member's comment is judged on for `day`: of the member's
// referrals placing them in a village or residential-group cell on `day` (assigned on
// or before it, not ended on or before it, exempt or not), the latest assigned (the
// highest id on a tie). Apply commentDueSql to that referral only, so that a member
// with two overlapping referrals counts once, everywhere. `day` as in commentDueSql.
QString commentReferralSql(const QString &r, const QString &day);

// One member placed in a residence cell on the reference day (due or exempt).
struct CommentListEntry {
    qint64 memberId = 0;
    qint64 referralId = 0;
    QString fullName;
    QDate birthDate;
    QString partyCardNo;
    qint64 workplaceOrgId = 0; // issued the referral
    QString workplaceName;
    std::optional<ExemptionReason> exemption; // exempt on the reference day
    std::optional<CommentRequest> request;
    std::optional<AnnualComment> comment;
};

// A member's held meetings of a year at one cell where they were expected, and marks.
struct CommentAttendance {
    int held = 0;
    int attended = 0;
    int excused = 0;
    int unexcused = 0;
};

// A member who owes a comment: for the demo generator and bulk work.
struct CommentDue {
    qint64 memberId = 0;
    qint64 referralId = 0;
    qint64 cellId = 0;
    qint64 workplaceOrgId = 0;
    bool hasComment = false;
};

// Due and signed (or later) comments of one cell or one workplace organisation.
struct CommentCount {
    qint64 organisationId = 0;
    QString code;
    QString name;
    QString communeName; // cells only
    int due = 0;
    int signedOrLater = 0;
};

// A comment with what its printed form or the workplace's list shows.
struct CommentDetails {
    AnnualComment comment;
    QString memberName;
    QDate birthDate;
    QString partyCardNo;
    QString workplaceName;
    QString residenceAddress;
    QString cellName;
    QString communeName;
};

class CommentRepository {
public:
    explicit CommentRepository(const Database &db);

    std::optional<AnnualComment> byId(qint64 id) const;
    std::optional<AnnualComment> of(qint64 memberId, int year) const;
    // The comment's workplace organisation: the issuer of its referral (0: none recorded).
    qint64 workplaceOf(qint64 commentId) const;
    void insert(AnnualComment &c);
    // Every column but member and year, if nobody changed the row since it was read;
    // false when the stored row is newer or gone. Bumps c.rowVersion on success.
    bool update(AnnualComment &c);
    // Many comments in one staged statement (the demo province); their attendance
    // figures are filled from the records, whatever the values say.
    void insertMany(const QList<AnnualComment> &comments);

    // The members placed in `cellId` on `day` (due or exempt), in name order, with their
    // request and comment of `year`.
    QList<CommentListEntry> cellList(qint64 cellId, int year, const QDate &day) const;
    // The member's held meetings of `year` at `cellId` where a referral of theirs placed
    // them among the expected, and their marks.
    CommentAttendance attendance(qint64 memberId, qint64 cellId, int year) const;
    // Members owing a comment of `year` on `day` in residence cells under `scopePath`
    // (empty: everywhere), by cell and name.
    QList<CommentDue> dueUnder(const QString &scopePath, int year, const QDate &day) const;
    // Village and residential-group cells under `scopePath`, in tree order.
    QList<qint64> residenceCellsUnder(const QString &scopePath) const;
    // Drafts (dated `drafted`, attendance from the records) for every member of the
    // cells owing a comment of `year` on `day` without one; one INSERT … SELECT.
    // Returns how many were created.
    int insertDrafts(const QList<qint64> &cellIds, int year, const QDate &day, const QDate &drafted);

    std::optional<CommentRequest> requestById(qint64 id) const;
    std::optional<CommentRequest> requestOf(qint64 memberId, int year) const;
    void insert(CommentRequest &r);
    bool update(CommentRequest &r);
    void removeRequest(qint64 id);

    // Due and signed-or-later counts on `day` per residence cell and per workplace
    // organisation (the issuer of the referral); a referral counts when its cell or its
    // workplace organisation is in the filter. Only rows with something missing, most
    // missing first.
    QList<CommentCount> missingByCell(int year, const QDate &day, const AttendanceFilter &filter) const;
    QList<CommentCount> missingByWorkplace(int year, const QDate &day, const AttendanceFilter &filter) const;

    // Comments of `year` written by cells under `scopePath` (signed or later unless
    // `includeDrafts`), in cell order and then name order.
    QList<CommentDetails> forms(const QString &scopePath, int year, bool includeDrafts) const;
    // Sent or received comments of `year` on members referred by organisations under
    // `workplacePath`, in name order.
    QList<CommentDetails> sentTo(const QString &workplacePath, int year) const;

private:
    QList<CommentCount> missing(bool byCell, int year, const QDate &day, const AttendanceFilter &filter) const;
    QList<CommentDetails> details(const QString &where, const QVariantList &values) const;

    const Database &db_;
};

} // namespace cutru::storage
