#pragma once

#include "app/work_progress.h"
#include "services/acting_user.h"
#include "services/import_mapping.h"
#include "services/import_report.h"
#include "services/tabular_file.h"
#include "storage/database.h"

#include <QFutureWatcher>
#include <QHash>
#include <QPointer>
#include <QWizard>
#include <QWizardPage>
#include <atomic>
#include <functional>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressDialog;
class QPushButton;
class QScrollArea;
class QTabWidget;
class QTableWidget;

namespace cutru {

class ImportWizard;

// What the worker threads of the wizard hand back.
struct ImportWork : WorkProgress {
    ImportReport report;
    std::atomic<bool> finished{false};
};

// Step 1: the file, how to read it, and its first rows as read.
class ImportFilePage : public QWizardPage {
    Q_OBJECT
public:
    static constexpr int kPreviewRows = 20;

    explicit ImportFilePage(ImportWizard *wizard);
    ~ImportFilePage() override;

    bool isComplete() const override;

    // Reads `path` (on a worker thread) with the options chosen.
    void setFilePath(const QString &path);
    bool isReading() const { return watcher_.isRunning(); }
    // The last file read; null before the first.
    std::shared_ptr<const tabular::Sheet> sheet() const { return sheet_; }

    QLineEdit *pathEdit() const { return path_; }
    QPushButton *browseButton() const { return browse_; }
    QComboBox *encodingCombo() const { return encoding_; }
    QComboBox *delimiterCombo() const { return delimiter_; }
    QComboBox *sheetCombo() const { return sheetNames_; }
    QTableWidget *rawTable() const { return raw_; }
    QLabel *messageLabel() const { return message_; }

signals:
    void fileRead();

private:
    void browse();
    // The file changed: its first sheet is read, whatever was chosen for the last one.
    void fileChanged();
    void startReading();
    void showSheet();
    tabular::ReadOptions options() const;

    ImportWizard *wizard_;
    std::shared_ptr<const tabular::Sheet> sheet_;
    QFutureWatcher<tabular::Sheet> watcher_;
    bool readAgain_ = false; // the options or file changed while a read was running
    QString readPath_;       // the file of the last read started
    QLineEdit *path_ = nullptr;
    QPushButton *browse_ = nullptr;
    QComboBox *encoding_ = nullptr;
    QComboBox *delimiter_ = nullptr;
    QComboBox *sheetNames_ = nullptr;
    QLabel *message_ = nullptr;
    QTableWidget *raw_ = nullptr;
};

// Step 2: which column feeds which field; saved mappings.
class ImportMappingPage : public QWizardPage {
    Q_OBJECT
public:
    explicit ImportMappingPage(ImportWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;

    // The mapping as the combos show it.
    ColumnMapping mapping() const;
    // The combo of file column `column` (its data: a field key, empty for ignored).
    QComboBox *fieldCombo(int column) const;
    int columnCount() const { return int(fieldCombos_.size()); }
    // Selects `fieldKey` (empty: ignore) for file column `column`.
    bool setField(int column, const QString &fieldKey);
    // Applies the saved mapping `name`; false when there is none by that name.
    bool applySavedMapping(const QString &name);
    // Saves the current mapping as `name`; the outcome's message is shown on the page.
    SaveOutcome saveMapping(const QString &name);

    QComboBox *savedMappingsCombo() const { return saved_; }
    QPushButton *saveMappingButton() const { return save_; }
    QLabel *problemsLabel() const { return problems_; }
    QLabel *messageLabel() const { return message_; }

private:
    void showMapping(const ColumnMapping &mapping);
    void refreshSavedNames(const QString &select);
    void askAndSave();
    void updateProblems();

    ImportWizard *wizard_;
    QStringList header_; // of the file the combos were built for
    QComboBox *saved_ = nullptr;
    QPushButton *save_ = nullptr;
    QScrollArea *scroll_ = nullptr;
    std::shared_ptr<const tabular::Sheet> shownSheet_; // whose samples the rows show
    QList<QComboBox *> fieldCombos_;
    QLabel *problems_ = nullptr;
    QLabel *message_ = nullptr;
};

// Step 3: what would happen, before anything is written.
class ImportPreviewPage : public QWizardPage {
    Q_OBJECT
public:
    explicit ImportPreviewPage(ImportWizard *wizard);
    ~ImportPreviewPage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

    // Analyses the file again with the mode chosen (on a worker thread).
    void analyse();
    bool isAnalysing() const { return watcher_.isRunning(); }
    // The last analysis finished (check report().cancelled).
    bool hasReport() const { return hasReport_; }
    const ImportReport &report() const { return report_; }

    QComboBox *modeCombo() const { return mode_; }
    QLabel *modeExplanation() const { return modeExplanation_; }
    QLabel *statusLabel() const { return status_; }
    // The value label of a count: "total", "valid", "invalid", "duplicates", "possible", "repeated".
    QLabel *countLabel(const QString &name) const;
    QTabWidget *detailTabs() const { return tabs_; }
    QTableWidget *problemsTable() const { return problemsTable_; }
    QTableWidget *warningsTable() const { return warningsTable_; }
    QListWidget *unknownList() const { return unknownList_; }
    QPushButton *saveRejectedButton() const { return saveRejected_; }
    QPushButton *analyseButton() const { return analyseAgain_; }

signals:
    void analysed();

private:
    void showReport();
    void clearReport();
    void updateModeExplanation();

