#include "app/main_window.h"

#include "app/accounts_dialog.h"
#include "app/backup_controller.h"
#include "app/change_password_dialog.h"
#include "app/connect_server_dialog.h"
#include "app/export_dialog.h"
#include "app/history_page.h"
#include "app/import_wizard.h"
#include "app/language.h"
#include "app/member_table_model.h"
#include "app/members_page.h"
#include "app/organisation_tree_model.h"
#include "app/overview_page.h"
#include "app/recent_files.h"
#include "app/meetings_page.h"
#include "app/comments_page.h"
#include "app/liaison_page.h"
#include "app/referrals_page.h"
#include "app/reports_page.h"
#include "app/sign_in_dialog.h"
#include "services/account_service.h"
#include "services/app_paths.h"
#include "storage/account_repository.h"
#include "ui_main_window.h"

#include <QActionGroup>
#include <QCloseEvent>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QProgressDialog>
#include <QtConcurrent/QtConcurrentRun>
#include <atomic>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTreeView>
#include <QVBoxLayout>
#include <spdlog/spdlog.h>

// Q_INIT_RESOURCE may not be used inside a namespace. The resources live in a
// static library, whose initialiser the linker would otherwise drop.
static void initResources()
{
    Q_INIT_RESOURCE(cutru);
}

