#include "app/overview_page.h"

#include "app/referrals_page.h"
#include "domain/codes.h"
#include "reports/overview_report.h"
#include "services/attendance_queries.h"
#include "services/meeting_service.h"
#include "services/outcome.h"
#include "services/referral_queries.h"
#include "storage/statistics_repository.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLocale>
#include <QScrollBar>
#include <QSplitter>
#include <QTreeWidget>
#include <QValueAxis>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>
#include <spdlog/spdlog.h>

namespace cutru {
namespace {

OverviewPage::Figures readFigures(const QString &path, const QString &scopePath, const QString &scopeName,
                                  const ActingUser &user, int overdueDays, const QDate &asOf)
{
    OverviewPage::Figures f;
    f.overdueDays = overdueDays;
    f.asOf = asOf;
    f.overdueScope = scopePath.isEmpty() ? QString() : scopeName;
    try {
        // The main window checked the file's integrity when it opened it.
        storage::Database db = storage::Database::open(path, storage::Database::Create::MustExist,
                                                       storage::Database::IntegrityCheck::Skip);
        const storage::OverviewFigures figures = storage::StatisticsRepository(db).overview(scopePath);
        f.table = reports::overviewReport(figures, scopeName);
        for (WorkplaceType t : allValues<WorkplaceType>())
            f.workingByType.append({label(t), figures.workingByWorkplaceType.value(code(t))});
        try {
            const ReferralQueries referrals(db, user);
            if (referrals.mayRead())
                f.overdue = referrals.overdueCounts(overdueDays, asOf, scopePath);
        } catch (const AccessDenied &) {
            f.overdue.reset(); // mayRead() said yes; the section stays hidden all the same
        }
        try {
            const AttendanceQueries attendance(db, user);
            if (attendance.mayRead()) {
                const MeetingRules rules = MeetingService(db, user).rules();
                f.absenceAfter = rules.absenceAlertAfter;
                f.absencesWithReason = rules.absencesWithReasonCount;
                f.crowdedAbove = rules.crowdedAbove;
                f.absences = attendance.absenceAlerts(rules, asOf, scopePath);
                // Cells' figures mean nothing to those whose grants reach no residence cell.
                if (attendance.reachesResidenceCells()) {
                    f.pastDue = attendance.pastDueCount(asOf, scopePath);
                    f.crowded = attendance.crowdedCells(rules.crowdedAbove, asOf, scopePath);
                }
            }
        } catch (const AccessDenied &) {
            f.absences.reset();
            f.pastDue.reset();
            f.crowded.reset();
        }
        try {
            if (user.may(Action::ReadComments)) {
                // The scope's id is the last step of its materialised path ("/1/7/42/").
                const QStringList steps = scopePath.split(QLatin1Char('/'), Qt::SkipEmptyParts);
                const qint64 scopeId = steps.isEmpty() ? 0 : steps.last().toLongLong();
                const CommentService comments(db, user, asOf);
                OverviewPage::Figures::Comments c;
                c.year = asOf.year();
                c.deadline = comments.deadline(c.year);
                c.byCell = comments.missingByCell(c.year, scopeId);
                c.byWorkplace = comments.missingByWorkplace(c.year, scopeId);
                f.comments = c;
            }
        } catch (const AccessDenied &) {
            f.comments.reset();
        }
    } catch (const storage::StorageError &e) {
        spdlog::error("overview failed: {} ({})", e.userMessage().toStdString(), e.detail().toStdString());
        f.error = e.userMessage();
        f.comments.reset();
        f.overdue.reset();
        f.absences.reset();
        f.pastDue.reset();
        f.crowded.reset();
    }
    return f;
}

QTreeWidget *overdueTable(const QString &objectName, QWidget *parent, int columns = 3)
{
    auto *t = new QTreeWidget(parent);
    t->setObjectName(objectName);
    t->setColumnCount(columns);
    t->setRootIsDecorated(false);
    t->setUniformRowHeights(true);
    t->setSelectionMode(QAbstractItemView::NoSelection);
    t->header()->setStretchLastSection(false);
    t->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    t->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    t->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    return t;
}

// Code, name, letters; largest first as read, then the total in bold.
void fillOverdue(QTreeWidget *table, const QList<storage::OverdueCount> &rows, int total, const QString &totalLabel,
                 const QString &outside)
{
    const QLocale locale;
    table->clear();
    auto add = [table, &locale](const QString &code, const QString &name, int count) {
        auto *item = new QTreeWidgetItem(table, {code, name, locale.toString(count)});
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        return item;
    };
    for (const storage::OverdueCount &row : rows)
        add(row.code, row.organisationId > 0 ? row.name : outside, row.count);
    QTreeWidgetItem *sum = add(QString(), totalLabel, total);
    for (int c = 0; c < 3; ++c) {
        QFont bold = sum->font(c);
        bold.setBold(true);
        sum->setFont(c, bold);
    }
}

} // namespace

OverviewPage::OverviewPage(QWidget *parent) : QWidget(parent)
{
    title_ = new QLabel(this);
    QFont big = title_->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    title_->setFont(big);
    subtitle_ = new QLabel(this);
    subtitle_->setWordWrap(true);

    table_ = new QTreeWidget(this);
    table_->setObjectName(QStringLiteral("overviewTable"));
    table_->setColumnCount(2);
    table_->setRootIsDecorated(false);
    table_->setIndentation(24);
    table_->setUniformRowHeights(true);
    table_->setSelectionMode(QAbstractItemView::NoSelection);
    table_->header()->setStretchLastSection(false);
    table_->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    table_->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);

