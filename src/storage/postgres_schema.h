#pragma once

// Internal to the storage layer: the PostgreSQL schema at kFirstPostgresVersion
// (see migrations.h), in two parts.

#include <QStringList>

namespace cutru::storage {

// Tables, indexes and checks equal to the SQLite schema of that version (same tables,
// columns and rules; identity ids, text compared byte by byte as SQLite does),
// schema_version, the append-only change log written by server-side triggers, and the
// member search index.
QStringList postgresTables();

struct AuditedTable;
// The server's change-log triggers of one table (insert, update, delete), all calling
// cutru_log_change() with the audited columns as arguments. A later step that changes
// a table's columns drops and recreates them with this.
QStringList postgresAuditTriggers(const AuditedTable &table);

// Group roles, privileges and row-level security: every account is a database role,
// and each table shows and accepts only rows of the organisations that role may see.
QStringList postgresSecurity();

} // namespace cutru::storage
