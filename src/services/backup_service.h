#pragma once

#include "services/acting_user.h"
#include "storage/backup.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace cutru {

// Backups and restores of a database file for a user: manual copies, restores
// with a safety copy, and the automatic daily backup with its retention. Throws
// storage::StorageError (a message naming the file and the problem);
// storage::OperationCancelled is never thrown here, cancellations return false.
class BackupService {
public:
    explicit BackupService(ActingUser user) : user_(std::move(user)) {}

    // A consistent copy of `databasePath` at `target` (see storage::backupDatabase).
    // Returns false when cancelled (nothing is left behind).
    bool backUp(const QString &databasePath, const QString &target, const storage::CopyProgress &progress = {},
                storage::ReplaceExisting replace = storage::ReplaceExisting::No) const;

    // What a backup holds, or why it cannot be restored.
    storage::BackupInfo inspect(const QString &backupPath, const std::function<bool()> &keepGoing = {}) const;

    // Replaces the database's content with the backup, keeping a safety copy of the
    // current one beside it. The caller closes its own connections to the file first.
    storage::RestoreResult restore(const QString &databasePath, const QString &backupPath,
                                   const storage::CopyProgress &progress = {}) const;

    // The automatic daily backup: `<folder>/<database base name>-YYYY-MM-DD.cutru`.
    struct DailyResult {
        QString written;      // today's backup, when this call wrote it
        QString existing;     // today's backup, when it was already there
        QStringList removed;  // this database's automatic backups past keepDays
        bool cancelled = false;
    };
    // Writes today's backup unless it exists, then removes this database's automatic
    // backups (only files named by dailyBackupName() for it) that are keepDays days
    // old or more: with keepDays = 14 the backups of today and the 13 days before stay.
    // Creates `folder` when missing. `progress` may cancel the copy: then nothing is
    // written or removed and `written` stays empty.
    DailyResult runDailyBackupIfDue(const QString &databasePath, const QString &folder, int keepDays,
                                    const QDate &today, const storage::CopyProgress &progress = {}) const;
    // The name of the automatic backup of `databasePath` made on `day` (no folder).
    static QString dailyBackupName(const QString &databasePath, const QDate &day);
    // The day of an automatic backup of `databasePath` named `fileName`; invalid for
    // any other file (another database's backups, a manual copy, a partial file).
    static QDate dailyBackupDay(const QString &databasePath, const QString &fileName);

private:
    enum class Operation { BackUp, Restore };
    // The single place where the acting user's right to back up or to restore is
    // decided: the board's roles (or the file's local administrator); throws
    // AccessDenied naming the role needed.
    void requirePermission(Operation operation) const;

    ActingUser user_;
};

} // namespace cutru
