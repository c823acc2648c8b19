#include "app/referrals_page.h"

#include "domain/dates.h"

#include "app/folding_completer.h"
#include "app/form_errors.h"
#include "app/referral_dialogs.h"
#include "app/referral_models.h"
#include "app/work_progress.h"
#include "domain/vietnamese_text.h"
#include "reports/referral_letters_data.h"

#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressDialog>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QStandardPaths>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>
#include <atomic>
#include <spdlog/spdlog.h>

namespace cutru {
namespace {

constexpr int kTypingDelayMs = 300;

// The inbox's state filter.
enum class InboxFilter { Active, Waiting, Overdue, Received, Assigned, Exempt, Ended, All };
// The workplace tab's: "all", "without an active referral", then each state.
constexpr int kWorkingAll = -1;
constexpr int kWorkingWithoutActive = -2;

QString nameList(const QStringList &names)
{
    return QLocale().createSeparatedList(names);
}

QTableView *newTable(QWidget *parent, const QString &name, QAbstractItemModel *model)
{
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->setSortingEnabled(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
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

QString ReferralsPage::overdueDaysKey()
{
    return QStringLiteral("referrals/overdueDays");
}

int ReferralsPage::overdueDaysSetting()
{
    const int days = QSettings().value(overdueDaysKey(), ReferralQueries::kDefaultOverdueDays).toInt();
    return days > 0 ? days : ReferralQueries::kDefaultOverdueDays;
}

void ReferralsPage::setOverdueDaysSetting(int days)
{
    QSettings().setValue(overdueDaysKey(), days);
}

// A letters worker's state, shared with the progress dialog.
struct ReferralsPage::LetterJob : WorkProgress {
    QString pdfPath;
    // Set by the worker before it finishes.
    bool ok = false;
    int letters = 0;
    QString error; // empty when cancelled
};

ReferralsPage::ReferralsPage(QWidget *parent) : QWidget(parent)
{
    tabs_ = new QTabWidget(this);
    tabs_->setObjectName(QStringLiteral("referralTabs"));
    buildInboxTab();
    buildWorkplaceTab();

    actionMessage_ = new QLabel(this);
    actionMessage_->setObjectName(QStringLiteral("referralMessage"));
    actionMessage_->setWordWrap(true);
    actionMessage_->setTextFormat(Qt::PlainText);
    actionMessage_->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse);
    actionMessage_->setOpenExternalLinks(true);
    actionMessage_->setVisible(false);

    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(actionMessage_);
    contentLayout->addWidget(tabs_, 1);

    pageMessage_ = new QLabel(this);
    pageMessage_->setObjectName(QStringLiteral("referralPageMessage"));
    pageMessage_->setWordWrap(true);
    pageMessage_->setAlignment(Qt::AlignCenter);

    stack_ = new QStackedWidget(this);
    stack_->addWidget(content);
    stack_->addWidget(pageMessage_);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(stack_);

    inboxTyping_.setSingleShot(true);
    inboxTyping_.setInterval(kTypingDelayMs);
    connect(&inboxTyping_, &QTimer::timeout, this, &ReferralsPage::applyInboxFilters);
    workingTyping_.setSingleShot(true);
    workingTyping_.setInterval(kTypingDelayMs);
    connect(&workingTyping_, &QTimer::timeout, this, &ReferralsPage::applyWorkingFilters);

    retranslate();
    showPageMessage(tr("No database is open."));
}

ReferralsPage::~ReferralsPage()
{
    // A letters worker still running is told to stop; its file is not left half written.
    if (letterJob_)
        letterJob_->cancel.store(true);
    letterWatcher_.waitForFinished();
    inboxModel_->setQueries(nullptr);
    workingModel_->setQueries(nullptr);
}

void ReferralsPage::buildInboxTab()
{
    inboxTab_ = new QWidget(tabs_);
    inboxTab_->setObjectName(QStringLiteral("referralInboxTab"));
    inboxModel_ = new ReferralInboxModel(this);
    inboxModel_->setOverdueDays(overdueDaysSetting());

    inboxStateLabel_ = new QLabel(inboxTab_);
    inboxState_ = new QComboBox(inboxTab_);
    inboxState_->setObjectName(QStringLiteral("referralInboxState"));
    inboxState_->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    inboxSearchLabel_ = new QLabel(inboxTab_);
    inboxSearch_ = new QLineEdit(inboxTab_);
    inboxSearch_->setObjectName(QStringLiteral("referralInboxSearch"));
    inboxSearch_->setClearButtonEnabled(true);
    overdueLabel_ = new QLabel(inboxTab_);
    overdueDays_ = new QSpinBox(inboxTab_);
    overdueDays_->setObjectName(QStringLiteral("referralOverdueDays"));
    overdueDays_->setRange(1, 730);
    overdueDays_->setValue(overdueDaysSetting());
    inboxStateLabel_->setBuddy(inboxState_);
    inboxSearchLabel_->setBuddy(inboxSearch_);
    overdueLabel_->setBuddy(overdueDays_);

    auto *filters = new QHBoxLayout;
    for (QWidget *w : std::initializer_list<QWidget *>{inboxStateLabel_, inboxState_, inboxSearchLabel_, inboxSearch_,
                                                       overdueLabel_, overdueDays_})
        filters->addWidget(w);
    filters->setStretchFactor(inboxSearch_, 1);

    inboxCount_ = new QLabel(inboxTab_);
    inboxCount_->setObjectName(QStringLiteral("referralInboxCount"));
    inboxView_ = newTable(inboxTab_, QStringLiteral("referralInboxView"), inboxModel_);
    const QFontMetrics fm = inboxView_->fontMetrics();
    const int em = fm.horizontalAdvance(QLatin1Char('M'));
    inboxView_->setColumnWidth(ReferralInboxModel::MemberColumn, em * 14);
    inboxView_->setColumnWidth(ReferralInboxModel::CardColumn, fm.horizontalAdvance(QStringLiteral("0000000000")) + 24);
    inboxView_->setColumnWidth(ReferralInboxModel::CommuneColumn, em * 12);
    inboxView_->setColumnWidth(ReferralInboxModel::IssuerColumn, em * 14);
    inboxView_->setColumnWidth(ReferralInboxModel::LetterColumn, fm.horizontalAdvance(QStringLiteral("0000/0000")) + 24);
    inboxView_->setColumnWidth(ReferralInboxModel::IssuedColumn, fm.horizontalAdvance(QStringLiteral("00/00/0000")) + 24);
    inboxView_->setColumnWidth(ReferralInboxModel::WaitedColumn, em * 6);
    inboxView_->setColumnWidth(ReferralInboxModel::StateColumn, em * 10);
    inboxView_->setColumnWidth(ReferralInboxModel::ReceivedColumn, fm.horizontalAdvance(QStringLiteral("00/00/0000")) + 24);
    inboxView_->setColumnWidth(ReferralInboxModel::CellColumn, em * 12);

    receive_ = new QPushButton(inboxTab_);
    receive_->setObjectName(QStringLiteral("referralReceive"));
    assign_ = new QPushButton(inboxTab_);
    assign_->setObjectName(QStringLiteral("referralAssign"));
    exempt_ = new QPushButton(inboxTab_);
    exempt_->setObjectName(QStringLiteral("referralExempt"));
    end_ = new QPushButton(inboxTab_);
    end_->setObjectName(QStringLiteral("referralEnd"));
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {receive_, assign_, exempt_, end_})
        buttons->addWidget(b);
    buttons->addStretch(1);

    auto *layout = new QVBoxLayout(inboxTab_);
    layout->addLayout(filters);
    layout->addWidget(inboxCount_);
    layout->addWidget(inboxView_, 1);
    layout->addLayout(buttons);
    tabs_->addTab(inboxTab_, QString());

    connect(inboxState_, &QComboBox::currentIndexChanged, this, [this] {
        if (!filling_)
            applyInboxFilters();
    });
    connect(inboxSearch_, &QLineEdit::textChanged, this, [this] {
        if (!filling_)
            inboxTyping_.start();
    });
    connect(inboxSearch_, &QLineEdit::returnPressed, this, &ReferralsPage::applyInboxFilters);
    connect(overdueDays_, &QSpinBox::valueChanged, this, [this](int days) {
        setOverdueDaysSetting(days);
        inboxModel_->setOverdueDays(days);
        if (inboxState_->currentData().toInt() == int(InboxFilter::Overdue))
            applyInboxFilters();
        else
            updateCounts();
    });
    connect(inboxView_->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ReferralsPage::updateButtons);
    connect(inboxModel_, &QAbstractItemModel::modelReset, this, &ReferralsPage::updateButtons);
    connect(inboxModel_, &ReferralInboxModel::errorOccurred, this, [this](const QString &m) {
        lastMessage_ = m;
        lastWasProblem_ = true;
        actionMessage_->setText(m);
        styleAsError(actionMessage_);
        actionMessage_->setVisible(true);
    });
    connect(receive_, &QPushButton::clicked, this, &ReferralsPage::askReceive);
    connect(assign_, &QPushButton::clicked, this, &ReferralsPage::askAssign);
    connect(exempt_, &QPushButton::clicked, this, &ReferralsPage::askExempt);
    connect(end_, &QPushButton::clicked, this, &ReferralsPage::askEnd);
}

void ReferralsPage::buildWorkplaceTab()
{
    workplaceTab_ = new QWidget(tabs_);
    workplaceTab_->setObjectName(QStringLiteral("referralWorkplaceTab"));
    workingModel_ = new WorkingMembersModel(this);

    organisationLabel_ = new QLabel(workplaceTab_);
    organisation_ = new QComboBox(workplaceTab_);
    organisation_->setObjectName(QStringLiteral("referralOrganisation"));
    organisation_->setMinimumContentsLength(24);
    organisation_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    makeSearchable(organisation_);
    workingStateLabel_ = new QLabel(workplaceTab_);
    workingState_ = new QComboBox(workplaceTab_);
    workingState_->setObjectName(QStringLiteral("referralWorkingState"));
    workingState_->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    workingSearchLabel_ = new QLabel(workplaceTab_);
    workingSearch_ = new QLineEdit(workplaceTab_);
    workingSearch_->setObjectName(QStringLiteral("referralWorkingSearch"));
    workingSearch_->setClearButtonEnabled(true);
    organisationLabel_->setBuddy(organisation_);
    workingStateLabel_->setBuddy(workingState_);
    workingSearchLabel_->setBuddy(workingSearch_);

    auto *filters = new QHBoxLayout;
    for (QWidget *w : std::initializer_list<QWidget *>{organisationLabel_, organisation_, workingStateLabel_,
                                                       workingState_, workingSearchLabel_, workingSearch_})
        filters->addWidget(w);
    filters->setStretchFactor(workingSearch_, 1);

    workingCount_ = new QLabel(workplaceTab_);
    workingCount_->setObjectName(QStringLiteral("referralWorkingCount"));
    workingView_ = newTable(workplaceTab_, QStringLiteral("referralWorkingView"), workingModel_);
    const QFontMetrics fm = workingView_->fontMetrics();
    const int em = fm.horizontalAdvance(QLatin1Char('M'));
    workingView_->setColumnWidth(WorkingMembersModel::MemberColumn, em * 14);
    workingView_->setColumnWidth(WorkingMembersModel::CardColumn, fm.horizontalAdvance(QStringLiteral("0000000000")) + 24);
    workingView_->setColumnWidth(WorkingMembersModel::OrganisationColumn, em * 14);
    workingView_->setColumnWidth(WorkingMembersModel::ResidenceColumn, em * 12);
    workingView_->setColumnWidth(WorkingMembersModel::StateColumn, em * 10);
    workingView_->setColumnWidth(WorkingMembersModel::LetterColumn, fm.horizontalAdvance(QStringLiteral("0000/0000")) + 24);
    workingView_->setColumnWidth(WorkingMembersModel::IssuedColumn, fm.horizontalAdvance(QStringLiteral("00/00/0000")) + 24);
    workingView_->setColumnWidth(WorkingMembersModel::ToColumn, em * 12);
    workingView_->setColumnWidth(WorkingMembersModel::ReceivedColumn, fm.horizontalAdvance(QStringLiteral("00/00/0000")) + 24);

    issue_ = new QPushButton(workplaceTab_);
    issue_->setObjectName(QStringLiteral("referralIssue"));
    move_ = new QPushButton(workplaceTab_);
    move_->setObjectName(QStringLiteral("referralMove"));
    endMembers_ = new QPushButton(workplaceTab_);
    endMembers_->setObjectName(QStringLiteral("referralEndMembers"));
    replySlip_ = new QPushButton(workplaceTab_);
    replySlip_->setObjectName(QStringLiteral("referralReplySlip"));
    notReferred_ = new QPushButton(workplaceTab_);
    notReferred_->setObjectName(QStringLiteral("referralNotReferred"));
    printLetters_ = new QPushButton(workplaceTab_);
    printLetters_->setObjectName(QStringLiteral("referralPrintLetters"));
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {issue_, move_, endMembers_, replySlip_, notReferred_})
        buttons->addWidget(b);
    buttons->addStretch(1);
    buttons->addWidget(printLetters_);

