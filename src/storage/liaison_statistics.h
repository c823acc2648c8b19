#pragma once

#include "storage/database.h"

#include <QDate>
#include <QList>
#include <QString>

// The provincial liaison cadres' visits (domain.md, "Provincial oversight") counted
// for the liaison report; docs/reports/liaison.md defines the figures.
namespace cutru::storage {

// One cadre's visits to one commune in a period.
struct LiaisonActivity {
    qint64 cadreId = 0;
    QString cadreName;
    QString position;
    qint64 communeId = 0;
    QString communeCode;
    QString communeName;
    int visits = 0;
    int atMeetings = 0; // visits that attended a cell meeting
    int problems = 0;   // problems raised at those visits (a visit may raise several)
    int resolved = 0;   // of those, resolved on or before the day asked
};

class LiaisonStatistics {
public:
    explicit LiaisonStatistics(const Database &db);

    // Visits dated between `from` and `to` (inclusive) to communes under `scopePath`
    // (empty: everywhere), per cadre and commune: cadres in the order they were
    // recorded, communes in tree order. A problem counts as resolved when its status is
    // resolved with a resolution date on or before `resolvedBy`.
    QList<LiaisonActivity> activity(const QDate &from, const QDate &to, const QDate &resolvedBy,
                                    const QString &scopePath) const;

private:
    const Database &db_;
};

} // namespace cutru::storage
