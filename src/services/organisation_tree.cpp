#include "services/organisation_tree.h"

#include "storage/organisation_repository.h"

namespace cutru {

OrganisationTree OrganisationTree::load(const storage::Database &db)
{
    storage::OrganisationRepository repo(db);
    OrganisationTree t;
    t.nodes_ = repo.all();
    const QHash<qint64, int> held = repo.heldMemberCounts();
    for (int i = 0; i < t.nodes_.size(); ++i) {
        t.index_.insert(t.nodes_[i].id, i);
        t.children_[t.nodes_[i].parentId].append(t.nodes_[i].id);
    }
    // Parents come before children in all(), so walking backwards adds every
    // subtree's total into its parent exactly once.
    for (int i = int(t.nodes_.size()) - 1; i >= 0; --i) {
        const Organisation &o = t.nodes_[i];
        const int total = t.subtreeCounts_.value(o.id) + held.value(o.id);
        t.subtreeCounts_[o.id] = total;
        if (o.parentId > 0)
            t.subtreeCounts_[o.parentId] += total;
    }
    return t;
}

const Organisation *OrganisationTree::find(qint64 id) const
{
    auto it = index_.constFind(id);
    return it == index_.cend() ? nullptr : &nodes_[*it];
}

const QList<qint64> &OrganisationTree::childrenOf(qint64 id) const
{
    static const QList<qint64> none;
    auto it = children_.constFind(id);
    return it == children_.cend() ? none : *it;
}

QString OrganisationTree::scopePath(qint64 id) const
{
    QString path = QStringLiteral("/");
    QList<qint64> chain;
    for (const Organisation *o = find(id); o; o = o->parentId > 0 ? find(o->parentId) : nullptr)
        chain.prepend(o->id);
    for (qint64 x : chain)
        path += QString::number(x) + QLatin1Char('/');
    return chain.isEmpty() ? QString() : path;
}

QString OrganisationTree::breadcrumb(qint64 id) const
{
    QStringList names;
    for (const Organisation *o = find(id); o; o = o->parentId > 0 ? find(o->parentId) : nullptr)
        names.prepend(o->name);
    return names.join(QStringLiteral(" › "));
}

void OrganisationTree::restrictRoots(const QList<qint64> &ids)
{
    QList<qint64> roots;
    for (const auto &o : nodes_) { // tree order keeps the roots in display order
        if (!ids.contains(o.id))
            continue;
        bool inside = false;
        for (qint64 other : ids)
            if (other != o.id && find(other) && scopePath(o.id).startsWith(scopePath(other)))
                inside = true;
        if (!inside)
            roots << o.id;
    }
    children_[0] = roots;
}

QList<const Organisation *> OrganisationTree::ofLevel(OrgLevel level) const
{
    QList<const Organisation *> out;
    for (const auto &o : nodes_)
        if (o.level == level)
            out.append(&o);
    return out;
}

} // namespace cutru