    auto *layout = new QVBoxLayout(workplaceTab_);
    layout->addLayout(filters);
    layout->addWidget(workingCount_);
    layout->addWidget(workingView_, 1);
    layout->addLayout(buttons);
    tabs_->addTab(workplaceTab_, QString());

    connect(organisation_, &QComboBox::currentIndexChanged, this, [this] {
        if (!filling_)
            applyWorkingFilters();
    });
    connect(workingState_, &QComboBox::currentIndexChanged, this, [this] {
        if (!filling_)
            applyWorkingFilters();
    });
    connect(workingSearch_, &QLineEdit::textChanged, this, [this] {
        if (!filling_)
            workingTyping_.start();
    });
    connect(workingSearch_, &QLineEdit::returnPressed, this, &ReferralsPage::applyWorkingFilters);
    connect(workingView_->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ReferralsPage::updateButtons);
    connect(workingModel_, &QAbstractItemModel::modelReset, this, &ReferralsPage::updateButtons);
    connect(workingModel_, &WorkingMembersModel::errorOccurred, this, [this](const QString &m) {
        lastMessage_ = m;
        lastWasProblem_ = true;
        actionMessage_->setText(m);
        styleAsError(actionMessage_);
        actionMessage_->setVisible(true);
    });
    connect(issue_, &QPushButton::clicked, this, &ReferralsPage::askIssue);
    connect(move_, &QPushButton::clicked, this, &ReferralsPage::askMove);
    connect(endMembers_, &QPushButton::clicked, this, &ReferralsPage::askEndForMembers);
    connect(replySlip_, &QPushButton::clicked, this, &ReferralsPage::askReplySlip);
    connect(notReferred_, &QPushButton::clicked, this, &ReferralsPage::askNotReferred);
    connect(printLetters_, &QPushButton::clicked, this, &ReferralsPage::askPrintLetters);
    connect(&letterWatcher_, &QFutureWatcher<void>::finished, this, &ReferralsPage::lettersFinished);
}

// ---- Database and loading ---------------------------------------------------------------

void ReferralsPage::setDatabase(storage::Database *db, const ActingUser &user)
{
    if (dialog_)
        dialog_->close();
    inboxModel_->setQueries(nullptr);
    workingModel_->setQueries(nullptr);
    queries_.reset();
    db_ = db;
    acting_ = user;
    lastMessage_.clear();
    actionMessage_->setVisible(false);
    refresh();
}

void ReferralsPage::refresh()
{
    dirty_ = true;
    if (isVisible())
        load();
}

void ReferralsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (dirty_)
        load();
}

