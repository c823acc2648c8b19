#pragma once

#include "domain/codes.h"
#include "domain/residence.h"

#include <QDate>
#include <QList>
#include <optional>

// The rules of residence meetings: how often cells meet (the rule profile), who a
// meeting's attendance sheet expects, and how attendance is counted. Defined once
// here; docs/meetings.md says the same in words.
namespace cutru {

struct MeetingRules {
    static constexpr int kDefaultPerYear76 = 4;     // quarterly, until the province sets otherwise
    static constexpr int kDefaultAbsenceAlert = 2;  // consecutive absences
    static constexpr int kDefaultVenueCapacity = 150; // the source: cells of 150–200 had no venue
    static constexpr int kDefaultTargetRate = 80;     // per cent: the source's 80–90 % attendance

    MeetingRuleProfile profile = MeetingRuleProfile::Regulation213;
    int perYear76 = kDefaultPerYear76; // Regulation 76: meetings a year, as set by the province (1–12)
    int absenceAlertAfter = kDefaultAbsenceAlert;
    bool absencesWithReasonCount = false; // whether excused absences count towards the alert
    int crowdedAbove = kDefaultVenueCapacity; // a cell whose referred members exceed this is crowded
    int targetRate = kDefaultTargetRate; // attendance report: rows under this rate (1–100 %) are highlighted

    // Regulation 213: every 6 months, i.e. 2 a year.
    int meetingsPerYear() const { return profile == MeetingRuleProfile::Regulation213 ? 2 : perYear76; }
};

FieldErrors validate(const MeetingRules &rules);

// The dates of a year's periodic meetings: evenly spaced months, the first in
// February (after Tết, as in the source), on the 15th. Each date opens a period that
// runs to the next one (the last to the year's end): a cell that already has a
// periodic meeting in a period is not given another.
QList<QDate> periodicMeetingDates(int year, int perYear);
// The period [first, last] of `periodicMeetingDates(year, perYear)[index]`.
QPair<QDate, QDate> meetingPeriod(int year, int perYear, int index);

// Where a member stands on the attendance sheet of a meeting of `cellId` on
// `meetingDate`, from their referral:
// - Expected: assigned to the cell on or before the meeting date, the referral not
//   ended on or before it, not exempt on that date;
// - Exempt: the same, but exempt on that date (listed apart, not counted);
// - NotListed: otherwise (another cell, assigned after the meeting, ended).
enum class SheetPlace { Expected, Exempt, NotListed };
SheetPlace sheetPlace(const Referral &r, qint64 cellId, const QDate &meetingDate);

// One meeting's (or many meetings') attendance, counted over the expected members:
// rate = present ÷ expected. Exempt members and members not yet assigned on the date
// are not expected; excused absences are reported separately; expected members not
// marked are "unmarked" (counted as expected, not as present). The cell's own members
// whom the secretary adds are listed but not counted.
struct AttendanceTally {
    int expected = 0;
    int present = 0;
    int absentExcused = 0;
    int absentUnexcused = 0;
    int unmarked = 0;
    int exempt = 0;
    std::optional<double> rate() const; // nullopt when nobody is expected
    void add(std::optional<AttendanceStatus> mark);
    AttendanceTally &operator+=(const AttendanceTally &other);
};

// Agenda items as stored (comma-separated codes), and back; unknown codes are dropped.
QList<AgendaItem> agendaItemsFromCodes(const QString &codes);
QString agendaCodes(const QList<AgendaItem> &items);

} // namespace cutru
