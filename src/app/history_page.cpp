#include "app/history_page.h"

#include "app/history_model.h"
#include "app/optional_date_edit.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>
#include <climits>
#include <spdlog/spdlog.h>

namespace cutru {
namespace {

constexpr int kTypingDelayMs = 400;

// On a worker thread: a connection of its own on the file the GUI already opened
// (and checked), so no integrity check again.
HistoryPage::Count countEntries(const QString &path, const ActingUser &user, const HistoryFilter &filter)
{
    HistoryPage::Count c;
    try {
        const storage::Database db =
            storage::Database::open(path, storage::Database::Create::MustExist, storage::Database::IntegrityCheck::Skip);
        c.entries = HistoryService(db, user).count(filter);
    } catch (const storage::StorageError &e) {
        spdlog::error("history count failed: {} ({})", e.userMessage().toStdString(), e.detail().toStdString());
        c.error = e.userMessage();
    } catch (const AccessDenied &e) {
        c.error = e.userMessage();
    }
    return c;
}

QTableWidgetItem *readOnlyItem(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return item;
}

} // namespace

HistoryPage::HistoryPage(QWidget *parent) : QWidget(parent)
{
    model_ = new HistoryModel(this);

    userLabel_ = new QLabel(this);
    user_ = new QComboBox(this);
    user_->setObjectName(QStringLiteral("historyUser"));
    user_->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    user_->setMinimumContentsLength(16);
    tableLabel_ = new QLabel(this);
    tableFilter_ = new QComboBox(this);
    tableFilter_->setObjectName(QStringLiteral("historyTable"));
    tableFilter_->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    recordLabel_ = new QLabel(this);
    record_ = new QLineEdit(this);
    record_->setObjectName(QStringLiteral("historyRecord"));
    record_->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{0,18}")), record_));
    record_->setMaximumWidth(record_->fontMetrics().horizontalAdvance(QStringLiteral("0000000000")) + 16);
    record_->setClearButtonEnabled(true);
    fromLabel_ = new QLabel(this);
    from_ = new OptionalDateEdit(this);
    from_->setObjectName(QStringLiteral("historyFrom"));
    from_->setStartDate(QDate::currentDate());
    toLabel_ = new QLabel(this);
    to_ = new OptionalDateEdit(this);
    to_->setObjectName(QStringLiteral("historyTo"));
    to_->setStartDate(QDate::currentDate());
    reset_ = new QPushButton(this);
    reset_->setObjectName(QStringLiteral("historyReset"));
    userLabel_->setBuddy(user_);
    tableLabel_->setBuddy(tableFilter_);
    recordLabel_->setBuddy(record_);
    fromLabel_->setBuddy(from_);
    toLabel_->setBuddy(to_);

    auto *filters = new QHBoxLayout;
    for (QWidget *w : std::initializer_list<QWidget *>{userLabel_, user_, tableLabel_, tableFilter_, recordLabel_, record_,
                                                       fromLabel_, from_, toLabel_, to_, reset_})
        filters->addWidget(w);
    filters->addStretch(1);

    count_ = new QLabel(this);
    count_->setObjectName(QStringLiteral("historyCount"));

    table_ = new QTableView(this);
    table_->setObjectName(QStringLiteral("historyTableView"));
    table_->setModel(model_);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setAlternatingRowColors(true);
    table_->setWordWrap(false);
    table_->setSortingEnabled(false);
    table_->verticalHeader()->hide();
    table_->verticalHeader()->setDefaultSectionSize(table_->fontMetrics().height() + 8);
    table_->horizontalHeader()->setStretchLastSection(true);
    const QFontMetrics fm = table_->fontMetrics();
    table_->setColumnWidth(HistoryModel::TimeColumn, fm.horizontalAdvance(QStringLiteral("00/00/0000 00:00:00")) + 24);
    table_->setColumnWidth(HistoryModel::UserColumn, fm.horizontalAdvance(QLatin1Char('M')) * 16);
    table_->setColumnWidth(HistoryModel::TableColumn, fm.horizontalAdvance(QLatin1Char('M')) * 10);
    table_->setColumnWidth(HistoryModel::RecordColumn, fm.horizontalAdvance(QStringLiteral("0000000")) + 24);
    table_->setColumnWidth(HistoryModel::ActionColumn, fm.horizontalAdvance(QLatin1Char('M')) * 7);

    detailTitle_ = new QLabel(this);
    detailTitle_->setObjectName(QStringLiteral("historyDetailTitle"));
    detailTitle_->setWordWrap(true);
    detailTitle_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    detail_ = new QTableWidget(0, 3, this);
    detail_->setObjectName(QStringLiteral("historyDetail"));
    detail_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    detail_->setSelectionMode(QAbstractItemView::ContiguousSelection);
    detail_->setWordWrap(true);
    detail_->verticalHeader()->hide();
    detail_->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    detail_->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    detail_->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    auto *detailBox = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detailBox);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(detailTitle_);
    detailLayout->addWidget(detail_, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(table_);
    splitter->addWidget(detailBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);

    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addLayout(filters);
    contentLayout->addWidget(count_);
    contentLayout->addWidget(splitter, 1);

    message_ = new QLabel(this);
    message_->setObjectName(QStringLiteral("historyMessage"));
    message_->setWordWrap(true);
    message_->setAlignment(Qt::AlignCenter);

    stack_ = new QStackedWidget(this);
    stack_->addWidget(content);
    stack_->addWidget(message_);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(stack_);

    typingTimer_.setSingleShot(true);
    typingTimer_.setInterval(kTypingDelayMs);
    connect(&typingTimer_, &QTimer::timeout, this, &HistoryPage::applyFilters);
    auto filterNow = [this] {
        if (!filling_)
            applyFilters();
    };
    auto filterSoon = [this] {
        if (!filling_)
            typingTimer_.start();
    };
    connect(user_, &QComboBox::currentIndexChanged, this, filterNow);
    connect(tableFilter_, &QComboBox::currentIndexChanged, this, filterNow);
    connect(record_, &QLineEdit::textChanged, this, filterSoon);
    connect(record_, &QLineEdit::returnPressed, this, filterNow);
    connect(from_, &QDateEdit::dateChanged, this, filterSoon);
    connect(to_, &QDateEdit::dateChanged, this, filterSoon);
    connect(reset_, &QPushButton::clicked, this, &HistoryPage::resetFilters);
    connect(table_->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &HistoryPage::showDetail);
    connect(model_, &QAbstractItemModel::modelReset, this, &HistoryPage::showDetail);
    connect(model_, &HistoryModel::errorOccurred, this, &HistoryPage::showCount);
    connect(&countWatcher_, &QFutureWatcher<Count>::finished, this, [this] {
        lastCount_ = countWatcher_.result();
        showCount();
        emit counted();
    });

    retranslate();
    showMessage(tr("No database is open."));
}

HistoryPage::~HistoryPage()
{
    // The count runs on its own connection; let it finish before the watcher goes.
    countWatcher_.waitForFinished();
}

void HistoryPage::setDatabase(storage::Database *db, const ActingUser &user)
{
    db_ = db;
    acting_ = user;
    model_->setService(nullptr);
    service_.reset();
    refresh();
}

void HistoryPage::refresh()
{
    dirty_ = true;
    if (isVisible())
        load();
}

void HistoryPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (dirty_)
        load();
}