void ReferralsPage::load()
{
    dirty_ = false;
    inboxModel_->setQueries(nullptr);
    workingModel_->setQueries(nullptr);
    queries_.reset();
    if (!db_) {
        showPageMessage(tr("No database is open."));
        return;
    }
    queries_ = std::make_unique<ReferralQueries>(*db_, acting_);
    bool inbox = false, working = false;
    try {
        inbox = queries_->hasInbox();
        working = queries_->hasWorkingMembers();
    } catch (const storage::StorageError &e) {
        spdlog::error("referrals: {} ({})", e.userMessage().toStdString(), e.detail().toStdString());
        showPageMessage(e.userMessage());
        return;
    }
    if (!inbox && !working) {
        showPageMessage(ReferralQueries::refusal());
        return;
    }
    tabs_->setTabVisible(tabs_->indexOf(inboxTab_), inbox);
    tabs_->setTabVisible(tabs_->indexOf(workplaceTab_), working);
    if (!tabs_->isTabVisible(tabs_->currentIndex()))
        tabs_->setCurrentWidget(inbox ? inboxTab_ : workplaceTab_);
    stack_->setCurrentIndex(0);
    fillOrganisations();
    // Columns that would repeat one value on every line: the commune for an office of
    // one commune, the organisation for an officer of one organisation.
    int communeGrants = 0;
    bool seesAll = false;
    for (const RoleGrant &g : acting_.permissions.grants()) {
        communeGrants += g.role == Role::CommuneOffice ? 1 : 0;
        seesAll = seesAll || g.role == Role::ProvincialBoard || g.role == Role::Auditor;
    }
    inboxView_->setColumnHidden(ReferralInboxModel::CommuneColumn, communeGrants == 1 && !seesAll);
    workingView_->setColumnHidden(WorkingMembersModel::OrganisationColumn, organisation_->isHidden());
    // The filters' queries first, then the source: each list reads once.
    applyInboxFilters();
    applyWorkingFilters();
    inboxModel_->setQueries(inbox ? queries_.get() : nullptr);
    workingModel_->setQueries(working ? queries_.get() : nullptr);
    updateCounts();
    updateButtons();
}

void ReferralsPage::showPageMessage(const QString &text)
{
    pageMessage_->setText(text);
    stack_->setCurrentIndex(1);
    updateButtons();
}

QString ReferralsPage::message() const
{
    return stack_->currentIndex() == 1 ? pageMessage_->text() : QString();
}

ReferralActionDialog *ReferralsPage::openDialog() const
{
    return dialog_;
}

QString ReferralsPage::lastMessage() const
{
    return lastMessage_;
}

void ReferralsPage::fillOrganisations()
{
    const qint64 current = organisation_->currentData().toLongLong();
    QList<storage::OrganisationChoice> orgs;
    try {
        if (queries_ && queries_->hasWorkingMembers())
            orgs = queries_->workplaceOrganisations();
    } catch (const storage::StorageError &e) {
        spdlog::error("workplace organisations: {} ({})", e.userMessage().toStdString(), e.detail().toStdString());
    }
    filling_ = true;
    organisation_->clear();
    addFoldedItem(organisation_, tr("All organisations"), qint64(0));
    for (const auto &o : std::as_const(orgs))
        addFoldedItem(organisation_, o.name, o.id, o.code);
    const int i = organisation_->findData(current);
    organisation_->setCurrentIndex(i >= 0 ? i : 0);
    filling_ = false;
    // One organisation: nothing to choose.
    organisationLabel_->setVisible(orgs.size() > 1);
    organisation_->setVisible(orgs.size() > 1);
}

void ReferralsPage::fillStateCombos()
{
    filling_ = true;
    const int inboxCurrent = inboxState_->currentIndex();
    inboxState_->clear();
    inboxState_->addItem(tr("Active (pending first)"), int(InboxFilter::Active));
    inboxState_->addItem(tr("Waiting for reception"), int(InboxFilter::Waiting));
    inboxState_->addItem(tr("Overdue"), int(InboxFilter::Overdue));
    inboxState_->addItem(tr("Received, no cell yet"), int(InboxFilter::Received));
    inboxState_->addItem(tr("Assigned to a cell"), int(InboxFilter::Assigned));
    inboxState_->addItem(tr("Exempt from meetings"), int(InboxFilter::Exempt));
    inboxState_->addItem(tr("Ended"), int(InboxFilter::Ended));
    inboxState_->addItem(tr("All"), int(InboxFilter::All));
    inboxState_->setCurrentIndex(inboxCurrent >= 0 ? inboxCurrent : 0);

    const int workingCurrent = workingState_->currentIndex();
    workingState_->clear();
    workingState_->addItem(tr("All"), kWorkingAll);
    workingState_->addItem(tr("Without an active referral"), kWorkingWithoutActive);
    for (storage::WorkingMemberState s : storage::allWorkingMemberStates())
        workingState_->addItem(workingMemberStateLabel(s), int(s));
    workingState_->setCurrentIndex(workingCurrent >= 0 ? workingCurrent : 0);
    filling_ = false;
}

void ReferralsPage::applyInboxFilters()
{
    inboxTyping_.stop();
    storage::ReferralListQuery q;
    q.terms = text::searchTerms(inboxSearch_->text());
    switch (InboxFilter(inboxState_->currentData().toInt())) {
    case InboxFilter::Active: q.states = {ReferralState::Issued, ReferralState::Received, ReferralState::Assigned}; break;
    case InboxFilter::Waiting: q.states = {ReferralState::Issued}; break;
    case InboxFilter::Overdue: q.overdueAfterDays = overdueDays_->value(); break;
    case InboxFilter::Received: q.states = {ReferralState::Received}; break;
    case InboxFilter::Assigned: q.states = {ReferralState::Assigned}; break;
    case InboxFilter::Exempt:
        q.states = {ReferralState::Issued, ReferralState::Received, ReferralState::Assigned};
        q.exempt = true;
        break;
    case InboxFilter::Ended: q.states = {ReferralState::Ended}; break;
    case InboxFilter::All: break;
    }
    inboxModel_->setQuery(q);
    updateCounts();
}

void ReferralsPage::applyWorkingFilters()
{
    workingTyping_.stop();
    storage::WorkingMemberQuery q;
    q.terms = text::searchTerms(workingSearch_->text());
    q.organisationId = organisation_->currentData().toLongLong();
    const int state = workingState_->currentData().toInt();
    if (state == kWorkingWithoutActive)
        q.states = {storage::WorkingMemberState::NotReferred, storage::WorkingMemberState::Ended};
    else if (state >= 0)
        q.states = {storage::WorkingMemberState(state)};
    workingModel_->setQuery(q);
    updateCounts();
}

void ReferralsPage::updateCounts()
{
    if (!queries_) {
        inboxCount_->clear();
        workingCount_->clear();
        return;
    }
    QString inbox = tr("%Ln referral(s)", nullptr, inboxModel_->totalCount());
    try {
        if (queries_->hasInbox()) {
            storage::ReferralListQuery overdue;
            overdue.overdueAfterDays = overdueDays_->value();
            const int n = queries_->inboxCount(overdue);
            inbox += tr(" · %Ln overdue (not received after %1 days)", nullptr, n).arg(overdueDays_->value());
        }
    } catch (const storage::StorageError &e) {
        spdlog::error("overdue count: {} ({})", e.userMessage().toStdString(), e.detail().toStdString());
    } catch (const AccessDenied &) {
    }
    inboxCount_->setText(inbox);
    workingCount_->setText(tr("%Ln working member(s)", nullptr, workingModel_->totalCount()));
}

