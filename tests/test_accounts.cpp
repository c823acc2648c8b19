#include "services/account_service.h"
#include "services/member_service.h"
#include "storage/change_log_repository.h"
#include "storage/organisation_repository.h"
#include "support/test_support.h"

#include <QSqlQuery>
#include <gtest/gtest.h>

using namespace cutru;

namespace {

class Accounts : public ::testing::Test {
protected:
    test::TempFolder dir;
    storage::Database db = storage::Database::open(dir.database(QStringLiteral("acc.cutru")));
    test::TinyProvince tiny = test::buildTinyProvince(db);
    AccountService service{db};
    const QString password = QStringLiteral("Bimat2024");

    ActingUser admin()
    {
        if (!service.hasAccounts()) {
            EXPECT_TRUE(service.createFirstAdministrator(QStringLiteral("Admin"), QStringLiteral("Quản trị"), password,
                                                         QStringLiteral("local:test"))
                            .ok());
        }
        const SignInResult r = service.signIn(QStringLiteral("admin"), password);
        EXPECT_TRUE(r.ok()) << r.message.toStdString();
        return r.user;
    }

    QString storedHash(const QString &username)
    {
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("SELECT password_hash FROM accounts WHERE username = ?"));
        q.addBindValue(username);
        q.exec();
        return q.next() ? q.value(0).toString() : QString();
    }
};

} // namespace

TEST_F(Accounts, FirstAdministratorIsABoardAccountOverEverything)
{
    EXPECT_FALSE(service.hasAccounts());
    const ActingUser u = admin();
    EXPECT_EQ(u.name, QStringLiteral("admin")) << "user names are folded to lower case";
    EXPECT_TRUE(u.may(Action::ManageAccounts, {}));
    EXPECT_TRUE(u.may(Action::ManageOrganisations, {}));
    // Only once.
    const SaveOutcome again = service.createFirstAdministrator(QStringLiteral("other"), QStringLiteral("X"), password,
                                                               QStringLiteral("local:test"));
    EXPECT_EQ(again.status, SaveOutcome::Status::Denied);
}

TEST_F(Accounts, PasswordsAreArgon2idAndNeverLogged)
{
    admin();
    const QString hash = storedHash(QStringLiteral("admin"));
    EXPECT_TRUE(hash.startsWith(QStringLiteral("$argon2id$"))) << hash.toStdString();
    EXPECT_FALSE(hash.contains(password));
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT count(*) FROM change_log WHERE coalesce(new_values, '') LIKE '%argon2id%' "
                          "OR coalesce(old_values, '') LIKE '%argon2id%'"));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toInt(), 0);
    // The creation itself is in the log, in the name of whoever created it.
    q.exec(QStringLiteral("SELECT actor FROM change_log WHERE table_name = 'accounts' AND action = 'insert'"));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toString(), QStringLiteral("local:test"));
}

TEST_F(Accounts, WrongPasswordsLockTheAccountForAWhile)
{
    admin();
    const QDateTime t0 = QDateTime::currentDateTimeUtc();
    for (int i = 1; i < AccountService::kMaxFailedAttempts; ++i) {
        const SignInResult r = service.signIn(QStringLiteral("admin"), QStringLiteral("wrong123"), t0);
        EXPECT_EQ(r.status, SignInResult::Status::WrongCredentials);
        EXPECT_TRUE(r.message.contains(QString::number(AccountService::kMaxFailedAttempts - i)))
            << r.message.toStdString();
    }
    const SignInResult locked = service.signIn(QStringLiteral("admin"), QStringLiteral("wrong123"), t0);
    EXPECT_EQ(locked.status, SignInResult::Status::Locked);
    // Even the right password is refused while locked.
    EXPECT_EQ(service.signIn(QStringLiteral("admin"), password, t0.addSecs(60)).status, SignInResult::Status::Locked);
    // After the lock runs out the count starts afresh, and five more wrong passwords
    // lock the account again.
    const QDateTime t1 = t0.addSecs(AccountService::kLockMinutes * 60 + 1);
    for (int i = 1; i < AccountService::kMaxFailedAttempts; ++i)
        EXPECT_EQ(service.signIn(QStringLiteral("admin"), QStringLiteral("wrong123"), t1).status,
                  SignInResult::Status::WrongCredentials)
            << i;
    EXPECT_EQ(service.signIn(QStringLiteral("admin"), QStringLiteral("wrong123"), t1).status,
              SignInResult::Status::Locked);
    // After that lock runs out the right password works again.
    EXPECT_TRUE(service.signIn(QStringLiteral("admin"), password, t1.addSecs(AccountService::kLockMinutes * 60 + 1))
                    .ok());
    // Lock-outs are in the log, not in the name of the locked user.
    QSqlQuery q(db.connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT DISTINCT actor FROM change_log WHERE table_name = 'accounts' "
                                      "AND new_values LIKE '%locked_until\":\"20%'")));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toString(), QStringLiteral("system"));
}

