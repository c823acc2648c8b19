// File → Connect to a server…: the address the dialog makes from its fields, its
// refusals, and (with CUTRU_TEST_POSTGRES, the development cluster's superuser URI) a
// real connection through it: signed in as the connection's role, a wrong password
// asked again with the server's reason, backups left to pg_dump.
#include "app/backup_controller.h"
#include "app/connect_server_dialog.h"
#include "app/main_window.h"
#include "app/recent_files.h"
#include "storage/database.h"
#include "support/test_support.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QRandomGenerator>
#include <QSpinBox>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QTimer>
#include <gtest/gtest.h>
#include <functional>

using namespace cutru;

namespace {

struct Fields {
    QString host, database, user, password = {};
    int port = 5432;
    QString tls = QStringLiteral("prefer");
};

void fill(ConnectServerDialog &d, const Fields &f)
{
    d.findChild<QLineEdit *>(QStringLiteral("hostEdit"))->setText(f.host);
    d.findChild<QSpinBox *>(QStringLiteral("portSpin"))->setValue(f.port);
    d.findChild<QLineEdit *>(QStringLiteral("databaseEdit"))->setText(f.database);
    d.findChild<QLineEdit *>(QStringLiteral("userEdit"))->setText(f.user);
    d.findChild<QLineEdit *>(QStringLiteral("passwordEdit"))->setText(f.password);
    auto *tls = d.findChild<QComboBox *>(QStringLiteral("tlsCombo"));
    tls->setCurrentIndex(tls->findText(f.tls));
}

// Answers the modal dialogs a test's action opens: each opens inside a nested event
// loop, so it is polled for. A waiting that was not answered ends with the object (the
// end of the test), so that it cannot answer a later test's dialog.
class ModalAnswers {
public:
    ~ModalAnswers()
    {
        for (const QPointer<QTimer> &t : std::as_const(timers_))
            delete t.data();
    }
    // Calls `answer` once with the next modal dialog of type T other than `notThis`.
    template <class T>
    void next(std::function<void(T *)> answer, QWidget *notThis = nullptr)
    {
        auto *timer = new QTimer;
        timer->setInterval(20);
        QObject::connect(timer, &QTimer::timeout, timer, [timer, answer, notThis = QPointer<QWidget>(notThis)] {
            auto *w = qobject_cast<T *>(QApplication::activeModalWidget());
            if (!w || w == notThis.data())
                return;
            timer->stop();
            timer->deleteLater();
            answer(w);
        });
        timer->start();
        timers_ << timer;
    }

private:
    QList<QPointer<QTimer>> timers_;
};

} // namespace

TEST(ConnectServerDialog, BuildsTheAddressFromItsFields)
{
    ConnectServerDialog d;
    fill(d, {QStringLiteral("db.tinh.vn"), QStringLiteral("cutru_thaibinh"), QStringLiteral("vanphong.xa"),
             QStringLiteral("mật khẩu 1"), 6543, QStringLiteral("verify-full")});
    const QString uri = d.uri();
    EXPECT_EQ(uri, QStringLiteral("postgresql://vanphong.xa@db.tinh.vn:6543/cutru_thaibinh?sslmode=verify-full"));
    EXPECT_FALSE(uri.contains(QStringLiteral("mật"))) << "the password never goes into the address";
    EXPECT_EQ(d.password(), QStringLiteral("mật khẩu 1"));
    const auto t = storage::DatabaseTarget::parse(uri);
    ASSERT_TRUE(t);
    EXPECT_EQ(t->host, QStringLiteral("db.tinh.vn"));
    EXPECT_EQ(t->port, 6543);
    EXPECT_EQ(t->databaseName, QStringLiteral("cutru_thaibinh"));
    EXPECT_EQ(t->user, QStringLiteral("vanphong.xa"));
    EXPECT_TRUE(t->options.contains(QStringLiteral("sslmode=verify-full"))) << t->options.toStdString();

    // The TLS modes are libpq's, all four offered.
    auto *tls = d.findChild<QComboBox *>(QStringLiteral("tlsCombo"));
    QStringList modes;
    for (int i = 0; i < tls->count(); ++i)
        modes << tls->itemText(i);
    EXPECT_EQ(modes, (QStringList{QStringLiteral("disable"), QStringLiteral("prefer"), QStringLiteral("require"),
                                  QStringLiteral("verify-full")}));
    // The password is typed blind and there is no way to save it.
    EXPECT_EQ(d.findChild<QLineEdit *>(QStringLiteral("passwordEdit"))->echoMode(), QLineEdit::Password);
    EXPECT_TRUE(d.findChildren<QCheckBox *>().isEmpty());
}