namespace cutru {
namespace {

const char *kSectionIcons[MainWindow::kSectionCount] = {
    ":/icons/overview.svg", ":/icons/members.svg", ":/icons/referrals.svg", ":/icons/meetings.svg",
    ":/icons/comments.svg", ":/icons/reports.svg", ":/icons/liaison.svg", ":/icons/history.svg",
};

} // namespace

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent), ui_(std::make_unique<Ui::MainWindow>())
{
    initResources();
    ui_->setupUi(this);
    setWindowIcon(QIcon(QStringLiteral(":/icons/cutru.svg")));

    for (int i = 0; i < kSectionCount; ++i) {
        auto *item = new QListWidgetItem(QIcon(QString::fromLatin1(kSectionIcons[i])), QString(), ui_->sectionList);
        item->setData(Qt::UserRole, i);
    }
    ui_->sectionList->setCurrentRow(int(Section::Members));

    treeModel_ = new OrganisationTreeModel(this);
    ui_->organisationView->setModel(treeModel_);
    connect(ui_->organisationView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::onScopeChanged);

    buildPages();

    statusCounts_ = new QLabel(this);
    statusCounts_->setObjectName(QStringLiteral("statusCounts"));
    statusPath_ = new QLabel(this);
    statusPath_->setObjectName(QStringLiteral("statusPath"));
    statusPath_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusUser_ = new QLabel(this);
    statusUser_->setObjectName(QStringLiteral("statusUser"));
    statusBar()->addWidget(statusCounts_, 1);
    statusBar()->addPermanentWidget(statusUser_);
    statusBar()->addPermanentWidget(statusPath_);
    authenticator_ = [this](storage::Database &db) { return signInToDatabase(db, this); };
    connect(ui_->actionChangePassword, &QAction::triggered, this, &MainWindow::changePassword);
    connect(ui_->actionSwitchUser, &QAction::triggered, this, &MainWindow::switchUser);
    connect(ui_->actionAccounts, &QAction::triggered, this, &MainWindow::manageAccounts);
    connect(ui_->actionImportMembers, &QAction::triggered, this, [this] { startImport(ImportKind::Members); });
    connect(ui_->actionImportOrganisations, &QAction::triggered, this,
            [this] { startImport(ImportKind::Organisations); });
    connect(ui_->actionExportMembers, &QAction::triggered, this, [this] { startExport(ImportKind::Members); });
    connect(ui_->actionExportOrganisations, &QAction::triggered, this,
            [this] { startExport(ImportKind::Organisations); });

    backup_ = new BackupController(this);
    ui_->menuFile->insertActions(ui_->actionQuit, {backup_->backupAction(), backup_->restoreAction(),
                                                   backup_->autoBackupAction()});
    ui_->menuFile->insertSeparator(ui_->actionQuit);
    backup_->setDatabaseAccess([this] { return databasePath(); }, [this] { closeDatabase(); },
                               [this](const QString &path) { return openDatabaseInteractively(path); });
    connect(backup_, &BackupController::busyChanged, this, [this](bool busy) {
        if (!busy)
            applyUser(); // the controller re-enables its actions; the user's roles decide
    });
    connect(backup_, &BackupController::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 15000); });

    ui_->actionNew->setShortcut(QKeySequence::New);
    ui_->actionOpen->setShortcut(QKeySequence::Open);
    ui_->actionQuit->setShortcut(QKeySequence::Quit);
    connect(ui_->actionNew, &QAction::triggered, this, &MainWindow::newDatabase);
    connect(ui_->actionOpen, &QAction::triggered, this, &MainWindow::chooseDatabase);
    connectServer_ = new QAction(this);
    connectServer_->setObjectName(QStringLiteral("actionConnectServer"));
    ui_->menuFile->insertAction(ui_->menuRecent->menuAction(), connectServer_);
    connect(connectServer_, &QAction::triggered, this, &MainWindow::connectToServer);
    // Disabled actions say why (backups of a server database: pg_dump).
    ui_->menuFile->setToolTipsVisible(true);
    connect(ui_->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(ui_->menuRecent, &QMenu::aboutToShow, this, &MainWindow::rebuildRecentMenu);
    connect(ui_->actionAbout, &QAction::triggered, this, &MainWindow::about);
    auto *languages = new QActionGroup(this);
    languages->addAction(ui_->actionVietnamese);
    languages->addAction(ui_->actionEnglish);
    connect(ui_->actionVietnamese, &QAction::triggered, this, [this] { setLanguage(QStringLiteral("vi")); });
    connect(ui_->actionEnglish, &QAction::triggered, this, [this] { setLanguage(QStringLiteral("en")); });

    connect(ui_->sectionList, &QListWidget::currentRowChanged, this, [this](int row) {
        // Unsaved attendance marks: back to Meetings until the user has answered.
        if (db_ && row >= 0 && row != int(Section::Meetings) && meetings_->hasUnsavedChanges()) {
            {
                const QSignalBlocker block(ui_->sectionList);
                ui_->sectionList->setCurrentRow(int(Section::Meetings));
            }
            meetings_->maybeLeave([this, row] { ui_->sectionList->setCurrentRow(row); });
            return;
        }
        if (db_ && row >= 0)
            ui_->pages->setCurrentIndex(row);
        updateStatus();
    });
    connect(members_, &MembersPage::countsChanged, this, &MainWindow::updateStatus);
    connect(members_, &MembersPage::memberSaved, this, &MainWindow::onMemberSaved);
    connect(referrals_, &ReferralsPage::referralsChanged, history_, &HistoryPage::refresh);
    connect(referrals_, &ReferralsPage::referralsChanged, overview_, &OverviewPage::refresh); // overdue counts
    connect(referrals_, &ReferralsPage::referralsChanged, meetings_, &MeetingsPage::refresh); // who is expected
    connect(meetings_, &MeetingsPage::meetingsChanged, history_, &HistoryPage::refresh);
    connect(meetings_, &MeetingsPage::meetingsChanged, overview_, &OverviewPage::refresh);
    connect(meetings_, &MeetingsPage::meetingsChanged, comments_, &CommentsPage::refresh); // attendance figures
    connect(referrals_, &ReferralsPage::referralsChanged, comments_, &CommentsPage::refresh); // who is due
    connect(comments_, &CommentsPage::commentsChanged, history_, &HistoryPage::refresh);
    connect(comments_, &CommentsPage::commentsChanged, overview_, &OverviewPage::refresh); // missing comments
    connect(liaison_, &LiaisonPage::liaisonChanged, history_, &HistoryPage::refresh);
    // A report's drill-down or Back moves the tree too, where the tree shows that organisation.
    connect(reports_, &ReportsPage::scopeChosen, this, [this](qint64 id) {
        if (treeModel_->indexOf(id).isValid())
            selectScope(id);
    });
    connect(members_, &MembersPage::errorOccurred, this,
            [this](const QString &message) { statusBar()->showMessage(message, 15000); });

    ui_->splitter->setStretchFactor(0, 0);
    ui_->splitter->setStretchFactor(1, 1);
    ui_->splitter->setSizes({340, 1000});
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("ui/geometry")).toByteArray());
    ui_->splitter->restoreState(settings.value(QStringLiteral("ui/splitter")).toByteArray());
    const int section = settings.value(QStringLiteral("ui/section"), int(Section::Members)).toInt();
    ui_->sectionList->setCurrentRow(section >= 0 && section < kSectionCount ? section : int(Section::Members));

    retranslate();
    ui_->sidebar->setEnabled(false);
    ui_->pages->setCurrentWidget(noDatabasePage_);
    applyUser();
}

