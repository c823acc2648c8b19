// The account dialogs driven like a user would: the first administrator of a new
// database, signing in (wrong passwords, the lock-out, a password that must be
// changed), the demo database's hint, and the provincial board's accounts dialog.
// Each Argon2id hash or check takes a noticeable fraction of a second, so every test
// keeps its password operations few.
#include "app/account_edit_dialog.h"
#include "app/accounts_dialog.h"
#include "app/change_password_dialog.h"
#include "app/first_administrator_dialog.h"
#include "app/language.h"
#include "app/sign_in_dialog.h"
#include "services/account_service.h"
#include "services/demo_province.h"
#include "storage/account_repository.h"
#include "storage/database.h"
#include "support/test_support.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QDir>
#include <QElapsedTimer>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <gtest/gtest.h>
#include <functional>
#include <memory>
#include <ostream>

// Readable QStrings in failure messages.
inline void PrintTo(const QString &s, std::ostream *os)
{
    *os << '"' << s.toStdString() << '"';
}

namespace {

using namespace cutru;

template <typename T>
T *child(QWidget *parent, const char *name)
{
    T *w = parent->findChild<T *>(QString::fromLatin1(name));
    EXPECT_NE(w, nullptr) << name;
    return w;
}

// ASCII as key presses; Vietnamese letters the way an input method delivers them:
// as committed text.
void type(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    bool ascii = true;
    for (const QChar c : text)
        ascii = ascii && c.unicode() < 128;
    if (ascii) {
        QTest::keyClicks(edit, text);
    } else {
        QInputMethodEvent commit;
        commit.setCommitString(text);
        QApplication::sendEvent(edit, &commit);
    }
}

void retype(QLineEdit *edit, const QString &text)
{
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    type(edit, text);
}

void click(QAbstractButton *button)
{
    ASSERT_NE(button, nullptr);
    ASSERT_TRUE(button->isEnabled()) << button->objectName().toStdString() << " " << button->text().toStdString();
    QTest::mouseClick(button, Qt::LeftButton);
}

QPushButton *standardButton(QWidget *dialog, QDialogButtonBox::StandardButton which)
{
    auto *box = child<QDialogButtonBox>(dialog, "buttonBox");
    return box ? box->button(which) : nullptr;
}

// Acts on a dialog that code further down runs with exec(): once a visible window of
// type T shows, runs `act` on it once.
template <typename T>
void whenShown(std::function<void(T *)> act, int timeoutMs = 20000)
{
    auto *timer = new QTimer;
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, [timer, clock, act, timeoutMs] {
        for (QWidget *w : QApplication::topLevelWidgets())
            if (auto *t = qobject_cast<T *>(w); t && t->isVisible()) {
                timer->stop();
                timer->deleteLater();
                act(t);
                return;
            }
        if (clock->elapsed() > timeoutMs) {
            timer->stop();
            timer->deleteLater();
            ADD_FAILURE() << "the expected dialog did not show";
        }
    });
    timer->start();
}

class AccountDialogsTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        language::apply(QStringLiteral("en"));
        db_ = std::make_unique<storage::Database>(storage::Database::open(folder_.file(QStringLiteral("a.cutru"))));
    }

    // The first administrator "admin" with password kAdminPassword (one hash), and
    // the ActingUser it signs in as (read without a password check).
    ActingUser createAdmin()
    {
        const SaveOutcome o = AccountService(*db_).createFirstAdministrator(
            QStringLiteral("admin"), QStringLiteral("Quản trị tỉnh"), kAdminPassword, QStringLiteral("local:test"));
        EXPECT_TRUE(o.ok()) << o.message.toStdString();
        return userOf(QStringLiteral("admin"));
    }

    ActingUser userOf(const QString &username) const
    {
        const auto a = storage::AccountRepository(*db_).byUsername(username);
        EXPECT_TRUE(a.has_value()) << username.toStdString();
        return a ? AccountService::actingUserFor(*a) : ActingUser{};
    }

    std::optional<Account> stored(const QString &username) const
    {
        return storage::AccountRepository(*db_).byUsername(username);
    }

    const QString kAdminPassword = QStringLiteral("quantri2025");
    test::TempFolder folder_;
    std::unique_ptr<storage::Database> db_;
};

