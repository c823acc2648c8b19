#include "app/attendance_import_dialog.h"

#include "app/form_errors.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>
#include <spdlog/spdlog.h>

namespace cutru {
namespace {

AttendanceImportResult runImport(const QString &databasePath, const ActingUser &user, const QString &csvPath,
                                 AttendanceImportOptions options)
{
    try {
        storage::Database db = storage::Database::open(databasePath, storage::Database::Create::MustExist,
                                                       storage::Database::IntegrityCheck::Skip);
        return AttendanceImport(db, user).run(csvPath, options);
    } catch (const storage::StorageError &e) {
        spdlog::error("attendance import: {} ({})", e.userMessage().toStdString(), e.detail().toStdString());
        AttendanceImportResult r;
        r.outcome = SaveOutcome::failed(e.userMessage());
        return r;
    }
}

QTableWidgetItem *item(const QString &text)
{
    auto *i = new QTableWidgetItem(text);
    i->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return i;
}

} // namespace

AttendanceImportDialog::AttendanceImportDialog(const QString &databasePath, const ActingUser &user, qint64 meetingId,
                                               const QString &meetingText, QWidget *parent)
    : QDialog(parent), databasePath_(databasePath), user_(user), meetingId_(meetingId), meetingText_(meetingText)
{
    setObjectName(QStringLiteral("attendanceImportDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    resize(760, 480);

    intro_ = new QLabel(this);
    intro_->setWordWrap(true);
    pathLabel_ = new QLabel(this);
    path_ = new QLineEdit(this);
    path_->setObjectName(QStringLiteral("attendanceImportPath"));
    pathLabel_->setBuddy(path_);
    browse_ = new QPushButton(this);
    auto *file = new QHBoxLayout;
    file->addWidget(pathLabel_);
    file->addWidget(path_, 1);
    file->addWidget(browse_);

    summary_ = new QLabel(this);
    summary_->setObjectName(QStringLiteral("attendanceImportSummary"));
    summary_->setWordWrap(true);
    summary_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    rows_ = new QTableWidget(0, 3, this);
    rows_->setObjectName(QStringLiteral("attendanceImportRows"));
    rows_->verticalHeader()->hide();
    rows_->horizontalHeader()->setStretchLastSection(true);
    rows_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    rows_->setSelectionBehavior(QAbstractItemView::SelectRows);

    check_ = new QPushButton(this);
    check_->setObjectName(QStringLiteral("attendanceImportCheck"));
    import_ = new QPushButton(this);
    import_->setObjectName(QStringLiteral("attendanceImportRun"));
    buttons_ = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons_->addButton(check_, QDialogButtonBox::ActionRole);
    buttons_->addButton(import_, QDialogButtonBox::ActionRole);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro_);
    layout->addLayout(file);
    layout->addWidget(summary_);
    layout->addWidget(rows_, 1);
    layout->addWidget(buttons_);

    connect(buttons_, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(check_, &QPushButton::clicked, this, &AttendanceImportDialog::check);
    connect(import_, &QPushButton::clicked, this, &AttendanceImportDialog::import);
    connect(path_, &QLineEdit::textChanged, this, [this] {
        // A new file must be checked again before it is imported.
        result_ = {};
        rows_->setRowCount(0);
        summary_->clear();
        updateButtons();
    });
    connect(browse_, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import attendance"), path_->text(),
                                                          tr("CSV files (*.csv *.txt);;All files (*)"));
        if (!path.isEmpty())
            setCsvPath(path);
    });
    connect(&watcher_, &QFutureWatcher<AttendanceImportResult>::finished, this, [this] {
        result_ = watcher_.result();
        showResult();
        updateButtons();
        emit finishedRun(result_.written);
    });
    retranslate();
    updateButtons();
}

AttendanceImportDialog::~AttendanceImportDialog()
{
    // An import already writing finishes (it is one transaction); its result is dropped.
    watcher_.waitForFinished();
}

void AttendanceImportDialog::setCsvPath(const QString &path)
{
    path_->setText(QDir::toNativeSeparators(path));
}

bool AttendanceImportDialog::check()
{
    return start(true);
}

bool AttendanceImportDialog::import()
{
    return start(false);
}

bool AttendanceImportDialog::start(bool dryRun)
{
    const QString csvPath = QDir::fromNativeSeparators(path_->text().trimmed());
    if (isRunning() || csvPath.isEmpty())
        return false;
    lastWasDryRun_ = dryRun;
    AttendanceImportOptions options;
    options.meetingId = meetingId_;
    options.dryRun = dryRun;
    summary_->setStyleSheet(QString());
    summary_->setText(dryRun ? tr("Checking %1…").arg(QDir::toNativeSeparators(csvPath))
                             : tr("Importing %1…").arg(QDir::toNativeSeparators(csvPath)));
    watcher_.setFuture(QtConcurrent::run(runImport, databasePath_, user_, csvPath, options));
    updateButtons();
    return true;
}

void AttendanceImportDialog::showResult()
{
    rows_->setRowCount(0);
    if (!result_.outcome.ok()) {
        summary_->setText(result_.problem());
        styleAsError(summary_);
        return;
    }
    const int fresh = result_.count(ImportedMark::Change::New);
    const int changed = result_.count(ImportedMark::Change::Changed);
    const int same = result_.count(ImportedMark::Change::Unchanged);
    const QString counts = tr("Matched rows: %1 (new %2, changed %3, already recorded %4). Rows left out: %5.")
                               .arg(result_.matched.size())
                               .arg(fresh)
                               .arg(changed)
                               .arg(same)
                               .arg(result_.unmatched.size());
    QString verdict;
    if (lastWasDryRun_)
        verdict = fresh + changed > 0 ? tr("Nothing written yet: Import records the matched rows.")
                                      : tr("Nothing to import: every matched row is already recorded.");
    else
        verdict = result_.written ? tr("Imported: %1 marks written in one step.").arg(fresh + changed)
                                  : tr("Nothing written: every matched row was already recorded.");
    summary_->setText(counts + QLatin1Char('\n') + verdict);
    if (result_.unmatched.isEmpty())
        summary_->setStyleSheet(QString());
    else
        styleAsError(summary_);

    // Left-out rows first: they are what needs attention.
    for (const UnmatchedRow &u : result_.unmatched) {
        const int r = rows_->rowCount();
        rows_->insertRow(r);
        rows_->setItem(r, 0, item(QString::number(u.line)));
        rows_->setItem(r, 1, item(tr("Left out")));
        rows_->setItem(r, 2, item(u.reason));
    }
    for (const ImportedMark &m : result_.matched) {
        const int r = rows_->rowCount();
        rows_->insertRow(r);
        rows_->setItem(r, 0, item(QString::number(m.line)));
        const QString change = m.change == ImportedMark::Change::New       ? tr("new")
                               : m.change == ImportedMark::Change::Changed ? tr("changed")
                                                                           : tr("already recorded");
        rows_->setItem(r, 1, item(tr("%1 (%2)").arg(label(m.status), change)));
        rows_->setItem(r, 2, item(m.reason.isEmpty() ? m.memberName : tr("%1 — %2").arg(m.memberName, m.reason)));
    }
    rows_->resizeColumnToContents(0);
    rows_->resizeColumnToContents(1);
}

void AttendanceImportDialog::updateButtons()
{
    const bool running = isRunning();
    const bool hasFile = !path_->text().trimmed().isEmpty();
    check_->setEnabled(!running && hasFile);
    // Import after a successful check that found something to write.
    const bool checkedWork = lastWasDryRun_ && result_.outcome.ok()
                             && result_.count(ImportedMark::Change::New) + result_.count(ImportedMark::Change::Changed) > 0;
    import_->setEnabled(!running && hasFile && checkedWork);
    path_->setEnabled(!running);
    browse_->setEnabled(!running);
}

void AttendanceImportDialog::retranslate()
{
    setWindowTitle(tr("Import attendance"));
    intro_->setText(tr("Attendance of %1 from a CSV file: a party card number or CCCD column, a status column "
                       "(present, absent with reason, absent without reason) and a reason column. Check first: "
                       "nothing is written until you import.")
                        .arg(meetingText_));
    pathLabel_->setText(tr("CSV &file:"));
    browse_->setText(tr("&Browse…"));
    check_->setText(tr("&Check"));
    import_->setText(tr("&Import"));
    rows_->setHorizontalHeaderLabels({tr("Line"), tr("Result"), tr("Member or reason")});
}

void AttendanceImportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace cutru
