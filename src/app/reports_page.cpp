#include "app/reports_page.h"

#include "app/form_errors.h"
#include "app/referrals_page.h"
#include "app/report_document_dialog.h"
#include "app/report_table_model.h"
#include "app/work_progress.h"
#include "domain/access.h"
#include "domain/dates.h"
#include "reports/csv_writer.h"
#include "reports/report_chart.h"
#include "reports/report_xlsx.h"
#include "services/outcome.h"
#include "services/report_scope.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>
#include <spdlog/spdlog.h>

namespace cutru {
namespace {

const QString kFolderKey = QStringLiteral("reports/exportFolder");

// Runs on the thread pool, on a connection of its own.
ReportsPage::Result computeReport(const QString &path, const ActingUser &user, const reports::ReportRequest &request,
                                  const QDate &today)
{
    ReportsPage::Result r;
    try {
        // The main window checked the file's integrity when it opened it.
        storage::Database db = storage::Database::open(path, storage::Database::Create::MustExist,
                                                       storage::Database::IntegrityCheck::Skip);
        reports::Report report = reports::makeReport(db, user, request, today);
        r.details = reports::defaultDocumentDetails(db, report, today);
        r.report = std::move(report);
    } catch (const RequestError &e) {
        r.error = e.userMessage();
    } catch (const AccessDenied &e) {
        r.error = e.userMessage();
    } catch (const storage::StorageError &e) {
        spdlog::error("report {} failed: {} ({})", request.name.toStdString(), e.userMessage().toStdString(),
                      e.detail().toStdString());
        r.error = e.userMessage();
    } catch (const std::exception &e) {
        // Whatever else went wrong must not reach the GUI thread as an exception.
        spdlog::error("report {} failed: {}", request.name.toStdString(), e.what());
        r.error = ReportsPage::tr("The report could not be computed.");
    }
    return r;
}

QString extensionOf(ReportsPage::ExportFormat format)
{
    switch (format) {
    case ReportsPage::ExportFormat::Pdf: return QStringLiteral("pdf");
    case ReportsPage::ExportFormat::Xlsx: return QStringLiteral("xlsx");
    case ReportsPage::ExportFormat::Csv: return QStringLiteral("csv");
    }
    return {};
}

} // namespace

// An export worker's state, shared with the progress dialog.
struct ReportsPage::ExportJob : WorkProgress {
    ExportFormat format = ExportFormat::Pdf;
    QString path;
    reports::Report report;
    reports::ReportDocumentDetails details;
    // Set by the worker before it finishes.
    bool ok = false;
    QString error; // empty when cancelled
};

// ---- Construction -------------------------------------------------------------------------------

ReportsPage::ReportsPage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("reportsPage"));
    chooser_ = [](QWidget *owner, const QString &caption, const QString &suggested, const QString &filter) {
        return QFileDialog::getSaveFileName(owner, caption, suggested, filter);
    };

    // Left: which report, over what.
    auto *left = new QWidget(this);
    listLabel_ = new QLabel(left);
    list_ = new QListWidget(left);
    list_->setObjectName(QStringLiteral("reportList"));
    listLabel_->setBuddy(list_);
    description_ = new QLabel(left);
    description_->setObjectName(QStringLiteral("reportDescription"));
    description_->setWordWrap(true);

    periodLabel_ = new QLabel(left);
    periodKind_ = new QComboBox(left);
    periodKind_->setObjectName(QStringLiteral("reportPeriodKind"));
    periodKind_->addItems({QString(), QString(), QString()});
    periodLabel_->setBuddy(periodKind_);
    yearLabel_ = new QLabel(left);
    year_ = new QSpinBox(left);
    year_->setObjectName(QStringLiteral("reportYear"));
    year_->setRange(1990, 2100);
    year_->setGroupSeparatorShown(false);
    year_->setValue(QDate::currentDate().year());
    yearLabel_->setBuddy(year_);
    halfLabel_ = new QLabel(left);
    half_ = new QComboBox(left);
    half_->setObjectName(QStringLiteral("reportHalf"));
    half_->addItems({QString(), QString()});
    halfLabel_->setBuddy(half_);
    auto dateEdit = [left](const QString &name, const QDate &date) {
        auto *e = new QDateEdit(date, left);
        e->setObjectName(name);
        e->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
        e->setCalendarPopup(true);
        return e;
    };
    const int thisYear = QDate::currentDate().year();
    fromLabel_ = new QLabel(left);
    from_ = dateEdit(QStringLiteral("reportFrom"), QDate(thisYear, 1, 1));
    fromLabel_->setBuddy(from_);
    toLabel_ = new QLabel(left);
    to_ = dateEdit(QStringLiteral("reportTo"), QDate(thisYear, 12, 31));
    toLabel_->setBuddy(to_);
    groupingLabel_ = new QLabel(left);
    grouping_ = new QComboBox(left);
    grouping_->setObjectName(QStringLiteral("reportGrouping"));
    for (reports::Grouping g : {reports::Grouping::Children, reports::Grouping::District, reports::Grouping::Commune,
                                reports::Grouping::Cell})
        grouping_->addItem(QString(), int(g));
    groupingLabel_->setBuddy(grouping_);
    memberLabel_ = new QLabel(left);
    member_ = new QLineEdit(left);
    member_->setObjectName(QStringLiteral("reportMember"));
    member_->setClearButtonEnabled(true);
    memberLabel_->setBuddy(member_);
    compute_ = new QPushButton(left);
    compute_->setObjectName(QStringLiteral("reportCompute"));
    compute_->setDefault(true);

    auto *form = form_ = new QFormLayout;
    form->addRow(periodLabel_, periodKind_);
    form->addRow(yearLabel_, year_);
    form->addRow(halfLabel_, half_);
    form->addRow(fromLabel_, from_);
    form->addRow(toLabel_, to_);
    form->addRow(groupingLabel_, grouping_);
    form->addRow(memberLabel_, member_);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(listLabel_);
    leftLayout->addWidget(list_, 1);
    leftLayout->addWidget(description_);
    leftLayout->addLayout(form);
    leftLayout->addWidget(compute_);

    // Right: the scope, the report, its exports.
    auto *right = new QWidget(this);
    scope_ = new QLabel(right);
    scope_->setObjectName(QStringLiteral("reportScope"));
    scope_->setWordWrap(true);
    back_ = new QPushButton(right);
    back_->setObjectName(QStringLiteral("reportBack"));
    back_->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    back_->hide(); // until a drill-down
    auto *scopeRow = new QHBoxLayout;
    scopeRow->addWidget(scope_, 1);
    scopeRow->addWidget(back_);
    title_ = new QLabel(right);
    title_->setObjectName(QStringLiteral("reportTitle"));
    title_->setWordWrap(true);
    QFont big = title_->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    title_->setFont(big);
    busy_ = new QProgressBar(right);
    busy_->setObjectName(QStringLiteral("reportBusy"));
    busy_->setRange(0, 0); // no steps to count: it moves while the worker runs
    busy_->setTextVisible(false);
    busy_->setMaximumHeight(12);
    busy_->hide();
    message_ = new QLabel(right);
    message_->setObjectName(QStringLiteral("reportMessage"));
    message_->setWordWrap(true);
    message_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    tabs_ = new QTabWidget(right);
    tabs_->setObjectName(QStringLiteral("reportTabs"));
    tabs_->setDocumentMode(true);
    tabs_->hide();
    notes_ = new QLabel(right);
    notes_->setObjectName(QStringLiteral("reportNotes"));
    notes_->setWordWrap(true);
    notes_->hide();
    pdf_ = new QPushButton(right);
    pdf_->setObjectName(QStringLiteral("reportPdf"));
    xlsx_ = new QPushButton(right);
    xlsx_->setObjectName(QStringLiteral("reportXlsx"));
    csv_ = new QPushButton(right);
    csv_->setObjectName(QStringLiteral("reportCsv"));
    preview_ = new QPushButton(right);
    preview_->setObjectName(QStringLiteral("reportPrintPreview"));
    auto *exports = new QHBoxLayout;
    exports->addWidget(pdf_);
    exports->addWidget(xlsx_);
    exports->addWidget(csv_);
    exports->addWidget(preview_);
    exports->addStretch();
    exportMessage_ = new QLabel(right);
    exportMessage_->setObjectName(QStringLiteral("reportExportMessage"));
    exportMessage_->setWordWrap(true);
    exportMessage_->setOpenExternalLinks(true); // the written file's name opens it
    exportMessage_->hide();
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addLayout(scopeRow);
    rightLayout->addWidget(title_);
    rightLayout->addWidget(busy_);
    rightLayout->addWidget(message_);
    rightLayout->addWidget(tabs_, 1);
    rightLayout->addWidget(notes_);
    rightLayout->addLayout(exports);
    rightLayout->addWidget(exportMessage_);
    rightLayout->addStretch(0);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({300, 900});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(list_, &QListWidget::currentRowChanged, this, [this] { updateControls(); });
    connect(list_, &QListWidget::itemActivated, this, [this] { compute(); });
    connect(periodKind_, &QComboBox::currentIndexChanged, this, [this] { updateControls(); });
    connect(compute_, &QPushButton::clicked, this, [this] { compute(); });
    connect(member_, &QLineEdit::returnPressed, this, [this] { compute(); });
    connect(back_, &QPushButton::clicked, this, [this] { goBack(); });
    connect(pdf_, &QPushButton::clicked, this, &ReportsPage::askPdf);
    connect(xlsx_, &QPushButton::clicked, this, &ReportsPage::askXlsx);
    connect(csv_, &QPushButton::clicked, this, &ReportsPage::askCsv);
    connect(preview_, &QPushButton::clicked, this, &ReportsPage::printPreview);
    connect(&watcher_, &QFutureWatcher<Result>::finished, this, [this] {
        if (!lastRequest_)
            return; // asked before the database was closed or replaced
        display(watcher_.result());
        emit computed();
    });
    connect(&exportWatcher_, &QFutureWatcher<void>::finished, this, &ReportsPage::exportFinished);

    fillCatalogue();
    retranslate();
    clearResult();
}

