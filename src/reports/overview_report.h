#pragma once

#include "reports/report_table.h"
#include "storage/database.h"
#include "storage/statistics_repository.h"

namespace cutru::reports {

// Organisation overview in the shape of the source article: commune-level
// committees by kind, cells by kind, members held in communes and in
// wards/townships, and working members by the eight workplace types.
ReportTable overviewReport(const storage::Database &db, const QString &scopePath, const QString &scopeName);
// The same from figures already read (the GUI also charts them).
ReportTable overviewReport(const storage::OverviewFigures &figures, const QString &scopeName);

} // namespace cutru::reports
