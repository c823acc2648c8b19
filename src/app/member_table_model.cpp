#include "app/member_table_model.h"

#include "app/member_loader.h"
#include "domain/codes.h"

#include <QBrush>
#include <QPalette>
#include <QGuiApplication>
#include <algorithm>
#include <limits>

namespace cutru {
namespace {

QString shownDate(const QDate &d)
{
    return d.isValid() ? d.toString(QStringLiteral("dd/MM/yyyy")) : QString();
}

QString genderLabel(const QString &codeText)
{
    const auto g = fromCode<Gender>(codeText);
    return g ? label(*g) : codeText;
}

constexpr storage::MemberSort kSortOfColumn[] = {
    storage::MemberSort::Name,      storage::MemberSort::Gender,        storage::MemberSort::BirthDate,
    storage::MemberSort::Cccd,      storage::MemberSort::PartyCard,     storage::MemberSort::AdmissionDate,
    storage::MemberSort::Cell,      storage::MemberSort::Workplace,     storage::MemberSort::Residence,
};
static_assert(std::size(kSortOfColumn) == MemberTableModel::ColumnCount);

} // namespace

MemberTableModel::MemberTableModel(const QString &databasePath, const ActingUser &user, QObject *parent)
    : QAbstractTableModel(parent), path_(databasePath), latest_(std::make_shared<std::atomic<quint64>>(0))
{
    loader_ = new MemberLoader(path_, user, latest_);
    loader_->moveToThread(&thread_);
    connect(loader_, &MemberLoader::counted, this, &MemberTableModel::onCounted);
    connect(loader_, &MemberLoader::fetched, this, &MemberTableModel::onFetched);
    connect(loader_, &MemberLoader::failed, this, &MemberTableModel::onFailed);
    thread_.setObjectName(QStringLiteral("member-loader"));
    thread_.start();
}

MemberTableModel::~MemberTableModel()
{
    // Requests still queued are skipped; the connection closes in its own thread.
    latest_->store(std::numeric_limits<quint64>::max());
    QMetaObject::invokeMethod(loader_, [l = loader_] { l->close(); }, Qt::BlockingQueuedConnection);
    thread_.quit();
    thread_.wait();
    delete loader_;
}

void MemberTableModel::startGeneration()
{
    ++generation_;
    latest_->store(generation_);
    requested_.clear();
    queue_.clear();
    inFlight_ = false; // an older window still being read is dropped when it arrives
}

void MemberTableModel::requestCount()
{
    QMetaObject::invokeMethod(
        loader_, [l = loader_, q = query_, g = generation_] { l->count(q, g); }, Qt::QueuedConnection);
}

// Dragging the scroll bar across 100,000 rows asks for many windows in passing.
// Only a few wishes are kept, newest first: the rows the user stopped at load next,
// not after every window scrolled past.
void MemberTableModel::requestPage(int page) const
{
    if (requested_.contains(page)) {
        if (queue_.removeOne(page))
            queue_.append(page);
        return;
    }
    requested_.insert(page);
    queue_.append(page);
    while (queue_.size() > kQueuedPages) {
        const int dropped = queue_.takeFirst();
        requested_.remove(dropped);
        // Should that window still be on screen, a repaint asks for it again. data()
        // is const, signals are not: the cache is the model's own mutable state.
        auto *self = const_cast<MemberTableModel *>(this);
        QMetaObject::invokeMethod(self, [self, dropped] { self->repaintPage(dropped); }, Qt::QueuedConnection);
    }
    dispatch();
}

void MemberTableModel::dispatch() const
{
    if (inFlight_ || queue_.isEmpty())
        return;
    const int page = queue_.takeLast();
    inFlight_ = true;
    QMetaObject::invokeMethod(
        loader_, [l = loader_, q = query_, g = generation_, page] { l->fetch(q, g, page, kPageSize); },
        Qt::QueuedConnection);
}

void MemberTableModel::repaintPage(int page)
{
    const int first = page * kPageSize;
    const int last = std::min(first + kPageSize, count_) - 1;
    if (last >= first && !requested_.contains(page))
        emit dataChanged(index(first, 0), index(last, ColumnCount - 1), {Qt::DisplayRole});
}

void MemberTableModel::setQuery(const storage::MemberQuery &q)
{
    beginResetModel();
    query_ = q;
    startGeneration();
    pages_.clear();
    count_ = 0;
    countKnown_ = false;
    endResetModel();
    requestCount();
    // The first window is wanted in any case; asking now saves a round trip.
    requestPage(0);
}

void MemberTableModel::reload()
{
    startGeneration();
    for (Page &p : pages_)
        p.stale = true;
    countKnown_ = false;
    requestCount();
}

const storage::MemberRow *MemberTableModel::rowAt(int row) const
{
    if (row < 0 || row >= count_)
        return nullptr;
    auto it = pages_.find(row / kPageSize);
    if (it == pages_.end())
        return nullptr;
    const int inPage = row % kPageSize;
    return inPage < it->rows.size() ? &it->rows.at(inPage) : nullptr;
}

bool MemberTableModel::isRowLoaded(int row) const
{
    auto it = pages_.constFind(row / kPageSize);
    return it != pages_.cend() && !it->stale && rowAt(row) != nullptr;
}

qint64 MemberTableModel::memberIdAt(int row) const
{
    return isRowLoaded(row) ? rowAt(row)->id : 0;
}

int MemberTableModel::rowOf(qint64 memberId) const
{
    for (auto it = pages_.cbegin(); it != pages_.cend(); ++it)
        for (int i = 0; i < it->rows.size(); ++i)
            if (it->rows.at(i).id == memberId && !it->stale)
                return it.key() * kPageSize + i;
    return -1;
}

storage::MemberSort MemberTableModel::sortFor(int column)
{
    return column >= 0 && column < ColumnCount ? kSortOfColumn[column] : storage::MemberSort::Name;
}

int MemberTableModel::columnFor(storage::MemberSort sort)
{
    for (int c = 0; c < ColumnCount; ++c)
        if (kSortOfColumn[c] == sort)
            return c;
    return NameColumn;
}

int MemberTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count_;
}

int MemberTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MemberTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= count_)
        return {};
    const int page = index.row() / kPageSize;
    auto it = pages_.find(page);
    if (it == pages_.end() || it->stale)
        requestPage(page);
    else
        it->lastUsed = ++clock_;

    const storage::MemberRow *r = rowAt(index.row());
    if (role == LoadedRole)
        return isRowLoaded(index.row());
    if (!r) {
        if (role == Qt::DisplayRole && index.column() == NameColumn)
            return QStringLiteral("…");
        if (role == Qt::ForegroundRole)
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    }
    switch (role) {
    case MemberIdRole:
        return r->id;
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn: return r->fullName;
        case GenderColumn: return genderLabel(r->gender);
        case BirthDateColumn: return shownDate(r->birthDate);
        case CccdColumn: return r->cccd;
        case PartyCardColumn: return r->partyCardNo;
        case AdmissionDateColumn: return shownDate(r->admissionDate);
        case CellColumn: return r->cellName;
        case WorkplaceColumn: return r->workplace;
        case ResidenceColumn: return r->residenceName;
        default: return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == CellColumn || index.column() == WorkplaceColumn || index.column() == ResidenceColumn)
            return data(index, Qt::DisplayRole);
        return {};
    default:
        return {};
    }
}

QVariant MemberTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn: return tr("Full name");
    case GenderColumn: return tr("Gender");
    case BirthDateColumn: return tr("Date of birth");
    case CccdColumn: return tr("CCCD");
    case PartyCardColumn: return tr("Party card no.");
    case AdmissionDateColumn: return tr("Admission date");
    case CellColumn: return tr("Cell / organisation");
    case WorkplaceColumn: return tr("Workplace");
    case ResidenceColumn: return tr("Residence (commune)");
    default: return {};
    }
}

void MemberTableModel::sort(int column, Qt::SortOrder order)
{
    storage::MemberQuery q = query_;
    q.sort = sortFor(column);
    q.descending = order == Qt::DescendingOrder;
    if (!(q == query_))
        setQuery(q);
}

void MemberTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (count_ > 0)
        emit dataChanged(index(0, GenderColumn), index(count_ - 1, GenderColumn), {Qt::DisplayRole});
}

void MemberTableModel::onCounted(quint64 generation, int count)
{
    if (generation != generation_)
        return;
    const int shown = count_;
    if (count > shown) {
        beginInsertRows({}, shown, count - 1);
        count_ = count;
        endInsertRows();
    } else if (count < shown) {
        beginRemoveRows({}, count, shown - 1);
        count_ = count;
        endRemoveRows();
    }
    countKnown_ = true;
    // After a reload the views still show stale windows: asking them to repaint
    // makes data() request the fresh windows of exactly the rows on screen.
    const int kept = std::min(shown, count);
    if (kept > 0)
        emit dataChanged(index(0, 0), index(kept - 1, ColumnCount - 1));
    emit countReady(count);
}

void MemberTableModel::onFetched(quint64 generation, int page, const QList<storage::MemberRow> &rows)
{
    if (generation != generation_)
        return;
    requested_.remove(page);
    inFlight_ = false;
    pages_.insert(page, Page{rows, ++clock_, false});
    while (pages_.size() > kCachedPages) {
        auto oldest = pages_.end();
        for (auto it = pages_.begin(); it != pages_.end(); ++it)
            if (it.key() != page && (oldest == pages_.end() || it->lastUsed < oldest->lastUsed))
                oldest = it;
        pages_.erase(oldest);
    }
    const int first = page * kPageSize;
    const int n = std::min<int>(int(rows.size()), count_ - first);
    if (n > 0)
        emit dataChanged(index(first, 0), index(first + n - 1, ColumnCount - 1));
    emit windowLoaded(first, std::max(n, 0));
    dispatch();
}

void MemberTableModel::onFailed(quint64 generation, const QString &message)
{
    if (generation != generation_)
        return;
    // Failed windows stay marked as requested: retrying on every repaint would only
    // repeat the failure. reload() or a new query tries again.
    inFlight_ = false;
    queue_.clear();
    emit loadFailed(message);
}

} // namespace cutru
