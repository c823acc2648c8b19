#pragma once

#include "reports/report_catalogue.h"
#include "storage/attendance_statistics.h"

namespace cutru::reports {

// The one SQL statement attendanceReport() runs for this context, with its values:
// cutru-bench runs the same text in the sqlite3 shell to compare the two. Throws
// RequestError as attendanceReport() does (a workplace scope, a grouping at or above
// the scope's level).
storage::SqlStatement attendanceReportStatement(const ReportContext &c);

} // namespace cutru::reports
