#include "app/meetings_page.h"

#include "domain/dates.h"

#include "app/absence_alerts_widget.h"
#include "app/attendance_import_dialog.h"
#include "app/attendance_sheet.h"
#include "app/work_progress.h"
#include "app/folding_completer.h"
#include "app/form_errors.h"
#include "app/meeting_dialog.h"
#include "app/plan_year_dialog.h"
#include "reports/attendance_document_data.h"
#include "reports/attendance_pdf.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>
#include <atomic>
#include <filesystem>
#include <spdlog/spdlog.h>

namespace cutru {
namespace {

constexpr int kPastDueShown = 300; // longer lists say how many more there are

QString joined(const SaveOutcome &o)
{
    if (o.status != SaveOutcome::Status::Invalid)
        return o.message;
    QStringList lines;
    for (const FieldError &e : o.errors)
        lines << e.message;
    return lines.join(QLatin1Char('\n'));
}

bool isResidenceCell(const Organisation &o)
{
    return o.level == OrgLevel::Cell
           && (o.kind == code(CellKind::Village) || o.kind == code(CellKind::ResidentialGroup));
}

// Replaces `target` by `written` in one step (rename over it), so that a reader never
// sees a missing or half-written file.
bool replaceFile(const QString &written, const QString &target, QString *error)
{
#ifdef Q_OS_WIN
    const std::filesystem::path from(written.toStdWString()), to(target.toStdWString());
#else
    const std::filesystem::path from(QFile::encodeName(written).toStdString()),
        to(QFile::encodeName(target).toStdString());
#endif
    std::error_code ec;
    std::filesystem::rename(from, to, ec);
    if (ec && error)
        *error = MeetingsPage::tr("Cannot write %1: %2")
                     .arg(QDir::toNativeSeparators(target), QString::fromLocal8Bit(ec.message().c_str()));
    return !ec;
}

} // namespace

// ---- The year's meetings of a cell ---------------------------------------------------------------

class MeetingListModel : public QAbstractTableModel {
public:
    enum Column { DateColumn, KindColumn, StateColumn, ExpectedColumn, PresentColumn, RateColumn, VenueColumn, ColumnCount };
    struct Row {
        Meeting meeting;
        AttendanceTally tally;
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setRows(QList<Row> rows)
    {
        beginResetModel();
        rows_ = std::move(rows);
        endResetModel();
    }
    const QList<Row> &rows() const { return rows_; }
    int rowOf(qint64 meetingId) const
    {
        for (int i = 0; i < rows_.size(); ++i)
            if (rows_.at(i).meeting.id == meetingId)
                return i;
        return -1;
    }
    void retranslate()
    {
        emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
        if (!rows_.isEmpty())
            emit dataChanged(index(0, 0), index(static_cast<int>(rows_.size()) - 1, ColumnCount - 1));
    }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : static_cast<int>(rows_.size());
    }
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : ColumnCount; }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!index.isValid() || index.row() >= rows_.size())
            return {};
        const Row &r = rows_.at(index.row());
        const Meeting &m = r.meeting;
        const bool pastDue = !m.held && m.date < QDate::currentDate();
        if (role == Qt::UserRole)
            return m.id;
        if (role == Qt::DisplayRole) {
            switch (index.column()) {
            case DateColumn: return displayDate(m.date);
            case KindColumn: return label(m.kind);
            case StateColumn:
                return m.held ? MeetingsPage::tr("Held") : pastDue ? MeetingsPage::tr("Past due") : MeetingsPage::tr("Planned");
            case ExpectedColumn: return r.tally.expected;
            case PresentColumn: return m.held ? QVariant(r.tally.present) : QVariant();
            case RateColumn:
                if (!m.held || !r.tally.rate())
                    return {};
                return MeetingsPage::tr("%1%").arg(QLocale().toString(*r.tally.rate() * 100.0, 'f', 1));
            case VenueColumn: return m.venue;
            }
            return {};
        }
        if (role == Qt::ForegroundRole && index.column() == StateColumn && pastDue)
            return QColor(0xc6, 0x28, 0x28);
        if (role == Qt::TextAlignmentRole
            && (index.column() == ExpectedColumn || index.column() == PresentColumn || index.column() == RateColumn))
            return int(Qt::AlignRight | Qt::AlignVCenter);
        if (role == Qt::ToolTipRole && index.column() == RateColumn && m.held)
            return MeetingsPage::tr("Present %1 of %2 expected; absent with reason %3, without reason %4, not marked %5.")
                .arg(r.tally.present)
                .arg(r.tally.expected)
                .arg(r.tally.absentExcused)
                .arg(r.tally.absentUnexcused)
                .arg(r.tally.unmarked);
        return {};
    }

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
            return QAbstractTableModel::headerData(section, orientation, role);
        switch (section) {
        case DateColumn: return MeetingsPage::tr("Date");
        case KindColumn: return MeetingsPage::tr("Kind");
        case StateColumn: return MeetingsPage::tr("State");
        case ExpectedColumn: return MeetingsPage::tr("Expected");
        case PresentColumn: return MeetingsPage::tr("Present");
        case RateColumn: return MeetingsPage::tr("Rate");
        case VenueColumn: return MeetingsPage::tr("Venue");
        }
        return {};
    }

private:
    QList<Row> rows_;
};

// A PDF worker's state, shared with the progress dialog.
struct MeetingsPage::PrintJob : WorkProgress {
    QString pdfPath;
    bool signIn = true;
    // Set by the worker before it finishes.
    bool ok = false;
    QString error; // empty when cancelled
};

// ---- Construction -------------------------------------------------------------------------------