void ReferralsPage::updateButtons()
{
    const bool open = queries_ != nullptr && stack_ && stack_->currentIndex() == 0;
    const bool referrals = open && inboxView_->selectionModel()->hasSelection();
    const bool members = open && workingView_->selectionModel()->hasSelection();
    receive_->setEnabled(referrals && acting_.may(Action::ReceiveReferrals));
    assign_->setEnabled(referrals && acting_.may(Action::AssignCells));
    exempt_->setEnabled(referrals && acting_.may(Action::ReceiveReferrals));
    end_->setEnabled(referrals && acting_.may(Action::ReceiveReferrals));
    issue_->setEnabled(members && acting_.may(Action::IssueReferrals));
    move_->setEnabled(members && acting_.may(Action::IssueReferrals));
    endMembers_->setEnabled(members && acting_.may(Action::IssueReferrals));
    replySlip_->setEnabled(members && acting_.may(Action::IssueReferrals));
    notReferred_->setEnabled(members && acting_.may(Action::IssueReferrals));
    printLetters_->setEnabled(open && queries_->hasWorkingMembers() && !isPrinting());
    const QString readOnly = tr("Your role cannot change referrals here.");
    for (QPushButton *b : {receive_, assign_, exempt_, end_})
        b->setToolTip(acting_.may(Action::ReceiveReferrals) ? QString() : readOnly);
    for (QPushButton *b : {issue_, move_, endMembers_, replySlip_, notReferred_})
        b->setToolTip(acting_.may(Action::IssueReferrals) ? QString() : readOnly);
}

// ---- Selection ------------------------------------------------------------------------------

QList<qint64> ReferralsPage::selectedReferralIds() const
{
    QList<qint64> out;
    QModelIndexList rows = inboxView_->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    for (const QModelIndex &i : std::as_const(rows))
        out << inboxModel_->referral(i.row()).id;
    return out;
}

QList<qint64> ReferralsPage::selectedMemberIds() const
{
    QList<qint64> out;
    QModelIndexList rows = workingView_->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    for (const QModelIndex &i : std::as_const(rows))
        out << workingModel_->member(i.row()).memberId;
    return out;
}

QList<storage::ReferralRow> ReferralsPage::inboxRows(const QList<qint64> &referralIds) const
{
    if (!queries_ || referralIds.isEmpty())
        return {};
    storage::ReferralListQuery q;
    q.referralIds = referralIds;
    // Both sides: the workplace tab ends its members' referrals too.
    QList<storage::ReferralRow> rows = queries_->window(q, 0, static_cast<int>(referralIds.size()));
    // In the order asked.
    QList<storage::ReferralRow> out;
    for (qint64 id : referralIds)
        for (const auto &r : std::as_const(rows))
            if (r.id == id)
                out << r;
    return out;
}

QList<storage::WorkingMemberRow> ReferralsPage::memberRows(const QList<qint64> &memberIds) const
{
    if (!queries_ || memberIds.isEmpty())
        return {};
    storage::WorkingMemberQuery q;
    q.memberIds = memberIds;
    const QList<storage::WorkingMemberRow> rows = queries_->workingMembers(q, 0, static_cast<int>(memberIds.size()));
    QList<storage::WorkingMemberRow> out;
    for (qint64 id : memberIds)
        for (const auto &r : rows)
            if (r.memberId == id)
                out << r;
    return out;
}

// ---- Outcomes ---------------------------------------------------------------------------

void ReferralsPage::showOutcome(const SaveOutcome &outcome, const QString &success, const QString &prefix)
{
    lastWasProblem_ = !outcome.ok();
    lastMessage_ = outcome.ok() ? success : (prefix.isEmpty() ? joined(outcome) : prefix + QLatin1Char('\n') + joined(outcome));
    actionMessage_->setTextFormat(Qt::PlainText);
    actionMessage_->setText(lastMessage_);
    if (lastWasProblem_)
        styleAsError(actionMessage_);
    else
        actionMessage_->setStyleSheet(QString());
    actionMessage_->setVisible(!lastMessage_.isEmpty());
}

void ReferralsPage::afterWrite()
{
    const QList<qint64> referrals = selectedReferralIds();
    const QList<qint64> members = selectedMemberIds();
    if (queries_) {
        if (queries_->hasInbox())
            inboxModel_->reload();
        if (queries_->hasWorkingMembers())
            workingModel_->reload();
    }
    updateCounts();
    // The same records stay selected where they are still listed.
    for (qint64 id : referrals)
        if (const int row = inboxModel_->rowOf(id); row >= 0)
            inboxView_->selectionModel()->select(inboxModel_->index(row, 0),
                                                 QItemSelectionModel::Select | QItemSelectionModel::Rows);
    for (qint64 id : members)
        if (const int row = workingModel_->rowOf(id); row >= 0)
            workingView_->selectionModel()->select(workingModel_->index(row, 0),
                                                   QItemSelectionModel::Select | QItemSelectionModel::Rows);
    emit referralsChanged();
}

// ---- Actions without asking -------------------------------------------------------------------

SaveOutcome ReferralsPage::receive(const QList<qint64> &referralIds, const QDate &date)
{
    if (!db_)
        return SaveOutcome::failed(tr("No database is open."));
    const SaveOutcome out = ReferralService(*db_, acting_).receive(referralIds, date);
    showOutcome(out, tr("Received %Ln referral(s) on %1.", nullptr, static_cast<int>(referralIds.size())).arg(displayDate(date)));
    if (out.ok())
        afterWrite();
    return out;
}

SaveOutcome ReferralsPage::assign(const QList<qint64> &referralIds, qint64 cellId, const QDate &date,
                                  bool eachToRecordedCell)
{
    if (!db_ || !queries_)
        return SaveOutcome::failed(tr("No database is open."));
    if (!acting_.may(Action::AssignCells)) {
        const SaveOutcome out = SaveOutcome::denied(refusalMessage(Action::AssignCells));
        showOutcome(out, {});
        return out;
    }
    const QList<storage::ReferralRow> rows = inboxRows(referralIds);
    FieldErrors problems;
    if (rows.size() != referralIds.size())
        problems.append({QStringLiteral("referralId"), tr("Some of the chosen referrals are no longer listed: reload and try again.")});
    QSet<qint64> communes;
    for (const auto &r : rows) {
        communes.insert(r.toCommuneId);
        if (r.state == ReferralState::Ended)
            problems.append({QStringLiteral("referralId"), tr("The referral of %1 has ended.").arg(r.memberName)});
        else if (!r.receivedDate.isValid())
            problems.append({QStringLiteral("referralId"),
                             tr("The referral of %1 has not been received yet: receive it first.").arg(r.memberName)});
    }
    if (communes.size() > 1)
        problems.append({QStringLiteral("referralId"), tr("Choose referrals addressed to one commune: each commune has its own cells.")});
    if (!problems.isEmpty()) {
        const SaveOutcome out = SaveOutcome::invalid(problems);
        showOutcome(out, {});
        return out;
    }
    QSet<qint64> cells;
    try {
        for (const auto &c : queries_->residenceCellsOf(rows.first().toCommuneId))
            cells.insert(c.id);
    } catch (const AccessDenied &e) {
        const SaveOutcome out = SaveOutcome::denied(e.userMessage());
        showOutcome(out, {});
        return out;
    }
    QList<ReferralService::Assignment> assignments;
    for (const auto &r : rows)
        assignments.append({r.id, eachToRecordedCell && cells.contains(r.memberResidenceCellId) ? r.memberResidenceCellId
                                                                                               : cellId});
    const SaveOutcome out = ReferralService(*db_, acting_).assign(assignments, date);
    showOutcome(out, tr("Assigned %Ln member(s) to residence cells on %1.", nullptr, static_cast<int>(rows.size()))
                         .arg(displayDate(date)));
    if (out.ok())
        afterWrite();
    return out;
}

SaveOutcome ReferralsPage::setExemption(const QList<qint64> &referralIds, std::optional<ExemptionReason> reason,
                                        const QDate &from, const QDate &to)
{
    if (!db_ || !queries_)
        return SaveOutcome::failed(tr("No database is open."));
    const QList<storage::ReferralRow> rows = inboxRows(referralIds);
    if (rows.size() != referralIds.size()) {
        const SaveOutcome out = SaveOutcome::invalid(
            {{QStringLiteral("referralId"), tr("Some of the chosen referrals are no longer listed: reload and try again.")}});
        showOutcome(out, {});
        return out;
    }
    const SaveOutcome out = ReferralService(*db_, acting_).setExemption(referralIds, reason, from, to);
    const int n = static_cast<int>(rows.size());
    showOutcome(out, reason ? tr("%Ln member(s) exempt from meetings: %1.", nullptr, n).arg(label(*reason))
                            : tr("%Ln member(s) no longer exempt.", nullptr, n));
    if (out.ok())
        afterWrite();
    return out;
}