MainWindow::~MainWindow()
{
    // The pages' models close their own connections before the GUI connection goes.
    members_->setDatabase(nullptr, QString(), nullptr);
    history_->setDatabase(nullptr, ActingUser());
    referrals_->setDatabase(nullptr, ActingUser());
    meetings_->setDatabase(nullptr, ActingUser());
    comments_->setDatabase(nullptr, ActingUser());
    liaison_->setDatabase(nullptr, ActingUser());
    reports_->setDatabase(QString(), ActingUser());
}

void MainWindow::closeDatabase()
{
    members_->setDatabase(nullptr, QString(), nullptr);
    history_->setDatabase(nullptr, ActingUser());
    referrals_->setDatabase(nullptr, ActingUser());
    meetings_->setDatabase(nullptr, ActingUser());
    comments_->setDatabase(nullptr, ActingUser());
    liaison_->setDatabase(nullptr, ActingUser());
    overview_->setActingUser(ActingUser());
    overview_->setDatabasePath(QString());
    reports_->setDatabase(QString(), ActingUser());
    treeModel_->setTree(OrganisationTree());
    db_.reset();
    user_ = ActingUser();
    scopeId_ = 0;
    ui_->sidebar->setEnabled(false);
    ui_->pages->setCurrentWidget(noDatabasePage_);
    statusPath_->clear();
    applyUser();
    updateTitle();
    updateStatus();
}

void MainWindow::buildPages()
{
    overview_ = new OverviewPage(ui_->pages);
    members_ = new MembersPage(ui_->pages);
    ui_->pages->addWidget(overview_);
    ui_->pages->addWidget(members_);
    referrals_ = new ReferralsPage(ui_->pages);
    ui_->pages->addWidget(referrals_);
    meetings_ = new MeetingsPage(ui_->pages);
    ui_->pages->addWidget(meetings_);
    for (int i = int(Section::Comments); i <= int(Section::Liaison); ++i) {
        if (i == int(Section::Reports)) {
            reports_ = new ReportsPage(ui_->pages);
            ui_->pages->addWidget(reports_);
            continue;
        }
        if (i == int(Section::Comments)) {
            comments_ = new CommentsPage(ui_->pages);
            ui_->pages->addWidget(comments_);
            continue;
        }
        liaison_ = new LiaisonPage(ui_->pages);
        ui_->pages->addWidget(liaison_);
    }
    history_ = new HistoryPage(ui_->pages);
    ui_->pages->addWidget(history_);
    noDatabasePage_ = new QWidget(ui_->pages);
    noDatabaseLabel_ = new QLabel(noDatabasePage_);
    noDatabaseLabel_->setAlignment(Qt::AlignCenter);
    noDatabaseLabel_->setWordWrap(true);
    auto *layout = new QVBoxLayout(noDatabasePage_);
    layout->addWidget(noDatabaseLabel_);
    ui_->pages->addWidget(noDatabasePage_);
}

