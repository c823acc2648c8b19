#include "app/backup_controller.h"

#include "app/work_progress.h"

#include "services/backup_service.h"
#include "services/outcome.h"
#include "storage/database.h"

#include <QAction>
#include <QCheckBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>
#include <atomic>
#include <spdlog/spdlog.h>

namespace cutru {
namespace {

const char *const kAutoKey = "backup/auto";
const char *const kFolderKey = "backup/folder";
const char *const kKeepDaysKey = "backup/keepDays";

// What a job on the worker thread came back with.
struct Outcome {
    bool ok = false;
    bool cancelled = false;
    QString error; // for users
    storage::BackupInfo info;
    storage::RestoreResult restored;
    BackupService::DailyResult daily;
};

// Runs `work` on the thread pool, turning exceptions into an Outcome.
template <typename Work>
QFuture<Outcome> runJob(const char *what, Work work)
{
    return QtConcurrent::run([what, work] {
        Outcome o;
        try {
            work(o);
        } catch (const storage::OperationCancelled &) {
            o.cancelled = true;
        } catch (const storage::StorageError &e) {
            spdlog::error("{} failed: {} ({})", what, e.userMessage().toStdString(), e.detail().toStdString());
            o.error = e.userMessage();
        } catch (const AccessDenied &e) {
            o.error = e.userMessage();
        } catch (const std::exception &e) {
            spdlog::error("{} failed: {}", what, e.what());
            o.error = BackupController::tr("The operation failed; see the log for details.");
        }
        return o;
    });
}

QString withCutruSuffix(const QString &path)
{
    return QFileInfo(path).suffix().isEmpty() ? path + QStringLiteral(".cutru") : path;
}

} // namespace

// ---- Settings ------------------------------------------------------------------------

QString AutoBackupSettings::defaultFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("backups"));
}

AutoBackupSettings AutoBackupSettings::load()
{
    const QSettings s;
    AutoBackupSettings a;
    a.enabled = s.value(QLatin1String(kAutoKey), true).toBool();
    a.folder = s.value(QLatin1String(kFolderKey)).toString();
    if (a.folder.isEmpty())
        a.folder = defaultFolder();
    a.keepDays = std::clamp(s.value(QLatin1String(kKeepDaysKey), 14).toInt(), 1, 365);
    return a;
}

void AutoBackupSettings::save() const
{
    QSettings s;
    s.setValue(QLatin1String(kAutoKey), enabled);
    s.setValue(QLatin1String(kFolderKey), folder);
    s.setValue(QLatin1String(kKeepDaysKey), std::clamp(keepDays, 1, 365));
}

// ---- Automatic backups dialog -------------------------------------------------------

AutoBackupDialog::AutoBackupDialog(const AutoBackupSettings &settings, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Automatic backups"));
    auto *layout = new QVBoxLayout(this);
    enabled_ = new QCheckBox(tr("Back up the open database automatically once a day"), this);
    enabled_->setChecked(settings.enabled);
    layout->addWidget(enabled_);

    details_ = new QWidget(this);
    auto *form = new QFormLayout(details_);
    form->setContentsMargins(0, 0, 0, 0);
    folder_ = new QLineEdit(settings.folder, details_);
    auto *browse = new QPushButton(tr("Browse…"), details_);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(folder_, 1);
    folderRow->addWidget(browse);
    form->addRow(tr("Folder:"), folderRow);
    keepDays_ = new QSpinBox(details_);
    keepDays_->setRange(1, 365);
    keepDays_->setValue(std::clamp(settings.keepDays, 1, 365));
    keepDays_->setSuffix(tr(" days"));
    form->addRow(tr("Keep for:"), keepDays_);
    layout->addWidget(details_);

    auto *explanation = new QLabel(tr("The first time a database is opened each day, a copy of it is saved in the "
                                      "folder, named after the database and the date (for example "
                                      "demo-2025-03-14.cutru). Its automatic backups older than the number of days "
                                      "above are removed; other files in the folder are left alone."),
                                   this);
    explanation->setWordWrap(true);
    layout->addWidget(explanation);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (enabled_->isChecked() && folder_->text().trimmed().isEmpty()) {
            QMessageBox::warning(this, windowTitle(), tr("Choose the folder for the automatic backups."));
            return;
        }
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(browse, &QPushButton::clicked, this, &AutoBackupDialog::browse);
    connect(enabled_, &QCheckBox::toggled, this, &AutoBackupDialog::updateEnabled);
    updateEnabled();
    resize(520, sizeHint().height());
}

