#pragma once

#include <QList>
#include <QString>
#include <QVariant>

namespace cutru::reports {

// The one table abstraction every report produces and every renderer (screen,
// CSV, later PDF and XLSX) consumes. Cells hold numbers as numbers.
struct ReportColumn {
    QString header;
    bool numeric = false;
};

struct ReportRow {
    QVariantList cells;
    int level = 0;       // indentation: 0 = section heading / total, 1 = detail
    bool emphasised = false;
};

struct ReportTable {
    QString title;
    QString subtitle;
    QList<ReportColumn> columns;
    QList<ReportRow> rows;
};

} // namespace cutru::reports