ReportsPage::~ReportsPage()
{
    // The workers run on connections and data of their own; let them end before the watchers go.
    watcher_.waitForFinished();
    if (exportJob_)
        exportJob_->cancel.store(true);
    exportWatcher_.waitForFinished();
}

// ---- Database, user, scope ----------------------------------------------------------------------------

void ReportsPage::setDatabase(const QString &path, const ActingUser &user, const OrganisationTree *tree)
{
    path_ = path;
    user_ = user;
    tree_ = tree;
    scopeCode_.clear();
    backStack_.clear();
    lastRequest_.reset();
    dirty_ = false;
    clearResult();
}

void ReportsPage::setScope(qint64 organisationId)
{
    const Organisation *o = tree_ && organisationId > 0 ? tree_->find(organisationId) : nullptr;
    const QString code = o ? o->code : QString();
    // The tree following this page's own drill-down or Back: nothing new.
    if (!code.isEmpty() && code == scopeCode_)
        return;
    scopeCode_ = code;
    backStack_.clear();
    showScope();
    updateControls();
    if (!lastRequest_)
        return;
    // A report is shown: the same one for the new scope.
    lastRequest_->scopeCode = scopeCode_;
    dirty_ = true;
    if (isVisible())
        start(*lastRequest_);
}

qint64 ReportsPage::idOfCode(const QString &code) const
{
    if (!tree_ || code.isEmpty())
        return 0;
    for (const Organisation &o : tree_->all())
        if (o.code == code)
            return o.id;
    return 0;
}