    auto *chart = new QChart;
    chart->legend()->hide();
    chart->setAnimationOptions(QChart::NoAnimation);
    chart_ = new QChartView(chart, this);
    chart_->setObjectName(QStringLiteral("overviewChart"));
    chart_->setRenderHint(QPainter::Antialiasing);
    chart_->setMinimumWidth(360);

    splitter_ = new QSplitter(Qt::Horizontal, this);
    splitter_->addWidget(table_);
    splitter_->addWidget(chart_);
    splitter_->setStretchFactor(0, 0);
    splitter_->setStretchFactor(1, 1);
    splitter_->setChildrenCollapsible(false);

    overdue_ = new QWidget(this);
    overdue_->setObjectName(QStringLiteral("overdueSection"));
    overdueHeading_ = new QLabel(overdue_);
    QFont bold = overdueHeading_->font();
    bold.setBold(true);
    overdueHeading_->setFont(bold);
    overdueNote_ = new QLabel(overdue_);
    overdueNote_->setWordWrap(true);
    overdueByCommune_ = overdueTable(QStringLiteral("overdueByCommune"), overdue_);
    overdueByIssuer_ = overdueTable(QStringLiteral("overdueByIssuer"), overdue_);
    auto *tables = new QHBoxLayout;
    tables->addWidget(overdueByCommune_);
    tables->addWidget(overdueByIssuer_);
    auto *overdueLayout = new QVBoxLayout(overdue_);
    overdueLayout->setContentsMargins(0, 0, 0, 0);
    overdueLayout->addWidget(overdueHeading_);
    overdueLayout->addWidget(overdueNote_);
    overdueLayout->addLayout(tables, 1);
    overdue_->hide(); // until figures for a user who may read referrals come

