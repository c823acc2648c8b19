#pragma once

#include "services/acting_user.h"
#include "services/import_mapping.h"
#include "services/organisation_tree.h"
#include "storage/database.h"

#include <QMainWindow>
#include <functional>
#include <memory>
#include <optional>

class QLabel;
class QListWidget;
class QTreeView;

namespace Ui {
class MainWindow;
}

namespace cutru {

class BackupController;
class HistoryPage;
class LiaisonPage;
class MeetingsPage;
class CommentsPage;
class MembersPage;
class OrganisationTreeModel;
class OverviewPage;
class ReferralsPage;
class ReportsPage;

// The main window: a sidebar of sections and the organisation tree (the scope of
// every section), the section pages, File / View / Help menus and a status bar with
// the counts and the database path. It holds the GUI thread's connection to the
// open database; lists and figures read on connections of their own.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    enum class Section { Overview, Members, Referrals, Meetings, Comments, Reports, Liaison, History };
    static constexpr int kSectionCount = 8;

    // Signs a user in to a database that has just been opened; nullopt = cancelled.
    // The default shows the sign-in dialog (or asks for the first administrator);
    // tests put in one that answers at once.
    using Authenticator = std::function<std::optional<ActingUser>(storage::Database &)>;

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    void setAuthenticator(Authenticator authenticator) { authenticator_ = std::move(authenticator); }
    const ActingUser &user() const { return user_; }

    // Opens the CuTru database at `path` in place of the current one and signs in.
    // On failure the current one stays open and `error` gets a message fit for users
    // (empty when the user cancelled the sign-in).
    bool openDatabase(const QString &path, QString *error = nullptr);
    // The same, telling the user in a message box when it fails.
    bool openDatabaseInteractively(const QString &path);
    // File → Connect to a server…: the connection dialog, then the database at the
    // address it gives, signed in as the connection's user (no sign-in dialog).
    void connectToServer();
    QAction *connectServerAction() const { return connectServer_; }
    QString databasePath() const;

    void showSection(Section section);
    Section currentSection() const;
    // Selects an organisation as the scope (0: the whole database).
    void selectScope(qint64 organisationId);
    qint64 currentScope() const { return scopeId_; }

    // Shown in Help → About.
    void setLogFile(const QString &path) { logFile_ = path; }

    MembersPage *membersPage() const { return members_; }
    OverviewPage *overviewPage() const { return overview_; }
    HistoryPage *historyPage() const { return history_; }
    ReferralsPage *referralsPage() const { return referrals_; }
    MeetingsPage *meetingsPage() const { return meetings_; }
    LiaisonPage *liaisonPage() const { return liaison_; }
    CommentsPage *commentsPage() const { return comments_; }
    ReportsPage *reportsPage() const { return reports_; }
    BackupController *backupController() const { return backup_; }
    QTreeView *organisationView() const;
    OrganisationTreeModel *organisationModel() const { return treeModel_; }
    QListWidget *sectionList() const;
    QLabel *statusCountLabel() const { return statusCounts_; }
    QLabel *statusUserLabel() const { return statusUser_; }
    QAction *accountsAction() const;
    QAction *changePasswordAction() const;
    QAction *importMembersAction() const;
    QAction *importOrganisationsAction() const;
    QAction *exportMembersAction() const;
    QAction *exportOrganisationsAction() const;

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void buildPages();
    void retranslate();
    void newDatabase();
    void chooseDatabase();
    void rebuildRecentMenu();
    void about();
    void setLanguage(const QString &code);
    void onScopeChanged();
    void onMemberSaved();
    // Shows what the signed-in user may see and use.
    void applyUser();
    // Shows the open database as `user` sees it: tree, pages, menus.
    void startSession(const ActingUser &user, OrganisationTree tree);
    OrganisationTree restrictedTree(OrganisationTree tree) const;
    // The account of the connection's database role; nullopt with `refusal` set when
    // it has none, or its required password change was cancelled.
    std::optional<ActingUser> signInToServer(storage::Database &db, QString *refusal);
    void switchUser();
    void changePassword();
    void manageAccounts();
    // File → Import …: the wizard, window-modal; lists and the tree follow an import.
    void startImport(ImportKind kind);
    void afterImport(ImportKind kind);
    // File → Export …: the export dialog over the scope chosen in the tree.
    void startExport(ImportKind kind);
    void reloadTree();
    // Lets go of the database (every page and connection), e.g. before a restore.
    void closeDatabase();
    void updateStatus();
    void updateTitle();
    QString startFolder() const;

    std::unique_ptr<Ui::MainWindow> ui_;
    std::optional<storage::Database> db_;
    ActingUser user_;
    Authenticator authenticator_;
    OrganisationTreeModel *treeModel_ = nullptr;
    MembersPage *members_ = nullptr;
    OverviewPage *overview_ = nullptr;
    HistoryPage *history_ = nullptr;
    ReferralsPage *referrals_ = nullptr;
    MeetingsPage *meetings_ = nullptr;
    LiaisonPage *liaison_ = nullptr;
    CommentsPage *comments_ = nullptr;
    ReportsPage *reports_ = nullptr;
    BackupController *backup_ = nullptr;
    QWidget *noDatabasePage_ = nullptr;
    QLabel *noDatabaseLabel_ = nullptr;
    QLabel *statusCounts_ = nullptr;
    QLabel *statusPath_ = nullptr;
    QLabel *statusUser_ = nullptr;
    qint64 scopeId_ = 0;
    QString logFile_;
    QAction *connectServer_ = nullptr;
    // The password typed into the connection dialog, for the next connection to that
    // address only (storage then remembers it, in memory).
    QString pendingServerUri_;
    QString pendingServerPassword_;
};

} // namespace cutru