void MainWindow::retranslate()
{
    ui_->retranslateUi(this);
    const QString names[kSectionCount] = {tr("Overview"), tr("Members"), tr("Referrals"), tr("Meetings"),
                                          tr("Comments"), tr("Reports"), tr("Liaison"), tr("History")};
    for (int i = 0; i < kSectionCount; ++i)
        ui_->sectionList->item(i)->setText(names[i]);
    noDatabaseLabel_->setText(tr("No database is open.\nUse File → New database or File → Open database."));
    connectServer_->setText(tr("Connect to a &server…"));
    connectServer_->setStatusTip(tr("Open a CuTru database on a PostgreSQL server shared by the province's offices"));
    // Fit the section list to its items, so the tree gets the rest of the sidebar.
    ui_->sectionList->setFixedHeight(ui_->sectionList->sizeHintForRow(0) * kSectionCount
                                     + 2 * ui_->sectionList->frameWidth() + 4);
    const QString lang = language::current().isEmpty() ? language::preferred() : language::current();
    ui_->actionVietnamese->setChecked(lang == QLatin1String("vi"));
    ui_->actionEnglish->setChecked(lang == QLatin1String("en"));
    treeModel_->refreshLabels();
    updateTitle();
    updateStatus();
    if (backup_)
        applyUser(); // the signed-in label
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && ui_)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Unsaved attendance marks: asked first; the window closes once they are saved or dropped.
    if (meetings_->hasUnsavedChanges()) {
        event->ignore();
        showSection(Section::Meetings);
        meetings_->maybeLeave([this] { close(); });
        return;
    }
    QSettings settings;
    settings.setValue(QStringLiteral("ui/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("ui/splitter"), ui_->splitter->saveState());
    settings.setValue(QStringLiteral("ui/section"), ui_->sectionList->currentRow());
    event->accept();
}

QTreeView *MainWindow::organisationView() const
{
    return ui_->organisationView;
}

QListWidget *MainWindow::sectionList() const
{
    return ui_->sectionList;
}

QString MainWindow::databasePath() const
{
    return db_ ? db_->path() : QString();
}

bool MainWindow::openDatabase(const QString &path, QString *error)
{
    // A server database is named by its address; its password is asked for (or taken
    // from the connection dialog) while this function runs, on the GUI thread only.
    const bool server = storage::DatabaseTarget::isServerUri(path);
    const QString absolute = server ? path.trimmed() : QFileInfo(path).absoluteFilePath();
    std::optional<ServerPasswordPrompt> passwordPrompt;
    if (server)
        passwordPrompt.emplace(this, std::exchange(pendingServerUri_, QString()) == absolute
                                         ? std::exchange(pendingServerPassword_, QString())
                                         : QString());
    pendingServerPassword_.clear();
    std::optional<storage::Database> db;
    OrganisationTree tree;
    // The integrity check reads the whole file (about a second and a half for the
    // full province): on a worker thread, behind a cancellable progress dialog.
    enum class Check { Sound, Damaged, Cancelled, Unreadable };
    Check check = Check::Sound;
    // A server checks its own pages; there is no file to read.
    if (!server && QFileInfo::exists(absolute)) {
        auto stop = std::make_shared<std::atomic<bool>>(false);
        QProgressDialog progress(tr("Checking %1…").arg(QFileInfo(absolute).fileName()), tr("Cancel"), 0, 0, this);
        progress.setWindowTitle(tr("Opening the database"));
        progress.setWindowModality(Qt::WindowModal);
        progress.setMinimumDuration(400);
        connect(&progress, &QProgressDialog::canceled, this, [stop] { stop->store(true); });
        QFutureWatcher<Check> watcher;
        QEventLoop loop;
        connect(&watcher, &QFutureWatcher<Check>::finished, &loop, &QEventLoop::quit);
        watcher.setFuture(QtConcurrent::run([absolute, stop] {
            try {
                return storage::Database::integrityProblems(absolute, [stop] { return !stop->load(); }).isEmpty()
                           ? Check::Sound
                           : Check::Damaged;
            } catch (const storage::OperationCancelled &) {
                return Check::Cancelled;
            } catch (const storage::StorageError &) {
                return Check::Unreadable; // open() below says what is wrong with it
            }
        }));
        if (!watcher.isFinished())
            loop.exec();
        check = watcher.result();
    }
    if (check == Check::Cancelled) {
        if (error)
            error->clear();
        return false;
    }
    try {
        // A damaged or unreadable file goes through open()'s own check, which refuses it
        // with the message naming the file.
        db.emplace(storage::Database::open(absolute, storage::Database::Create::MustExist,
                                           check == Check::Sound ? storage::Database::IntegrityCheck::Skip
                                                                 : storage::Database::IntegrityCheck::Full));
        tree = OrganisationTree::load(*db);
    } catch (const storage::StorageError &e) {
        spdlog::warn("cannot open {}: {} ({})", absolute.toStdString(), e.userMessage().toStdString(),
                     e.detail().toStdString());
        if (error)
            *error = e.userMessage();
        return false;
    }
    std::optional<ActingUser> user;
    QString refusal;
    try {
        // On a server the connection is the sign-in: the server checked the password.
        if (db->isPostgres())
            user = signInToServer(*db, &refusal);
        else
            user = authenticator_ ? authenticator_(*db) : std::nullopt;
    } catch (const storage::StorageError &e) {
        spdlog::warn("cannot sign in to {}: {} ({})", absolute.toStdString(), e.userMessage().toStdString(),
                     e.detail().toStdString());
        if (error)
            *error = e.userMessage();
        return false;
    }
    if (!user) {
        if (error)
            *error = refusal; // empty when cancelled: nothing to report
        return false;
    }
    spdlog::info("opened {} as {}", absolute.toStdString(), user->name.toStdString());

    members_->setDatabase(nullptr, QString(), nullptr); // the old list lets go of the old file first
    history_->setDatabase(nullptr, ActingUser());
    referrals_->setDatabase(nullptr, ActingUser());
    meetings_->setDatabase(nullptr, ActingUser());
    comments_->setDatabase(nullptr, ActingUser());
    liaison_->setDatabase(nullptr, ActingUser());
    reports_->setDatabase(QString(), ActingUser());
    db_ = std::move(db);
    startSession(*user, std::move(tree));
    recent::add(absolute);
    backup_->runDailyBackupIfDue();
    return true;
}

std::optional<ActingUser> MainWindow::signInToServer(storage::Database &db, QString *refusal)
{
    const SignInResult r = AccountService(db).signInToServer();
    if (!r.ok()) {
        *refusal = r.message;
        return std::nullopt;
    }
    if (r.mustChangePassword) {
        ChangePasswordDialog change(db, r.user, ChangePasswordDialog::Reason::Required, this);
        if (change.exec() != QDialog::Accepted) {
            *refusal = tr("You are not signed in: the password of %1 must be changed first.").arg(r.user.name);
            return std::nullopt;
        }
    }
    return r.user;
}

void MainWindow::connectToServer()
{
    ConnectServerDialog dialog(this);
    // The server used last, from the recent list (addresses never hold a password).
    for (const QString &recent : recent::files())
        if (storage::DatabaseTarget::isServerUri(recent)) {
            if (const auto target = storage::DatabaseTarget::parse(recent))
                dialog.setTarget(*target);
            break;
        }
    if (dialog.exec() != QDialog::Accepted)
        return;
    pendingServerUri_ = dialog.uri();
    pendingServerPassword_ = dialog.password();
    openDatabaseInteractively(pendingServerUri_);
}

OrganisationTree MainWindow::restrictedTree(OrganisationTree tree) const
{
    // The tree starts at the organisations the user's roles reach.
    if (user_.permissions.scopesFor(Action::ReadMembers)) {
        QList<qint64> roots;
        for (const auto &g : user_.permissions.grants())
            if (roleMay(g.role, Action::ReadMembers) && g.organisationId > 0)
                roots << g.organisationId;
        tree.restrictRoots(roots);
    }
    return tree;
}

void MainWindow::startSession(const ActingUser &user, OrganisationTree tree)
{
    const QString path = db_->path();
    user_ = user;
    treeModel_->setTree(restrictedTree(std::move(tree)));
    members_->setDatabase(&*db_, path, &treeModel_->tree(), user_);
    history_->setDatabase(&*db_, user_);
    referrals_->setDatabase(&*db_, user_);
    meetings_->setDatabase(&*db_, user_, &treeModel_->tree());
    comments_->setDatabase(&*db_, user_, &treeModel_->tree());
    liaison_->setDatabase(&*db_, user_);
    reports_->setDatabase(path, user_, &treeModel_->tree());
    applyUser();
    overview_->setActingUser(user_);
    overview_->setDatabasePath(path);

    ui_->sidebar->setEnabled(true);
    ui_->pages->setCurrentIndex(std::max(0, ui_->sectionList->currentRow()));
    statusPath_->setText(db_->isPostgres() ? path : QDir::toNativeSeparators(path));
    updateTitle();

    // The first root (the province for a provincial user) is the initial scope, opened one level.
    const QList<qint64> roots = treeModel_->tree().roots();
    scopeId_ = -1; // forces the scope to be applied even if the id is the same as before
    selectScope(roots.isEmpty() ? 0 : roots.first());
    if (!roots.isEmpty())
        ui_->organisationView->expand(treeModel_->indexOf(roots.first()));
}

bool MainWindow::openDatabaseInteractively(const QString &path)
{
    // Another file or user replaces every page: unsaved attendance marks are asked about first.
    if (meetings_->hasUnsavedChanges()) {
        showSection(Section::Meetings);
        meetings_->maybeLeave([this, path] { openDatabaseInteractively(path); });
        return false;
    }
    QString error;
    if (openDatabase(path, &error))
        return true;
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Cannot open the database"), error);
    return false;
}

void MainWindow::showSection(Section section)
{
    ui_->sectionList->setCurrentRow(int(section));
}

MainWindow::Section MainWindow::currentSection() const
{
    return Section(std::max(0, ui_->sectionList->currentRow()));
}

void MainWindow::selectScope(qint64 organisationId)
{
    const QModelIndex index = treeModel_->indexOf(organisationId);
    if (index.isValid()) {
        ui_->organisationView->setCurrentIndex(index);
        ui_->organisationView->scrollTo(index);
    } else {
        ui_->organisationView->setCurrentIndex({});
    }
    // setCurrentIndex() does not signal when the index is unchanged.
    if (scopeId_ != organisationId)
        onScopeChanged();
}

void MainWindow::onScopeChanged()
{
    const qint64 id = OrganisationTreeModel::idOf(ui_->organisationView->currentIndex());
    scopeId_ = id;
    const OrganisationTree &tree = treeModel_->tree();
    // The only root holds every member: no path filter then, so that SQL can walk the
    // name index instead of joining and sorting the whole province. A restricted
    // user's roots are their own organisations: the list of a root is everything the
    // user may see there (members held or living there), while the figures keep the
    // organisation's path so they never count beyond it.
    const bool restricted = user_.permissions.scopesFor(Action::ReadMembers).has_value();
    const bool isRoot = tree.roots().contains(id);
    const bool everything = id == 0 || (tree.roots().size() == 1 && isRoot);
    const QString path = everything ? QString() : tree.scopePath(id);
    const QString name = id > 0 ? tree.breadcrumb(id) : QString();
    members_->setScope(id, restricted && isRoot ? QString() : path, name);
    overview_->setScope(restricted ? tree.scopePath(id) : path, name);
    meetings_->setScope(id);
    comments_->setScope(id);
    reports_->setScope(id);
    updateStatus();
}

void MainWindow::onMemberSaved()
{
    reloadTree();
    overview_->refresh();
    history_->refresh();
    referrals_->refresh();
    updateStatus();
}

void MainWindow::reloadTree()
{
    if (!db_)
        return;
    try {
        treeModel_->setTree(restrictedTree(OrganisationTree::load(*db_)));
    } catch (const storage::StorageError &e) {
        spdlog::error("tree reload failed: {} ({})", e.userMessage().toStdString(), e.detail().toStdString());
        statusBar()->showMessage(e.userMessage(), 15000);
    }
}

void MainWindow::updateTitle()
{
    if (!db_) {
        setWindowTitle(tr("CuTru"));
        return;
    }
    // A server database: its name and host ("cutru on db.tinh.vn — CuTru").
    const auto target = storage::DatabaseTarget::parse(db_->path());
    setWindowTitle(tr("%1 — CuTru")
                       .arg(target && target->isServer() ? serverDisplayName(*target)
                                                         : QFileInfo(db_->path()).fileName()));
}

void MainWindow::updateStatus()
{
    if (!statusCounts_)
        return;
    if (!db_) {
        statusCounts_->setText(tr("No database open"));
        statusPath_->clear();
        return;
    }
    const OrganisationTree &tree = treeModel_->tree();
    int inScope = 0;
    if (scopeId_ > 0) {
        inScope = tree.memberCount(scopeId_);
    } else {
        for (qint64 root : tree.roots())
            inScope += tree.memberCount(root);
    }
    QString text = tr("%Ln member(s) in scope", nullptr, inScope);
    const MemberTableModel *model = members_->model();
    if (currentSection() == Section::Members && model) {
        const QString shown =
            model->isCountKnown() ? QLocale().toString(model->rowCount()) : QStringLiteral("…");
        text += tr(" · %1 shown").arg(shown);
    }
    statusCounts_->setText(text);
}

QString MainWindow::startFolder() const
{
    if (db_ && !db_->isPostgres())
        return QFileInfo(db_->path()).absolutePath();
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

void MainWindow::newDatabase()
{
    QString path = QFileDialog::getSaveFileName(this, tr("New database"), startFolder(),
                                                tr("CuTru databases (*.cutru)"), nullptr,
                                                QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".cutru");
    try {
        storage::Database::open(path, storage::Database::Create::MustNotExist);
    } catch (const storage::StorageError &e) {
        spdlog::warn("cannot create {}: {}", path.toStdString(), e.detail().toStdString());
        QMessageBox::warning(this, tr("New database"), e.userMessage());
        return;
    }
    openDatabaseInteractively(path);
}

void MainWindow::chooseDatabase()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open database"), startFolder(),
                                                      tr("CuTru databases (*.cutru);;All files (*)"));
    if (!path.isEmpty())
        openDatabaseInteractively(path);
}