SaveOutcome ReferralsPage::end(const QList<qint64> &referralIds, ReferralEndReason reason, const QDate &date,
                               const QString &note)
{
    if (!db_ || !queries_)
        return SaveOutcome::failed(tr("No database is open."));
    const QList<storage::ReferralRow> rows = inboxRows(referralIds);
    FieldErrors problems;
    if (rows.size() != referralIds.size())
        problems.append({QStringLiteral("referralId"), tr("Some of the chosen referrals are no longer listed: reload and try again.")});
    for (const auto &r : rows)
        if (r.state == ReferralState::Ended)
            problems.append({QStringLiteral("referralId"),
                             tr("The referral of %1 has already ended (%2).").arg(r.memberName, displayDate(r.endedDate))});
    if (!problems.isEmpty()) {
        const SaveOutcome out = SaveOutcome::invalid(problems);
        showOutcome(out, {});
        return out;
    }
    const SaveOutcome out = ReferralService(*db_, acting_).end(referralIds, reason, date, note);
    showOutcome(out, tr("Ended %Ln referral(s) on %1: %2.", nullptr, static_cast<int>(rows.size())).arg(displayDate(date), label(reason)));
    if (out.ok())
        afterWrite();
    return out;
}

QString ReferralsPage::issueProblem(const storage::WorkingMemberRow &row, bool *onlyNoCommune) const
{
    using S = storage::WorkingMemberState;
    if (onlyNoCommune)
        *onlyNoCommune = false;
    switch (row.state) {
    case S::Issued:
    case S::Received:
    case S::Assigned:
    case S::Exempt:
        return tr("already referred (letter %1/%2 of %3)").arg(row.letterNo).arg(row.letterYear).arg(displayDate(row.issueDate));
    case S::NotToBeReferred: return tr("on the list of members not to be referred");
    case S::NotReferred:
    case S::Ended: break;
    }
    if (row.residenceCommuneId == 0) {
        if (onlyNoCommune)
            *onlyNoCommune = true;
        return tr("no residence commune recorded");
    }
    return {};
}

SaveOutcome ReferralsPage::issue(const QList<qint64> &memberIds, const QDate &date,
                                 const ReferralService::Destination &outside)
{
    if (!db_ || !queries_)
        return SaveOutcome::failed(tr("No database is open."));
    if (!acting_.may(Action::IssueReferrals)) {
        const SaveOutcome out = SaveOutcome::denied(refusalMessage(Action::IssueReferrals));
        showOutcome(out, {});
        return out;
    }
    const QList<storage::WorkingMemberRow> rows = memberRows(memberIds);
    QList<ReferralService::Issue> requests;
    QStringList skipped;
    int withoutCommune = 0;
    for (const auto &r : rows) {
        bool noCommune = false;
        issueProblem(r, &noCommune);
        withoutCommune += noCommune ? 1 : 0;
    }
    for (const auto &r : rows) {
        bool noCommune = false;
        const QString problem = issueProblem(r, &noCommune);
        if (problem.isEmpty())
            requests.append(ReferralService::Issue{r.memberId, {}});
        else if (noCommune && withoutCommune == 1 && !outside.externalCommittee.trimmed().isEmpty())
            requests.append(ReferralService::Issue{r.memberId, outside});
        else
            skipped << tr("%1 — %2").arg(r.fullName, problem);
    }
    if (rows.size() != memberIds.size())
        skipped << tr("%Ln chosen member(s) no longer listed", nullptr, static_cast<int>(memberIds.size() - rows.size()));
    if (requests.isEmpty()) {
        const SaveOutcome out = SaveOutcome::invalid(
            {{QStringLiteral("memberId"), tr("No letter issued: %1.").arg(skipped.join(QStringLiteral("; ")))}});
        showOutcome(out, {});
        return out;
    }
    QList<Referral> made;
    const SaveOutcome out = ReferralService(*db_, acting_).issue(requests, date, &made);
    if (!out.ok()) {
        showOutcome(out, {});
        return out;
    }
    QString text = tr("Issued %Ln referral letter(s) dated %1", nullptr, static_cast<int>(made.size())).arg(displayDate(date));
    if (!made.isEmpty())
        text += made.size() == 1 ? tr(", number %1/%2.").arg(made.first().letterNo).arg(made.first().letterYear)
                                 : tr(", numbers %1 to %2/%3.")
                                       .arg(made.first().letterNo)
                                       .arg(made.last().letterNo)
                                       .arg(made.last().letterYear);
    if (!skipped.isEmpty())
        text += QLatin1Char('\n') + tr("Not issued: %1.").arg(skipped.join(QStringLiteral("; ")));
    showOutcome(out, text);
    if (!skipped.isEmpty()) {
        lastWasProblem_ = true;
        styleAsError(actionMessage_);
    }
    afterWrite();
    return out;
}

SaveOutcome ReferralsPage::move(const QList<qint64> &memberIds, const ReferralService::Destination &to,
                                const QDate &date)
{
    if (!db_ || !queries_)
        return SaveOutcome::failed(tr("No database is open."));
    const QList<storage::WorkingMemberRow> rows = memberRows(memberIds);
    FieldErrors problems;
    for (const auto &r : rows)
        if (!r.referralActive)
            problems.append({QStringLiteral("memberId"),
                             tr("%1 has no active referral to move: issue one instead.").arg(r.fullName)});
    if (rows.size() != memberIds.size())
        problems.append({QStringLiteral("memberId"), tr("Some of the chosen members are no longer listed: reload and try again.")});
    if (!problems.isEmpty()) {
        const SaveOutcome out = SaveOutcome::invalid(problems);
        showOutcome(out, {});
        return out;
    }
    QList<qint64> referralIds;
    for (const auto &r : rows)
        referralIds << r.referralId;
    const SaveOutcome out = ReferralService(*db_, acting_).move(referralIds, date, to);
    showOutcome(out, tr("Moved %Ln member(s) on %1: a new letter went to the new residence.", nullptr,
                        static_cast<int>(rows.size()))
                         .arg(displayDate(date)));
    if (out.ok())
        afterWrite();
    return out;
}

SaveOutcome ReferralsPage::endForMembers(const QList<qint64> &memberIds, ReferralEndReason reason, const QDate &date,
                                         const QString &note)
{
    if (!db_ || !queries_)
        return SaveOutcome::failed(tr("No database is open."));
    const QList<storage::WorkingMemberRow> rows = memberRows(memberIds);
    QList<qint64> referralIds;
    FieldErrors problems;
    for (const auto &r : rows) {
        if (r.referralActive)
            referralIds << r.referralId;
        else
            problems.append({QStringLiteral("memberId"), tr("%1 has no active referral.").arg(r.fullName)});
    }
    if (!problems.isEmpty()) {
        const SaveOutcome out = SaveOutcome::invalid(problems);
        showOutcome(out, {});
        return out;
    }
    return end(referralIds, reason, date, note);
}

// ---- Asking -----------------------------------------------------------------------------------

void ReferralsPage::openAction(ReferralActionDialog *dialog, std::function<SaveOutcome()> act)
{
    if (dialog_)
        dialog_->close();
    dialog_ = dialog;
    connect(dialog, &ReferralActionDialog::submitted, this, [this, dialog, act] {
        const SaveOutcome out = act();
        // Done: the page says what happened. Refused (nothing was written): the dialog
        // says why.
        if (out.ok()) {
            dialog->accept();
        } else if (out.status == SaveOutcome::Status::Invalid) {
            dialog->showErrors(out.errors);
        } else {
            dialog->showProblem(out.message);
        }
    });
    dialog->open();
}

