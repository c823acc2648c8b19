#pragma once

#include "domain/meetings.h"
#include "services/acting_user.h"
#include "services/outcome.h"
#include "storage/database.h"
#include "storage/meeting_repository.h"

#include <QList>
#include <QMap>
#include <optional>

namespace cutru {

// The rule profile, alert settings and target attendance rate of a database
// (defaults when unset); anyone may read them. MeetingService::rules() returns the same.
MeetingRules meetingRules(const storage::Database &db);

// One line of an attendance sheet.
struct SheetLine {
    qint64 memberId = 0;
    qint64 referralId = 0; // 0: one of the cell's own members, added by the secretary
    QString fullName;
    QString partyCardNo;
    QString workplaceName; // the organisation holding the membership (to tell it of absences)
    std::optional<AttendanceStatus> status; // nullopt: not marked
    QString reason;
    std::optional<ExemptionReason> exemptionReason; // exempt lines
};

// A meeting's attendance sheet (domain.md step 3): the members whose referral to the
// cell is active on the meeting's date (MeetingRules' sheetPlace), the exempt ones
// apart, and the cell's own members the secretary added. Each list in name order.
struct AttendanceSheet {
    Meeting meeting;
    QString cellName;
    QString cellCode;
    QString communeName;
    QList<SheetLine> expected;   // counted
    QList<SheetLine> ownMembers; // listed, not counted
    QList<SheetLine> exempt;     // listed apart, not counted, not marked
    AttendanceTally tally() const;
};

// What planning a year did.
struct PlanResult {
    SaveOutcome outcome;
    int cells = 0;    // residence cells in the scope
    int created = 0;  // meetings created
    int existing = 0; // periods that already had a periodic meeting
};

// Meetings and attendance: the residence cell's daily work. Reads need the right to
// read the cell's members (AccessDenied otherwise); writes need ManageMeetings or
// RecordAttendance over the cell (planning a year: PlanMeetings over the scope) and
// are one transaction each.
class MeetingService {
public:
    MeetingService(storage::Database &db, ActingUser user);

    // The rule profile and alert settings of this database (defaults when unset).
    MeetingRules rules() const;
    // Provincial board only.
    SaveOutcome setRules(const MeetingRules &rules);

    // Creates (id 0) or changes a meeting of a village or residential-group cell.
    // A meeting changed by someone else meanwhile is Stale.
    SaveOutcome save(Meeting &meeting);
    // Deletes a meeting that has no attendance recorded.
    SaveOutcome remove(qint64 meetingId);
    // The year's periodic meetings for every residence cell under `scopeOrgId` (a
    // commune, a district or the province), as many as the rule profile asks, each in
    // its period (periodicMeetingDates), skipping periods that already have one; the
    // venue of the cell's latest meeting is copied. Planning twice creates nothing new.
    PlanResult planYear(qint64 scopeOrgId, int year);

    QList<Meeting> meetingsOf(qint64 cellId, const QDate &from = {}, const QDate &to = {}) const;
    // Planned meetings dated before `asOf` and still not recorded, under the scope
    // (0: everything the user may read), by date.
    QList<Meeting> pastDue(const QDate &asOf, qint64 scopeOrgId = 0) const;

    AttendanceSheet sheet(qint64 meetingId) const;
    // The cell's own members, to add to a sheet.
    QList<storage::ListedMember> cellMembers(qint64 cellId) const;

    // Saves a sheet in one transaction: `marks` hold every marked member (expected
    // ones and the cell's own members); marks of others are removed; the meeting is
    // recorded as held with `guests` residents and guests. `meetingRowVersion` is the
    // version the sheet was read at: Stale when someone saved the meeting meanwhile.
    SaveOutcome record(qint64 meetingId, const QList<Attendance> &marks, int guests, int meetingRowVersion);
    // Adds or changes marks without removing others (imports: the same file twice
    // changes nothing the second time). Members not on the sheet are refused by name.
    SaveOutcome mergeMarks(qint64 meetingId, const QList<Attendance> &marks);
    // mergeMarks for several meetings in one transaction: every meeting's marks are
    // written, or none (the first refusal is returned, its messages naming the meeting).
    SaveOutcome mergeMarks(const QMap<qint64, QList<Attendance>> &marksByMeeting);

private:
    QString pathOf(qint64 organisationId) const;
    // The sheet of a meeting already read and checked; the cell's and commune's names
    // only when `withNames` (saving needs the lines alone: each read is a round trip on
    // a server).
    AttendanceSheet sheetOf(const Meeting &m, bool withNames) const;
    SaveOutcome writeMarks(qint64 meetingId, const QList<Attendance> &marks, bool replace, int guests,
                           int meetingRowVersion);
    SaveOutcome writeMarksIn(qint64 meetingId, const QList<Attendance> &marks, bool replace, int guests,
                             int meetingRowVersion);
    storage::Database &db_;
    ActingUser user_;
};

} // namespace cutru