TEST_F(AccountDialogsTest, FirstAdministratorCreatesAnAccountThatSignsIn)
{
    ASSERT_FALSE(AccountService(*db_).hasAccounts());
    FirstAdministratorDialog dialog(*db_);
    dialog.show();
    auto *userName = child<QLineEdit>(&dialog, "userNameEdit");
    auto *fullName = child<QLineEdit>(&dialog, "fullNameEdit");
    auto *password = child<QLineEdit>(&dialog, "passwordEdit");
    auto *repeat = child<QLineEdit>(&dialog, "repeatPasswordEdit");
    auto *ok = standardButton(&dialog, QDialogButtonBox::Ok);

    // A bad user name and passwords that differ: both said at once, nothing written.
    type(userName, QStringLiteral("a"));
    type(fullName, QStringLiteral("Nguyễn Văn Bình"));
    type(password, QStringLiteral("bantochuc2025"));
    type(repeat, QStringLiteral("bantochuc2026"));
    click(ok);
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_FALSE(dialog.errorText(QStringLiteral("username")).isEmpty());
    EXPECT_TRUE(child<QLabel>(&dialog, "usernameError")->isVisible());
    EXPECT_EQ(dialog.errorText(QStringLiteral("repeat")), QStringLiteral("The two passwords differ."));
    EXPECT_TRUE(dialog.errorText(QStringLiteral("password")).isEmpty());
    EXPECT_FALSE(AccountService(*db_).hasAccounts());

    retype(userName, QStringLiteral("BanToChuc"));
    retype(repeat, QStringLiteral("bantochuc2025"));
    click(ok);
    EXPECT_FALSE(dialog.isVisible());
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(dialog.signedInUser().name, QStringLiteral("bantochuc"));
    EXPECT_GT(dialog.signedInUser().accountId, 0);
    EXPECT_TRUE(dialog.signedInUser().may(Action::ManageAccounts));
    EXPECT_TRUE(dialog.signedInUser().may(Action::ManageAccounts, {}));

    const auto account = stored(QStringLiteral("bantochuc"));
    ASSERT_TRUE(account.has_value());
    EXPECT_EQ(account->fullName, QStringLiteral("Nguyễn Văn Bình"));
    EXPECT_FALSE(account->mustChangePassword);
    ASSERT_EQ(account->grants.size(), 1);
    EXPECT_EQ(account->grants.first().role, Role::ProvincialBoard);
    EXPECT_EQ(account->grants.first().organisationId, 0);
    EXPECT_TRUE(account->lastSignIn.isValid()) << "the new account was signed in";

    // The account signs in afterwards with that password.
    SignInDialog signIn(*db_);
    signIn.show();
    type(child<QLineEdit>(&signIn, "userNameEdit"), QStringLiteral("bantochuc"));
    type(child<QLineEdit>(&signIn, "passwordEdit"), QStringLiteral("bantochuc2025"));
    click(standardButton(&signIn, QDialogButtonBox::Ok));
    EXPECT_EQ(signIn.result(), QDialog::Accepted);
    EXPECT_EQ(signIn.signedInUser().name, QStringLiteral("bantochuc"));
}