QString ReportsPage::scopeCode() const
{
    return scopeCode_;
}

bool ReportsPage::mayRead() const
{
    return user_.may(Action::ReadMembers);
}

void ReportsPage::showScope()
{
    QString code = scopeCode_;
    if (code.isEmpty() && report_)
        code = report_->scopeCode;
    const qint64 id = idOfCode(code);
    QString where;
    if (id > 0)
        where = tree_->breadcrumb(id);
    else if (report_ && report_->scopeCode == code && !code.isEmpty())
        where = report_->scopeName;
    else
        where = code;
    scope_->setText(where.isEmpty() ? tr("Scope: the organisations your account reaches") : tr("Scope: %1").arg(where));
    back_->setVisible(!backStack_.isEmpty());
}

// ---- The request ----------------------------------------------------------------------------------------

void ReportsPage::fillCatalogue()
{
    const QString current = currentReportName();
    const QSignalBlocker block(list_);
    list_->clear();
    for (const reports::ReportInfo &info : reports::reportCatalogue()) {
        auto *item = new QListWidgetItem(info.title, list_);
        item->setData(Qt::UserRole, info.name);
        item->setToolTip(info.description);
    }
    list_->setCurrentRow(0);
    if (!current.isEmpty())
        selectReport(current);
}

bool ReportsPage::selectReport(const QString &name)
{
    for (int i = 0; i < list_->count(); ++i) {
        if (list_->item(i)->data(Qt::UserRole).toString() == name) {
            list_->setCurrentRow(i);
            updateControls();
            return true;
        }
    }
    return false;
}

