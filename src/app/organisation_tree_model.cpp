#include "app/organisation_tree_model.h"

#include <QLocale>
#include <algorithm>
#include <functional>

namespace cutru {
namespace {

int groupOf(OrgLevel level)
{
    switch (level) {
    case OrgLevel::Province:
    case OrgLevel::District:
    case OrgLevel::Commune: return 0;
    case OrgLevel::Cell: return 1;
    case OrgLevel::Workplace: return 2;
    }
    return 3;
}

} // namespace

OrganisationTreeModel::OrganisationTreeModel(QObject *parent) : QAbstractItemModel(parent) {}

void OrganisationTreeModel::setTree(OrganisationTree tree)
{
    bool sameShape = tree.all().size() == tree_.all().size() && tree.roots() == tree_.roots();
    for (qsizetype i = 0; sameShape && i < tree.all().size(); ++i)
        sameShape = tree.all().at(i).id == tree_.all().at(i).id
                    && tree.all().at(i).parentId == tree_.all().at(i).parentId
                    && tree.all().at(i).name == tree_.all().at(i).name;
    if (sameShape && !tree_.all().isEmpty()) {
        tree_ = std::move(tree);
        refreshLabels();
        return;
    }
    beginResetModel();
    tree_ = std::move(tree);
    rebuildOrder();
    endResetModel();
}

void OrganisationTreeModel::rebuildOrder()
{
    children_.clear();
    rowInParent_.clear();
    // Only what is reachable from the roots: a restricted user's tree starts at its
    // own organisations.
    QList<qint64> parents{0};
    for (qsizetype next = 0; next < parents.size(); ++next) {
        const qint64 p = parents.at(next);
        QList<qint64> kids = tree_.childrenOf(p);
        parents << kids;
        if (kids.isEmpty())
            continue;
        // childrenOf() is already in name order; a stable sort keeps it within groups.
        std::stable_sort(kids.begin(), kids.end(), [this](qint64 a, qint64 b) {
            return groupOf(tree_.find(a)->level) < groupOf(tree_.find(b)->level);
        });
        for (int i = 0; i < kids.size(); ++i)
            rowInParent_.insert(kids.at(i), i);
        children_.insert(p, kids);
    }
}

void OrganisationTreeModel::refreshLabels()
{
    // Every node may have a new label; walking the tree emits one range per parent.
    std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
        const int n = rowCount(parent);
        if (n == 0)
            return;
        emit dataChanged(index(0, 0, parent), index(n - 1, 0, parent), {Qt::DisplayRole, Qt::ToolTipRole});
        for (int r = 0; r < n; ++r)
            walk(index(r, 0, parent));
    };
    walk({});
}

QModelIndex OrganisationTreeModel::indexOf(qint64 organisationId) const
{
    const Organisation *o = tree_.find(organisationId);
    if (!o || !rowInParent_.contains(organisationId))
        return {};
    return createIndex(rowInParent_.value(organisationId), 0, quintptr(organisationId));
}

qint64 OrganisationTreeModel::idOf(const QModelIndex &index)
{
    return index.isValid() ? qint64(index.internalId()) : 0;
}

QModelIndex OrganisationTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    const QList<qint64> kids = children_.value(idOf(parent));
    if (row >= kids.size())
        return {};
    return createIndex(row, 0, quintptr(kids.at(row)));
}

QModelIndex OrganisationTreeModel::parent(const QModelIndex &child) const
{
    const Organisation *o = tree_.find(idOf(child));
    if (!o || o->parentId == 0 || children_.value(0).contains(o->id))
        return {};
    return indexOf(o->parentId);
}

int OrganisationTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    auto it = children_.constFind(idOf(parent));
    return it == children_.cend() ? 0 : int(it->size());
}

int OrganisationTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QIcon OrganisationTreeModel::iconFor(OrgLevel level) const
{
    const int key = int(level);
    auto it = icons_.constFind(key);
    if (it != icons_.cend())
        return *it;
    QString file;
    switch (level) {
    case OrgLevel::Province: file = QStringLiteral("province"); break;
    case OrgLevel::District: file = QStringLiteral("district"); break;
    case OrgLevel::Commune: file = QStringLiteral("commune"); break;
    case OrgLevel::Cell: file = QStringLiteral("cell"); break;
    case OrgLevel::Workplace: file = QStringLiteral("workplace"); break;
    }
    const QIcon icon(QStringLiteral(":/icons/org-%1.svg").arg(file));
    icons_.insert(key, icon);
    return icon;
}

QVariant OrganisationTreeModel::data(const QModelIndex &index, int role) const
{
    const Organisation *o = tree_.find(idOf(index));
    if (!o)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1 (%2)").arg(o->name, QLocale().toString(tree_.memberCount(o->id)));
    case Qt::ToolTipRole: {
        const QString kind = o->kind.isEmpty() ? label(o->level) : kindLabel(o->level, o->kind);
        return tr("%1\n%2 — %Ln member(s) in its scope", nullptr, tree_.memberCount(o->id))
            .arg(tree_.breadcrumb(o->id), kind);
    }
    case Qt::DecorationRole:
        return iconFor(o->level);
    case OrganisationIdRole:
        return o->id;
    case LevelRole:
        return int(o->level);
    default:
        return {};
    }
}

} // namespace cutru
