#include "storage/backup.h"

#include "storage/database.h"
#include "storage/sqlite_native.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTimeZone>
#include <filesystem>
#include <spdlog/spdlog.h>
#include <sqlite3.h>
#include <system_error>

namespace cutru::storage {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cutru::storage)
};

using native::Connection;

// A few hundred pages per step (1 MiB with the default 4 KiB pages): fine-grained
// progress and cancellation, few enough steps to cost nothing.
constexpr int kPagesPerStep = 256;
// How long a step waits for a destination locked by another writer.
constexpr qint64 kBusyWaitMs = 20000;

const char *const kCompanionSuffixes[] = {"-wal", "-shm", "-journal"};

// A failure inside a copy, mapped to a message by the caller, which knows what
// was being copied where.
struct CopyError {
    enum class Side { Source, Target };
    Side side;
    int rc;
    QString message;
};

CopyError sourceError(const Connection &c)
{
    return {CopyError::Side::Source, c.errorCode(), c.errorMessage()};
}

CopyError targetError(const Connection &c)
{
    return {CopyError::Side::Target, c.errorCode(), c.errorMessage()};
}

QString describe(const CopyError &e)
{
    return QStringLiteral("%1 (%2: %3)")
        .arg(e.message, QString::fromLatin1(sqlite3_errstr(e.rc)))
        .arg(e.rc);
}

void removeWithCompanions(const QString &path)
{
    QFile::remove(path);
    for (const char *suffix : kCompanionSuffixes)
        QFile::remove(path + QLatin1String(suffix));
}

// Removes a file being written unless released: a failed or cancelled copy never
// leaves a partial file behind.
class RemoveUnlessKept {
public:
    explicit RemoveUnlessKept(QString path) : path_(std::move(path)) {}
    ~RemoveUnlessKept()
    {
        if (!path_.isEmpty())
            removeWithCompanions(path_);
    }
    RemoveUnlessKept(const RemoveUnlessKept &) = delete;
    RemoveUnlessKept &operator=(const RemoveUnlessKept &) = delete;
    void keep() { path_.clear(); }

private:
    QString path_;
};

bool sameFile(const QString &a, const QString &b)
{
    const QFileInfo fa(a), fb(b);
    if (fa.exists() && fb.exists())
        return fa.canonicalFilePath() == fb.canonicalFilePath();
    return QDir::cleanPath(fa.absoluteFilePath()) == QDir::cleanPath(fb.absoluteFilePath());
}

// Starts a read transaction on the source that the backup steps then share, so that
// every page comes from the same snapshot: in WAL mode other writers carry on, and
// what they commit meanwhile is simply not in this copy.
void beginSnapshot(Connection &source)
{
    int rc = source.exec("BEGIN");
    if (rc == SQLITE_OK)
        source.scalar("SELECT count(*) FROM sqlite_master", &rc);
    if (rc != SQLITE_OK)
        throw sourceError(source);
}

enum class CopyOutcome { Done, Cancelled };

// Copies every page of the source's main database into the target's, in steps. A
// result code showing damage is blamed on `damageSide`: the backup API does not say
// which file it was reading, but the caller knows which one may be damaged.
CopyOutcome copyPages(Connection &source, Connection &target, const CopyProgress &progress,
                      CopyError::Side damageSide)
{
    sqlite3_backup *backup = sqlite3_backup_init(target.get(), "main", source.get(), "main");
    if (backup == nullptr)
        throw targetError(target);
    QElapsedTimer busy;
    for (;;) {
        const int rc = sqlite3_backup_step(backup, kPagesPerStep);
        const qint64 total = sqlite3_backup_pagecount(backup);
        const qint64 done = total - sqlite3_backup_remaining(backup);
        if (rc == SQLITE_DONE) {
            if (progress)
                progress(total, total); // too late to cancel: the copy is complete
            break;
        }
        if (rc == SQLITE_OK) {
            busy.invalidate();
            if (progress && !progress(done, total)) {
                sqlite3_backup_finish(backup); // rolls back what the target had so far
                return CopyOutcome::Cancelled;
            }
            continue;
        }
        if (native::isBusy(rc)) {
            // Another writer holds the target: wait for it a while, still cancellable.
            if (!busy.isValid())
                busy.start();
            if (progress && !progress(done, total)) {
                sqlite3_backup_finish(backup);
                return CopyOutcome::Cancelled;
            }
            if (busy.elapsed() < kBusyWaitMs) {
                sqlite3_sleep(50);
                continue;
            }
        }
        sqlite3_backup_finish(backup);
        throw CopyError{native::isDamage(rc) ? damageSide : CopyError::Side::Target, rc,
                        QString::fromLatin1(sqlite3_errstr(rc))};
    }
    const int rc = sqlite3_backup_finish(backup);
    if (rc != SQLITE_OK)
        throw CopyError{CopyError::Side::Target, rc, target.errorMessage()};
    return CopyOutcome::Done;
}

