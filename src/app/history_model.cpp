#include "app/history_model.h"

#include <spdlog/spdlog.h>

namespace cutru {

HistoryModel::HistoryModel(QObject *parent) : QAbstractTableModel(parent) {}

void HistoryModel::setService(const HistoryService *service)
{
    beginResetModel();
    service_ = service;
    entries_.clear();
    names_ = {};
    error_.clear();
    atEnd_ = true;
    endResetModel();
}

void HistoryModel::setFilter(const HistoryFilter &filter)
{
    filter_ = filter;
    reload();
}

void HistoryModel::reload()
{
    beginResetModel();
    entries_.clear();
    names_ = {};
    error_.clear();
    atEnd_ = service_ == nullptr;
    if (service_) {
        entries_ = readPage(0);
        atEnd_ = atEnd_ || entries_.size() < kPageSize;
    }
    endResetModel();
    if (!error_.isEmpty())
        emit errorOccurred(error_);
}

QList<HistoryEntry> HistoryModel::readPage(qint64 beforeId)
{
    QList<HistoryEntry> out;
    try {
        const QList<storage::ChangeLogEntry> raw = service_->page(filter_, beforeId, kPageSize);
        names_.merge(HistoryService::namesFor(&service_->database(), raw));
        out.reserve(raw.size());
        for (const auto &e : raw)
            out.append(HistoryService::describe(e, names_));
    } catch (const storage::StorageError &e) {
        spdlog::error("history page failed: {} ({})", e.userMessage().toStdString(), e.detail().toStdString());
        error_ = e.userMessage();
        atEnd_ = true;
    } catch (const AccessDenied &e) {
        error_ = e.userMessage();
        atEnd_ = true;
    }
    return out;
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(entries_.size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= entries_.size())
        return {};
    const HistoryEntry &h = entries_.at(index.row());
    if (role == EntryIdRole)
        return h.entry.id;
    if (role == Qt::TextAlignmentRole && index.column() == RecordColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == ChangesColumn) {
        QStringList lines;
        for (const FieldChange &c : h.changes) {
            if (h.entry.action == QLatin1String("update"))
                lines << tr("%1: %2 → %3").arg(c.label, c.oldValue, c.newValue);
            else
                lines << tr("%1: %2").arg(c.label, h.entry.action == QLatin1String("delete") ? c.oldValue : c.newValue);
        }
        return lines.join(QLatin1Char('\n'));
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case TimeColumn: return h.time;
    case UserColumn: return h.actor;
    case TableColumn: return h.table;
    case RecordColumn: return h.entry.rowId;
    case ActionColumn: return h.action;
    case ChangesColumn: return h.summary;
    default: return {};
    }
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn: return tr("Time");
    case UserColumn: return tr("User");
    case TableColumn: return tr("Table");
    case RecordColumn: return tr("Record");
    case ActionColumn: return tr("Action");
    case ChangesColumn: return tr("Changes");
    default: return {};
    }
}

bool HistoryModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && service_ && !atEnd_;
}

void HistoryModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent) || entries_.isEmpty())
        return;
    const QList<HistoryEntry> more = readPage(entries_.last().entry.id);
    if (more.size() < kPageSize)
        atEnd_ = true;
    if (!more.isEmpty()) {
        const int first = static_cast<int>(entries_.size());
        beginInsertRows({}, first, first + static_cast<int>(more.size()) - 1);
        entries_.append(more);
        endInsertRows();
    }
    if (!error_.isEmpty())
        emit errorOccurred(error_);
}

void HistoryModel::retranslate()
{
    for (HistoryEntry &h : entries_)
        h = HistoryService::describe(h.entry, names_);
    if (!entries_.isEmpty())
        emit dataChanged(index(0, 0), index(static_cast<int>(entries_.size()) - 1, ColumnCount - 1));
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

} // namespace cutru
