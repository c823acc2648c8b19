// Accounts as database roles and row-level security on a PostgreSQL server: connected
// as an account's own role, with plain SQL, an office reads and writes only the rows of
// the organisations its grants reach (src/storage/postgres_security.cpp).

#include "services/account_service.h"
#include "services/meeting_service.h"
#include "services/member_import.h"
#include "services/tabular_file.h"
#include "storage/comment_repository.h"
#include "storage/meeting_repository.h"
#include "storage/member_repository.h"
#include "storage/organisation_repository.h"
#include "storage/residence_repository.h"
#include "support/test_support.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <atomic>
#include <gtest/gtest.h>

using namespace cutru;

namespace {

const QString kPassword = QStringLiteral("Matkhau2025");

// A connection as one database role with its password: what an office could do with
// psql. Closed and unregistered when it goes.
class RoleSession {
public:
    RoleSession(const QString &uri, const QString &role, const QString &password)
    {
        static std::atomic<int> counter{0};
        name_ = QStringLiteral("rls-%1-%2").arg(role).arg(++counter);
        const auto target = storage::DatabaseTarget::parse(uri);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name_);
        db.setHostName(target->host);
        db.setPort(target->port);
        db.setDatabaseName(target->databaseName);
        db.setUserName(role);
        db.setPassword(password);
        db.setConnectOptions(target->options);
        opened_ = db.open();
        error_ = db.lastError().text();
    }
    ~RoleSession()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(name_, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(name_);
    }
    RoleSession(const RoleSession &) = delete;
    RoleSession &operator=(const RoleSession &) = delete;

    bool opened() const { return opened_; }
    const QString &error() const { return error_; }

    // The first column of the first row; invalid when the server refused the query.
    QVariant value(const QString &sql)
    {
        QSqlQuery q(QSqlDatabase::database(name_, false));
        if (!q.exec(sql) || !q.next()) {
            error_ = q.lastError().text();
            return {};
        }
        return q.value(0);
    }
    qint64 count(const QString &fromWhere)
    {
        const QVariant v = value(QStringLiteral("SELECT count(*) FROM ") + fromWhere);
        return v.isValid() ? v.toLongLong() : -1;
    }
    // The rows a statement changed, or -1 when the server refused it (error() says why).
    int change(const QString &sql)
    {
        QSqlQuery q(QSqlDatabase::database(name_, false));
        if (!q.exec(sql)) {
            error_ = q.lastError().text();
            return -1;
        }
        return q.numRowsAffected();
    }

private:
    QString name_;
    bool opened_ = false;
    QString error_;
};

class RowLevelSecurity : public ::testing::Test {
protected:
    void SetUp() override
    {
        if (!test::testingOnPostgres())
            GTEST_SKIP() << "row-level security is PostgreSQL's: this test runs as pg.RowLevelSecurity.* "
                            "(CUTRU_TEST_ENGINE=postgresql with CUTRU_TEST_POSTGRES)";
        uri = folder.database(QStringLiteral("rls"));
        db.emplace(storage::Database::open(uri));
        buildProvince();
        createAccounts();
    }

    void TearDown() override
    {
        storage::setPasswordPrompt({});
        storage::forgetPasswords();
        if (!db)
            return;
        // Roles belong to the whole server: drop the ones this test made.
        for (const QString &role : std::as_const(roles)) {
            QSqlQuery q(db->connection());
            if (!q.exec(QStringLiteral("DROP ROLE IF EXISTS \"%1\"").arg(role)))
                ADD_FAILURE() << "cannot drop the role " << role.toStdString() << ": "
                              << q.lastError().text().toStdString();
        }
    }

    // User names unique on the server for this run (roles are shared by all databases).
    QString username(const char *what)
    {
        static std::atomic<int> counter{0};
        const QString name = QStringLiteral("rls%1x%2.%3")
                                 .arg(QCoreApplication::applicationPid())
                                 .arg(++counter)
                                 .arg(QLatin1String(what));
        roles << name;
        return name;
    }

    // The test database's URI for connecting as `role`.
    QString uriAs(const QString &role) const
    {
        QUrl url(uri);
        url.setUserName(role);
        return url.toString();
    }

