// The provincial board's list of liaison problems not yet resolved, oldest visit first
// (docs/reports/open-problems.md).
#include "domain/dates.h"
#include "reports/report_catalogue.h"
#include "services/outcome.h"
#include "storage/liaison_repository.h"

#include <QCoreApplication>

namespace cutru::reports {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cutru::reports::OpenProblems)
};
} // namespace

Report openProblemsReport(const ReportContext &c)
{
    // Reading members over the scope is not enough: liaison records are the provincial
    // board's, the auditor's and the commune offices' (their own communes).
    if (!c.user.may(Action::ReadLiaison, {c.scope.path}))
        throw AccessDenied(refusalMessage(Action::ReadLiaison));
    Report r;
    r.title = Tr::tr("Open problems");
    ReportTable t;
    t.columns = {{Tr::tr("Visit date"), false}, {Tr::tr("Days open"), true}, {Tr::tr("District"), false},
                 {Tr::tr("Commune"), false},    {Tr::tr("Cell"), false},     {Tr::tr("Liaison cadre"), false},
                 {Tr::tr("Category"), false},   {Tr::tr("Problem"), false},  {Tr::tr("Status"), false}};
    storage::OpenProblemFilter filter;
    if (!c.scope.path.isEmpty())
        filter.scopePaths = {c.scope.path};
    const QList<storage::OpenProblemRow> rows = storage::LiaisonRepository(c.db).openProblems(filter, c.today);
    for (const storage::OpenProblemRow &p : rows) {
        ReportRow row;
        row.level = 1;
        row.cells = {dateCell(p.visitDate), p.daysOpen,       p.districtName,         p.communeName,
                     p.cellName,            p.cadreName,      label(p.problem.category), p.problem.text,
                     label(p.problem.status)};
        row.drillScope = p.communeCode;
        t.rows.append(row);
    }
    r.tables << t;
    r.notes << Tr::tr("Problems raised at liaison cadres' visits to communes under the scope and not resolved on %1 "
                      "(open or being resolved), the oldest visit first; days open are counted from the visit. "
                      "Problems listed: %2.")
                   .arg(displayDate(c.today))
                   .arg(rows.size());
    return r;
}

} // namespace cutru::reports