TEST(ConnectServerDialog, PutsAnIpv6AddressInBrackets)
{
    for (const QString &typed : {QStringLiteral("::1"), QStringLiteral("[::1]")}) {
        ConnectServerDialog d;
        fill(d, {typed, QStringLiteral("cutru"), QStringLiteral("admin"), {}, 5432, QStringLiteral("require")});
        EXPECT_EQ(d.uri(), QStringLiteral("postgresql://admin@[::1]:5432/cutru?sslmode=require")) << typed.toStdString();
        const auto t = storage::DatabaseTarget::parse(d.uri());
        ASSERT_TRUE(t);
        EXPECT_EQ(t->host, QStringLiteral("::1"));
    }
    ConnectServerDialog d;
    fill(d, {QStringLiteral("2001:DB8::A:5"), QStringLiteral("cutru"), QStringLiteral("admin")});
    const auto t = storage::DatabaseTarget::parse(d.uri());
    ASSERT_TRUE(t) << d.uri().toStdString();
    EXPECT_EQ(t->host, QStringLiteral("2001:db8::a:5"));
}

TEST(ConnectServerDialog, PercentEncodesTheUserAndTheDatabase)
{
    // Characters that mean something in a URI, a space and Vietnamese letters.
    const QString user = QStringLiteral("văn.phòng@xã:1%");
    const QString database = QStringLiteral("cutru tỉnh#1?&=");
    ConnectServerDialog d;
    fill(d, {QStringLiteral("127.0.0.1"), database, user});
    const QString uri = d.uri();
    EXPECT_TRUE(uri.startsWith(QStringLiteral("postgresql://v%C4%83n.ph%C3%B2ng%40x%C3%A3%3A1%25@127.0.0.1:5432/"
                                              "cutru%20t%E1%BB%89nh%231%3F%26%3D?sslmode=prefer")))
        << uri.toStdString();
    const auto t = storage::DatabaseTarget::parse(uri);
    ASSERT_TRUE(t) << uri.toStdString();
    EXPECT_EQ(t->user, user);
    EXPECT_EQ(t->databaseName, database);
    EXPECT_EQ(t->host, QStringLiteral("127.0.0.1"));
    // What the program keeps (window, recent list, worker threads) names the same database.
    const auto again = storage::DatabaseTarget::parse(t->display());
    ASSERT_TRUE(again) << t->display().toStdString();
    EXPECT_EQ(again->user, user);
    EXPECT_EQ(again->databaseName, database);
}

TEST(ConnectServerDialog, RefusesAnEmptyFieldNamingIt)
{
    const Fields full{QStringLiteral("db.tinh.vn"), QStringLiteral("cutru"), QStringLiteral("admin")};
    struct Case {
        const char *field;
        Fields fields;
        QString mentions;
    };
    Fields noHost = full, noDatabase = full, noUser = full, badHost = full;
    noHost.host = QStringLiteral("   ");
    noDatabase.database.clear();
    noUser.user.clear();
    badHost.host = QStringLiteral("db tinh!");
    for (const Case &c : {Case{"host", noHost, QStringLiteral("server")},
                          Case{"database", noDatabase, QStringLiteral("database")},
                          Case{"user", noUser, QStringLiteral("user name")},
                          Case{"bad host", badHost, QStringLiteral("db tinh!")}}) {
        ConnectServerDialog d;
        fill(d, c.fields);
        QString error;
        EXPECT_TRUE(d.uri(&error).isEmpty()) << c.field;
        EXPECT_TRUE(error.contains(c.mentions, Qt::CaseInsensitive)) << c.field << ": " << error.toStdString();
        EXPECT_FALSE(d.tryAccept()) << c.field;
        EXPECT_EQ(d.message(), error) << c.field;
        EXPECT_NE(d.result(), QDialog::Accepted) << c.field;
    }
    ConnectServerDialog d;
    fill(d, full);
    EXPECT_TRUE(d.tryAccept());
    EXPECT_EQ(d.result(), QDialog::Accepted);
    EXPECT_TRUE(d.message().isEmpty());
}

namespace {

// A fresh, empty database on the development server named by CUTRU_TEST_POSTGRES (its
// superuser's URI), and a login role with a password, both dropped at the end.
class ServerFixture : public ::testing::Test {
protected:
    void SetUp() override
    {
        admin_ = qEnvironmentVariable("CUTRU_TEST_POSTGRES");
        if (admin_.isEmpty())
            GTEST_SKIP() << "CUTRU_TEST_POSTGRES is not set: no PostgreSQL server to connect the dialog to "
                            "(e.g. postgresql://postgres@127.0.0.1:55432/postgres)";
        const auto t = storage::DatabaseTarget::parse(admin_);
        ASSERT_TRUE(t) << admin_.toStdString();
        target_ = *t;
        const QString suffix = QString::number(QRandomGenerator::global()->bounded(1u << 30), 36);
        name_ = QStringLiteral("e_gui_") + suffix;
        role_ = QStringLiteral("e_gui_role_") + suffix;
        ASSERT_TRUE(adminExec(QStringLiteral("CREATE DATABASE %1 TEMPLATE template0 ENCODING 'UTF8'").arg(name_)));
        created_ = true;
        uri_ = QStringLiteral("postgresql://%1@%2:%3/%4").arg(target_.user, target_.host).arg(target_.port).arg(name_);
        // CuTru's schema, made by the superuser: the owner of its tables.
        storage::Database::open(uri_, storage::Database::Create::MustNotExist);
    }
    void TearDown() override
    {
        storage::forgetPasswords();
        recent::clear();
        if (created_)
            adminExec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name_));
        if (!role_.isEmpty())
            adminExec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(role_));
    }

    bool adminExec(const QString &sql)
    {
        bool ok = false;
        {
            QSqlDatabase db = test::plainConnection(admin_, QStringLiteral("e-admin"), false);
            QSqlQuery q(db);
            ok = db.isOpen() && q.exec(sql);
            if (!ok)
                ADD_FAILURE() << sql.toStdString() << ": " << q.lastError().text().toStdString()
                              << db.lastError().text().toStdString();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("e-admin"));
        return ok;
    }

    Fields fields(const QString &user, const QString &password) const
    {
        return {target_.host, name_, user, password, target_.port, QStringLiteral("prefer")};
    }

    QString admin_, uri_, name_, role_;
    storage::DatabaseTarget target_;
    bool created_ = false;
};

} // namespace

