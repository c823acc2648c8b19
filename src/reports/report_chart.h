#pragma once

#include "reports/report_table.h"

class QChart;

namespace cutru::reports {

// The report's chart as a Qt Charts chart (bars, the value axis 0–100 % for
// rates, the target as a line): shown by the Reports section in a QChartView and
// drawn on its own page of the PDF. Needs a QApplication (nullptr without one)
// and the application's main thread. The caller owns it.
QChart *makeChart(const ReportChart &chart);

} // namespace cutru::reports