void MainWindow::rebuildRecentMenu()
{
    QMenu *menu = ui_->menuRecent;
    menu->clear();
    const QStringList files = recent::files();
    for (int i = 0; i < files.size(); ++i) {
        const QString &file = files.at(i);
        const auto target = storage::DatabaseTarget::parse(file);
        const bool server = target && target->isServer();
        QAction *a = menu->addAction(
            tr("&%1  %2").arg(i + 1).arg(server ? serverDisplayName(*target) : QFileInfo(file).fileName()));
        a->setStatusTip(server ? file : QDir::toNativeSeparators(file));
        a->setToolTip(server ? file : QDir::toNativeSeparators(file));
        connect(a, &QAction::triggered, this, [this, file] { openDatabaseInteractively(file); });
    }
    if (files.isEmpty())
        menu->addAction(tr("(no recent databases)"))->setEnabled(false);
    menu->addSeparator();
    QAction *clear = menu->addAction(tr("&Clear the list"));
    clear->setEnabled(!files.isEmpty());
    connect(clear, &QAction::triggered, this, [] { recent::clear(); });
}

void MainWindow::about()
{
    const QString none = tr("(none)");
    QMessageBox::about(
        this, tr("About CuTru"),
        tr("<h3>CuTru %1</h3>"
           "<p>Party members at their place of residence: referral, reception, residence meetings, "
           "annual comments and provincial liaison (Regulation 213-QĐ/TW, Guideline 33-HD/BTCTW).</p>"
           "<p><b>Database:</b> %2<br><b>Log file:</b> %3</p>"
           "<p>Built with Qt %4. Licence: MIT.</p>")
            .arg(QStringLiteral(CUTRU_VERSION),
                 db_ ? (db_->isPostgres() ? db_->path() : QDir::toNativeSeparators(db_->path())).toHtmlEscaped()
                     : none,
                 logFile_.isEmpty() ? none : QDir::toNativeSeparators(logFile_).toHtmlEscaped(),
                 QString::fromLatin1(qVersion())));
}

