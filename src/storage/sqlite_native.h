#pragma once

// Internal to the storage layer: the few things Qt SQL cannot do, done with
// SQLite's C API on the same library the QSQLITE driver uses (the system
// libsqlite3): protecting the change log on every connection, the integrity
// check, and connections of our own for backups and restores.

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <functional>

struct sqlite3;

namespace cutru::storage::native {

// The sqlite3 handle behind a QSQLITE connection; nullptr for any other driver.
sqlite3 *handleOf(const QSqlDatabase &db);

// Switches on SQLITE_DBCONFIG_DEFENSIVE and installs the change-log authorizer:
// top-level SQL may not INSERT, UPDATE or DELETE change_log (only the audit
// triggers `<table>_log_insert|_update|_delete` append to it); nobody may DROP or
// ALTER change_log, drop its append-only triggers, create triggers on it, create
// or drop audit triggers (except during a schema migration), attach other
// database files, or touch PRAGMA writable_schema. Throws StorageError naming
// `path` when the connection cannot be protected.
void protectChangeLog(sqlite3 *db, const QString &path);

// While alive, the connection may create and drop audit triggers (schema
// migrations recreate them when a table gains columns). The change_log table and
// its append-only triggers stay protected.
class MigrationWindow {
public:
    explicit MigrationWindow(sqlite3 *db);
    ~MigrationWindow();
    MigrationWindow(const MigrationWindow &) = delete;
    MigrationWindow &operator=(const MigrationWindow &) = delete;

private:
    sqlite3 *db_;
};

// A connection of our own, closed on destruction. A read-only one never writes to
// the file, not even a checkpoint when it closes; a read-write one behaves like any
// connection (the last to close folds the WAL into the file and removes it).
class Connection {
public:
    enum class Mode { ReadOnly, ReadWrite, Create };

    Connection() = default;
    ~Connection();
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    // Returns an SQLite result code (SQLITE_OK on success); errorMessage() says more.
    int open(const QString &path, Mode mode, int busyTimeoutMs = 5000);
    void close();
    sqlite3 *get() const { return db_; }
    explicit operator bool() const { return db_ != nullptr; }

    int errorCode() const;
    QString errorMessage() const;

    // Runs statements without results. Returns the SQLite result code.
    int exec(const char *sql);
    // The first column of the first row as text, or a null QString when the
    // statement fails (`rc` gets the result code) or returns no row.
    QString scalar(const char *sql, int *rc = nullptr);

private:
    sqlite3 *db_ = nullptr;
};

// Does this result code say the file's content is damaged (rather than busy,
// missing or unreadable for permissions)?
bool isDamage(int rc);
// Is the database locked by another connection?
bool isBusy(int rc);

// Runs PRAGMA integrity_check (or quick_check) on `db`. Returns the problems it
// found, empty when the file is sound; an error that itself shows damage (a
// corrupt page, not a database) is returned as a problem too. `keepGoing` is
// polled while the check runs; when it returns false the check stops and
// `*cancelled` is set. Other failures (busy, out of memory) throw StorageError
// naming `path`.
QStringList checkIntegrity(sqlite3 *db, const QString &path, bool quick,
                           const std::function<bool()> &keepGoing = {}, bool *cancelled = nullptr);

} // namespace cutru::storage::native