MeetingsPage::MeetingsPage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("meetingsPage"));

    cellLabel_ = new QLabel(this);
    cell_ = new QComboBox(this);
    cell_->setObjectName(QStringLiteral("meetingsCell"));
    cell_->setMinimumContentsLength(36);
    cell_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    makeSearchable(cell_);
    cellLabel_->setBuddy(cell_);
    yearLabel_ = new QLabel(this);
    year_ = new QSpinBox(this);
    year_->setObjectName(QStringLiteral("meetingsYear"));
    year_->setRange(1990, 2100);
    year_->setGroupSeparatorShown(false);
    year_->setValue(QDate::currentDate().year());
    yearLabel_->setBuddy(year_);
    rules_ = new QPushButton(this);
    rules_->setObjectName(QStringLiteral("meetingsRules"));
    auto *filters = new QHBoxLayout;
    filters->addWidget(cellLabel_);
    filters->addWidget(cell_, 1);
    filters->addWidget(yearLabel_);
    filters->addWidget(year_);
    filters->addWidget(rules_);

    rulesText_ = new QLabel(this);
    rulesText_->setObjectName(QStringLiteral("meetingsRulesText"));
    rulesText_->setWordWrap(true);

    model_ = new MeetingListModel(this);
    meetingsTitle_ = new QLabel(this);
    view_ = new QTableView(this);
    view_->setObjectName(QStringLiteral("meetingsView"));
    view_->setModel(model_);
    view_->setSelectionBehavior(QAbstractItemView::SelectRows);
    view_->setSelectionMode(QAbstractItemView::SingleSelection);
    view_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view_->setAlternatingRowColors(true);
    view_->setWordWrap(false);
    view_->verticalHeader()->hide();
    view_->horizontalHeader()->setStretchLastSection(true);
    const QFontMetrics fm = view_->fontMetrics();
    const int em = fm.horizontalAdvance(QLatin1Char('M'));
    view_->verticalHeader()->setDefaultSectionSize(fm.height() + 8);
    view_->setColumnWidth(MeetingListModel::DateColumn, fm.horizontalAdvance(QStringLiteral("00/00/0000")) + 24);
    view_->setColumnWidth(MeetingListModel::KindColumn, em * 8);
    view_->setColumnWidth(MeetingListModel::StateColumn, em * 7);
    for (int c : {int(MeetingListModel::ExpectedColumn), int(MeetingListModel::PresentColumn), int(MeetingListModel::RateColumn)})
        view_->setColumnWidth(c, em * 6);
    meetingsTitle_->setBuddy(view_);

    pastDueTitle_ = new QLabel(this);
    pastDueTitle_->setObjectName(QStringLiteral("meetingsPastDueTitle"));
    pastDueTitle_->setWordWrap(true);
    pastDueList_ = new QListWidget(this);
    pastDueList_->setObjectName(QStringLiteral("meetingsPastDue"));
    pastDueTitle_->setBuddy(pastDueList_);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(meetingsTitle_);
    leftLayout->addWidget(view_, 1);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(pastDueTitle_);
    rightLayout->addWidget(pastDueList_, 1);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    hint_ = new QLabel(this);
    hint_->setObjectName(QStringLiteral("meetingsHint"));
    hint_->setWordWrap(true);

    new_ = new QPushButton(this);
    new_->setObjectName(QStringLiteral("meetingsNew"));
    edit_ = new QPushButton(this);
    edit_->setObjectName(QStringLiteral("meetingsEdit"));
    delete_ = new QPushButton(this);
    delete_->setObjectName(QStringLiteral("meetingsDelete"));
    attendance_ = new QPushButton(this);
    attendance_->setObjectName(QStringLiteral("meetingsAttendance"));
    importAttendance_ = new QPushButton(this);
    importAttendance_->setObjectName(QStringLiteral("meetingsImportAttendance"));
    printSignIn_ = new QPushButton(this);
    printSignIn_->setObjectName(QStringLiteral("meetingsPrintSignIn"));
    printRecord_ = new QPushButton(this);
    printRecord_->setObjectName(QStringLiteral("meetingsPrintRecord"));
    plan_ = new QPushButton(this);
    plan_->setObjectName(QStringLiteral("meetingsPlan"));
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {new_, edit_, delete_})
        buttons->addWidget(b);
    buttons->addSpacing(em);
    buttons->addWidget(attendance_);
    buttons->addWidget(importAttendance_);
    buttons->addWidget(printSignIn_);
    buttons->addWidget(printRecord_);
    buttons->addStretch(1);
    buttons->addWidget(plan_);

    actionMessage_ = new QLabel(this);
    actionMessage_->setObjectName(QStringLiteral("meetingsMessage"));
    actionMessage_->setWordWrap(true);
    actionMessage_->setTextFormat(Qt::PlainText);
    actionMessage_->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse);
    actionMessage_->setOpenExternalLinks(true);
    actionMessage_->setVisible(false);

    auto *list = new QWidget(this);
    auto *listLayout = new QVBoxLayout(list);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addLayout(filters);
    listLayout->addWidget(rulesText_);
    listLayout->addWidget(splitter, 1);
    listLayout->addWidget(hint_);
    listLayout->addLayout(buttons);
    listLayout->addWidget(actionMessage_);

    sheet_ = new AttendanceSheetWidget(this);

    pageMessage_ = new QLabel(this);
    pageMessage_->setObjectName(QStringLiteral("meetingsPageMessage"));
    pageMessage_->setWordWrap(true);
    pageMessage_->setAlignment(Qt::AlignCenter);

    // The list of meetings and, beside it, the absence alerts of the same scope.
    alerts_ = new AbsenceAlertsWidget(this);
    tabs_ = new QTabWidget(this);
    tabs_->setObjectName(QStringLiteral("meetingsTabs"));
    tabs_->addTab(list, QString());
    tabs_->addTab(alerts_, QString());
    connect(this, &MeetingsPage::meetingsChanged, alerts_, &AbsenceAlertsWidget::refresh);

    stack_ = new QStackedWidget(this);
    stack_->addWidget(tabs_);
    stack_->addWidget(sheet_);
    stack_->addWidget(pageMessage_);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(stack_);

    connect(cell_, &QComboBox::currentIndexChanged, this, [this] {
        if (!filling_)
            reloadMeetings();
    });
    connect(year_, &QSpinBox::valueChanged, this, [this] {
        if (!filling_)
            reloadMeetings();
    });
    connect(view_->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MeetingsPage::updateButtons);
    connect(model_, &QAbstractItemModel::modelReset, this, &MeetingsPage::updateButtons);
    connect(view_, &QTableView::activated, this, &MeetingsPage::activateMeeting);
    connect(pastDueList_, &QListWidget::itemActivated, this, &MeetingsPage::openPastDue);
    connect(new_, &QPushButton::clicked, this, &MeetingsPage::askNewMeeting);
    connect(edit_, &QPushButton::clicked, this, &MeetingsPage::askEditMeeting);
    connect(delete_, &QPushButton::clicked, this, &MeetingsPage::askRemoveMeeting);
    connect(attendance_, &QPushButton::clicked, this, &MeetingsPage::takeAttendance);
    connect(importAttendance_, &QPushButton::clicked, this, &MeetingsPage::askImportAttendance);
    connect(printSignIn_, &QPushButton::clicked, this, &MeetingsPage::askPrintSignInSheet);
    connect(printRecord_, &QPushButton::clicked, this, &MeetingsPage::askPrintAttendanceRecord);
    connect(plan_, &QPushButton::clicked, this, &MeetingsPage::askPlanYear);
    connect(rules_, &QPushButton::clicked, this, &MeetingsPage::askRules);
    connect(sheet_, &AttendanceSheetWidget::backRequested, this, &MeetingsPage::showList);
    connect(sheet_, &AttendanceSheetWidget::saved, this, [this](qint64 id) {
        reloadMeetings();
        selectMeeting(id);
        reloadPastDue();
        emit meetingsChanged();
    });
    connect(&printWatcher_, &QFutureWatcher<void>::finished, this, &MeetingsPage::printFinished);

    retranslate();
    showPageMessage(tr("No database is open."));
}

