#include "app/comments_page.h"

#include "app/folding_completer.h"
#include "app/form_errors.h"
#include "app/work_progress.h"
#include "domain/codes.h"
#include "domain/dates.h"
#include "reports/comment_forms_pdf.h"
#include "reports/csv_writer.h"
#include "reports/report_xlsx.h"
#include "services/referral_queries.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QSaveFile>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>
#include <spdlog/spdlog.h>

namespace cutru {
namespace {

bool isResidenceCell(const Organisation &o)
{
    return o.level == OrgLevel::Cell
           && (o.kind == code(CellKind::Village) || o.kind == code(CellKind::ResidentialGroup));
}

QString stateText(const std::optional<AnnualComment> &c)
{
    return c ? label(c->state()) : CommentsPage::tr("Not started");
}

QString conclusionText(const std::optional<AnnualComment> &c)
{
    return c && c->conclusion ? label(*c->conclusion) : QString();
}

QTableWidget *newTable(const QString &name, QWidget *parent)
{
    auto *t = new QTableWidget(parent);
    t->setObjectName(name);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::ExtendedSelection);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    t->setWordWrap(false);
    return t;
}

void setRow(QTableWidget *t, int row, const QStringList &cells, qint64 id, qint64 commentId)
{
    for (int c = 0; c < cells.size(); ++c) {
        auto *item = new QTableWidgetItem(cells.at(c));
        item->setData(Qt::UserRole, id);
        item->setData(Qt::UserRole + 1, commentId);
        t->setItem(row, c, item);
    }
}

QString joined(const SaveOutcome &o)
{
    if (o.status != SaveOutcome::Status::Invalid)
        return o.message;
    QStringList lines;
    for (const FieldError &e : o.errors)
        lines << e.message;
    return lines.join(QLatin1Char('\n'));
}

} // namespace

// A worker's state (drafts, a PDF or an export), shared with the progress dialog.
struct CommentsPage::Job : WorkProgress {
    enum class Kind { Drafts, Print, Export } kind = Kind::Print;
    QString path;
    QString dbPath;
    ActingUser user;
    qint64 scopeOrgId = 0;
    int year = 0;
    bool includeDrafts = false;
    reports::Report report; // an export's table, built on the GUI thread
    BulkOutcome drafts;     // what Prepare drafts did
    bool ok = false;
    QString error; // empty when cancelled
};

