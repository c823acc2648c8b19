#pragma once

#include "app/report_document_dialog.h"
#include "reports/report_catalogue.h"
#include "reports/report_pdf.h"
#include "services/acting_user.h"
#include "services/organisation_tree.h"

#include <QFutureWatcher>
#include <QList>
#include <QPointer>
#include <QWidget>
#include <functional>
#include <memory>
#include <optional>

class QComboBox;
class QDateEdit;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QProgressDialog;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableView;

namespace cutru {

class ReportSortProxy;
class ReportTableModel;

// The Reports section: the catalogue's reports (reports::reportCatalogue()) for the
// scope chosen in the organisation tree, over a year, a half-year or a date range.
// - Compute reads the report off the GUI thread, on a connection of its own; what
//   goes wrong (a bad period or member, a scope the user may not read, the database)
//   is shown in the page.
// - Each table of the report in a tab, sortable by its headers (the totals row stays
//   last), and the chart in a tab of its own; double-click or Enter on a row that
//   leads one level down shows the same report for that organisation; Back returns.
// - PDF… (after the document details), Excel (XLSX)… and CSV… write on a worker
//   thread behind a cancellable progress dialog — except the PDF of a report with a
//   chart, which paintReport draws on the main thread only (Qt Charts), between
//   steps of which the dialog is kept responsive; Print preview… paints the PDF's
//   pages on a printer.
// Dialogs open with open() (never a blocking exec()); the file dialog goes through
// a chooser that tests may replace.
class ReportsPage : public QWidget {
    Q_OBJECT
public:
    enum class PeriodKind { Year, HalfYear, Range };
    enum class ExportFormat { Pdf, Xlsx, Csv };

    // What the worker hands back: the report, or the message saying why not.
    struct Result {
        std::optional<reports::Report> report;
        reports::ReportDocumentDetails details; // what the scope suggests for the PDF
        QString error;
    };

    // Asks for the file to write: (parent, caption, suggested path, filter) → the
    // path, empty when cancelled. The default shows QFileDialog::getSaveFileName.
    using SaveFileChooser = std::function<QString(QWidget *, const QString &, const QString &, const QString &)>;

    explicit ReportsPage(QWidget *parent = nullptr);
    ~ReportsPage() override;

    // Empty `path`: no database open. `tree`: the window's organisation tree, for the
    // scope's breadcrumb (null: codes only).
    void setDatabase(const QString &path, const ActingUser &user, const OrganisationTree *tree = nullptr);
    // The organisation chosen in the tree (0: the user's own scope). A shown report
    // is computed again for it.
    void setScope(qint64 organisationId);
    void setSaveFileChooser(SaveFileChooser chooser) { chooser_ = std::move(chooser); }

    // The request as the controls make it (the report chosen, scope, period, …).
    reports::ReportRequest request() const;
    bool selectReport(const QString &name);
    QString currentReportName() const;
    void setPeriodKind(PeriodKind kind);

    // Starts computing the chosen report; false when nothing can start (no database,
    // a user who may not read reports). computed() tells when it is shown.
    bool compute();
    bool isComputing() const { return watcher_.isRunning(); }
    // Shows the report for the organisation of `code` (a row's drill scope); Back returns.
    bool drillDown(const QString &code);
    bool goBack();
    // The report shown; nullopt when none.
    const std::optional<reports::Report> &report() const { return report_; }
    // The scope's code as the user sees it now (the drilled one, the tree's, or empty).
    QString scopeCode() const;

    // Writes the shown report off the GUI thread; exported() tells how it ended.
    // False (nothing started) when no report is shown or an export is running.
    bool exportTo(ExportFormat format, const QString &path,
                  const std::optional<reports::ReportDocumentDetails> &details = std::nullopt);
    bool isExporting() const { return exportJob_ != nullptr; }

    // The text shown in place of the report (no database, not allowed, an error, none
    // computed yet); the last export's message.
    QString message() const;
    QString lastExportMessage() const { return lastExportMessage_; }