MeetingsPage::~MeetingsPage()
{
    // A PDF still being written is told to stop; its file is not left half written.
    if (printJob_)
        printJob_->cancel.store(true);
    printWatcher_.waitForFinished();
}

QAbstractItemModel *MeetingsPage::meetingsModel() const
{
    return model_;
}

// ---- Database, scope and loading --------------------------------------------------------------

void MeetingsPage::setDatabase(storage::Database *db, const ActingUser &user, const OrganisationTree *tree)
{
    if (dialog_)
        dialog_->close();
    if (confirm_)
        confirm_->close();
    sheet_->setDatabase(db, user);
    alerts_->setActingUser(user);
    alerts_->setDatabasePath(db ? db->path() : QString());
    db_ = db;
    user_ = user;
    externalTree_ = tree;
    ownTree_.reset();
    pastDue_.clear();
    lastMessage_.clear();
    actionMessage_->setVisible(false);
    filling_ = true;
    cell_->clear();
    filling_ = false;
    model_->setRows({});
    stack_->setCurrentIndex(0);
    refresh();
}

void MeetingsPage::setScope(qint64 organisationId)
{
    scopeId_ = organisationId;
    const OrganisationTree *t = tree();
    const Organisation *o = t ? t->find(organisationId) : nullptr;
    alerts_->setScope(o ? t->scopePath(organisationId) : QString(), o ? o->name : QString());
    if (isVisible() && !dirty_ && db_) {
        fillCells();
        reloadPastDue();
    } else {
        dirty_ = true;
    }
}

void MeetingsPage::refresh()
{
    dirty_ = true;
    if (isVisible())
        load();
}

void MeetingsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (dirty_)
        load();
}

const OrganisationTree *MeetingsPage::tree() const
{
    return externalTree_ ? externalTree_ : (ownTree_ ? &*ownTree_ : nullptr);
}

void MeetingsPage::load()
{
    dirty_ = false;
    if (!db_) {
        showPageMessage(tr("No database is open."));
        return;
    }
    if (!externalTree_ && !ownTree_) {
        try {
            ownTree_ = OrganisationTree::load(*db_);
        } catch (const storage::StorageError &e) {
            spdlog::error("meetings: {} ({})", e.userMessage().toStdString(), e.detail().toStdString());
            showPageMessage(e.userMessage());
            return;
        }
    }
    fillCells();
    reloadPastDue();
}

void MeetingsPage::showPageMessage(const QString &text)
{
    pageMessage_->setText(text);
    stack_->setCurrentWidget(pageMessage_);
    updateButtons();
}

QString MeetingsPage::message() const
{
    return stack_->currentWidget() == pageMessage_ ? pageMessage_->text() : QString();
}

QString MeetingsPage::cellPath(qint64 cellId) const
{
    return tree() && cellId > 0 ? tree()->scopePath(cellId) : QString();
}

QString MeetingsPage::cellLabel(qint64 cellId) const
{
    const OrganisationTree *t = tree();
    const Organisation *cell = t ? t->find(cellId) : nullptr;
    if (!cell)
        return QString();
    const Organisation *commune = t->find(cell->parentId);
    return commune ? tr("%1 — %2").arg(cell->name, commune->name) : cell->name;
}

QString MeetingsPage::meetingText(const Meeting &m) const
{
    return tr("the %1 meeting of %2 (%3)").arg(label(m.kind).toLower(), displayDate(m.date), cellLabel(m.cellId));
}

bool MeetingsPage::mayManage(qint64 cellId) const
{
    return cellId > 0 && user_.may(Action::ManageMeetings, {cellPath(cellId)});
}

bool MeetingsPage::mayRecord(qint64 cellId) const
{
    return cellId > 0 && user_.may(Action::RecordAttendance, {cellPath(cellId)});
}

