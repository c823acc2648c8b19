#include "app/attendance_sheet.h"

#include "domain/dates.h"

#include "app/form_errors.h"
#include "domain/vietnamese_text.h"
#include "storage/organisation_repository.h"

#include <QAction>
#include <QColor>
#include <QDialog>
#include <QFont>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>
#include <spdlog/spdlog.h>

namespace cutru {
namespace {

QString joined(const SaveOutcome &o)
{
    if (o.status != SaveOutcome::Status::Invalid)
        return o.message;
    QStringList lines;
    for (const FieldError &e : o.errors)
        lines << e.message;
    return lines.join(QLatin1Char('\n'));
}

bool isAbsent(const std::optional<AttendanceStatus> &s)
{
    return s == AttendanceStatus::AbsentExcused || s == AttendanceStatus::AbsentUnexcused;
}

} // namespace

// ---- Model ----------------------------------------------------------------------------------

AttendanceSheetModel::AttendanceSheetModel(QObject *parent) : QAbstractTableModel(parent) {}

void AttendanceSheetModel::setSheet(const AttendanceSheet &sheet)
{
    beginResetModel();
    sheet_ = sheet;
    lines_ = sheet.expected + sheet.ownMembers;
    expectedCount_ = static_cast<int>(sheet.expected.size());
    endResetModel();
    readMarks_ = currentMarks();
    const bool was = modified_;
    modified_ = false;
    emit marksChanged();
    if (was)
        emit modifiedChanged(false);
}

void AttendanceSheetModel::clear()
{
    setSheet(AttendanceSheet());
}

int AttendanceSheetModel::rowOf(qint64 memberId) const
{
    for (int i = 0; i < lines_.size(); ++i)
        if (lines_.at(i).memberId == memberId)
            return i;
    return -1;
}

QHash<qint64, AttendanceSheetModel::Mark> AttendanceSheetModel::currentMarks() const
{
    QHash<qint64, Mark> out;
    for (const SheetLine &l : lines_)
        if (l.status)
            out.insert(l.memberId, {*l.status, l.reason.trimmed()});
    return out;
}

void AttendanceSheetModel::changed(int row)
{
    if (row >= 0)
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    emit marksChanged();
    const bool now = currentMarks() != readMarks_;
    if (now != modified_) {
        modified_ = now;
        emit modifiedChanged(now);
    }
}

bool AttendanceSheetModel::setStatus(int row, std::optional<AttendanceStatus> status)
{
    if (readOnly_ || row < 0 || row >= lines_.size())
        return false;
    SheetLine &l = lines_[row];
    if (l.status == status)
        return true;
    l.status = status;
    // A reason belongs to an absence.
    if (!isAbsent(status))
        l.reason.clear();
    changed(row);
    return true;
}

bool AttendanceSheetModel::setReason(int row, const QString &reason)
{
    if (readOnly_ || row < 0 || row >= lines_.size())
        return false;
    SheetLine &l = lines_[row];
    const QString text = reason.trimmed();
    // Writing a reason is marking an absence with reason; a note on an absence
    // without reason keeps that status.
    if (!text.isEmpty() && !isAbsent(l.status))
        l.status = AttendanceStatus::AbsentExcused;
    l.reason = text;
    changed(row);
    return true;
}

int AttendanceSheetModel::markAllPresent()
{
    if (readOnly_)
        return 0;
    int n = 0;
    for (int i = 0; i < expectedCount_; ++i)
        if (!lines_[i].status) {
            lines_[i].status = AttendanceStatus::Present;
            ++n;
        }
    if (n > 0) {
        emit dataChanged(index(0, 0), index(expectedCount_ - 1, ColumnCount - 1));
        changed(-1);
    }
    return n;
}

bool AttendanceSheetModel::addOwnMember(const storage::ListedMember &m)
{
    if (readOnly_ || m.memberId <= 0 || rowOf(m.memberId) >= 0)
        return false;
    for (const SheetLine &e : sheet_.exempt)
        if (e.memberId == m.memberId)
            return false;
    SheetLine l;
    l.memberId = m.memberId;
    l.fullName = m.fullName;
    l.partyCardNo = m.partyCardNo;
    l.workplaceName = m.organisationName;
    const int row = static_cast<int>(lines_.size());
    beginInsertRows({}, row, row);
    lines_.append(l);
    endInsertRows();
    changed(-1);
    return true;
}

bool AttendanceSheetModel::removeOwnMember(int row)
{
    if (readOnly_ || !isOwnMember(row))
        return false;
    beginRemoveRows({}, row, row);
    lines_.removeAt(row);
    endRemoveRows();
    if (row < lines_.size())
        emit dataChanged(index(row, NumberColumn), index(static_cast<int>(lines_.size()) - 1, NumberColumn));
    changed(-1);
    return true;
}

QList<Attendance> AttendanceSheetModel::marks() const
{
    QList<Attendance> out;
    for (const SheetLine &l : lines_)
        if (l.status) {
            Attendance a;
            a.meetingId = sheet_.meeting.id;
            a.memberId = l.memberId;
            a.status = *l.status;
            a.reason = l.reason.trimmed();
            out << a;
        }
    return out;
}

AttendanceTally AttendanceSheetModel::tally() const
{
    AttendanceTally t;
    for (int i = 0; i < expectedCount_; ++i)
        t.add(lines_.at(i).status);
    t.exempt = static_cast<int>(sheet_.exempt.size());
    return t;
}

int AttendanceSheetModel::ownMembersPresent() const
{
    int n = 0;
    for (int i = expectedCount_; i < lines_.size(); ++i)
        n += lines_.at(i).status == AttendanceStatus::Present ? 1 : 0;
    return n;
}

bool AttendanceSheetModel::isModified() const
{
    return modified_;
}

void AttendanceSheetModel::setReadOnly(bool readOnly)
{
    if (readOnly_ == readOnly)
        return;
    beginResetModel();
    readOnly_ = readOnly;
    endResetModel();
}

void AttendanceSheetModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!lines_.isEmpty())
        emit dataChanged(index(0, 0), index(static_cast<int>(lines_.size()) - 1, ColumnCount - 1));
}

int AttendanceSheetModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(lines_.size());
}

int AttendanceSheetModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AttendanceSheetModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= lines_.size())
        return {};
    const int row = index.row();
    const SheetLine &l = lines_.at(row);
    const bool own = isOwnMember(row);
    switch (role) {
    case MemberIdRole: return l.memberId;
    case OwnMemberRole: return own;
    case StatusCodeRole: return l.status ? code(*l.status) : QString();
    case Qt::DisplayRole:
        switch (index.column()) {
        case NumberColumn:
            // The cell's own members continue the numbering with a "+": listed, not counted.
            return own ? QStringLiteral("+%1").arg(row - expectedCount_ + 1) : QString::number(row + 1);
        case NameColumn: return l.fullName;
        case CardColumn: return l.partyCardNo;
        case WorkplaceColumn: return l.workplaceName;
        case StatusColumn: return l.status ? label(*l.status) : QString();
        case ReasonColumn:
            if (l.reason.isEmpty() && l.status == AttendanceStatus::AbsentExcused)
                return AttendanceSheetWidget::tr("(type the reason)");
            return l.reason;
        }
        return {};
    case Qt::EditRole:
        return index.column() == ReasonColumn ? QVariant(l.reason) : data(index, Qt::DisplayRole);
    case Qt::ForegroundRole:
        if (index.column() == StatusColumn && l.status) {
            switch (*l.status) {
            case AttendanceStatus::Present: return QColor(0x2e, 0x7d, 0x32);
            case AttendanceStatus::AbsentExcused: return QColor(0xb2, 0x6a, 0x00);
            case AttendanceStatus::AbsentUnexcused: return QColor(0xc6, 0x28, 0x28);
            }
        }
        if (index.column() == ReasonColumn && l.reason.isEmpty() && l.status == AttendanceStatus::AbsentExcused)
            return QColor(0xc6, 0x28, 0x28);
        return {};
    case Qt::FontRole:
        if (index.column() == StatusColumn && l.status) {
            QFont f;
            f.setBold(true);
            return f;
        }
        if (index.column() == ReasonColumn && l.reason.isEmpty() && l.status == AttendanceStatus::AbsentExcused) {
            QFont f;
            f.setItalic(true);
            return f;
        }
        return {};
    case Qt::BackgroundRole:
        if (own)
            return QColor(0xee, 0xf3, 0xfb);
        return {};
    case Qt::ToolTipRole:
        if (own)
            return AttendanceSheetWidget::tr("One of the cell's own members: listed on the sheet, not counted in the rate.");
        if (index.column() == ReasonColumn && l.status == AttendanceStatus::AbsentExcused && l.reason.isEmpty())
            return AttendanceSheetWidget::tr("An absence with reason needs its reason: type it here.");
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == NumberColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    return {};
}

QVariant AttendanceSheetModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn: return AttendanceSheetWidget::tr("No.");
    case NameColumn: return AttendanceSheetWidget::tr("Name");
    case CardColumn: return AttendanceSheetWidget::tr("Party card no.");
    case WorkplaceColumn: return AttendanceSheetWidget::tr("Workplace organisation");
    case StatusColumn: return AttendanceSheetWidget::tr("Attendance");
    case ReasonColumn: return AttendanceSheetWidget::tr("Reason");
    }
    return {};
}

Qt::ItemFlags AttendanceSheetModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (!readOnly_ && index.column() == ReasonColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

bool AttendanceSheetModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || index.column() != ReasonColumn)
        return false;
    return setReason(index.row(), value.toString());
}

// ---- View -----------------------------------------------------------------------------------

AttendanceSheetView::AttendanceSheetView(QWidget *parent) : QTableView(parent)
{
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    // Letters are marks (keyPressEvent); only the Reason column opens for typing.
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                    | QAbstractItemView::AnyKeyPressed);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setTabKeyNavigation(false);
    verticalHeader()->hide();
    horizontalHeader()->setStretchLastSection(true);
}

std::optional<AttendanceStatus> AttendanceSheetView::statusForKey(int key)
{
    switch (key) {
    case Qt::Key_P: // present
    case Qt::Key_C: // có mặt
        return AttendanceStatus::Present;
    case Qt::Key_E: // excused
    case Qt::Key_L: // (vắng có) lý do
        return AttendanceStatus::AbsentExcused;
    case Qt::Key_U: // unexcused
    case Qt::Key_K: // (vắng) không lý do
        return AttendanceStatus::AbsentUnexcused;
    default: return std::nullopt;
    }
}

QKeySequence AttendanceSheetView::allPresentShortcut()
{
    // Not Ctrl+A: that selects all rows in every table.
    return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A);
}

QKeySequence AttendanceSheetView::saveShortcut()
{
    return QKeySequence(Qt::CTRL | Qt::Key_S);
}

