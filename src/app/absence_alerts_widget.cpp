#include "app/absence_alerts_widget.h"

#include "domain/dates.h"

#include "reports/csv_writer.h"
#include "services/attendance_queries.h"
#include "services/meeting_service.h"
#include "services/outcome.h"

#include <QCheckBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>
#include <spdlog/spdlog.h>

namespace cutru {
namespace {

AbsenceAlertsWidget::Result readAlerts(const QString &path, const ActingUser &user, const QString &scopePath,
                                       int after, bool withReason, bool useDatabaseRules, const QDate &asOf)
{
    AbsenceAlertsWidget::Result r;
    try {
        // The main window checked the file's integrity when it opened it.
        storage::Database db = storage::Database::open(path, storage::Database::Create::MustExist,
                                                       storage::Database::IntegrityCheck::Skip);
        if (useDatabaseRules) {
            r.rules = MeetingService(db, user).rules();
            after = r.rules->absenceAlertAfter;
            withReason = r.rules->absencesWithReasonCount;
        }
        r.alerts = AttendanceQueries(db, user).absenceAlerts(after, withReason, asOf, scopePath);
    } catch (const storage::StorageError &e) {
        spdlog::error("absence alerts failed: {} ({})", e.userMessage().toStdString(), e.detail().toStdString());
        r.error = e.userMessage();
    } catch (const AccessDenied &e) {
        r.error = e.userMessage();
    }
    return r;
}

} // namespace

AbsenceAlertsWidget::AbsenceAlertsWidget(QWidget *parent) : QWidget(parent)
{
    afterLabel_ = new QLabel(this);
    after_ = new QSpinBox(this);
    after_->setObjectName(QStringLiteral("absenceAfterSpin"));
    after_->setRange(1, 12); // as MeetingRules allows
    after_->setValue(MeetingRules::kDefaultAbsenceAlert);
    afterLabel_->setBuddy(after_);
    withReason_ = new QCheckBox(this);
    withReason_->setObjectName(QStringLiteral("absencesWithReasonCheck"));
    export_ = new QPushButton(this);
    export_->setObjectName(QStringLiteral("exportAbsencesButton"));
    note_ = new QLabel(this);
    note_->setObjectName(QStringLiteral("absenceAlertsNote"));
    note_->setWordWrap(true);

    table_ = new QTreeWidget(this);
    table_->setObjectName(QStringLiteral("absenceAlertsTable"));
    table_->setColumnCount(ColumnCount);
    table_->setRootIsDecorated(false);
    table_->setUniformRowHeights(true);
    table_->setAlternatingRowColors(true);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->header()->setSectionResizeMode(QHeaderView::Interactive);

    auto *controls = new QHBoxLayout;
    controls->addWidget(afterLabel_);
    controls->addWidget(after_);
    controls->addSpacing(12);
    controls->addWidget(withReason_);
    controls->addStretch(1);
    controls->addWidget(export_);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(note_);
    layout->addWidget(table_, 1);

    // The user's choice replaces the settings' for this list.
    connect(after_, &QSpinBox::valueChanged, this, [this] {
        useDatabaseRules_ = false;
        refresh();
    });
    connect(withReason_, &QCheckBox::toggled, this, [this] {
        useDatabaseRules_ = false;
        refresh();
    });
    connect(export_, &QPushButton::clicked, this, &AbsenceAlertsWidget::chooseExportFile);
    connect(&watcher_, &QFutureWatcher<Result>::finished, this, [this] {
        display(watcher_.result());
        emit loaded();
    });
    retranslate();
    display({});
}

AbsenceAlertsWidget::~AbsenceAlertsWidget()
{
    // The reading runs on its own connection; let it finish before the watcher goes.
    watcher_.waitForFinished();
}

void AbsenceAlertsWidget::retranslate()
{
    afterLabel_->setText(tr("Alert after this many absences in a row:"));
    withReason_->setText(tr("Count absences with reason"));
    withReason_->setToolTip(tr("When unticked, an absence with a reason ends a run of absences without one."));
    export_->setText(tr("Export to CSV…"));
    table_->setHeaderLabels({tr("Member"), tr("Party card no."), tr("Residence cell"), tr("Commune"),
                             tr("Workplace organisation"), tr("Organisation code"), tr("Absences in a row"),
                             tr("Last meeting")});
}

void AbsenceAlertsWidget::setDatabasePath(const QString &path)
{
    path_ = path;
    useDatabaseRules_ = true; // another file has its own settings
    refresh();
}

void AbsenceAlertsWidget::setActingUser(const ActingUser &user)
{
    user_ = user;
    dirty_ = true;
}

void AbsenceAlertsWidget::setScope(const QString &scopePath, const QString &scopeName)
{
    scopePath_ = scopePath;
    scopeName_ = scopeName;
    refresh();
}

void AbsenceAlertsWidget::refresh()
{
    dirty_ = true;
    if (isVisible())
        load();
}

void AbsenceAlertsWidget::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (shownAsOf_ != QDate::currentDate())
        dirty_ = true; // a day has passed: runs are counted as of today
    if (dirty_)
        load();
}

void AbsenceAlertsWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        display({alerts_, std::nullopt, error_});
    }
    QWidget::changeEvent(event);
}

void AbsenceAlertsWidget::load()
{
    dirty_ = false;
    if (path_.isEmpty()) {
        display({});
        return;
    }
    note_->setText(tr("Reading the absences…"));
    shownAsOf_ = QDate::currentDate();
    // A new reading replaces the watched one; an older result is never shown.
    watcher_.setFuture(QtConcurrent::run(readAlerts, path_, user_, scopePath_, after_->value(), withReason_->isChecked(),
                                         useDatabaseRules_, shownAsOf_));
}

void AbsenceAlertsWidget::display(const Result &r)
{
    if (r.rules && useDatabaseRules_) {
        const QSignalBlocker a(after_);
        const QSignalBlocker b(withReason_);
        after_->setValue(r.rules->absenceAlertAfter);
        withReason_->setChecked(r.rules->absencesWithReasonCount);
    }
    alerts_ = r.alerts;
    error_ = r.error;
    table_->clear();
    const QLocale locale;
    for (const storage::AbsenceAlert &a : alerts_) {
        auto *item = new QTreeWidgetItem(table_, {a.fullName, a.partyCardNo, a.cellName, a.communeName,
                                                  a.organisationName, a.organisationCode,
                                                  locale.toString(a.consecutive), displayDate(a.lastMeeting)});
        item->setData(MemberColumn, Qt::UserRole, a.memberId);
        item->setTextAlignment(AbsencesColumn, Qt::AlignRight | Qt::AlignVCenter);
    }
    for (int c = 0; c < ColumnCount; ++c)
        table_->resizeColumnToContents(c);
    export_->setEnabled(!alerts_.isEmpty());
    if (!error_.isEmpty())
        note_->setText(error_);
    else if (path_.isEmpty())
        note_->clear();
    else if (alerts_.isEmpty())
        note_->setText(tr("No member has been absent that many times in a row."));
    else if (scopeName_.isEmpty() || scopePath_.isEmpty())
        note_->setText(tr("As of %1: %2 members to tell their workplace organisations about.")
                           .arg(displayDate(shownAsOf_), locale.toString(alerts_.size())));
    else
        note_->setText(tr("As of %1, in %2: %3 members to tell their workplace organisations about.")
                           .arg(displayDate(shownAsOf_), scopeName_, locale.toString(alerts_.size())));
}

reports::ReportTable AbsenceAlertsWidget::reportTable() const
{
    reports::ReportTable t;
    t.title = tr("Absence alerts");
    t.subtitle = (withReason_->isChecked() ? tr("At least %1 absences in a row, with or without a reason; as of %2.")
                                           : tr("At least %1 absences in a row without a reason; as of %2."))
                     .arg(after_->value())
                     .arg(displayDate(shownAsOf_));
    for (int c = 0; c < ColumnCount; ++c)
        t.columns.append({table_->headerItem()->text(c), c == AbsencesColumn});
    for (const storage::AbsenceAlert &a : alerts_) {
        reports::ReportRow row;
        row.level = 1;
        row.cells = {a.fullName,         a.partyCardNo,      a.cellName,    a.communeName,
                     a.organisationName, a.organisationCode, a.consecutive, displayDate(a.lastMeeting)};
        t.rows.append(row);
    }
    return t;
}

bool AbsenceAlertsWidget::exportCsv(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(reports::toCsv(reportTable())) < 0 || !file.commit()) {
        if (error)
            *error = tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

void AbsenceAlertsWidget::chooseExportFile()
{
    const QString suggested =
        QDir::home().filePath(QStringLiteral("absence-alerts-%1.csv").arg(shownAsOf_.toString(QStringLiteral("yyyy-MM-dd"))));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export absence alerts"), suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportCsv(path, &error))
        QMessageBox::warning(this, tr("Export absence alerts"), error);
}

} // namespace cutru
