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

} // namespace cutru::storage::sql