AttendanceSheetModel *AttendanceSheetView::sheetModel() const
{
    return qobject_cast<AttendanceSheetModel *>(model());
}

void AttendanceSheetView::goToRow(int row, int column)
{
    if (!model() || row < 0 || row >= model()->rowCount())
        return;
    const QModelIndex i = model()->index(row, column);
    setCurrentIndex(i);
    scrollTo(i);
}

void AttendanceSheetView::commitOpenEditor()
{
    if (state() != QAbstractItemView::EditingState)
        return;
    if (QWidget *editor = indexWidget(currentIndex())) {
        commitData(editor);
        QTableView::closeEditor(editor, QAbstractItemDelegate::NoHint);
    }
}

void AttendanceSheetView::keyPressEvent(QKeyEvent *event)
{
    AttendanceSheetModel *m = sheetModel();
    // Enter in the reason editor comes up here too (the line edit leaves it): the
    // delegate already ends the editing.
    if (state() == QAbstractItemView::EditingState
        && (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)) {
        event->accept();
        return;
    }
    const QKeySequence pressed(event->keyCombination());
    // The shortcuts also work when the window's shortcut map does not see them.
    if (pressed == allPresentShortcut()) {
        emit allPresentRequested();
        event->accept();
        return;
    }
    if (pressed == saveShortcut()) {
        emit saveRequested();
        event->accept();
        return;
    }
    if (!m || m->rowCount() == 0 || (event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))) {
        QTableView::keyPressEvent(event);
        return;
    }
    QModelIndex current = currentIndex();
    if (!current.isValid()) {
        goToRow(0, AttendanceSheetModel::StatusColumn);
        current = currentIndex();
    }
    const int row = current.row();
    const bool inReason = current.column() == AttendanceSheetModel::ReasonColumn;

    if (event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace) {
        if (inReason)
            m->setReason(row, QString());
        else
            m->setStatus(row, std::nullopt);
        event->accept();
        return;
    }
    if (inReason) {
        // Typing in the Reason column writes the reason: the member is absent with it.
        if (!m->isReadOnly() && !event->text().isEmpty() && event->text().at(0).isPrint()
            && !isAbsent(m->line(row).status))
            m->setStatus(row, AttendanceStatus::AbsentExcused);
        if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
            edit(current);
            event->accept();
            return;
        }
        QTableView::keyPressEvent(event);
        return;
    }
    if (const auto status = statusForKey(event->key())) {
        event->accept();
        if (m->isReadOnly())
            return;
        m->setStatus(row, *status);
        if (*status == AttendanceStatus::AbsentExcused) {
            // The reason next: its cell opens for typing; Enter goes on to the next member.
            goToRow(row, AttendanceSheetModel::ReasonColumn);
            edit(currentIndex());
        } else {
            goToRow(std::min(row + 1, m->rowCount() - 1), current.column());
        }
        return;
    }
    // Other letters mean nothing outside the Reason column (no search that would move
    // the cursor away unnoticed).
    if (!event->text().isEmpty() && event->text().at(0).isPrint()) {
        event->accept();
        return;
    }
    QTableView::keyPressEvent(event);
}

void AttendanceSheetView::closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint)
{
    const QModelIndex edited = currentIndex();
    QTableView::closeEditor(editor, hint);
    if (!edited.isValid() || !model())
        return;
    // Enter ends the reason: on to the next member's mark. Escape stays on the member,
    // back in the marks' column, so that the next letter is a mark again.
    if (hint == QAbstractItemDelegate::SubmitModelCache)
        goToRow(std::min(edited.row() + 1, model()->rowCount() - 1), AttendanceSheetModel::StatusColumn);
    else if (hint == QAbstractItemDelegate::RevertModelCache)
        goToRow(edited.row(), AttendanceSheetModel::StatusColumn);
}

// ---- Widget ---------------------------------------------------------------------------------

