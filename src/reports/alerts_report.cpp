// Report 4: absence alerts and crowded cells (docs/reports/alerts.md). Both lists
// come from AttendanceQueries, which applies docs/meetings.md's definitions and the
// user's reach; this file only lays them out.
#include "domain/dates.h"
#include "reports/report_catalogue.h"
#include "services/attendance_queries.h"
#include "services/meeting_service.h"

#include <QCoreApplication>

namespace cutru::reports {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cutru::reports::Alerts)
};

QVariant capacityCell(int capacity)
{
    return capacity > 0 ? QVariant(capacity) : QVariant(); // 0: not recorded
}

} // namespace

Report alertsReport(const ReportContext &c)
{
    const MeetingRules rules = meetingRules(c.db);
    const AttendanceQueries queries(c.db, c.user);
    const QDate asOf = c.asOf();

    Report r;
    r.title = Tr::tr("Absence alerts and crowded cells");

    ReportTable alerts;
    alerts.title = Tr::tr("Absence alerts");
    alerts.subtitle = Tr::tr("As at %1").arg(displayDate(asOf));
    alerts.columns = {{Tr::tr("No."), true},
                      {Tr::tr("Member"), false},
                      {Tr::tr("Party card"), false},
                      {Tr::tr("Residence cell"), false},
                      {Tr::tr("Commune"), false},
                      {Tr::tr("Organisation holding the membership"), false},
                      {Tr::tr("Organisation code"), false},
                      {Tr::tr("Absences in a row"), true},
                      {Tr::tr("Latest meeting"), false}};
    int n = 0;
    for (const storage::AbsenceAlert &a : queries.absenceAlerts(rules, asOf, c.scope.path)) {
        ReportRow row;
        row.level = 1;
        row.cells = {++n,           a.fullName,         a.partyCardNo,      a.cellName,
                     a.communeName, a.organisationName, a.organisationCode, a.consecutive,
                     dateCell(a.lastMeeting)};
        alerts.rows.append(row);
    }
    ReportRow alertTotal;
    alertTotal.cells = {n, Tr::tr("Total"), QString(), QString(), QString(), QString(), QString(), QVariant(),
                        QString()};
    alertTotal.emphasised = alertTotal.total = true;
    alerts.rows.append(alertTotal);
    r.tables << alerts;

    ReportTable crowded;
    crowded.title = Tr::tr("Crowded cells");
    crowded.subtitle = Tr::tr("As at %1").arg(displayDate(asOf));
    crowded.columns = {{Tr::tr("No."), true},
                       {Tr::tr("Cell"), false},
                       {Tr::tr("Commune"), false},
                       {Tr::tr("Referred members expected"), true},
                       {Tr::tr("Venue"), false},
                       {Tr::tr("Capacity"), true}};
    int cells = 0, expected = 0;
    for (const storage::CrowdedCell &cell : queries.crowdedCells(rules.crowdedAbove, asOf, c.scope.path)) {
        ReportRow row;
        row.level = 1;
        row.cells = {++cells, cell.name, cell.communeName, cell.referred, cell.venue, capacityCell(cell.venueCapacity)};
        row.drillScope = cell.code;
        crowded.rows.append(row);
        expected += cell.referred;
    }
    ReportRow crowdedTotal;
    crowdedTotal.cells = {cells, Tr::tr("Total"), QString(), expected, QString(), QVariant()};
    crowdedTotal.emphasised = crowdedTotal.total = true;
    crowded.rows.append(crowdedTotal);
    r.tables << crowded;

    r.notes << (rules.absencesWithReasonCount
                    ? Tr::tr("A member is alerted after %1 or more absences in a row; absences with a reason count.")
                          .arg(rules.absenceAlertAfter)
                    : Tr::tr("A member is alerted after %1 or more absences without a reason in a row; an absence "
                             "with a reason ends the run.")
                          .arg(rules.absenceAlertAfter))
            << Tr::tr("A cell is crowded when more than %1 referred members are expected at a meeting held on %2.")
                   .arg(rules.crowdedAbove)
                   .arg(displayDate(asOf));
    return r;
}

} // namespace cutru::reports