    // As the tables' owner (the superuser of the test server), like the demo loader.
    void buildProvince()
    {
        tiny = test::buildTinyProvince(*db);
        commune1 = tiny.commune;
        village = tiny.village;
        commune2 = tiny.ward;
        group = tiny.group;
        village2 = test::addOrganisation(*db, commune1, OrgLevel::Cell, "village", "P.D1.C1.K2",
                                         QStringLiteral("Chi bộ thôn Phất Lộc Đông"));
        workplace2 = test::addOrganisation(*db, tiny.province, OrgLevel::Workplace, "administrative_agency", "P.W2",
                                           QStringLiteral("Chi bộ Sở Xây dựng"));

        storage::Transaction tx(*db, QStringLiteral("test"));
        storage::MemberRepository members(*db);
        auto member = [&](const char *name, qint64 cell, qint64 commune, qint64 residenceCell, int serial) {
            Member m = test::validMember(QString::fromUtf8(name), cell, serial);
            m.residenceCommuneId = commune;
            m.residenceCellId = residenceCell;
            members.insert(m);
            return m.id;
        };
        m1 = member("Nguyễn Văn Một", village, commune1, village, 1);
        m2 = member("Trần Thị Hai", village2, commune1, village2, 2);
        m3 = member("Lê Văn Ba", group, commune2, group, 3);
        // Working members, referred to the commune they live in and assigned to a cell
        // there (their residence cell is not recorded: only the referral links them).
        m4 = member("Phạm Văn Bốn", tiny.workplace, commune1, 0, 4);
        m5 = member("Hoàng Thị Năm", tiny.workplace, commune2, 0, 5);
        m6 = member("Vũ Văn Sáu", workplace2, commune2, 0, 6);

        storage::ResidenceRepository referrals(*db);
        auto referral = [&](qint64 memberId, qint64 issuer, int no, qint64 commune, qint64 cell) {
            Referral r;
            r.memberId = memberId;
            r.issuingOrgId = issuer;
            r.letterYear = 2024;
            r.letterNo = no;
            r.issueDate = QDate(2024, 2, 1);
            r.toCommuneId = commune;
            r.receivedDate = QDate(2024, 2, 10);
            r.assignedCellId = cell;
            r.assignedDate = QDate(2024, 2, 15);
            referrals.insert(r);
            return r.id;
        };
        r4 = referral(m4, tiny.workplace, 1, commune1, village);
        r5 = referral(m5, tiny.workplace, 2, commune2, group);
        r6 = referral(m6, workplace2, 1, commune2, group);

        storage::MeetingRepository meetings(*db);
        auto meeting = [&](qint64 cell, const QList<qint64> &present) {
            Meeting mt;
            mt.cellId = cell;
            mt.date = QDate(2025, 3, 10);
            mt.kind = MeetingKind::Periodic;
            mt.venue = QStringLiteral("Nhà văn hóa");
            meetings.insert(mt);
            for (qint64 memberId : present)
                meetings.upsert(Attendance{mt.id, memberId, AttendanceStatus::Present, QString()});
            return mt.id;
        };
        meetingA = meeting(village, {m1, m4});
        meetingB = meeting(village2, {m2});
        meetingC = meeting(group, {m3, m5, m6});

        storage::CommentRepository comments(*db);
        auto comment = [&](qint64 memberId, qint64 referralId, qint64 cell) {
            AnnualComment c;
            c.memberId = memberId;
            c.referralId = referralId;
            c.cellId = cell;
            c.year = 2024;
            c.otherRemarks = QStringLiteral("Gương mẫu");
            c.draftedDate = QDate(2024, 12, 1);
            comments.insert(c);
            return c.id;
        };
        comment4 = comment(m4, r4, village);
        comment5 = comment(m5, r5, group);
        tx.commit();
    }

    // Through the service, as the administrator (the owner) would: each makes its role.
    qint64 createAccount(const QString &name, Role role, qint64 organisationId)
    {
        storage::OrganisationRepository orgs(*db);
        Account a;
        a.username = name;
        a.fullName = QStringLiteral("Người dùng ") + name;
        const auto org = orgs.byId(organisationId);
        a.grants = {RoleGrant{role, organisationId, organisationId ? orgs.pathOf(organisationId) : QString(),
                              org ? org->name : QString()}};
        const SaveOutcome out = AccountService(*db).create(administrator, a, kPassword);
        EXPECT_TRUE(out.ok()) << out.message.toStdString();
        return a.id;
    }

    void createAccounts()
    {
        communeOffice = username("xa");
        cellSecretary = username("chibo");
        workplaceOfficer = username("coquan");
        board = username("tinh");
        communeOfficeId = createAccount(communeOffice, Role::CommuneOffice, commune1);
        createAccount(cellSecretary, Role::CellSecretary, village);
        createAccount(workplaceOfficer, Role::WorkplaceOfficer, tiny.workplace);
        createAccount(board, Role::ProvincialBoard, 0);
    }

    // The rows of each table a role sees.
    struct Seen {
        qint64 members, referrals, meetings, attendance, comments;
        bool operator==(const Seen &) const = default;
        friend void PrintTo(const Seen &s, std::ostream *os)
        {
            *os << "{members " << s.members << ", referrals " << s.referrals << ", meetings " << s.meetings
                << ", attendance " << s.attendance << ", comments " << s.comments << "}";
        }
    };
    static Seen seen(RoleSession &s)
    {
        return {s.count(QStringLiteral("members")), s.count(QStringLiteral("referrals")),
                s.count(QStringLiteral("meetings")), s.count(QStringLiteral("attendance")),
                s.count(QStringLiteral("annual_comments"))};
    }

