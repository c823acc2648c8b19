#pragma once

#include "reports/report_table.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

namespace cutru {

// One ReportTable on screen. Numbers stay numbers under SortRole (counts as
// integers, rates as doubles, "n/a" below every number), so that sorting is
// numeric; the display shows them in the locale's format, percentages with one
// decimal and "%". Emphasised rows (headings, totals) are bold, highlighted rows
// tinted, level-1 rows indented.
class ReportTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Role {
        SortRole = Qt::UserRole + 1, // the raw value: int, double, QString, or null
        TotalRole,                   // bool: the totals row
        DrillScopeRole,              // QString: the organisation code the row opens
    };

    explicit ReportTableModel(QObject *parent = nullptr);

    void setTable(const reports::ReportTable &table);
    const reports::ReportTable &table() const { return table_; }
    const reports::ReportRow &reportRow(int row) const { return table_.rows.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "85.5%", "1,234", "–" for n/a: how a cell is shown (also what tests compare).
    static QString displayText(const QVariant &value, const reports::ReportColumn &column);

private:
    reports::ReportTable table_;
};

// Sorts a ReportTableModel by SortRole, numbers as numbers and text in the
// locale's order, and keeps the totals rows at the bottom in either direction.
class ReportSortProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit ReportSortProxy(QObject *parent = nullptr);

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
};

} // namespace cutru