QAction *MainWindow::accountsAction() const
{
    return ui_->actionAccounts;
}

QAction *MainWindow::changePasswordAction() const
{
    return ui_->actionChangePassword;
}

QAction *MainWindow::importMembersAction() const
{
    return ui_->actionImportMembers;
}

QAction *MainWindow::importOrganisationsAction() const
{
    return ui_->actionImportOrganisations;
}

QAction *MainWindow::exportMembersAction() const
{
    return ui_->actionExportMembers;
}

QAction *MainWindow::exportOrganisationsAction() const
{
    return ui_->actionExportOrganisations;
}

void MainWindow::applyUser()
{
    const bool open = db_.has_value();
    ui_->actionChangePassword->setEnabled(open && user_.accountId > 0);
    ui_->actionSwitchUser->setEnabled(open);
    ui_->actionAccounts->setEnabled(open && user_.may(Action::ManageAccounts));
    // With no database open, Restore… may repair a file that could not be opened: as
    // the file's local administrator, recorded as such, like cutru-cli without --user
    // (whoever can write the file could replace it anyway).
    backup_->setActingUser(open ? user_ : ActingUser::localAdministrator(paths::osUser()));
    // A server database is backed up and restored with PostgreSQL's tools, not by copying pages.
    const bool server = open && db_->isPostgres();
    backup_->backupAction()->setEnabled(open && !server && user_.may(Action::BackUp));
    backup_->restoreAction()->setEnabled(!open || (!server && user_.may(Action::Restore)));
    backup_->backupAction()->setToolTip(
        server ? tr("A database on a PostgreSQL server is backed up by its administrator with pg_dump.") : QString());
    backup_->restoreAction()->setToolTip(
        server ? tr("A database on a PostgreSQL server is restored by its administrator with pg_restore from a "
                    "pg_dump archive.")
               : QString());
    // As the services decide: members are imported by those who may edit them somewhere,
    // organisations by the provincial board; a member export carries unmasked CCCDs.
    ui_->actionImportMembers->setEnabled(open && user_.may(Action::EditMembers));
    ui_->actionImportOrganisations->setEnabled(open && user_.may(Action::ManageOrganisations));
    ui_->actionExportMembers->setEnabled(open && user_.may(Action::ReadMembers)
                                         && user_.may(Action::ViewPersonalIdentifiers));
    ui_->actionExportOrganisations->setEnabled(open && user_.may(Action::ReadMembers));
    // Liaison records: the provincial board, the auditor and commune offices.
    const bool hideLiaison = open && !user_.may(Action::ReadLiaison);
    ui_->sectionList->item(int(Section::Liaison))->setHidden(hideLiaison);
    if (hideLiaison && ui_->sectionList->currentRow() == int(Section::Liaison))
        ui_->sectionList->setCurrentRow(int(Section::Members));
    if (!open) {
        statusUser_->clear();
        statusUser_->setToolTip(QString());
        return;
    }
    statusUser_->setText(tr("Signed in: %1").arg(user_.fullName.isEmpty() ? user_.name : user_.fullName));
    statusUser_->setToolTip(tr("%1 — %2").arg(user_.name, user_.permissions.describe()));
}

