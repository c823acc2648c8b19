// cutru-cli as a user runs it: a separate process, --user with CUTRU_PASSWORD, the
// same roles as the desktop application.
#include "services/demo_province.h"
#include "storage/organisation_repository.h"
#include "support/test_support.h"

#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
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

// "Party members: 112" → 112
int figure(const QString &output, const QString &label)
{
    const QRegularExpressionMatch m =
        QRegularExpression(QStringLiteral("^") + QRegularExpression::escape(label) + QStringLiteral(": (\\d+)$"),
                           QRegularExpression::MultilineOption)
            .match(output);
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

TEST_F(Cli, UserActsWithItsRolesOnly)
{
    const CliRun office = cli({QStringLiteral("info"), QStringLiteral("--db"), db, QStringLiteral("--user"),
                               QStringLiteral("vanphong.xa")},
                              demoPassword());
    ASSERT_EQ(office.exitCode, 0) << office.err.toStdString();
    EXPECT_TRUE(office.out.contains(QStringLiteral("vanphong.xa"))) << office.out.toStdString();
    const CliRun board = cli({QStringLiteral("info"), QStringLiteral("--db"), db, QStringLiteral("--user"),
                              QStringLiteral("admin")},
                             demoPassword());
    ASSERT_EQ(board.exitCode, 0) << board.err.toStdString();

    // The commune office's figures are its commune's: one committee, and the members
    // held under it, counted here independently.
    int heldInCommune = 0, all = 0;
    {
        storage::Database d = storage::Database::open(db, storage::Database::Create::MustExist);
        const QString path = storage::OrganisationRepository(d).pathOf(
            storage::OrganisationRepository(d).byCode(QStringLiteral("TB.D01.C001"))->id);
        QSqlQuery q(d.connection());
        q.prepare(QStringLiteral("SELECT count(*) FROM members m JOIN organisations o ON o.id = m.cell_id "
                                 "WHERE o.path LIKE ? || '%'"));
        q.addBindValue(path);
        ASSERT_TRUE(q.exec() && q.next());
        heldInCommune = q.value(0).toInt();
        ASSERT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM members")) && q.next());
        all = q.value(0).toInt();
    }
    ASSERT_GT(heldInCommune, 0);
    ASSERT_LT(heldInCommune, all);
    EXPECT_EQ(figure(office.out, QStringLiteral("Commune-level party committees")), 1) << office.out.toStdString();
    EXPECT_EQ(figure(office.out, QStringLiteral("Party members")), heldInCommune) << office.out.toStdString();
    EXPECT_EQ(figure(board.out, QStringLiteral("Party members")), all) << board.out.toStdString();
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

TEST_F(Cli, ReferralLettersPrintAsOnePdfPagePerLetter)
{
    const QString pdf = dir.file(QStringLiteral("letters.pdf"));
    CliRun r = cli({QStringLiteral("referrals"), QStringLiteral("letters"), QStringLiteral("--db"), db,
                    QStringLiteral("--org"), QStringLiteral("TB.W001"), QStringLiteral("--year"),
                    QStringLiteral("2012"), QStringLiteral("--out"), pdf, QStringLiteral("--user"),
                    QStringLiteral("canbo.coquan")},
                   demoPassword());
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    ASSERT_TRUE(QFileInfo::exists(pdf));
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    if (!text.waitForStarted(10000))
        GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";
    ASSERT_TRUE(text.waitForFinished(60000));
    const QString content = QString::fromUtf8(text.readAllStandardOutput());
    EXPECT_TRUE(content.contains(QStringLiteral("ĐẢNG CỘNG SẢN VIỆT NAM")));
    EXPECT_TRUE(content.contains(QStringLiteral("GIẤY GIỚI THIỆU")));
    EXPECT_TRUE(content.contains(QStringLiteral("Số 1-GGT/ĐU")));
    EXPECT_EQ(content.count(QStringLiteral("GIẤY GIỚI THIỆU")), content.count(QChar(u'\f')))
        << "one letter per page";

    // A cell secretary may not print another organisation's letters.
    const QString refused = dir.file(QStringLiteral("refused.pdf"));
    r = cli({QStringLiteral("referrals"), QStringLiteral("letters"), QStringLiteral("--db"), db,
             QStringLiteral("--org"), QStringLiteral("TB.W001"), QStringLiteral("--year"), QStringLiteral("2012"),
             QStringLiteral("--out"), refused, QStringLiteral("--user"), QStringLiteral("bithu.chibo")},
            demoPassword());
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_FALSE(QFileInfo::exists(refused));
}

TEST_F(Cli, ReferralListFollowsTheUsersRolesAndFilters)
{
    CliRun r = cli({QStringLiteral("referrals"), QStringLiteral("list"), QStringLiteral("--db"), db,
                    QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--user"),
                    QStringLiteral("vanphong.xa")},
                   demoPassword());
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    QStringList lines = r.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    ASSERT_GE(lines.size(), 2) << r.out.toStdString();
    EXPECT_TRUE(lines.first().contains(QStringLiteral("Party card")));
    for (int i = 1; i < lines.size(); ++i)
        EXPECT_TRUE(lines[i].contains(QStringLiteral(",TB.D01.C001,"))) << "only its own commune: " << lines[i].toStdString();

    // The board sees more, and --status filters.
    r = cli({QStringLiteral("referrals"), QStringLiteral("list"), QStringLiteral("--db"), db, QStringLiteral("--status"),
             QStringLiteral("ended")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_GE(lines.size(), 2) << "the small demo has ended referrals: " << r.out.toStdString();
    for (int i = 1; i < lines.size(); ++i)
        EXPECT_EQ(lines[i].split(QLatin1Char('\t')).value(8), QStringLiteral("ended")) << lines[i].toStdString();
    r = cli({QStringLiteral("referrals"), QStringLiteral("list"), QStringLiteral("--db"), db, QStringLiteral("--status"),
             QStringLiteral("lost")});
    EXPECT_EQ(r.exitCode, 1);
}
