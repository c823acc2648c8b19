#pragma once

#include "reports/report_table.h"

#include <QString>

namespace cutru::reports {

// The report as an Excel workbook (libxlsxwriter): one sheet per report, the title
// and period above the table, numbers as numbers (percentages as numbers with a
// percent format), a bold frozen header row, column widths fitted to the text; a
// report of several tables puts them one under another with their own header
// rows. Written beside `path` and renamed into place when complete. Returns false
// and sets `*error` to a translated message naming the file on failure.
bool writeReportXlsx(const Report &report, const QString &path, QString *error = nullptr);

} // namespace cutru::reports