void MeetingsPage::fillCells()
{
    const OrganisationTree *t = tree();
    if (!t)
        return;
    const qint64 current = currentCellId();
    const QString scopePath = scopeId_ > 0 ? t->scopePath(scopeId_) : QString();
    const Organisation *scope = scopeId_ > 0 ? t->find(scopeId_) : nullptr;
    int readable = 0;
    filling_ = true;
    cell_->clear();
    for (const Organisation *o : t->ofLevel(OrgLevel::Cell)) {
        if (!isResidenceCell(*o) || o->validTo.isValid())
            continue;
        const QString path = t->scopePath(o->id);
        if (!user_.may(Action::ReadMembers, {path}))
            continue;
        ++readable;
        if (!scopePath.isEmpty() && !path.startsWith(scopePath))
            continue;
        addFoldedItem(cell_, cellLabel(o->id), o->id, o->code);
        cell_->setItemData(cell_->count() - 1, o->code, Qt::ToolTipRole);
    }
    // The tree's cell, else the one shown before, else the first.
    int i = scope && isResidenceCell(*scope) ? cell_->findData(scope->id) : -1;
    if (i < 0)
        i = cell_->findData(current);
    cell_->setCurrentIndex(i >= 0 ? i : (cell_->count() > 0 ? 0 : -1));
    cell_->setEnabled(cell_->count() > 1);
    filling_ = false;

    // An open sheet stays in front; the lists follow when it is left.
    if (isSheetShown())
        return;
    if (readable == 0) {
        showPageMessage(tr("Meetings are kept by village and residential-group cells, and none is within your roles' "
                           "reach."));
        return;
    }
    if (cell_->count() == 0) {
        showPageMessage(tr("There is no village or residential-group cell under %1. Choose a commune or a cell in "
                           "the organisation tree.")
                            .arg(scope ? scope->name : QString()));
        return;
    }
    if (stack_->currentWidget() == pageMessage_)
        stack_->setCurrentIndex(0);
    reloadMeetings();
}

void MeetingsPage::reloadMeetings()
{
    const qint64 selected = currentMeetingId();
    const qint64 cellId = currentCellId();
    QList<MeetingListModel::Row> rows;
    if (db_ && cellId > 0) {
        try {
            MeetingService service(*db_, user_);
            const int y = year_->value();
            for (const Meeting &m : service.meetingsOf(cellId, QDate(y, 1, 1), QDate(y, 12, 31)))
                rows.append({m, service.sheet(m.id).tally()});
        } catch (const storage::StorageError &e) {
            spdlog::error("meetings of cell {}: {} ({})", cellId, e.userMessage().toStdString(), e.detail().toStdString());
            showText(e.userMessage(), true);
        } catch (const AccessDenied &e) {
            showText(e.userMessage(), true);
        }
    }
    model_->setRows(rows);
    if (!selectMeeting(selected) && !rows.isEmpty()) {
        // The next meeting to come (or the last one) is the one a user wants.
        int row = static_cast<int>(rows.size()) - 1;
        for (int i = 0; i < rows.size(); ++i)
            if (!rows.at(i).meeting.held) {
                row = i;
                break;
            }
        view_->setCurrentIndex(model_->index(row, 0));
    }
    const QString rulesLine = [this] {
        try {
            if (db_)
                return tr("Rule profile: %1.").arg(label(MeetingService(*db_, user_).rules().profile));
        } catch (const storage::StorageError &) {
        }
        return QString();
    }();
    rulesText_->setText(rulesLine);
    meetingsTitle_->setText(tr("&Meetings in %1: %2").arg(year_->value()).arg(rows.size()));
    updateButtons();
}

void MeetingsPage::reloadPastDue()
{
    pastDue_.clear();
    pastDueList_->clear();
    if (!db_ || !tree())
        return;
    try {
        // The tree's scope when the user may read it; else everything the user may read.
        qint64 scope = 0;
        if (scopeId_ > 0 && user_.may(Action::ReadMembers, {tree()->scopePath(scopeId_)}))
            scope = scopeId_;
        pastDue_ = MeetingService(*db_, user_).pastDue(QDate::currentDate(), scope);
    } catch (const storage::StorageError &e) {
        spdlog::error("past-due meetings: {} ({})", e.userMessage().toStdString(), e.detail().toStdString());
    } catch (const AccessDenied &) {
    }
    for (int i = 0; i < pastDue_.size() && i < kPastDueShown; ++i) {
        const Meeting &m = pastDue_.at(i);
        auto *item = new QListWidgetItem(tr("%1 — %2").arg(displayDate(m.date), cellLabel(m.cellId)), pastDueList_);
        item->setData(Qt::UserRole, m.id);
        item->setData(Qt::UserRole + 1, m.cellId);
        item->setData(Qt::UserRole + 2, m.date);
        item->setToolTip(tr("Planned for %1 and still not recorded. Enter or double-click opens it.").arg(displayDate(m.date)));
    }
    if (pastDue_.size() > kPastDueShown)
        pastDueList_->addItem(tr("… and %1 more").arg(pastDue_.size() - kPastDueShown));
    pastDueTitle_->setText(tr("&Past due (planned, not recorded): %1").arg(pastDue_.size()));
    pastDueTitle_->setStyleSheet(pastDue_.isEmpty() ? QString() : QStringLiteral("color: #c62828;"));
}

void MeetingsPage::openPastDue()
{
    QListWidgetItem *item = pastDueList_->currentItem();
    if (!item || !item->data(Qt::UserRole).isValid())
        return;
    const qint64 id = item->data(Qt::UserRole).toLongLong();
    if (!selectCell(item->data(Qt::UserRole + 1).toLongLong()))
        return;
    setYear(item->data(Qt::UserRole + 2).toDate().year());
    selectMeeting(id);
    view_->setFocus();
}

QList<qint64> MeetingsPage::cellIds() const
{
    QList<qint64> out;
    for (int i = 0; i < cell_->count(); ++i)
        out << cell_->itemData(i).toLongLong();
    return out;
}

