#pragma once

#include <QStringList>
#include <vector>

namespace cutru::storage {

// One step of the schema's history. Steps are applied in order, each in its own
// transaction, and never edited once released: a change is a new step.
struct Migration {
    int version;
    const char *description;
    QStringList statements;         // SQLite
    QStringList postgresStatements; // PostgreSQL (see postgresBaseline())
};

const std::vector<Migration> &migrations();

// PostgreSQL databases begin at the version where the server became supported
// (kFirstPostgresVersion): that step creates the whole schema of that version at once
// (tables, the server-side change-log triggers, search, row-level security); the steps
// before it have nothing to do on the server. Every later step carries both dialects.
inline constexpr int kFirstPostgresVersion = 7;
QStringList postgresBaseline();

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

// Every audited table with its columns as of the latest version: what the server's
// change-log triggers are built from. A step that changes an audited table's columns
// updates this list (and recreates that table's triggers on both engines).
const std::vector<AuditedTable> &auditedTables();

} // namespace cutru::storage