QString ReportsPage::currentReportName() const
{
    const QListWidgetItem *item = list_->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void ReportsPage::setPeriodKind(PeriodKind kind)
{
    periodKind_->setCurrentIndex(int(kind));
}

reports::ReportRequest ReportsPage::request() const
{
    reports::ReportRequest r;
    r.name = currentReportName();
    r.scopeCode = scopeCode_;
    const std::optional<reports::ReportInfo> info = reports::reportInfo(r.name);
    if (!info || info->usesPeriod) {
        switch (PeriodKind(periodKind_->currentIndex())) {
        case PeriodKind::Year: r.period = ReportPeriod::year(year_->value()); break;
        case PeriodKind::HalfYear: r.period = ReportPeriod::halfYear(year_->value(), half_->currentIndex() + 1); break;
        case PeriodKind::Range: r.period = ReportPeriod::range(from_->date(), to_->date()); break;
        }
    }
    if (info && info->usesGrouping)
        r.grouping = reports::Grouping(grouping_->currentData().toInt());
    if (info && info->needsMember)
        r.member = member_->text().trimmed();
    r.overdueDays = ReferralsPage::overdueDaysSetting();
    return r;
}

void ReportsPage::updateControls()
{
    const std::optional<reports::ReportInfo> info = reports::reportInfo(currentReportName());
    description_->setText(info ? info->description : QString());
    const bool open = !path_.isEmpty();
    const bool allowed = open && mayRead();
    const bool period = allowed && info && info->usesPeriod;
    const PeriodKind kind = PeriodKind(periodKind_->currentIndex());
    periodKind_->setEnabled(period);
    year_->setEnabled(period);
    half_->setEnabled(period);
    from_->setEnabled(period);
    to_->setEnabled(period);
    // Only the fields of the chosen kind of period, and those the report uses.
    form_->setRowVisible(year_, kind != PeriodKind::Range);
    form_->setRowVisible(half_, kind == PeriodKind::HalfYear);
    form_->setRowVisible(from_, kind == PeriodKind::Range);
    form_->setRowVisible(to_, kind == PeriodKind::Range);
    form_->setRowVisible(grouping_, info && info->usesGrouping);
    form_->setRowVisible(member_, info && info->needsMember);
    grouping_->setEnabled(allowed && info && info->usesGrouping);
    member_->setEnabled(allowed && info && info->needsMember);
    list_->setEnabled(allowed);
    compute_->setEnabled(allowed && info.has_value());
    const bool exportable = report_.has_value() && !exportJob_ && !isComputing();
    pdf_->setEnabled(exportable);
    xlsx_->setEnabled(exportable);
    csv_->setEnabled(exportable);
    preview_->setEnabled(exportable);
    back_->setEnabled(!isComputing());
}

// ---- Computing ----------------------------------------------------------------------------------------------

bool ReportsPage::compute()
{
    if (path_.isEmpty() || !mayRead() || currentReportName().isEmpty())
        return false;
    backStack_.clear(); // a new request: drill-down starts again from here
    start(request());
    return true;
}

void ReportsPage::start(const reports::ReportRequest &request)
{
    lastRequest_ = request;
    dirty_ = false;
    clearTables();
    const std::optional<reports::ReportInfo> info = reports::reportInfo(request.name);
    title_->setText(info ? info->title : QString());
    message_->setStyleSheet(QString());
    message_->setText(tr("Computing the report…"));
    message_->show();
    busy_->show();
    showScope();
    // A new computation replaces the watched one; an older result is never shown.
    watcher_.setFuture(QtConcurrent::run(computeReport, path_, user_, request, QDate::currentDate()));
    updateControls();
}

void ReportsPage::clearTables()
{
    report_.reset();
    // Deleted later: this may run inside a view's own signal (a drill-down by double-click).
    while (tabs_->count() > 0) {
        QWidget *w = tabs_->widget(0);
        tabs_->removeTab(0);
        w->hide();
        w->deleteLater();
    }
    views_.clear();
    models_.clear();
    tabs_->hide();
    notes_->hide();
}

void ReportsPage::clearResult()
{
    clearTables();
    busy_->hide();
    exportMessage_->hide();
    title_->clear();
    message_->setStyleSheet(QString());
    if (path_.isEmpty())
        message_->setText(tr("No database is open."));
    else if (!mayRead())
        message_->setText(tr("Your account may not read reports. %1").arg(refusalMessage(Action::ReadMembers)));
    else
        message_->setText(tr("Choose a report and its period, then Compute."));
    message_->show();
    showScope();
    updateControls();
}

void ReportsPage::display(const Result &result)
{
    busy_->hide();
    if (!result.report) {
        report_.reset();
        message_->setText(result.error.isEmpty() ? tr("The report could not be computed.") : result.error);
        styleAsError(message_);
        message_->show();
        showScope();
        updateControls();
        return;
    }
    report_ = result.report;
    details_ = result.details;
    const reports::Report &r = *report_;
    title_->setText(r.periodLabel.isEmpty() ? r.title : tr("%1 — %2").arg(r.title, r.periodLabel));
    message_->hide();

    for (const reports::ReportTable &table : r.tables) {
        auto *box = new QWidget(tabs_);
        auto *boxLayout = new QVBoxLayout(box);
        const QString caption = table.subtitle.isEmpty() || table.title.isEmpty()
                                    ? table.subtitle
                                    : tr("%1 — %2").arg(table.title, table.subtitle);
        if (!caption.isEmpty()) {
            auto *label = new QLabel(caption, box);
            label->setWordWrap(true);
            boxLayout->addWidget(label);
        }
        auto *model = new ReportTableModel(box);
        model->setTable(table);
        auto *proxy = new ReportSortProxy(box);
        proxy->setSourceModel(model);
        auto *view = new QTableView(box);
        view->setObjectName(QStringLiteral("reportTable%1").arg(views_.size()));
        view->setModel(proxy);
        view->setSelectionBehavior(QAbstractItemView::SelectRows);
        view->setSelectionMode(QAbstractItemView::SingleSelection);
        view->setEditTriggers(QAbstractItemView::NoEditTriggers);
        view->setAlternatingRowColors(false); // the tint of highlighted rows must show
        view->verticalHeader()->hide();
        view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
        // The report's own order until the user clicks a header.
        view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
        view->horizontalHeader()->setSortIndicatorClearable(true);
        view->setSortingEnabled(true);
        view->horizontalHeader()->setStretchLastSection(false);
        view->resizeColumnsToContents();
        connect(view, &QTableView::activated, this, &ReportsPage::activateRow);
        boxLayout->addWidget(view, 1);
        views_ << view;
        models_ << model;
        tabs_->addTab(box, table.title.isEmpty() ? tr("Table") : table.title);
    }
    if (r.chart) {
        QChart *chart = reports::makeChart(*r.chart);
        auto *view = new QChartView(chart, tabs_);
        view->setObjectName(QStringLiteral("reportChart"));
        view->setRenderHint(QPainter::Antialiasing);
        tabs_->addTab(view, tr("Chart"));
    }
    tabs_->setVisible(tabs_->count() > 0);
    QStringList notes;
    for (const QString &n : r.notes)
        notes << QStringLiteral("• ") + n;
    notes_->setText(notes.join(QLatin1Char('\n')));
    notes_->setVisible(!notes.isEmpty());
    showScope();
    updateControls();
}

// ---- Drill-down -----------------------------------------------------------------------------------------------

void ReportsPage::activateRow(const QModelIndex &index)
{
    const QString code = index.data(ReportTableModel::DrillScopeRole).toString();
    if (!code.isEmpty())
        drillDown(code);
}

bool ReportsPage::drillDown(const QString &code)
{
    if (!lastRequest_ || !report_ || code.isEmpty() || isComputing())
        return false;
    backStack_.append(*lastRequest_);
    reports::ReportRequest next = *lastRequest_;
    next.scopeCode = code;
    // One level down from the new scope, whatever the grouping was.
    next.grouping = reports::Grouping::Children;
    grouping_->setCurrentIndex(0);
    scopeCode_ = code;
    start(next);
    if (const qint64 id = idOfCode(code); id > 0)
        emit scopeChosen(id);
    return true;
}

bool ReportsPage::goBack()
{
    if (backStack_.isEmpty() || isComputing())
        return false;
    const reports::ReportRequest previous = backStack_.takeLast();
    scopeCode_ = previous.scopeCode;
    const int g = grouping_->findData(int(previous.grouping));
    grouping_->setCurrentIndex(g >= 0 ? g : 0);
    start(previous);
    if (const qint64 id = idOfCode(scopeCode_); id > 0)
        emit scopeChosen(id);
    return true;
}

// ---- Exports -----------------------------------------------------------------------------------------------------

QString ReportsPage::suggestedFileName(ExportFormat format) const
{
    QString period;
    const std::optional<reports::ReportInfo> info = report_ ? reports::reportInfo(report_->name) : std::nullopt;
    if (lastRequest_ && info && info->usesPeriod && lastRequest_->period.isValid()) {
        const ReportPeriod &p = lastRequest_->period;
        if (p == ReportPeriod::year(p.from.year()))
            period = QString::number(p.from.year());
        else
            period = QStringLiteral("%1_%2").arg(p.from.toString(QStringLiteral("yyyy-MM-dd")),
                                                 p.to.toString(QStringLiteral("yyyy-MM-dd")));
    } else {
        period = QDate::currentDate().toString(QStringLiteral("yyyy-MM-dd"));
    }
    return tr("report-%1-%2.%3").arg(report_ ? report_->name : QString(), period, extensionOf(format));
}

void ReportsPage::askPdf()
{
    if (!report_ || exportJob_ || documentDialog_)
        return;
    auto *dialog = new ReportDocumentDialog(details_, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    documentDialog_ = dialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        details_ = dialog->details();
        // Once the dialog has finished closing: a PDF with a chart is painted here, on
        // the main thread, while events are processed — the dialog may go meanwhile.
        QMetaObject::invokeMethod(
            this, [this] { askExport(ExportFormat::Pdf, details_); }, Qt::QueuedConnection);
    });
    dialog->open();
}