    ImportWizard *wizard_;
    std::shared_ptr<ImportWork> work_;
    QFutureWatcher<void> watcher_;
    QPointer<QProgressDialog> progress_;
    ImportReport report_;
    bool hasReport_ = false;

    QComboBox *mode_ = nullptr;
    QLabel *modeExplanation_ = nullptr;
    QLabel *status_ = nullptr;
    QHash<QString, QLabel *> counts_;
    QTabWidget *tabs_ = nullptr;
    QTableWidget *problemsTable_ = nullptr;
    QTableWidget *warningsTable_ = nullptr;
    QListWidget *unknownList_ = nullptr;
    QPushButton *saveRejected_ = nullptr;
    QPushButton *analyseAgain_ = nullptr;
};

// Step 4: the import itself, then what it did.
class ImportResultPage : public QWizardPage {
    Q_OBJECT
public:
    explicit ImportResultPage(ImportWizard *wizard);
    ~ImportResultPage() override;

    void initializePage() override;
    bool isComplete() const override;

    bool isImporting() const { return watcher_.isRunning(); }
    bool hasReport() const { return hasReport_; }
    const ImportReport &report() const { return report_; }

    QLabel *summaryLabel() const { return summary_; }
    QPushButton *saveRejectedButton() const { return saveRejected_; }

signals:
    void importFinished();

private:
    void showReport();

    ImportWizard *wizard_;
    std::shared_ptr<ImportWork> work_;
    QFutureWatcher<void> watcher_;
    QPointer<QProgressDialog> progress_;
    ImportReport report_;
    bool hasReport_ = false;
    QLabel *summary_ = nullptr;
    QPushButton *saveRejected_ = nullptr;
};

// File → Import members… / Import organisations…: the file (CSV or XLSX, encoding,
// delimiter, sheet), the column mapping (guessed, editable, saved by name), a preview
// that counts valid, invalid and duplicate rows and lists every problem, then the
// import in one transaction. Reading, analysing and importing run on worker threads
// (the last two on connections of their own) behind the cancellable progress dialog;
// a cancelled or failed import leaves the database as it was.
class ImportWizard : public QWizard {
    Q_OBJECT
public:
    enum PageId { FilePage, MappingPage, PreviewPage, ResultPage };

    // Asks for a file: (parent, caption, suggested path, filter) → the path, empty
    // when cancelled. The defaults show QFileDialog.
    using FileChooser = std::function<QString(QWidget *, const QString &, const QString &, const QString &)>;
    // Asks for a name: (parent, title, label, suggested) → the name, empty when cancelled.
    using NameAsker = std::function<QString(QWidget *, const QString &, const QString &, const QString &)>;

    // `db` is the GUI thread's connection (saved mappings); the analysis and the import
    // open connections of their own to the same file. It must outlive the wizard.
    ImportWizard(ImportKind kind, storage::Database &db, const ActingUser &user, QWidget *parent = nullptr);
    ~ImportWizard() override;

    ImportKind kind() const { return kind_; }
    storage::Database &database() const { return db_; }
    const ActingUser &user() const { return user_; }

    void setOpenFileChooser(FileChooser chooser) { openChooser_ = std::move(chooser); }
    void setSaveFileChooser(FileChooser chooser) { saveChooser_ = std::move(chooser); }
    void setNameAsker(NameAsker asker) { nameAsker_ = std::move(asker); }
    QString chooseFileToOpen(const QString &caption, const QString &suggested, const QString &filter);
    QString chooseFileToSave(const QString &caption, const QString &suggested, const QString &filter);
    QString askName(const QString &title, const QString &label, const QString &suggested);

    ImportFilePage *filePage() const { return filePage_; }
    ImportMappingPage *mappingPage() const { return mappingPage_; }
    ImportPreviewPage *previewPage() const { return previewPage_; }
    ImportResultPage *resultPage() const { return resultPage_; }

    // Shared by the pages.
    std::shared_ptr<const tabular::Sheet> sheet() const { return filePage_->sheet(); }
    ColumnMapping mapping() const { return mappingPage_->mapping(); }
    DuplicateMode duplicateMode() const;
    // Asks for a file and writes `report`'s rejected rows to it; the message says how it went.
    void saveRejectedRows(const ImportReport &report, QLabel *messageLabel);
    // Writes them to `path` without asking; false with *error when it cannot.
    bool writeRejected(const ImportReport &report, const QString &path, QString *error = nullptr) const;
    // The work of a page is under way: the wizard may not close.
    bool isBusy() const;
    // "members.csv" / "Sheet1 of members.xlsx", for progress labels.
    QString fileDescription() const;

    // A worker's body: opens its own connection and runs the preview or the import.
    static ImportReport analyseOrImport(const QString &databasePath, const ActingUser &user, ImportKind kind,
                                        std::shared_ptr<const tabular::Sheet> sheet, const ColumnMapping &mapping,
                                        const ImportOptions &options, bool write, const ImportProgress &progress);

signals:
    // Rows were written: lists and the tree should follow.
    void imported(cutru::ImportKind kind);

public:
    void reject() override;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    ImportKind kind_;
    storage::Database &db_;
    ActingUser user_;
    FileChooser openChooser_;
    FileChooser saveChooser_;
    NameAsker nameAsker_;
    ImportFilePage *filePage_ = nullptr;
    ImportMappingPage *mappingPage_ = nullptr;
    ImportPreviewPage *previewPage_ = nullptr;
    ImportResultPage *resultPage_ = nullptr;
};

// The message of a failed outcome: its message, else its field errors, one a line.
QString outcomeText(const SaveOutcome &outcome);

} // namespace cutru