CommentsPage::CommentsPage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("commentsPage"));
    yearLabel_ = new QLabel(this);
    year_ = new QSpinBox(this);
    year_->setObjectName(QStringLiteral("commentYear"));
    year_->setRange(2000, 2100);
    year_->setValue(QDate::currentDate().year());
    yearLabel_->setBuddy(year_);
    cellLabel_ = new QLabel(this);
    cellCombo_ = new QComboBox(this);
    cellCombo_->setObjectName(QStringLiteral("commentCell"));
    cellCombo_->setMinimumContentsLength(30);
    makeSearchable(cellCombo_); // a province has thousands of cells
    cellLabel_->setBuddy(cellCombo_);
    workplaceLabel_ = new QLabel(this);
    workplaceCombo_ = new QComboBox(this);
    workplaceCombo_->setObjectName(QStringLiteral("commentWorkplace"));
    workplaceCombo_->setMinimumContentsLength(30);
    workplaceLabel_->setBuddy(workplaceCombo_);
    auto *top = new QHBoxLayout;
    top->addWidget(yearLabel_);
    top->addWidget(year_);
    top->addSpacing(12);
    top->addWidget(cellLabel_);
    top->addWidget(cellCombo_, 1);
    top->addWidget(workplaceLabel_);
    top->addWidget(workplaceCombo_, 1);
    deadline_ = new QLabel(this);
    deadline_->setObjectName(QStringLiteral("commentDeadline"));
    deadline_->setWordWrap(true);

    stack_ = new QStackedWidget(this);
    pageMessage_ = new QLabel(stack_);
    pageMessage_->setWordWrap(true);
    pageMessage_->setAlignment(Qt::AlignCenter);

    cellView_ = new QWidget(stack_);
    dueTitle_ = new QLabel(cellView_);
    QFont bold = dueTitle_->font();
    bold.setBold(true);
    dueTitle_->setFont(bold);
    dueTable_ = newTable(QStringLiteral("commentDueTable"), cellView_);
    dueTable_->setColumnCount(5);
    exemptTitle_ = new QLabel(cellView_);
    exemptTitle_->setFont(bold);
    exemptTable_ = newTable(QStringLiteral("commentExemptTable"), cellView_);
    exemptTable_->setColumnCount(4);
    exemptTable_->setSelectionMode(QAbstractItemView::NoSelection);
    open_ = new QPushButton(cellView_);
    open_->setObjectName(QStringLiteral("commentOpen"));
    prepare_ = new QPushButton(cellView_);
    prepare_->setObjectName(QStringLiteral("commentPrepare"));
    print_ = new QPushButton(cellView_);
    print_->setObjectName(QStringLiteral("commentPrint"));
    markSent_ = new QPushButton(cellView_);
    markSent_->setObjectName(QStringLiteral("commentMarkSent"));
    auto *cellButtons = new QHBoxLayout;
    for (QPushButton *b : {open_, prepare_, print_, markSent_})
        cellButtons->addWidget(b);
    cellButtons->addStretch();
    auto *cellLayout = new QVBoxLayout(cellView_);
    cellLayout->setContentsMargins(0, 0, 0, 0);
    cellLayout->addWidget(dueTitle_);
    cellLayout->addWidget(dueTable_, 3);
    cellLayout->addWidget(exemptTitle_);
    cellLayout->addWidget(exemptTable_, 1);
    cellLayout->addLayout(cellButtons);

    workplaceView_ = new QWidget(stack_);
    workplaceTitle_ = new QLabel(workplaceView_);
    workplaceTitle_->setFont(bold);
    workplaceTable_ = newTable(QStringLiteral("commentWorkplaceTable"), workplaceView_);
    workplaceTable_->setColumnCount(6);
    markReceived_ = new QPushButton(workplaceView_);
    markReceived_->setObjectName(QStringLiteral("commentMarkReceived"));
    request_ = new QPushButton(workplaceView_);
    request_->setObjectName(QStringLiteral("commentRequest"));
    export_ = new QPushButton(workplaceView_);
    export_->setObjectName(QStringLiteral("commentExport"));
    auto *workplaceButtons = new QHBoxLayout;
    for (QPushButton *b : {markReceived_, request_, export_})
        workplaceButtons->addWidget(b);
    workplaceButtons->addStretch();
    auto *workplaceLayout = new QVBoxLayout(workplaceView_);
    workplaceLayout->setContentsMargins(0, 0, 0, 0);
    workplaceLayout->addWidget(workplaceTitle_);
    workplaceLayout->addWidget(workplaceTable_, 1);
    workplaceLayout->addLayout(workplaceButtons);

    stack_->addWidget(cellView_);
    stack_->addWidget(workplaceView_);
    stack_->addWidget(pageMessage_);

    actionMessage_ = new QLabel(this);
    actionMessage_->setObjectName(QStringLiteral("commentMessage"));
    actionMessage_->setWordWrap(true);
    actionMessage_->setOpenExternalLinks(true);
    actionMessage_->setVisible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(deadline_);
    layout->addWidget(stack_, 1);
    layout->addWidget(actionMessage_);

    connect(year_, &QSpinBox::valueChanged, this, [this] {
        if (!filling_)
            reloadLists();
    });
    connect(cellCombo_, &QComboBox::currentIndexChanged, this, [this] {
        if (!filling_)
            reloadLists();
    });
    connect(workplaceCombo_, &QComboBox::currentIndexChanged, this, [this] {
        if (!filling_)
            reloadLists();
    });
    connect(dueTable_, &QTableWidget::itemSelectionChanged, this, &CommentsPage::updateButtons);
    connect(workplaceTable_, &QTableWidget::itemSelectionChanged, this, &CommentsPage::updateButtons);
    connect(dueTable_, &QTableWidget::itemActivated, this, &CommentsPage::askOpen);
    connect(open_, &QPushButton::clicked, this, &CommentsPage::askOpen);
    connect(prepare_, &QPushButton::clicked, this, &CommentsPage::askPrepareDrafts);
    connect(print_, &QPushButton::clicked, this, &CommentsPage::askPrint);
    connect(markSent_, &QPushButton::clicked, this, &CommentsPage::askMarkSent);
    connect(markReceived_, &QPushButton::clicked, this, &CommentsPage::askMarkReceived);
    connect(request_, &QPushButton::clicked, this, &CommentsPage::askRequest);
    connect(export_, &QPushButton::clicked, this, &CommentsPage::askExport);
    connect(&watcher_, &QFutureWatcher<void>::finished, this, &CommentsPage::jobFinished);

    retranslate();
    updateButtons();
}

CommentsPage::~CommentsPage()
{
    // A file still being written is told to stop; it is not left half written.
    if (job_)
        job_->cancel.store(true);
    watcher_.waitForFinished();
}

// ---- Database, scope, loading -------------------------------------------------------------------

void CommentsPage::setDatabase(storage::Database *db, const ActingUser &user, const OrganisationTree *tree)
{
    if (dialog_)
        dialog_->close();
    db_ = db;
    user_ = user;
    externalTree_ = tree;
    ownTree_.reset();
    cell_ = {};
    workplace_.clear();
    lastMessage_.clear();
    actionMessage_->setVisible(false);
    filling_ = true;
    cellCombo_->clear();
    workplaceCombo_->clear();
    filling_ = false;
    refresh();
}

void CommentsPage::setScope(qint64 organisationId)
{
    scopeId_ = organisationId;
    if (isVisible() && !dirty_ && db_)
        fillChoices();
    else
        dirty_ = true;
}

void CommentsPage::refresh()
{
    dirty_ = true;
    if (isVisible())
        load();
}

void CommentsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (dirty_)
        load();
}

const OrganisationTree *CommentsPage::tree() const
{
    return externalTree_ ? externalTree_ : (ownTree_ ? &*ownTree_ : nullptr);
}

QString CommentsPage::pathOf(qint64 organisationId) const
{
    return tree() && organisationId > 0 ? tree()->scopePath(organisationId) : QString();
}

qint64 CommentsPage::communeOf(qint64 cellId) const
{
    const Organisation *cell = tree() ? tree()->find(cellId) : nullptr;
    return cell ? cell->parentId : 0;
}

void CommentsPage::load()
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
            spdlog::error("comments: {} ({})", e.userMessage().toStdString(), e.detail().toStdString());
            showPageMessage(e.userMessage());
            return;
        }
    }
    fillChoices();
}

