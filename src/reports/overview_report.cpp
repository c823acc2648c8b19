#include "reports/overview_report.h"

#include "domain/codes.h"
#include "storage/statistics_repository.h"

#include <QCoreApplication>

namespace cutru::reports {

static QString tr(const char *s) { return QCoreApplication::translate("cutru::reports::Overview", s); }

ReportTable overviewReport(const storage::Database &db, const QString &scopePath, const QString &scopeName)
{
    const storage::OverviewFigures f = storage::StatisticsRepository(db).overview(scopePath);
    ReportTable t;
    t.title = tr("Organisation overview");
    t.subtitle = scopeName;
    t.columns = {{tr("Item"), false}, {tr("Number"), true}};

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

    heading(tr("Commune-level party committees"), sum(f.communesByKind));
    for (CommuneKind k : allValues<CommuneKind>())
        if (f.communesByKind.contains(code(k)))
            detail(label(k), f.communesByKind.value(code(k)));

    heading(tr("Cells under commune-level committees"), sum(f.cellsByKind));
    for (CellKind k : allValues<CellKind>())
        detail(label(k), f.cellsByKind.value(code(k)));

    heading(tr("Party members"), f.totalMembers);
    detail(tr("Held in communes"), f.heldByCommuneKind.value(code(CommuneKind::Commune))
                                       + f.heldByCommuneKind.value(code(CommuneKind::SpecialZone)));
    detail(tr("Held in wards and townships"), f.heldByCommuneKind.value(code(CommuneKind::Ward))
                                                  + f.heldByCommuneKind.value(code(CommuneKind::Township)));
    detail(tr("Working members (in workplace party organisations)"), sum(f.workingByWorkplaceType));

    heading(tr("Working members by type of workplace"), sum(f.workingByWorkplaceType));
    for (WorkplaceType k : allValues<WorkplaceType>())
        detail(label(k), f.workingByWorkplaceType.value(code(k)));

    heading(tr("Working members with an active referral"), f.referredActive);
    heading(tr("Provincial liaison cadres"), f.liaisonCadres);
    return t;
}

} // namespace cutru::reports