AutoBackupSettings AutoBackupDialog::settings() const
{
    AutoBackupSettings s;
    s.enabled = enabled_->isChecked();
    s.folder = folder_->text().trimmed().isEmpty() ? AutoBackupSettings::defaultFolder()
                                                   : QDir::cleanPath(folder_->text().trimmed());
    s.keepDays = keepDays_->value();
    return s;
}

void AutoBackupDialog::browse()
{
    const QString chosen =
        QFileDialog::getExistingDirectory(this, tr("Folder for automatic backups"), folder_->text());
    if (!chosen.isEmpty())
        folder_->setText(QDir::toNativeSeparators(chosen));
}

void AutoBackupDialog::updateEnabled()
{
    details_->setEnabled(enabled_->isChecked());
}

// ---- Controller ----------------------------------------------------------------------

struct BackupController::Job : WorkProgress {
    QFuture<void> future;

    storage::CopyProgress progress()
    {
        return [this](qint64 d, qint64 t) {
            done.store(d);
            total.store(t);
            return !cancel.load();
        };
    }
    std::function<bool()> keepGoing()
    {
        return [this] { return !cancel.load(); };
    }
};

BackupController::BackupController(QWidget *parent)
    : QObject(parent)
{
    backupAction_ = new QAction(this);
    restoreAction_ = new QAction(this);
    autoBackupAction_ = new QAction(this);
    connect(backupAction_, &QAction::triggered, this, &BackupController::askAndBackUp);
    connect(restoreAction_, &QAction::triggered, this, &BackupController::askAndRestore);
    connect(autoBackupAction_, &QAction::triggered, this, &BackupController::editAutoBackup);
    if (parent != nullptr)
        parent->installEventFilter(this);
    retranslate();
}

BackupController::~BackupController()
{
    // The workers hold no pointer to this object, but the program should not end
    // with a copy half written: ask them to stop (partial files are removed) and wait.
    for (const auto &job : {job_, daily_})
        if (job)
            job->cancel.store(true);
    for (const auto &job : {job_, daily_})
        if (job)
            job->future.waitForFinished();
    delete progress_.data();
}

void BackupController::setDatabaseAccess(std::function<QString()> currentPath, std::function<void()> closeDatabase,
                                         std::function<bool(const QString &)> reopen)
{
    currentPath_ = std::move(currentPath);
    closeDatabase_ = std::move(closeDatabase);
    reopen_ = std::move(reopen);
}

bool BackupController::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parent() && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void BackupController::retranslate()
{
    backupAction_->setText(tr("&Back up…"));
    backupAction_->setStatusTip(tr("Save a copy of the open database, also while it is in use"));
    restoreAction_->setText(tr("&Restore from a backup…"));
    restoreAction_->setStatusTip(
        tr("Replace the open database with a backup; a safety copy of it is kept first"));
    autoBackupAction_->setText(tr("&Automatic backups…"));
    autoBackupAction_->setStatusTip(tr("Daily backups: on or off, where, and for how many days"));
}

QWidget *BackupController::parentWidget() const
{
    return qobject_cast<QWidget *>(parent());
}

QString BackupController::currentPath() const
{
    return currentPath_ ? currentPath_() : QString();
}

void BackupController::showProblem(const QString &title, const QString &text)
{
    QMessageBox::warning(parentWidget(), title, text);
}

QString BackupController::suggestedBackupName() const
{
    QString folder = lastFolder_;
    if (folder.isEmpty())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString base = QFileInfo(currentPath()).completeBaseName();
    return QDir(folder).filePath(
        QStringLiteral("%1-backup-%2.cutru").arg(base, QDate::currentDate().toString(Qt::ISODate)));
}