bool CommentsPage::isWorkplaceView() const
{
    // Workplace officers receive comments; every other role reads them by cell.
    return user_.may(Action::ReceiveComments);
}

void CommentsPage::fillChoices()
{
    const OrganisationTree *t = tree();
    if (!t)
        return;
    const bool workplace = isWorkplaceView();
    cellLabel_->setVisible(!workplace);
    cellCombo_->setVisible(!workplace);
    workplaceLabel_->setVisible(workplace);
    workplaceCombo_->setVisible(workplace);
    filling_ = true;
    if (workplace) {
        const qint64 current = currentWorkplaceId();
        workplaceCombo_->clear();
        for (const RoleGrant &g : user_.permissions.grants()) {
            const Organisation *o = t->find(g.organisationId);
            if (o && roleMay(g.role, Action::ReceiveComments) && workplaceCombo_->findData(o->id) < 0)
                workplaceCombo_->addItem(o->name, o->id);
        }
        const int i = workplaceCombo_->findData(current);
        workplaceCombo_->setCurrentIndex(i >= 0 ? i : (workplaceCombo_->count() > 0 ? 0 : -1));
        workplaceCombo_->setEnabled(workplaceCombo_->count() > 1);
    } else {
        const qint64 current = currentCellId();
        const QString scopePath = scopeId_ > 0 ? t->scopePath(scopeId_) : QString();
        const Organisation *scope = scopeId_ > 0 ? t->find(scopeId_) : nullptr;
        cellCombo_->clear();
        for (const Organisation *o : t->ofLevel(OrgLevel::Cell)) {
            if (!isResidenceCell(*o) || o->validTo.isValid())
                continue;
            const QString path = t->scopePath(o->id);
            if (!user_.may(Action::ReadComments, {path}))
                continue;
            if (!scopePath.isEmpty() && !path.startsWith(scopePath))
                continue;
            const Organisation *commune = t->find(o->parentId);
            addFoldedItem(cellCombo_, commune ? tr("%1 — %2").arg(o->name, commune->name) : o->name, o->id, o->code);
        }
        int i = scope && isResidenceCell(*scope) ? cellCombo_->findData(scope->id) : -1;
        if (i < 0)
            i = cellCombo_->findData(current);
        cellCombo_->setCurrentIndex(i >= 0 ? i : (cellCombo_->count() > 0 ? 0 : -1));
        cellCombo_->setEnabled(cellCombo_->count() > 1);
    }
    filling_ = false;
    reloadLists();
}

void CommentsPage::reloadLists()
{
    cell_ = {};
    workplace_.clear();
    if (!db_)
        return;
    const bool workplace = isWorkplaceView();
    if (!workplace && cellCombo_->count() == 0) {
        deadline_->clear();
        showPageMessage(user_.may(Action::ReadComments)
                            ? tr("There is no village or residential-group cell here whose comments you may read. "
                                 "Choose a commune or a cell in the organisation tree.")
                            : tr("Your roles do not include reading annual comments."));
        return;
    }
    if (workplace && workplaceCombo_->count() == 0) {
        deadline_->clear();
        showPageMessage(tr("Your roles do not include a workplace organisation receiving comments."));
        return;
    }
    try {
        const CommentService service(*db_, user_);
        const QDate deadline = service.deadline(year());
        const QDate today = QDate::currentDate();
        const QString when = today > deadline ? tr("Deadline %1 (passed).").arg(displayDate(deadline))
                                              : tr("Deadline %1.").arg(displayDate(deadline));
        if (workplace) {
            workplace_ = service.forWorkplace(currentWorkplaceId(), year());
            deadline_->setText(when);
            fillWorkplaceTable();
            stack_->setCurrentWidget(workplaceView_);
        } else {
            cell_ = service.cellComments(currentCellId(), year());
            int missing = 0;
            for (const CommentLine &l : cell_.due)
                if (!l.comment || l.comment->state() == CommentState::Draft)
                    ++missing;
            deadline_->setText(tr("%1 Due: %2; still missing (not signed): %3.")
                                   .arg(when)
                                   .arg(cell_.due.size())
                                   .arg(missing));
            fillCellTables();
            stack_->setCurrentWidget(cellView_);
        }
    } catch (const AccessDenied &e) {
        showPageMessage(e.userMessage());
    } catch (const storage::StorageError &e) {
        spdlog::error("comments: {} ({})", e.userMessage().toStdString(), e.detail().toStdString());
        showPageMessage(e.userMessage());
    }
    updateButtons();
}

void CommentsPage::fillCellTables()
{
    dueTitle_->setText(tr("Members due a comment for %1").arg(year()));
    dueTable_->setRowCount(int(cell_.due.size()));
    const CommentService service(*db_, user_);
    for (int r = 0; r < cell_.due.size(); ++r) {
        const CommentLine &l = cell_.due.at(r);
        QString figures;
        if (l.comment) {
            figures = attendanceText(*l.comment);
        } else {
            // Nothing drafted yet: the figures a draft would get.
            const AttendanceFigures a = service.attendanceOf(l.memberId, cell_.cellId, year());
            AnnualComment c;
            c.meetingsHeld = a.held;
            c.meetingsAttended = a.attended;
            c.meetingsExcused = a.excused;
            figures = attendanceText(c);
        }
        QString state = stateText(l.comment);
        if (l.request)
            state = tr("%1 (requested: %2)").arg(state, label(l.request->reason));
        setRow(dueTable_, r, {l.fullName, l.workplaceName, figures, state, conclusionText(l.comment)}, l.memberId,
               l.comment ? l.comment->id : 0);
    }
    dueTable_->resizeColumnsToContents();
    exemptTitle_->setText(tr("Exempt members (Guideline 33), not due unless a comment is requested"));
    exemptTable_->setRowCount(int(cell_.exempt.size()));
    for (int r = 0; r < cell_.exempt.size(); ++r) {
        const CommentLine &l = cell_.exempt.at(r);
        setRow(exemptTable_, r,
               {l.fullName, l.workplaceName, l.exemption ? label(*l.exemption) : QString(),
                l.request ? label(l.request->reason) : QString()},
               l.memberId, 0);
    }
    exemptTable_->resizeColumnsToContents();
}

