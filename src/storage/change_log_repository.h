#pragma once

#include "storage/database.h"

#include <QDateTime>
#include <QList>

namespace cutru::storage {

// One row of the append-only change log written by the triggers.
struct ChangeLogEntry {
    qint64 id = 0;
    QDateTime changedAt; // UTC
    QString actor;
    QString table;
    qint64 rowId = 0;
    QString action;    // insert / update / delete
    QString oldValues; // JSON object, empty for inserts
    QString newValues; // JSON object, empty for deletes
};

class ChangeLogRepository {
public:
    explicit ChangeLogRepository(const Database &db) : db_(db) {}

    QList<ChangeLogEntry> forRecord(const QString &table, qint64 rowId) const;
    qint64 count() const;

private:
    const Database &db_;
};

} // namespace cutru::storage