qint64 MeetingsPage::currentCellId() const
{
    return cell_->currentIndex() >= 0 ? cell_->currentData().toLongLong() : 0;
}

bool MeetingsPage::selectCell(qint64 cellId)
{
    const int i = cell_->findData(cellId);
    if (i < 0)
        return false;
    cell_->setCurrentIndex(i);
    return true;
}

int MeetingsPage::year() const
{
    return year_->value();
}

void MeetingsPage::setYear(int year)
{
    year_->setValue(year);
}

QList<Meeting> MeetingsPage::meetings() const
{
    QList<Meeting> out;
    for (const auto &r : model_->rows())
        out << r.meeting;
    return out;
}

qint64 MeetingsPage::currentMeetingId() const
{
    const QModelIndex i = view_->currentIndex();
    return i.isValid() ? model_->rows().at(i.row()).meeting.id : 0;
}

std::optional<Meeting> MeetingsPage::currentMeeting() const
{
    const QModelIndex i = view_->currentIndex();
    if (!i.isValid())
        return std::nullopt;
    return model_->rows().at(i.row()).meeting;
}

bool MeetingsPage::selectMeeting(qint64 meetingId)
{
    const int row = meetingId > 0 ? model_->rowOf(meetingId) : -1;
    if (row < 0)
        return false;
    view_->setCurrentIndex(model_->index(row, 0));
    view_->scrollTo(model_->index(row, 0));
    return true;
}

void MeetingsPage::updateButtons()
{
    const bool listShown = db_ && stack_->currentIndex() == 0;
    const qint64 cellId = listShown ? currentCellId() : 0;
    const std::optional<Meeting> m = listShown ? currentMeeting() : std::nullopt;
    const bool future = m && m->date > QDate::currentDate();
    new_->setEnabled(cellId > 0 && mayManage(cellId));
    edit_->setEnabled(m.has_value());
    edit_->setText(m && !mayManage(m->cellId) ? tr("&View…") : tr("&Edit…"));
    delete_->setEnabled(m && mayManage(m->cellId));
    attendance_->setEnabled(m && !future);
    importAttendance_->setEnabled(m && !future && mayRecord(m->cellId));
    attendance_->setText(m && !mayRecord(m->cellId) ? tr("&View attendance") : tr("&Take attendance"));
    printSignIn_->setEnabled(m && !isPrinting());
    printRecord_->setEnabled(m && m->held && !isPrinting());
    plan_->setEnabled(listShown && user_.may(Action::PlanMeetings));
    rules_->setEnabled(listShown);
    rules_->setVisible(user_.may(Action::ManageOrganisations) || user_.may(Action::PlanMeetings));
    const QString readOnly = tr("Your role cannot change this cell's meetings.");
    new_->setToolTip(new_->isEnabled() || cellId == 0 ? QString() : readOnly);
    delete_->setToolTip(delete_->isEnabled() || !m ? tr("Deletes a meeting without recorded attendance.") : readOnly);
    QString hint;
    if (future) {
        hint = tr("The meeting of %1 has not taken place yet: attendance is recorded afterwards. Print its sign-in "
                  "sheet to take to the meeting.")
                   .arg(displayDate(m->date));
    } else if (m && !m->held) {
        hint = tr("The meeting of %1 is not recorded yet: Take attendance records who came.").arg(displayDate(m->date));
    }
    attendance_->setToolTip(future ? hint : QString());
    hint_->setText(hint);
    hint_->setVisible(!hint.isEmpty());
}

// ---- Outcomes ------------------------------------------------------------------------------------

void MeetingsPage::showText(const QString &text, bool problem)
{
    lastMessage_ = text;
    actionMessage_->setTextFormat(Qt::PlainText);
    actionMessage_->setText(text);
    if (problem)
        styleAsError(actionMessage_);
    else
        actionMessage_->setStyleSheet(QString());
    actionMessage_->setVisible(!text.isEmpty());
}

void MeetingsPage::showOutcome(const SaveOutcome &outcome, const QString &success)
{
    showText(outcome.ok() ? success : joined(outcome), !outcome.ok());
}

void MeetingsPage::afterWrite()
{
    reloadMeetings();
    reloadPastDue();
    emit meetingsChanged();
}

void MeetingsPage::openAction(MeetingFormDialog *dialog, std::function<SaveOutcome()> act)
{
    if (dialog_)
        dialog_->close();
    dialog_ = dialog;
    connect(dialog, &MeetingFormDialog::submitted, this, [dialog, act] {
        const SaveOutcome out = act();
        // Done: the page says what happened. Refused (nothing was written): the dialog says why.
        if (out.ok())
            dialog->accept();
        else if (out.status == SaveOutcome::Status::Invalid)
            dialog->showErrors(out.errors);
        else
            dialog->showProblem(out.message);
    });
    dialog->setWindowModality(Qt::WindowModal);
    dialog->open();
}

// ---- Actions without asking -------------------------------------------------------------------------

SaveOutcome MeetingsPage::saveMeeting(Meeting &meeting)
{
    if (!db_)
        return SaveOutcome::failed(tr("No database is open."));
    const bool isNew = meeting.id == 0;
    const SaveOutcome out = MeetingService(*db_, user_).save(meeting);
    showOutcome(out, isNew ? tr("Meeting of %1 created.").arg(displayDate(meeting.date))
                           : tr("Meeting of %1 saved.").arg(displayDate(meeting.date)));
    if (out.ok()) {
        filling_ = true;
        year_->setValue(meeting.date.year());
        filling_ = false;
        afterWrite();
        selectMeeting(meeting.id);
    }
    return out;
}

SaveOutcome MeetingsPage::removeMeeting(qint64 meetingId)
{
    if (!db_)
        return SaveOutcome::failed(tr("No database is open."));
    const int row = model_->rowOf(meetingId);
    const QString when = row >= 0 ? displayDate(model_->rows().at(row).meeting.date) : QString();
    const SaveOutcome out = MeetingService(*db_, user_).remove(meetingId);
    showOutcome(out, tr("Meeting of %1 deleted.").arg(when));
    if (out.ok())
        afterWrite();
    return out;
}