AttendanceSheetWidget::AttendanceSheetWidget(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("attendanceSheet"));
    model_ = new AttendanceSheetModel(this);

    back_ = new QPushButton(this);
    back_->setObjectName(QStringLiteral("attendanceBack"));
    title_ = new QLabel(this);
    title_->setObjectName(QStringLiteral("attendanceTitle"));
    title_->setWordWrap(true);
    title_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = title_->font();
    big.setPointSizeF(big.pointSizeF() * 1.15);
    big.setBold(true);
    title_->setFont(big);
    legend_ = new QLabel(this);
    legend_->setObjectName(QStringLiteral("attendanceLegend"));
    legend_->setWordWrap(true);

    view_ = new AttendanceSheetView(this);
    view_->setObjectName(QStringLiteral("attendanceView"));
    view_->setModel(model_);
    const QFontMetrics fm = view_->fontMetrics();
    const int em = fm.horizontalAdvance(QLatin1Char('M'));
    view_->verticalHeader()->setDefaultSectionSize(fm.height() + 8);
    view_->setColumnWidth(AttendanceSheetModel::NumberColumn, fm.horizontalAdvance(QStringLiteral("+000")) + 16);
    view_->setColumnWidth(AttendanceSheetModel::NameColumn, em * 15);
    view_->setColumnWidth(AttendanceSheetModel::CardColumn, fm.horizontalAdvance(QStringLiteral("00000000000")) + 16);
    view_->setColumnWidth(AttendanceSheetModel::WorkplaceColumn, em * 24);
    view_->setColumnWidth(AttendanceSheetModel::StatusColumn, em * 13);

    exemptTitle_ = new QLabel(this);
    exemptTitle_->setObjectName(QStringLiteral("attendanceExemptTitle"));
    exemptTitle_->setWordWrap(true);
    exempt_ = new QTableWidget(0, 4, this);
    exempt_->setObjectName(QStringLiteral("attendanceExemptView"));
    exempt_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    exempt_->setSelectionMode(QAbstractItemView::NoSelection);
    exempt_->setFocusPolicy(Qt::NoFocus);
    exempt_->verticalHeader()->hide();
    exempt_->horizontalHeader()->setStretchLastSection(true);
    exempt_->verticalHeader()->setDefaultSectionSize(fm.height() + 8);
    exempt_->setColumnWidth(0, em * 15);
    exempt_->setColumnWidth(1, fm.horizontalAdvance(QStringLiteral("00000000000")) + 16);
    exempt_->setColumnWidth(2, em * 24);

    tally_ = new QLabel(this);
    tally_->setObjectName(QStringLiteral("attendanceTally"));
    tally_->setWordWrap(true);
    tally_->setTextInteractionFlags(Qt::TextSelectableByMouse);

    present_ = new QPushButton(this);
    present_->setObjectName(QStringLiteral("attendancePresent"));
    excused_ = new QPushButton(this);
    excused_->setObjectName(QStringLiteral("attendanceExcused"));
    unexcused_ = new QPushButton(this);
    unexcused_->setObjectName(QStringLiteral("attendanceUnexcused"));
    clear_ = new QPushButton(this);
    clear_->setObjectName(QStringLiteral("attendanceClear"));
    allPresent_ = new QPushButton(this);
    allPresent_->setObjectName(QStringLiteral("attendanceAllPresent"));
    addMember_ = new QPushButton(this);
    addMember_->setObjectName(QStringLiteral("attendanceAddMember"));
    removeMember_ = new QPushButton(this);
    removeMember_->setObjectName(QStringLiteral("attendanceRemoveMember"));
    for (QPushButton *b : {present_, excused_, unexcused_, clear_, allPresent_, addMember_, removeMember_})
        b->setFocusPolicy(Qt::TabFocus); // clicking keeps the keyboard in the table

    guestsLabel_ = new QLabel(this);
    guests_ = new QSpinBox(this);
    guests_->setObjectName(QStringLiteral("attendanceGuests"));
    guests_->setRange(0, 9999);
    guestsLabel_->setBuddy(guests_);
    reload_ = new QPushButton(this);
    reload_->setObjectName(QStringLiteral("attendanceReload"));
    reload_->setVisible(false);
    save_ = new QPushButton(this);
    save_->setObjectName(QStringLiteral("attendanceSave"));
    save_->setDefault(false);

    message_ = new QLabel(this);
    message_->setObjectName(QStringLiteral("attendanceMessage"));
    message_->setWordWrap(true);
    message_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    message_->setVisible(false);

    auto *top = new QHBoxLayout;
    top->addWidget(back_);
    top->addWidget(title_, 1);
    auto *marks = new QHBoxLayout;
    for (QPushButton *b : {present_, excused_, unexcused_, clear_, allPresent_})
        marks->addWidget(b);
    marks->addStretch(1);
    marks->addWidget(addMember_);
    marks->addWidget(removeMember_);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(guestsLabel_);
    bottom->addWidget(guests_);
    bottom->addStretch(1);
    bottom->addWidget(reload_);
    bottom->addWidget(save_);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(legend_);
    layout->addWidget(view_, 3);
    layout->addWidget(tally_);
    layout->addLayout(marks);
    layout->addWidget(exemptTitle_);
    layout->addWidget(exempt_, 1);
    layout->addLayout(bottom);
    layout->addWidget(message_);

    // Window shortcuts for the whole sheet (the view handles the same keys itself).
    auto *saveAction = new QAction(this);
    saveAction->setShortcut(AttendanceSheetView::saveShortcut());
    saveAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(saveAction);
    connect(saveAction, &QAction::triggered, this, [this] { save(); });
    auto *allAction = new QAction(this);
    allAction->setShortcut(AttendanceSheetView::allPresentShortcut());
    allAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(allAction);
    connect(allAction, &QAction::triggered, this, &AttendanceSheetWidget::markAllPresent);

    connect(view_, &AttendanceSheetView::allPresentRequested, this, &AttendanceSheetWidget::markAllPresent);
    connect(view_, &AttendanceSheetView::saveRequested, this, [this] { save(); });
    connect(model_, &AttendanceSheetModel::marksChanged, this, &AttendanceSheetWidget::updateTally);
    connect(model_, &AttendanceSheetModel::modifiedChanged, this, &AttendanceSheetWidget::emitModifiedIfChanged);
    connect(guests_, &QSpinBox::valueChanged, this, &AttendanceSheetWidget::emitModifiedIfChanged);
    connect(view_->selectionModel(), &QItemSelectionModel::currentChanged, this, &AttendanceSheetWidget::updateButtons);
    connect(model_, &QAbstractItemModel::modelReset, this, &AttendanceSheetWidget::updateButtons);
    connect(back_, &QPushButton::clicked, this, &AttendanceSheetWidget::backRequested);
    connect(save_, &QPushButton::clicked, this, [this] { save(); });
    connect(reload_, &QPushButton::clicked, this, &AttendanceSheetWidget::reload);
    connect(allPresent_, &QPushButton::clicked, this, [this] {
        markAllPresent();
        view_->setFocus();
    });
    connect(present_, &QPushButton::clicked, this, [this] { markSelected(AttendanceStatus::Present); });
    connect(excused_, &QPushButton::clicked, this, [this] { markSelected(AttendanceStatus::AbsentExcused); });
    connect(unexcused_, &QPushButton::clicked, this, [this] { markSelected(AttendanceStatus::AbsentUnexcused); });
    connect(clear_, &QPushButton::clicked, this, [this] { markSelected(std::nullopt); });
    connect(addMember_, &QPushButton::clicked, this, &AttendanceSheetWidget::askAddCellMember);
    connect(removeMember_, &QPushButton::clicked, this, &AttendanceSheetWidget::removeCurrentCellMember);

    retranslate();
    updateButtons();
}