void CommentsPage::fillWorkplaceTable()
{
    workplaceTitle_->setText(tr("Comments sent to %1 for %2").arg(workplaceCombo_->currentText()).arg(year()));
    workplaceTable_->setRowCount(int(workplace_.size()));
    for (int r = 0; r < workplace_.size(); ++r) {
        const WorkplaceComment &w = workplace_.at(r);
        setRow(workplaceTable_, r,
               {w.memberName, w.partyCardNo, w.cellName, w.communeName, label(w.comment.state()),
                w.comment.conclusion ? label(*w.comment.conclusion) : QString()},
               w.comment.memberId, w.comment.id);
    }
    workplaceTable_->resizeColumnsToContents();
}

void CommentsPage::showPageMessage(const QString &text)
{
    pageMessage_->setText(text);
    stack_->setCurrentWidget(pageMessage_);
    updateButtons();
}

QString CommentsPage::message() const
{
    return stack_->currentWidget() == pageMessage_ ? pageMessage_->text() : QString();
}

int CommentsPage::year() const
{
    return year_->value();
}

void CommentsPage::setYear(int y)
{
    year_->setValue(y); // reloads
}

QList<qint64> CommentsPage::cellIds() const
{
    QList<qint64> ids;
    for (int i = 0; i < cellCombo_->count(); ++i)
        ids << cellCombo_->itemData(i).toLongLong();
    return ids;
}

qint64 CommentsPage::currentCellId() const
{
    return cellCombo_->currentData().toLongLong();
}

bool CommentsPage::selectCell(qint64 cellId)
{
    const int i = cellCombo_->findData(cellId);
    if (i < 0)
        return false;
    cellCombo_->setCurrentIndex(i);
    return true;
}

qint64 CommentsPage::currentWorkplaceId() const
{
    return workplaceCombo_->currentData().toLongLong();
}

QList<qint64> CommentsPage::selectedCommentIds() const
{
    const QTableWidget *t = isWorkplaceView() ? workplaceTable_ : dueTable_;
    QList<qint64> ids;
    for (const QModelIndex &row : t->selectionModel()->selectedRows()) {
        const qint64 id = row.data(Qt::UserRole + 1).toLongLong();
        if (id > 0)
            ids << id;
    }
    return ids;
}

bool CommentsPage::isBusy() const
{
    return job_ != nullptr;
}

void CommentsPage::updateButtons()
{
    const bool listed = db_ && stack_->currentWidget() != pageMessage_;
    const qint64 cell = currentCellId();
    const QString cellPath = pathOf(cell);
    const bool mayWrite = listed && cell > 0 && user_.may(Action::WriteComments, {cellPath});
    open_->setEnabled(listed && dueTable_->selectionModel()->hasSelection());
    prepare_->setEnabled(listed && cell > 0 && !isBusy() && user_.may(Action::PrepareComments, {cellPath}));
    print_->setEnabled(listed && cell > 0 && !isBusy());
    markSent_->setEnabled(mayWrite && !selectedCommentIds().isEmpty());
    const qint64 workplace = currentWorkplaceId();
    const QString workplacePath = pathOf(workplace);
    markReceived_->setEnabled(listed && workplace > 0 && user_.may(Action::ReceiveComments, {workplacePath})
                              && !selectedCommentIds().isEmpty());
    request_->setEnabled(listed && workplace > 0 && user_.may(Action::RequestComments, {workplacePath}));
    export_->setEnabled(listed && workplace > 0 && !isBusy());
}

void CommentsPage::showText(const QString &text, bool problem)
{
    lastMessage_ = text;
    actionMessage_->setTextFormat(Qt::PlainText);
    actionMessage_->setText(text);
    actionMessage_->setStyleSheet(problem ? QStringLiteral("color: #b00020;") : QString());
    actionMessage_->setVisible(!text.isEmpty());
}

void CommentsPage::showBulk(const BulkOutcome &out, const QString &success)
{
    if (out.cancelled)
        showText(tr("Cancelled; nothing was changed."), true);
    else if (!out.outcome.ok())
        showText(joined(out.outcome), true);
    else
        showText(success, false);
}

void CommentsPage::afterWrite()
{
    reloadLists();
    emit commentsChanged();
}

// ---- One comment ----------------------------------------------------------------------------------

void CommentsPage::askOpen()
{
    const QModelIndexList rows = dueTable_->selectionModel()->selectedRows();
    if (!rows.isEmpty())
        openComment(rows.first().data(Qt::UserRole).toLongLong());
}