    // Meetings: past-due count, then crowded cells beside absence alerts.
    meetings_ = new QWidget(this);
    meetings_->setObjectName(QStringLiteral("meetingsSection"));
    pastDueNote_ = new QLabel(meetings_);
    pastDueNote_->setObjectName(QStringLiteral("pastDueNote"));
    pastDueNote_->setFont(bold);
    pastDueNote_->setWordWrap(true);
    auto column = [&](const QString &name, QLabel *&heading, QLabel *&note, QTreeWidget *&table, int columns) {
        auto *box = new QWidget(meetings_);
        box->setObjectName(name);
        heading = new QLabel(box);
        heading->setFont(bold);
        heading->setWordWrap(true);
        note = new QLabel(box);
        note->setWordWrap(true);
        table = overdueTable(name + QStringLiteral("Table"), box, columns);
        for (int c = 0; c < columns; ++c)
            table->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
        auto *l = new QVBoxLayout(box);
        l->setContentsMargins(0, 0, 0, 0);
        l->addWidget(heading);
        l->addWidget(note);
        l->addWidget(table, 1);
        l->addStretch(); // headings stay on top when the table is hidden
        return box;
    };
    crowded_ = column(QStringLiteral("crowdedCells"), crowdedHeading_, crowdedNote_, crowdedCells_, 5);
    absences_ = column(QStringLiteral("absenceAlerts"), absenceHeading_, absenceNote_, absenceAlerts_, 5);
    auto *meetingTables = new QHBoxLayout;
    meetingTables->addWidget(crowded_, 2);
    meetingTables->addWidget(absences_, 3);
    auto *meetingsLayout = new QVBoxLayout(meetings_);
    meetingsLayout->setContentsMargins(0, 0, 0, 0);
    meetingsLayout->addWidget(pastDueNote_);
    meetingsLayout->addLayout(meetingTables, 1);
    meetings_->hide(); // until figures for a user who may read members come

    // Annual comments: the deadline, then what is missing by cell and by workplace organisation.
    comments_ = new QWidget(this);
    comments_->setObjectName(QStringLiteral("commentsSection"));
    commentsHeading_ = new QLabel(comments_);
    commentsHeading_->setObjectName(QStringLiteral("commentsHeading"));
    commentsHeading_->setFont(bold);
    commentsHeading_->setWordWrap(true);
    commentsNote_ = new QLabel(comments_);
    commentsNote_->setObjectName(QStringLiteral("commentsNote"));
    commentsNote_->setWordWrap(true);
    missingByCell_ = overdueTable(QStringLiteral("missingByCell"), comments_, 4);
    missingByCell_->header()->setSectionResizeMode(3, QHeaderView::ResizeToContents);
    missingByWorkplace_ = overdueTable(QStringLiteral("missingByWorkplace"), comments_, 3);
    auto *commentTables = new QHBoxLayout;
    commentTables->addWidget(missingByCell_, 3);
    commentTables->addWidget(missingByWorkplace_, 2);
    auto *commentsLayout = new QVBoxLayout(comments_);
    commentsLayout->setContentsMargins(0, 0, 0, 0);
    commentsLayout->addWidget(commentsHeading_);
    commentsLayout->addWidget(commentsNote_);
    commentsLayout->addLayout(commentTables, 1);
    comments_->hide(); // until figures for a user who may read comments come

    // The overdue tables below the report and chart; the user may move the border.
    auto *rows = new QSplitter(Qt::Vertical, this);
    rows->addWidget(splitter_);
    rows->addWidget(overdue_);
    rows->addWidget(meetings_);
    rows->addWidget(comments_);
    rows->setStretchFactor(0, 1);
    rows->setStretchFactor(1, 0);
    rows->setStretchFactor(2, 0);
    rows->setStretchFactor(3, 0);
    rows->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title_);
    layout->addWidget(subtitle_);
    layout->addWidget(rows, 1);

    connect(&watcher_, &QFutureWatcher<Figures>::finished, this, [this] {
        display(watcher_.result());
        emit loaded();
    });
}

OverviewPage::~OverviewPage()
{
    // The reading runs on its own connection; let it finish before the watcher goes.
    watcher_.waitForFinished();
}

void OverviewPage::setDatabasePath(const QString &path)
{
    path_ = path;
    refresh();
}

