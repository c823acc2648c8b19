#pragma once

#include <QDateTime>
#include <QString>
#include <functional>

// Backups and restores of a CuTru database file with SQLite's online backup API:
// a consistent copy while the program (and others) keep working on the file.
namespace cutru::storage {

// Called after each step of a copy with the pages copied so far and the total;
// returning false cancels (a partial backup is removed, a restore changes nothing).
using CopyProgress = std::function<bool(qint64 done, qint64 total)>;

// What a backup file holds: shown before a restore so that the user knows what
// they are about to bring back.
struct BackupInfo {
    QString path;
    qint64 bytes = 0;
    qint64 pages = 0;
    int schemaVersion = 0;
    // The header carries CuTru's application id. False for files of schema
    // versions 1-3, which predate it and are recognised by their tables instead.
    bool applicationIdOk = false;
    qint64 members = 0;
    qint64 organisations = 0;
    QDateTime newestChange; // UTC, of the newest change-log entry; invalid when the log is empty
};

enum class ReplaceExisting { No, Yes };

// CuTru backs up and restores database files only. For a database on a PostgreSQL
// server (a postgresql:// URI) this throws StorageError telling the user that the
// server's administrator backs it up with pg_dump (restores with pg_restore);
// backupDatabase and restoreDatabase call it first.
void requireDatabaseFile(const QString &databasePath, bool restoring = false);

// Copies the database at `databasePath` to `targetPath`: one consistent snapshot
// (a dedicated read-only connection holds one read transaction for the whole copy,
// so writers in this or other processes neither disturb nor wait for it), written
// to `targetPath`.partial, checked (quick_check), then renamed into place. The
// result is a single self-contained file (rollback-journal mode, nothing beside
// it). Returns false when cancelled. Throws StorageError naming the file and the
// problem; nothing is left behind on failure. An existing target is replaced only
// with ReplaceExisting::Yes, and never when it is the database itself.
bool backupDatabase(const QString &databasePath, const QString &targetPath, const CopyProgress &progress = {},
                    ReplaceExisting replace = ReplaceExisting::No);

// Reads a backup file without changing it: is it a CuTru database this version can
// restore (SQLite, CuTru's application id or tables, a schema version not newer
// than this program knows, PRAGMA integrity_check clean)? Throws StorageError
// saying what is wrong; `keepGoing` may stop the integrity check (OperationCancelled).
BackupInfo inspectBackup(const QString &path, const std::function<bool()> &keepGoing = {});

struct RestoreResult {
    bool completed = false; // false: cancelled before the switch, nothing changed
    QString safetyCopy;     // the database as it was just before; empty when there was none
    BackupInfo restored;    // what the backup held (before upgrading to the latest schema)
};

// Replaces the content of the database at `databasePath` with the backup at
// `backupPath`: inspects the backup first and refuses a bad one with the database
// untouched; then keeps a safety copy of the current database beside it
// (<name>.before-restore-YYYYMMDD-HHMMSS.cutru); then copies the backup into the
// live file with the backup API in one write transaction (other connections see the
// old content or the new, never a mixture) and brings it to the latest schema.
// The program's own connections to the file should be closed first. Throws
// StorageError; if the restore fails before the switch, the database is unchanged
// and the safety copy removed.
RestoreResult restoreDatabase(const QString &databasePath, const QString &backupPath,
                              const CopyProgress &progress = {});

// Where restoreDatabase() keeps the database as it was: beside it, named after it
// and `localTime`, not an existing file.
QString safetyCopyPath(const QString &databasePath, const QDateTime &localTime);

} // namespace cutru::storage