bool CommentsPage::openComment(qint64 memberId)
{
    if (!db_)
        return false;
    const CommentLine *line = nullptr;
    for (const CommentLine &l : cell_.due)
        if (l.memberId == memberId)
            line = &l;
    if (!line)
        return false;
    std::optional<AnnualComment> comment = line->comment;
    if (!comment) {
        try {
            comment = CommentService(*db_, user_).newDraft(memberId, cell_.cellId, year());
        } catch (const AccessDenied &e) {
            showText(e.userMessage(), true);
            return false;
        } catch (const storage::StorageError &e) {
            showText(e.userMessage(), true);
            return false;
        }
    }
    if (!comment)
        return false;
    if (dialog_)
        dialog_->close();
    const QString details = tr("%1, born %2, party card %3 — %4; comment of %5 for %6.")
                                .arg(line->fullName, displayDate(line->birthDate), line->partyCardNo,
                                     line->workplaceName, cell_.cellName)
                                .arg(year());
    const bool mayWrite = user_.may(Action::WriteComments, {pathOf(cell_.cellId)});
    auto *d = new CommentDialog(*comment, line->fullName, details, mayWrite, user_.fullName, this);
    dialog_ = d;
    connect(d, &CommentDialog::saveRequested, this, [this, d] {
        AnnualComment c = d->comment();
        const SaveOutcome out = saveComment(c);
        d->showOutcome(out);
        if (out.ok())
            d->setComment(c);
    });
    connect(d, &CommentDialog::signRequested, this,
            [this, d](const QString &signer, const QString &title, const QDate &day) {
                AnnualComment c = d->comment();
                const SaveOutcome out = signComment(c, signer, title, day);
                d->showOutcome(out);
                if (out.ok())
                    d->setComment(c);
            });
    connect(d, &CommentDialog::unsignRequested, this, [this, d] {
        AnnualComment c = d->comment();
        const SaveOutcome out = unsignComment(c);
        d->showOutcome(out);
        if (out.ok())
            d->setComment(c);
    });
    d->setWindowModality(Qt::WindowModal);
    d->open();
    return true;
}

SaveOutcome CommentsPage::saveComment(AnnualComment &comment)
{
    if (!db_)
        return SaveOutcome::failed(tr("No database is open."));
    const SaveOutcome out = CommentService(*db_, user_).save(comment);
    if (out.ok()) {
        showText(tr("Comment saved."), false);
        afterWrite();
    } else {
        showText(joined(out), true);
    }
    return out;
}

SaveOutcome CommentsPage::signComment(AnnualComment &comment, const QString &signer, const QString &title,
                                      const QDate &day)
{
    if (!db_)
        return SaveOutcome::failed(tr("No database is open."));
    const SaveOutcome out = CommentService(*db_, user_).sign(comment, signer, title, day);
    if (out.ok()) {
        showText(tr("Comment signed by %1 on %2.").arg(signer, displayDate(day)), false);
        afterWrite();
    } else {
        showText(joined(out), true);
    }
    return out;
}

SaveOutcome CommentsPage::unsignComment(AnnualComment &comment)
{
    if (!db_)
        return SaveOutcome::failed(tr("No database is open."));
    const SaveOutcome out = CommentService(*db_, user_).unsign(comment);
    if (out.ok()) {
        showText(tr("The comment is a draft again."), false);
        afterWrite();
    } else {
        showText(joined(out), true);
    }
    return out;
}

// ---- Bulk -----------------------------------------------------------------------------------------