void MainWindow::switchUser()
{
    if (!db_)
        return;
    // On a server the user is the connection's: another user connects anew.
    if (db_->isPostgres()) {
        connectToServer();
        return;
    }
    const QString path = db_->path();
    // Signing in again reopens the file, so that every list and figure follows the new roles.
    openDatabaseInteractively(path);
}

void MainWindow::changePassword()
{
    if (!db_ || user_.accountId == 0)
        return;
    ChangePasswordDialog dialog(*db_, user_, ChangePasswordDialog::Reason::OwnChoice, this);
    if (dialog.exec() == QDialog::Accepted)
        statusBar()->showMessage(tr("Your password has been changed."), 8000);
}

void MainWindow::manageAccounts()
{
    if (!db_)
        return;
    AccountsDialog dialog(*db_, user_, this);
    bool ownAccountChanged = false;
    connect(&dialog, &AccountsDialog::accountChanged, this,
            [&](qint64 id) { ownAccountChanged = ownAccountChanged || id == user_.accountId; });
    dialog.exec();
    if (!ownAccountChanged)
        return;
    // The signed-in account's own roles changed: what the window shows follows at once.
    try {
        const auto account = storage::AccountRepository(*db_).byId(user_.accountId);
        if (!account || !account->active) {
            closeDatabase();
            QMessageBox::information(this, tr("User accounts"),
                                     tr("Your account is no longer enabled; the database has been closed."));
            return;
        }
        startSession(AccountService::actingUserFor(*account), OrganisationTree::load(*db_));
    } catch (const storage::StorageError &e) {
        statusBar()->showMessage(e.userMessage(), 15000);
    }
}