// Copies the database to a new file (no companions, rollback journal), optionally
// verified with quick_check. Throws CopyError; removes the target on failure.
CopyOutcome copyToNewFile(const QString &sourcePath, const QString &targetPath, const CopyProgress &progress,
                          bool verify, QStringList *problems)
{
    removeWithCompanions(targetPath);
    RemoveUnlessKept cleanup(targetPath);

    // Read-write like the program's other connections (only reading, but the last
    // connection to close tidies the WAL away); read-only where the file is.
    Connection source;
    if (source.open(sourcePath, Connection::Mode::ReadWrite) != SQLITE_OK
        && source.open(sourcePath, Connection::Mode::ReadOnly) != SQLITE_OK)
        throw sourceError(source);
    beginSnapshot(source);

    Connection target;
    if (target.open(targetPath, Connection::Mode::Create) != SQLITE_OK)
        throw targetError(target);
    if (copyPages(source, target, progress, CopyError::Side::Source) == CopyOutcome::Cancelled)
        return CopyOutcome::Cancelled;
    source.exec("COMMIT");
    source.close();

    // The pages came with the source's header, which says WAL: make the copy a
    // single self-contained file.
    int rc = SQLITE_OK;
    const QString mode = target.scalar("PRAGMA journal_mode = DELETE", &rc);
    if (rc != SQLITE_OK || mode.compare(QLatin1String("delete"), Qt::CaseInsensitive) != 0)
        throw targetError(target);
    if (verify && problems != nullptr)
        *problems = native::checkIntegrity(target.get(), targetPath, true);
    target.close();
    for (const char *suffix : kCompanionSuffixes)
        QFile::remove(targetPath + QLatin1String(suffix));
    cleanup.keep();
    return CopyOutcome::Done;
}

bool renameOver(const QString &from, const QString &to, std::error_code &ec)
{
    std::filesystem::rename(std::filesystem::path(QFile::encodeName(from).toStdString()),
                            std::filesystem::path(QFile::encodeName(to).toStdString()), ec);
    return !ec;
}

QString damagedBackupMessage(const QString &path)
{
    return Tr::tr("The backup file %1 is damaged and cannot be restored. Choose another backup.").arg(path);
}

QString foreignMessage(const QString &path)
{
    return Tr::tr("The file %1 is an SQLite database of another program, not a CuTru backup.").arg(path);
}

// The raw bytes of a database that SQLite cannot read at all (its header is
// damaged): the best safety copy there is.
void copyRawFiles(const QString &databasePath, const QString &target)
{
    removeWithCompanions(target);
    if (!QFile::copy(databasePath, target))
        throw StorageError(Tr::tr("The safety copy %1 of the current database could not be written, so nothing "
                                  "was restored.")
                               .arg(target),
                           QStringLiteral("raw copy of %1 failed").arg(databasePath));
    const QString wal = databasePath + QStringLiteral("-wal");
    if (QFileInfo::exists(wal))
        QFile::copy(wal, target + QStringLiteral("-wal"));
}

} // namespace