TEST_F(AccountDialogsTest, WrongPasswordsKeepTheDialogOpenAndTheFifthLocksTheAccount)
{
    createAdmin();
    SignInDialog dialog(*db_);
    dialog.show();
    auto *userName = child<QLineEdit>(&dialog, "userNameEdit");
    auto *password = child<QLineEdit>(&dialog, "passwordEdit");
    auto *message = child<QLabel>(&dialog, "messageLabel");
    auto *ok = standardButton(&dialog, QDialogButtonBox::Ok);
    EXPECT_FALSE(child<QLabel>(&dialog, "demoHintLabel")->isVisible()) << "not the demo database";
    EXPECT_TRUE(child<QLabel>(&dialog, "databaseLabel")->text().contains(QStringLiteral("a.cutru")));
    EXPECT_FALSE(message->isVisible());

    type(userName, QStringLiteral("admin"));
    for (int attempt = 1; attempt < AccountService::kMaxFailedAttempts; ++attempt) {
        type(password, QStringLiteral("wrong%1pass").arg(attempt));
        click(ok);
        EXPECT_TRUE(dialog.isVisible());
        EXPECT_TRUE(message->isVisible());
        EXPECT_EQ(dialog.lastResult().status, SignInResult::Status::WrongCredentials);
        EXPECT_EQ(message->text(), dialog.lastResult().message);
        EXPECT_TRUE(message->text().contains(QStringLiteral("wrong")));
        EXPECT_TRUE(message->text().contains(QString::number(AccountService::kMaxFailedAttempts - attempt)))
            << message->text().toStdString();
        EXPECT_TRUE(password->text().isEmpty()) << "a refused password is cleared";
        EXPECT_EQ(userName->text(), QStringLiteral("admin"));
    }
    type(password, QStringLiteral("wrong5pass"));
    click(ok);
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_EQ(dialog.lastResult().status, SignInResult::Status::Locked);
    EXPECT_TRUE(message->text().contains(QStringLiteral("locked until"))) << message->text().toStdString();
    static const QRegularExpression when(QStringLiteral("\\d\\d:\\d\\d \\d\\d/\\d\\d/\\d\\d\\d\\d"));
    EXPECT_TRUE(when.match(message->text()).hasMatch()) << message->text().toStdString();

    // Locked: even the right password is refused, and the dialog stays.
    type(password, kAdminPassword);
    click(ok);
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_EQ(dialog.lastResult().status, SignInResult::Status::Locked);
    EXPECT_NE(dialog.result(), QDialog::Accepted);
}

TEST_F(AccountDialogsTest, TheRightPasswordSignsIn)
{
    createAdmin();
    SignInDialog dialog(*db_);
    dialog.show();
    auto *message = child<QLabel>(&dialog, "messageLabel");
    // Nothing typed: said without asking the service.
    click(standardButton(&dialog, QDialogButtonBox::Ok));
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_EQ(message->text(), QStringLiteral("Enter your user name."));

    type(child<QLineEdit>(&dialog, "userNameEdit"), QStringLiteral(" Admin "));
    type(child<QLineEdit>(&dialog, "passwordEdit"), kAdminPassword);
    QTest::keyClick(child<QLineEdit>(&dialog, "passwordEdit"), Qt::Key_Return);
    EXPECT_FALSE(dialog.isVisible());
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(dialog.signedInUser().name, QStringLiteral("admin"));
    EXPECT_EQ(dialog.signedInUser().fullName, QStringLiteral("Quản trị tỉnh"));
    EXPECT_TRUE(dialog.signedInUser().may(Action::ManageAccounts));
}

TEST_F(AccountDialogsTest, APasswordThatMustBeChangedIsChangedBeforeSigningIn)
{
    const test::TinyProvince tiny = test::buildTinyProvince(*db_);
    const ActingUser admin = createAdmin();
    Account a;
    a.username = QStringLiteral("xa.thaigiang");
    a.fullName = QStringLiteral("Văn phòng Đảng ủy xã Thái Giang");
    a.grants = {RoleGrant{Role::CommuneOffice, tiny.commune, {}, {}}};
    const QString initial = QStringLiteral("tamthoi2025");
    ASSERT_TRUE(AccountService(*db_).create(admin, a, initial).ok());

    SignInDialog dialog(*db_);
    dialog.show();
    auto *password = child<QLineEdit>(&dialog, "passwordEdit");
    auto *ok = standardButton(&dialog, QDialogButtonBox::Ok);
    type(child<QLineEdit>(&dialog, "userNameEdit"), a.username);

    // Cancelling the change cancels the sign-in.
    type(password, initial);
    bool asked = false;
    whenShown<ChangePasswordDialog>([&](ChangePasswordDialog *change) {
        asked = true;
        EXPECT_FALSE(child<QLineEdit>(change, "currentPasswordEdit")->isVisible())
            << "the password just typed is the current one";
        click(standardButton(change, QDialogButtonBox::Cancel));
        if (change->isVisible())
            change->reject();
    });
    click(ok);
    EXPECT_TRUE(asked);
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_TRUE(child<QLabel>(&dialog, "messageLabel")->text().contains(QStringLiteral("must be changed")));
    EXPECT_TRUE(stored(a.username)->mustChangePassword);

    // Signing in again and choosing a new password gets through.
    const QString chosen = QStringLiteral("cuatoi2025");
    type(password, initial);
    asked = false;
    whenShown<ChangePasswordDialog>([&](ChangePasswordDialog *change) {
        asked = true;
        auto *changeOk = standardButton(change, QDialogButtonBox::Ok);
        type(child<QLineEdit>(change, "newPasswordEdit"), chosen);
        type(child<QLineEdit>(change, "repeatPasswordEdit"), QStringLiteral("cuatoi2026"));
        click(changeOk);
        EXPECT_TRUE(change->isVisible());
        EXPECT_EQ(change->errorText(QStringLiteral("repeat")), QStringLiteral("The two new passwords differ."));
        retype(child<QLineEdit>(change, "repeatPasswordEdit"), chosen);
        click(changeOk);
        if (change->isVisible()) {
            ADD_FAILURE() << "the change was refused: " << change->errorText(QStringLiteral("password")).toStdString();
            change->reject();
        }
    });
    click(ok);
    EXPECT_TRUE(asked);
    EXPECT_FALSE(dialog.isVisible());
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(dialog.signedInUser().name, a.username);
    EXPECT_FALSE(dialog.signedInUser().may(Action::ManageAccounts));
    EXPECT_TRUE(dialog.signedInUser().may(Action::ReceiveReferrals));

    const SignInResult again = AccountService(*db_).signIn(a.username, chosen);
    EXPECT_TRUE(again.ok()) << again.message.toStdString();
    EXPECT_FALSE(again.mustChangePassword);
}