void ReferralsPage::askReceive()
{
    const QList<qint64> ids = selectedReferralIds();
    if (ids.isEmpty() || !queries_)
        return;
    QStringList names;
    for (qint64 id : ids)
        if (const int row = inboxModel_->rowOf(id); row >= 0)
            names << inboxModel_->referral(row).memberName;
    auto *dialog = new ReferralActionDialog(ReferralActionDialog::Kind::Receive, this);
    dialog->setIntro(tr("Receive %Ln referral letter(s), all on the same date: %1.", nullptr, static_cast<int>(ids.size()))
                         .arg(nameList(names)));
    openAction(dialog, [this, dialog, ids] { return receive(ids, dialog->date()); });
}

void ReferralsPage::askAssign()
{
    const QList<qint64> ids = selectedReferralIds();
    if (ids.isEmpty() || !queries_)
        return;
    QList<storage::ReferralRow> rows;
    for (qint64 id : ids)
        if (const int row = inboxModel_->rowOf(id); row >= 0)
            rows << inboxModel_->referral(row);
    if (rows.isEmpty())
        return;
    QSet<qint64> communes;
    QStringList names;
    for (const auto &r : std::as_const(rows)) {
        communes.insert(r.toCommuneId);
        names << r.memberName;
    }
    if (communes.size() > 1) {
        showOutcome(SaveOutcome::invalid({{QStringLiteral("referralId"),
                                           tr("Choose referrals addressed to one commune: each commune has its own cells.")}}),
                    {});
        return;
    }
    QList<storage::OrganisationChoice> cells;
    try {
        cells = queries_->residenceCellsOf(rows.first().toCommuneId);
    } catch (const AccessDenied &e) {
        showOutcome(SaveOutcome::denied(e.userMessage()), {});
        return;
    } catch (const storage::StorageError &e) {
        showOutcome(SaveOutcome::failed(e.userMessage()), {});
        return;
    }
    if (cells.isEmpty()) {
        showOutcome(SaveOutcome::invalid({{QStringLiteral("assignedCellId"),
                                           tr("%1 has no village or residential-group cell to assign members to.")
                                               .arg(rows.first().toCommuneName)}}),
                    {});
        return;
    }
    // Suggested from the member's recorded residence cell, when it is one of these.
    QSet<qint64> ids2;
    for (const auto &c : std::as_const(cells))
        ids2.insert(c.id);
    qint64 suggested = 0;
    for (const auto &r : std::as_const(rows))
        if (ids2.contains(r.memberResidenceCellId)) {
            suggested = r.memberResidenceCellId;
            break;
        }
    QList<QPair<qint64, QString>> choices;
    for (const auto &c : std::as_const(cells))
        choices.append({c.id, c.name});
    auto *dialog = new ReferralActionDialog(ReferralActionDialog::Kind::Assign, this);
    dialog->setIntro(tr("Assign %Ln member(s) received by %1 to a residence cell: %2.", nullptr, static_cast<int>(rows.size()))
                         .arg(rows.first().toCommuneName, nameList(names)));
    dialog->setCells(choices, suggested);
    dialog->setEachToRecordedAvailable(rows.size() > 1);
    openAction(dialog, [this, dialog, ids] {
        return assign(ids, dialog->cellId(), dialog->date(), dialog->eachToRecordedCell());
    });
}

void ReferralsPage::askExempt()
{
    const QList<qint64> ids = selectedReferralIds();
    if (ids.isEmpty() || !queries_)
        return;
    QStringList names;
    std::optional<ExemptionReason> current;
    for (qint64 id : ids)
        if (const int row = inboxModel_->rowOf(id); row >= 0) {
            names << inboxModel_->referral(row).memberName;
            if (!current)
                current = inboxModel_->referral(row).exemptionReason;
        }
    auto *dialog = new ReferralActionDialog(ReferralActionDialog::Kind::Exempt, this);
    dialog->setIntro(tr("Exempt from residence meetings and the routine annual comment, received like the others "
                        "(Guideline 33): %1.")
                         .arg(nameList(names)));
    if (current)
        dialog->reasonCombo()->setCurrentIndex(dialog->reasonCombo()->findData(code(*current)));
    openAction(dialog, [this, dialog, ids] {
        return setExemption(ids, dialog->exemptionReason(), dialog->exemptFrom(), dialog->exemptTo());
    });
}

void ReferralsPage::askEnd()
{
    const QList<qint64> ids = selectedReferralIds();
    if (ids.isEmpty() || !queries_)
        return;
    QStringList names;
    for (qint64 id : ids)
        if (const int row = inboxModel_->rowOf(id); row >= 0)
            names << inboxModel_->referral(row).memberName;
    auto *dialog = new ReferralActionDialog(ReferralActionDialog::Kind::End, this);
    dialog->setIntro(tr("End the referral of %1. An ended referral cannot be received or reassigned; a move is "
                        "recorded by the workplace organisation.")
                         .arg(nameList(names)));
    openAction(dialog, [this, dialog, ids] { return end(ids, dialog->endReason(), dialog->date(), dialog->note()); });
}

void ReferralsPage::askIssue()
{
    const QList<qint64> ids = selectedMemberIds();
    if (ids.isEmpty() || !queries_)
        return;
    QList<storage::WorkingMemberRow> rows;
    for (qint64 id : ids)
        if (const int row = workingModel_->rowOf(id); row >= 0)
            rows << workingModel_->member(row);
    QStringList ready, skipped;
    const storage::WorkingMemberRow *homeless = nullptr;
    int withoutCommune = 0;
    for (const auto &r : std::as_const(rows)) {
        bool noCommune = false;
        const QString problem = issueProblem(r, &noCommune);
        if (problem.isEmpty()) {
            ready << r.fullName;
        } else {
            skipped << tr("%1 — %2").arg(r.fullName, problem);
            if (noCommune) {
                ++withoutCommune;
                homeless = &r;
            }
        }
    }
    const bool outsideChoice = withoutCommune == 1 && ready.isEmpty() && rows.size() == 1;
    if (ready.isEmpty() && !outsideChoice) {
        showOutcome(SaveOutcome::invalid({{QStringLiteral("memberId"),
                                           tr("No letter to issue: %1.").arg(skipped.join(QStringLiteral("; ")))}}),
                    {});
        return;
    }
    auto *dialog = new ReferralActionDialog(ReferralActionDialog::Kind::Issue, this);
    QString intro;
    if (outsideChoice) {
        const QString recorded = QStringList({homeless->residenceAddress, homeless->residenceProvince}).join(QStringLiteral(", "));
        intro = tr("%1 has no residence commune in this database. Name the committee outside the province the letter "
                   "goes to, or record the residence in the member's form first.")
                    .arg(homeless->fullName);
        dialog->setOutsideAvailable(true);
        dialog->addressEdit()->setText(recorded == QStringLiteral(", ") ? QString() : recorded);
    } else {
        intro = tr("Issue %Ln referral letter(s), each to the commune-level committee of the member's residence: %1.",
                   nullptr, static_cast<int>(ready.size()))
                    .arg(nameList(ready));
        if (!skipped.isEmpty())
            intro += QStringLiteral("\n\n") + tr("Not issued: %1.").arg(skipped.join(QStringLiteral("; ")));
    }
    dialog->setIntro(intro);
    openAction(dialog, [this, dialog, ids] {
        ReferralService::Destination outside;
        outside.externalCommittee = dialog->committee();
        outside.externalAddress = dialog->address();
        if (dialog->outside() && outside.externalCommittee.isEmpty())
            return SaveOutcome::invalid({{QStringLiteral("toCommuneId"), tr("Name the committee the letter goes to.")}});
        return issue(ids, dialog->date(), outside);
    });
}

