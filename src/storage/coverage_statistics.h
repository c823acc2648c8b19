#pragma once

#include "storage/database.h"

#include <QDate>
#include <QList>
#include <QString>

// Referral coverage of working members (docs/reports/coverage.md), counted in SQL
// per workplace party organisation.
namespace cutru::storage {

// One workplace party organisation's working members in the report and where their
// referrals stood on the day asked.
struct WorkplaceCoverage {
    qint64 id = 0;
    QString code;
    QString name;
    QString kind; // WorkplaceType code
    QString path;
    int working = 0;       // working members in the report
    int notReferred = 0;   // Guideline 33 "not to be referred", not referred on the day
    int referred = 0;      // latest referral issued on or before the day, not ended on or before it
    int newlyReferred = 0; // a letter issued in the period
    int received = 0;      // referred, received on or before the day
    int assigned = 0;      // referred, assigned to a residence cell on or before the day
    int pending = 0;       // referred, not received on the day
    int overdue = 0;       // pending, issued before the overdue cut-off
    int exempt = 0;        // referred, exempt on the day
};

class CoverageStatistics {
public:
    explicit CoverageStatistics(const Database &db) : db_(db) {}

    // Workplace organisations with at least one working member in the report, in name
    // order. A working member holds membership in a workplace organisation or in one of
    // its cells; they are in the report when the membership organisation, the residence
    // commune or cell, or the receiving commune or assigned cell of their latest
    // referral lies under `scopePath` (empty: everyone). Figures as of `asOf`;
    // "newly referred": a letter issued between `from` and `asOf`; "overdue": pending
    // and issued before `overdueBefore`.
    QList<WorkplaceCoverage> byWorkplace(const QString &scopePath, const QDate &from, const QDate &asOf,
                                         const QDate &overdueBefore) const;

private:
    const Database &db_;
};

} // namespace cutru::storage
