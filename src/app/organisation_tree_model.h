#pragma once

#include "services/organisation_tree.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QIcon>

namespace cutru {

// The organisation tree as the scope selector: province → (district) → commune →
// cell, with workplace organisations (and their cells) under their parent. Each
// node reads "Name (members in its subtree)". Within a parent, districts and
// communes come first, then cells, then workplace organisations, each group in
// Vietnamese name order.
class OrganisationTreeModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Role { OrganisationIdRole = Qt::UserRole + 1, LevelRole };

    explicit OrganisationTreeModel(QObject *parent = nullptr);

    // Replaces the tree. When only the counts changed (same organisations), the view
    // keeps its expansion and selection.
    void setTree(OrganisationTree tree);
    const OrganisationTree &tree() const { return tree_; }

    QModelIndex indexOf(qint64 organisationId) const;
    static qint64 idOf(const QModelIndex &index);
    // Labels again in the current language and number format.
    void refreshLabels();

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    void rebuildOrder();
    QIcon iconFor(OrgLevel level) const;

    OrganisationTree tree_;
    QHash<qint64, QList<qint64>> children_; // display order
    QHash<qint64, int> rowInParent_;
    mutable QHash<int, QIcon> icons_;
};

} // namespace cutru