void ReferralsPage::askMove()
{
    const QList<qint64> ids = selectedMemberIds();
    if (ids.isEmpty() || !queries_)
        return;
    QStringList names, idle;
    for (qint64 id : ids)
        if (const int row = workingModel_->rowOf(id); row >= 0) {
            const auto &r = workingModel_->member(row);
            (r.referralActive ? names : idle) << r.fullName;
        }
    if (!idle.isEmpty()) {
        showOutcome(SaveOutcome::invalid({{QStringLiteral("memberId"),
                                           tr("No active referral to move for %1: issue one instead.").arg(nameList(idle))}}),
                    {});
        return;
    }
    QList<std::tuple<qint64, QString, QString>> communes;
    try {
        for (const auto &c : queries_->communes())
            communes.append({c.id, c.parentName.isEmpty() ? c.name : tr("%1 (%2)").arg(c.name, c.parentName),
                             c.code});
    } catch (const storage::StorageError &e) {
        showOutcome(SaveOutcome::failed(e.userMessage()), {});
        return;
    } catch (const AccessDenied &e) {
        showOutcome(SaveOutcome::denied(e.userMessage()), {});
        return;
    }
    auto *dialog = new ReferralActionDialog(ReferralActionDialog::Kind::Move, this);
    dialog->setIntro(tr("Moving house: the current referral of %1 ends (“moved”) and a new letter goes to the new "
                        "residence, in one step; the history stays.")
                         .arg(nameList(names)));
    dialog->setCommunes(communes);
    openAction(dialog, [this, dialog, ids] {
        ReferralService::Destination to;
        to.communeId = dialog->communeId();
        to.externalCommittee = dialog->committee();
        to.externalAddress = dialog->address();
        return move(ids, to, dialog->date());
    });
}

void ReferralsPage::askEndForMembers()
{
    const QList<qint64> ids = selectedMemberIds();
    if (ids.isEmpty() || !queries_)
        return;
    QStringList names;
    for (qint64 id : ids)
        if (const int row = workingModel_->rowOf(id); row >= 0)
            names << workingModel_->member(row).fullName;
    auto *dialog = new ReferralActionDialog(ReferralActionDialog::Kind::End, this);
    dialog->setIntro(tr("End the referral of %1 (retired, membership transferred, deceased or another reason). For a "
                        "move, use Move… instead.")
                         .arg(nameList(names)));
    openAction(dialog,
               [this, dialog, ids] { return endForMembers(ids, dialog->endReason(), dialog->date(), dialog->note()); });
}

// ---- Reply slips, the not-to-be-referred list ----------------------------------------------------

SaveOutcome ReferralsPage::recordReplySlips(const QList<qint64> &memberIds, const QDate &date)
{
    if (!db_ || !queries_)
        return SaveOutcome::failed(tr("No database is open."));
    const QList<storage::WorkingMemberRow> rows = memberRows(memberIds);
    QList<qint64> referralIds;
    FieldErrors problems;
    if (rows.size() != memberIds.size())
        problems.append({QStringLiteral("memberId"), tr("Some of the chosen members are no longer listed: reload and try again.")});
    for (const auto &r : rows) {
        if (!r.referralActive || r.externalCommittee.isEmpty())
            problems.append({QStringLiteral("memberId"),
                             tr("%1 has no current letter to a committee outside the province.").arg(r.fullName)});
        else if (r.receivedDate.isValid())
            problems.append({QStringLiteral("memberId"),
                             tr("The reply slip for %1 was already recorded (%2).").arg(r.fullName, displayDate(r.receivedDate))});
        else
            referralIds << r.referralId;
    }
    if (!problems.isEmpty()) {
        const SaveOutcome out = SaveOutcome::invalid(problems);
        showOutcome(out, {});
        return out;
    }
    const SaveOutcome out = ReferralService(*db_, acting_).recordExternalReply(referralIds, date);
    showOutcome(out, tr("Recorded %Ln reply slip(s) dated %1.", nullptr, static_cast<int>(referralIds.size())).arg(displayDate(date)));
    if (out.ok())
        afterWrite();
    return out;
}

SaveOutcome ReferralsPage::setNotReferred(const QList<qint64> &memberIds, bool notReferred, const QString &reason)
{
    if (!db_ || !queries_)
        return SaveOutcome::failed(tr("No database is open."));
    const SaveOutcome out = ReferralService(*db_, acting_).setNotReferred(memberIds, notReferred, reason);
    const int n = static_cast<int>(memberIds.size());
    showOutcome(out, notReferred ? tr("%Ln member(s) put on the list of members not to be referred.", nullptr, n)
                                 : tr("%Ln member(s) taken off the list of members not to be referred.", nullptr, n));
    if (out.ok())
        afterWrite();
    return out;
}

void ReferralsPage::askReplySlip()
{
    const QList<qint64> ids = selectedMemberIds();
    if (ids.isEmpty() || !queries_)
        return;
    QStringList names, others;
    for (qint64 id : ids)
        if (const int row = workingModel_->rowOf(id); row >= 0) {
            const auto &r = workingModel_->member(row);
            const bool waiting = r.referralActive && !r.externalCommittee.isEmpty() && !r.receivedDate.isValid();
            (waiting ? names : others) << (waiting ? tr("%1 (%2)").arg(r.fullName, r.externalCommittee) : r.fullName);
        }
    if (!others.isEmpty()) {
        showOutcome(SaveOutcome::invalid({{QStringLiteral("memberId"),
                                           tr("No reply slip is awaited for %1: only letters to committees outside "
                                              "the province are completed by their reply slip.")
                                               .arg(nameList(others))}}),
                    {});
        return;
    }
    auto *dialog = new ReferralActionDialog(ReferralActionDialog::Kind::ReplySlip, this);
    dialog->setIntro(tr("The committee outside the province sent back the reply slip for %1: enter its date to "
                        "complete the referral.")
                         .arg(nameList(names)));
    openAction(dialog, [this, dialog, ids] { return recordReplySlips(ids, dialog->date()); });
}

void ReferralsPage::askNotReferred()
{
    const QList<qint64> ids = selectedMemberIds();
    if (ids.isEmpty() || !queries_)
        return;
    QStringList names;
    bool allMarked = true;
    QString reason;
    for (qint64 id : ids)
        if (const int row = workingModel_->rowOf(id); row >= 0) {
            const auto &r = workingModel_->member(row);
            names << r.fullName;
            const bool marked = r.state == storage::WorkingMemberState::NotToBeReferred;
            allMarked = allMarked && marked;
            if (marked && reason.isEmpty())
                reason = r.notReferredReason;
        }
    auto *dialog = new ReferralActionDialog(ReferralActionDialog::Kind::NotReferred, this);
    dialog->setIntro(tr("Guideline 33: members on secret duties or in standing combat-ready units are not referred to "
                        "their place of residence. Members: %1.")
                         .arg(nameList(names)));
    // Marked already: the dialog offers taking them off; otherwise putting them on.
    dialog->setNotReferred(!allMarked, allMarked ? reason : QString());
    openAction(dialog, [this, dialog, ids] { return setNotReferred(ids, dialog->notReferred(), dialog->note()); });
}

// ---- Printing letters ------------------------------------------------------------------------------


bool ReferralsPage::isPrinting() const
{
    return letterWatcher_.isRunning();
}

bool ReferralsPage::printLetters(const QList<qint64> &referralIds, const QString &pdfPath)
{
    const ActingUser user = acting_;
    return startLetters([user, referralIds](const storage::Database &db) {
        return reports::referralLettersFor(db, user, referralIds);
    }, pdfPath);
}

bool ReferralsPage::printLetters(qint64 issuingOrgId, int year, const QString &pdfPath)
{
    const ActingUser user = acting_;
    return startLetters([user, issuingOrgId, year](const storage::Database &db) {
        return reports::referralLettersFor(db, user, issuingOrgId, year);
    }, pdfPath);
}