PlanResult MeetingsPage::planYear(qint64 scopeOrgId, int year)
{
    if (!db_) {
        PlanResult r;
        r.outcome = SaveOutcome::failed(tr("No database is open."));
        return r;
    }
    WaitCursor wait;
    const PlanResult r = MeetingService(*db_, user_).planYear(scopeOrgId, year);
    const Organisation *scope = tree() ? tree()->find(scopeOrgId) : nullptr;
    showOutcome(r.outcome, tr("Year %1 planned for %2: %3 meetings created for %4 cells; %5 periods already had a "
                              "periodic meeting.")
                               .arg(year)
                               .arg(scope ? scope->name : QString())
                               .arg(r.created)
                               .arg(r.cells)
                               .arg(r.existing));
    if (r.outcome.ok() && r.created > 0)
        afterWrite();
    return r;
}

SaveOutcome MeetingsPage::setRules(const MeetingRules &rules)
{
    if (!db_)
        return SaveOutcome::failed(tr("No database is open."));
    const SaveOutcome out = MeetingService(*db_, user_).setRules(rules);
    showOutcome(out, tr("Meeting rules saved: %1.").arg(label(rules.profile)));
    if (out.ok())
        afterWrite();
    return out;
}

// ---- The sheet ---------------------------------------------------------------------------------------

bool MeetingsPage::openSheet(qint64 meetingId)
{
    if (!db_ || hasUnsavedChanges())
        return false;
    if (!sheet_->openMeeting(meetingId)) {
        showText(sheet_->message(), true);
        return false;
    }
    stack_->setCurrentWidget(sheet_);
    sheet_->view()->setFocus();
    updateButtons();
    return true;
}

bool MeetingsPage::isSheetShown() const
{
    return stack_->currentWidget() == sheet_;
}

bool MeetingsPage::showList()
{
    if (!isSheetShown())
        return true;
    const auto leave = [this] {
        const qint64 id = sheet_->meetingId();
        sheet_->clear();
        stack_->setCurrentIndex(0);
        reloadMeetings();
        selectMeeting(id);
        view_->setFocus();
    };
    if (!sheet_->maybeLeave(leave))
        return false;
    leave();
    return true;
}

bool MeetingsPage::hasUnsavedChanges() const
{
    return isSheetShown() && sheet_->hasUnsavedChanges();
}

bool MeetingsPage::maybeLeave(std::function<void()> proceed)
{
    return !isSheetShown() || sheet_->maybeLeave(std::move(proceed));
}

void MeetingsPage::activateMeeting()
{
    const std::optional<Meeting> m = currentMeeting();
    if (!m)
        return;
    if (m->date <= QDate::currentDate())
        takeAttendance();
    else
        askEditMeeting();
}

void MeetingsPage::takeAttendance()
{
    if (const qint64 id = currentMeetingId(); id > 0 && attendance_->isEnabled())
        openSheet(id);
}

// ---- Asking -------------------------------------------------------------------------------------------

void MeetingsPage::askNewMeeting()
{
    const qint64 cellId = currentCellId();
    if (!db_ || cellId <= 0)
        return;
    Meeting m;
    m.cellId = cellId;
    m.date = QDate::currentDate();
    m.kind = MeetingKind::Periodic;
    m.held = false;
    // The venue of the cell's latest meeting, as planning does.
    if (!model_->rows().isEmpty()) {
        m.venue = model_->rows().last().meeting.venue;
        m.venueCapacity = model_->rows().last().meeting.venueCapacity;
    }
    auto *dialog = new MeetingDialog(m, cellLabel(cellId), !mayManage(cellId), this);
    openAction(dialog, [this, dialog]() -> SaveOutcome {
        Meeting edited = dialog->meeting();
        return saveMeeting(edited);
    });
}

void MeetingsPage::askEditMeeting()
{
    const std::optional<Meeting> m = currentMeeting();
    if (!db_ || !m)
        return;
    const bool readOnly = !mayManage(m->cellId);
    auto *dialog = new MeetingDialog(*m, cellLabel(m->cellId), readOnly, this);
    if (readOnly) {
        dialog_ = dialog;
        dialog->setWindowModality(Qt::WindowModal);
        dialog->open();
        return;
    }
    openAction(dialog, [this, dialog]() -> SaveOutcome {
        Meeting edited = dialog->meeting();
        return saveMeeting(edited);
    });
}

void MeetingsPage::askRemoveMeeting()
{
    const std::optional<Meeting> m = currentMeeting();
    if (!db_ || !m)
        return;
    if (confirm_)
        confirm_->close();
    auto *box = new QMessageBox(QMessageBox::Question, tr("Delete the meeting"),
                                tr("Delete the %1 meeting of %2?").arg(label(m->kind).toLower(), displayDate(m->date)),
                                QMessageBox::Yes | QMessageBox::No, this);
    box->setObjectName(QStringLiteral("meetingsDeleteConfirm"));
    box->setInformativeText(tr("A meeting with recorded attendance cannot be deleted."));
    box->setDefaultButton(QMessageBox::No);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    const qint64 id = m->id;
    connect(box, &QMessageBox::finished, this, [this, box, id](int) {
        if (box->standardButton(box->clickedButton()) == QMessageBox::Yes)
            removeMeeting(id);
    });
    confirm_ = box;
    box->open();
}

