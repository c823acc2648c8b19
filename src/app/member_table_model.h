#pragma once

#include "services/acting_user.h"
#include "storage/member_repository.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>
#include <QThread>
#include <atomic>
#include <memory>

namespace cutru {

class MemberLoader;

// The member list over a MemberQuery, smooth over a whole province: the exact
// count and 200-row windows come from a worker thread (MemberLoader, with its own
// connection), sorted in SQL; the GUI thread never runs a query. rowCount() is the
// exact count once known (0 until then); a row whose window is not loaded yet shows
// a placeholder and asks for its window once. Loaded windows are kept in a small
// LRU cache. Every setQuery()/reload() starts a new generation, and answers for an
// older one are dropped.
class MemberTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        GenderColumn,
        BirthDateColumn,
        CccdColumn,
        PartyCardColumn,
        AdmissionDateColumn,
        CellColumn,
        WorkplaceColumn,
        ResidenceColumn,
        ColumnCount
    };
    enum Role { MemberIdRole = Qt::UserRole + 1, LoadedRole };

    static constexpr int kPageSize = 200;
    static constexpr int kCachedPages = 64;
    // Windows waiting for the worker; older wishes give way to newer ones.
    static constexpr int kQueuedPages = 4;

    MemberTableModel(const QString &databasePath, const ActingUser &user, QObject *parent = nullptr);
    ~MemberTableModel() override;

    const QString &databasePath() const { return path_; }

    // Shows the members of `q` (scope, search terms, sort), from the top.
    void setQuery(const storage::MemberQuery &q);
    const storage::MemberQuery &query() const { return query_; }
    // Fetches the same query again (after a save) without emptying the view: rows
    // keep showing their old values until the fresh window arrives.
    void reload();

    bool isCountKnown() const { return countKnown_; }
    // Loaded and current (not waiting for a reload).
    bool isRowLoaded(int row) const;
    // The member shown in `row`; 0 if that row is not loaded.
    qint64 memberIdAt(int row) const;
    // The row showing `memberId` among the loaded windows; -1 if none.
    int rowOf(qint64 memberId) const;

    static storage::MemberSort sortFor(int column);
    static int columnFor(storage::MemberSort sort);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // Sorting happens in SQL: a new query in the column's order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // Headers and labels again in the current language.
    void retranslate();

signals:
    void countReady(int count);
    void windowLoaded(int firstRow, int rowCount);
    // A storage failure, as a message fit for users.
    void loadFailed(const QString &message);

private:
    struct Page {
        QList<storage::MemberRow> rows;
        quint64 lastUsed = 0;
        bool stale = false; // shown until its reload arrives
    };

    void startGeneration();
    void requestCount();
    void requestPage(int page) const;
    void dispatch() const;
    void repaintPage(int page);
    const storage::MemberRow *rowAt(int row) const;
    void onCounted(quint64 generation, int count);
    void onFetched(quint64 generation, int page, const QList<storage::MemberRow> &rows);
    void onFailed(quint64 generation, const QString &message);

    QString path_;
    storage::MemberQuery query_;
    quint64 generation_ = 0;
    std::shared_ptr<std::atomic<quint64>> latest_;
    int count_ = 0;
    bool countKnown_ = false;
    // Window cache and bookkeeping; data() is const but fills them on demand.
    mutable QHash<int, Page> pages_;
    mutable QSet<int> requested_;   // queued or being fetched, this generation
    mutable QList<int> queue_;      // not yet sent, most recent wish last
    mutable bool inFlight_ = false; // one window at a time, so the latest wish goes next
    mutable quint64 clock_ = 0;

    QThread thread_;
    MemberLoader *loader_ = nullptr; // lives in thread_
};

} // namespace cutru