// Backups here are page copies of an SQLite file. A server's database is backed up
// and restored on the server, by its administrator, with PostgreSQL's own tools.
void requireDatabaseFile(const QString &databasePath, bool restoring)
{
    if (!DatabaseTarget::isServerUri(databasePath))
        return;
    spdlog::warn("{} of server database {} refused", restoring ? "restore" : "backup", databasePath.toStdString());
    throw StorageError(restoring ? Tr::tr("The database %1 is on a PostgreSQL server: CuTru restores only database "
                                          "files. The server's administrator restores it with pg_restore from a "
                                          "pg_dump backup.")
                                       .arg(databasePath)
                                 : Tr::tr("The database %1 is on a PostgreSQL server: CuTru backs up only database "
                                          "files. The server's administrator backs it up with pg_dump.")
                                       .arg(databasePath));
}

bool backupDatabase(const QString &databasePath, const QString &targetPath, const CopyProgress &progress,
                    ReplaceExisting replace)
{
    requireDatabaseFile(databasePath, false);
    if (!QFileInfo::exists(databasePath))
        throw StorageError(Tr::tr("The database file %1 does not exist.").arg(databasePath));
    const QFileInfo target(targetPath);
    if (sameFile(databasePath, targetPath))
        throw StorageError(Tr::tr("A backup cannot be written over the database itself (%1). Choose another "
                                  "file.")
                               .arg(targetPath));
    if (target.exists() && replace == ReplaceExisting::No)
        throw StorageError(Tr::tr("The file %1 already exists; choose a new name.").arg(targetPath));
    if (target.exists() && !target.isFile())
        throw StorageError(Tr::tr("%1 is a folder, not a file; choose a file name for the backup.").arg(targetPath));
    const QFileInfo folder(target.absolutePath());
    if (!folder.isDir())
        throw StorageError(Tr::tr("The folder %1 does not exist.").arg(folder.filePath()));
    if (!folder.isWritable())
        throw StorageError(Tr::tr("The backup cannot be written to the folder %1: it is read-only.")
                               .arg(folder.filePath()));

    const QString partial = targetPath + QStringLiteral(".partial");
    QStringList problems;
    try {
        if (copyToNewFile(databasePath, partial, progress, true, &problems) == CopyOutcome::Cancelled) {
            spdlog::info("backup of {} to {} cancelled", databasePath.toStdString(), targetPath.toStdString());
            return false;
        }
    } catch (const CopyError &e) {
        spdlog::error("backup of {} to {} failed: {}", databasePath.toStdString(), targetPath.toStdString(),
                      describe(e).toStdString());
        if ((e.rc & 0xff) == SQLITE_FULL)
            throw StorageError(Tr::tr("The backup could not be written to %1: the disk is full.").arg(targetPath),
                               describe(e));
        if (e.side == CopyError::Side::Source && native::isDamage(e.rc))
            throw StorageError(Tr::tr("The database %1 could not be backed up: it is damaged. Restore it from an "
                                      "earlier backup.")
                                   .arg(databasePath),
                               describe(e));
        if (e.side == CopyError::Side::Source)
            throw StorageError(Tr::tr("The database %1 could not be read for the backup: it is busy or cannot be "
                                      "read.")
                                   .arg(databasePath),
                               describe(e));
        throw StorageError(Tr::tr("The backup could not be written to %1.").arg(targetPath), describe(e));
    }
    RemoveUnlessKept cleanup(partial);
    if (!problems.isEmpty())
        throw StorageError(Tr::tr("The backup written to %1 did not pass its check and was removed. The disk may "
                                  "be failing; try another place.")
                               .arg(targetPath),
                           problems.mid(0, 10).join(QLatin1Char('\n')));
    // Left-over companions of an older file of the same name would be applied to
    // the new one by the next program that opens it.
    for (const char *suffix : kCompanionSuffixes)
        QFile::remove(targetPath + QLatin1String(suffix));
    std::error_code ec;
    if (!renameOver(partial, targetPath, ec))
        throw StorageError(Tr::tr("The backup could not be put in place as %1.").arg(targetPath),
                           QString::fromStdString(ec.message()));
    cleanup.keep();
    spdlog::info("backed up {} to {}", databasePath.toStdString(), targetPath.toStdString());
    return true;
}

