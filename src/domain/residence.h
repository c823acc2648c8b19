#pragma once

#include "domain/codes.h"
#include "domain/field_error.h"

#include <QDate>
#include <QString>
#include <optional>

// The residence scheme's records: referrals, meetings, attendance, annual comments,
// and the provincial liaison cadres' visits.
namespace cutru {

// Where a referral stands, derived from its dates (never stored separately,
// so it cannot disagree with them).
enum class ReferralState { Issued, Received, Assigned, Ended };

struct Referral {
    qint64 id = 0;
    qint64 memberId = 0;
    qint64 issuingOrgId = 0;        // workplace party organisation
    int letterYear = 0;
    int letterNo = 0;               // per issuing organisation and year
    QDate issueDate;
    qint64 toCommuneId = 0;         // receiving commune-level committee, or 0 when external
    QString externalCommittee;      // name of a committee outside the province
    QString externalAddress;
    QDate receivedDate;
    qint64 assignedCellId = 0;      // residence cell (village / residential group)
    QDate assignedDate;
    bool exempt = false;            // exempt from meetings and the routine comment
    std::optional<ExemptionReason> exemptionReason;
    QDate exemptFrom;
    QDate exemptTo;
    QDate endedDate;
    std::optional<ReferralEndReason> endReason;
    QString endNote;
    int rowVersion = 1;

    ReferralState state() const;
    bool isActive() const { return !endedDate.isValid(); }
    bool isExternal() const { return toCommuneId == 0; }
};

FieldErrors validate(const Referral &r);

struct Meeting {
    qint64 id = 0;
    qint64 cellId = 0;
    QDate date;
    MeetingKind kind = MeetingKind::Periodic;
    QString venue;
    int venueCapacity = 0;   // 0 = not recorded
    QString agendaItems;     // stable item codes, comma separated
    QString agendaNotes;
    QString minutes;
    QString chairedBy;
    int guests = 0;          // residents and guests attending besides members
    bool held = true;        // false: planned, attendance not recorded yet
    int rowVersion = 1;
};

FieldErrors validate(const Meeting &m);

struct Attendance {
    qint64 meetingId = 0;
    qint64 memberId = 0;
    AttendanceStatus status = AttendanceStatus::Present;
    QString reason;
};

FieldErrors validate(const Attendance &a);

// A residence cell's annual comment on a referred member (domain.md step 4; the
// points of Regulation 213 / Guideline 33). One per member and year.
struct AnnualComment {
    qint64 id = 0;
    qint64 memberId = 0;
    qint64 referralId = 0;   // the referral that placed the member in the cell (0: none recorded)
    qint64 cellId = 0;       // the residence cell writing it
    int year = 0;
    QString citizenConduct;        // exemplary conduct as a citizen; following Party and State policy and local rules
    QString meetingParticipation;  // taking part in residence meetings (remarks beside the figures)
    int meetingsHeld = 0;          // the year's held meetings the member was expected at, from the records
    int meetingsAttended = 0;      // … present
    int meetingsExcused = 0;       // … absent with reason
    QString communityRelations;    // relations with neighbours and the community
    QString otherRemarks;
    std::optional<CommentConclusion> conclusion;
    QDate draftedDate;
    QDate signedDate;        // signed for the cell committee
    QString signedBy;        // who signed
    QString signerTitle;     // "Bí thư", "Phó Bí thư"
    QDate sentDate;          // sent to the workplace organisation
    QDate receivedDate;      // received by the workplace organisation
    int rowVersion = 1;

    CommentState state() const;
    int meetingsMissed() const { return meetingsHeld - meetingsAttended - meetingsExcused; }
};

// Any record: the figures add up, the dates follow the states in order. A signed
// (or later) comment also has every point written, a conclusion and a signer.
FieldErrors validate(const AnnualComment &c);

// A workplace organisation's request for a comment on a member exempt from the
// routine one (for a promotion, reward or discipline). One per member and year.
struct CommentRequest {
    qint64 id = 0;
    qint64 memberId = 0;
    int year = 0;
    CommentRequestReason reason = CommentRequestReason::Other;
    QString note;            // the request's own words (which post, which reward, …)
    QDate requestedDate;
    qint64 requestedByOrgId = 0; // the workplace organisation asking (0: not recorded)
    int rowVersion = 1;
};

FieldErrors validate(const CommentRequest &r);

// Who owes a comment for a year: a member placed in a residence cell on the
// reference day owes one unless exempt on it; an exempt member owes one only
// when it was requested.
bool needsComment(bool exemptOnReferenceDay, bool requested);

// The comment deadline of a year: `monthDay` (month and day, the year ignored) in
// `year`; 15 December when monthDay is invalid.
QDate commentDeadline(int year, const QDate &monthDay = {});

// A provincial leader assigned to follow communes (domain.md, "Provincial oversight").
struct LiaisonCadre {
    qint64 id = 0;
    QString fullName;
    QString position;      // "Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tổ chức"
    QString organisation;  // where the cadre works ("Ban Tổ chức Tỉnh ủy")
    QString phone;
    int rowVersion = 1;
};

FieldErrors validate(const LiaisonCadre &c);

// A cadre assigned to a district or a commune for a period (to: open when invalid).
struct LiaisonAssignment {
    qint64 id = 0;
    qint64 cadreId = 0;
    qint64 organisationId = 0; // a district or a commune-level committee
    QDate from;
    QDate to;
    int rowVersion = 1;

    bool coversDay(const QDate &d) const { return d >= from && (!to.isValid() || d <= to); }
};

FieldErrors validate(const LiaisonAssignment &a);

// A cadre's visit to a commune, perhaps attending a cell's meeting.
struct LiaisonVisit {
    qint64 id = 0;
    qint64 cadreId = 0;
    qint64 communeId = 0;
    qint64 cellId = 0;     // the cell visited (0: the commune's committee)
    qint64 meetingId = 0;  // the meeting attended, when it is in the records
    QDate visitDate;
    QString notes;
    int rowVersion = 1;
};

FieldErrors validate(const LiaisonVisit &v);

// A problem raised at a visit, followed until resolved.
struct LiaisonProblem {
    qint64 id = 0;
    qint64 visitId = 0;
    ProblemCategory category = ProblemCategory::Other;
    QString text;
    ProblemStatus status = ProblemStatus::Open;
    QString resolution;    // what was done
    QDate resolvedDate;    // set exactly when resolved
    int rowVersion = 1;
};

// `visitDate`: the visit's, when known, so a resolution cannot precede it.
FieldErrors validate(const LiaisonProblem &p, const QDate &visitDate = {});

} // namespace cutru
