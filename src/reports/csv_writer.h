#pragma once

#include "reports/report_table.h"

#include <QByteArray>

namespace cutru::reports {

// RFC 4180 CSV in UTF-8 with a byte-order mark, so that Excel shows Vietnamese
// correctly; numbers are written unformatted.
QByteArray toCsv(const ReportTable &table);

// A whole report: each table as above (one byte-order mark at the start), a
// table with a title preceded by a line holding only its title, tables
// separated by an empty line. Percentages are written as the 0–100 numbers the
// report holds, "not applicable" as an empty field.
QByteArray toCsv(const Report &report);

} // namespace cutru::reports