    test::TempFolder folder;
    QString uri;
    std::optional<storage::Database> db;
    ActingUser administrator = test::wholeDatabaseUser(QStringLiteral("quantri"));
    QStringList roles;
    test::TinyProvince tiny;
    qint64 commune1 = 0, village = 0, village2 = 0, commune2 = 0, group = 0, workplace2 = 0;
    qint64 m1 = 0, m2 = 0, m3 = 0, m4 = 0, m5 = 0, m6 = 0, r4 = 0, r5 = 0, r6 = 0;
    qint64 meetingA = 0, meetingB = 0, meetingC = 0, comment4 = 0, comment5 = 0;
    QString communeOffice, cellSecretary, workplaceOfficer, board;
    qint64 communeOfficeId = 0;
};

} // namespace

inline void PrintTo(const QString &s, std::ostream *os)
{
    *os << s.toStdString();
}

TEST_F(RowLevelSecurity, EachAccountIsALoginRoleInTheGroupRole)
{
    QSqlQuery q(db->connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT r.rolname, r.rolcanlogin, pg_has_role(r.oid, 'cutru_user', 'MEMBER'), "
                                      "r.rolsuper OR r.rolcreaterole OR r.rolbypassrls, "
                                      "left(a.rolpassword, 14) FROM pg_roles r JOIN pg_authid a ON a.oid = r.oid "
                                      "WHERE r.rolname IN ('%1', '%2', '%3', '%4')")
                               .arg(communeOffice, cellSecretary, workplaceOfficer, board)));
    int n = 0;
    while (q.next()) {
        ++n;
        EXPECT_TRUE(q.value(1).toBool()) << q.value(0).toString().toStdString();
        EXPECT_TRUE(q.value(2).toBool()) << q.value(0).toString().toStdString();
        EXPECT_FALSE(q.value(3).toBool()) << q.value(0).toString().toStdString();
        // The server stores a SCRAM verifier (the client computed it).
        EXPECT_EQ(q.value(4).toString(), QStringLiteral("SCRAM-SHA-256$"));
    }
    EXPECT_EQ(n, 4);
    RoleSession wrong(uri, communeOffice, QStringLiteral("Saimatkhau1"));
    EXPECT_FALSE(wrong.opened()) << "a wrong password";
}

TEST_F(RowLevelSecurity, ACommuneOfficeReadsOnlyItsCommune)
{
    RoleSession co(uri, communeOffice, kPassword);
    ASSERT_TRUE(co.opened()) << co.error().toStdString();
    // Members: its residents and members (1, 2) and the worker referred to it (4);
    // its cells' meetings (A, B) and their marks (1, 4; 2); the comment of its cell.
    EXPECT_EQ(seen(co), (Seen{3, 1, 2, 3, 1}));
    EXPECT_EQ(co.count(QStringLiteral("members WHERE id IN (%1, %2, %3)").arg(m3).arg(m5).arg(m6)), 0);
    EXPECT_EQ(co.count(QStringLiteral("referrals WHERE id = %1").arg(r4)), 1);
    EXPECT_EQ(co.count(QStringLiteral("meetings WHERE id = %1").arg(meetingC)), 0);
    EXPECT_EQ(co.count(QStringLiteral("annual_comments WHERE id = %1").arg(comment5)), 0);
    // The party structure is everyone's.
    EXPECT_EQ(co.count(QStringLiteral("organisations")), 9);
    // The search index shows nothing of members it does not see.
    EXPECT_EQ(co.count(QStringLiteral("members_search")), 3);

    // Accounts: its own row and grant only; nobody else's password hash.
    EXPECT_EQ(co.count(QStringLiteral("accounts")), 1);
    EXPECT_EQ(co.value(QStringLiteral("SELECT username FROM accounts")).toString(), communeOffice);
    EXPECT_EQ(co.count(QStringLiteral("accounts WHERE username <> current_user")), 0);
    EXPECT_EQ(co.count(QStringLiteral("account_roles")), 1);

    // The change log: its members' history and its own changes; nothing of the others.
    EXPECT_GT(co.count(QStringLiteral("change_log WHERE table_name = 'members' AND row_id = %1").arg(m1)), 0);
    EXPECT_EQ(co.count(QStringLiteral("change_log WHERE table_name = 'members' AND row_id = %1").arg(m3)), 0);
    EXPECT_EQ(co.count(QStringLiteral("change_log WHERE table_name <> 'members' AND actor <> current_user")), 0);
    // Liaison: nothing recorded yet, but readable (no error).
    EXPECT_EQ(co.count(QStringLiteral("liaison_visits")), 0);
    EXPECT_EQ(co.count(QStringLiteral("database_events")), 0);
    EXPECT_EQ(co.count(QStringLiteral("schema_version")), 1);
}