bool ReferralsPage::startLetters(const std::function<QList<reports::ReferralLetter>(const storage::Database &)> &read,
                                 const QString &pdfPath)
{
    if (!db_ || isPrinting())
        return false;
    auto job = std::make_shared<LetterJob>();
    job->pdfPath = pdfPath;
    letterJob_ = job;
    const QString dbPath = db_->path();
    // The worker reads on a connection of its own: the GUI's stays free.
    letterWatcher_.setFuture(QtConcurrent::run([job, dbPath, read] {
        try {
            const storage::Database db = storage::Database::open(dbPath, storage::Database::Create::MustExist,
                                                                 storage::Database::IntegrityCheck::Skip);
            const QList<reports::ReferralLetter> letters = read(db);
            job->total.store(static_cast<int>(letters.size()));
            job->letters = static_cast<int>(letters.size());
            job->ok = reports::writeReferralLetters(letters, job->pdfPath, [&job](int done, int) {
                job->done.store(done);
                return !job->cancel.load();
            }, &job->error);
        } catch (const storage::StorageError &e) {
            spdlog::error("referral letters: {} ({})", e.userMessage().toStdString(), e.detail().toStdString());
            job->error = e.userMessage();
        } catch (const AccessDenied &e) {
            job->error = e.userMessage();
        }
    }));

    auto *dialog = newWorkProgressDialog(this, tr("Print referral letters"),
                                         tr("Writing referral letters to %1…").arg(QDir::toNativeSeparators(pdfPath)), job);
    dialog->setObjectName(QStringLiteral("referralLetterProgress"));
    letterProgress_ = dialog;
    updateButtons();
    return true;
}

void ReferralsPage::lettersFinished()
{
    const std::shared_ptr<LetterJob> job = std::exchange(letterJob_, nullptr);
    if (letterProgress_) {
        letterProgress_->hide();
        letterProgress_->deleteLater();
    }
    updateButtons();
    if (!job)
        return;
    const QString shown = QDir::toNativeSeparators(job->pdfPath);
    QString message;
    if (job->ok) {
        message = tr("Wrote %Ln referral letter(s) to %1.", nullptr, job->letters).arg(shown);
        showOutcome({}, message);
        // The file name opens the PDF.
        actionMessage_->setTextFormat(Qt::RichText);
        actionMessage_->setText(tr("Wrote %Ln referral letter(s) to %1.", nullptr, job->letters)
                                    .arg(QStringLiteral("<a href=\"%1\">%2</a>")
                                             .arg(QUrl::fromLocalFile(job->pdfPath).toString().toHtmlEscaped(),
                                                  shown.toHtmlEscaped())));
    } else {
        message = job->error.isEmpty() ? tr("Printing the referral letters was cancelled; no file was written.")
                                       : job->error;
        showOutcome(SaveOutcome::failed(message), {});
    }
    emit lettersPrinted(job->ok, job->pdfPath, message);
}

void ReferralsPage::askPrintLetters()
{
    if (!queries_ || isPrinting())
        return;
    QList<qint64> referralIds;
    for (qint64 id : selectedMemberIds())
        if (const int row = workingModel_->rowOf(id); row >= 0)
            if (const auto &r = workingModel_->member(row); r.referralActive)
                referralIds << r.referralId;
    QList<QPair<qint64, QString>> organisations;
    try {
        for (const auto &o : queries_->workplaceOrganisations())
            organisations.append({o.id, o.code.isEmpty() ? o.name : tr("%1 — %2").arg(o.code, o.name)});
    } catch (const storage::StorageError &e) {
        showOutcome(SaveOutcome::failed(e.userMessage()), {});
        return;
    } catch (const AccessDenied &e) {
        showOutcome(SaveOutcome::denied(e.userMessage()), {});
        return;
    }
    // The year and organisation offered: those of the selected letters, else the
    // organisation shown and this year.
    qint64 shownOrganisation = organisation_->currentData().toLongLong();
    int year = QDate::currentDate().year();
    for (qint64 id : selectedMemberIds())
        if (const int row = workingModel_->rowOf(id); row >= 0)
            if (const auto &r = workingModel_->member(row); r.referralActive) {
                shownOrganisation = r.organisationId;
                year = r.letterYear;
                break;
            }
    auto *dialog = new ReferralActionDialog(ReferralActionDialog::Kind::PrintLetters, this);
    dialog->setIntro(tr("Referral letters print as one PDF, one letter per A4 page with its reply slip, in the "
                        "official format."));
    dialog->setLetterChoices(static_cast<int>(referralIds.size()), organisations, shownOrganisation, year);
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    dialog->setPdfPath(QDir(folder.isEmpty() ? QDir::homePath() : folder)
                           .filePath(tr("referral-letters-%1.pdf").arg(QDate::currentDate().toString(QStringLiteral("yyyy-MM-dd")))));
    openAction(dialog, [this, dialog, referralIds]() -> SaveOutcome {
        const QString path = dialog->pdfPath();
        if (path.isEmpty() || QFileInfo(path).isDir())
            return SaveOutcome::invalid({{QStringLiteral("file"), tr("Choose the PDF file to write.")}});
        if (!QFileInfo(QFileInfo(path).absolutePath()).isDir())
            return SaveOutcome::invalid(
                {{QStringLiteral("file"), tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath()))}});
        if (!dialog->selectedLettersOnly() && dialog->organisationId() <= 0)
            return SaveOutcome::invalid({{QStringLiteral("organisation"), tr("Choose the organisation.")}});
        const bool started = dialog->selectedLettersOnly() ? printLetters(referralIds, path)
                                                           : printLetters(dialog->organisationId(), dialog->year(), path);
        return started ? SaveOutcome{} : SaveOutcome::failed(tr("Letters are being written already; wait for them."));
    });
}

// ---- Language ----------------------------------------------------------------------------------

void ReferralsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ReferralsPage::retranslate()
{
    tabs_->setTabText(tabs_->indexOf(inboxTab_), tr("&Inbox"));
    tabs_->setTabToolTip(tabs_->indexOf(inboxTab_), tr("Referral letters addressed to your commune(s)"));
    tabs_->setTabText(tabs_->indexOf(workplaceTab_), tr("&Workplace"));
    tabs_->setTabToolTip(tabs_->indexOf(workplaceTab_),
                         tr("Working members of your workplace party organisation(s) and their referrals"));
    inboxStateLabel_->setText(tr("S&how:"));
    inboxSearchLabel_->setText(tr("&Search:"));
    inboxSearch_->setPlaceholderText(tr("Name or party card number"));
    overdueLabel_->setText(tr("O&verdue after:"));
    overdueDays_->setSuffix(tr(" days"));
    overdueDays_->setToolTip(tr("A letter not received this many days after it was issued is overdue."));
    receive_->setText(tr("&Receive…"));
    assign_->setText(tr("&Assign cell…"));
    exempt_->setText(tr("E&xempt…"));
    end_->setText(tr("&End…"));
    organisationLabel_->setText(tr("&Organisation:"));
    workingStateLabel_->setText(tr("S&how:"));
    workingSearchLabel_->setText(tr("&Search:"));
    workingSearch_->setPlaceholderText(tr("Name or party card number"));
    issue_->setText(tr("&Issue referrals…"));
    move_->setText(tr("&Move…"));
    endMembers_->setText(tr("&End…"));
    replySlip_->setText(tr("Reply s&lip…"));
    notReferred_->setText(tr("&Not to be referred…"));
    printLetters_->setText(tr("&Print letters…"));
    if (organisation_->count() > 0)
        organisation_->setItemText(0, tr("All organisations"));
    // Headers wider than their figures keep their whole text.
    for (int c : {int(ReferralInboxModel::WaitedColumn), int(ReferralInboxModel::LetterColumn),
                  int(ReferralInboxModel::IssuedColumn), int(ReferralInboxModel::ReceivedColumn)}) {
        const int needed = inboxView_->fontMetrics().horizontalAdvance(
                               inboxModel_->headerData(c, Qt::Horizontal).toString())
                           + 24;
        inboxView_->setColumnWidth(c, std::max(inboxView_->columnWidth(c), needed));
    }
    fillStateCombos();
    inboxModel_->retranslate();
    workingModel_->retranslate();
    updateCounts();
    updateButtons();
    if (stack_->currentIndex() == 1)
        pageMessage_->setText(!db_ ? tr("No database is open.") : ReferralQueries::refusal());
}

} // namespace cutru