void HistoryPage::load()
{
    dirty_ = false;
    model_->setService(nullptr);
    service_.reset();
    if (!db_) {
        showMessage(tr("No database is open."));
        return;
    }
    if (!acting_.may(Action::ReadHistory)) {
        showMessage(refusalMessage(Action::ReadHistory));
        return;
    }
    service_ = std::make_unique<HistoryService>(*db_, acting_);
    model_->setService(service_.get());
    stack_->setCurrentIndex(0);
    fillChoices();
    applyFilters();
}

void HistoryPage::showMessage(const QString &text)
{
    message_->setText(text);
    stack_->setCurrentIndex(1);
}

QString HistoryPage::message() const
{
    return stack_->currentIndex() == 1 ? message_->text() : QString();
}

void HistoryPage::fillChoices()
{
    auto fill = [this](QComboBox *combo, const QString &all, const QList<QPair<QString, QString>> &choices,
                       auto labelOf) {
        const QString current = combo->currentData().toString();
        combo->clear();
        combo->addItem(all, QString());
        for (const auto &[value, label] : choices)
            combo->addItem(label, value);
        int i = combo->findData(current);
        if (i < 0) {
            // Chosen before it had entries (showRecord), or the language changed.
            combo->addItem(labelOf(current), current);
            i = combo->count() - 1;
        }
        combo->setCurrentIndex(current.isEmpty() ? 0 : i);
    };
    QList<QPair<QString, QString>> actors, tables;
    if (service_) {
        try {
            actors = service_->actorChoices();
            tables = service_->tableChoices();
        } catch (const storage::StorageError &e) {
            spdlog::error("history choices failed: {} ({})", e.userMessage().toStdString(), e.detail().toStdString());
        } catch (const AccessDenied &) {
        }
    }
    filling_ = true;
    fill(user_, tr("All users"), actors, [](const QString &a) { return HistoryService::actorLabel(a); });
    fill(tableFilter_, tr("All tables"), tables, [](const QString &t) { return HistoryService::tableLabel(t); });
    filling_ = false;
}

HistoryFilter HistoryPage::currentFilter() const
{
    HistoryFilter f;
    f.actor = user_->currentData().toString();
    f.table = tableFilter_->currentData().toString();
    f.rowId = record_->text().trimmed().toLongLong();
    f.from = from_->optionalDate();
    f.to = to_->optionalDate();
    return f;
}