void MeetingsPage::askPlanYear()
{
    const OrganisationTree *t = tree();
    if (!db_ || !t || !user_.may(Action::PlanMeetings))
        return;
    MeetingRules rules;
    try {
        rules = MeetingService(*db_, user_).rules();
    } catch (const storage::StorageError &e) {
        showText(e.userMessage(), true);
        return;
    }
    // The province, districts and communes the user may plan, in tree order.
    QList<std::tuple<qint64, QString, QString>> scopes;
    std::function<void(qint64, int)> walk = [&](qint64 parent, int depth) {
        for (qint64 id : t->childrenOf(parent)) {
            const Organisation *o = t->find(id);
            if (!o || o->validTo.isValid()
                || (o->level != OrgLevel::Province && o->level != OrgLevel::District && o->level != OrgLevel::Commune))
                continue;
            if (user_.may(Action::PlanMeetings, {t->scopePath(id)}))
                scopes.append({id, QString(depth * 4, QLatin1Char(' ')) + o->name, o->code});
            walk(id, depth + 1);
        }
    };
    walk(0, 0);
    // The tree's scope if it may be planned, else the commune of the cell shown.
    qint64 selected = 0;
    const Organisation *cell = t->find(currentCellId());
    for (const auto &s : std::as_const(scopes)) {
        if (std::get<0>(s) == scopeId_)
            selected = scopeId_;
    }
    if (selected == 0 && cell) {
        for (const auto &s : std::as_const(scopes))
            if (std::get<0>(s) == cell->parentId)
                selected = cell->parentId;
    }
    auto *dialog = new PlanYearDialog(rules, this);
    dialog->setScopes(scopes, selected);
    dialog->setYear(year_->value());
    openAction(dialog, [this, dialog]() -> SaveOutcome {
        if (dialog->scopeId() <= 0)
            return SaveOutcome::invalid({{QStringLiteral("scope"), tr("Choose the commune, district or province to plan.")}});
        const PlanResult r = planYear(dialog->scopeId(), dialog->year());
        if (r.outcome.ok()) {
            filling_ = true;
            year_->setValue(dialog->year());
            filling_ = false;
            reloadMeetings();
        }
        return r.outcome;
    });
}

void MeetingsPage::askRules()
{
    if (!db_)
        return;
    MeetingRules rules;
    try {
        rules = MeetingService(*db_, user_).rules();
    } catch (const storage::StorageError &e) {
        showText(e.userMessage(), true);
        return;
    }
    const bool readOnly = !user_.may(Action::ManageOrganisations);
    auto *dialog = new MeetingRulesDialog(rules, readOnly, this);
    if (readOnly) {
        dialog_ = dialog;
        dialog->setWindowModality(Qt::WindowModal);
        dialog->open();
        return;
    }
    openAction(dialog, [this, dialog]() -> SaveOutcome { return setRules(dialog->rules()); });
}

AttendanceImportDialog *MeetingsPage::importDialog() const
{
    return importDialog_;
}

void MeetingsPage::askImportAttendance()
{
    const std::optional<Meeting> m = currentMeeting();
    if (!db_ || !m)
        return;
    auto *dialog = new AttendanceImportDialog(db_->path(), user_, m->id, meetingText(*m), this);
    importDialog_ = dialog;
    const QString text = meetingText(*m);
    connect(dialog, &AttendanceImportDialog::finishedRun, this, [this, text](bool wrote) {
        if (!wrote)
            return;
        showText(tr("Attendance of %1 imported.").arg(text), false);
        afterWrite();
    });
    dialog->open();
}

void MeetingsPage::askPrintSignInSheet()
{
    askPrint(true);
}

void MeetingsPage::askPrintAttendanceRecord()
{
    askPrint(false);
}

void MeetingsPage::askPrint(bool signIn)
{
    const std::optional<Meeting> m = currentMeeting();
    if (!db_ || !m || isPrinting())
        return;
    auto *dialog = new MeetingPrintDialog(signIn ? MeetingPrintDialog::Kind::SignInSheet
                                                 : MeetingPrintDialog::Kind::AttendanceRecord,
                                          meetingText(*m), this);
    const Organisation *cell = tree() ? tree()->find(m->cellId) : nullptr;
    const QString cellCode = cell ? cell->code : QString::number(m->cellId);
    const QString date = m->date.toString(QStringLiteral("yyyy-MM-dd"));
    const QString name = signIn ? tr("sign-in-sheet-%1-%2.pdf").arg(cellCode, date)
                                : tr("attendance-record-%1-%2.pdf").arg(cellCode, date);
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    dialog->setPdfPath(QDir(folder.isEmpty() ? QDir::homePath() : folder).filePath(name));
    const qint64 id = m->id;
    openAction(dialog, [this, dialog, id, signIn]() -> SaveOutcome {
        const QString path = dialog->pdfPath();
        if (path.isEmpty() || QFileInfo(path).isDir())
            return SaveOutcome::invalid({{QStringLiteral("file"), tr("Choose the PDF file to write.")}});
        if (!QFileInfo(QFileInfo(path).absolutePath()).isDir())
            return SaveOutcome::invalid({{QStringLiteral("file"),
                                          tr("The folder %1 does not exist.")
                                              .arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath()))}});
        const bool started = signIn ? printSignInSheet(id, path) : printAttendanceRecord(id, path);
        return started ? SaveOutcome{} : SaveOutcome::failed(tr("A PDF is being written already; wait for it."));
    });
}

// ---- Printing ------------------------------------------------------------------------------------------

bool MeetingsPage::isPrinting() const
{
    return printJob_ != nullptr;
}

bool MeetingsPage::printSignInSheet(qint64 meetingId, const QString &pdfPath)
{
    return startPrint(meetingId, pdfPath, true);
}

bool MeetingsPage::printAttendanceRecord(qint64 meetingId, const QString &pdfPath)
{
    return startPrint(meetingId, pdfPath, false);
}