void CommentsPage::askPrepareDrafts()
{
    const qint64 cell = currentCellId();
    if (!db_ || cell <= 0 || isBusy())
        return;
    const qint64 commune = communeOf(cell);
    if (commune <= 0 || !user_.may(Action::PrepareComments, {pathOf(commune)})) {
        prepareDrafts(cell);
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Question, tr("Prepare drafts"),
                                tr("Prepare drafts for every member due without a comment in %1?").arg(year()),
                                QMessageBox::Cancel, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *forCell = box->addButton(tr("This cell"), QMessageBox::AcceptRole);
    QPushButton *forCommune = box->addButton(tr("The whole commune"), QMessageBox::AcceptRole);
    connect(box, &QMessageBox::buttonClicked, this, [this, forCell, forCommune, cell, commune](QAbstractButton *b) {
        if (b == forCell)
            prepareDrafts(cell);
        else if (b == forCommune)
            prepareDrafts(commune);
    });
    box->setWindowModality(Qt::WindowModal);
    box->open();
}

bool CommentsPage::prepareDrafts(qint64 scopeOrgId)
{
    if (!db_)
        return false;
    if (isBusy()) {
        showText(tr("Other work is under way; wait for it to finish."), true);
        return false;
    }
    auto job = std::make_shared<Job>();
    job->kind = Job::Kind::Drafts;
    job->scopeOrgId = scopeOrgId;
    job->year = year();
    const Organisation *o = tree() ? tree()->find(scopeOrgId) : nullptr;
    return startJob(job, tr("Prepare drafts"),
                    tr("Preparing the comment drafts of %1 for %2…").arg(year()).arg(o ? o->name : cell_.cellName));
}

void CommentsPage::askMarkSent()
{
    const QList<qint64> ids = selectedCommentIds();
    if (ids.isEmpty())
        return;
    auto *d = new CommentDayDialog(tr("Mark sent"),
                                   tr("The day the selected signed comments were sent to the workplace organisations:"),
                                   this);
    connect(d, &QDialog::accepted, this, [this, d, ids] { markSent(ids, d->day()); });
    d->setWindowModality(Qt::WindowModal);
    d->open();
}

BulkOutcome CommentsPage::markSent(const QList<qint64> &commentIds, const QDate &day)
{
    if (!db_)
        return {SaveOutcome::failed(tr("No database is open."))};
    const BulkOutcome out = CommentService(*db_, user_).markSent(commentIds, day);
    showBulk(out, tr("Marked sent on %1: %2; %3 left as they were (not signed, or sent already).")
                      .arg(displayDate(day))
                      .arg(out.done)
                      .arg(out.existing));
    if (out.outcome.ok())
        afterWrite();
    return out;
}

void CommentsPage::askMarkReceived()
{
    const QList<qint64> ids = selectedCommentIds();
    if (ids.isEmpty())
        return;
    auto *d = new CommentDayDialog(tr("Mark received"), tr("The day the selected comments were received:"), this);
    connect(d, &QDialog::accepted, this, [this, d, ids] { markReceived(ids, d->day()); });
    d->setWindowModality(Qt::WindowModal);
    d->open();
}

BulkOutcome CommentsPage::markReceived(const QList<qint64> &commentIds, const QDate &day)
{
    if (!db_)
        return {SaveOutcome::failed(tr("No database is open."))};
    const BulkOutcome out = CommentService(*db_, user_).markReceived(commentIds, day);
    showBulk(out, tr("Marked received on %1: %2; %3 left as they were.")
                      .arg(displayDate(day))
                      .arg(out.done)
                      .arg(out.existing));
    if (out.outcome.ok())
        afterWrite();
    return out;
}

// ---- Requests -------------------------------------------------------------------------------------

void CommentsPage::askRequest()
{
    const qint64 workplace = currentWorkplaceId();
    if (!db_ || workplace <= 0)
        return;
    // The workplace's exempt members: only they need a request to be commented on.
    QList<storage::WorkingMemberRow> exempt;
    try {
        storage::WorkingMemberQuery q;
        q.organisationId = workplace;
        q.states = {storage::WorkingMemberState::Exempt};
        exempt = ReferralQueries(*db_, user_).workingMembers(q, 0, 5000);
    } catch (const AccessDenied &e) {
        showText(e.userMessage(), true);
        return;
    } catch (const storage::StorageError &e) {
        showText(e.userMessage(), true);
        return;
    }
    if (exempt.isEmpty()) {
        showText(tr("None of this organisation's members is exempt: every referred member is commented on anyway."),
                 false);
        return;
    }
    auto *d = new QDialog(this);
    d->setObjectName(QStringLiteral("commentRequestDialog"));
    d->setAttribute(Qt::WA_DeleteOnClose);
    d->setWindowTitle(tr("Request a comment"));
    auto *member = new QComboBox(d);
    member->setObjectName(QStringLiteral("requestMember"));
    for (const storage::WorkingMemberRow &m : exempt)
        member->addItem(tr("%1 (%2)").arg(m.fullName, m.exemptionReason ? label(*m.exemptionReason) : QString()),
                        m.memberId);
    auto *reason = new QComboBox(d);
    reason->setObjectName(QStringLiteral("requestReason"));
    for (CommentRequestReason r : allValues<CommentRequestReason>())
        reason->addItem(label(r), code(r));
    auto *note = new QPlainTextEdit(d);
    note->setObjectName(QStringLiteral("requestNote"));
    note->setTabChangesFocus(true);
    auto *problem = new QLabel(d);
    problem->setObjectName(QStringLiteral("requestProblem"));
    styleAsError(problem);
    problem->hide();
    auto *form = new QFormLayout;
    form->addRow(tr("Member (exempt):"), member);
    form->addRow(tr("Reason:"), reason);
    form->addRow(tr("Note (which post, reward or case):"), note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, d);
    auto *layout = new QVBoxLayout(d);
    layout->addLayout(form);
    layout->addWidget(problem);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, d, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, d, [this, d, member, reason, note, problem] {
        CommentRequest r;
        r.memberId = member->currentData().toLongLong();
        r.year = year();
        r.reason = fromCode<CommentRequestReason>(reason->currentData().toString()).value_or(CommentRequestReason::Other);
        r.note = note->toPlainText().trimmed();
        r.requestedDate = QDate::currentDate();
        // 0: the service records the issuer of the member's active referral, which the
        // chosen organisation may only be a parent of.
        r.requestedByOrgId = 0;
        const SaveOutcome out = requestComment(r);
        if (out.ok()) {
            d->accept();
            return;
        }
        problem->setText(joined(out));
        problem->show();
    });
    d->setWindowModality(Qt::WindowModal);
    d->open();
}

SaveOutcome CommentsPage::requestComment(CommentRequest &request)
{
    if (!db_)
        return SaveOutcome::failed(tr("No database is open."));
    const SaveOutcome out = CommentService(*db_, user_).saveRequest(request);
    if (out.ok()) {
        showText(tr("Comment requested for %1.").arg(request.year), false);
        afterWrite();
    } else {
        showText(joined(out), true);
    }
    return out;
}

// ---- Files on a worker ----------------------------------------------------------------------------