void HistoryPage::applyFilters()
{
    typingTimer_.stop();
    if (!service_)
        return;
    shown_ = currentFilter();
    model_->setFilter(shown_);
    startCount();
}

void HistoryPage::resetFilters()
{
    filling_ = true;
    user_->setCurrentIndex(0);
    tableFilter_->setCurrentIndex(0);
    record_->clear();
    from_->setOptionalDate({});
    to_->setOptionalDate({});
    filling_ = false;
    applyFilters();
}

void HistoryPage::showRecord(const QString &table, qint64 rowId)
{
    filling_ = true;
    user_->setCurrentIndex(0);
    int i = tableFilter_->findData(table);
    if (i < 0) {
        tableFilter_->addItem(HistoryService::tableLabel(table), table);
        i = tableFilter_->count() - 1;
    }
    tableFilter_->setCurrentIndex(i);
    record_->setText(rowId > 0 ? QString::number(rowId) : QString());
    from_->setOptionalDate({});
    to_->setOptionalDate({});
    filling_ = false;
    if (dirty_)
        refresh(); // reads with these fields when shown
    else
        applyFilters();
}

void HistoryPage::startCount()
{
    lastCount_ = {};
    if (!db_ || db_->path().isEmpty()) {
        showCount();
        return;
    }
    // A new count replaces the watched one; an older result is never shown.
    countWatcher_.setFuture(QtConcurrent::run(countEntries, db_->path(), acting_, shown_));
    showCount();
}

void HistoryPage::showCount()
{
    if (!model_->error().isEmpty())
        count_->setText(model_->error());
    else if (!lastCount_.error.isEmpty())
        count_->setText(lastCount_.error);
    else if (countWatcher_.isRunning() || lastCount_.entries < 0)
        count_->setText(tr("Counting…"));
    else
        count_->setText(tr("%Ln entry(s)", nullptr, static_cast<int>(std::min<qint64>(lastCount_.entries, INT_MAX))));
}

void HistoryPage::showDetail()
{
    detail_->setRowCount(0);
    const QModelIndex current = table_->selectionModel()->currentIndex();
    detail_->setColumnHidden(1, false);
    detail_->setColumnHidden(2, false);
    if (!current.isValid() || current.row() >= model_->rowCount()) {
        detailTitle_->setText(tr("Select an entry to see its fields before and after the change."));
        return;
    }
    const HistoryEntry &h = model_->entry(current.row());
    detailTitle_->setText(tr("%1 by %2 at %3 — %4, record %5")
                              .arg(h.action, h.actor, h.time, h.table)
                              .arg(h.entry.rowId));
    // A created row has no "before", a deleted one no "after".
    detail_->setColumnHidden(1, h.entry.action == QLatin1String("insert"));
    detail_->setColumnHidden(2, h.entry.action == QLatin1String("delete"));
    detail_->setRowCount(static_cast<int>(h.changes.size()));
    for (int r = 0; r < h.changes.size(); ++r) {
        const FieldChange &c = h.changes.at(r);
        detail_->setItem(r, 0, readOnlyItem(c.label));
        detail_->setItem(r, 1, readOnlyItem(c.oldValue));
        detail_->setItem(r, 2, readOnlyItem(c.newValue));
    }
    detail_->resizeRowsToContents();
}

void HistoryPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void HistoryPage::retranslate()
{
    userLabel_->setText(tr("&User:"));
    tableLabel_->setText(tr("&Table:"));
    recordLabel_->setText(tr("&Record:"));
    record_->setPlaceholderText(tr("id"));
    record_->setToolTip(tr("The record's number in its table: with a table chosen, that record's whole history."));
    fromLabel_->setText(tr("&From:"));
    toLabel_->setText(tr("T&o:"));
    from_->setToolTip(tr("First day shown (dd/mm/yyyy); empty for no limit."));
    to_->setToolTip(tr("Last day shown (dd/mm/yyyy), included; empty for no limit."));
    reset_->setText(tr("Re&set"));
    detail_->setHorizontalHeaderLabels({tr("Field"), tr("Before"), tr("After")});
    if (service_)
        fillChoices();
    else {
        if (user_->count() == 0)
            user_->addItem(QString(), QString());
        if (tableFilter_->count() == 0)
            tableFilter_->addItem(QString(), QString());
        user_->setItemText(0, tr("All users"));
        tableFilter_->setItemText(0, tr("All tables"));
    }
    model_->retranslate();
    showDetail();
    showCount();
    if (stack_->currentIndex() == 1)
        showMessage(!db_ ? tr("No database is open.")
                         : (acting_.may(Action::ReadHistory) ? message_->text() : refusalMessage(Action::ReadHistory)));
}

} // namespace cutru
