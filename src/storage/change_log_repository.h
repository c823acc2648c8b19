#pragma once

#include "storage/database.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QStringList>

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

// Which change-log rows to read. Every criterion left empty matches everything.
struct ChangeLogFilter {
    QString actor;   // exact actor ("an.nv", "local:root", "system")
    QString table;   // exact table name ("members")
    qint64 rowId = 0; // a record id; with an empty table, that id in any table
    QDateTime from;  // UTC, inclusive; null: no lower bound
    QDateTime until; // UTC, exclusive; null: no upper bound

    bool isEmpty() const
    {
        return actor.isEmpty() && table.isEmpty() && rowId <= 0 && !from.isValid() && !until.isValid();
    }
    bool operator==(const ChangeLogFilter &) const = default;
};

// Reads the change log. The log only grows and its ids are assigned in commit
// order, so "newest first" is descending id and paging is by keyset (id < the
// last id shown), never OFFSET. Every query goes through an index:
// change_log(actor, id), change_log(table_name, row_id) and change_log(changed_at);
// a date range is first turned into the range of ids written in it (one covering
// scan of the time index), so that it combines with the other two.
class ChangeLogRepository {
public:
    explicit ChangeLogRepository(const Database &db) : db_(db) {}

    // A record's entries, oldest first.
    QList<ChangeLogEntry> forRecord(const QString &table, qint64 rowId) const;
    qint64 count() const;

    qint64 count(const ChangeLogFilter &filter) const;
    // Up to `limit` matching entries with id < beforeId (0: from the newest),
    // newest first. The next page starts before the last entry returned.
    QList<ChangeLogEntry> page(const ChangeLogFilter &filter, qint64 beforeId, int limit) const;
    // The distinct actors and table names in the log, in byte order (a loose scan
    // of the indexes: one probe per distinct value).
    QStringList actors() const;
    QStringList tables() const;

    // Names for showing entries: account full names by username, and the current
    // names of organisations and members by id. Unknown keys are left out.
    QHash<QString, QString> accountFullNames(const QStringList &usernames) const;
    QHash<qint64, QString> organisationNames(const QList<qint64> &ids) const;
    QHash<qint64, QString> memberNames(const QList<qint64> &ids) const;

private:
    struct Where;
    Where where(const ChangeLogFilter &filter, qint64 beforeId) const;
    const Database &db_;
};

} // namespace cutru::storage