TEST_F(Accounts, UnknownUserAndWrongPasswordLookAlike)
{
    admin();
    const SignInResult unknown = service.signIn(QStringLiteral("nobody"), password);
    const SignInResult wrong = service.signIn(QStringLiteral("admin"), QStringLiteral("nope1234"));
    EXPECT_EQ(unknown.status, SignInResult::Status::WrongCredentials);
    EXPECT_EQ(wrong.status, SignInResult::Status::WrongCredentials);
    EXPECT_TRUE(wrong.message.startsWith(unknown.message));
}

TEST_F(Accounts, BoardCreatesAnAccountThatMustChangeItsPassword)
{
    const ActingUser board = admin();
    Account a;
    a.username = QStringLiteral("vp.thaigiang");
    a.fullName = QStringLiteral("Văn phòng xã Thái Giang");
    a.grants = {RoleGrant{Role::CommuneOffice, tiny.commune, {}, {}}};
    ASSERT_TRUE(service.create(board, a, QStringLiteral("Tam2024x")).ok());
    SignInResult r = service.signIn(QStringLiteral("vp.thaigiang"), QStringLiteral("Tam2024x"));
    ASSERT_TRUE(r.ok()) << r.message.toStdString();
    EXPECT_TRUE(r.mustChangePassword);
    EXPECT_TRUE(r.user.may(Action::ReceiveReferrals, {storage::OrganisationRepository(db).pathOf(tiny.village)}));
    EXPECT_FALSE(r.user.may(Action::ReceiveReferrals, {storage::OrganisationRepository(db).pathOf(tiny.group)}));

    const SaveOutcome weak = service.changeOwnPassword(r.user, QStringLiteral("Tam2024x"), QStringLiteral("short"));
    EXPECT_EQ(weak.status, SaveOutcome::Status::Invalid);
    const SaveOutcome badCurrent = service.changeOwnPassword(r.user, QStringLiteral("nope"), QStringLiteral("Moi2024xx"));
    EXPECT_TRUE(hasErrorFor(badCurrent.errors, QStringLiteral("currentPassword")));
    ASSERT_TRUE(service.changeOwnPassword(r.user, QStringLiteral("Tam2024x"), QStringLiteral("Moi2024xx")).ok());
    r = service.signIn(QStringLiteral("vp.thaigiang"), QStringLiteral("Moi2024xx"));
    ASSERT_TRUE(r.ok());
    EXPECT_FALSE(r.mustChangePassword);
    EXPECT_FALSE(service.signIn(QStringLiteral("vp.thaigiang"), QStringLiteral("Tam2024x")).ok());
}

TEST_F(Accounts, GrantsMustFitTheRolesLevel)
{
    const ActingUser board = admin();
    Account a;
    a.username = QStringLiteral("sai.cap");
    a.fullName = QStringLiteral("Sai cấp");
    a.grants = {RoleGrant{Role::CellSecretary, tiny.commune, {}, {}}};
    const SaveOutcome out = service.create(board, a, QStringLiteral("Matkhau12"));
    EXPECT_EQ(out.status, SaveOutcome::Status::Invalid);
    EXPECT_TRUE(hasErrorFor(out.errors, QStringLiteral("grants")));
    a.grants = {RoleGrant{Role::CommuneOffice, 0, {}, {}}};
    EXPECT_TRUE(hasErrorFor(service.create(board, a, QStringLiteral("Matkhau12")).errors, QStringLiteral("grants")));
}

TEST_F(Accounts, TheLastAdministratorCannotBeDisabled)
{
    const ActingUser board = admin();
    Account me = service.accounts(board).first();
    me.active = false;
    const SaveOutcome out = service.update(board, me);
    EXPECT_EQ(out.status, SaveOutcome::Status::Invalid);
    EXPECT_TRUE(service.signIn(QStringLiteral("admin"), password).ok());
}

