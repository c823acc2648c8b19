#pragma once

#include "services/acting_user.h"
#include "storage/backup.h"

#include <QDialog>
#include <QObject>
#include <QPointer>
#include <QString>
#include <functional>
#include <memory>
#include <utility>

class QAction;
class QCheckBox;
class QLineEdit;
class QProgressDialog;
class QSpinBox;
class QWidget;

namespace cutru {

// The automatic daily backup's settings (QSettings backup/auto, backup/folder,
// backup/keepDays).
struct AutoBackupSettings {
    bool enabled = true;
    QString folder; // defaultFolder() when unset
    int keepDays = 14;

    // <AppDataLocation>/backups
    static QString defaultFolder();
    static AutoBackupSettings load();
    void save() const;
};

// File → Automatic backups…: on or off, the folder, how many days to keep.
class AutoBackupDialog : public QDialog {
    Q_OBJECT
public:
    explicit AutoBackupDialog(const AutoBackupSettings &settings, QWidget *parent = nullptr);
    AutoBackupSettings settings() const;

    QCheckBox *enabledBox() const { return enabled_; }
    QLineEdit *folderEdit() const { return folder_; }
    QSpinBox *keepDaysBox() const { return keepDays_; }

private:
    void browse();
    void updateEnabled();

    QCheckBox *enabled_ = nullptr;
    QLineEdit *folder_ = nullptr;
    QSpinBox *keepDays_ = nullptr;
    QWidget *details_ = nullptr;
};

// Backups and restores in the GUI. Owns the File menu's three actions (Back up…,
// Restore…, Automatic backups…); the work runs on worker threads with connections
// of their own, behind a cancellable progress dialog, so the GUI never waits.
//
// The main window provides the database access: the open database's path, closing
// every connection the program holds to it (before a restore), and reopening it
// afterwards. The non-interactive entry points (backupTo, inspect, restoreFrom,
// runDailyBackupIfDue) ask nothing and report through signals; the actions ask for
// files and confirmation, then call them and show the outcome in message boxes.
class BackupController : public QObject {
    Q_OBJECT
public:
    explicit BackupController(QWidget *parent);
    ~BackupController() override;

    QAction *backupAction() const { return backupAction_; }
    QAction *restoreAction() const { return restoreAction_; }
    QAction *autoBackupAction() const { return autoBackupAction_; }

    void setDatabaseAccess(std::function<QString()> currentPath, std::function<void()> closeDatabase,
                           std::function<bool(const QString &)> reopen);
    // Who backs up and restores (the services check their permissions).
    void setActingUser(const ActingUser &user) { user_ = user; }

    // A backup or restore (not the daily backup) is under way.
    bool isBusy() const { return job_ != nullptr; }

    // Writes a backup of the open database to `target`, replacing it if it exists
    // (the file dialog asked). Ends with backupFinished().
    void backupTo(const QString &target);
    // Checks a backup off the GUI thread. Ends with inspected() or inspectionFailed().
    void inspect(const QString &backupPath);
    // Closes the database, restores it from `backupPath`, reopens it; no questions.
    // Ends with restoreFinished().
    void restoreFrom(const QString &backupPath);
    // The same into `databasePath`, which need not be open (or exist): for a file
    // that could not be opened because it is damaged. Opens it afterwards.
    void restoreInto(const QString &databasePath, const QString &backupPath);
    // Today's automatic backup of the open database, if enabled and not yet written,
    // and the removal of those past the retention; on a worker thread, reported by
    // message() and dailyBackupFinished(). Call after a database opens.
    void runDailyBackupIfDue();

    // The confirmation shown before a restore (also what the tests check).
    QString describe(const storage::BackupInfo &info) const;

signals:
    // For the status bar.
    void message(const QString &text);
    // ok: `text` is the backup written; otherwise what went wrong (or that it was cancelled).
    void backupFinished(bool ok, const QString &text);
    void inspected(const QString &backupPath, const cutru::storage::BackupInfo &info);
    void inspectionFailed(const QString &backupPath, const QString &error);
    // ok: `text` says what was restored and where the safety copy is.
    void restoreFinished(bool ok, const QString &text);
    // ok: `text` is today's backup (written now or earlier), empty when disabled.
    void dailyBackupFinished(bool ok, const QString &text);
    void busyChanged(bool busy);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Job;

    void retranslate();
    void askAndBackUp();
    void askAndRestore();
    void editAutoBackup();
    void confirmRestore(const QString &backupPath, const storage::BackupInfo &info);
    void startBackup(const QString &target, bool interactive);
    void startInspect(const QString &backupPath, bool interactive);
    void startRestoreInto(const QString &databasePath, const QString &backupPath, bool interactive);
    // A progress dialog and poll timer for a job on the worker thread.
    std::shared_ptr<Job> beginJob(const QString &label, bool indeterminate);
    void endJob();
    void showProblem(const QString &title, const QString &text);
    QWidget *parentWidget() const;
    QString currentPath() const;
    QString suggestedBackupName() const;

    QAction *backupAction_ = nullptr;
    QAction *restoreAction_ = nullptr;
    QAction *autoBackupAction_ = nullptr;
    std::function<QString()> currentPath_;
    std::function<void()> closeDatabase_;
    std::function<bool(const QString &)> reopen_;
    ActingUser user_;
    std::shared_ptr<Job> job_;
    std::shared_ptr<Job> daily_;
    QPointer<QProgressDialog> progress_;
    std::pair<bool, bool> enabledBefore_{true, true}; // backup, restore actions
    QString lastFolder_;
};

} // namespace cutru
