#pragma once

#include "domain/codes.h"
#include "domain/field_error.h"

#include <QDate>
#include <QString>

namespace cutru {

// One node of the party organisation tree: province → (district) → commune-level
// committee → cell, plus workplace party organisations hung under the province or
// a district. The district level is optional so that the two-tier shape (communes
// directly under the province, since 1-7-2025) is as valid as the old three-tier one.
struct Organisation {
    qint64 id = 0;
    qint64 parentId = 0; // 0 for the province
    OrgLevel level = OrgLevel::Cell;
    QString kind;        // CommuneKind / CellKind / WorkplaceType code; empty otherwise
    QString code;        // unique, stable
    QString name;
    QDate validFrom;     // when the organisation took this place in the tree
    QDate validTo;       // null while current
    int rowVersion = 1;

    bool isCurrentOn(const QDate &d) const
    {
        return (!validFrom.isValid() || validFrom <= d) && (!validTo.isValid() || d < validTo);
    }
};

// Which levels may sit directly under which.
bool canBeChildOf(OrgLevel child, OrgLevel parent);

// Field-level checks that need no database: code, name, kind for the level,
// dates in order. Uniqueness of the code and the parent rule are checked by the
// services, which see the tree.
FieldErrors validate(const Organisation &o);

} // namespace cutru
