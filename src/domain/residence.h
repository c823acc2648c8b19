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

struct AnnualComment {
    qint64 id = 0;
    qint64 memberId = 0;
    qint64 referralId = 0;
    int year = 0;
    QString text;
    QDate writtenDate;
    QDate sentDate;      // sent to the workplace organisation
    QDate receivedDate;  // acknowledged by the workplace organisation
    int rowVersion = 1;
};

FieldErrors validate(const AnnualComment &c);

struct LiaisonCadre {
    qint64 id = 0;
    QString fullName;
    QString position;
    QString phone;
    qint64 assignedOrgId = 0; // district or commune the cadre follows
    int rowVersion = 1;
};

FieldErrors validate(const LiaisonCadre &c);

struct LiaisonVisit {
    qint64 id = 0;
    qint64 cadreId = 0;
    qint64 communeId = 0;
    qint64 meetingId = 0;  // the meeting attended, if any
    QDate visitDate;
    QString problems;
    bool resolved = false;
    QDate resolvedDate;
    QString notes;
    int rowVersion = 1;
};

FieldErrors validate(const LiaisonVisit &v);

} // namespace cutru