TEST_F(AccountDialogsTest, TheDemoDatabaseShowsItsAccounts)
{
    db_.reset();
    db_ = std::make_unique<storage::Database>(storage::Database::open(test::smallDemoCopy(folder_)));
    ASSERT_TRUE(AccountService(*db_).isDemoDatabase());
    SignInDialog dialog(*db_);
    dialog.show();
    auto *hint = child<QLabel>(&dialog, "demoHintLabel");
    EXPECT_TRUE(hint->isVisible());
    EXPECT_TRUE(hint->text().contains(demoPassword()));
    for (const DemoAccount &d : demoAccounts()) {
        EXPECT_TRUE(hint->text().contains(d.username)) << d.username.toStdString();
        EXPECT_TRUE(hint->text().contains(label(d.role).toHtmlEscaped())) << d.username.toStdString();
    }
    auto *userName = child<QLineEdit>(&dialog, "userNameEdit");
    EXPECT_EQ(userName->text(), QStringLiteral("admin"));

    // A name in the hint fills in the user name.
    emit hint->linkActivated(QStringLiteral("kiemtra"));
    EXPECT_EQ(userName->text(), QStringLiteral("kiemtra"));
    type(child<QLineEdit>(&dialog, "passwordEdit"), demoPassword());
    EXPECT_TRUE(dialog.trySignIn()) << dialog.lastResult().message.toStdString();
    EXPECT_EQ(dialog.signedInUser().name, QStringLiteral("kiemtra"));
    EXPECT_TRUE(dialog.signedInUser().may(Action::ReadMembers, {}));
    EXPECT_FALSE(dialog.signedInUser().may(Action::EditMembers));
}

