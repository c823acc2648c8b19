#pragma once

#include "services/history_service.h"

#include <QAbstractTableModel>
#include <QList>

namespace cutru {

// The change log for the History view, newest first, a page of 200 entries at a
// time: the view asks for more (canFetchMore / fetchMore) as it scrolls towards
// the end, and each page continues before the last entry loaded (keyset paging:
// nothing skipped or shown twice while others write). Pages are read on the GUI
// thread's connection; with the log's indexes a page takes milliseconds.
class HistoryModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { TimeColumn, UserColumn, TableColumn, RecordColumn, ActionColumn, ChangesColumn, ColumnCount };
    enum Role { EntryIdRole = Qt::UserRole + 1 };

    static constexpr int kPageSize = 200;

    explicit HistoryModel(QObject *parent = nullptr);

    // Empties the model; setFilter() reads. Null: nothing to read. The service must
    // outlive its use here.
    void setService(const HistoryService *service);
    // Shows `filter` from the newest entry; the first page is read at once.
    void setFilter(const HistoryFilter &filter);
    const HistoryFilter &filter() const { return filter_; }
    // Reads the first page of the same filter again.
    void reload();

    const HistoryEntry &entry(int row) const { return entries_.at(row); }
    bool isComplete() const { return atEnd_; }
    // The last read's failure (user message); empty when it went well.
    const QString &error() const { return error_; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // Texts again in the current language (from the entries already read).
    void retranslate();

signals:
    void errorOccurred(const QString &message);

private:
    QList<HistoryEntry> readPage(qint64 beforeId);

    const HistoryService *service_ = nullptr;
    HistoryFilter filter_;
    QList<HistoryEntry> entries_;
    HistoryNames names_; // every name read so far, for retranslation
    bool atEnd_ = true;
    QString error_;
};

} // namespace cutru
