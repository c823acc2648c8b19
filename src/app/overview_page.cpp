#include "app/overview_page.h"

#include "domain/codes.h"
#include "reports/overview_report.h"
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

OverviewPage::Figures readFigures(const QString &path, const QString &scopePath, const QString &scopeName)
{
    OverviewPage::Figures f;
    try {
        // The main window checked the file's integrity when it opened it.
        const storage::Database db = storage::Database::open(path, storage::Database::Create::MustExist,
                                                             storage::Database::IntegrityCheck::Skip);
        const storage::OverviewFigures figures = storage::StatisticsRepository(db).overview(scopePath);
        f.table = reports::overviewReport(figures, scopeName);
        for (WorkplaceType t : allValues<WorkplaceType>())
            f.workingByType.append({label(t), figures.workingByWorkplaceType.value(code(t))});
    } catch (const storage::StorageError &e) {
        spdlog::error("overview failed: {} ({})", e.userMessage().toStdString(), e.detail().toStdString());
        f.error = e.userMessage();
    }
    return f;
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

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title_);
    layout->addWidget(subtitle_);
    layout->addWidget(splitter_, 1);

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

void OverviewPage::refresh()
{
    dirty_ = true;
    if (isVisible())
        load();
}

void OverviewPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
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
    watcher_.setFuture(QtConcurrent::run(readFigures, path_, scopePath_, scopeName_));
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

} // namespace cutru