TEST_F(AccountDialogsTest, TheBoardCreatesACommuneOfficeAccount)
{
    const test::TinyProvince tiny = test::buildTinyProvince(*db_);
    const ActingUser admin = createAdmin();
    AccountsDialog dialog(*db_, admin);
    ASSERT_TRUE(dialog.refusal().isEmpty()) << dialog.refusal().toStdString();
    dialog.show();
    auto *table = child<QTableWidget>(&dialog, "accountsTable");
    ASSERT_EQ(table->rowCount(), 1);
    EXPECT_EQ(table->item(0, 0)->text(), QStringLiteral("admin"));
    EXPECT_EQ(table->item(0, 2)->text(), QStringLiteral("Provincial board (whole database)"));
    EXPECT_FALSE(child<QPushButton>(&dialog, "editButton")->isEnabled()) << "nothing selected";

    click(child<QPushButton>(&dialog, "newButton"));
    auto *edit = dialog.findChild<AccountEditDialog *>();
    ASSERT_NE(edit, nullptr);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(edit));
    EXPECT_TRUE(edit->isNew());
    auto *save = standardButton(edit, QDialogButtonBox::Save);

    // An unusable user name and no role: both said beside their fields, nothing hashed or written.
    type(child<QLineEdit>(edit, "userNameEdit"), QStringLiteral("xa thai giang"));
    click(save);
    EXPECT_TRUE(edit->isVisible());
    EXPECT_FALSE(edit->errorText(QStringLiteral("username")).isEmpty());
    EXPECT_FALSE(edit->errorText(QStringLiteral("grants")).isEmpty());
    EXPECT_FALSE(edit->errorText(QStringLiteral("fullName")).isEmpty());
    EXPECT_TRUE(child<QLabel>(edit, "grantsError")->isVisible());

    retype(child<QLineEdit>(edit, "userNameEdit"), QStringLiteral("xa.thaigiang"));
    type(child<QLineEdit>(edit, "fullNameEdit"), QStringLiteral("Văn phòng Đảng ủy xã Thái Giang"));
    click(child<QPushButton>(edit, "suggestPasswordButton"));
    const QString initial = child<QLineEdit>(edit, "initialPasswordEdit")->text();
    EXPECT_TRUE(AccountService::checkPassword(initial).isEmpty()) << initial.toStdString();

    // The commune office role, then the commune, found by typing without diacritics.
    auto *role = child<QComboBox>(edit, "roleCombo");
    EXPECT_EQ(role->currentIndex(), -1) << "no role is chosen for the user";
    EXPECT_FALSE(child<QPushButton>(edit, "addGrantButton")->isEnabled());
    role->setCurrentIndex(role->findData(code(Role::CommuneOffice)));
    auto *organisation = child<QComboBox>(edit, "organisationCombo");
    EXPECT_EQ(organisation->currentIndex(), -1) << "no commune is chosen for the user";
    EXPECT_EQ(organisation->count(), 2) << "the two communes of the tiny province";
    click(child<QPushButton>(edit, "addGrantButton"));
    EXPECT_FALSE(edit->errorText(QStringLiteral("grants")).isEmpty()) << "no organisation chosen yet";
    EXPECT_TRUE(edit->grants().isEmpty());

    type(organisation->lineEdit(), QStringLiteral("thai giang"));
    QCompleter *completer = organisation->completer();
    ASSERT_TRUE(QTest::qWaitFor([completer] { return completer->popup()->isVisible(); }, 5000));
    EXPECT_EQ(completer->completionCount(), 1);
    QTest::keyClick(completer->popup(), Qt::Key_Down);
    QTest::keyClick(completer->popup(), Qt::Key_Return);
    EXPECT_EQ(organisation->currentData().toLongLong(), tiny.commune);
    click(child<QPushButton>(edit, "addGrantButton"));
    ASSERT_EQ(edit->grants().size(), 1);
    EXPECT_EQ(edit->grants().first().role, Role::CommuneOffice);
    EXPECT_EQ(edit->grants().first().organisationId, tiny.commune);
    auto *grantsList = child<QListWidget>(edit, "grantsList");
    ASSERT_EQ(grantsList->count(), 1);
    EXPECT_EQ(grantsList->item(0)->text(), QStringLiteral("Commune office: Đảng bộ xã Thái Giang"));
    EXPECT_TRUE(edit->errorText(QStringLiteral("grants")).isEmpty());
    // The same grant twice is refused at once.
    click(child<QPushButton>(edit, "addGrantButton"));
    EXPECT_EQ(edit->grants().size(), 1);
    EXPECT_FALSE(edit->errorText(QStringLiteral("grants")).isEmpty());

    click(save);
    EXPECT_FALSE(edit->isVisible()) << edit->errorText(QStringLiteral("username")).toStdString()
                                    << edit->errorText(QStringLiteral("grants")).toStdString();
    QTest::qWait(0); // the edit dialog deletes itself on close

    // Stored as asked, with a password to change at the first sign-in.
    const auto account = stored(QStringLiteral("xa.thaigiang"));
    ASSERT_TRUE(account.has_value());
    EXPECT_EQ(account->fullName, QStringLiteral("Văn phòng Đảng ủy xã Thái Giang"));
    EXPECT_TRUE(account->mustChangePassword);
    EXPECT_TRUE(account->active);
    ASSERT_EQ(account->grants.size(), 1);
    EXPECT_EQ(account->grants.first().role, Role::CommuneOffice);
    EXPECT_EQ(account->grants.first().organisationId, tiny.commune);

    // And listed, selected, with what happened said under the table.
    ASSERT_EQ(table->rowCount(), 2);
    int row = -1;
    for (int r = 0; r < table->rowCount(); ++r)
        if (table->item(r, 0)->text() == QStringLiteral("xa.thaigiang"))
            row = r;
    ASSERT_GE(row, 0);
    EXPECT_EQ(table->item(row, 1)->text(), QStringLiteral("Văn phòng Đảng ủy xã Thái Giang"));
    EXPECT_EQ(table->item(row, 2)->text(), QStringLiteral("Commune office: Đảng bộ xã Thái Giang"));
    EXPECT_EQ(table->item(row, 5)->text(), QStringLiteral("never"));
    ASSERT_TRUE(dialog.selectedAccount().has_value());
    EXPECT_EQ(dialog.selectedAccount()->username, QStringLiteral("xa.thaigiang"));
    EXPECT_TRUE(child<QLabel>(&dialog, "statusLabel")->text().contains(QStringLiteral("xa.thaigiang")));

    // Disabling it from the list.
    auto *enable = child<QPushButton>(&dialog, "enableButton");
    EXPECT_EQ(enable->text(), QStringLiteral("&Disable"));
    click(enable);
    EXPECT_FALSE(stored(QStringLiteral("xa.thaigiang"))->active);
    EXPECT_EQ(enable->text(), QStringLiteral("&Enable"));
    EXPECT_EQ(table->item(row, 3)->text(), QStringLiteral("Disabled"));
}

