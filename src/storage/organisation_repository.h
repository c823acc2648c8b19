#pragma once

#include "domain/organisation.h"
#include "storage/database.h"

#include <QHash>
#include <QList>
#include <QSqlQuery>
#include <optional>

namespace cutru::storage {

// Organisations and their placement history. Each row keeps a materialised path
// ("/1/7/42/") so that "everything under X" is an index range, not a recursion.
class OrganisationRepository {
public:
    explicit OrganisationRepository(const Database &db);

    // Inserts `o` under its parent (or as the province), filling id; also opens its
    // first placement period. Must run inside a Transaction.
    void insert(Organisation &o);
    // Changes the name (and its sort key) and the kind of `o` when its row_version is
    // still o.rowVersion, raising it; the current placement period (the one not ended)
    // takes the new name too, so that the history shows it from the start of that period.
    // Level, parent, code and dates stay. Returns false when the row changed meanwhile
    // or is gone. Must run inside a Transaction.
    bool update(Organisation &o);
    std::optional<Organisation> byId(qint64 id) const;
    std::optional<Organisation> byCode(const QString &code) const;
    // The whole tree, parents before children, siblings in Vietnamese name order.
    QList<Organisation> all() const;
    bool codeExists(const QString &code, qint64 exceptId = 0) const;
    // The path of an organisation ("/1/7/42/"), empty if unknown.
    QString pathOf(qint64 id) const;
    // The paths of the top-level organisations (normally the one province).
    QStringList rootPaths() const;
    // Members holding membership directly in each organisation.
    QHash<qint64, int> heldMemberCounts() const;

private:
    const Database &db_;
    // Prepared on the first insert (on a server each is a round trip), then reused.
    struct InsertStatements {
        QSqlQuery organisation, placement, setPath;
    };
    std::optional<InsertStatements> inserts_;
};

} // namespace cutru::storage
