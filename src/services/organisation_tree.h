#pragma once

#include "domain/organisation.h"
#include "storage/database.h"

#include <QHash>
#include <QList>

namespace cutru {

// The organisation tree held in memory (a province has a few thousand nodes), with
// member counts per subtree. Used by the scope selector and the member form.
class OrganisationTree {
public:
    static OrganisationTree load(const storage::Database &db);

    const QList<Organisation> &all() const { return nodes_; }
    const Organisation *find(qint64 id) const;
    const QList<qint64> &childrenOf(qint64 id) const;
    QList<qint64> roots() const { return childrenOf(0); }
    // Members holding membership anywhere under `id` (inclusive).
    int memberCount(qint64 id) const { return subtreeCounts_.value(id); }
    // "/1/7/42/": the scope path of `id`, as storage's queries expect.
    QString scopePath(qint64 id) const;
    // "Tỉnh ủy Thái Bình › Huyện ủy Thái Thụy › Đảng bộ xã Thái Giang"
    QString breadcrumb(qint64 id) const;
    // Shows only these subtrees at the top (a restricted user's organisations, those
    // inside another one dropped); find(), breadcrumb() and ofLevel() still know every
    // organisation, since names are not personal data and forms need them.
    void restrictRoots(const QList<qint64> &ids);
    // Organisations of a level, in tree order.
    QList<const Organisation *> ofLevel(OrgLevel level) const;

private:
    QList<Organisation> nodes_;
    QHash<qint64, int> index_;
    QHash<qint64, QList<qint64>> children_;
    QHash<qint64, int> subtreeCounts_;
};

} // namespace cutru