void OverviewPage::setScope(const QString &scopePath, const QString &scopeName)
{
    scopePath_ = scopePath;
    scopeName_ = scopeName;
    refresh();
}

void OverviewPage::setActingUser(const ActingUser &user)
{
    user_ = user;
    dirty_ = true;
}

void OverviewPage::refresh()
{
    dirty_ = true;
    if (isVisible())
        load();
}

void OverviewPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // "Overdue after N days" is set in the Referrals section; and a day may have passed.
    const bool overdue = overdue_->isVisibleTo(this);
    if ((overdue && shownOverdueDays_ != ReferralsPage::overdueDaysSetting())
        || ((overdue || meetings_->isVisibleTo(this) || comments_->isVisibleTo(this))
            && shownAsOf_ != QDate::currentDate()))
        dirty_ = true;
    if (dirty_)
        load();
}

void OverviewPage::changeEvent(QEvent *event)
{
    // The report's labels are translated when it is built: build it again.
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QWidget::changeEvent(event);
}

void OverviewPage::load()
{
    dirty_ = false;
    if (path_.isEmpty()) {
        display({});
        return;
    }
    title_->setText(tr("Organisation overview"));
    subtitle_->setText(tr("Reading the figures…"));
    // A new reading replaces the watched one; an older result is never shown.
    shownOverdueDays_ = ReferralsPage::overdueDaysSetting();
    shownAsOf_ = QDate::currentDate();
    watcher_.setFuture(QtConcurrent::run(readFigures, path_, scopePath_, scopeName_, user_, shownOverdueDays_,
                                         shownAsOf_));
}

void OverviewPage::display(const Figures &f)
{
    const QLocale locale;
    table_->clear();
    title_->setText(f.table.title.isEmpty() ? tr("Organisation overview") : f.table.title);
    subtitle_->setText(f.error.isEmpty() ? f.table.subtitle : f.error);
    QStringList headers;
    for (const auto &c : f.table.columns)
        headers << c.header;
    table_->setHeaderLabels(headers);

    QTreeWidgetItem *section = nullptr;
    for (const reports::ReportRow &row : f.table.rows) {
        QTreeWidgetItem *item = row.level == 0 || !section ? new QTreeWidgetItem(table_) : new QTreeWidgetItem(section);
        for (int c = 0; c < row.cells.size(); ++c) {
            const QVariant &v = row.cells.at(c);
            const bool numeric = c < f.table.columns.size() && f.table.columns.at(c).numeric;
            item->setText(c, numeric ? locale.toString(v.toLongLong()) : v.toString());
            if (numeric)
                item->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
            if (row.emphasised) {
                QFont bold = item->font(c);
                bold.setBold(true);
                item->setFont(c, bold);
            }
        }
        if (row.level == 0)
            section = item;
    }
    table_->expandAll();
    if (!sized_ && !f.table.rows.isEmpty()) {
        // The whole table in view, the chart in the rest of the width.
        sized_ = true;
        const int tableWidth = table_->header()->length() + 2 * table_->frameWidth()
                               + table_->verticalScrollBar()->sizeHint().width();
        splitter_->setSizes({tableWidth, std::max(360, splitter_->width() - tableWidth)});
    }

    displayOverdue(f);
    displayMeetings(f);
    displayComments(f);

    QChart *chart = chart_->chart();
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes())
        chart->removeAxis(axis);
    chart->setTitle(tr("Working members by type of workplace"));
    if (f.workingByType.isEmpty())
        return;
    auto *set = new QBarSet(tr("Working members"));
    set->setColor(QColor(0xc6, 0x28, 0x28));
    QStringList categories;
    int maximum = 0;
    // Horizontal bars grow upwards: add in reverse so the first type is on top.
    for (auto it = f.workingByType.crbegin(); it != f.workingByType.crend(); ++it) {
        categories << it->first;
        *set << it->second;
        maximum = std::max(maximum, it->second);
    }
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    chart->addSeries(series);
    auto *y = new QBarCategoryAxis;
    y->append(categories);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    auto *x = new QValueAxis;
    x->setRange(0, std::max(10, int(maximum * 1.15)));
    x->applyNiceNumbers();
    x->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
}