bool MeetingsPage::startPrint(qint64 meetingId, const QString &pdfPath, bool signIn)
{
    if (!db_ || isPrinting() || pdfPath.isEmpty())
        return false;
    auto job = std::make_shared<PrintJob>();
    job->pdfPath = QFileInfo(pdfPath).absoluteFilePath();
    job->signIn = signIn;
    printJob_ = job;
    const QString dbPath = db_->path();
    const ActingUser user = user_;
    // The worker reads on a connection of its own: the GUI's stays free.
    printWatcher_.setFuture(QtConcurrent::run([job, dbPath, user, meetingId] {
        try {
            storage::Database db = storage::Database::open(dbPath, storage::Database::Create::MustExist,
                                                           storage::Database::IntegrityCheck::Skip);
            const AttendanceSheet sheet = MeetingService(db, user).sheet(meetingId);
            if (sheet.meeting.id == 0) {
                job->error = MeetingsPage::tr("This meeting no longer exists.");
                return;
            }
            if (job->cancel.load())
                return;
            const reports::AttendanceDocument doc = reports::attendanceDocumentFor(sheet);
            // Written beside the target and renamed over it only if not cancelled meanwhile.
            const QFileInfo target(job->pdfPath);
            const QString temp = target.dir().filePath(QStringLiteral(".%1.printing").arg(target.fileName()));
            const bool written = job->signIn ? reports::writeSignInSheet(doc, temp, &job->error)
                                             : reports::writeAttendanceRecord(doc, temp, &job->error);
            if (!written) {
                job->error.replace(QDir::toNativeSeparators(temp), QDir::toNativeSeparators(job->pdfPath));
                return;
            }
            if (job->cancel.load() || !replaceFile(temp, job->pdfPath, &job->error)) {
                QFile::remove(temp);
                return;
            }
            job->ok = true;
        } catch (const storage::StorageError &e) {
            spdlog::error("meeting PDF: {} ({})", e.userMessage().toStdString(), e.detail().toStdString());
            job->error = e.userMessage();
        } catch (const AccessDenied &e) {
            job->error = e.userMessage();
        }
    }));

    auto *dialog = newWorkProgressDialog(this, signIn ? tr("Print the sign-in sheet") : tr("Print the attendance record"),
                                         tr("Writing %1…").arg(QDir::toNativeSeparators(job->pdfPath)), job);
    dialog->setObjectName(QStringLiteral("meetingPrintProgress"));
    printProgress_ = dialog;
    updateButtons();
    return true;
}

void MeetingsPage::printFinished()
{
    const std::shared_ptr<PrintJob> job = std::exchange(printJob_, nullptr);
    if (printProgress_) {
        printProgress_->hide();
        printProgress_->deleteLater();
    }
    updateButtons();
    if (!job)
        return;
    const QString shown = QDir::toNativeSeparators(job->pdfPath);
    QString message;
    if (job->ok) {
        message = job->signIn ? tr("Wrote the sign-in sheet to %1.").arg(shown)
                              : tr("Wrote the attendance record to %1.").arg(shown);
        showText(message, false);
        // The file name opens the PDF.
        const QString link = QStringLiteral("<a href=\"%1\">%2</a>")
                                 .arg(QUrl::fromLocalFile(job->pdfPath).toString().toHtmlEscaped(), shown.toHtmlEscaped());
        actionMessage_->setTextFormat(Qt::RichText);
        actionMessage_->setText(job->signIn ? tr("Wrote the sign-in sheet to %1.").arg(link)
                                            : tr("Wrote the attendance record to %1.").arg(link));
    } else {
        message = job->error.isEmpty() ? tr("Printing was cancelled; no file was written.") : job->error;
        showText(message, true);
    }
    emit printed(job->ok, job->pdfPath, message);
}

// ---- Language ---------------------------------------------------------------------------------------------

void MeetingsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void MeetingsPage::retranslate()
{
    tabs_->setTabText(0, tr("&Meetings"));
    importAttendance_->setText(tr("&Import attendance…"));
    importAttendance_->setToolTip(tr("Marks of this meeting from a CSV file (party card or CCCD, status, reason)"));
    tabs_->setTabText(1, tr("&Absence alerts"));
    tabs_->setTabToolTip(1, tr("Members absent from their latest meetings in a row, with the workplace organisation to tell"));
    cellLabel_->setText(tr("&Cell:"));
    cell_->setToolTip(tr("Village and residential-group cells: type part of the name to find one."));
    yearLabel_->setText(tr("&Year:"));
    rules_->setText(tr("R&ules…"));
    rules_->setToolTip(tr("The meeting rule profile (Regulation 213 or 76) and the alert settings."));
    new_->setText(tr("&New meeting…"));
    delete_->setText(tr("&Delete"));
    printSignIn_->setText(tr("Print &sign-in sheet…"));
    printSignIn_->setToolTip(tr("The blank list of members with a signature column, to take to the meeting."));
    printRecord_->setText(tr("Print attendance &record…"));
    printRecord_->setToolTip(tr("The record of a held meeting: agenda, attendance, rate and minutes."));
    plan_->setText(tr("&Plan the year…"));
    plan_->setToolTip(tr("Creates the year's periodic meetings for every residence cell of a commune, a district or "
                         "the province."));
    model_->retranslate();
    // Headers wider than their figures keep their whole text.
    for (int c : {int(MeetingListModel::ExpectedColumn), int(MeetingListModel::PresentColumn),
                  int(MeetingListModel::RateColumn), int(MeetingListModel::StateColumn)}) {
        const int needed =
            view_->fontMetrics().horizontalAdvance(model_->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString()) + 24;
        view_->setColumnWidth(c, std::max(view_->columnWidth(c), needed));
    }
    if (db_ && stack_->currentWidget() != pageMessage_) {
        reloadMeetings();
        reloadPastDue();
    } else {
        meetingsTitle_->setText(tr("&Meetings in %1: %2").arg(year_->value()).arg(model_->rowCount()));
        pastDueTitle_->setText(tr("&Past due (planned, not recorded): %1").arg(pastDue_.size()));
    }
    if (stack_->currentWidget() == pageMessage_ && !db_)
        pageMessage_->setText(tr("No database is open."));
    updateButtons();
}

} // namespace cutru