AttendanceSheetWidget::~AttendanceSheetWidget() = default;

void AttendanceSheetWidget::setDatabase(storage::Database *db, const ActingUser &user)
{
    clear();
    db_ = db;
    user_ = user;
}

void AttendanceSheetWidget::clear()
{
    if (leavePrompt_)
        leavePrompt_->close();
    if (addDialog_)
        addDialog_->close();
    model_->setReadOnly(false);
    model_->clear();
    readGuests_ = 0;
    const QSignalBlocker block(guests_);
    guests_->setValue(0);
    readOnlyReason_.clear();
    message_->setVisible(false);
    reload_->setVisible(false);
    exempt_->setRowCount(0);
    emitModifiedIfChanged();
    updateTitle();
    updateTally();
    updateButtons();
}

bool AttendanceSheetWidget::openMeeting(qint64 meetingId)
{
    if (!db_)
        return false;
    AttendanceSheet sheet;
    QString path;
    try {
        sheet = MeetingService(*db_, user_).sheet(meetingId);
        if (sheet.meeting.id == 0) {
            clear();
            showMessage(tr("This meeting no longer exists."), true);
            return false;
        }
        path = storage::OrganisationRepository(*db_).pathOf(sheet.meeting.cellId);
    } catch (const storage::StorageError &e) {
        spdlog::error("attendance sheet: {} ({})", e.userMessage().toStdString(), e.detail().toStdString());
        clear();
        showMessage(e.userMessage(), true);
        return false;
    } catch (const AccessDenied &e) {
        clear();
        showMessage(e.userMessage(), true);
        return false;
    }
    clear();
    if (!user_.may(Action::RecordAttendance, {path}))
        readOnlyReason_ = tr("Read only. %1").arg(refusalMessage(Action::RecordAttendance));
    else if (sheet.meeting.date > QDate::currentDate())
        readOnlyReason_ = tr("The meeting of %1 has not taken place yet: attendance is recorded afterwards.")
                              .arg(displayDate(sheet.meeting.date));
    model_->setReadOnly(!readOnlyReason_.isEmpty());
    loadSheet(sheet, {}, {});
    if (!readOnlyReason_.isEmpty())
        showMessage(readOnlyReason_, false);
    view_->setFocus();
    if (model_->rowCount() > 0)
        view_->setCurrentIndex(model_->index(0, AttendanceSheetModel::StatusColumn));
    return true;
}

void AttendanceSheetWidget::loadSheet(const AttendanceSheet &sheet, const QHash<qint64, Attendance> &keep,
                                      const QList<SheetLine> &keepOwn)
{
    const int currentRow = view_->currentIndex().row();
    const int currentColumn = std::max(0, view_->currentIndex().column());
    model_->setSheet(sheet);
    readGuests_ = sheet.meeting.guests;
    {
        const QSignalBlocker block(guests_);
        guests_->setValue(readGuests_);
    }
    // Marks made here survive a reload: the cell's own members added, then each mark.
    for (const SheetLine &own : keepOwn)
        if (model_->rowOf(own.memberId) < 0)
            model_->addOwnMember({own.memberId, own.fullName, own.partyCardNo, own.workplaceName});
    for (const Attendance &a : keep) {
        const int row = model_->rowOf(a.memberId);
        if (row < 0)
            continue;
        model_->setStatus(row, a.status);
        if (!a.reason.isEmpty())
            model_->setReason(row, a.reason);
    }
    fillExempt();
    updateTitle();
    updateTally();
    updateButtons();
    if (currentRow >= 0 && currentRow < model_->rowCount())
        view_->setCurrentIndex(model_->index(currentRow, currentColumn));
    emitModifiedIfChanged();
}

void AttendanceSheetWidget::fillExempt()
{
    const QList<SheetLine> &lines = model_->sheet().exempt;
    exempt_->setRowCount(static_cast<int>(lines.size()));
    for (int i = 0; i < lines.size(); ++i) {
        const SheetLine &l = lines.at(i);
        const QStringList cells{l.fullName, l.partyCardNo, l.workplaceName,
                                l.exemptionReason ? label(*l.exemptionReason) : QString()};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setData(AttendanceSheetModel::MemberIdRole, l.memberId);
            item->setFlags(Qt::ItemIsEnabled);
            exempt_->setItem(i, c, item);
        }
    }
    // A short list takes only the room it needs.
    const int rows = std::max(1, std::min(static_cast<int>(lines.size()), 6));
    exempt_->setMaximumHeight(exempt_->horizontalHeader()->height() + rows * exempt_->verticalHeader()->defaultSectionSize()
                              + 2 * exempt_->frameWidth() + 2);
    exempt_->setVisible(!lines.isEmpty());
    exemptTitle_->setText(lines.isEmpty()
                              ? tr("No member is exempt from this meeting.")
                              : tr("Exempt from meetings (Guideline 33): %1 — listed apart, not counted, not marked.")
                                    .arg(lines.size()));
}