void CommentsPage::askPrint()
{
    const qint64 cell = currentCellId();
    if (!db_ || cell <= 0 || isBusy())
        return;
    const qint64 commune = communeOf(cell);
    auto *d = new QDialog(this);
    d->setObjectName(QStringLiteral("commentPrintDialog"));
    d->setAttribute(Qt::WA_DeleteOnClose);
    d->setWindowTitle(tr("Print comment forms"));
    auto *forCell = new QRadioButton(tr("This cell: %1").arg(cell_.cellName), d);
    forCell->setChecked(true);
    auto *forCommune = new QRadioButton(tr("Every cell of the commune: %1").arg(cell_.communeName), d);
    forCommune->setEnabled(commune > 0 && user_.may(Action::ReadComments, {pathOf(commune)}));
    auto *drafts = new QCheckBox(tr("Include drafts (marked as such, with blanks to fill in by hand)"), d);
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const Organisation *o = tree() ? tree()->find(cell) : nullptr;
    auto *file = new QLineEdit(QDir(folder.isEmpty() ? QDir::homePath() : folder)
                                   .filePath(tr("comments-%1-%2.pdf").arg(o ? o->code : QString::number(cell)).arg(year())),
                               d);
    auto *browse = new QPushButton(tr("Browse…"), d);
    connect(browse, &QPushButton::clicked, d, [d, file] {
        const QString path = QFileDialog::getSaveFileName(d, CommentsPage::tr("Print comment forms"), file->text(),
                                                          CommentsPage::tr("PDF files (*.pdf)"));
        if (!path.isEmpty())
            file->setText(path);
    });
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(file, 1);
    fileRow->addWidget(browse);
    auto *problem = new QLabel(d);
    styleAsError(problem);
    problem->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, d);
    auto *layout = new QVBoxLayout(d);
    layout->addWidget(forCell);
    layout->addWidget(forCommune);
    layout->addWidget(drafts);
    layout->addWidget(new QLabel(tr("PDF file:"), d));
    layout->addLayout(fileRow);
    layout->addWidget(problem);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, d, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, d, [this, d, forCommune, drafts, file, problem, cell, commune] {
        const QString path = file->text().trimmed();
        QString why;
        if (path.isEmpty() || QFileInfo(path).isDir())
            why = tr("Choose the PDF file to write.");
        else if (!QFileInfo(QFileInfo(path).absolutePath()).isDir())
            why = tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath()));
        else if (!printForms(forCommune->isChecked() ? commune : cell, drafts->isChecked(), path))
            why = tr("A file is being written already; wait for it.");
        if (why.isEmpty()) {
            d->accept();
            return;
        }
        problem->setText(why);
        problem->show();
    });
    d->setWindowModality(Qt::WindowModal);
    d->open();
}

bool CommentsPage::printForms(qint64 scopeOrgId, bool includeDrafts, const QString &pdfPath)
{
    if (!db_ || isBusy() || pdfPath.isEmpty())
        return false;
    auto job = std::make_shared<Job>();
    job->kind = Job::Kind::Print;
    job->path = QFileInfo(pdfPath).absoluteFilePath();
    job->scopeOrgId = scopeOrgId;
    job->year = year();
    job->includeDrafts = includeDrafts;
    return startJob(job, tr("Print comment forms"), tr("Writing %1…").arg(QDir::toNativeSeparators(job->path)));
}

void CommentsPage::askExport()
{
    if (!db_ || currentWorkplaceId() <= 0 || isBusy())
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(folder.isEmpty() ? QDir::homePath() : folder).filePath(tr("comments-%1.xlsx").arg(year()));
    auto *d = new QFileDialog(this, tr("Export comments"), suggested,
                              tr("Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)"));
    d->setAttribute(Qt::WA_DeleteOnClose);
    d->setAcceptMode(QFileDialog::AcceptSave);
    connect(d, &QFileDialog::fileSelected, this, [this](const QString &path) { exportWorkplaceComments(path); });
    d->setWindowModality(Qt::WindowModal);
    d->open();
}

bool CommentsPage::exportWorkplaceComments(const QString &path)
{
    if (!db_ || isBusy() || path.isEmpty())
        return false;
    auto job = std::make_shared<Job>();
    job->kind = Job::Kind::Export;
    job->path = QFileInfo(path).absoluteFilePath();
    // The table of what the list shows, in the interface language.
    reports::Report &report = job->report;
    report.name = QStringLiteral("comments-received");
    report.title = tr("Annual comments received");
    report.scopeName = workplaceCombo_->currentText();
    report.scopeLevel = OrgLevel::Workplace;
    report.periodLabel = tr("Year %1").arg(year());
    reports::ReportTable table;
    table.columns = {{tr("Member")},         {tr("Party card")}, {tr("Residence cell")}, {tr("Commune")},
                     {tr("State")},          {tr("Conclusion")}, {tr("Signed on")},      {tr("Signed by")},
                     {tr("Sent on")},        {tr("Received on")}};
    for (const WorkplaceComment &w : workplace_) {
        reports::ReportRow row;
        row.level = 1;
        row.cells = {w.memberName,
                     w.partyCardNo,
                     w.cellName,
                     w.communeName,
                     label(w.comment.state()),
                     w.comment.conclusion ? label(*w.comment.conclusion) : QString(),
                     displayDate(w.comment.signedDate),
                     w.comment.signedBy,
                     displayDate(w.comment.sentDate),
                     displayDate(w.comment.receivedDate)};
        table.rows << row;
    }
    report.tables = {table};
    return startJob(job, tr("Export comments"), tr("Writing %1…").arg(QDir::toNativeSeparators(job->path)));
}