void OverviewPage::displayOverdue(const Figures &f)
{
    overdue_->setVisible(f.overdue.has_value());
    if (!f.overdue) {
        overdueByCommune_->clear();
        overdueByIssuer_->clear();
        return;
    }
    const storage::OverdueCounts &c = *f.overdue;
    overdueHeading_->setText(tr("Overdue referrals (issued, not received after %n day(s))", nullptr, f.overdueDays));
    const QString asOf = f.asOf.toString(QStringLiteral("dd/MM/yyyy"));
    if (c.total == 0)
        overdueNote_->setText(tr("No overdue referrals."));
    else if (f.overdueScope.isEmpty())
        overdueNote_->setText(tr("As of %1: %n letter(s) in all.", nullptr, c.total).arg(asOf));
    else
        overdueNote_->setText(tr("As of %1: %n letter(s) addressed to a commune or issued by an organisation in %2.",
                                 nullptr, c.total)
                                  .arg(asOf, f.overdueScope));
    overdueByCommune_->setHeaderLabels({tr("Code"), tr("Receiving commune"), tr("Letters")});
    overdueByIssuer_->setHeaderLabels({tr("Code"), tr("Issuing organisation"), tr("Letters")});
    fillOverdue(overdueByCommune_, c.byCommune, c.total, tr("Total"), tr("Committees outside the province"));
    fillOverdue(overdueByIssuer_, c.byIssuer, c.total, tr("Total"), QString());
    overdueByCommune_->setVisible(c.total > 0);
    overdueByIssuer_->setVisible(c.total > 0);
}

void OverviewPage::displayMeetings(const Figures &f)
{
    const QLocale locale;
    const bool any = f.pastDue || f.crowded || f.absences;
    meetings_->setVisible(any);
    pastDueNote_->setVisible(f.pastDue.has_value());
    crowded_->setVisible(f.crowded.has_value());
    absences_->setVisible(f.absences.has_value());
    crowdedCells_->clear();
    absenceAlerts_->clear();
    if (!any)
        return;
    const QString asOf = locale.toString(f.asOf, QStringLiteral("dd/MM/yyyy"));
    if (f.pastDue)
        pastDueNote_->setText(tr("Past-due meetings (planned before %1, attendance not recorded): %2")
                                  .arg(asOf, locale.toString(*f.pastDue)));

    if (f.crowded) {
        crowdedHeading_->setText(tr("Crowded cells (more referred members than %1)").arg(locale.toString(f.crowdedAbove)));
        crowdedNote_->setText(f.crowded->isEmpty() ? tr("No crowded cells.")
                                                   : tr("Members expected at meetings as of %1, exempt ones apart; "
                                                        "the venue as recorded at the cell's latest meeting.")
                                                         .arg(asOf));
        crowdedCells_->setHeaderLabels({tr("Code"), tr("Residence cell"), tr("Commune"), tr("Referred members"),
                                        tr("Venue capacity")});
        for (const storage::CrowdedCell &c : *f.crowded) {
            auto *item = new QTreeWidgetItem(crowdedCells_, {c.code, c.name, c.communeName, locale.toString(c.referred),
                                                             c.venueCapacity > 0 ? locale.toString(c.venueCapacity)
                                                                                 : QString()});
            item->setToolTip(4, c.venue);
            item->setTextAlignment(3, Qt::AlignRight | Qt::AlignVCenter);
            item->setTextAlignment(4, Qt::AlignRight | Qt::AlignVCenter);
        }
        crowdedCells_->setVisible(!f.crowded->isEmpty());
    }

    if (f.absences) {
        absenceHeading_->setText(tr("Absence alerts (%n consecutive meeting(s))", nullptr, f.absenceAfter));
        if (f.absences->isEmpty())
            absenceNote_->setText(tr("No absence alerts."));
        else
            absenceNote_->setText((f.absencesWithReason ? tr("As of %1: %2 members absent that many times in a row, "
                                                             "with or without a reason. Tell their workplace "
                                                             "organisations.")
                                                        : tr("As of %1: %2 members absent that many times in a row "
                                                             "without a reason. Tell their workplace organisations."))
                                      .arg(asOf, locale.toString(f.absences->size())));
        absenceAlerts_->setHeaderLabels({tr("Member"), tr("Residence cell"), tr("Workplace organisation"),
                                         tr("Absences in a row"), tr("Last meeting")});
        for (const storage::AbsenceAlert &a : *f.absences) {
            auto *item = new QTreeWidgetItem(
                absenceAlerts_, {a.fullName, a.cellName, tr("%1 (%2)").arg(a.organisationName, a.organisationCode),
                                 locale.toString(a.consecutive), locale.toString(a.lastMeeting, QStringLiteral("dd/MM/yyyy"))});
            item->setToolTip(1, a.communeName);
            item->setTextAlignment(3, Qt::AlignRight | Qt::AlignVCenter);
        }
        absenceAlerts_->setVisible(!f.absences->isEmpty());
    }
}

