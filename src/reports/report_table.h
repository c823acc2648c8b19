#pragma once

#include "domain/codes.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <optional>

namespace cutru::reports {

// The one table abstraction every report produces and every renderer (screen,
// CSV, PDF, XLSX) consumes. Cells hold numbers as numbers: int for counts,
// double for percentages (a column marked `percent`), null for "not applicable".
struct ReportColumn {
    QString header;
    bool numeric = false;
    bool percent = false; // a double 0–100, shown with one decimal and "%"
};

struct ReportRow {
    QVariantList cells;
    int level = 0;            // indentation: 0 = section heading / total, 1 = detail
    bool emphasised = false;  // bold: a section heading or a total
    bool total = false;       // the totals row (renderers keep it last and bold)
    bool highlighted = false; // worth a look (e.g. a rate under the target): tinted
    QString drillScope = {};  // the organisation code this row opens one level down; empty: none
};

struct ReportTable {
    QString title;    // the section's title (empty for a one-table report)
    QString subtitle;
    QList<ReportColumn> columns;
    QList<ReportRow> rows;
};

// A date in a cell: a QDate (sorted as a date, an Excel date in XLSX, dd/MM/yyyy
// on screen and paper), or null when there is none.
inline QVariant dateCell(const QDate &d)
{
    return d.isValid() ? QVariant(d) : QVariant();
}

// A bar chart where a picture says more than the table: one bar per category.
struct ReportChart {
    QString title;
    QString valueAxisTitle;
    QStringList categories;
    QList<double> values;
    bool percent = false;          // the axis runs 0–100 %
    std::optional<double> target;  // a reference line (the target rate)
};

// A computed report: what the screen shows and every renderer writes.
struct Report {
    QString name;         // the catalogue name: "attendance"
    QString title;        // "Attendance of referred members at their place of residence" (translated)
    QString scopeCode;    // the organisation the report covers
    QString scopeName;    // "Đảng bộ tỉnh Thái Bình"
    OrgLevel scopeLevel = OrgLevel::Province;
    QString periodLabel;  // "Year 2012" (translated); empty for a snapshot
    QList<ReportTable> tables; // one or more sections
    std::optional<ReportChart> chart;
    QStringList notes;    // definitions or caveats printed under the table
};

} // namespace cutru::reports
