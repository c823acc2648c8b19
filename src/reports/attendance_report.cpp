// Attendance at the place of residence (report 3 of issue 6); the figures are
// defined in docs/reports/attendance.md and counted in one statement by
// storage::AttendanceStatistics::attendanceByGroup().
#include "reports/attendance_report.h"

#include "domain/meetings.h"
#include "services/meeting_service.h"
#include "storage/attendance_statistics.h"

#include <QCoreApplication>

namespace cutru::reports {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cutru::reports::Attendance)
};

// Which organisations the rows are, from the scope and the grouping asked. (The
// context is spelled out: lupdate files Tr::tr in here under a context "Tr".)
storage::AttendanceRows rowsFor(const ReportScope &scope, Grouping grouping)
{
    using Kind = storage::AttendanceRows::Kind;
    if (scope.level == OrgLevel::Workplace)
        throw RequestError(QCoreApplication::translate("cutru::reports::Attendance", "The attendance report follows the residence tree: choose the province, a "
                                  "district, a commune or a cell rather than %1, a workplace organisation.")
                               .arg(scope.name));
    const int depth = scope.level == OrgLevel::Province ? 0
                      : scope.level == OrgLevel::District ? 1
                      : scope.level == OrgLevel::Commune ? 2
                                                           : 3;
    switch (grouping) {
    case Grouping::Children:
        if (scope.level == OrgLevel::Cell)
            return {Kind::Itself, scope.id, scope.path, OrgLevel::Cell};
        return {Kind::ChildrenOf, scope.id, scope.path, OrgLevel::Commune};
    case Grouping::District:
        if (depth >= 1)
            throw RequestError(QCoreApplication::translate("cutru::reports::Attendance", "Rows by district need the province as the scope: %1 is not above the "
                                      "districts. Choose rows by commune or by cell, or a wider scope.")
                                   .arg(scope.name));
        // The province's districts, and the communes that sit directly under it
        // (two-tier): those have no district to be counted in.
        return {Kind::ChildrenOf, scope.id, scope.path, OrgLevel::District};
    case Grouping::Commune:
        if (depth >= 2)
            throw RequestError(QCoreApplication::translate("cutru::reports::Attendance", "Rows by commune need the province or a district as the scope: %1 is not "
                                      "above the communes. Choose rows by cell, or a wider scope.")
                                   .arg(scope.name));
        return {Kind::LevelUnder, scope.id, scope.path, OrgLevel::Commune};
    case Grouping::Cell:
        if (depth >= 3)
            throw RequestError(QCoreApplication::translate("cutru::reports::Attendance", "Rows by cell need the province, a district or a commune as the scope: %1 "
                                      "is a cell. Choose the default rows, or a wider scope.")
                                   .arg(scope.name));
        return {Kind::LevelUnder, scope.id, scope.path, OrgLevel::Cell};
    }
    return {};
}

// The periodic meetings the rules call for, dated between the days given.
QList<storage::DueMeeting> dueMeetings(const MeetingRules &rules, const QDate &from, const QDate &to)
{
    QList<storage::DueMeeting> due;
    const int perYear = rules.meetingsPerYear();
    for (int year = from.year(); from <= to && year <= to.year(); ++year) {
        const QList<QDate> dates = periodicMeetingDates(year, perYear);
        for (int i = 0; i < dates.size(); ++i)
            if (dates[i] >= from && dates[i] <= to) {
                const auto [periodFrom, periodTo] = meetingPeriod(year, perYear, i);
                due.append({dates[i], periodFrom, periodTo});
            }
    }
    return due;
}

ReportRow rowOf(const QVariantList &labels, const storage::GroupAttendance &g, int targetRate)
{
    ReportRow row;
    row.cells = labels;
    const int unmarked = g.expected - g.present - g.absentExcused - g.absentUnexcused;
    row.cells << g.meetingsDue << g.meetingsHeld << g.referred << g.expected << g.present << g.absentExcused
              << g.absentUnexcused << unmarked
              << (g.expected > 0 ? QVariant(100.0 * g.present / g.expected) : QVariant());
    // In whole numbers, so that exactly the target is not "under" it.
    row.highlighted = g.expected > 0 && qint64(g.present) * 100 < qint64(targetRate) * g.expected;
    row.level = 1;
    return row;
}

} // namespace

storage::SqlStatement attendanceReportStatement(const ReportContext &c)
{
    const QDate asOf = c.asOf();
    return storage::AttendanceStatistics::attendanceByGroupStatement(
        c.db, rowsFor(c.scope, c.grouping), c.period.from, asOf, dueMeetings(meetingRules(c.db), c.period.from, asOf));
}

Report attendanceReport(const ReportContext &c)
{
    const storage::AttendanceRows rows = rowsFor(c.scope, c.grouping);
    const MeetingRules rules = meetingRules(c.db);
    const QDate asOf = c.asOf();
    const storage::AttendanceByGroup figures = storage::AttendanceStatistics(c.db).attendanceByGroup(
        rows, c.period.from, asOf, dueMeetings(rules, c.period.from, asOf));

    Report r;
    r.title = Tr::tr("Attendance of referred members at their place of residence");
    ReportTable t;
    // Rows from all over the scope are told apart by what they belong to.
    const bool partOf = rows.kind == storage::AttendanceRows::Kind::LevelUnder;
    t.columns << ReportColumn{Tr::tr("Organisation")};
    if (partOf)
        t.columns << ReportColumn{Tr::tr("Part of")};
    t.columns << ReportColumn{Tr::tr("Meetings due"), true} << ReportColumn{Tr::tr("Meetings held"), true}
              << ReportColumn{Tr::tr("Referred members"), true} << ReportColumn{Tr::tr("Expected"), true}
              << ReportColumn{Tr::tr("Present"), true} << ReportColumn{Tr::tr("Absent with reason"), true}
              << ReportColumn{Tr::tr("Absent without reason"), true} << ReportColumn{Tr::tr("Not marked"), true}
              << ReportColumn{Tr::tr("Attendance rate"), true, true};

    ReportChart chart;
    chart.title = Tr::tr("Attendance rate");
    chart.valueAxisTitle = Tr::tr("Present ÷ expected (%)");
    chart.percent = true;
    chart.target = rules.targetRate;
    for (const storage::GroupAttendance &g : figures.rows) {
        QVariantList labels{g.name};
        if (partOf)
            labels << g.parentName;
        ReportRow row = rowOf(labels, g, rules.targetRate);
        if (g.level != OrgLevel::Cell)
            row.drillScope = g.code;
        t.rows << row;
        // A row with nobody expected has no rate: no bar rather than a false 0 %.
        if (g.expected > 0) {
            chart.categories << g.name;
            chart.values << 100.0 * g.present / g.expected;
        }
    }
    QVariantList totalLabels{Tr::tr("Total")};
    if (partOf)
        totalLabels << QString();
    ReportRow total = rowOf(totalLabels, figures.total, rules.targetRate);
    total.level = 0;
    total.total = true;
    total.emphasised = true;
    t.rows << total;

    r.tables << t;
    r.chart = chart;
    r.notes << Tr::tr("Meetings due: the periodic meetings of the rule profile (%1: %n a year) for each "
                      "residence cell with a member expected during the meeting's period.",
                      nullptr, rules.meetingsPerYear())
                   .arg(label(rules.profile))
            << Tr::tr("Attendance rate = present ÷ expected, over the held meetings; rows under the target "
                      "rate of %1 % are highlighted.")
                   .arg(rules.targetRate);
    return r;
}

} // namespace cutru::reports
