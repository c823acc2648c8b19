#include "reports/overview_report.h"

#include "domain/dates.h"
#include "reports/report_catalogue.h"

#include "domain/codes.h"
#include "storage/statistics_repository.h"

#include <QCoreApplication>

namespace cutru::reports {

// The context is declared, not passed, so that lupdate files the strings under it
// (a free tr() would land in the enclosing namespace's or class's context).
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cutru::reports::Overview)
};
} // namespace

ReportTable overviewReport(const storage::Database &db, const QString &scopePath, const QString &scopeName)
{
    return overviewReport(storage::StatisticsRepository(db).overview(scopePath), scopeName);
}

ReportTable overviewReport(const storage::OverviewFigures &f, const QString &scopeName)
{
    ReportTable t;
    t.title = Tr::tr("Organisation overview");
    t.subtitle = scopeName;
    t.columns = {{Tr::tr("Item"), false}, {Tr::tr("Number"), true}};

    auto heading = [&t](const QString &label, int value) {
        t.rows.append({{label, value}, 0, true});
    };
    auto detail = [&t](const QString &label, int value) { t.rows.append({{label, value}, 1, false}); };
    auto sum = [](const QMap<QString, int> &m) {
        int s = 0;
        for (int v : m)
            s += v;
        return s;
    };

    heading(Tr::tr("Commune-level party committees"), sum(f.communesByKind));
    for (CommuneKind k : allValues<CommuneKind>())
        if (f.communesByKind.contains(code(k)))
            detail(label(k), f.communesByKind.value(code(k)));

    heading(Tr::tr("Cells under commune-level committees"), sum(f.cellsByKind));
    for (CellKind k : allValues<CellKind>())
        detail(label(k), f.cellsByKind.value(code(k)));

    heading(Tr::tr("Party members"), f.totalMembers);
    detail(Tr::tr("Held in communes"), f.heldByCommuneKind.value(code(CommuneKind::Commune))
                                       + f.heldByCommuneKind.value(code(CommuneKind::SpecialZone)));
    detail(Tr::tr("Held in wards and townships"), f.heldByCommuneKind.value(code(CommuneKind::Ward))
                                                  + f.heldByCommuneKind.value(code(CommuneKind::Township)));
    detail(Tr::tr("Working members (in workplace party organisations)"), sum(f.workingByWorkplaceType));

    heading(Tr::tr("Working members by type of workplace"), sum(f.workingByWorkplaceType));
    for (WorkplaceType k : allValues<WorkplaceType>())
        detail(label(k), f.workingByWorkplaceType.value(code(k)));

    heading(Tr::tr("Working members with an active referral"), f.referredActive);
    heading(Tr::tr("Provincial liaison cadres"), f.liaisonCadres);
    return t;
}

Report overviewReport(const ReportContext &c)
{
    Report r;
    r.title = Tr::tr("Organisation overview");
    ReportTable t = overviewReport(c.db, c.scope.path, c.scope.name);
    t.title.clear();
    t.subtitle.clear();
    r.tables << t;
    // A snapshot: the tree and the members as they stand on the day of the report.
    r.periodLabel = Tr::tr("As at %1").arg(displayDate(c.today));
    return r;
}

} // namespace cutru::reports