TEST_F(AccountDialogsTest, TheBoardEditsUnlocksAndResetsAnAccount)
{
    const test::TinyProvince tiny = test::buildTinyProvince(*db_);
    const ActingUser admin = createAdmin();
    Account a;
    a.username = QStringLiteral("bithu.phatloc");
    a.fullName = QStringLiteral("Bí thư chi bộ");
    a.grants = {RoleGrant{Role::CellSecretary, tiny.village, {}, {}}};
    ASSERT_TRUE(AccountService(*db_).create(admin, a, QStringLiteral("tamthoi2025")).ok());
    {
        // Locked as five wrong passwords would leave it, without spending five checks.
        storage::Transaction tx(*db_, QStringLiteral("test"));
        storage::AccountRepository(*db_).recordFailedSignIn(a.id, 0, QDateTime::currentDateTimeUtc().addSecs(600), true);
        tx.commit();
    }

    AccountsDialog dialog(*db_, admin);
    dialog.show();
    auto *table = child<QTableWidget>(&dialog, "accountsTable");
    ASSERT_TRUE(dialog.selectAccount(a.id));
    const int row = table->currentRow();
    static const QRegularExpression when(QStringLiteral("^\\d\\d/\\d\\d/\\d\\d\\d\\d \\d\\d:\\d\\d$"));
    EXPECT_TRUE(when.match(table->item(row, 4)->text()).hasMatch()) << table->item(row, 4)->text().toStdString();
    EXPECT_EQ(table->item(row, 3)->text(), QStringLiteral("Enabled (password to change)"));

    // Unlock.
    click(child<QPushButton>(&dialog, "unlockButton"));
    EXPECT_FALSE(stored(a.username)->lockedUntil.isValid());
    EXPECT_TRUE(table->item(table->currentRow(), 4)->text().isEmpty());
    EXPECT_FALSE(child<QPushButton>(&dialog, "unlockButton")->isEnabled());

    // Edit: the user name stays, there is no initial password; a second role is added.
    click(child<QPushButton>(&dialog, "editButton"));
    auto *edit = dialog.findChild<AccountEditDialog *>();
    ASSERT_NE(edit, nullptr);
    EXPECT_FALSE(edit->isNew());
    EXPECT_TRUE(child<QLineEdit>(edit, "userNameEdit")->isReadOnly());
    EXPECT_FALSE(child<QLineEdit>(edit, "initialPasswordEdit")->isVisible());
    auto *grantsList = child<QListWidget>(edit, "grantsList");
    ASSERT_EQ(grantsList->count(), 1);
    EXPECT_EQ(grantsList->item(0)->text(), QStringLiteral("Cell secretary: Chi bộ thôn Phất Lộc Tây"));
    retype(child<QLineEdit>(edit, "fullNameEdit"), QStringLiteral("Trần Thị Lan"));
    auto *role = child<QComboBox>(edit, "roleCombo");
    role->setCurrentIndex(role->findData(code(Role::WorkplaceOfficer)));
    auto *organisation = child<QComboBox>(edit, "organisationCombo");
    ASSERT_EQ(organisation->count(), 1) << "the one workplace organisation";
    organisation->setCurrentIndex(0); // picked from the drop-down list
    click(child<QPushButton>(edit, "addGrantButton"));
    ASSERT_EQ(grantsList->count(), 2);
    // Removing the first role again.
    grantsList->setCurrentRow(0);
    click(child<QPushButton>(edit, "removeGrantButton"));
    ASSERT_EQ(edit->grants().size(), 1);
    EXPECT_EQ(edit->grants().first().role, Role::WorkplaceOfficer);
    click(standardButton(edit, QDialogButtonBox::Save));
    EXPECT_FALSE(edit->isVisible());
    QTest::qWait(0);
    const auto changed = stored(a.username);
    EXPECT_EQ(changed->fullName, QStringLiteral("Trần Thị Lan"));
    ASSERT_EQ(changed->grants.size(), 1);
    EXPECT_EQ(changed->grants.first().role, Role::WorkplaceOfficer);
    EXPECT_EQ(changed->grants.first().organisationId, tiny.workplace);
    EXPECT_EQ(table->item(table->currentRow(), 1)->text(), QStringLiteral("Trần Thị Lan"));

    // Reset the password: its owner changes it at the next sign-in.
    click(child<QPushButton>(&dialog, "resetPasswordButton"));
    auto *reset = dialog.findChild<ResetPasswordDialog *>();
    ASSERT_NE(reset, nullptr);
    type(child<QLineEdit>(reset, "newPasswordEdit"), QStringLiteral("short"));
    type(child<QLineEdit>(reset, "repeatPasswordEdit"), QStringLiteral("short"));
    click(standardButton(reset, QDialogButtonBox::Ok));
    EXPECT_TRUE(reset->isVisible());
    EXPECT_FALSE(reset->errorText(QStringLiteral("password")).isEmpty());
    retype(child<QLineEdit>(reset, "newPasswordEdit"), QStringLiteral("datlai2025"));
    retype(child<QLineEdit>(reset, "repeatPasswordEdit"), QStringLiteral("datlai2025"));
    click(standardButton(reset, QDialogButtonBox::Ok));
    EXPECT_FALSE(reset->isVisible());
    QTest::qWait(0);
    const SignInResult r = AccountService(*db_).signIn(a.username, QStringLiteral("datlai2025"));
    EXPECT_TRUE(r.ok()) << r.message.toStdString();
    EXPECT_TRUE(r.mustChangePassword);

    // A language switch keeps what the buttons say about the selected account.
    click(child<QPushButton>(&dialog, "enableButton"));
    EXPECT_EQ(child<QPushButton>(&dialog, "enableButton")->text(), QStringLiteral("&Enable"));
    language::apply(QStringLiteral("vi"));
    language::apply(QStringLiteral("en"));
    EXPECT_EQ(child<QPushButton>(&dialog, "enableButton")->text(), QStringLiteral("&Enable"));
    EXPECT_EQ(table->horizontalHeaderItem(0)->text(), QStringLiteral("User name"));
    EXPECT_EQ(table->rowCount(), 2);
}

