// Referral coverage of working members (report 2 of issue 6); the figures are
// defined in docs/reports/coverage.md and counted in storage::CoverageStatistics.
#include "domain/codes.h"
#include "domain/dates.h"
#include "reports/report_catalogue.h"
#include "storage/coverage_statistics.h"
#include "storage/organisation_repository.h"

#include <QCoreApplication>
#include <QHash>

namespace cutru::reports {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cutru::reports::Coverage)
};

// The figures of one row, whatever it groups.
struct Figures {
    int working = 0, notReferred = 0, referred = 0, newlyReferred = 0, received = 0, assigned = 0, pending = 0,
        overdue = 0, exempt = 0;

    Figures &operator+=(const storage::WorkplaceCoverage &w)
    {
        working += w.working;
        notReferred += w.notReferred;
        referred += w.referred;
        newlyReferred += w.newlyReferred;
        received += w.received;
        assigned += w.assigned;
        pending += w.pending;
        overdue += w.overdue;
        exempt += w.exempt;
        return *this;
    }
    // received ÷ (working − not to be referred), in per cent; null with nobody to refer.
    QVariant coverage() const
    {
        const int base = working - notReferred;
        return base > 0 ? QVariant(100.0 * received / base) : QVariant();
    }
    QVariantList cells() const
    {
        return {working, notReferred, referred, newlyReferred, received, assigned, pending, overdue, exempt,
                coverage()};
    }
};

QList<ReportColumn> figureColumns()
{
    return {{Tr::tr("Working members"), true},
            {Tr::tr("Not to be referred"), true},
            {Tr::tr("Referred"), true},
            {Tr::tr("Newly referred in the period"), true},
            {Tr::tr("Received"), true},
            {Tr::tr("Assigned to a cell"), true},
            {Tr::tr("Pending"), true},
            {Tr::tr("Overdue"), true},
            {Tr::tr("Exempt"), true},
            {Tr::tr("Coverage"), true, true}};
}

ReportRow detailRow(const QVariantList &labels, const Figures &f)
{
    ReportRow row;
    row.cells = labels + f.cells();
    row.level = 1;
    return row;
}

ReportRow totalRow(int labelColumns, const Figures &f)
{
    ReportRow row;
    row.cells << Tr::tr("Total");
    for (int i = 1; i < labelColumns; ++i)
        row.cells << QString();
    row.cells << f.cells();
    row.emphasised = true;
    row.total = true;
    return row;
}

} // namespace

Report coverageReport(const ReportContext &c)
{
    const QDate asOf = c.asOf();
    // The one root of the database holds everything: no path test per member.
    const bool everything = storage::OrganisationRepository(c.db).rootPaths() == QStringList{c.scope.path};
    const QList<storage::WorkplaceCoverage> workplaces = storage::CoverageStatistics(c.db).byWorkplace(
        everything ? QString() : c.scope.path, c.period.from, asOf, asOf.addDays(-std::max(0, c.overdueDays)));

    Report r;
    r.title = Tr::tr("Referral coverage of working members");

    // By type of workplace: the eight types always, in the source's order.
    QHash<QString, Figures> byType;
    Figures total;
    for (const storage::WorkplaceCoverage &w : workplaces) {
        byType[w.kind] += w;
        total += w;
    }
    ReportTable types;
    types.title = Tr::tr("By type of workplace");
    types.columns = QList<ReportColumn>{{Tr::tr("Type of workplace")}} + figureColumns();
    ReportChart chart;
    chart.title = Tr::tr("Coverage by type of workplace");
    chart.valueAxisTitle = Tr::tr("Received ÷ working members to be referred (%)");
    chart.percent = true;
    for (WorkplaceType t : allValues<WorkplaceType>()) {
        const Figures f = byType.value(code(t));
        types.rows << detailRow({label(t)}, f);
        // A type with nobody to refer has no rate: no bar rather than a false 0 %.
        if (const QVariant v = f.coverage(); !v.isNull()) {
            chart.categories << label(t);
            chart.values << v.toDouble();
        }
    }
    types.rows << totalRow(1, total);

    // By workplace organisation: those with a working member in the report.
    ReportTable organisations;
    organisations.title = Tr::tr("By workplace organisation");
    organisations.columns =
        QList<ReportColumn>{{Tr::tr("Workplace organisation")}, {Tr::tr("Type of workplace")}} + figureColumns();
    for (const storage::WorkplaceCoverage &w : workplaces) {
        Figures f;
        f += w;
        ReportRow row = detailRow({w.name, kindLabel(OrgLevel::Workplace, w.kind)}, f);
        // Down the tree only: a workplace outside the scope (its members live here) is
        // not a part of it.
        if (w.path.startsWith(c.scope.path) && w.path != c.scope.path)
            row.drillScope = w.code;
        organisations.rows << row;
    }
    organisations.rows << totalRow(2, total);

    r.tables << types << organisations;
    r.chart = chart;
    r.notes << Tr::tr("Figures as of %1, from each working member's latest referral issued on or before that day.")
                   .arg(displayDate(asOf))
            << Tr::tr("Overdue: not received more than %n day(s) after the letter was issued.", nullptr, c.overdueDays)
            << Tr::tr("Coverage = received ÷ (working members − not to be referred).");
    return r;
}

} // namespace cutru::reports