BackupInfo inspectBackup(const QString &path, const std::function<bool()> &keepGoing)
{
    const QFileInfo file(path);
    if (!file.exists())
        throw StorageError(Tr::tr("The backup file %1 does not exist.").arg(path));
    if (!file.isFile())
        throw StorageError(Tr::tr("%1 is a folder, not a backup file.").arg(path));
    if (file.size() == 0)
        throw StorageError(Tr::tr("The file %1 is empty; it is not a CuTru backup.").arg(path));
    QByteArray header;
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            throw StorageError(Tr::tr("The backup file %1 cannot be read: %2").arg(path, f.errorString()));
        header = f.read(100);
    }
    if (!header.startsWith(QByteArray("SQLite format 3\0", 16)))
        throw StorageError(Tr::tr("The file %1 is not a CuTru backup: it is not a database file.").arg(path));
    if (header.size() < 100 || file.size() < 512)
        throw StorageError(damagedBackupMessage(path), QStringLiteral("file cut short: %1 bytes").arg(file.size()));

    Connection c;
    int rc = c.open(path, Connection::Mode::ReadOnly);
    // Any failure reading the file from here on: damage, or it cannot be read.
    auto fail = [&](const char *what) {
        const QString detail = QStringLiteral("%1: %2").arg(QLatin1String(what), c.errorMessage());
        spdlog::warn("backup {} refused: {}", path.toStdString(), detail.toStdString());
        if (native::isDamage(c.errorCode()) || native::isDamage(rc))
            return StorageError(damagedBackupMessage(path), detail);
        return StorageError(Tr::tr("The backup file %1 cannot be read.").arg(path), detail);
    };
    if (rc != SQLITE_OK)
        throw fail("open");

    BackupInfo info;
    info.path = path;
    info.bytes = file.size();
    const qint64 applicationId = c.scalar("PRAGMA application_id", &rc).toLongLong();
    if (rc != SQLITE_OK)
        throw fail("application id");
    if (applicationId != 0 && applicationId != kApplicationId)
        throw StorageError(foreignMessage(path), QStringLiteral("application id %1").arg(applicationId));
    info.applicationIdOk = applicationId == kApplicationId;
    info.schemaVersion = c.scalar("PRAGMA user_version", &rc).toInt();
    if (rc != SQLITE_OK)
        throw fail("schema version");
    const int ourTables =
        c.scalar("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN ('members', 'change_log')", &rc)
            .toInt();
    if (rc != SQLITE_OK)
        throw fail("tables");
    if (ourTables != 2 || info.schemaVersion < 1) {
        if (c.scalar("SELECT count(*) FROM sqlite_master", &rc).toInt() == 0 && rc == SQLITE_OK)
            throw StorageError(Tr::tr("The file %1 is an empty database, not a CuTru backup.").arg(path));
        throw StorageError(foreignMessage(path), QStringLiteral("version %1, %2 of CuTru's tables")
                                                     .arg(info.schemaVersion)
                                                     .arg(ourTables));
    }
    if (info.schemaVersion > Database::latestSchemaVersion())
        throw StorageError(Tr::tr("The backup %1 was made by a newer version of CuTru (schema %2; this version "
                                  "knows up to %3). Update CuTru to restore it.")
                               .arg(path)
                               .arg(info.schemaVersion)
                               .arg(Database::latestSchemaVersion()));

    bool cancelled = false;
    const QStringList problems = native::checkIntegrity(c.get(), path, false, keepGoing, &cancelled);
    if (cancelled)
        throw OperationCancelled(Tr::tr("The check of %1 was cancelled.").arg(path));
    if (!problems.isEmpty()) {
        spdlog::warn("backup {} is damaged: {}", path.toStdString(), problems.mid(0, 10).join(QStringLiteral("; ")).toStdString());
        throw StorageError(damagedBackupMessage(path), problems.mid(0, 10).join(QLatin1Char('\n')));
    }

    info.pages = c.scalar("PRAGMA page_count", &rc).toLongLong();
    if (rc == SQLITE_OK)
        info.members = c.scalar("SELECT count(*) FROM members", &rc).toLongLong();
    if (rc == SQLITE_OK)
        info.organisations = c.scalar("SELECT count(*) FROM organisations", &rc).toLongLong();
    QString newest;
    if (rc == SQLITE_OK)
        newest = c.scalar("SELECT changed_at FROM change_log ORDER BY id DESC LIMIT 1", &rc);
    if (rc != SQLITE_OK)
        throw StorageError(foreignMessage(path), QStringLiteral("contents: %1").arg(c.errorMessage()));
    if (!newest.isEmpty()) {
        info.newestChange = QDateTime::fromString(newest, Qt::ISODateWithMs);
        info.newestChange.setTimeZone(QTimeZone::utc());
    }
    return info;
}