TEST_F(RowLevelSecurity, ACommuneOfficeCannotChangeAnotherCommunesRows)
{
    RoleSession co(uri, communeOffice, kPassword);
    ASSERT_TRUE(co.opened()) << co.error().toStdString();
    // Rows it does not see are not there for UPDATE and DELETE.
    EXPECT_EQ(co.change(QStringLiteral("UPDATE members SET notes = 'x' WHERE id = %1").arg(m3)), 0) << co.error().toStdString();
    EXPECT_EQ(co.change(QStringLiteral("UPDATE members SET notes = 'x'")), 3) << co.error().toStdString();
    EXPECT_EQ(co.change(QStringLiteral("UPDATE referrals SET end_note = 'x' WHERE id = %1").arg(r5)), 0);
    EXPECT_EQ(co.change(QStringLiteral("DELETE FROM attendance WHERE meeting_id = %1").arg(meetingC)), 0);
    EXPECT_EQ(co.change(QStringLiteral("DELETE FROM annual_comments WHERE id = %1").arg(comment5)), 0);
    EXPECT_EQ(co.change(QStringLiteral("DELETE FROM meetings WHERE id = %1").arg(meetingC)), 0);
    // The party structure is the board's.
    EXPECT_EQ(co.change(QStringLiteral("UPDATE organisations SET name = 'x' WHERE id = %1").arg(commune1)), 0);

    const QString insertMember = QStringLiteral(
        "INSERT INTO members (full_name, name_folded, name_sort_key, gender, birth_date, cccd, admission_date, cell_id, "
        "residence_commune_id) VALUES ('Đinh Văn Mới', 'dinh van moi', 'moi', 'M', '1980-01-01', '%1', '2005-01-01', "
        "%2, %3)");
    EXPECT_EQ(co.change(insertMember.arg(QStringLiteral("034080000091")).arg(group).arg(commune2)), -1);
    EXPECT_TRUE(co.error().contains(QLatin1String("row-level security"))) << co.error().toStdString();
    // The same into its own cell is allowed: the refusal above was the policy's.
    EXPECT_EQ(co.change(insertMember.arg(QStringLiteral("034080000092")).arg(village).arg(commune1)), 1)
        << co.error().toStdString();
    // Nor can it move its member out of its reach.
    EXPECT_EQ(co.change(QStringLiteral("UPDATE members SET cell_id = %1, residence_commune_id = %2, "
                                       "residence_cell_id = NULL WHERE id = %3")
                            .arg(group)
                            .arg(commune2)
                            .arg(m1)),
              -1);
    EXPECT_TRUE(co.error().contains(QLatin1String("row-level security"))) << co.error().toStdString();
    EXPECT_EQ(co.change(QStringLiteral("INSERT INTO attendance (meeting_id, member_id, status) VALUES (%1, %2, 'present')")
                            .arg(meetingC)
                            .arg(m1)),
              -1);
    EXPECT_TRUE(co.error().contains(QLatin1String("row-level security"))) << co.error().toStdString();

    // The change log is the triggers' only.
    EXPECT_EQ(co.change(QStringLiteral("INSERT INTO change_log (changed_at, actor, table_name, row_id, action) "
                                       "VALUES ('2025-01-01T00:00:00.000Z', 'x', 'members', 1, 'insert')")),
              -1);
    EXPECT_EQ(co.change(QStringLiteral("UPDATE change_log SET actor = 'x'")), -1);
    EXPECT_EQ(co.change(QStringLiteral("DELETE FROM change_log")), -1);
    EXPECT_EQ(co.change(QStringLiteral("TRUNCATE change_log")), -1);

    // No way up: a grant of its own, another name, a role for someone else, a
    // look-alike of the view that says who it is.
    EXPECT_EQ(co.change(QStringLiteral("INSERT INTO account_roles (account_id, role) VALUES (%1, 'provincial_board')")
                            .arg(communeOfficeId)),
              -1);
    EXPECT_EQ(co.change(QStringLiteral("UPDATE accounts SET username = 'someone' WHERE id = %1").arg(communeOfficeId)),
              -1);
    EXPECT_FALSE(co.value(QStringLiteral("SELECT cutru_set_account_role('%1', 'Abcdefgh1', true)").arg(board)).isValid());
    EXPECT_TRUE(co.error().contains(QLatin1String("only the provincial board"))) << co.error().toStdString();
    EXPECT_NE(co.change(QStringLiteral("CREATE TEMP VIEW cutru_my_grants AS SELECT 'provincial_board'::text AS role, "
                                       "NULL::bigint AS organisation_id, NULL::text AS path")),
              -1)
        << co.error().toStdString();
    EXPECT_EQ(co.count(QStringLiteral("members")), 4) << "three, and the one it added";
    EXPECT_EQ(co.count(QStringLiteral("accounts")), 1);
    // (Dropped here: the server removes a closed session's temporary objects a moment
    // later, and the role cannot be dropped while it owns one.)
    EXPECT_NE(co.change(QStringLiteral("DROP VIEW pg_temp.cutru_my_grants")), -1) << co.error().toStdString();
}

