#include "services/backup_service.h"

#include "services/outcome.h"
#include "storage/account_repository.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <algorithm>
#include <spdlog/spdlog.h>

namespace cutru {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cutru::BackupService)
};

QString baseName(const QString &databasePath)
{
    return QFileInfo(databasePath).completeBaseName();
}

} // namespace

void BackupService::requirePermission(Operation operation) const
{
    const Action action = operation == Operation::BackUp ? Action::BackUp : Action::Restore;
    if (!user_.may(action, {})) {
        spdlog::warn("{} refused for {}", operation == Operation::BackUp ? "backup" : "restore",
                     user_.name.toStdString());
        throw AccessDenied(refusalMessage(action));
    }
    spdlog::info("{} by {}", operation == Operation::BackUp ? "backup" : "restore", user_.name.toStdString());
}

bool BackupService::backUp(const QString &databasePath, const QString &target, const storage::CopyProgress &progress,
                           storage::ReplaceExisting replace) const
{
    requirePermission(Operation::BackUp);
    return storage::backupDatabase(databasePath, target, progress, replace);
}

storage::BackupInfo BackupService::inspect(const QString &backupPath, const std::function<bool()> &keepGoing) const
{
    requirePermission(Operation::Restore);
    return storage::inspectBackup(backupPath, keepGoing);
}

storage::RestoreResult BackupService::restore(const QString &databasePath, const QString &backupPath,
                                              const storage::CopyProgress &progress) const
{
    requirePermission(Operation::Restore);
    storage::RestoreResult result = storage::restoreDatabase(databasePath, backupPath, progress);
    if (result.completed) try {
        // The restored file's log starts with its own past; the restore itself is its
        // next entry, in the name of whoever restored it.
        storage::Database db = storage::Database::open(databasePath, storage::Database::Create::MustExist,
                                                       storage::Database::IntegrityCheck::Skip);
        storage::Transaction tx(db, user_.name);
        storage::AccountRepository(db).recordEvent(
            QStringLiteral("restore"),
            QStringLiteral("from %1; previous database kept in %2")
                .arg(QFileInfo(backupPath).absoluteFilePath(), result.safetyCopy),
            QDateTime::currentDateTimeUtc());
        tx.commit();
    } catch (const storage::StorageError &e) {
        // The data is restored; only its mention in the log is missing: say so in the log file.
        spdlog::error("restore of {} done, but not recorded in its change log: {} ({})", databasePath.toStdString(),
                      e.userMessage().toStdString(), e.detail().toStdString());
    }
    return result;
}

namespace {
// Two databases with the same file name in different folders must not share their
// automatic backups: the name carries a short digest of the database's full path.
QString pathTag(const QString &databasePath)
{
    const QByteArray digest = QCryptographicHash::hash(QFileInfo(databasePath).absoluteFilePath().toUtf8(),
                                                       QCryptographicHash::Sha1);
    return QString::fromLatin1(digest.toHex().left(8));
}
} // namespace

QString BackupService::dailyBackupName(const QString &databasePath, const QDate &day)
{
    return QStringLiteral("%1-%2-%3.cutru").arg(baseName(databasePath), pathTag(databasePath), day.toString(Qt::ISODate));
}

QDate BackupService::dailyBackupDay(const QString &databasePath, const QString &fileName)
{
    const QRegularExpression pattern(QStringLiteral("^%1-%2-(\\d{4}-\\d{2}-\\d{2})\\.cutru$")
                                         .arg(QRegularExpression::escape(baseName(databasePath)),
                                              pathTag(databasePath)));
    const QRegularExpressionMatch m = pattern.match(fileName);
    return m.hasMatch() ? QDate::fromString(m.captured(1), Qt::ISODate) : QDate();
}

BackupService::DailyResult BackupService::runDailyBackupIfDue(const QString &databasePath, const QString &folder,
                                                              int keepDays, const QDate &today,
                                                              const storage::CopyProgress &progress) const
{
    // No role check: the automatic copy protects the file on this machine, where whoever
    // runs CuTru can already read it; Back up… and Restore… are the board's.
    storage::requireDatabaseFile(databasePath); // a server's database: pg_dump on the server, no folder made here
    keepDays = std::clamp(keepDays, 1, 3650);
    if (folder.isEmpty() || !QDir().mkpath(folder))
        throw storage::StorageError(Tr::tr("The folder for automatic backups %1 cannot be created.").arg(folder));
    const QDir dir(folder);
    DailyResult result;
    const QString todays = dir.filePath(dailyBackupName(databasePath, today));
    if (QFileInfo::exists(todays)) {
        result.existing = todays;
    } else if (storage::backupDatabase(databasePath, todays, progress)) {
        result.written = todays;
    } else {
        result.cancelled = true;
        return result;
    }
    // Only once today's backup is there may older ones go.
    const QStringList files = dir.entryList(QDir::Files);
    for (const QString &name : files) {
        const QDate day = dailyBackupDay(databasePath, name);
        if (!day.isValid() || day.daysTo(today) < keepDays)
            continue;
        if (QFile::remove(dir.filePath(name)))
            result.removed << dir.filePath(name);
        else
            spdlog::warn("old automatic backup {} could not be removed", dir.filePath(name).toStdString());
    }
    spdlog::info("automatic backup of {}: {}; {} old backup(s) removed", databasePath.toStdString(),
                 (result.written.isEmpty() ? result.existing + QStringLiteral(" already there") : result.written)
                     .toStdString(),
                 result.removed.size());
    return result;
}

} // namespace cutru