bool AttendanceSheetWidget::hasUnsavedChanges() const
{
    return meetingId() > 0 && !model_->isReadOnly() && (model_->isModified() || guests_->value() != readGuests_);
}

void AttendanceSheetWidget::emitModifiedIfChanged()
{
    const bool now = hasUnsavedChanges();
    updateButtons();
    updateTitle();
    if (now != lastModified_) {
        lastModified_ = now;
        emit modifiedChanged(now);
    }
}

SaveOutcome AttendanceSheetWidget::save()
{
    if (!db_ || meetingId() == 0)
        return SaveOutcome::failed(tr("No meeting is open."));
    if (model_->isReadOnly()) {
        showMessage(readOnlyReason_, true);
        return SaveOutcome::denied(readOnlyReason_);
    }
    view_->commitOpenEditor();
    if (!hasUnsavedChanges()) {
        showMessage(tr("Nothing to save: no mark has changed."), false);
        return {};
    }
    const qint64 id = meetingId();
    const SaveOutcome out =
        MeetingService(*db_, user_).record(id, model_->marks(), guests_->value(), model_->sheet().meeting.rowVersion);
    if (!out.ok()) {
        if (out.status == SaveOutcome::Status::Stale) {
            reload_->setVisible(true);
            showMessage(tr("%1\nReload reads the meeting again and keeps the marks made here; then save again.")
                            .arg(out.message),
                        true);
        } else {
            showMessage(tr("Not saved:\n%1").arg(joined(out)), true);
        }
        return out;
    }
    const AttendanceTally t = model_->tally();
    try {
        const AttendanceSheet fresh = MeetingService(*db_, user_).sheet(id);
        loadSheet(fresh, {}, {});
    } catch (const storage::StorageError &e) {
        spdlog::error("attendance sheet after saving: {} ({})", e.userMessage().toStdString(), e.detail().toStdString());
    } catch (const AccessDenied &) {
    }
    reload_->setVisible(false);
    showMessage(tr("Attendance saved: %1 present of %2 expected.").arg(t.present).arg(t.expected), false);
    spdlog::info("attendance of meeting {} recorded by {}", id, user_.name.toStdString());
    emit saved(id);
    return out;
}

bool AttendanceSheetWidget::reload()
{
    if (!db_ || meetingId() == 0)
        return false;
    view_->commitOpenEditor();
    QHash<qint64, Attendance> keep;
    for (const Attendance &a : model_->marks())
        keep.insert(a.memberId, a);
    QList<SheetLine> own;
    for (int row = model_->expectedCount(); row < model_->rowCount(); ++row)
        own << model_->line(row);
    const int guests = guests_->value();
    const bool guestsChanged = guests != readGuests_;
    try {
        const AttendanceSheet fresh = MeetingService(*db_, user_).sheet(meetingId());
        if (fresh.meeting.id == 0) {
            showMessage(tr("This meeting no longer exists."), true);
            return false;
        }
        loadSheet(fresh, keep, own);
    } catch (const storage::StorageError &e) {
        showMessage(e.userMessage(), true);
        return false;
    } catch (const AccessDenied &e) {
        showMessage(e.userMessage(), true);
        return false;
    }
    if (guestsChanged)
        guests_->setValue(guests);
    reload_->setVisible(false);
    showMessage(tr("Read again; your marks are kept. Save to record them."), false);
    return true;
}

void AttendanceSheetWidget::discardChanges()
{
    view_->commitOpenEditor();
    loadSheet(model_->sheet(), {}, {});
    message_->setVisible(false);
}

int AttendanceSheetWidget::markAllPresent()
{
    if (model_->isReadOnly())
        return 0;
    const int n = model_->markAllPresent();
    showMessage(tr("Marked present: %1. Now mark the absent members.").arg(n), false);
    return n;
}

void AttendanceSheetWidget::markSelected(std::optional<AttendanceStatus> status)
{
    if (model_->isReadOnly())
        return;
    QList<int> rows;
    for (const QModelIndex &i : view_->selectionModel()->selectedRows())
        rows << i.row();
    if (rows.isEmpty() && view_->currentIndex().isValid())
        rows << view_->currentIndex().row();
    std::sort(rows.begin(), rows.end());
    for (int row : rows)
        model_->setStatus(row, status);
    view_->setFocus();
    if (status == AttendanceStatus::AbsentExcused && rows.size() == 1) {
        const QModelIndex reason = model_->index(rows.first(), AttendanceSheetModel::ReasonColumn);
        view_->setCurrentIndex(reason);
        view_->edit(reason);
    }
}

bool AttendanceSheetWidget::addCellMembers(const QList<qint64> &memberIds)
{
    if (!db_ || meetingId() == 0 || model_->isReadOnly())
        return false;
    QList<storage::ListedMember> members;
    try {
        members = MeetingService(*db_, user_).cellMembers(model_->sheet().meeting.cellId);
    } catch (const storage::StorageError &e) {
        showMessage(e.userMessage(), true);
        return false;
    } catch (const AccessDenied &e) {
        showMessage(e.userMessage(), true);
        return false;
    }
    const QSet<qint64> wanted(memberIds.cbegin(), memberIds.cend());
    int added = 0;
    for (const storage::ListedMember &m : members)
        if (wanted.contains(m.memberId) && model_->addOwnMember(m))
            ++added;
    if (added > 0) {
        view_->setCurrentIndex(model_->index(model_->rowCount() - 1, AttendanceSheetModel::StatusColumn));
        showMessage(tr("Added to the sheet: %1. Mark them like the others; they are not counted in the rate.").arg(added),
                    false);
    }
    return added > 0;
}