TEST_F(RowLevelSecurity, ChangesThroughPlainSqlAreLoggedInTheRolesName)
{
    RoleSession co(uri, communeOffice, kPassword);
    ASSERT_TRUE(co.opened()) << co.error().toStdString();
    ASSERT_EQ(co.change(QStringLiteral("BEGIN")), 0);
    // A role cannot name another actor: only the owner's is trusted.
    co.value(QStringLiteral("SELECT set_config('cutru.actor', 'tinh', true)"));
    EXPECT_EQ(co.change(QStringLiteral("UPDATE members SET notes = 'Chuyển nhà' WHERE id = %1").arg(m1)), 1);
    ASSERT_EQ(co.change(QStringLiteral("COMMIT")), 0);

    QSqlQuery q(db->connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT actor, new_values FROM change_log WHERE table_name = 'members' "
                                      "AND row_id = %1 ORDER BY id DESC LIMIT 1")
                           .arg(m1)));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toString(), communeOffice);
    EXPECT_TRUE(q.value(1).toString().contains(QStringLiteral("Chuyển nhà")));
    // And it reads its own entry back.
    EXPECT_EQ(co.count(QStringLiteral("change_log WHERE actor = current_user")), 1);
}

TEST_F(RowLevelSecurity, CellsAndWorkplacesSeeTheirOwn)
{
    RoleSession cell(uri, cellSecretary, kPassword);
    ASSERT_TRUE(cell.opened()) << cell.error().toStdString();
    // Its member (1) and the worker assigned to it (4); its meeting A and its marks.
    EXPECT_EQ(seen(cell), (Seen{2, 1, 1, 2, 1}));
    EXPECT_EQ(cell.count(QStringLiteral("meetings WHERE id = %1").arg(meetingB)), 0) << "the other cell of the commune";

    RoleSession work(uri, workplaceOfficer, kPassword);
    ASSERT_TRUE(work.opened()) << work.error().toStdString();
    // Its members (4, 5) and their referrals; the meetings of the cells they were
    // assigned to (A, C), but only its own members' marks there; their comments.
    EXPECT_EQ(seen(work), (Seen{2, 2, 2, 2, 2}));
    EXPECT_EQ(work.count(QStringLiteral("members WHERE id = %1").arg(m6)), 0) << "another workplace's member";
    // It receives the comments on its members, and nothing else.
    EXPECT_EQ(work.change(QStringLiteral("UPDATE annual_comments SET other_remarks = 'x' WHERE id = %1").arg(comment4)), 1)
        << work.error().toStdString();
    EXPECT_EQ(work.change(QStringLiteral("UPDATE meetings SET venue = 'x'")), 0);
    EXPECT_EQ(work.count(QStringLiteral("liaison_cadres")), 0);
}

TEST_F(RowLevelSecurity, TheBoardSeesEverything)
{
    RoleSession b(uri, board, kPassword);
    ASSERT_TRUE(b.opened()) << b.error().toStdString();
    EXPECT_EQ(seen(b), (Seen{6, 3, 3, 6, 2}));
    EXPECT_EQ(b.count(QStringLiteral("accounts")), 4);
    QSqlQuery all(db->connection());
    ASSERT_TRUE(all.exec(QStringLiteral("SELECT count(*) FROM change_log")) && all.next());
    EXPECT_EQ(b.count(QStringLiteral("change_log")), all.value(0).toLongLong());
    EXPECT_EQ(b.change(QStringLiteral("UPDATE organisations SET kind = kind WHERE id = %1").arg(commune2)), 1);
}

TEST_F(RowLevelSecurity, ADisabledAccountsRoleCanNoLongerLogIn)
{
    RoleSession before(uri, communeOffice, kPassword);
    ASSERT_TRUE(before.opened()) << before.error().toStdString();

    AccountService accounts(*db);
    auto account = storage::AccountRepository(*db).byUsername(communeOffice);
    ASSERT_TRUE(account);
    account->active = false;
    const SaveOutcome out = accounts.update(administrator, *account);
    ASSERT_TRUE(out.ok()) << out.message.toStdString();

    RoleSession after(uri, communeOffice, kPassword);
    EXPECT_FALSE(after.opened());
    EXPECT_TRUE(after.error().contains(QLatin1String("not permitted to log in"))) << after.error().toStdString();
    // A session opened before sees nothing from now on, and cannot enable itself.
    EXPECT_EQ(seen(before), (Seen{0, 0, 0, 0, 0}));
    EXPECT_EQ(before.change(QStringLiteral("UPDATE accounts SET active = 1 WHERE username = current_user")), 0);

    // Enabled again by the board: it logs in again.
    account = storage::AccountRepository(*db).byUsername(communeOffice);
    account->active = true;
    ASSERT_TRUE(accounts.update(administrator, *account).ok());
    RoleSession again(uri, communeOffice, kPassword);
    EXPECT_TRUE(again.opened()) << again.error().toStdString();
}

