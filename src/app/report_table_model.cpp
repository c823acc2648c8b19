#include "app/report_table_model.h"

#include "domain/dates.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>
#include <limits>

namespace cutru {

ReportTableModel::ReportTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void ReportTableModel::setTable(const reports::ReportTable &table)
{
    beginResetModel();
    table_ = table;
    endResetModel();
}

int ReportTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(table_.rows.size());
}

int ReportTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(table_.columns.size());
}

QString ReportTableModel::displayText(const QVariant &value, const reports::ReportColumn &column)
{
    if (!value.isValid() || value.isNull())
        return column.numeric || column.percent ? QStringLiteral("–") : QString();
    const QLocale locale;
    if (column.percent)
        return locale.toString(value.toDouble(), 'f', 1) + QLatin1Char('%');
    if (value.typeId() == QMetaType::QDate)
        return displayDate(value.toDate());
    if (column.numeric) {
        if (value.typeId() == QMetaType::Double || value.typeId() == QMetaType::Float)
            return locale.toString(value.toDouble(), 'f', 1);
        return locale.toString(value.toLongLong());
    }
    return value.toString();
}

QVariant ReportTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= table_.rows.size() || index.column() >= table_.columns.size())
        return {};
    const reports::ReportRow &row = table_.rows.at(index.row());
    const reports::ReportColumn &column = table_.columns.at(index.column());
    const QVariant value = index.column() < row.cells.size() ? row.cells.at(index.column()) : QVariant();
    switch (role) {
    case Qt::DisplayRole: {
        QString text = displayText(value, column);
        // Detail rows sit under their heading: indented in the first column.
        if (index.column() == 0 && row.level > 0)
            text.prepend(QString(2 * row.level, QChar(0x2003)));
        return text;
    }
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(column.numeric || column.percent ? Qt::AlignRight | Qt::AlignVCenter
                                                                    : Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::FontRole:
        if (row.emphasised || row.total) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::BackgroundRole:
        if (row.highlighted)
            return QBrush(QColor(0xff, 0xe0, 0xb2)); // a light amber: worth a look, not an error
        return {};
    case Qt::ToolTipRole:
        if (!row.drillScope.isEmpty())
            return tr("Double-click or press Enter to show this report for %1.").arg(row.cells.value(0).toString());
        return {};
    case SortRole:
        return value;
    case TotalRole:
        return row.total;
    case DrillScopeRole:
        return row.drillScope;
    default:
        return {};
    }
}

QVariant ReportTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= table_.columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    const reports::ReportColumn &column = table_.columns.at(section);
    if (role == Qt::DisplayRole)
        return column.header;
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(column.numeric || column.percent ? Qt::AlignRight | Qt::AlignVCenter
                                                                    : Qt::AlignLeft | Qt::AlignVCenter);
    return {};
}

ReportSortProxy::ReportSortProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(ReportTableModel::SortRole);
}

bool ReportSortProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    // The totals row stays last whichever way the column is sorted: in descending
    // order the view puts the "smaller" rows last, so a total must be smaller then.
    const bool leftTotal = left.data(ReportTableModel::TotalRole).toBool();
    const bool rightTotal = right.data(ReportTableModel::TotalRole).toBool();
    if (leftTotal != rightTotal)
        return leftTotal ? sortOrder() == Qt::DescendingOrder : sortOrder() == Qt::AscendingOrder;
    if (leftTotal)
        return left.row() < right.row();

    const QVariant a = left.data(ReportTableModel::SortRole);
    const QVariant b = right.data(ReportTableModel::SortRole);
    const bool aNull = !a.isValid() || a.isNull();
    const bool bNull = !b.isValid() || b.isNull();
    if (aNull || bNull)
        return aNull && !bNull; // "n/a" below every number
    const auto isNumber = [](const QVariant &v) {
        switch (v.typeId()) {
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::LongLong:
        case QMetaType::ULongLong:
        case QMetaType::Double:
        case QMetaType::Float:
            return true;
        default:
            return false;
        }
    };
    if (isNumber(a) && isNumber(b))
        return a.toDouble() < b.toDouble();
    if (a.typeId() == QMetaType::QDate || b.typeId() == QMetaType::QDate) // a missing date sorts first
        return a.toDate() < b.toDate();
    return QString::localeAwareCompare(a.toString(), b.toString()) < 0;
}

} // namespace cutru
