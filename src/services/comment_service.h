#pragma once

#include "domain/residence.h"
#include "services/acting_user.h"
#include "services/outcome.h"
#include "storage/database.h"

#include <QDate>
#include <QList>
#include <functional>
#include <optional>

// Annual comments (domain.md step 4; docs/comments.md): who owes one, the form, the
// states draft → signed → sent → received, bulk drafts, the workplace organisation's
// view, and the deadline counts of the Overview.
namespace cutru {

// The year's attendance of a member at one residence cell, from the records: the
// held meetings of the year (1 January – 31 December) where the member was expected
// (the sheet rule: assigned on or before the meeting, not ended, not exempt), and
// how they were marked.
struct AttendanceFigures {
    int held = 0;
    int attended = 0; // present
    int excused = 0;  // absent with a reason
    int unexcused = 0;
    int unmarked() const { return held - attended - excused - unexcused; }
};

// One member on a residence cell's comment list of a year.
struct CommentLine {
    qint64 memberId = 0;
    qint64 referralId = 0;
    QString fullName;
    QDate birthDate;
    QString partyCardNo;
    qint64 workplaceOrgId = 0; // the organisation that issued the referral: it receives the comment
    QString workplaceName;
    std::optional<ExemptionReason> exemption; // exempt on the reference day
    std::optional<CommentRequest> request;     // a request for this year (makes an exempt member due)
    std::optional<AnnualComment> comment;      // nullopt: nothing drafted yet
    bool due() const { return needsComment(exemption.has_value(), request.has_value()); }
};

// A residence cell's comments of a year. The reference day is the day a sheet would
// be dated: the deadline of the year, or today when that is sooner (docs/comments.md).
struct CellComments {
    qint64 cellId = 0;
    QString cellName;
    QString cellCode;
    QString communeName;
    int year = 0;
    QDate referenceDay;
    QDate deadline;
    QList<CommentLine> due;    // who needs a comment, in name order
    QList<CommentLine> exempt; // exempt and not requested: listed apart, in name order
};

// Everything one printed comment form shows.
struct CommentForm {
    AnnualComment comment;
    QString memberName;
    QDate birthDate;
    QString partyCardNo;
    QString workplaceName;   // the organisation the comment goes to
    QString residenceAddress; // as on the member's record
    QString cellName;        // "Chi bộ thôn Đông"
    QString communeName;     // "Đảng bộ xã Thái Giang" (the superior body on the heading)
};

// What a bulk call did.
struct BulkOutcome {
    SaveOutcome outcome;
    int done = 0;     // drafts created / comments marked
    int existing = 0; // already had a comment (drafts) or were past that state (marking)
    bool cancelled = false;
};

// A count of comments still missing (due, not yet signed) for one cell or one
// workplace organisation, on the reference day of a year.
struct MissingComments {
    qint64 organisationId = 0;
    QString code;
    QString name;
    QString communeName; // cells only
    int due = 0;
    int signed_ = 0; // signed, sent or received
    int missing() const { return due - signed_; }
};

// A comment as its workplace organisation sees it.
struct WorkplaceComment {
    AnnualComment comment;
    QString memberName;
    QString partyCardNo;
    QString cellName;
    QString communeName;
};

using BulkProgress = std::function<bool(qint64 done, qint64 total)>; // false: cancel

class CommentService {
public:
    CommentService(storage::Database &db, ActingUser user, QDate today = QDate::currentDate());

    // The deadline of a year (database setting "comments.deadline", month and day;
    // 15 December when unset). Anyone may read it; the provincial board sets it.
    QDate deadline(int year) const;
    SaveOutcome setDeadline(int month, int day);

    // Needs ReadComments over the cell (AccessDenied otherwise).
    CellComments cellComments(qint64 cellId, int year) const;
    AttendanceFigures attendanceOf(qint64 memberId, qint64 cellId, int year) const;
    // A draft for a member on the cell's list, attendance filled from the records,
    // dated today; not saved. nullopt when the member is not on the cell's list.
    std::optional<AnnualComment> newDraft(qint64 memberId, qint64 cellId, int year) const;

    // Creates (id 0) or changes a comment (WriteComments over its cell). A draft may
    // be incomplete; a signed one must satisfy validate(). The attendance figures are
    // refilled from the records while the comment is a draft. Stale when changed
    // meanwhile. A sent or received comment cannot be changed. A new one is dated
    // today, and refused (Invalid on "year") for a year after today's.
    SaveOutcome save(AnnualComment &comment);
    // Signs a draft: fills the signer and date and saves (Invalid names what is missing).
    SaveOutcome sign(AnnualComment &comment, const QString &signedBy, const QString &signerTitle, const QDate &day);
    // Back to draft (a signed comment not yet sent), e.g. to correct it.
    SaveOutcome unsign(AnnualComment &comment);

    // Drafts for every member due without a comment, in every residence cell under
    // the organisation (a cell, a commune, a district or the province), in one
    // transaction. Needs PrepareComments over it.
    BulkOutcome prepareDrafts(qint64 scopeOrgId, int year, const BulkProgress &progress = {});
    // Marks signed comments sent on `day` (WriteComments over each one's cell); others
    // are counted in `existing` and left as they are. One transaction.
    BulkOutcome markSent(const QList<qint64> &commentIds, const QDate &day);
    // Marks sent comments received on `day` (ReceiveComments over the workplace
    // organisation that issued the referral). One transaction.
    BulkOutcome markReceived(const QList<qint64> &commentIds, const QDate &day);

    // A workplace organisation's request for a comment (RequestComments over the
    // organisation that issued the member's active referral). One per member and year.
    // A new request comes from that organisation (requestedByOrgId 0: set to it; another:
    // Invalid); a change or removal needs RequestComments over the stored request's
    // requesting organisation.
    SaveOutcome saveRequest(CommentRequest &request);
    SaveOutcome removeRequest(qint64 requestId);

    // The forms of a cell or of every cell of a commune (ReadComments over it), drafts
    // included when asked, in cell order and then name order.
    QList<CommentForm> forms(qint64 scopeOrgId, int year, bool includeDrafts) const;
    // The comments of members referred by a workplace organisation, of a year, that
    // have been sent or received (ReadComments over the organisation), in name order.
    QList<WorkplaceComment> forWorkplace(qint64 workplaceOrgId, int year) const;

    // Still missing on the reference day of `year`, under the scope (0: everything the
    // user may read): per residence cell and per workplace organisation, only those
    // with something missing, most missing first.
    QList<MissingComments> missingByCell(int year, qint64 scopeOrgId = 0) const;
    QList<MissingComments> missingByWorkplace(int year, qint64 scopeOrgId = 0) const;

private:
    storage::Database &db_;
    ActingUser user_;
    QDate today_;
};

} // namespace cutru