void ReportsPage::askXlsx()
{
    askExport(ExportFormat::Xlsx, std::nullopt);
}

void ReportsPage::askCsv()
{
    askExport(ExportFormat::Csv, std::nullopt);
}

void ReportsPage::askExport(ExportFormat format, const std::optional<reports::ReportDocumentDetails> &details)
{
    if (!report_ || exportJob_)
        return;
    QString folder = QSettings().value(kFolderKey).toString();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    const QString suggested = QDir(folder).filePath(suggestedFileName(format));
    QString caption, filter;
    switch (format) {
    case ExportFormat::Pdf:
        caption = tr("Save the report as PDF");
        filter = tr("PDF documents (*.pdf)");
        break;
    case ExportFormat::Xlsx:
        caption = tr("Save the report as an Excel workbook");
        filter = tr("Excel workbooks (*.xlsx)");
        break;
    case ExportFormat::Csv:
        caption = tr("Save the report as CSV");
        filter = tr("CSV files (*.csv)");
        break;
    }
    QString path = chooser_ ? chooser_(this, caption, suggested, filter) : QString();
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + extensionOf(format);
    QSettings().setValue(kFolderKey, QFileInfo(path).absolutePath());
    exportTo(format, path, details);
}

// Writes the job's file; `pump` (if any) runs between steps.
void ReportsPage::runExport(ExportJob &job, const std::function<void()> &pump)
{
    const auto keepGoing = [&job, &pump](int done, int total) {
        job.total.store(total);
        job.done.store(done);
        if (pump)
            pump();
        return !job.cancel.load();
    };
    switch (job.format) {
    case ExportFormat::Pdf:
        job.ok = reports::writeReportPdf(job.report, job.details, job.path, keepGoing, &job.error);
        break;
    case ExportFormat::Xlsx:
        job.ok = reports::writeReportXlsx(job.report, job.path, &job.error);
        break;
    case ExportFormat::Csv: {
        QSaveFile file(job.path);
        if (!file.open(QIODevice::WriteOnly) || file.write(reports::toCsv(job.report)) < 0) {
            job.error = tr("Could not write %1: %2").arg(QDir::toNativeSeparators(job.path), file.errorString());
            break;
        }
        if (job.cancel.load())
            break; // QSaveFile drops the file unless committed
        if (!file.commit()) {
            job.error = tr("Could not write %1: %2").arg(QDir::toNativeSeparators(job.path), file.errorString());
            break;
        }
        job.ok = true;
        break;
    }
    }
    if (!job.ok && job.cancel.load())
        job.error.clear();
}

