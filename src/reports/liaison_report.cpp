// Report 7: the provincial liaison cadres' visits per cadre and commune
// (docs/reports/liaison.md).
#include "domain/dates.h"
#include "reports/report_catalogue.h"
#include "storage/liaison_statistics.h"

#include <QCoreApplication>

namespace cutru::reports {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cutru::reports::Liaison)
};
} // namespace

Report liaisonReport(const ReportContext &c)
{
    Report r;
    r.title = Tr::tr("Liaison activity");
    ReportTable t;
    t.columns = {{Tr::tr("Liaison cadre"), false},  {Tr::tr("Position"), false},
                 {Tr::tr("Commune"), false},        {Tr::tr("Visits"), true},
                 {Tr::tr("At a meeting"), true},    {Tr::tr("Problems raised"), true},
                 {Tr::tr("Resolved"), true},        {Tr::tr("Still open"), true}};
    // Problems count as resolved by the end of the period (or today, if sooner), so
    // that a past period's report keeps its figures.
    const QDate resolvedBy = c.asOf();
    int visits = 0, atMeetings = 0, problems = 0, resolved = 0;
    for (const storage::LiaisonActivity &a :
         storage::LiaisonStatistics(c.db).activity(c.period.from, c.period.to, resolvedBy, c.scope.path)) {
        ReportRow row;
        row.level = 1;
        row.cells = {a.cadreName, a.position,  a.communeName, a.visits,
                     a.atMeetings, a.problems, a.resolved,    a.problems - a.resolved};
        row.drillScope = a.communeCode;
        t.rows.append(row);
        visits += a.visits;
        atMeetings += a.atMeetings;
        problems += a.problems;
        resolved += a.resolved;
    }
    ReportRow total;
    total.cells = {Tr::tr("Total"), QString(), QString(), visits, atMeetings, problems, resolved, problems - resolved};
    total.emphasised = total.total = true;
    t.rows.append(total);
    r.tables << t;
    r.notes << Tr::tr("Visits dated within the period to communes under the scope. Problems raised counts the problems "
                      "recorded at those visits (a visit may raise several); a problem counts as resolved when it was "
                      "resolved on or before %1; still open = problems raised − resolved.")
                   .arg(displayDate(resolvedBy));
    return r;
}

} // namespace cutru::reports