bool CommentsPage::startJob(std::shared_ptr<Job> job, const QString &title, const QString &label)
{
    job->dbPath = db_->path();
    job->user = user_;
    job_ = job;
    watcher_.setFuture(QtConcurrent::run([job] {
        const QString shown = QDir::toNativeSeparators(job->path);
        try {
            if (job->kind == Job::Kind::Drafts) {
                // Written on a connection of the worker's own, in one transaction the
                // service rolls back when cancelled.
                storage::Database db = storage::Database::open(job->dbPath, storage::Database::Create::MustExist,
                                                               storage::Database::IntegrityCheck::Skip);
                job->drafts = CommentService(db, job->user)
                                  .prepareDrafts(job->scopeOrgId, job->year, [job](qint64 done, qint64 total) {
                                      job->total.store(total);
                                      job->done.store(done);
                                      return !job->cancel.load();
                                  });
                job->ok = job->drafts.outcome.ok();
                if (!job->ok && !job->drafts.cancelled)
                    job->error = joined(job->drafts.outcome);
                return;
            }
            if (job->kind == Job::Kind::Print) {
                // The worker reads on a connection of its own: the GUI's stays free.
                storage::Database db = storage::Database::open(job->dbPath, storage::Database::Create::MustExist,
                                                               storage::Database::IntegrityCheck::Skip);
                const QList<CommentForm> forms =
                    CommentService(db, job->user).forms(job->scopeOrgId, job->year, job->includeDrafts);
                if (forms.isEmpty()) {
                    job->error = job->includeDrafts
                                     ? CommentsPage::tr("There is no comment to print for %1.").arg(job->year)
                                     : CommentsPage::tr("There is no signed comment to print for %1; include the "
                                                        "drafts to print them.")
                                           .arg(job->year);
                    return;
                }
                job->total.store(forms.size());
                job->ok = reports::writeCommentFormsPdf(
                    forms, job->path,
                    [job](int done, int) {
                        job->done.store(done);
                        return !job->cancel.load();
                    },
                    &job->error);
                return;
            }
            // Export: CSV or XLSX by the suffix; a file complete or none at all.
            if (job->path.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive)) {
                QSaveFile file(job->path);
                if (!file.open(QIODevice::WriteOnly) || file.write(reports::toCsv(job->report)) < 0 || !file.commit()) {
                    job->error = CommentsPage::tr("Cannot write %1: %2").arg(shown, file.errorString());
                    return;
                }
                job->ok = true;
            } else {
                job->ok = reports::writeReportXlsx(job->report, job->path, &job->error);
            }
        } catch (const storage::StorageError &e) {
            spdlog::error("comments file: {} ({})", e.userMessage().toStdString(), e.detail().toStdString());
            job->error = e.userMessage();
        } catch (const AccessDenied &e) {
            job->error = e.userMessage();
        }
    }));
    auto *dialog = newWorkProgressDialog(this, title, label, job);
    dialog->setObjectName(QStringLiteral("commentProgress"));
    progress_ = dialog;
    updateButtons();
    return true;
}

void CommentsPage::jobFinished()
{
    const std::shared_ptr<Job> job = std::exchange(job_, nullptr);
    if (progress_) {
        progress_->hide();
        progress_->deleteLater();
    }
    updateButtons();
    if (!job)
        return;
    if (job->kind == Job::Kind::Drafts) {
        const BulkOutcome &out = job->drafts;
        QString message;
        if (job->ok)
            message = tr("Drafts prepared: %1 new; %2 members already had a comment.").arg(out.done).arg(out.existing);
        else
            message = job->error.isEmpty() ? tr("Cancelled; no draft was written.") : job->error;
        showText(message, !job->ok);
        if (job->ok)
            afterWrite();
        emit draftsPrepared(job->ok, message);
        return;
    }
    const QString shown = QDir::toNativeSeparators(job->path);
    QString message;
    if (job->ok)
        message = job->kind == Job::Kind::Print ? tr("Wrote the comment forms to %1.").arg(shown)
                                                : tr("Exported the comments to %1.").arg(shown);
    else
        message = job->error.isEmpty() ? tr("Cancelled; no file was written.") : job->error;
    showText(message, !job->ok);
    if (job->kind == Job::Kind::Print)
        emit printed(job->ok, job->path, message);
    else
        emit exported(job->ok, job->path, message);
}

// ---- Language -------------------------------------------------------------------------------------

void CommentsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (db_)
            refresh();
    }
    QWidget::changeEvent(event);
}

void CommentsPage::retranslate()
{
    yearLabel_->setText(tr("&Year:"));
    cellLabel_->setText(tr("&Cell:"));
    workplaceLabel_->setText(tr("&Workplace organisation:"));
    dueTable_->setHorizontalHeaderLabels(
        {tr("Member"), tr("Workplace organisation"), tr("Attendance of the year"), tr("State"), tr("Conclusion")});
    exemptTable_->setHorizontalHeaderLabels({tr("Member"), tr("Workplace organisation"), tr("Exemption"), tr("Request")});
    workplaceTable_->setHorizontalHeaderLabels(
        {tr("Member"), tr("Party card"), tr("Residence cell"), tr("Commune"), tr("State"), tr("Conclusion")});
    open_->setText(tr("&Open…"));
    prepare_->setText(tr("&Prepare drafts"));
    print_->setText(tr("P&rint forms…"));
    markSent_->setText(tr("Mark &sent…"));
    markReceived_->setText(tr("Mark &received…"));
    request_->setText(tr("Re&quest a comment…"));
    export_->setText(tr("&Export…"));
}

} // namespace cutru