bool ReportsPage::exportTo(ExportFormat format, const QString &path,
                           const std::optional<reports::ReportDocumentDetails> &details)
{
    if (!report_ || exportJob_ || path.isEmpty())
        return false;
    auto job = std::make_shared<ExportJob>();
    job->format = format;
    job->path = QFileInfo(path).absoluteFilePath();
    job->report = *report_;
    job->details = details.value_or(details_);
    exportJob_ = job;
    auto *dialog = newWorkProgressDialog(this, tr("Export the report"),
                                         tr("Writing %1…").arg(QDir::toNativeSeparators(job->path)), job);
    dialog->setObjectName(QStringLiteral("reportExportProgress"));
    exportProgress_ = dialog;
    updateControls();
    if (format == ExportFormat::Pdf && job->report.chart) {
        // Qt Charts are graphics widgets: paintReport draws a chart on the main thread
        // only. So here, between page steps, the progress dialog repaints and its
        // Cancel is heard (it is window-modal: the page takes no input meanwhile).
        runExport(*job, [] { QCoreApplication::processEvents(QEventLoop::AllEvents, 50); });
        exportFinished();
        return true;
    }
    exportWatcher_.setFuture(QtConcurrent::run([job] { runExport(*job, {}); }));
    return true;
}

void ReportsPage::exportFinished()
{
    const std::shared_ptr<ExportJob> job = std::exchange(exportJob_, nullptr);
    if (exportProgress_) {
        exportProgress_->hide();
        exportProgress_->deleteLater();
    }
    updateControls();
    if (!job)
        return;
    const QString shown = QDir::toNativeSeparators(job->path);
    if (job->ok) {
        lastExportMessage_ = tr("Wrote the report to %1.").arg(shown);
        // The file name opens the file.
        const QString link = QStringLiteral("<a href=\"%1\">%2</a>")
                                 .arg(QUrl::fromLocalFile(job->path).toString().toHtmlEscaped(), shown.toHtmlEscaped());
        exportMessage_->setTextFormat(Qt::RichText);
        exportMessage_->setText(tr("Wrote the report to %1.").arg(link));
        exportMessage_->setStyleSheet(QString());
    } else {
        lastExportMessage_ =
            job->error.isEmpty() ? tr("The export was cancelled; no file was written.") : job->error;
        exportMessage_->setTextFormat(Qt::PlainText);
        exportMessage_->setText(lastExportMessage_);
        styleAsError(exportMessage_);
    }
    exportMessage_->show();
    emit exported(job->ok, job->path, lastExportMessage_);
}

