#pragma once

#include "storage/database.h"

#include <QDate>
#include <QSqlQuery>
#include <QVariant>

// Small helpers shared by the repositories: checked execution and value mapping.
namespace cutru::storage::sql {

// Prepares `statement` on the connection; throws StorageError on failure.
QSqlQuery prepare(const Database &db, const QString &statement);
// Executes a prepared query; throws StorageError naming `what` on failure.
void exec(QSqlQuery &q, const char *what);
// Executes one statement without parameters.
void execDirect(const Database &db, const QString &statement, const char *what);
// Throws the StorageError exec() throws for a failed SQLite result code (busy,
// constraint, anything else), for code that uses SQLite's C API directly; `detail`
// (SQLite's message) goes to the log with `what`.
[[noreturn]] void throwForResultCode(int code, const QString &detail, const char *what);

// Dates are stored as ISO 8601 text (yyyy-MM-dd); a null date is SQL NULL.
QVariant date(const QDate &d);
QDate toDate(const QVariant &v);
// Foreign keys: 0 means "none" in the domain types and NULL in SQL.
QVariant id(qint64 v);
// Text for NOT NULL columns: Qt binds a null QString as SQL NULL, so blanks
// are passed as an empty, non-null string.
QVariant text(const QString &s);
// Optional text: empty is NULL (so UNIQUE columns allow several blanks).
QVariant textOrNull(const QString &s);

// Organisations under a materialised path: "everything under /1/7/" is the range
// [/1/7/, /1/70) ('0' follows '/'), so one index range finds them.
QString pathUpperBound(const QString &path);

// Did the last error come from a UNIQUE / CHECK / FOREIGN KEY constraint?
bool isConstraintError(const QSqlQuery &q);

// ---- The two dialects ----------------------------------------------------------
// Most of CuTru's SQL is the common part of SQLite and PostgreSQL. Where they differ,
// repositories build the difference with these helpers instead of branching inline.

// Executes a prepared "INSERT … RETURNING id" and returns the new id (on PostgreSQL
// lastInsertId() would be the change log's id, written by the trigger after the row).
qint64 execInsert(QSqlQuery &q, const char *what);
// SQL text: the whole days from the ISO date text `earlier` to `later` (both SQL
// expressions), e.g. abs(daysBetween(...)) <= 7.
QString daysBetween(const Database &db, const QString &later, const QString &earlier);
// SQL text: the ISO date text `days` whole days after the ISO date text `date` (an SQL
// expression; before it when negative); NULL stays NULL.
QString addDays(const Database &db, const QString &date, int days);
// SQL text: the smaller / greater of two values (SQLite's two-argument min and max).
QString least(const Database &db, const QString &a, const QString &b);
QString greatest(const Database &db, const QString &a, const QString &b);
// SQL text: 1 when the condition holds, else 0 (SQLite yields integers from
// comparisons; PostgreSQL yields booleans, which sum() refuses).
QString asInteger(const QString &condition);
// SQL text: `expression` kept from serving as an index constraint or sort order
// (SQLite's unary "+", which PostgreSQL has no text operator for; its planner is
// left to choose there). The "+" steers SQLite's plans where they were measured.
QString unindexed(const Database &db, const QString &expression);
// SQL text: a condition that never holds (a bare 0 is no condition on PostgreSQL).
inline QString never() { return QStringLiteral("1 = 0"); }
// SQL text: a condition that always holds.
inline QString always() { return QStringLiteral("1 = 1"); }

} // namespace cutru::storage::sql