QString BackupController::describe(const storage::BackupInfo &info) const
{
    const QLocale locale;
    const QString newest = info.newestChange.isValid()
                               ? info.newestChange.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm"))
                               : tr("none");
    return tr("Backup file: %1\nSchema version: %2\nMembers: %3\nOrganisations: %4\nNewest change: %5")
        .arg(QDir::toNativeSeparators(info.path), QString::number(info.schemaVersion),
             locale.toString(info.members), locale.toString(info.organisations), newest);
}

std::shared_ptr<BackupController::Job> BackupController::beginJob(const QString &label, bool indeterminate)
{
    auto job = std::make_shared<Job>();
    job_ = job;
    // Disabled while the job runs, then as they were (the main window may have
    // disabled them for a user without the right).
    enabledBefore_ = {backupAction_->isEnabled(), restoreAction_->isEnabled()};
    backupAction_->setEnabled(false);
    restoreAction_->setEnabled(false);
    emit busyChanged(true);

    auto *dialog = newWorkProgressDialog(parentWidget(), tr("CuTru"), label, job);
    if (!indeterminate)
        dialog->setMaximum(1000);
    progress_ = dialog;
    return job;
}

void BackupController::endJob()
{
    job_.reset();
    if (progress_) {
        progress_->hide();
        progress_->deleteLater();
    }
    backupAction_->setEnabled(enabledBefore_.first);
    restoreAction_->setEnabled(enabledBefore_.second);
    emit busyChanged(false);
}

// ---- Backup ----------------------------------------------------------------------------

void BackupController::askAndBackUp()
{
    if (isBusy())
        return;
    if (currentPath().isEmpty()) {
        showProblem(tr("Back up"), tr("No database is open."));
        return;
    }
    QString target = QFileDialog::getSaveFileName(parentWidget(), tr("Back up the database"), suggestedBackupName(),
                                                  tr("CuTru databases (*.cutru)"));
    if (target.isEmpty())
        return;
    target = withCutruSuffix(target);
    lastFolder_ = QFileInfo(target).absolutePath();
    startBackup(target, true);
}

void BackupController::backupTo(const QString &target)
{
    startBackup(target, false);
}

void BackupController::startBackup(const QString &target, bool interactive)
{
    const QString path = currentPath();
    if (isBusy() || path.isEmpty()) {
        const QString why = isBusy() ? tr("Another backup or restore is under way.") : tr("No database is open.");
        if (interactive)
            showProblem(tr("Back up"), why);
        emit backupFinished(false, why);
        return;
    }
    auto job = beginJob(tr("Backing up %1 to %2…").arg(QFileInfo(path).fileName(), QDir::toNativeSeparators(target)),
                        false);
    const ActingUser user = user_;
    QFuture<Outcome> future = runJob("backup", [user, path, target, job](Outcome &o) {
        o.ok = BackupService(user).backUp(path, target, job->progress(), storage::ReplaceExisting::Yes);
        o.cancelled = !o.ok;
    });
    job->future = future;
    auto *watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcher<Outcome>::finished, this, [this, watcher, target, interactive] {
        const Outcome o = watcher->result();
        watcher->deleteLater();
        endJob();
        if (o.ok) {
            emit message(tr("Backed up to %1.").arg(QDir::toNativeSeparators(target)));
            emit backupFinished(true, target);
        } else if (o.cancelled) {
            emit message(tr("The backup was cancelled."));
            emit backupFinished(false, tr("The backup was cancelled."));
        } else {
            emit message(tr("The backup failed."));
            if (interactive)
                showProblem(tr("Back up"), o.error);
            emit backupFinished(false, o.error);
        }
    });
    watcher->setFuture(future);
}

// ---- Restore ---------------------------------------------------------------------------

