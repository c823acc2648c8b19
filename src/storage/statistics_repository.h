#pragma once

#include "storage/database.h"

#include <QMap>
#include <QString>

namespace cutru::storage {

// The organisation overview in the shape of the source article, for one scope.
struct OverviewFigures {
    QMap<QString, int> communesByKind;          // CommuneKind code → committees
    QMap<QString, int> cellsByKind;             // CellKind code → cells under communes
    QMap<QString, int> heldByCommuneKind;       // CommuneKind code → members held in its cells
    QMap<QString, int> workingByWorkplaceType;  // WorkplaceType code → working members
    int totalMembers = 0;
    int referredActive = 0;                      // working members with an active referral
    int liaisonCadres = 0;
};

class StatisticsRepository {
public:
    explicit StatisticsRepository(const Database &db) : db_(db) {}

    // `scopePath` as in MemberQuery: empty for the whole database.
    OverviewFigures overview(const QString &scopePath) const;

private:
    const Database &db_;
};

} // namespace cutru::storage