void MainWindow::startImport(ImportKind kind)
{
    if (!db_)
        return;
    auto *wizard = new ImportWizard(kind, *db_, user_, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &ImportWizard::imported, this, &MainWindow::afterImport);
    wizard->open();
}

void MainWindow::afterImport(ImportKind kind)
{
    if (!db_)
        return;
    if (members_->model())
        members_->model()->reload();
    onMemberSaved(); // the tree's counts, the overview, history and referrals
    if (kind == ImportKind::Organisations)
        meetings_->refresh(); // new cells hold meetings
    statusBar()->showMessage(kind == ImportKind::Members ? tr("Members imported.") : tr("Organisations imported."),
                             15000);
}

void MainWindow::startExport(ImportKind kind)
{
    if (!db_)
        return;
    auto *dialog = new ExportDialog(kind, db_->path(), user_, treeModel_->tree(), scopeId_, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ExportDialog::exported, this, [this](bool ok, const QString &message) {
        if (ok)
            statusBar()->showMessage(message, 15000);
    });
    dialog->open();
}

void MainWindow::setLanguage(const QString &code)
{
    if (code == language::current())
        return;
    language::setPreferred(code);
    // Every widget retranslates itself on the LanguageChange event this sends.
    language::apply(code);
}

} // namespace cutru