void BackupController::askAndRestore()
{
    if (isBusy())
        return;
    QString folder = lastFolder_;
    if (folder.isEmpty()) {
        const AutoBackupSettings settings = AutoBackupSettings::load();
        folder = QFileInfo(settings.folder).isDir()
                     ? settings.folder
                     : QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    }
    const QString chosen = QFileDialog::getOpenFileName(parentWidget(), tr("Restore from a backup"), folder,
                                                        tr("CuTru databases (*.cutru);;All files (*)"));
    if (chosen.isEmpty())
        return;
    lastFolder_ = QFileInfo(chosen).absolutePath();
    startInspect(chosen, true);
}

void BackupController::inspect(const QString &backupPath)
{
    startInspect(backupPath, false);
}

void BackupController::startInspect(const QString &backupPath, bool interactive)
{
    if (isBusy()) {
        emit inspectionFailed(backupPath, tr("Another backup or restore is under way."));
        return;
    }
    auto job = beginJob(tr("Checking the backup %1…").arg(QDir::toNativeSeparators(backupPath)), true);
    const ActingUser user = user_;
    QFuture<Outcome> future = runJob("backup check", [user, backupPath, job](Outcome &o) {
        o.info = BackupService(user).inspect(backupPath, job->keepGoing());
        o.ok = true;
    });
    job->future = future;
    auto *watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcher<Outcome>::finished, this, [this, watcher, backupPath, interactive] {
        const Outcome o = watcher->result();
        watcher->deleteLater();
        endJob();
        if (o.cancelled) {
            emit inspectionFailed(backupPath, tr("The check was cancelled."));
            return;
        }
        if (!o.ok) {
            if (interactive)
                showProblem(tr("Restore"), o.error);
            emit inspectionFailed(backupPath, o.error);
            return;
        }
        emit inspected(backupPath, o.info);
        if (interactive)
            confirmRestore(backupPath, o.info);
    });
    watcher->setFuture(future);
}

void BackupController::confirmRestore(const QString &backupPath, const storage::BackupInfo &info)
{
    QString target = currentPath();
    if (target.isEmpty()) {
        // No database open (perhaps it was refused as damaged): ask which file to restore into.
        target = QFileDialog::getSaveFileName(parentWidget(), tr("Restore into which database file?"),
                                              lastFolder_, tr("CuTru databases (*.cutru)"));
        if (target.isEmpty())
            return;
        target = withCutruSuffix(target);
    }
    QMessageBox box(QMessageBox::Question, tr("Restore"),
                    tr("Restore the database %1 from this backup?").arg(QDir::toNativeSeparators(target)),
                    QMessageBox::NoButton, parentWidget());
    box.setInformativeText(describe(info) + QStringLiteral("\n\n")
                           + tr("Everything in the database now is replaced by the backup's content. A safety copy "
                                "of the database as it is now is kept beside it first, named "
                                "…before-restore-(date and time).cutru."));
    QPushButton *restore = box.addButton(tr("Restore"), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != restore)
        return;
    startRestoreInto(target, backupPath, true);
}

void BackupController::restoreFrom(const QString &backupPath)
{
    startRestoreInto(currentPath(), backupPath, false);
}

void BackupController::restoreInto(const QString &databasePath, const QString &backupPath)
{
    startRestoreInto(databasePath, backupPath, false);
}

