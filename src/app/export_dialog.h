#pragma once

#include "app/work_progress.h"
#include "reports/data_export.h"
#include "services/acting_user.h"
#include "services/import_mapping.h"
#include "services/organisation_tree.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QPointer>
#include <atomic>
#include <functional>
#include <memory>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressDialog;
class QPushButton;

namespace cutru {

// File → Export members… / Export organisations…: the scope (an organisation of the
// tree, or everything the user may see), CSV or XLSX, the file; the export runs on a
// worker thread with a connection of its own, behind the cancellable progress dialog,
// and the dialog then says how many rows it wrote. The columns are the importers'
// (reports::exportData), so the file imports back.
class ExportDialog : public QDialog {
    Q_OBJECT
public:
    // Asks for the file to write: (parent, caption, suggested path, filter) → the path,
    // empty when cancelled. The default shows QFileDialog::getSaveFileName.
    using FileChooser = std::function<QString(QWidget *, const QString &, const QString &, const QString &)>;

    // `tree` (the window's, restricted to the user's organisations) lists the scopes
    // offered; `scopeId` is the one chosen first (0 or unknown: everything the user may see).
    ExportDialog(ImportKind kind, const QString &databasePath, const ActingUser &user, const OrganisationTree &tree,
                 qint64 scopeId, QWidget *parent = nullptr);
    ~ExportDialog() override;

    void setSaveFileChooser(FileChooser chooser) { chooser_ = std::move(chooser); }

    // The request as the controls make it.
    reports::ExportRequest request() const;
    // Starts the export to the file shown, without asking anything; false when one is
    // running or no file is given.
    bool startExport();
    bool isExporting() const { return watcher_.isRunning(); }
    bool hasResult() const { return hasResult_; }
    const reports::ExportResult &result() const { return result_; }

    QComboBox *scopeCombo() const { return scope_; }
    QComboBox *formatCombo() const { return format_; }
    QLineEdit *pathEdit() const { return path_; }
    QPushButton *browseButton() const { return browse_; }
    QPushButton *exportButton() const { return export_; }
    QLabel *messageLabel() const { return message_; }

    // Not while the export runs: its progress dialog's Cancel stops it.
    void reject() override;

signals:
    // An export ended: ok, and the message shown (rows and file, or what went wrong).
    void exported(bool ok, const QString &message);

private:
    struct Job : WorkProgress {
        reports::ExportResult result;
        std::atomic<bool> finished{false};
    };

    void browse();
    void askAndExport();
    void finished();
    void updateSuggestedPath();
    void updateButtons();
    QString suggestedFileName() const;
    QString extension() const;

    ImportKind kind_;
    QString databasePath_;
    ActingUser user_;
    FileChooser chooser_;
    std::shared_ptr<Job> job_;
    QFutureWatcher<void> watcher_;
    QPointer<QProgressDialog> progress_;
    reports::ExportResult result_;
    bool hasResult_ = false;
    bool pathChosen_ = false; // the user picked or typed the file: the scope no longer names it

    QComboBox *scope_ = nullptr;
    QComboBox *format_ = nullptr;
    QLineEdit *path_ = nullptr;
    QPushButton *browse_ = nullptr;
    QLabel *message_ = nullptr;
    QPushButton *export_ = nullptr;
    QDialogButtonBox *buttons_ = nullptr;
};

} // namespace cutru