void ReportsPage::printPreview()
{
    if (!report_)
        return;
    auto *dialog = new QPrintPreviewDialog(this);
    dialog->setObjectName(QStringLiteral("reportPrintPreviewDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Print preview — %1").arg(report_->title));
    const reports::Report report = *report_;
    const reports::ReportDocumentDetails details = details_;
    connect(dialog, &QPrintPreviewDialog::paintRequested, this, [this, report, details](QPrinter *printer) {
        // The report is laid out for 300 dpi, as in its PDF.
        printer->setResolution(300);
        QString error;
        if (!reports::paintReport(report, details, *printer, {}, &error) && !error.isEmpty()) {
            lastExportMessage_ = error;
            exportMessage_->setTextFormat(Qt::PlainText);
            exportMessage_->setText(error);
            styleAsError(exportMessage_);
            exportMessage_->show();
        }
    });
    dialog->open();
}

// ---- Showing, language --------------------------------------------------------------------------------------

QString ReportsPage::message() const
{
    return message_->isHidden() ? QString() : message_->text();
}

void ReportsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (dirty_ && lastRequest_)
        start(*lastRequest_);
}

void ReportsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        fillCatalogue();
        updateControls();
        // A report's titles, headers and messages are translated when it is computed.
        if (lastRequest_) {
            dirty_ = true;
            if (isVisible())
                start(*lastRequest_);
        } else {
            clearResult();
        }
    }
    QWidget::changeEvent(event);
}