void BackupController::startRestoreInto(const QString &databasePath, const QString &backupPath, bool interactive)
{
    if (isBusy() || databasePath.isEmpty()) {
        const QString why = isBusy() ? tr("Another backup or restore is under way.") : tr("No database is open.");
        if (interactive)
            showProblem(tr("Restore"), why);
        emit restoreFinished(false, why);
        return;
    }
    auto job = beginJob(tr("Restoring %1 from %2…")
                            .arg(QFileInfo(databasePath).fileName(), QDir::toNativeSeparators(backupPath)),
                        false);
    if (progress_)
        progress_->setMinimumDuration(0); // the database is closed from now on: say so at once
    // Every connection this program holds to the file closes before the switch.
    const bool wasOpen = !currentPath().isEmpty();
    // Taken before closing: closing the database ends the session's user.
    const ActingUser user = user_;
    if (closeDatabase_)
        closeDatabase_();
    QFuture<Outcome> future = runJob("restore", [user, databasePath, backupPath, job](Outcome &o) {
        o.restored = BackupService(user).restore(databasePath, backupPath, job->progress());
        o.ok = o.restored.completed;
        o.cancelled = !o.restored.completed;
    });
    job->future = future;
    auto *watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcher<Outcome>::finished, this,
            [this, watcher, databasePath, backupPath, interactive, wasOpen] {
                const Outcome o = watcher->result();
                watcher->deleteLater();
                endJob();
                // Reopened whatever happened: a refused or cancelled restore changed nothing.
                if ((wasOpen || o.ok) && reopen_ && !reopen_(databasePath))
                    spdlog::error("{} could not be reopened after the restore", databasePath.toStdString());
                if (o.ok) {
                    QString text = tr("Restored %1 from %2.")
                                       .arg(QDir::toNativeSeparators(databasePath),
                                            QDir::toNativeSeparators(backupPath));
                    if (!o.restored.safetyCopy.isEmpty())
                        text += QLatin1Char(' ')
                                + tr("The database as it was before is kept in %1.")
                                      .arg(QDir::toNativeSeparators(o.restored.safetyCopy));
                    emit message(tr("Restored from %1.").arg(QDir::toNativeSeparators(backupPath)));
                    if (interactive)
                        QMessageBox::information(parentWidget(), tr("Restore"), text);
                    emit restoreFinished(true, text);
                } else if (o.cancelled) {
                    emit message(tr("The restore was cancelled; nothing was changed."));
                    emit restoreFinished(false, tr("The restore was cancelled; nothing was changed."));
                } else {
                    emit message(tr("The restore failed."));
                    if (interactive)
                        showProblem(tr("Restore"), o.error);
                    emit restoreFinished(false, o.error);
                }
            });
    watcher->setFuture(future);
}

// ---- Automatic backups -------------------------------------------------------------

void BackupController::editAutoBackup()
{
    AutoBackupDialog dialog(AutoBackupSettings::load(), parentWidget());
    if (dialog.exec() != QDialog::Accepted)
        return;
    const AutoBackupSettings settings = dialog.settings();
    settings.save();
    if (settings.enabled)
        runDailyBackupIfDue();
}

void BackupController::runDailyBackupIfDue()
{
    const AutoBackupSettings settings = AutoBackupSettings::load();
    const QString path = currentPath();
    // A database on a server is backed up there, with pg_dump; there is no file to copy.
    if (!settings.enabled || path.isEmpty() || storage::DatabaseTarget::isServerUri(path)) {
        emit dailyBackupFinished(true, QString());
        return;
    }
    if (daily_) // one at a time; the one under way covers today
        return;
    auto job = std::make_shared<Job>();
    daily_ = job;
    const ActingUser user = user_;
    const QDate today = QDate::currentDate();
    QFuture<Outcome> future = runJob("automatic backup", [user, path, settings, today, job](Outcome &o) {
        o.daily = BackupService(user).runDailyBackupIfDue(path, settings.folder, settings.keepDays, today,
                                                          job->progress());
        o.ok = !o.daily.cancelled;
        o.cancelled = o.daily.cancelled;
    });
    job->future = future;
    auto *watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcher<Outcome>::finished, this, [this, watcher] {
        const Outcome o = watcher->result();
        watcher->deleteLater();
        daily_.reset();
        if (o.ok) {
            if (!o.daily.written.isEmpty())
                emit message(tr("Automatic backup saved: %1").arg(QDir::toNativeSeparators(o.daily.written)));
            emit dailyBackupFinished(true, o.daily.written.isEmpty() ? o.daily.existing : o.daily.written);
        } else if (!o.cancelled) {
            emit message(tr("The automatic backup failed: %1").arg(o.error));
            emit dailyBackupFinished(false, o.error);
        }
    });
    watcher->setFuture(future);
}

} // namespace cutru