TEST_F(ServerFixture, ConnectingThroughTheDialogSignsInAsTheOwner)
{
    MainWindow window;
    window.setAuthenticator([](storage::Database &) -> std::optional<ActingUser> {
        ADD_FAILURE() << "a server connection must not ask for a sign-in";
        return std::nullopt;
    });
    window.show();
    QString warning;
    ModalAnswers answers;
    answers.next<ConnectServerDialog>([&](ConnectServerDialog *d) {
        fill(*d, fields(target_.user, QString()));
        d->tryAccept();
        answers.next<QMessageBox>([&](QMessageBox *box) {
            warning = box->text();
            box->accept();
        });
    });
    window.connectServerAction()->trigger();
    ASSERT_EQ(window.databasePath(), uri_ + QStringLiteral("?sslmode=prefer")) << warning.toStdString();
    EXPECT_TRUE(warning.isEmpty()) << warning.toStdString();

    // The schema's owner acts as the database's administrator, in the role's own name.
    EXPECT_EQ(window.user().name, target_.user);
    EXPECT_TRUE(window.user().may(Action::ManageAccounts));
    EXPECT_TRUE(window.user().may(Action::ManageOrganisations));
    EXPECT_TRUE(window.windowTitle().contains(name_)) << window.windowTitle().toStdString();
    EXPECT_TRUE(window.windowTitle().contains(target_.host)) << window.windowTitle().toStdString();

    // Copies of pages are for files: a server database goes to pg_dump.
    EXPECT_FALSE(window.backupController()->backupAction()->isEnabled());
    EXPECT_FALSE(window.backupController()->restoreAction()->isEnabled());
    EXPECT_TRUE(window.backupController()->backupAction()->toolTip().contains(QStringLiteral("pg_dump")));

    // The recent list keeps the address, which reopens the database.
    ASSERT_FALSE(recent::files().isEmpty());
    EXPECT_EQ(recent::files().first(), window.databasePath());
    MainWindow second;
    second.show();
    ASSERT_TRUE(second.openDatabase(recent::files().first()));
    EXPECT_EQ(second.user().name, target_.user);
}

TEST_F(ServerFixture, AWrongPasswordIsAskedAgainWithTheServersReason)
{
    // A login role with a password, in CuTru's group role but without a CuTru account.
    ASSERT_TRUE(adminExec(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD 'right-pass-1' IN ROLE cutru_user").arg(role_)));
    MainWindow window;
    window.show();
    QString reason, refusal;
    ModalAnswers answers;
    answers.next<ConnectServerDialog>([&](ConnectServerDialog *d) {
        fill(*d, fields(role_, QStringLiteral("wrong-pass-1")));
        d->tryAccept();
        // The same dialog again, asking for the password alone with the server's reason.
        answers.next<ConnectServerDialog>(
            [&](ConnectServerDialog *again) {
                reason = again->message();
                EXPECT_FALSE(again->findChild<QLineEdit *>(QStringLiteral("hostEdit"))->isEnabled());
                again->findChild<QLineEdit *>(QStringLiteral("passwordEdit"))->setText(QStringLiteral("right-pass-1"));
                again->tryAccept();
                answers.next<QMessageBox>([&](QMessageBox *box) {
                    refusal = box->text();
                    box->accept();
                });
            },
            d);
    });
    window.connectServerAction()->trigger();
    EXPECT_TRUE(reason.contains(QStringLiteral("password authentication failed"))) << reason.toStdString();
    EXPECT_FALSE(reason.contains(QStringLiteral("QPSQL"))) << reason.toStdString();
    // The right password reached the server; the role has no account: refused, clearly.
    EXPECT_TRUE(refusal.contains(role_) && refusal.contains(QStringLiteral("no CuTru account")))
        << refusal.toStdString();
    EXPECT_TRUE(window.databasePath().isEmpty());
}