void ReportsPage::retranslate()
{
    listLabel_->setText(tr("&Reports:"));
    periodLabel_->setText(tr("&Period:"));
    periodKind_->setItemText(int(PeriodKind::Year), tr("Year"));
    periodKind_->setItemText(int(PeriodKind::HalfYear), tr("Half-year"));
    periodKind_->setItemText(int(PeriodKind::Range), tr("Date range"));
    yearLabel_->setText(tr("&Year:"));
    halfLabel_->setText(tr("&Half:"));
    half_->setItemText(0, tr("First half (January–June)"));
    half_->setItemText(1, tr("Second half (July–December)"));
    fromLabel_->setText(tr("&From:"));
    toLabel_->setText(tr("&To:"));
    groupingLabel_->setText(tr("Ro&ws:"));
    grouping_->setItemText(0, tr("One level down"));
    grouping_->setItemText(1, tr("By district"));
    grouping_->setItemText(2, tr("By commune"));
    grouping_->setItemText(3, tr("By cell"));
    memberLabel_->setText(tr("&Member:"));
    member_->setPlaceholderText(tr("Party card number or CCCD"));
    compute_->setText(tr("&Compute"));
    compute_->setToolTip(tr("Computes the chosen report for the scope and period"));
    back_->setText(tr("&Back"));
    back_->setToolTip(tr("Back to the report before the last drill-down"));
    pdf_->setText(tr("P&DF…"));
    pdf_->setToolTip(tr("The report in the official format, as a PDF file"));
    xlsx_->setText(tr("&Excel (XLSX)…"));
    csv_->setText(tr("C&SV…"));
    preview_->setText(tr("Print pre&view…"));
    showScope();
}

} // namespace cutru
