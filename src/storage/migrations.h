#pragma once

#include <QStringList>
#include <vector>

namespace cutru::storage {

// One step of the schema's history. Steps are applied in order, each in its own
// transaction, and never edited once released: a change is a new step.
struct Migration {
    int version;
    const char *description;
    QStringList statements;
};

const std::vector<Migration> &migrations();

// The audited tables and their columns, as of the latest schema; the change-log
// triggers are generated from this list so that they cannot miss a column.
struct AuditedTable {
    const char *name;
    QStringList columns;
    // Log an update only when one of `columns` changes (accounts: a failed sign-in
    // bumps a counter that is not worth a log row; the password hash is never logged).
    bool onlyListedColumns = false;
};

// SQL creating the three change-log triggers (insert, update, delete) of a table.
QStringList auditTriggers(const AuditedTable &table);

} // namespace cutru::storage
