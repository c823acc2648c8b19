#include "services/backup_service.h"

#include "storage/database.h"

#include <QCoreApplication>
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
    return storage::restoreDatabase(databasePath, backupPath, progress);
}

QString BackupService::dailyBackupName(const QString &databasePath, const QDate &day)
{
    return QStringLiteral("%1-%2.cutru").arg(baseName(databasePath), day.toString(Qt::ISODate));
}

QDate BackupService::dailyBackupDay(const QString &databasePath, const QString &fileName)
{
    const QRegularExpression pattern(QStringLiteral("^%1-(\\d{4}-\\d{2}-\\d{2})\\.cutru$")
                                         .arg(QRegularExpression::escape(baseName(databasePath))));
    const QRegularExpressionMatch m = pattern.match(fileName);
    return m.hasMatch() ? QDate::fromString(m.captured(1), Qt::ISODate) : QDate();
}

BackupService::DailyResult BackupService::runDailyBackupIfDue(const QString &databasePath, const QString &folder,
                                                              int keepDays, const QDate &today,
                                                              const storage::CopyProgress &progress) const
{
    requirePermission(Operation::BackUp);
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