void OverviewPage::displayComments(const Figures &f)
{
    comments_->setVisible(f.comments.has_value());
    missingByCell_->clear();
    missingByWorkplace_->clear();
    if (!f.comments)
        return;
    const Figures::Comments &c = *f.comments;
    const QLocale locale;
    const QString deadline = locale.toString(c.deadline, QStringLiteral("dd/MM/yyyy"));
    const qint64 daysLeft = f.asOf.daysTo(c.deadline);
    commentsHeading_->setText(daysLeft < 0 ? tr("Annual comments %1: deadline %2 (passed)").arg(c.year).arg(deadline)
                                           : tr("Annual comments %1: deadline %2 (%n day(s) left)", nullptr, int(daysLeft))
                                                 .arg(c.year)
                                                 .arg(deadline));
    // byCell lists only the cells with something missing, so the number due over the
    // whole scope is not known here: only what is missing is stated.
    int missing = 0;
    for (const MissingComments &m : c.byCell)
        missing += m.missing();
    if (missing == 0)
        commentsNote_->setText(tr("No comments missing: every member due has a signed comment."));
    else
        commentsNote_->setText(tr("Still missing (due, not signed): %1 comments in %2 cells, for %3 workplace "
                                  "organisations.")
                                   .arg(locale.toString(missing), locale.toString(c.byCell.size()),
                                        locale.toString(c.byWorkplace.size())));
    // The cells and organisations with most missing; the full lists are in the Comments section and report.
    constexpr int kShown = 10;
    missingByCell_->setHeaderLabels({tr("Code"), tr("Residence cell"), tr("Commune"), tr("Missing")});
    for (const MissingComments &m : c.byCell.mid(0, kShown)) {
        auto *item = new QTreeWidgetItem(missingByCell_, {m.code, m.name, m.communeName, locale.toString(m.missing())});
        item->setTextAlignment(3, Qt::AlignRight | Qt::AlignVCenter);
    }
    missingByWorkplace_->setHeaderLabels({tr("Code"), tr("Workplace organisation"), tr("Missing")});
    for (const MissingComments &m : c.byWorkplace.mid(0, kShown)) {
        auto *item = new QTreeWidgetItem(missingByWorkplace_, {m.code, m.name, locale.toString(m.missing())});
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
    }
    missingByCell_->setVisible(!c.byCell.isEmpty());
    missingByWorkplace_->setVisible(!c.byWorkplace.isEmpty());
}

} // namespace cutru
