#include "app/import_wizard.h"

#include "app/form_errors.h"
#include "services/member_import.h"
#include "services/organisation_import.h"

#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSignalBlocker>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>
#include <spdlog/spdlog.h>

namespace cutru {
namespace {

const QString kFolderKey = QStringLiteral("import/folder");
// A long list of problems is shown in part: the rejected rows file has them all.
constexpr int kShownProblems = 1000;
// Sample values come from the first rows only: enough to recognise a column.
constexpr int kSampleRows = 200;

QString number(qint64 n)
{
    return QLocale().toString(n);
}

QTableWidgetItem *readOnlyItem(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return item;
}

QTableWidget *newReadOnlyTable(QWidget *parent, const QString &objectName)
{
    auto *table = new QTableWidget(parent);
    table->setObjectName(objectName);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->hide();
    return table;
}

QString startFolder()
{
    QString folder = QSettings().value(kFolderKey).toString();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return folder.isEmpty() ? QDir::homePath() : folder;
}

bool looksLikeXlsx(const QString &path)
{
    return QFileInfo(path).suffix().compare(QLatin1String("xlsx"), Qt::CaseInsensitive) == 0;
}

} // namespace

QString outcomeText(const SaveOutcome &outcome)
{
    if (!outcome.message.isEmpty())
        return outcome.message;
    QStringList lines;
    for (const FieldError &e : outcome.errors)
        lines << e.message;
    return lines.join(QLatin1Char('\n'));
}

// ---- Step 1: the file ---------------------------------------------------------------------------------

ImportFilePage::ImportFilePage(ImportWizard *wizard) : QWizardPage(wizard), wizard_(wizard)
{
    setObjectName(QStringLiteral("importFilePage"));
    setTitle(tr("Choose the file"));
    setSubTitle(tr("A CSV file (separated by commas, semicolons or tabs) or an Excel workbook (.xlsx). The first "
                   "non-empty row must hold the column names."));

    path_ = new QLineEdit(this);
    path_->setObjectName(QStringLiteral("importFilePath"));
    browse_ = new QPushButton(tr("B&rowse…"), this);
    browse_->setObjectName(QStringLiteral("importFileBrowse"));
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(path_, 1);
    pathRow->addWidget(browse_);

    encoding_ = new QComboBox(this);
    encoding_->setObjectName(QStringLiteral("importEncoding"));
    encoding_->addItem(tr("Detect automatically"), int(tabular::Encoding::Auto));
    for (tabular::Encoding e : {tabular::Encoding::Utf8, tabular::Encoding::Utf16LE, tabular::Encoding::Utf16BE,
                                tabular::Encoding::Windows1258})
        encoding_->addItem(tabular::encodingLabel(e), int(e));

    delimiter_ = new QComboBox(this);
    delimiter_->setObjectName(QStringLiteral("importDelimiter"));
    delimiter_->addItem(tr("Detect automatically"), QString());
    delimiter_->addItem(tr("Comma ( , )"), QStringLiteral(","));
    delimiter_->addItem(tr("Semicolon ( ; )"), QStringLiteral(";"));
    delimiter_->addItem(tr("Tab"), QStringLiteral("\t"));

    sheetNames_ = new QComboBox(this);
    sheetNames_->setObjectName(QStringLiteral("importSheet"));
    sheetNames_->setEnabled(false);

    message_ = new QLabel(this);
    message_->setObjectName(QStringLiteral("importFileMessage"));
    message_->setWordWrap(true);
    message_->setTextInteractionFlags(Qt::TextSelectableByMouse);

    raw_ = newReadOnlyTable(this, QStringLiteral("importRawPreview"));
    raw_->verticalHeader()->show();
    raw_->horizontalHeader()->setStretchLastSection(false);

    auto *form = new QFormLayout;
    form->addRow(tr("&File:"), pathRow);
    static_cast<QLabel *>(form->labelForField(pathRow))->setBuddy(path_);
    form->addRow(tr("&Encoding:"), encoding_);
    form->addRow(tr("&Delimiter:"), delimiter_);
    form->addRow(tr("S&heet:"), sheetNames_);
    auto *rawLabel = new QLabel(tr("&Preview of the first rows:"), this);
    rawLabel->setBuddy(raw_);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(message_);
    layout->addWidget(rawLabel);
    layout->addWidget(raw_, 1);

    connect(browse_, &QPushButton::clicked, this, &ImportFilePage::browse);
    connect(path_, &QLineEdit::editingFinished, this, [this] {
        if (QDir::fromNativeSeparators(path_->text().trimmed()) != readPath_)
            fileChanged();
    });
    const auto reread = [this] { startReading(); };
    connect(encoding_, &QComboBox::currentIndexChanged, this, reread);
    connect(delimiter_, &QComboBox::currentIndexChanged, this, reread);
    connect(sheetNames_, &QComboBox::currentIndexChanged, this, reread);
    connect(&watcher_, &QFutureWatcher<tabular::Sheet>::finished, this, [this] {
        if (readAgain_) {
            readAgain_ = false;
            startReading();
            return;
        }
        sheet_ = std::make_shared<const tabular::Sheet>(watcher_.result());
        showSheet();
        emit completeChanged();
        emit fileRead();
    });
}

ImportFilePage::~ImportFilePage()
{
    watcher_.waitForFinished();
}

bool ImportFilePage::isComplete() const
{
    return !isReading() && sheet_ && sheet_->ok() && !sheet_->header.isEmpty() && !sheet_->rows.isEmpty();
}

void ImportFilePage::setFilePath(const QString &path)
{
    path_->setText(QDir::toNativeSeparators(path));
    fileChanged();
}

void ImportFilePage::browse()
{
    const QString current = QDir::fromNativeSeparators(path_->text().trimmed());
    const QString chosen = wizard_->chooseFileToOpen(
        tr("Choose the file to import"), current.isEmpty() ? startFolder() : current,
        tr("Spreadsheets (*.csv *.txt *.tsv *.xlsx);;All files (*)"));
    if (chosen.isEmpty())
        return;
    QSettings().setValue(kFolderKey, QFileInfo(chosen).absolutePath());
    setFilePath(chosen);
}

void ImportFilePage::fileChanged()
{
    const QSignalBlocker block(sheetNames_);
    sheetNames_->clear();
    startReading();
}

tabular::ReadOptions ImportFilePage::options() const
{
    tabular::ReadOptions o;
    o.encoding = tabular::Encoding(encoding_->currentData().toInt());
    const QString delimiter = delimiter_->currentData().toString();
    if (!delimiter.isEmpty())
        o.delimiter = delimiter.at(0);
    if (sheetNames_->count() > 0)
        o.sheet = sheetNames_->currentText();
    return o;
}

void ImportFilePage::startReading()
{
    if (watcher_.isRunning()) {
        readAgain_ = true; // what is being read is out of date: read again when it is done
        return;
    }
    const QString path = QDir::fromNativeSeparators(path_->text().trimmed());
    readPath_ = path;
    sheet_.reset();
    raw_->clear();
    raw_->setRowCount(0);
    raw_->setColumnCount(0);
    if (path.isEmpty()) {
        message_->clear();
        emit completeChanged();
        return;
    }
    const bool xlsx = looksLikeXlsx(path) || sheetNames_->count() > 0;
    encoding_->setEnabled(!xlsx);
    delimiter_->setEnabled(!xlsx);
    message_->setStyleSheet(QString());
    message_->setText(tr("Reading %1…").arg(QFileInfo(path).fileName()));
    const tabular::ReadOptions o = options();
    watcher_.setFuture(QtConcurrent::run([path, o] { return tabular::readFile(path, o); }));
    emit completeChanged();
}

void ImportFilePage::showSheet()
{
    const tabular::Sheet &s = *sheet_;
    const bool xlsx = s.ok() ? s.format == tabular::Format::Xlsx : looksLikeXlsx(s.fileName);
    encoding_->setEnabled(!xlsx);
    delimiter_->setEnabled(!xlsx);
    if (!s.sheetNames.isEmpty()) {
        const QSignalBlocker block(sheetNames_);
        sheetNames_->clear();
        sheetNames_->addItems(s.sheetNames);
        sheetNames_->setCurrentIndex(std::max(0, int(s.sheetNames.indexOf(s.sheetName))));
    }
    sheetNames_->setEnabled(xlsx && sheetNames_->count() > 0);

    if (!s.ok()) {
        message_->setText(s.error);
        styleAsError(message_);
        return;
    }
    QString how;
    if (s.format == tabular::Format::Xlsx) {
        how = tr("Sheet “%1” of an Excel workbook.").arg(s.sheetName);
    } else {
        QString separator;
        if (s.delimiter == QLatin1Char(','))
            separator = tr("commas");
        else if (s.delimiter == QLatin1Char(';'))
            separator = tr("semicolons");
        else if (s.delimiter == QLatin1Char('\t'))
            separator = tr("tabs");
        else
            separator = QStringLiteral("“%1”").arg(s.delimiter);
        how = tr("Read as %1, separated by %2.").arg(tabular::encodingLabel(s.encoding), separator);
    }
    const QString size = tr("Data rows: %1. Columns: %2.").arg(number(s.rows.size()), number(s.header.size()));
    message_->setText(how + QLatin1Char(' ') + size);
    if (s.rows.isEmpty()) {
        message_->setText(how + QLatin1Char(' ')
                          + tr("The file has a row of column names but no data rows below it: there is "
                               "nothing to import."));
        styleAsError(message_);
    } else {
        message_->setStyleSheet(QString());
    }

    // The rows as read, before any mapping: what the options chosen make of the file.
    const int shown = int(std::min<qsizetype>(kPreviewRows, s.rows.size()));
    int columns = int(s.header.size());
    for (int r = 0; r < shown; ++r)
        columns = std::max(columns, int(s.rows.at(r).cells.size()));
    raw_->setColumnCount(columns);
    raw_->setRowCount(shown);
    QStringList headings = s.header;
    for (int c = int(s.header.size()); c < columns; ++c)
        headings << tr("(beyond the header)");
    raw_->setHorizontalHeaderLabels(headings);
    QStringList rowNumbers;
    for (int r = 0; r < shown; ++r) {
        const tabular::Row &row = s.rows.at(r);
        rowNumbers << QString::number(row.number);
        for (int c = 0; c < row.cells.size(); ++c)
            raw_->setItem(r, c, readOnlyItem(row.cells.at(c)));
    }
    raw_->setVerticalHeaderLabels(rowNumbers);
    raw_->resizeColumnsToContents();
    for (int c = 0; c < columns; ++c)
        raw_->setColumnWidth(c, std::min(raw_->columnWidth(c), 260));
}

// ---- Step 2: the mapping ------------------------------------------------------------------------------

ImportMappingPage::ImportMappingPage(ImportWizard *wizard) : QWizardPage(wizard), wizard_(wizard)
{
    setObjectName(QStringLiteral("importMappingPage"));
    setTitle(tr("Match the columns"));
    setSubTitle(tr("Choose the field each column of the file holds. Columns set to “— ignore —” are not "
                   "imported. Fields marked * are required."));

    saved_ = new QComboBox(this);
    saved_->setObjectName(QStringLiteral("importSavedMappings"));
    saved_->setMinimumContentsLength(20);
    auto *savedLabel = new QLabel(tr("Saved &mappings:"), this);
    savedLabel->setBuddy(saved_);
    save_ = new QPushButton(tr("&Save mapping…"), this);
    save_->setObjectName(QStringLiteral("importSaveMapping"));
    auto *savedRow = new QHBoxLayout;
    savedRow->addWidget(savedLabel);
    savedRow->addWidget(saved_, 1);
    savedRow->addWidget(save_);

    scroll_ = new QScrollArea(this);
    scroll_->setObjectName(QStringLiteral("importMappingArea"));
    scroll_->setWidgetResizable(true);

    problems_ = new QLabel(this);
    problems_->setObjectName(QStringLiteral("importMappingProblems"));
    styleAsError(problems_);
    problems_->setVisible(false);
    message_ = new QLabel(this);
    message_->setObjectName(QStringLiteral("importMappingMessage"));
    message_->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(savedRow);
    layout->addWidget(scroll_, 1);
    layout->addWidget(problems_);
    layout->addWidget(message_);

    connect(saved_, &QComboBox::activated, this, [this](int index) {
        const QString name = saved_->itemData(index).toString();
        if (!name.isEmpty())
            applySavedMapping(name);
    });
    connect(save_, &QPushButton::clicked, this, &ImportMappingPage::askAndSave);
}

void ImportMappingPage::initializePage()
{
    const std::shared_ptr<const tabular::Sheet> sheet = wizard_->sheet();
    if (!sheet)
        return;
    if (sheet != shownSheet_) {
        // Another file: its own guess, unless it has the very columns of the last one.
        const bool sameColumns = shownSheet_ && sheet->header == header_;
        const ColumnMapping mapping = sameColumns ? this->mapping() : ColumnMapping::guess(wizard_->kind(), sheet->header);
        shownSheet_ = sheet;
        header_ = sheet->header;
        showMapping(mapping);
        message_->clear();
    }
    refreshSavedNames(saved_->currentData().toString());
}

bool ImportMappingPage::isComplete() const
{
    return !fieldCombos_.isEmpty() && mapping().problems().isEmpty();
}

ColumnMapping ImportMappingPage::mapping() const
{
    ColumnMapping m;
    m.kind = wizard_->kind();
    m.header = header_;
    for (const QComboBox *combo : fieldCombos_)
        m.fieldOfColumn << combo->currentData().toString();
    return m;
}

QComboBox *ImportMappingPage::fieldCombo(int column) const
{
    return column >= 0 && column < fieldCombos_.size() ? fieldCombos_.at(column) : nullptr;
}

bool ImportMappingPage::setField(int column, const QString &fieldKey)
{
    QComboBox *combo = fieldCombo(column);
    const int index = combo ? combo->findData(fieldKey) : -1;
    if (index < 0)
        return false;
    combo->setCurrentIndex(index);
    return true;
}

void ImportMappingPage::showMapping(const ColumnMapping &mapping)
{
    fieldCombos_.clear();
    auto *grid = new QWidget;
    auto *layout = new QGridLayout(grid);
    const QStringList headings = {tr("Column in the file"), tr("Sample values"), tr("Field")};
    for (int c = 0; c < headings.size(); ++c) {
        auto *heading = new QLabel(QStringLiteral("<b>%1</b>").arg(headings.at(c).toHtmlEscaped()), grid);
        layout->addWidget(heading, 0, c);
    }
    const std::shared_ptr<const tabular::Sheet> sheet = shownSheet_;
    const QList<ImportField> &fields = importFields(wizard_->kind());
    for (int i = 0; i < header_.size(); ++i) {
        const QString name = header_.at(i).isEmpty() ? tr("(column %1, no name)").arg(i + 1) : header_.at(i);
        auto *nameLabel = new QLabel(name, grid);
        nameLabel->setTextFormat(Qt::PlainText);

        QStringList samples;
        const int scanned = sheet ? int(std::min<qsizetype>(kSampleRows, sheet->rows.size())) : 0;
        for (int r = 0; r < scanned && samples.size() < 3; ++r) {
            const QStringList &cells = sheet->rows.at(r).cells;
            const QString value = i < cells.size() ? cells.at(i).trimmed() : QString();
            if (!value.isEmpty() && !samples.contains(value))
                samples << value;
        }
        const QString joined = samples.join(QStringLiteral(" · "));
        auto *sampleLabel = new QLabel(grid);
        sampleLabel->setTextFormat(Qt::PlainText);
        sampleLabel->setText(fontMetrics().elidedText(joined, Qt::ElideRight, 320));
        sampleLabel->setToolTip(joined);

        auto *combo = new QComboBox(grid);
        combo->setObjectName(QStringLiteral("importField%1").arg(i));
        combo->addItem(tr("— ignore —"), QString());
        for (const ImportField &f : fields)
            combo->addItem(f.required ? tr("%1 *").arg(f.label()) : f.label(), f.key);
        const QString key = i < mapping.fieldOfColumn.size() ? mapping.fieldOfColumn.at(i) : QString();
        combo->setCurrentIndex(std::max(0, combo->findData(key)));
        combo->setAccessibleName(name);
        nameLabel->setBuddy(combo);
        connect(combo, &QComboBox::currentIndexChanged, this, &ImportMappingPage::updateProblems);
        fieldCombos_ << combo;

        layout->addWidget(nameLabel, i + 1, 0);
        layout->addWidget(sampleLabel, i + 1, 1);
        layout->addWidget(combo, i + 1, 2);
    }
    layout->setColumnStretch(1, 1);
    layout->setRowStretch(int(header_.size()) + 1, 1);
    scroll_->setWidget(grid); // deletes the grid of the last file
    // Tab goes from the saved mappings through the columns' combos in order.
    QWidget *previous = save_;
    for (QComboBox *combo : std::as_const(fieldCombos_)) {
        setTabOrder(previous, combo);
        previous = combo;
    }
    updateProblems();
}

void ImportMappingPage::updateProblems()
{
    const QStringList problems = fieldCombos_.isEmpty() ? QStringList() : mapping().problems();
    QStringList lines;
    for (const QString &p : problems)
        lines << QStringLiteral("• ") + p;
    problems_->setText(lines.join(QLatin1Char('\n')));
    problems_->setVisible(!problems.isEmpty());
    emit completeChanged();
}

void ImportMappingPage::refreshSavedNames(const QString &select)
{
    QStringList names;
    try {
        names = ImportMappingStore(wizard_->database(), wizard_->user()).names(wizard_->kind());
    } catch (const storage::StorageError &e) {
        spdlog::warn("saved mappings: {} ({})", e.userMessage().toStdString(), e.detail().toStdString());
        message_->setText(e.userMessage());
    }
    const QSignalBlocker block(saved_);
    saved_->clear();
    saved_->addItem(tr("(none)"), QString());
    for (const QString &name : names)
        saved_->addItem(name, name);
    saved_->setCurrentIndex(std::max(0, saved_->findData(select)));
    saved_->setEnabled(!names.isEmpty());
}

bool ImportMappingPage::applySavedMapping(const QString &name)
{
    std::optional<QJsonObject> saved;
    try {
        saved = ImportMappingStore(wizard_->database(), wizard_->user()).load(wizard_->kind(), name);
    } catch (const storage::StorageError &e) {
        message_->setText(e.userMessage());
        return false;
    }
    if (!saved) {
        message_->setText(tr("There is no saved mapping named “%1”.").arg(name));
        return false;
    }
    showMapping(ColumnMapping::fromJson(wizard_->kind(), header_, *saved));
    refreshSavedNames(name);
    message_->setText(tr("Applied the saved mapping “%1”.").arg(name));
    return true;
}

SaveOutcome ImportMappingPage::saveMapping(const QString &name)
{
    SaveOutcome outcome;
    try {
        outcome = ImportMappingStore(wizard_->database(), wizard_->user()).save(name.trimmed(), mapping());
    } catch (const storage::StorageError &e) {
        outcome = SaveOutcome::failed(e.userMessage());
    }
    if (outcome.ok()) {
        refreshSavedNames(name.trimmed());
        message_->setStyleSheet(QString());
        message_->setText(tr("Saved the mapping as “%1”.").arg(name.trimmed()));
    } else {
        message_->setText(outcomeText(outcome));
        styleAsError(message_);
    }
    return outcome;
}

void ImportMappingPage::askAndSave()
{
    const QString name = wizard_->askName(tr("Save mapping"), tr("Name of the mapping:"),
                                          saved_->currentData().toString()).trimmed();
    if (name.isEmpty())
        return;
    if (saved_->findData(name) > 0
        && QMessageBox::question(this, tr("Save mapping"),
                                 tr("A mapping named “%1” exists already. Replace it?").arg(name))
               != QMessageBox::Yes)
        return;
    saveMapping(name);
}

// ---- Step 3: the preview ------------------------------------------------------------------------------

ImportPreviewPage::ImportPreviewPage(ImportWizard *wizard) : QWizardPage(wizard), wizard_(wizard)
{
    setObjectName(QStringLiteral("importPreviewPage"));
    setTitle(tr("Check before importing"));
    setSubTitle(tr("Nothing has been written yet. Rows with problems are left out; the others are imported "
                   "together in one step, or not at all."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Import"));

    mode_ = new QComboBox(this);
    mode_->setObjectName(QStringLiteral("importDuplicateMode"));
    for (DuplicateMode m : {DuplicateMode::Skip, DuplicateMode::Update, DuplicateMode::Fill})
        mode_->addItem(label(m), code(m));
    auto *modeLabel = new QLabel(tr("&Rows matching stored records:"), this);
    modeLabel->setBuddy(mode_);
    analyseAgain_ = new QPushButton(tr("&Check again"), this);
    analyseAgain_->setObjectName(QStringLiteral("importAnalyse"));
    auto *modeRow = new QHBoxLayout;
    modeRow->addWidget(modeLabel);
    modeRow->addWidget(mode_, 1);
    modeRow->addWidget(analyseAgain_);
    modeExplanation_ = new QLabel(this);
    modeExplanation_->setObjectName(QStringLiteral("importModeExplanation"));
    modeExplanation_->setWordWrap(true);

    status_ = new QLabel(this);
    status_->setObjectName(QStringLiteral("importPreviewStatus"));
    status_->setWordWrap(true);
    status_->setTextInteractionFlags(Qt::TextSelectableByMouse);

    const bool members = wizard->kind() == ImportKind::Members;
    const QList<QPair<QString, QString>> counts = {
        {QStringLiteral("total"), tr("Rows in the file:")},
        {QStringLiteral("valid"), members ? tr("New members to add:") : tr("New organisations to add:")},
        {QStringLiteral("duplicates"), tr("Already in the database:")},
        {QStringLiteral("possible"), tr("Possible duplicates (imported; see the warnings):")},
        {QStringLiteral("invalid"), tr("Invalid (left out):")},
        {QStringLiteral("repeated"), tr("Repeated in the file (left out):")},
    };
    auto *countsGrid = new QGridLayout;
    for (int i = 0; i < counts.size(); ++i) {
        auto *name = new QLabel(counts.at(i).second, this);
        auto *value = new QLabel(this);
        value->setObjectName(QStringLiteral("importCount_") + counts.at(i).first);
        value->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("000 000")));
        counts_.insert(counts.at(i).first, value);
        // Two columns of three: the figures side by side.
        const int row = i % 3, column = (i / 3) * 2;
        countsGrid->addWidget(name, row, column);
        countsGrid->addWidget(value, row, column + 1);
    }
    countsGrid->setColumnStretch(1, 1);
    countsGrid->setColumnStretch(3, 1);

    problemsTable_ = newReadOnlyTable(this, QStringLiteral("importProblems"));
    problemsTable_->setColumnCount(3);
    problemsTable_->setHorizontalHeaderLabels({tr("Row"), tr("Column"), tr("Problem")});
    warningsTable_ = newReadOnlyTable(this, QStringLiteral("importWarnings"));
    warningsTable_->setColumnCount(3);
    warningsTable_->setHorizontalHeaderLabels({tr("Row"), tr("Column"), tr("Warning")});
    unknownList_ = new QListWidget(this);
    unknownList_->setObjectName(QStringLiteral("importUnknownOrganisations"));
    tabs_ = new QTabWidget(this);
    tabs_->setObjectName(QStringLiteral("importDetails"));
    tabs_->addTab(problemsTable_, QString());
    tabs_->addTab(warningsTable_, QString());
    tabs_->addTab(unknownList_, QString());

    saveRejected_ = new QPushButton(tr("&Save rejected rows…"), this);
    saveRejected_->setObjectName(QStringLiteral("importSaveRejected"));
    auto *rejectedMessage = new QLabel(this);
    rejectedMessage->setObjectName(QStringLiteral("importRejectedMessage"));
    rejectedMessage->setWordWrap(true);
    rejectedMessage->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *saveRow = new QHBoxLayout;
    saveRow->addWidget(saveRejected_);
    saveRow->addWidget(rejectedMessage, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(modeRow);
    layout->addWidget(modeExplanation_);
    layout->addWidget(status_);
    layout->addLayout(countsGrid);
    layout->addWidget(tabs_, 1);
    layout->addLayout(saveRow);

    connect(mode_, &QComboBox::currentIndexChanged, this, [this] {
        updateModeExplanation();
        analyse(); // Update and Fill check the merged records: the counts may change
    });
    connect(analyseAgain_, &QPushButton::clicked, this, &ImportPreviewPage::analyse);
    connect(saveRejected_, &QPushButton::clicked, this,
            [this, rejectedMessage] { wizard_->saveRejectedRows(report_, rejectedMessage); });
    connect(&watcher_, &QFutureWatcher<void>::finished, this, [this] {
        // A finish signalled for an earlier analysis (left behind by Back) is not this one's.
        if (!work_ || !work_->finished.load() || watcher_.isRunning())
            return;
        if (progress_) {
            progress_->hide();
            progress_->deleteLater();
        }
        report_ = work_->report;
        work_.reset();
        hasReport_ = true;
        showReport();
        emit completeChanged();
        emit analysed();
    });
    updateModeExplanation();
    clearReport();
}

ImportPreviewPage::~ImportPreviewPage()
{
    if (work_)
        work_->cancel.store(true);
    watcher_.waitForFinished();
}

void ImportPreviewPage::updateModeExplanation()
{
    const bool members = wizard_->kind() == ImportKind::Members;
    const QString match = members ? tr("A row matches a stored member when it has the same CCCD, or else the same "
                                       "party card number.")
                                  : tr("A row matches a stored organisation when it has the same code.");
    QString what;
    switch (duplicateModeFromCode(mode_->currentData().toString()).value_or(DuplicateMode::Skip)) {
    case DuplicateMode::Skip:
        what = tr("Such rows are left out; the stored record stays as it is.");
        break;
    case DuplicateMode::Update:
        what = tr("The file's non-empty cells replace the stored values.");
        break;
    case DuplicateMode::Fill:
        what = tr("The file's cells fill only the stored record's empty fields; nothing stored is overwritten.");
        break;
    }
    modeExplanation_->setText(match + QLatin1Char(' ') + what);
}

void ImportPreviewPage::initializePage()
{
    analyse();
}

void ImportPreviewPage::cleanupPage()
{
    // Back while an analysis runs: it is of no use any more.
    if (work_)
        work_->cancel.store(true);
    watcher_.waitForFinished();
    if (progress_) {
        progress_->hide();
        progress_->deleteLater();
    }
    work_.reset();
    clearReport();
    mode_->setEnabled(true);
    analyseAgain_->setEnabled(true);
}

bool ImportPreviewPage::isComplete() const
{
    if (!hasReport_ || isAnalysing() || report_.cancelled || !report_.outcome.ok())
        return false;
    // Something to write: new rows, or stored records the mode may change.
    return report_.valid > 0 || (report_.duplicates > 0 && wizard_->duplicateMode() != DuplicateMode::Skip);
}

QLabel *ImportPreviewPage::countLabel(const QString &name) const
{
    return counts_.value(name);
}

void ImportPreviewPage::clearReport()
{
    hasReport_ = false;
    report_ = ImportReport();
    for (QLabel *value : std::as_const(counts_))
        value->clear();
    problemsTable_->setRowCount(0);
    warningsTable_->setRowCount(0);
    unknownList_->clear();
    tabs_->setTabText(0, tr("Problems"));
    tabs_->setTabText(1, tr("Warnings"));
    tabs_->setTabText(2, tr("Unknown organisations"));
    saveRejected_->setEnabled(false);
    status_->clear();
    status_->hide();
    emit completeChanged();
}

void ImportPreviewPage::analyse()
{
    const std::shared_ptr<const tabular::Sheet> sheet = wizard_->sheet();
    if (!sheet || isAnalysing())
        return;
    clearReport();
    auto work = std::make_shared<ImportWork>();
    work->total.store(sheet->rows.size());
    work_ = work;
    const QString databasePath = wizard_->database().path();
    const ActingUser user = wizard_->user();
    const ImportKind kind = wizard_->kind();
    const ColumnMapping mapping = wizard_->mapping();
    ImportOptions options;
    options.mode = wizard_->duplicateMode();
    options.dryRun = true;
    watcher_.setFuture(QtConcurrent::run([work, databasePath, user, kind, sheet, mapping, options] {
        work->report = ImportWizard::analyseOrImport(databasePath, user, kind, sheet, mapping, options, false,
                                                     [&work](qint64 done, qint64 total) {
                                                         work->done.store(done);
                                                         work->total.store(total);
                                                         return !work->cancel.load();
                                                     });
        work->finished.store(true);
    }));
    status_->setStyleSheet(QString());
    status_->setText(tr("Checking %1…").arg(wizard_->fileDescription()));
    status_->show();
    mode_->setEnabled(false);
    analyseAgain_->setEnabled(false);
    progress_ = newWorkProgressDialog(this, tr("Checking the file"),
                                      tr("Checking %1…").arg(wizard_->fileDescription()), work);
    progress_->setObjectName(QStringLiteral("importPreviewProgress"));
    emit completeChanged();
}

void ImportPreviewPage::showReport()
{
    mode_->setEnabled(true);
    analyseAgain_->setEnabled(true);
    const ImportReport &r = report_;
    status_->show();
    if (r.cancelled) {
        status_->setText(tr("The check was cancelled. Choose Check again to run it."));
        styleAsError(status_);
        return;
    }
    if (!r.outcome.ok()) {
        status_->setText(outcomeText(r.outcome));
        styleAsError(status_);
        return;
    }
    counts_.value(QStringLiteral("total"))->setText(number(r.total));
    counts_.value(QStringLiteral("valid"))->setText(number(r.valid));
    counts_.value(QStringLiteral("duplicates"))->setText(number(r.duplicates));
    counts_.value(QStringLiteral("possible"))->setText(number(r.possible));
    counts_.value(QStringLiteral("invalid"))->setText(number(r.invalid));
    counts_.value(QStringLiteral("repeated"))->setText(number(r.repeated));

    const auto fill = [](QTableWidget *table, const QList<ImportProblem> &items) {
        const int shown = int(std::min<qsizetype>(kShownProblems, items.size()));
        table->setRowCount(shown);
        for (int i = 0; i < shown; ++i) {
            const ImportProblem &p = items.at(i);
            table->setItem(i, 0, readOnlyItem(QString::number(p.row)));
            table->setItem(i, 1, readOnlyItem(p.column));
            table->setItem(i, 2, readOnlyItem(p.message));
        }
        table->resizeColumnToContents(0);
        table->resizeColumnToContents(1);
        table->setColumnWidth(1, std::min(table->columnWidth(1), 220));
    };
    fill(problemsTable_, r.problems);
    fill(warningsTable_, r.warnings);
    unknownList_->addItems(r.unknownOrganisations);
    tabs_->setTabText(0, tr("Problems (%1)").arg(number(r.problems.size())));
    tabs_->setTabText(1, tr("Warnings (%1)").arg(number(r.warnings.size())));
    tabs_->setTabText(2, tr("Unknown organisations (%1)").arg(number(r.unknownOrganisations.size())));
    if (!r.problems.isEmpty())
        tabs_->setCurrentIndex(0);
    else if (!r.warnings.isEmpty())
        tabs_->setCurrentIndex(1);
    saveRejected_->setEnabled(r.rejected() > 0);

    QStringList lines;
    if (r.problems.size() > kShownProblems)
        lines << tr("The first %1 problems are listed; the rejected rows file has them all.").arg(number(kShownProblems));
    if (!isComplete())
        lines << tr("Nothing to import: no row is new, and no stored record would change.");
    status_->setText(lines.join(QLatin1Char('\n')));
    status_->setVisible(!lines.isEmpty());
    if (isComplete())
        status_->setStyleSheet(QString());
    else
        styleAsError(status_);
}

// ---- Step 4: the import -------------------------------------------------------------------------------

ImportResultPage::ImportResultPage(ImportWizard *wizard) : QWizardPage(wizard), wizard_(wizard)
{
    setObjectName(QStringLiteral("importResultPage"));
    setTitle(tr("Import"));
    setSubTitle(tr("The valid rows are written in one step: if the import is cancelled or fails, nothing is "
                   "changed."));
    summary_ = new QLabel(this);
    summary_->setObjectName(QStringLiteral("importSummary"));
    summary_->setWordWrap(true);
    summary_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    saveRejected_ = new QPushButton(tr("&Save rejected rows…"), this);
    saveRejected_->setObjectName(QStringLiteral("importResultSaveRejected"));
    saveRejected_->setVisible(false);
    auto *rejectedMessage = new QLabel(this);
    rejectedMessage->setWordWrap(true);
    rejectedMessage->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *saveRow = new QHBoxLayout;
    saveRow->addWidget(saveRejected_);
    saveRow->addWidget(rejectedMessage, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(summary_);
    layout->addLayout(saveRow);
    layout->addStretch();

    connect(saveRejected_, &QPushButton::clicked, this,
            [this, rejectedMessage] { wizard_->saveRejectedRows(report_, rejectedMessage); });
    connect(&watcher_, &QFutureWatcher<void>::finished, this, [this] {
        if (!work_ || !work_->finished.load())
            return;
        if (progress_) {
            progress_->hide();
            progress_->deleteLater();
        }
        report_ = work_->report;
        work_.reset();
        hasReport_ = true;
        showReport();
        emit completeChanged();
        emit importFinished();
        if (report_.written)
            emit wizard_->imported(wizard_->kind());
    });
}

ImportResultPage::~ImportResultPage()
{
    // A write already under way ends as one transaction: committed or rolled back.
    if (work_)
        work_->cancel.store(true);
    watcher_.waitForFinished();
}

bool ImportResultPage::isComplete() const
{
    return hasReport_ && !isImporting();
}

void ImportResultPage::initializePage()
{
    const std::shared_ptr<const tabular::Sheet> sheet = wizard_->sheet();
    if (!sheet || isImporting() || hasReport_)
        return;
    auto work = std::make_shared<ImportWork>();
    work->total.store(sheet->rows.size());
    work_ = work;
    const QString databasePath = wizard_->database().path();
    const ActingUser user = wizard_->user();
    const ImportKind kind = wizard_->kind();
    const ColumnMapping mapping = wizard_->mapping();
    ImportOptions options;
    options.mode = wizard_->duplicateMode();
    watcher_.setFuture(QtConcurrent::run([work, databasePath, user, kind, sheet, mapping, options] {
        work->report = ImportWizard::analyseOrImport(databasePath, user, kind, sheet, mapping, options, true,
                                                     [&work](qint64 done, qint64 total) {
                                                         work->done.store(done);
                                                         work->total.store(total);
                                                         return !work->cancel.load();
                                                     });
        work->finished.store(true);
    }));
    summary_->setText(tr("Importing %1…").arg(wizard_->fileDescription()));
    progress_ = newWorkProgressDialog(this, tr("Import"), tr("Importing %1…").arg(wizard_->fileDescription()), work);
    progress_->setObjectName(QStringLiteral("importProgress"));
    emit completeChanged();
}

void ImportResultPage::showReport()
{
    const ImportReport &r = report_;
    saveRejected_->setVisible(false);
    if (r.cancelled) {
        summary_->setText(tr("Cancelled — nothing was changed."));
        styleAsError(summary_);
        return;
    }
    if (!r.outcome.ok()) {
        summary_->setText(tr("The import failed; nothing was changed.") + QLatin1Char('\n') + outcomeText(r.outcome));
        styleAsError(summary_);
        return;
    }
    summary_->setStyleSheet(QString());
    QStringList lines;
    lines << (r.written ? tr("Imported from %1 in one step.").arg(wizard_->fileDescription())
                        : tr("Nothing was written: no row was new, and no stored record needed a change."));
    lines << tr("Added: %1").arg(number(r.inserted));
    // Skip leaves every stored record alone (the report counts them as unchanged too).
    if (wizard_->duplicateMode() == DuplicateMode::Skip) {
        lines << tr("Skipped (already in the database): %1").arg(number(r.skipped));
    } else {
        lines << tr("Updated: %1").arg(number(r.updated));
        lines << tr("Unchanged: %1").arg(number(r.unchanged));
    }
    lines << tr("Left out because of problems: %1").arg(number(r.rejected()));
    if (!r.unknownOrganisations.isEmpty())
        lines << tr("Unknown organisations: %1").arg(r.unknownOrganisations.join(QStringLiteral("; ")));
    summary_->setText(lines.join(QLatin1Char('\n')));
    saveRejected_->setVisible(r.rejected() > 0);
}

// ---- The wizard ---------------------------------------------------------------------------------------

ImportWizard::ImportWizard(ImportKind kind, storage::Database &db, const ActingUser &user, QWidget *parent)
    : QWizard(parent), kind_(kind), db_(db), user_(user)
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(kind == ImportKind::Members ? tr("Import members") : tr("Import organisations"));
    setWindowModality(Qt::WindowModal);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setOption(QWizard::NoBackButtonOnLastPage);
    resize(900, 680);

    openChooser_ = [](QWidget *owner, const QString &caption, const QString &suggested, const QString &filter) {
        return QFileDialog::getOpenFileName(owner, caption, suggested, filter);
    };
    saveChooser_ = [](QWidget *owner, const QString &caption, const QString &suggested, const QString &filter) {
        return QFileDialog::getSaveFileName(owner, caption, suggested, filter);
    };
    nameAsker_ = [](QWidget *owner, const QString &title, const QString &label, const QString &suggested) {
        bool ok = false;
        const QString name = QInputDialog::getText(owner, title, label, QLineEdit::Normal, suggested, &ok);
        return ok ? name : QString();
    };

    filePage_ = new ImportFilePage(this);
    mappingPage_ = new ImportMappingPage(this);
    previewPage_ = new ImportPreviewPage(this);
    resultPage_ = new ImportResultPage(this);
    setPage(FilePage, filePage_);
    setPage(MappingPage, mappingPage_);
    setPage(PreviewPage, previewPage_);
    setPage(ResultPage, resultPage_);
    setStartId(FilePage);
}

ImportWizard::~ImportWizard() = default;

QString ImportWizard::chooseFileToOpen(const QString &caption, const QString &suggested, const QString &filter)
{
    return openChooser_ ? openChooser_(this, caption, suggested, filter) : QString();
}

QString ImportWizard::chooseFileToSave(const QString &caption, const QString &suggested, const QString &filter)
{
    return saveChooser_ ? saveChooser_(this, caption, suggested, filter) : QString();
}

QString ImportWizard::askName(const QString &title, const QString &label, const QString &suggested)
{
    return nameAsker_ ? nameAsker_(this, title, label, suggested) : QString();
}

DuplicateMode ImportWizard::duplicateMode() const
{
    return duplicateModeFromCode(previewPage_->modeCombo()->currentData().toString()).value_or(DuplicateMode::Skip);
}

QString ImportWizard::fileDescription() const
{
    const std::shared_ptr<const tabular::Sheet> s = sheet();
    if (!s)
        return QString();
    const QString file = QFileInfo(s->fileName).fileName();
    if (s->format == tabular::Format::Xlsx && s->sheetNames.size() > 1)
        return tr("“%1” of %2").arg(s->sheetName, file);
    return file;
}

bool ImportWizard::writeRejected(const ImportReport &report, const QString &path, QString *error) const
{
    const std::shared_ptr<const tabular::Sheet> s = sheet();
    if (!s) {
        if (error)
            *error = tr("No file has been read.");
        return false;
    }
    return writeRejectedRows(*s, report, path, error);
}

void ImportWizard::saveRejectedRows(const ImportReport &report, QLabel *messageLabel)
{
    const std::shared_ptr<const tabular::Sheet> s = sheet();
    if (!s || report.rejected() == 0)
        return;
    const QFileInfo source(s->fileName);
    const QString suggested =
        QDir(source.absolutePath()).filePath(tr("%1-rejected.csv").arg(source.completeBaseName()));
    QString path = chooseFileToSave(tr("Save the rejected rows"), suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".csv");
    QString error;
    if (writeRejected(report, path, &error)) {
        messageLabel->setStyleSheet(QString());
        messageLabel->setText(tr("Wrote %Ln rejected row(s) to %1, with their problems in the column “error”.",
                                 nullptr, report.rejected())
                                  .arg(QDir::toNativeSeparators(path)));
    } else {
        messageLabel->setText(error);
        styleAsError(messageLabel);
    }
}

bool ImportWizard::isBusy() const
{
    return filePage_->isReading() || previewPage_->isAnalysing() || resultPage_->isImporting();
}

void ImportWizard::reject()
{
    // The progress dialog's Cancel stops the work; the wizard closes once it has.
    if (isBusy())
        return;
    QWizard::reject();
}

void ImportWizard::closeEvent(QCloseEvent *event)
{
    if (isBusy()) {
        event->ignore();
        return;
    }
    QWizard::closeEvent(event);
}

ImportReport ImportWizard::analyseOrImport(const QString &databasePath, const ActingUser &user, ImportKind kind,
                                           std::shared_ptr<const tabular::Sheet> sheet, const ColumnMapping &mapping,
                                           const ImportOptions &options, bool write, const ImportProgress &progress)
{
    ImportReport report;
    try {
        storage::Database db = storage::Database::open(databasePath, storage::Database::Create::MustExist,
                                                       storage::Database::IntegrityCheck::Skip);
        if (kind == ImportKind::Members) {
            MemberImport importer(db, user);
            return write ? importer.run(*sheet, mapping, options, progress)
                         : importer.preview(*sheet, mapping, options, progress);
        }
        OrganisationImport importer(db, user);
        return write ? importer.run(*sheet, mapping, options, progress)
                     : importer.preview(*sheet, mapping, options, progress);
    } catch (const storage::OperationCancelled &) {
        report.cancelled = true;
    } catch (const storage::StorageError &e) {
        spdlog::error("import of {}: {} ({})", sheet->fileName.toStdString(), e.userMessage().toStdString(),
                      e.detail().toStdString());
        report.outcome = SaveOutcome::failed(e.userMessage());
    } catch (const AccessDenied &e) {
        report.outcome = SaveOutcome::denied(e.userMessage());
    } catch (const std::exception &e) {
        spdlog::error("import of {}: {}", sheet->fileName.toStdString(), e.what());
        report.outcome = SaveOutcome::failed(tr("The import failed; see the log for details."));
    }
    return report;
}

} // namespace cutru