TEST_F(Accounts, DisabledAndUnlockedAccounts)
{
    const ActingUser board = admin();
    Account a;
    a.username = QStringLiteral("bithu");
    a.fullName = QStringLiteral("Bí thư");
    a.grants = {RoleGrant{Role::CellSecretary, tiny.village, {}, {}}};
    ASSERT_TRUE(service.create(board, a, QStringLiteral("Chibo2024")).ok());
    for (int i = 0; i < AccountService::kMaxFailedAttempts; ++i)
        service.signIn(QStringLiteral("bithu"), QStringLiteral("wrong999"));
    EXPECT_EQ(service.signIn(QStringLiteral("bithu"), QStringLiteral("Chibo2024")).status, SignInResult::Status::Locked);
    ASSERT_TRUE(service.unlock(board, a.id).ok());
    EXPECT_TRUE(service.signIn(QStringLiteral("bithu"), QStringLiteral("Chibo2024")).ok());
    Account stored = *storage::AccountRepository(db).byId(a.id);
    stored.active = false;
    ASSERT_TRUE(service.update(board, stored).ok());
    EXPECT_EQ(service.signIn(QStringLiteral("bithu"), QStringLiteral("Chibo2024")).status,
              SignInResult::Status::Inactive);
    // An edit of an account changed meanwhile is stale, not an overwrite.
    Account old = *storage::AccountRepository(db).byId(a.id);
    Account newer = old;
    newer.fullName = QStringLiteral("Bí thư mới");
    ASSERT_TRUE(service.update(board, newer).ok());
    old.fullName = QStringLiteral("Cũ");
    EXPECT_EQ(service.update(board, old).status, SaveOutcome::Status::Stale);
}

TEST_F(Accounts, SignedInUsersWritesCarryTheirName)
{
    const ActingUser board = admin();
    Member m = test::validMember(QStringLiteral("Phạm Văn Ghi"), tiny.village, 5);
    ASSERT_TRUE(MemberService(db, board).save(m, QDate(2024, 1, 1)).ok());
    const auto log = storage::ChangeLogRepository(db).forRecord(QStringLiteral("members"), m.id);
    ASSERT_EQ(log.size(), 1);
    EXPECT_EQ(log.first().actor, QStringLiteral("admin"));
}

TEST_F(Accounts, ASessionWhoseAccountChangedCannotWrite)
{
    const ActingUser board = admin();
    Account a;
    a.username = QStringLiteral("vp.cu");
    a.fullName = QStringLiteral("Văn phòng cũ");
    a.grants = {RoleGrant{Role::CommuneOffice, tiny.commune, {}, {}}};
    ASSERT_TRUE(service.create(board, a, QStringLiteral("Tam2024x")).ok());
    const SignInResult r = service.signIn(QStringLiteral("vp.cu"), QStringLiteral("Tam2024x"));
    ASSERT_TRUE(r.ok());
    Member m = test::validMember(QStringLiteral("Trịnh Văn Phiên"), tiny.village, 31);
    ASSERT_TRUE(MemberService(db, r.user).save(m, QDate(2024, 1, 1)).ok());

    // The board moves the account to another commune while the session is open.
    Account stored = *storage::AccountRepository(db).byId(a.id);
    stored.grants = {RoleGrant{Role::CommuneOffice, tiny.ward, {}, {}}};
    ASSERT_TRUE(service.update(board, stored).ok());
    m.position = QStringLiteral("after the change");
    SaveOutcome out = MemberService(db, r.user).save(m, QDate(2024, 1, 1));
    EXPECT_EQ(out.status, SaveOutcome::Status::Denied);
    EXPECT_TRUE(out.message.contains(QStringLiteral("roles"))) << out.message.toStdString();

    // Disabled: the same.
    stored = *storage::AccountRepository(db).byId(a.id);
    stored.active = false;
    ASSERT_TRUE(service.update(board, stored).ok());
    out = MemberService(db, r.user).save(m, QDate(2024, 1, 1));
    EXPECT_EQ(out.status, SaveOutcome::Status::Denied);
    EXPECT_TRUE(out.message.contains(QStringLiteral("disabled"))) << out.message.toStdString();
}
