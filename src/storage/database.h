#pragma once

#include "storage/database_target.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <functional>
#include <stdexcept>

namespace cutru::storage {

// Written into the SQLite header (PRAGMA application_id) from schema version 4 on:
// 'CuTr'. Files of versions 1-3 carry 0 and are recognised by their tables.
inline constexpr int kApplicationId = 0x43755472;

// A storage failure with a message fit for users (translated, naming the file or
// record) and the technical detail kept for the log. Raw SQL errors never reach users.
class StorageError : public std::runtime_error {
public:
    StorageError(QString userMessage, QString detail = {});
    const QString &userMessage() const { return userMessage_; }
    const QString &detail() const { return detail_; }

private:
    QString userMessage_;
    QString detail_;
};

// A long operation (integrity check, backup, restore) stopped because the caller's
// callback asked it to; nothing was changed.
class OperationCancelled : public StorageError {
public:
    using StorageError::StorageError;
};

// One connection to a CuTru database: an SQLite file, or a database on a PostgreSQL
// server (see DatabaseTarget). Qt SQL connections belong to the thread that opened
// them, so a worker thread opens its own Database on the same path() (for a server,
// the URI; the password this process was given is remembered in memory).
class Database {
public:
    enum class Create { IfMissing, MustExist, MustNotExist };
    // Whether open() runs PRAGMA integrity_check on an existing file first (seconds
    // on a full province). Skip only when the caller has just checked the file, e.g.
    // with integrityProblems() on a worker thread, or when another connection of this
    // program already has it open.
    enum class IntegrityCheck { Full, Skip };

    // `path` is a file or a postgresql:// URI (DatabaseTarget). On a server: Create
    // IfMissing creates the schema in an empty database, MustNotExist requires an empty
    // database (the administrator creates it with createdb), MustExist requires CuTru's
    // schema; the integrity check is the server's business and is skipped.
    // Opens (or creates) the file, checks an existing file's integrity before anything
    // is written to it (a damaged file is refused, unchanged, with a message telling the
    // user to restore a backup), switches on foreign keys and WAL, and brings the
    // schema up to the latest version. Throws StorageError.
    static Database open(const QString &path, Create create = Create::IfMissing);
    static Database open(const QString &path, Create create, IntegrityCheck check);
    // Opens without touching the schema (tests, diagnostics, upgrade checks). On a file
    // every connection, raw or not, protects the change log: SQL through it cannot
    // alter or remove log rows, nor the triggers that write them (see sqlite_native.h).
    // On a server the append-only triggers protect the rows and only the tables' owner
    // may touch the triggers.
    static Database openRaw(const QString &path, Create create = Create::IfMissing);

    Database(Database &&other) noexcept;
    Database &operator=(Database &&other) noexcept;
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;
    ~Database();

    QSqlDatabase connection() const;
    // The file, or the server URI without a password: what opens this database again.
    const QString &path() const { return path_; }
    // After this connection's own role changed its password on the server: later
    // connections to the same server (worker threads) use the new one. No-op on SQLite.
    void rememberNewPassword(const QString &password) const;
    bool isPostgres() const { return engine_ == Engine::PostgreSQL; }
    // On a server: the database role this connection signed in as (current_user).
    // Empty for SQLite.
    QString serverRole() const;

    int schemaVersion() const;
    static int latestSchemaVersion();

    // PRAGMA integrity_check on a read-only connection of its own (any thread): the
    // problems found, empty when the file is sound. Never writes to the file.
    // `keepGoing` is polled while the check runs; returning false stops it with
    // OperationCancelled. Throws StorageError when the file cannot be read at all.
    static QStringList integrityProblems(const QString &path, const std::function<bool()> &keepGoing = {});
    // Applies the pending migrations up to `version`, each in its own transaction.
    // Only while it runs may audit triggers be dropped and recreated; the change_log
    // table and its append-only triggers stay protected even then.
    void migrateTo(int version);

    // Who the triggers write into the change log for the next changes on this
    // connection. Set inside the write transaction (see Transaction). On a server the
    // triggers record the database role instead, unless the connection is the schema
    // owner's (migrations, the demo loader, tests), whose actor is taken as given.
    void setActor(const QString &actor);

    // Filling a new, empty file in one long transaction (the demo province). Between
    // these two calls, outside any transaction: a page cache of `cacheMegabytes`,
    // statement journals in memory instead of a temporary file written for every row,
    // and the rollback journal in memory instead of the WAL, so that every page is
    // written once, at commit, rather than to the WAL and again at the checkpoint.
    // A crash in between leaves a damaged file: only for files that are removed when
    // the load fails. endBulkLoad() returns to WAL and the default cache.
    void beginBulkLoad(int cacheMegabytes);
    void endBulkLoad();

private:
    explicit Database(QString path, QString connectionName, Engine engine = Engine::SQLite);
    static Database openServer(const DatabaseTarget &target, Create create);
    void migrateServerTo(int version);
    void release(); // closes and unregisters the connection
    QString path_;
    QString connectionName_;
    Engine engine_ = Engine::SQLite;
};

// RAII write transaction. SQLite: BEGIN IMMEDIATE, so the write lock is taken up
// front and the actor row written first cannot interleave with another writer.
// PostgreSQL: READ COMMITTED; concurrent edits of one record are caught by its
// row_version, as on SQLite. Rolls back unless committed.
class Transaction {
public:
    Transaction(Database &db, const QString &actor);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    void commit();

private:
    Database &db_;
    bool open_ = false;
};

} // namespace cutru::storage
