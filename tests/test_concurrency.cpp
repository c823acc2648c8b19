// Two processes on one database file: the second save of a stale record is refused
// with who changed it and when; normal use never meets "database is locked".
#include "services/account_service.h"
#include "services/member_service.h"
#include "storage/member_repository.h"
#include "support/test_support.h"

#include <QCoreApplication>
#include <QProcess>
#include <QRegularExpression>
#include <gtest/gtest.h>

using namespace cutru;

namespace {

ActingUser otherUser()
{
    ActingUser u = test::wholeDatabaseUser(QStringLiteral("nguoi.khac"));
    u.fullName = QStringLiteral("Người Khác");
    return u;
}

// Runs one test of this same program in a child process with `env` set.
int runChild(const QString &filter, const QStringList &env, QString *output = nullptr)
{
    QProcess child;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    for (const QString &kv : env)
        e.insert(kv.section(QLatin1Char('='), 0, 0), kv.section(QLatin1Char('='), 1));
    child.setProcessEnvironment(e);
    child.setProcessChannelMode(QProcess::MergedChannels);
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--gtest_filter=") + filter});
    if (!child.waitForFinished(60000)) {
        child.kill();
        child.waitForFinished();
        return -1;
    }
    if (output)
        *output = QString::fromUtf8(child.readAll());
    return child.exitStatus() == QProcess::NormalExit ? child.exitCode() : -1;
}

} // namespace

// The child's half: edits the member named by the environment, as another user.
TEST(ConcurrencyChild, EditMemberAsAnotherUser)
{
    const QString path = qEnvironmentVariable("CUTRU_CHILD_DB");
    if (path.isEmpty())
        GTEST_SKIP() << "runs only as the child of StaleSaveAcrossProcesses";
    storage::Database db = storage::Database::open(path, storage::Database::Create::MustExist);
    MemberService service(db, otherUser());
    auto m = service.load(qEnvironmentVariable("CUTRU_CHILD_MEMBER").toLongLong());
    ASSERT_TRUE(m.has_value());
    m->position = QStringLiteral("Đổi bởi tiến trình khác");
    const SaveOutcome out = service.save(*m, QDate(2024, 1, 1));
    ASSERT_TRUE(out.ok()) << out.message.toStdString();
}

TEST(Concurrency, StaleSaveAcrossProcesses)
{
    test::TempFolder dir;
    const QString path = dir.database(QStringLiteral("two.cutru"));
    qint64 id = 0;
    Member mine;
    {
        storage::Database db = storage::Database::open(path);
        const auto tiny = test::buildTinyProvince(db);
        // The other user has an account, so the message can give the full name.
        AccountService accounts(db);
        ASSERT_TRUE(accounts.createFirstAdministrator(QStringLiteral("nguoi.khac"), QStringLiteral("Người Khác"),
                                                      QStringLiteral("Matkhau12"), QStringLiteral("local:test"))
                        .ok());
        Member m = test::validMember(QStringLiteral("Đỗ Văn Chung"), tiny.village, 11);
        ASSERT_TRUE(MemberService(db, test::wholeDatabaseUser(QStringLiteral("setup"))).save(m, QDate(2024, 1, 1)).ok());
        id = m.id;
    }
    storage::Database db = storage::Database::open(path, storage::Database::Create::MustExist);
    MemberService service(db, test::wholeDatabaseUser(QStringLiteral("toi")));
    mine = *service.load(id); // opened in "my" window before the other process saves

    QString output;
    ASSERT_EQ(runChild(QStringLiteral("ConcurrencyChild.EditMemberAsAnotherUser"),
                       {QStringLiteral("CUTRU_CHILD_DB=") + path, QStringLiteral("CUTRU_CHILD_MEMBER=%1").arg(id)},
                       &output),
              0)
        << output.toStdString();
    ASSERT_TRUE(output.contains(QLatin1String("[  PASSED  ] 1 test"))) << output.toStdString();

    mine.position = QStringLiteral("Đổi bởi tôi");
    const SaveOutcome out = service.save(mine, QDate(2024, 1, 1));
    ASSERT_EQ(out.status, SaveOutcome::Status::Stale);
    EXPECT_TRUE(out.message.contains(QStringLiteral("Người Khác (nguoi.khac)"))) << out.message.toStdString();
    EXPECT_TRUE(out.message.contains(QRegularExpression(QStringLiteral("\\d\\d:\\d\\d \\d\\d/\\d\\d/\\d{4}"))))
        << out.message.toStdString();
    // Nothing was overwritten; a reload gets the other process's change and saves fine.
    Member fresh = *service.load(id);
    EXPECT_EQ(fresh.position, QStringLiteral("Đổi bởi tiến trình khác"));
    fresh.position = QStringLiteral("Đổi bởi tôi");
    EXPECT_TRUE(service.save(fresh, QDate(2024, 1, 1)).ok());
}