void AttendanceSheetWidget::askAddCellMember()
{
    if (!db_ || meetingId() == 0 || model_->isReadOnly())
        return;
    QList<storage::ListedMember> members;
    try {
        members = MeetingService(*db_, user_).cellMembers(model_->sheet().meeting.cellId);
    } catch (const storage::StorageError &e) {
        showMessage(e.userMessage(), true);
        return;
    } catch (const AccessDenied &e) {
        showMessage(e.userMessage(), true);
        return;
    }
    QSet<qint64> exempt;
    for (const SheetLine &l : model_->sheet().exempt)
        exempt.insert(l.memberId);
    if (addDialog_)
        addDialog_->close();
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("attendanceAddMemberDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Add cell members to the sheet"));
    dialog->setMinimumWidth(480);
    auto *intro = new QLabel(tr("The cell's own members may attend the meeting too; they are listed on the sheet but "
                                "not counted in the rate. Tick those who came."),
                             dialog);
    intro->setWordWrap(true);
    auto *search = new QLineEdit(dialog);
    search->setObjectName(QStringLiteral("attendanceAddMemberSearch"));
    search->setPlaceholderText(tr("Name or party card number"));
    search->setClearButtonEnabled(true);
    auto *list = new QListWidget(dialog);
    list->setObjectName(QStringLiteral("attendanceAddMemberList"));
    for (const storage::ListedMember &m : members) {
        if (model_->rowOf(m.memberId) >= 0 || exempt.contains(m.memberId))
            continue;
        auto *item = new QListWidgetItem(m.partyCardNo.isEmpty() ? m.fullName
                                                                 : tr("%1 — card %2").arg(m.fullName, m.partyCardNo),
                                         list);
        item->setData(Qt::UserRole, m.memberId);
        item->setData(Qt::UserRole + 1, text::fold(m.fullName + QLatin1Char(' ') + m.partyCardNo));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(Qt::Unchecked);
    }
    auto *none = new QLabel(tr("Every member of the cell is on the sheet already."), dialog);
    none->setVisible(list->count() == 0);
    connect(search, &QLineEdit::textChanged, dialog, [list](const QString &text) {
        const QStringList terms = text::fold(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (int i = 0; i < list->count(); ++i) {
            const QString folded = list->item(i)->data(Qt::UserRole + 1).toString();
            bool match = true;
            for (const QString &t : terms)
                match = match && folded.contains(t);
            list->item(i)->setHidden(!match);
        }
    });
    // Space ticks the current member, as Enter ends the choice.
    connect(list, &QListWidget::itemActivated, dialog, [](QListWidgetItem *item) {
        item->setCheckState(item->checkState() == Qt::Checked ? Qt::Unchecked : Qt::Checked);
    });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    connect(buttons, &QDialogButtonBox::accepted, dialog, [this, dialog, list] {
        QList<qint64> ids;
        for (int i = 0; i < list->count(); ++i)
            if (list->item(i)->checkState() == Qt::Checked)
                ids << list->item(i)->data(Qt::UserRole).toLongLong();
        addCellMembers(ids);
        dialog->accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(intro);
    layout->addWidget(search);
    layout->addWidget(list, 1);
    layout->addWidget(none);
    layout->addWidget(buttons);
    addDialog_ = dialog;
    dialog->setWindowModality(Qt::WindowModal);
    dialog->open();
}

void AttendanceSheetWidget::removeCurrentCellMember()
{
    const int row = view_->currentIndex().row();
    if (model_->removeOwnMember(row))
        view_->setFocus();
}

bool AttendanceSheetWidget::maybeLeave(std::function<void()> proceed)
{
    if (!hasUnsavedChanges())
        return true;
    if (leavePrompt_)
        leavePrompt_->close();
    view_->commitOpenEditor();
    auto *box = new QMessageBox(QMessageBox::Question, tr("Unsaved attendance"),
                                tr("The attendance of the meeting of %1 has marks that are not saved.")
                                    .arg(displayDate(model_->sheet().meeting.date)),
                                QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("attendanceLeavePrompt"));
    box->setInformativeText(tr("Save them before leaving the sheet?"));
    box->setDefaultButton(QMessageBox::Save);
    box->setEscapeButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    connect(box, &QMessageBox::finished, this, [this, box, proceed = std::move(proceed)](int) {
        const QMessageBox::StandardButton answer = box->standardButton(box->clickedButton());
        if (answer == QMessageBox::Save) {
            if (save().ok() && proceed)
                proceed();
        } else if (answer == QMessageBox::Discard) {
            discardChanges();
            if (proceed)
                proceed();
        }
    });
    leavePrompt_ = box;
    box->open();
    return false;
}

QString AttendanceSheetWidget::message() const
{
    return message_->isVisible() ? message_->text() : QString();
}

void AttendanceSheetWidget::showMessage(const QString &text, bool problem)
{
    message_->setText(text);
    if (problem)
        styleAsError(message_);
    else
        message_->setStyleSheet(QString());
    message_->setVisible(!text.isEmpty());
}

void AttendanceSheetWidget::updateTitle()
{
    const Meeting &m = model_->sheet().meeting;
    if (m.id == 0) {
        title_->setText(tr("No meeting is open."));
        return;
    }
    const AttendanceSheet &s = model_->sheet();
    QString text = tr("Meeting of %1 (%2) — %3").arg(displayDate(m.date), label(m.kind), s.cellName);
    if (!s.communeName.isEmpty())
        text += tr(" (%1)").arg(s.communeName);
    text += QStringLiteral(" · ") + (m.held ? tr("recorded") : tr("not recorded yet"));
    if (hasUnsavedChanges())
        text += QStringLiteral(" · ") + tr("unsaved changes");
    title_->setText(text);
}

void AttendanceSheetWidget::updateTally()
{
    if (meetingId() == 0) {
        tally_->clear();
        return;
    }
    const AttendanceTally t = model_->tally();
    const QString rate = t.rate() ? tr("%1%").arg(QLocale().toString(*t.rate() * 100.0, 'f', 1)) : tr("—");
    QString text = tr("Expected: %1 · present: %2 · absent with reason: %3 · absent without reason: %4 · "
                      "not marked: %5 · rate: %6")
                       .arg(t.expected)
                       .arg(t.present)
                       .arg(t.absentExcused)
                       .arg(t.absentUnexcused)
                       .arg(t.unmarked)
                       .arg(rate);
    const int ownRows = model_->rowCount() - model_->expectedCount();
    if (ownRows > 0)
        text += tr(" · cell members present (not counted): %1").arg(model_->ownMembersPresent());
    if (t.exempt > 0)
        text += tr(" · exempt (not counted): %1").arg(t.exempt);
    tally_->setText(text);
}

void AttendanceSheetWidget::updateButtons()
{
    const bool open = meetingId() > 0;
    const bool editable = open && !model_->isReadOnly();
    const bool rows = editable && model_->rowCount() > 0;
    for (QPushButton *b : {present_, excused_, unexcused_, clear_, allPresent_})
        b->setEnabled(rows);
    addMember_->setEnabled(editable);
    removeMember_->setEnabled(editable && model_->isOwnMember(view_->currentIndex().row()));
    guests_->setEnabled(editable);
    // An untouched sheet is not saved: that would record a planned meeting as held with
    // nobody marked.
    save_->setEnabled(editable && hasUnsavedChanges());
    for (QWidget *w : std::initializer_list<QWidget *>{present_, excused_, unexcused_, clear_, allPresent_, addMember_,
                                                       removeMember_, guests_, save_})
        w->setToolTip(editable || !open ? w->property("cutruTip").toString() : readOnlyReason_);
}

void AttendanceSheetWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void AttendanceSheetWidget::retranslate()
{
    const QString allKeys = AttendanceSheetView::allPresentShortcut().toString(QKeySequence::NativeText);
    const QString saveKeys = AttendanceSheetView::saveShortcut().toString(QKeySequence::NativeText);
    back_->setText(tr("← &Meetings"));
    back_->setToolTip(tr("Back to the list of meetings"));
    legend_->setText(tr("Keys: <b>P</b> or <b>C</b> present · <b>E</b> or <b>L</b> absent with reason (type the "
                        "reason, then Enter) · <b>U</b> or <b>K</b> absent without reason · <b>Delete</b> clears · "
                        "<b>↑ ↓</b> move · <b>%1</b> all present · <b>%2</b> save. Rows numbered +1, +2… are the "
                        "cell's own members: listed, not counted.")
                         .arg(allKeys.toHtmlEscaped(), saveKeys.toHtmlEscaped()));
    present_->setText(tr("&Present"));
    present_->setProperty("cutruTip", tr("Marks the selected members present (key P or C)."));
    excused_->setText(tr("Absent with &reason"));
    excused_->setProperty("cutruTip", tr("Marks the selected members absent with reason (key E or L)."));
    unexcused_->setText(tr("Absent &without reason"));
    unexcused_->setProperty("cutruTip", tr("Marks the selected members absent without reason (key U or K)."));
    clear_->setText(tr("C&lear"));
    clear_->setProperty("cutruTip", tr("Clears the marks of the selected members (key Delete)."));
    allPresent_->setText(tr("&All present (%1)").arg(allKeys));
    allPresent_->setProperty("cutruTip", tr("Marks every expected member not marked yet present; then mark the "
                                            "absent ones."));
    addMember_->setText(tr("A&dd cell member…"));
    addMember_->setProperty("cutruTip", tr("Adds some of the cell's own members, who attended too (not counted)."));
    removeMember_->setText(tr("Remo&ve from sheet"));
    removeMember_->setProperty("cutruTip", tr("Removes the selected cell member added to the sheet."));
    guestsLabel_->setText(tr("Residents and &guests attending:"));
    guests_->setProperty("cutruTip", tr("People attending besides party members (residents, guests)."));
    reload_->setText(tr("Re&load"));
    save_->setText(tr("&Save (%1)").arg(saveKeys));
    save_->setProperty("cutruTip", tr("Records the whole sheet at once."));
    exempt_->setHorizontalHeaderLabels({tr("Name"), tr("Party card no."), tr("Workplace organisation"),
                                        tr("Exemption (Guideline 33)")});
    model_->retranslate();
    // The marks' column fits the longest status in this language (shown bold).
    QFont bold = view_->font();
    bold.setBold(true);
    int statusWidth = view_->fontMetrics().horizontalAdvance(tr("Attendance")) + 24;
    for (AttendanceStatus s : allValues<AttendanceStatus>())
        statusWidth = std::max(statusWidth, QFontMetrics(bold).horizontalAdvance(label(s)) + 16);
    view_->setColumnWidth(AttendanceSheetModel::StatusColumn, statusWidth);
    fillExempt();
    updateTitle();
    updateTally();
    updateButtons();
}

} // namespace cutru