QString safetyCopyPath(const QString &databasePath, const QDateTime &localTime)
{
    const QFileInfo db(databasePath);
    const QString stem = db.absoluteDir().filePath(db.completeBaseName() + QStringLiteral(".before-restore-")
                                                   + localTime.toString(QStringLiteral("yyyyMMdd-HHmmss")));
    QString candidate = stem + QStringLiteral(".cutru");
    for (int n = 2; QFileInfo::exists(candidate); ++n)
        candidate = stem + QStringLiteral("-%1.cutru").arg(n);
    return candidate;
}

RestoreResult restoreDatabase(const QString &databasePath, const QString &backupPath, const CopyProgress &progress)
{
    requireDatabaseFile(databasePath, true);
    RestoreResult result;
    if (sameFile(databasePath, backupPath))
        throw StorageError(Tr::tr("The backup %1 is the database itself; choose a backup file.").arg(backupPath));
    // Nothing is touched before the backup is known to be good.
    result.restored = inspectBackup(backupPath);
    const QFileInfo dbFile(databasePath);
    if (dbFile.exists() && !dbFile.isFile())
        throw StorageError(Tr::tr("%1 is a folder, not a database file.").arg(databasePath));
    if (!QFileInfo(dbFile.absolutePath()).isDir())
        throw StorageError(Tr::tr("The folder %1 does not exist.").arg(dbFile.absolutePath()));
    const bool exists = dbFile.exists() && dbFile.size() > 0;

    // Progress over both copies: the safety copy's pages, then the backup's.
    qint64 safetyPages = 0;
    const qint64 backupPages = result.restored.pages;

    // 1. The database as it is now, beside it.
    bool rawSafetyCopy = false;
    if (exists) {
        result.safetyCopy = safetyCopyPath(databasePath, QDateTime::currentDateTime());
        // Written under another name and renamed once complete, like a backup: an
        // interrupted restore never leaves a half copy that looks like a whole one.
        const QString partial = result.safetyCopy + QStringLiteral(".partial");
        try {
            const auto outcome = copyToNewFile(
                databasePath, partial,
                [&](qint64 done, qint64 total) {
                    safetyPages = total;
                    return !progress || progress(done, total + backupPages);
                },
                false, nullptr);
            if (outcome == CopyOutcome::Cancelled)
                return {false, QString(), result.restored};
            std::error_code ec;
            if (!renameOver(partial, result.safetyCopy, ec)) {
                removeWithCompanions(partial);
                throw StorageError(Tr::tr("The safety copy %1 of the current database could not be written, so "
                                          "nothing was restored.")
                                       .arg(result.safetyCopy),
                                   QString::fromStdString(ec.message()));
            }
        } catch (const CopyError &e) {
            if (e.side == CopyError::Side::Source && native::isDamage(e.rc)) {
                // SQLite cannot even read it: keep its bytes as they are.
                spdlog::warn("database {} unreadable ({}); keeping a raw safety copy", databasePath.toStdString(),
                             describe(e).toStdString());
                copyRawFiles(databasePath, result.safetyCopy);
                rawSafetyCopy = true;
            } else {
                spdlog::error("safety copy of {} failed: {}", databasePath.toStdString(), describe(e).toStdString());
                throw StorageError(Tr::tr("The safety copy %1 of the current database could not be written, so "
                                          "nothing was restored.")
                                       .arg(result.safetyCopy),
                                   describe(e));
            }
        }
    }
    RemoveUnlessKept safetyGuard(result.safetyCopy);
    spdlog::info("restoring {} from {} (safety copy {})", databasePath.toStdString(), backupPath.toStdString(),
                 result.safetyCopy.toStdString());

    // 2. The backup's pages into the live file, in one write transaction.
    auto failed = [&](const CopyError &e) {
        spdlog::error("restore of {} from {} failed: {}", databasePath.toStdString(), backupPath.toStdString(),
                      describe(e).toStdString());
        if ((e.rc & 0xff) == SQLITE_FULL)
            return StorageError(Tr::tr("The database %1 could not be restored: the disk is full. It was left "
                                       "as it was.")
                                    .arg(databasePath),
                                describe(e));
        if (native::isBusy(e.rc))
            return StorageError(Tr::tr("The database %1 could not be restored: another program is using it. "
                                       "Close it there and try again; nothing was changed.")
                                    .arg(databasePath),
                                describe(e));
        return StorageError(Tr::tr("The database %1 could not be restored from %2; it was left as it was.")
                                .arg(databasePath, backupPath),
                            describe(e));
    };
    try {
        Connection source;
        if (source.open(backupPath, Connection::Mode::ReadOnly) != SQLITE_OK)
            throw sourceError(source);
        beginSnapshot(source);

        Connection target;
        if (target.open(databasePath, exists ? Connection::Mode::ReadWrite : Connection::Mode::Create) != SQLITE_OK)
            throw targetError(target);
        int rc = SQLITE_OK;
        target.scalar("SELECT count(*) FROM sqlite_master", &rc);
        if (rc != SQLITE_OK && native::isDamage(target.errorCode()) && rawSafetyCopy) {
            // Not readable as a database at all (its bytes are in the safety copy):
            // start it afresh. Nobody can be using a file SQLite cannot read.
            target.close();
            removeWithCompanions(databasePath);
            if (target.open(databasePath, Connection::Mode::Create) != SQLITE_OK)
                throw targetError(target);
        } else if (rc != SQLITE_OK) {
            throw targetError(target);
        }
        // A WAL-mode target takes the backup's pages only at its own page size.
        const QString sourcePageSize = source.scalar("PRAGMA page_size", &rc);
        if (rc != SQLITE_OK)
            throw sourceError(source);
        if (sourcePageSize != target.scalar("PRAGMA page_size")
            && target.scalar("PRAGMA journal_mode").compare(QLatin1String("wal"), Qt::CaseInsensitive) == 0) {
            const QString mode = target.scalar("PRAGMA journal_mode = DELETE", &rc);
            if (rc != SQLITE_OK || mode.compare(QLatin1String("delete"), Qt::CaseInsensitive) != 0)
                throw CopyError{CopyError::Side::Target, rc == SQLITE_OK ? SQLITE_BUSY : rc,
                                QStringLiteral("cannot leave WAL mode to change the page size")};
        }
        const auto outcome = copyPages(
            source, target,
            [&](qint64 done, qint64 total) { return !progress || progress(safetyPages + done, safetyPages + total); },
            CopyError::Side::Target); // the backup itself was just checked
        if (outcome == CopyOutcome::Cancelled) {
            spdlog::info("restore of {} cancelled; nothing changed", databasePath.toStdString());
            return {false, QString(), result.restored};
        }
        source.exec("COMMIT");
        // Fold the WAL (the whole database just went through it) back into the file.
        if (target.scalar("PRAGMA journal_mode").compare(QLatin1String("wal"), Qt::CaseInsensitive) == 0)
            target.exec("PRAGMA wal_checkpoint(TRUNCATE)");
    } catch (const CopyError &e) {
        throw failed(e);
    }
    // From here on the database holds the backup: the safety copy stays.
    safetyGuard.keep();

    // 3. Up to the latest schema (WAL, migrations), as any open does.
    try {
        Database db = Database::open(databasePath, Database::Create::MustExist, Database::IntegrityCheck::Skip);
    } catch (const StorageError &e) {
        throw StorageError(result.safetyCopy.isEmpty()
                               ? Tr::tr("The backup was restored into %1, but it could not be brought up to this "
                                        "version of CuTru: %2")
                                     .arg(databasePath, e.userMessage())
                               : Tr::tr("The backup was restored into %1, but it could not be brought up to this "
                                        "version of CuTru: %2 The database as it was before is kept in %3.")
                                     .arg(databasePath, e.userMessage(), result.safetyCopy),
                           e.detail());
    }
    spdlog::info("restored {} from {}", databasePath.toStdString(), backupPath.toStdString());
    result.completed = true;
    return result;
}

} // namespace cutru::storage
