#pragma once

#include "domain/meetings.h"
#include "services/acting_user.h"
#include "services/outcome.h"
#include "storage/attendance_statistics.h"
#include "storage/database.h"

#include <QList>

namespace cutru {

// One meeting of a member's attendance history.
struct AttendanceHistoryLine {
    enum class Place {
        Expected, // on the sheet, counted
        Exempt,   // exempt that day: listed apart, not counted
        Other,    // marked without being expected (one of the cell's own members): not counted
    };
    qint64 meetingId = 0;
    QDate date;
    MeetingKind kind = MeetingKind::Periodic;
    qint64 cellId = 0;
    QString cellName;
    QString communeName;
    Place place = Place::Expected;
    std::optional<AttendanceStatus> status; // nullopt: not marked
    QString reason;
};

// A member's attendance: every held meeting where they were expected, exempt or
// marked, oldest first, and the tally over the expected ones (rate = present ÷ expected).
struct AttendanceHistory {
    QList<AttendanceHistoryLine> lines;
    AttendanceTally tally;
};

// The follow-up of meetings (docs/meetings.md), as the acting user may see it: every
// read needs ReadMembers over the organisations concerned (AccessDenied when the
// user has it nowhere), and the lists are restricted in SQL to what the user's
// grants reach — a member's alert through their residence cell or their membership
// organisation, a cell's figures through the cell.
class AttendanceQueries {
public:
    AttendanceQueries(const storage::Database &db, ActingUser user);

    // Whether the user may read attendance at all (ReadMembers somewhere).
    bool mayRead() const;
    // Whether the user's grants reach any residence cell: crowded cells and past-due
    // meetings mean nothing to a workplace officer.
    bool reachesResidenceCells() const;

    // Members absent from their latest `after` (or more) held meetings in a row; see
    // storage::AttendanceStatistics::absenceAlerts. `scopePath`: members whose
    // residence cell or membership organisation is under it (empty: everywhere).
    QList<storage::AbsenceAlert> absenceAlerts(int after, bool withReasonCount, const QDate &asOf = {},
                                               const QString &scopePath = {}) const;
    // The same with the database's alert settings.
    QList<storage::AbsenceAlert> absenceAlerts(const MeetingRules &rules, const QDate &asOf = {},
                                               const QString &scopePath = {}) const;
    // Residence cells under `scopePath` with more than `above` members expected on
    // `asOf` (active, assigned, not exempt).
    QList<storage::CrowdedCell> crowdedCells(int above, const QDate &asOf = {}, const QString &scopePath = {}) const;
    // Planned meetings dated before `asOf` and not recorded, of cells under `scopePath`.
    int pastDueCount(const QDate &asOf = {}, const QString &scopePath = {}) const;
    // Attendance by residence cell over the meetings held between the dates.
    QList<storage::CellAttendance> attendanceByCell(const QDate &from, const QDate &to,
                                                    const QString &scopePath = {}) const;
    // A member's history: needs ReadMembers over the organisation holding the
    // membership, the residence commune or cell, or a cell they were assigned to.
    AttendanceHistory historyOf(qint64 memberId) const;

private:
    storage::AttendanceFilter filter(const QString &scopePath) const;

    const storage::Database &db_;
    ActingUser user_;
};

} // namespace cutru