TEST_F(RowLevelSecurity, SignInToServerActsAsTheRolesAccount)
{
    storage::setPasswordPrompt([](const storage::DatabaseTarget &, const QString &) { return kPassword; });

    storage::Database asCell = storage::Database::open(uriAs(cellSecretary), storage::Database::Create::MustExist);
    EXPECT_EQ(asCell.serverRole(), cellSecretary);
    const SignInResult cell = AccountService(asCell).signInToServer();
    ASSERT_TRUE(cell.ok()) << cell.message.toStdString();
    EXPECT_EQ(cell.user.name, cellSecretary);
    EXPECT_GT(cell.user.accountId, 0);
    EXPECT_TRUE(cell.mustChangePassword) << "a new account chooses its own password";
    ASSERT_EQ(cell.user.permissions.grants().size(), 1);
    EXPECT_EQ(cell.user.permissions.grants().first().role, Role::CellSecretary);
    EXPECT_EQ(cell.user.permissions.grants().first().organisationId, village);
    EXPECT_FALSE(cell.user.permissions.grants().first().organisationPath.isEmpty());

    // The owner without an account: the database's administrator.
    const SignInResult owner = AccountService(*db).signInToServer();
    ASSERT_TRUE(owner.ok()) << owner.message.toStdString();
    EXPECT_EQ(owner.user.name, db->serverRole());
    EXPECT_EQ(owner.user.accountId, 0);
    EXPECT_TRUE(owner.user.may(Action::ManageAccounts, {}));

    // A role of the group without an account here.
    const QString stranger = username("la");
    {
        QSqlQuery q(db->connection());
        ASSERT_TRUE(q.exec(QStringLiteral("CREATE ROLE \"%1\" LOGIN PASSWORD '%2' IN ROLE cutru_user")
                               .arg(stranger, kPassword)));
    }
    {
        storage::Database asStranger = storage::Database::open(uriAs(stranger), storage::Database::Create::MustExist);
        const SignInResult r = AccountService(asStranger).signInToServer();
        EXPECT_EQ(r.status, SignInResult::Status::WrongCredentials);
        EXPECT_TRUE(r.message.contains(stranger)) << r.message.toStdString();
    }

    // An account disabled behind the server's back (its role may still log in).
    {
        QSqlQuery q(db->connection());
        ASSERT_TRUE(q.exec(QStringLiteral("UPDATE accounts SET active = 0 WHERE username = '%1'").arg(workplaceOfficer)));
    }
    storage::Database asWork = storage::Database::open(uriAs(workplaceOfficer), storage::Database::Create::MustExist);
    const SignInResult work = AccountService(asWork).signInToServer();
    EXPECT_EQ(work.status, SignInResult::Status::Inactive);
    EXPECT_TRUE(work.message.contains(workplaceOfficer)) << work.message.toStdString();
}

TEST_F(RowLevelSecurity, ServicesWorkOnTheRolesOwnConnection)
{
    storage::setPasswordPrompt([](const storage::DatabaseTarget &, const QString &) { return kPassword; });
    storage::Database asCell = storage::Database::open(uriAs(cellSecretary), storage::Database::Create::MustExist);
    const SignInResult signedIn = AccountService(asCell).signInToServer();
    ASSERT_TRUE(signedIn.ok()) << signedIn.message.toStdString();

    MeetingService meetings(asCell, signedIn.user);
    EXPECT_EQ(meetings.sheet(meetingA).expected.size(), 1) << "the worker assigned to the cell";
    const auto meeting = storage::MeetingRepository(asCell).byId(meetingA);
    ASSERT_TRUE(meeting);
    const QList<Attendance> marks{{meetingA, m1, AttendanceStatus::Present, QString()},
                                  {meetingA, m4, AttendanceStatus::AbsentExcused, QStringLiteral("Ốm")}};
    const SaveOutcome out = meetings.record(meetingA, marks, 3, meeting->rowVersion);
    ASSERT_TRUE(out.ok()) << out.message.toStdString();

    // Saved, in the role's name.
    QSqlQuery q(db->connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT status, reason FROM attendance WHERE meeting_id = %1 AND member_id = %2")
                           .arg(meetingA)
                           .arg(m4)));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toString(), QStringLiteral("absent_excused"));
    EXPECT_EQ(q.value(1).toString(), QStringLiteral("Ốm"));
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT DISTINCT actor FROM change_log WHERE action = 'update' "
                                      "AND ((table_name = 'meetings' AND row_id = %1) OR (table_name = 'attendance' "
                                      "AND row_id = (SELECT id FROM attendance WHERE meeting_id = %1 AND member_id = %2)))")
                           .arg(meetingA)
                           .arg(m4)));
    QStringList actors;
    while (q.next())
        actors << q.value(0).toString();
    EXPECT_EQ(actors, QStringList{cellSecretary});

    // Another cell's meeting is not even there for it.
    EXPECT_FALSE(storage::MeetingRepository(asCell).byId(meetingB));
    EXPECT_FALSE(meetings.record(meetingB, {}, 0, 1).ok());
}

