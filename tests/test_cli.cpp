// cutru-cli as a user runs it: a separate process, --user with CUTRU_PASSWORD, the
// same roles as the desktop application.
#include "services/demo_province.h"
#include "storage/organisation_repository.h"
#include "support/test_support.h"

#include <QFileInfo>
#include <QProcess>
#include <QSqlQuery>
#include <gtest/gtest.h>

using namespace cutru;

namespace {

struct CliRun {
    int exitCode = -1;
    QString out, err;
};

CliRun cli(const QStringList &args, const QString &password = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("CUTRU_PASSWORD"));
    if (!password.isNull())
        env.insert(QStringLiteral("CUTRU_PASSWORD"), password);
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(CUTRU_CLI_PATH), args);
    p.closeWriteChannel(); // no password on stdin unless given
    CliRun r;
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

class Cli : public ::testing::Test {
protected:
    test::TempFolder dir;
    QString db = test::smallDemoCopy(dir);
};

} // namespace

TEST_F(Cli, UserActsWithItsRolesOnly)
{
    const CliRun r = cli({QStringLiteral("info"), QStringLiteral("--db"), db, QStringLiteral("--user"),
                       QStringLiteral("vanphong.xa")},
                      demoPassword());
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("vanphong.xa"))) << r.out.toStdString();
    QString commune;
    {
        storage::Database d = storage::Database::open(db, storage::Database::Create::MustExist);
        commune = storage::OrganisationRepository(d).byCode(QStringLiteral("TB.D01.C001"))->name;
    }
    EXPECT_TRUE(r.out.contains(commune)) << r.out.toStdString();
    EXPECT_FALSE(r.out.contains(QStringLiteral("Tỉnh ủy Thái Bình"))) << "only its own commune's figures";
}

TEST_F(Cli, WrongPasswordIsRefused)
{
    const CliRun r = cli({QStringLiteral("info"), QStringLiteral("--db"), db, QStringLiteral("--user"),
                       QStringLiteral("admin")},
                      QStringLiteral("wrong-password-1"));
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("wrong"))) << r.err.toStdString();
    EXPECT_TRUE(r.out.isEmpty());
}

TEST_F(Cli, BackupNeedsTheBoardRoleAndLocalAdministratorIsLogged)
{
    const QString copy = dir.file(QStringLiteral("copy.cutru"));
    CliRun r = cli({QStringLiteral("backup"), QStringLiteral("--db"), db, QStringLiteral("--out"), copy,
                 QStringLiteral("--user"), QStringLiteral("kiemtra")},
                demoPassword());
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("Provincial board"))) << r.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(copy));

    r = cli({QStringLiteral("backup"), QStringLiteral("--db"), db, QStringLiteral("--out"), copy,
             QStringLiteral("--user"), QStringLiteral("admin")},
            demoPassword());
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(QFileInfo::exists(copy));

    // Without --user: the file's local administrator, who may restore; the log says so.
    r = cli({QStringLiteral("restore"), QStringLiteral("--db"), db, QStringLiteral("--from"), copy});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    storage::Database d = storage::Database::open(db, storage::Database::Create::MustExist);
    QSqlQuery q(d.connection());
    ASSERT_TRUE(q.exec(QStringLiteral(
        "SELECT actor FROM change_log WHERE table_name = 'database_events' ORDER BY id DESC LIMIT 1")));
    ASSERT_TRUE(q.next());
    EXPECT_TRUE(q.value(0).toString().startsWith(QStringLiteral("local:"))) << q.value(0).toString().toStdString();
}

TEST_F(Cli, InitCreatesTheFirstAdministrator)
{
    const QString fresh = dir.file(QStringLiteral("fresh.cutru"));
    CliRun r = cli({QStringLiteral("init"), QStringLiteral("--out"), fresh, QStringLiteral("--admin"),
                 QStringLiteral("BanToChuc"), QStringLiteral("--name"), QStringLiteral("Ban Tổ chức")},
                QStringLiteral("Matkhau2025"));
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    r = cli({QStringLiteral("info"), QStringLiteral("--db"), fresh, QStringLiteral("--user"),
             QStringLiteral("bantochuc")},
            QStringLiteral("Matkhau2025"));
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    // A weak password creates nothing.
    const QString other = dir.file(QStringLiteral("other.cutru"));
    r = cli({QStringLiteral("init"), QStringLiteral("--out"), other, QStringLiteral("--admin"), QStringLiteral("x1")},
            QStringLiteral("short"));
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_FALSE(QFileInfo::exists(other));
}
