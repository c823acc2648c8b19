#pragma once

#include "domain/codes.h"
#include "storage/database.h"

#include <QDate>
#include <QList>
#include <QStringList>
#include <QVariant>
#include <optional>

// Read-only attendance figures over many cells or members, for the follow-up of
// meetings (docs/meetings.md): absence alerts, crowded cells, past-due meetings,
// attendance by cell, and the meetings of one member's history. Who is expected at
// a meeting is worked out in SQL with the rule of domain sheetPlace(): assigned to
// the cell on or before the meeting date, the referral not ended on or before it,
// not exempt on it.
namespace cutru::storage {

// What a list covers. `scopePath`: only what lies under that organisation (empty:
// the whole database). `visibleUnder`: set by the services from the user's roles,
// only what lies under one of these paths (nullopt: no restriction).
struct AttendanceFilter {
    QString scopePath;
    std::optional<QStringList> visibleUnder;
};

// A member absent from their latest `consecutive` held meetings in a row.
struct AbsenceAlert {
    qint64 memberId = 0;
    QString fullName;
    QString partyCardNo;
    qint64 cellId = 0; // the residence cell of the member's active referral
    QString cellCode;
    QString cellName;
    QString communeName;
    qint64 organisationId = 0; // the organisation holding the membership: to be told
    QString organisationCode;
    QString organisationName;
    int consecutive = 0;
    QDate lastMeeting; // the latest of those meetings
};

// A residence cell with more expected members than its venue can seat.
struct CrowdedCell {
    qint64 cellId = 0;
    QString code;
    QString name;
    QString communeName;
    int referred = 0;     // active, assigned, not exempt, as of the date asked
    QString venue;        // of the cell's latest meeting with a venue named
    int venueCapacity = 0; // 0: not recorded
};

// One cell's attendance over the held meetings of a period.
struct CellAttendance {
    qint64 cellId = 0;
    QString code;
    QString name;
    QString communeName;
    int meetings = 0;
    int expected = 0; // summed over the meetings
    int present = 0;
    int absentExcused = 0;
    int absentUnexcused = 0;
    int unmarked() const { return expected - present - absentExcused - absentUnexcused; }
};

// Which organisations are the rows of an attendance report (docs/reports/attendance.md).
struct AttendanceRows {
    enum class Kind {
        ChildrenOf, // the districts, communes and residence cells directly under `organisationId`
        LevelUnder, // every commune (level Commune) or residence cell (level Cell) under `path`
        Itself,     // `organisationId` alone
    };
    Kind kind = Kind::ChildrenOf;
    qint64 organisationId = 0;
    QString path;
    OrgLevel level = OrgLevel::Commune;
};

// A periodic meeting the rules call for: its date and the period it stands for.
struct DueMeeting {
    QDate date;
    QDate periodFrom;
    QDate periodTo;
};

// One row of the attendance report: an organisation and the residence cells under it.
struct GroupAttendance {
    qint64 id = 0; // 0: the totals of all rows
    QString code;
    QString name;
    OrgLevel level = OrgLevel::Commune;
    QString parentName;
    int meetingsDue = 0;
    int meetingsHeld = 0;
    int referred = 0; // distinct members (the totals count a member in two rows once)
    int expected = 0;
    int present = 0;
    int absentExcused = 0;
    int absentUnexcused = 0;
};

struct AttendanceByGroup {
    QList<GroupAttendance> rows;
    GroupAttendance total;
};

// A statement and its positional values, in order.
struct SqlStatement {
    QString text;
    QVariantList values;

    // Text and values built together so that they stay in the same order.
    SqlStatement &add(const QString &part)
    {
        text += part;
        return *this;
    }
    SqlStatement &add(const QString &part, const QVariantList &bound)
    {
        text += part;
        values << bound;
        return *this;
    }
};

// A held meeting that may concern a member: one of a cell they were ever assigned
// to, or one where they are marked. The services decide where they stood.
struct MemberMeeting {
    qint64 meetingId = 0;
    QDate date;
    MeetingKind kind = MeetingKind::Periodic;
    qint64 cellId = 0;
    QString cellName;
    QString communeName;
    std::optional<AttendanceStatus> status; // nullopt: not marked
    QString reason;
};

class AttendanceStatistics {
public:
    explicit AttendanceStatistics(const Database &db);

    // Members with a referral assigned to a cell on or before `asOf`, not ended on or
    // before it and not exempt on it (as a sheet of that day would expect them), whose latest marks on held meetings up to `asOf` (where they were
    // expected) are `after` or more absences in a row: unexcused ones, and excused ones
    // too when `withReasonCount`. A present mark (or an excused absence that does not
    // count) ends the run; expected meetings without a mark are passed over. A member
    // is in the filter when their residence cell or their membership organisation is.
    // Longest runs first, then by cell and name.
    QList<AbsenceAlert> absenceAlerts(int after, bool withReasonCount, const QDate &asOf,
                                      const AttendanceFilter &filter) const;
    // Residence cells (in the filter) with more than `above` members expected on
    // `asOf`: most first.
    QList<CrowdedCell> crowdedCells(int above, const QDate &asOf, const AttendanceFilter &filter) const;
    // Meetings still planned (not held) and dated before `asOf`, of cells in the filter.
    int pastDueCount(const QDate &asOf, const AttendanceFilter &filter) const;
    // Residence cells (in the filter) that held meetings between the dates (inclusive),
    // in tree order.
    QList<CellAttendance> attendanceByCell(const QDate &from, const QDate &to, const AttendanceFilter &filter) const;
    // The attendance report in one statement: for each row organisation, over the
    // village and residential-group cells under it and the days `from`–`to`: the `due`
    // meetings (each counted for a cell with a member expected on at least one day of
    // its period, up to `to`), the held meetings, the distinct members assigned on at
    // least one day, and the expected/present/absent tallies of attendanceByCell().
    AttendanceByGroup attendanceByGroup(const AttendanceRows &rows, const QDate &from, const QDate &to,
                                        const QList<DueMeeting> &due) const;
    // The statement attendanceByGroup() runs, for measuring it beside the sqlite3 shell.
    // `db` only chooses the dialect.
    static SqlStatement attendanceByGroupStatement(const Database &db, const AttendanceRows &rows, const QDate &from,
                                                   const QDate &to, const QList<DueMeeting> &due);
    // Held meetings of the cells `memberId` was ever assigned to, and held meetings
    // where they are marked, by date.
    QList<MemberMeeting> meetingsOfMember(qint64 memberId) const;
    // Whether any village or residential-group cell lies under one of `paths` (a
    // workplace officer's grants reach none).
    bool anyResidenceCellUnder(const QStringList &paths) const;

private:
    const Database &db_;
};

// domain sheetPlace()'s "Expected" as an SQL condition, for other statistics that
// count who a residence cell has (annual comments due): referral alias `referral`
// places its member among the expected of a meeting of `cell` on `day` (SQL
// expressions; a `day` of "?" is bound four times).
QString expectedOnSheetSql(const QString &referral, const QString &cell, const QString &day);

} // namespace cutru::storage