TEST_F(RowLevelSecurity, AWrongPasswordIsAskedForThreeTimesAtMost)
{
    int asked = 0;
    storage::setPasswordPrompt([&asked](const storage::DatabaseTarget &, const QString &) {
        ++asked;
        return std::optional<QString>(QStringLiteral("Sai-mat-khau-1"));
    });
    try {
        storage::Database::open(uriAs(communeOffice), storage::Database::Create::MustExist);
        ADD_FAILURE() << "a wrong password opened the database";
    } catch (const storage::StorageError &e) {
        EXPECT_TRUE(e.userMessage().contains(QLatin1String("refused the password"))) << e.userMessage().toStdString();
    }
    EXPECT_EQ(asked, 3);
    storage::setPasswordPrompt({});
}

TEST_F(RowLevelSecurity, AnImportTurnsAwayARowOfAMemberItCannotSee)
{
    QSqlQuery q(db->connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT m.cccd, o.code, m.birth_date, m.gender FROM members m, organisations o "
                                      "WHERE m.id = %1 AND o.id = %2")
                           .arg(m3)
                           .arg(village)));
    ASSERT_TRUE(q.next());
    const QString hiddenCccd = q.value(0).toString(), villageCode = q.value(1).toString();
    const QString birth = QDate::fromString(q.value(2).toString(), Qt::ISODate).toString(QStringLiteral("dd/MM/yyyy"));
    const QString gender = q.value(3).toString() == QLatin1String("F") ? QStringLiteral("Nữ") : QStringLiteral("Nam");

    storage::setPasswordPrompt([](const storage::DatabaseTarget &, const QString &) { return kPassword; });
    storage::Database asOffice = storage::Database::open(uriAs(communeOffice), storage::Database::Create::MustExist);
    const SignInResult signedIn = AccountService(asOffice).signInToServer();
    ASSERT_TRUE(signedIn.ok()) << signedIn.message.toStdString();
    const tabular::Sheet sheet = tabular::readCsv(
        QStringLiteral("Số CCCD,Họ và tên,Giới tính,Ngày sinh,Ngày vào Đảng,Mã chi bộ\n"
                       "%1,Lê Văn Khác,%3,%4,01/01/2005,%2\n"
                       "034080000093,Đỗ Văn Mới,Nam,02/02/1980,02/02/2006,%2\n")
            .arg(hiddenCccd, villageCode, gender, birth)
            .toUtf8(),
        QStringLiteral("members.csv"));
    ASSERT_TRUE(sheet.ok()) << sheet.error.toStdString();
    const ImportReport r = MemberImport(asOffice, signedIn.user)
                               .run(sheet, ColumnMapping::guess(ImportKind::Members, sheet.header), {});
    ASSERT_TRUE(r.outcome.ok()) << r.outcome.message.toStdString();
    QString problems;
    for (const ImportProblem &p : r.problems)
        problems += QStringLiteral("row %1 %2: %3\n").arg(p.row).arg(p.column, p.message);
    EXPECT_EQ(r.fates, (QList<RowFate>{RowFate::Invalid, RowFate::New})) << problems.toStdString();
    ASSERT_EQ(r.problems.size(), 1) << problems.toStdString();
    EXPECT_EQ(r.problems.first().row, 2);
    EXPECT_EQ(r.problems.first().column, QStringLiteral("Số CCCD"));
    EXPECT_TRUE(r.problems.first().message.contains(QLatin1String("outside your account's reach")))
        << r.problems.first().message.toStdString();
    EXPECT_EQ(r.inserted, 1);
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT full_name FROM members WHERE cccd = '%1'").arg(hiddenCccd)));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toString(), QStringLiteral("Lê Văn Ba")) << "the hidden member is untouched";
}

TEST_F(RowLevelSecurity, APolicysRefusalIsExplainedAndSavesNothing)
{
    storage::setPasswordPrompt([](const storage::DatabaseTarget &, const QString &) { return kPassword; });
    storage::Database asOffice = storage::Database::open(uriAs(communeOffice), storage::Database::Create::MustExist);
    try {
        storage::Transaction tx(asOffice, communeOffice);
        storage::MeetingRepository(asOffice).upsert(Attendance{meetingC, m1, AttendanceStatus::Present, QString()});
        tx.commit();
        FAIL() << "another commune's meeting took a mark";
    } catch (const storage::StorageError &e) {
        EXPECT_TRUE(e.userMessage().contains(QLatin1String("may not change these records"))) << e.userMessage().toStdString();
        EXPECT_FALSE(e.userMessage().contains(QLatin1String("row-level security"))) << "no raw server text";
        EXPECT_TRUE(e.detail().contains(QLatin1String("row-level security"))) << e.detail().toStdString();
    }
    QSqlQuery q(db->connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM attendance WHERE meeting_id = %1 AND member_id = %2")
                           .arg(meetingC)
                           .arg(m1)));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toInt(), 0);
}

