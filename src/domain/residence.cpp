#include "domain/residence.h"

#include <QCoreApplication>
#include <algorithm>

namespace cutru {

// The context is declared, not passed, so that lupdate files the strings under it
// (a free tr() would land in the enclosing namespace's or class's context).
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cutru::Residence)
};
} // namespace

static void add(FieldErrors &errors, const char *field, const QString &msg)
{
    errors.append({QString::fromLatin1(field), msg});
}

ReferralState Referral::state() const
{
    if (endedDate.isValid())
        return ReferralState::Ended;
    if (assignedCellId > 0)
        return ReferralState::Assigned;
    if (receivedDate.isValid())
        return ReferralState::Received;
    return ReferralState::Issued;
}

FieldErrors validate(const Referral &r)
{
    FieldErrors e;
    if (r.memberId <= 0)
        add(e, "memberId", Tr::tr("Choose the member to refer."));
    if (r.issuingOrgId <= 0)
        add(e, "issuingOrgId", Tr::tr("Choose the issuing party organisation."));
    if (!r.issueDate.isValid())
        add(e, "issueDate", Tr::tr("The issue date is required."));
    if (r.letterNo <= 0 || r.letterYear <= 0)
        add(e, "letterNo", Tr::tr("The letter needs a number and a year."));
    if (r.toCommuneId == 0 && r.externalCommittee.trimmed().isEmpty())
        add(e, "toCommuneId", Tr::tr("Choose the receiving commune, or name the committee outside the province."));
    if (r.receivedDate.isValid() && r.issueDate.isValid() && r.receivedDate < r.issueDate)
        add(e, "receivedDate", Tr::tr("A referral cannot be received before it was issued."));
    if (r.assignedCellId > 0 && !r.receivedDate.isValid())
        add(e, "assignedCellId", Tr::tr("A referral is received before it is assigned to a cell."));
    if (r.assignedCellId > 0 && r.isExternal())
        add(e, "assignedCellId", Tr::tr("A referral outside the province is not assigned to a cell here."));
    if (r.assignedDate.isValid() && r.receivedDate.isValid() && r.assignedDate < r.receivedDate)
        add(e, "assignedDate", Tr::tr("A member is assigned to a cell on or after reception."));
    if (r.exempt && !r.exemptionReason)
        add(e, "exemptionReason", Tr::tr("Give the Guideline 33 reason for the exemption."));
    if (r.exemptFrom.isValid() && r.exemptTo.isValid() && r.exemptTo < r.exemptFrom)
        add(e, "exemptTo", Tr::tr("The exemption ends before it starts."));
    if (r.endedDate.isValid() && !r.endReason)
        add(e, "endReason", Tr::tr("Give the reason the referral ended."));
    if (r.endReason == ReferralEndReason::Other && r.endNote.trimmed().isEmpty())
        add(e, "endNote", Tr::tr("Describe the reason in a note."));
    if (r.endedDate.isValid() && r.issueDate.isValid() && r.endedDate < r.issueDate)
        add(e, "endedDate", Tr::tr("A referral cannot end before it was issued."));
    return e;
}

FieldErrors validate(const Meeting &m)
{
    FieldErrors e;
    if (m.cellId <= 0)
        add(e, "cellId", Tr::tr("Choose the cell holding the meeting."));
    if (!m.date.isValid())
        add(e, "date", Tr::tr("The meeting date is required."));
    if (m.venueCapacity < 0)
        add(e, "venueCapacity", Tr::tr("The capacity cannot be negative."));
    if (m.guests < 0)
        add(e, "guests", Tr::tr("The number of guests cannot be negative."));
    return e;
}

FieldErrors validate(const Attendance &a)
{
    FieldErrors e;
    if (a.meetingId <= 0)
        add(e, "meetingId", Tr::tr("The attendance belongs to a meeting."));
    if (a.memberId <= 0)
        add(e, "memberId", Tr::tr("The attendance names a member."));
    if (a.status == AttendanceStatus::AbsentExcused && a.reason.trimmed().isEmpty())
        add(e, "reason", Tr::tr("An excused absence needs its reason."));
    return e;
}

CommentState AnnualComment::state() const
{
    if (receivedDate.isValid())
        return CommentState::Received;
    if (sentDate.isValid())
        return CommentState::Sent;
    if (signedDate.isValid())
        return CommentState::Signed;
    return CommentState::Draft;
}