    QListWidget *reportList() const { return list_; }
    QLabel *descriptionLabel() const { return description_; }
    QLabel *scopeLabel() const { return scope_; }
    QPushButton *backButton() const { return back_; }
    QComboBox *periodKindCombo() const { return periodKind_; }
    QSpinBox *yearSpin() const { return year_; }
    QComboBox *halfCombo() const { return half_; }
    QDateEdit *fromEdit() const { return from_; }
    QDateEdit *toEdit() const { return to_; }
    QComboBox *groupingCombo() const { return grouping_; }
    QLineEdit *memberEdit() const { return member_; }
    QPushButton *computeButton() const { return compute_; }
    QProgressBar *busyIndicator() const { return busy_; }
    QLabel *titleLabel() const { return title_; }
    QLabel *messageLabel() const { return message_; }
    QTabWidget *resultTabs() const { return tabs_; }
    // The tables shown, in the report's order.
    QList<QTableView *> tableViews() const { return views_; }
    QLabel *notesLabel() const { return notes_; }
    QPushButton *pdfButton() const { return pdf_; }
    QPushButton *xlsxButton() const { return xlsx_; }
    QPushButton *csvButton() const { return csv_; }
    QPushButton *printPreviewButton() const { return preview_; }
    // The document details dialog, while it is shown.
    ReportDocumentDialog *documentDialog() const { return documentDialog_; }

public slots:
    void askPdf();
    void askXlsx();
    void askCsv();
    void printPreview();

signals:
    // A computed report (or its error) is shown.
    void computed();
    // The user went to another organisation by drill-down or Back: the window's tree
    // may follow.
    void scopeChosen(qint64 organisationId);
    // A file was written to `path` (ok), or not: cancelled or failed.
    void exported(bool ok, const QString &path, const QString &message);

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct ExportJob;
    void retranslate();
    void fillCatalogue();
    void updateControls();
    void start(const reports::ReportRequest &request);
    void display(const Result &result);
    void clearResult();
    void clearTables();
    void showScope();
    void activateRow(const QModelIndex &index);
    void askExport(ExportFormat format, const std::optional<reports::ReportDocumentDetails> &details);
    void exportFinished();
    static void runExport(ExportJob &job, const std::function<void()> &pump);
    QString suggestedFileName(ExportFormat format) const;
    qint64 idOfCode(const QString &code) const;
    bool mayRead() const;

    QString path_;
    ActingUser user_;
    const OrganisationTree *tree_ = nullptr;
    QString scopeCode_;        // what the report covers: the tree's or a drilled one; empty: the user's own
    QList<reports::ReportRequest> backStack_; // what drill-down left, most recent last
    bool dirty_ = false;       // a shown report waits to be computed again
    std::optional<reports::ReportRequest> lastRequest_;
    std::optional<reports::Report> report_;
    reports::ReportDocumentDetails details_;
    QString lastExportMessage_;
    SaveFileChooser chooser_;

    QListWidget *list_ = nullptr;
    QLabel *listLabel_ = nullptr;
    QLabel *description_ = nullptr;
    QLabel *periodLabel_ = nullptr;
    QComboBox *periodKind_ = nullptr;
    QLabel *yearLabel_ = nullptr;
    QSpinBox *year_ = nullptr;
    QLabel *halfLabel_ = nullptr;
    QComboBox *half_ = nullptr;
    QLabel *fromLabel_ = nullptr;
    QDateEdit *from_ = nullptr;
    QLabel *toLabel_ = nullptr;
    QDateEdit *to_ = nullptr;
    QLabel *groupingLabel_ = nullptr;
    QComboBox *grouping_ = nullptr;
    QFormLayout *form_ = nullptr;
    QLabel *memberLabel_ = nullptr;
    QLineEdit *member_ = nullptr;
    QPushButton *compute_ = nullptr;
    QLabel *scope_ = nullptr;
    QPushButton *back_ = nullptr;
    QProgressBar *busy_ = nullptr;
    QLabel *title_ = nullptr;
    QLabel *message_ = nullptr;
    QTabWidget *tabs_ = nullptr;
    QList<QTableView *> views_;
    QList<ReportTableModel *> models_;
    QLabel *notes_ = nullptr;
    QLabel *exportMessage_ = nullptr;
    QPushButton *pdf_ = nullptr;
    QPushButton *xlsx_ = nullptr;
    QPushButton *csv_ = nullptr;
    QPushButton *preview_ = nullptr;
    QPointer<ReportDocumentDialog> documentDialog_;

    QFutureWatcher<Result> watcher_;
    std::shared_ptr<ExportJob> exportJob_;
    QFutureWatcher<void> exportWatcher_;
    QPointer<QProgressDialog> exportProgress_;
};

} // namespace cutru