TEST_F(RowLevelSecurity, AnAccountChangesItsOwnPasswordOnTheServer)
{
    storage::setPasswordPrompt([](const storage::DatabaseTarget &, const QString &) { return kPassword; });
    const QString newPassword = QStringLiteral("Moi2025mat");
    {
        storage::Database asOffice = storage::Database::open(uriAs(communeOffice), storage::Database::Create::MustExist);
        AccountService service(asOffice);
        const SignInResult signedIn = service.signInToServer();
        ASSERT_TRUE(signedIn.ok()) << signedIn.message.toStdString();
        const SaveOutcome out = service.changeOwnPassword(signedIn.user, kPassword, newPassword);
        ASSERT_TRUE(out.ok()) << out.message.toStdString();
        // Not someone else's.
        storage::AccountRepository repo(asOffice);
        storage::Transaction tx(asOffice, communeOffice);
        EXPECT_THROW(repo.setServerRole(board, newPassword, std::nullopt), storage::StorageError);
        // A worker thread's own connection, opened afterwards, signs in with the new
        // password without asking again (the prompt would give the old one).
        storage::setPasswordPrompt({});
        EXPECT_NO_THROW(storage::Database::open(uriAs(communeOffice), storage::Database::Create::MustExist));
    }
    EXPECT_FALSE(RoleSession(uri, communeOffice, kPassword).opened());
    EXPECT_TRUE(RoleSession(uri, communeOffice, newPassword).opened());
    EXPECT_TRUE(RoleSession(uri, board, kPassword).opened());
}

TEST_F(RowLevelSecurity, AnAccountCannotTakeOverAnotherRoleOfTheServer)
{
    // A role of the server that is not an account (here: the test's superuser itself,
    // and a role of another program).
    const QString other = username("khac");
    {
        QSqlQuery q(db->connection());
        ASSERT_TRUE(q.exec(QStringLiteral("CREATE ROLE \"%1\" LOGIN PASSWORD 'Khac12345'").arg(other)));
    }
    AccountService service(*db);
    for (const QString &name : {other, db->serverRole()}) {
        Account a;
        a.username = name;
        a.fullName = QStringLiteral("Mạo danh");
        a.grants = {RoleGrant{Role::Auditor, 0, QString(), QString()}};
        const SaveOutcome out = service.create(administrator, a, kPassword);
        EXPECT_EQ(out.status, SaveOutcome::Status::Failed) << name.toStdString();
        EXPECT_TRUE(out.message.contains(name)) << out.message.toStdString();
        EXPECT_FALSE(storage::AccountRepository(*db).byUsername(name)) << "nothing saved";
    }
    EXPECT_TRUE(RoleSession(uri, other, QStringLiteral("Khac12345")).opened()) << "its password is unchanged";
}

TEST_F(RowLevelSecurity, TheBoardManagesAccountsFromItsOwnConnection)
{
    storage::setPasswordPrompt([](const storage::DatabaseTarget &, const QString &) { return kPassword; });
    storage::Database asBoard = storage::Database::open(uriAs(board), storage::Database::Create::MustExist);
    AccountService service(asBoard);
    const SignInResult signedIn = service.signInToServer();
    ASSERT_TRUE(signedIn.ok()) << signedIn.message.toStdString();

    // Its role has no CREATEROLE: the server makes the new role on its behalf.
    Account a;
    a.username = username("moi");
    a.fullName = QStringLiteral("Cán bộ mới");
    storage::OrganisationRepository orgs(asBoard);
    a.grants = {RoleGrant{Role::CommuneOffice, commune2, orgs.pathOf(commune2), QString()}};
    const SaveOutcome created = service.create(signedIn.user, a, kPassword);
    ASSERT_TRUE(created.ok()) << created.message.toStdString();
    RoleSession fresh(uri, a.username, kPassword);
    ASSERT_TRUE(fresh.opened()) << fresh.error().toStdString();
    EXPECT_EQ(seen(fresh), (Seen{3, 2, 1, 3, 1})) << "commune 2: members 3, 5, 6; their referrals; meeting C";

    const SaveOutcome reset = service.resetPassword(signedIn.user, a.id, QStringLiteral("Khac2025mk"));
    ASSERT_TRUE(reset.ok()) << reset.message.toStdString();
    EXPECT_TRUE(RoleSession(uri, a.username, QStringLiteral("Khac2025mk")).opened());
}