TEST_F(AccountDialogsTest, TheLastBoardAccountCannotBeDisabled)
{
    const ActingUser admin = createAdmin();
    // The only board account disabling itself: asked first, then refused by the service.
    AccountsDialog dialog(*db_, admin);
    dialog.show();
    ASSERT_TRUE(dialog.selectAccount(admin.accountId));
    QString refusal;
    whenShown<QMessageBox>([&](QMessageBox *box) {
        // First the question about one's own account, then the service's refusal.
        EXPECT_TRUE(box->text().contains(QStringLiteral("your own account"))) << box->text().toStdString();
        whenShown<QMessageBox>([&](QMessageBox *second) {
            refusal = second->text();
            second->accept();
        });
        box->button(QMessageBox::Yes)->click();
    });
    click(child<QPushButton>(&dialog, "enableButton"));
    EXPECT_TRUE(refusal.contains(QStringLiteral("provincial board"))) << refusal.toStdString();
    EXPECT_TRUE(stored(QStringLiteral("admin"))->active);
    EXPECT_TRUE(dialog.isVisible());
}

TEST_F(AccountDialogsTest, AnyoneElseIsRefusedTheAccountsDialog)
{
    createAdmin();
    ActingUser auditor;
    auditor.name = QStringLiteral("kiemtra");
    auditor.accountId = 99;
    auditor.permissions = Permissions({RoleGrant{Role::Auditor, 0, {}, {}}});
    QWidget parent;
    parent.show();
    AccountsDialog dialog(*db_, auditor, &parent);
    EXPECT_EQ(dialog.refusal(), refusalMessage(Action::ManageAccounts));
    EXPECT_TRUE(dialog.accounts().isEmpty());
    EXPECT_EQ(child<QTableWidget>(&dialog, "accountsTable")->rowCount(), 0);

    QString shown;
    whenShown<QMessageBox>([&](QMessageBox *box) {
        shown = box->text();
        box->accept();
    });
    EXPECT_EQ(dialog.exec(), QDialog::Rejected);
    EXPECT_EQ(shown, refusalMessage(Action::ManageAccounts));
    EXPECT_FALSE(dialog.isVisible());
}

