#pragma once

#include "reports/report_table.h"

#include <QByteArray>

namespace cutru::reports {

// RFC 4180 CSV in UTF-8 with a byte-order mark, so that Excel shows Vietnamese
// correctly; numbers are written unformatted.
QByteArray toCsv(const ReportTable &table);

} // namespace cutru::reports