FieldErrors validate(const AnnualComment &c)
{
    FieldErrors e;
    if (c.memberId <= 0)
        add(e, "memberId", Tr::tr("The comment names a member."));
    if (c.year < 1990 || c.year > 2100)
        add(e, "year", Tr::tr("The comment's year is out of range."));
    if (c.meetingsHeld < 0 || c.meetingsAttended < 0 || c.meetingsExcused < 0
        || c.meetingsAttended + c.meetingsExcused > c.meetingsHeld)
        add(e, "meetingsAttended", Tr::tr("The meetings attended and excused cannot exceed the meetings held."));
    if (!c.draftedDate.isValid())
        add(e, "draftedDate", Tr::tr("The date the comment was drafted is required."));
    if (c.signedDate.isValid()) {
        if (c.draftedDate.isValid() && c.signedDate < c.draftedDate)
            add(e, "signedDate", Tr::tr("A comment is signed on or after the day it was drafted."));
        const std::pair<const char *, const QString *> points[] = {
            {"citizenConduct", &c.citizenConduct},
            {"meetingParticipation", &c.meetingParticipation},
            {"communityRelations", &c.communityRelations},
        };
        for (const auto &[field, text] : points)
            if (text->trimmed().isEmpty())
                add(e, field, Tr::tr("Write this point before signing."));
        if (!c.conclusion)
            add(e, "conclusion", Tr::tr("Choose the conclusion before signing."));
        if (c.signedBy.trimmed().isEmpty())
            add(e, "signedBy", Tr::tr("Name who signs for the cell committee."));
    }
    if (c.sentDate.isValid() && !c.signedDate.isValid())
        add(e, "sentDate", Tr::tr("A comment is sent after it is signed."));
    else if (c.sentDate.isValid() && c.sentDate < c.signedDate)
        add(e, "sentDate", Tr::tr("A comment is sent on or after the day it was signed."));
    if (c.receivedDate.isValid() && !c.sentDate.isValid())
        add(e, "receivedDate", Tr::tr("A comment is received after it is sent."));
    else if (c.receivedDate.isValid() && c.receivedDate < c.sentDate)
        add(e, "receivedDate", Tr::tr("A comment is received after it is sent."));
    return e;
}

FieldErrors validate(const CommentRequest &r)
{
    FieldErrors e;
    if (r.memberId <= 0)
        add(e, "memberId", Tr::tr("The request names a member."));
    if (r.year < 1990 || r.year > 2100)
        add(e, "year", Tr::tr("The request's year is out of range."));
    if (!r.requestedDate.isValid())
        add(e, "requestedDate", Tr::tr("The date of the request is required."));
    if (r.reason == CommentRequestReason::Other && r.note.trimmed().isEmpty())
        add(e, "note", Tr::tr("Say why the comment is requested."));
    return e;
}

bool needsComment(bool exemptOnReferenceDay, bool requested)
{
    return !exemptOnReferenceDay || requested;
}

QDate commentDeadline(int year, const QDate &monthDay)
{
    if (!monthDay.isValid())
        return QDate(year, 12, 15);
    // 29 February in a common year falls back to the 28th.
    const QDate d(year, monthDay.month(), 1);
    return QDate(year, monthDay.month(), std::min(monthDay.day(), d.daysInMonth()));
}

FieldErrors validate(const LiaisonCadre &c)
{
    FieldErrors e;
    if (c.fullName.trimmed().isEmpty())
        add(e, "fullName", Tr::tr("The cadre's name is required."));
    return e;
}

FieldErrors validate(const LiaisonAssignment &a)
{
    FieldErrors e;
    if (a.cadreId <= 0)
        add(e, "cadreId", Tr::tr("Choose the liaison cadre."));
    if (a.organisationId <= 0)
        add(e, "organisationId", Tr::tr("Choose the district or commune assigned."));
    if (!a.from.isValid())
        add(e, "from", Tr::tr("The first day of the assignment is required."));
    else if (a.to.isValid() && a.to < a.from)
        add(e, "to", Tr::tr("An assignment ends on or after the day it begins."));
    return e;
}

FieldErrors validate(const LiaisonVisit &v)
{
    FieldErrors e;
    if (v.cadreId <= 0)
        add(e, "cadreId", Tr::tr("Choose the liaison cadre."));
    if (v.communeId <= 0)
        add(e, "communeId", Tr::tr("Choose the commune visited."));
    if (!v.visitDate.isValid())
        add(e, "visitDate", Tr::tr("The visit date is required."));
    return e;
}

FieldErrors validate(const LiaisonProblem &p, const QDate &visitDate)
{
    FieldErrors e;
    if (p.text.trimmed().isEmpty())
        add(e, "text", Tr::tr("Describe the problem."));
    if (p.status == ProblemStatus::Resolved) {
        if (!p.resolvedDate.isValid())
            add(e, "resolvedDate", Tr::tr("The date the problem was resolved is required."));
        else if (visitDate.isValid() && p.resolvedDate < visitDate)
            add(e, "resolvedDate", Tr::tr("A problem is resolved after the visit that raised it."));
        if (p.resolution.trimmed().isEmpty())
            add(e, "resolution", Tr::tr("Say how the problem was resolved."));
    } else if (p.resolvedDate.isValid()) {
        add(e, "resolvedDate", Tr::tr("Only a resolved problem has a resolution date."));
    }
    return e;
}

} // namespace cutru