// Screenshots for a human look, when CUTRU_SCREENSHOT_DIR names a folder.
TEST_F(AccountDialogsTest, Screenshots)
{
    const QString dir = qEnvironmentVariable("CUTRU_SCREENSHOT_DIR");
    if (dir.isEmpty())
        GTEST_SKIP() << "set CUTRU_SCREENSHOT_DIR to save screenshots";
    auto save = [&dir](QWidget *w, const char *name) {
        QTest::qWait(200);
        w->grab().save(QDir(dir).filePath(QString::fromLatin1(name)));
    };
    {
        storage::Database demo = storage::Database::open(test::smallDemoCopy(folder_, QStringLiteral("demo.cutru")));
        SignInDialog signIn(demo);
        signIn.show();
        type(child<QLineEdit>(&signIn, "passwordEdit"), QStringLiteral("wrong1pass"));
        signIn.trySignIn();
        save(&signIn, "sign-in-demo.png");
    }
    {
        FirstAdministratorDialog first(*db_);
        first.show();
        type(child<QLineEdit>(&first, "userNameEdit"), QStringLiteral("a"));
        type(child<QLineEdit>(&first, "passwordEdit"), QStringLiteral("abc"));
        first.save();
        save(&first, "first-administrator.png");
    }
    const test::TinyProvince tiny = test::buildTinyProvince(*db_);
    const ActingUser admin = createAdmin();
    {
        ChangePasswordDialog change(*db_, admin, ChangePasswordDialog::Reason::Required);
        change.show();
        save(&change, "change-password.png");
    }
    Account a;
    a.username = QStringLiteral("xa.thaigiang");
    a.fullName = QStringLiteral("Văn phòng Đảng ủy xã Thái Giang");
    a.grants = {RoleGrant{Role::CommuneOffice, tiny.commune, {}, {}}};
    ASSERT_TRUE(AccountService(*db_).create(admin, a, QStringLiteral("tamthoi2025")).ok());
    AccountsDialog dialog(*db_, admin);
    dialog.show();
    dialog.selectAccount(a.id);
    save(&dialog, "accounts.png");
    click(child<QPushButton>(&dialog, "editButton"));
    auto *edit = dialog.findChild<AccountEditDialog *>();
    ASSERT_NE(edit, nullptr);
    auto *role = child<QComboBox>(edit, "roleCombo");
    role->setCurrentIndex(role->findData(code(Role::CellSecretary)));
    type(child<QComboBox>(edit, "organisationCombo")->lineEdit(), QStringLiteral("phat"));
    save(edit, "account-edit.png");
    edit->reject();
}

} // namespace
