// cutru-cli as a user runs it: a separate process, --user with CUTRU_PASSWORD, the
// same roles as the desktop application.
#include "services/demo_province.h"
#include "services/meeting_service.h"
#include "services/tabular_file.h"
#include "storage/organisation_repository.h"
#include "support/test_support.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <gtest/gtest.h>

using namespace cutru;

namespace {

struct CliRun {
    int exitCode = -1;
    QString out, err;
    QByteArray rawOut; // as written (QString::fromUtf8 drops a byte-order mark)
};

CliRun cli(const QStringList &args, const QString &password = {}, const QHash<QString, QString> &moreEnv = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("CUTRU_PASSWORD"));
    env.remove(QStringLiteral("PGPASSWORD"));
    if (!password.isNull())
        env.insert(QStringLiteral("CUTRU_PASSWORD"), password);
    for (auto it = moreEnv.cbegin(); it != moreEnv.cend(); ++it)
        env.insert(it.key(), it.value());
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
    r.rawOut = p.readAllStandardOutput();
    r.out = QString::fromUtf8(r.rawOut);
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

TEST_F(Cli, AccountsResetPasswordSetsANewPasswordToChange)
{
    const QString reset = QStringLiteral("Moi2026mk");
    // As the file's local administrator (no --user).
    auto resetPassword = [this](const QString &account, const QString &password) {
        return cli({QStringLiteral("accounts"), QStringLiteral("reset-password"), QStringLiteral("--db"), db,
                    QStringLiteral("--account"), account},
                   {}, {{QStringLiteral("CUTRU_NEW_PASSWORD"), password}});
    };
    const CliRun done = resetPassword(QStringLiteral("vanphong.xa"), reset);
    ASSERT_EQ(done.exitCode, 0) << done.err.toStdString();
    const CliRun signedIn = cli({QStringLiteral("info"), QStringLiteral("--db"), db, QStringLiteral("--user"),
                                 QStringLiteral("vanphong.xa")},
                                reset);
    EXPECT_EQ(signedIn.exitCode, 0) << signedIn.err.toStdString();
    EXPECT_TRUE(signedIn.err.contains(QStringLiteral("must be changed"))) << signedIn.err.toStdString();

    const CliRun unknown = resetPassword(QStringLiteral("khong.co"), reset);
    EXPECT_EQ(unknown.exitCode, 1);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("No account is named khong.co"))) << unknown.err.toStdString();
    const CliRun weak = resetPassword(QStringLiteral("vanphong.xa"), QStringLiteral("123"));
    EXPECT_EQ(weak.exitCode, 1);
    // Only the board manages accounts: a commune office may not.
    const CliRun office = cli({QStringLiteral("accounts"), QStringLiteral("reset-password"), QStringLiteral("--db"),
                               db, QStringLiteral("--account"), QStringLiteral("admin"), QStringLiteral("--user"),
                               QStringLiteral("vanphong.xa")},
                              reset, {{QStringLiteral("CUTRU_NEW_PASSWORD"), reset}});
    EXPECT_EQ(office.exitCode, 1) << office.out.toStdString();
    EXPECT_TRUE(office.err.contains(QStringLiteral("provincial board")) || office.err.contains(QStringLiteral("Provincial board")))
        << office.err.toStdString();
    const CliRun noPassword = cli({QStringLiteral("accounts"), QStringLiteral("reset-password"), QStringLiteral("--db"),
                                   db, QStringLiteral("--account"), QStringLiteral("vanphong.xa")});
    EXPECT_EQ(noPassword.exitCode, 1);
    EXPECT_TRUE(noPassword.err.contains(QStringLiteral("No new password"))) << noPassword.err.toStdString();
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

namespace {

// The first line of `output` that starts with `prefix`.
QString lineStarting(const QString &output, const QString &prefix)
{
    for (const QString &l : output.split(QLatin1Char('\n')))
        if (l.startsWith(prefix))
            return l;
    return {};
}

} // namespace

TEST_F(Cli, MeetingsPlanCreatesTheYearOnceAndFollowsRoles)
{
    const QStringList plan{QStringLiteral("meetings"), QStringLiteral("plan"), QStringLiteral("--db"), db,
                           QStringLiteral("--year"), QStringLiteral("2015")};
    // A cell secretary may not plan a commune's year.
    CliRun r = cli(plan + QStringList{QStringLiteral("--scope"), QStringLiteral("TB.D01.C001"), QStringLiteral("--user"),
                                      QStringLiteral("bithu.chibo")},
                   demoPassword());
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.out.isEmpty());
    // The commune office plans its commune; then the board the whole province.
    r = cli(plan + QStringList{QStringLiteral("--scope"), QStringLiteral("TB.D01.C001"), QStringLiteral("--user"),
                               QStringLiteral("vanphong.xa")},
            demoPassword());
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const int communeCells = figure(r.out, QStringLiteral("Residence cells"));
    ASSERT_GT(communeCells, 0) << r.out.toStdString();
    EXPECT_EQ(figure(r.out, QStringLiteral("Meetings created")), 2 * communeCells) << "Regulation 213: two a year";
    r = cli(plan + QStringList{QStringLiteral("--user"), QStringLiteral("admin")}, demoPassword());
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const int cells = figure(r.out, QStringLiteral("Residence cells"));
    EXPECT_GT(cells, communeCells);
    EXPECT_EQ(figure(r.out, QStringLiteral("Meetings created")), 2 * (cells - communeCells)) << r.out.toStdString();
    EXPECT_EQ(figure(r.out, QStringLiteral("Already planned or held")), 2 * communeCells);
    // Twice: nothing new.
    r = cli(plan);
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(figure(r.out, QStringLiteral("Meetings created")), 0) << r.out.toStdString();
    EXPECT_EQ(figure(r.out, QStringLiteral("Already planned or held")), 2 * cells);
}

TEST_F(Cli, CommentDraftsForACommuneThenTheProvince)
{
    const QStringList drafts{QStringLiteral("comments"), QStringLiteral("drafts"), QStringLiteral("--db"), db,
                             QStringLiteral("--year"), QStringLiteral("2013")};
    const QStringList commune{QStringLiteral("--scope"), QStringLiteral("TB.D01.C001")};
    // A workplace officer does not prepare drafts; a missing option is a usage error.
    CliRun r = cli(drafts + commune + QStringList{QStringLiteral("--user"), QStringLiteral("canbo.coquan")},
                   demoPassword());
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.out.isEmpty());
    EXPECT_EQ(cli(drafts).exitCode, 2);
    EXPECT_EQ(cli({QStringLiteral("comments"), QStringLiteral("print"), QStringLiteral("--db"), db}).exitCode, 2);
    // The commune office prepares its commune's, then the board the province's; progress on stderr.
    r = cli(drafts + commune + QStringList{QStringLiteral("--user"), QStringLiteral("vanphong.xa")}, demoPassword());
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const int communeDrafts = figure(r.out, QStringLiteral("Drafts created"));
    EXPECT_GT(communeDrafts, 0) << r.out.toStdString();
    EXPECT_EQ(figure(r.out, QStringLiteral("Already with a comment")), 0);
    EXPECT_TRUE(r.err.contains(QStringLiteral("100%"))) << r.err.toStdString();
    r = cli(drafts + QStringList{QStringLiteral("--scope"), QStringLiteral("TB")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const int provinceDrafts = figure(r.out, QStringLiteral("Drafts created"));
    EXPECT_GT(provinceDrafts, 0) << "the other communes' members";
    EXPECT_EQ(figure(r.out, QStringLiteral("Already with a comment")), communeDrafts);
    {
        storage::Database opened = storage::Database::open(db);
        QSqlQuery q(opened.connection());
        q.exec(QStringLiteral("SELECT count(*) FROM annual_comments WHERE year = 2013 AND signed_date IS NULL"));
        ASSERT_TRUE(q.next());
        EXPECT_EQ(q.value(0).toInt(), communeDrafts + provinceDrafts);
    }
    // Twice: nothing new.
    r = cli(drafts + QStringList{QStringLiteral("--scope"), QStringLiteral("TB")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(figure(r.out, QStringLiteral("Drafts created")), 0);
}

TEST_F(Cli, MeetingsListAndSheets)
{
    const CliRun list = cli({QStringLiteral("meetings"), QStringLiteral("list"), QStringLiteral("--db"), db,
                             QStringLiteral("--cell"), QStringLiteral("TB.D01.C001.K001"), QStringLiteral("--year"),
                             QStringLiteral("2012"), QStringLiteral("--user"), QStringLiteral("bithu.chibo")},
                            demoPassword());
    ASSERT_EQ(list.exitCode, 0) << list.err.toStdString();
    const QStringList lines = list.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 3) << "a header and the two meetings of 2012: " << list.out.toStdString();
    const QStringList first = lines[1].split(QLatin1Char('\t'));
    ASSERT_EQ(first.size(), 7) << lines[1].toStdString();
    EXPECT_TRUE(first[1].endsWith(QStringLiteral("/2012"))) << first[1].toStdString();
    EXPECT_EQ(first[3], QStringLiteral("held"));
    EXPECT_GE(first[4].toInt(), first[5].toInt());
    const QString meetingId = first[0];

    for (const bool blank : {false, true}) {
        const QString pdf = dir.file(blank ? QStringLiteral("blank.pdf") : QStringLiteral("record.pdf"));
        QStringList args{QStringLiteral("meetings"), QStringLiteral("sheet"), QStringLiteral("--db"), db,
                         QStringLiteral("--meeting"), meetingId, QStringLiteral("--out"), pdf};
        if (blank)
            args << QStringLiteral("--blank");
        const CliRun r = cli(args);
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
        ASSERT_TRUE(QFileInfo::exists(pdf));
        QFile f(pdf);
        ASSERT_TRUE(f.open(QIODevice::ReadOnly));
        EXPECT_TRUE(f.read(5).startsWith("%PDF-"));
    }
    // A workplace officer may not read the cell's members, so may not print it; an
    // unknown meeting is named.
    const QString refused = dir.file(QStringLiteral("refused.pdf"));
    CliRun r = cli({QStringLiteral("meetings"), QStringLiteral("sheet"), QStringLiteral("--db"), db,
                    QStringLiteral("--meeting"), meetingId, QStringLiteral("--out"), refused, QStringLiteral("--user"),
                    QStringLiteral("canbo.coquan")},
                   demoPassword());
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("Seeing this member"))) << r.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(refused));
    r = cli({QStringLiteral("meetings"), QStringLiteral("sheet"), QStringLiteral("--db"), db, QStringLiteral("--meeting"),
             QStringLiteral("999999"), QStringLiteral("--out"), refused});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("999999"))) << r.err.toStdString();
}

TEST_F(Cli, AttendanceImportReportsRowsAndTwiceChangesNothing)
{
    // Three members expected at the cell's first meeting of 2012, from the service.
    qint64 meetingId = 0;
    QStringList cards;
    QDate date;
    {
        storage::Database d = storage::Database::open(db, storage::Database::Create::MustExist);
        const MeetingService meetings(d, test::wholeDatabaseUser(QStringLiteral("test")));
        const auto cell = storage::OrganisationRepository(d).byCode(QStringLiteral("TB.D01.C001.K001"));
        ASSERT_TRUE(cell);
        const QList<Meeting> held = meetings.meetingsOf(cell->id, QDate(2012, 1, 1), QDate(2012, 12, 31));
        ASSERT_FALSE(held.isEmpty());
        meetingId = held.first().id;
        date = held.first().date;
        const AttendanceSheet sheet = meetings.sheet(meetingId);
        for (const SheetLine &l : sheet.expected)
            if (!l.partyCardNo.isEmpty() && cards.size() < 3)
                cards << l.partyCardNo; // probationary members have no card yet
        ASSERT_EQ(cards.size(), 3);
    }
    const QString csv = dir.file(QStringLiteral("diem-danh.csv"));
    {
        QFile f(csv);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("\xFEFFSố thẻ đảng viên;Tình hình;Lý do\r\n"
                               "%1;Có mặt;\r\n"
                               "%2;Vắng có lý do;Đi công tác tỉnh ngoài\r\n"
                               "%3;Vắng không lý do;\r\n"
                               "3409999999;Có mặt;\r\n"
                               "%1;nghỉ;\r\n")
                    .arg(cards[0], cards[1], cards[2])
                    .toUtf8());
    }
    const QStringList import{QStringLiteral("attendance"), QStringLiteral("import"), csv, QStringLiteral("--db"), db,
                             QStringLiteral("--meeting"), QString::number(meetingId), QStringLiteral("--user"),
                             QStringLiteral("bithu.chibo")};
    // A dry run first: reported, not written.
    CliRun r = cli(import + QStringList{QStringLiteral("--dry-run")}, demoPassword());
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString() << r.out.toStdString();
    EXPECT_EQ(figure(r.out, QStringLiteral("Matched")), 3) << r.out.toStdString();
    const int changesAtFirst = figure(r.out, QStringLiteral("New")) + figure(r.out, QStringLiteral("Changed"));
    EXPECT_GT(changesAtFirst, 0) << "the demo's marks differ somewhere: " << r.out.toStdString();

    r = cli(import, demoPassword());
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString() << r.out.toStdString();
    EXPECT_EQ(figure(r.out, QStringLiteral("Matched")), 3) << r.out.toStdString();
    EXPECT_EQ(figure(r.out, QStringLiteral("Unmatched")), 2);
    EXPECT_EQ(figure(r.out, QStringLiteral("Marks written")), changesAtFirst) << "the dry run wrote nothing";
    EXPECT_TRUE(lineStarting(r.out, QStringLiteral("Line 5: not matched")).contains(QStringLiteral("3409999999")))
        << r.out.toStdString();
    EXPECT_TRUE(lineStarting(r.out, QStringLiteral("Line 6: not matched")).contains(QStringLiteral("nghỉ")))
        << r.out.toStdString();
    EXPECT_TRUE(lineStarting(r.out, QStringLiteral("Line 3:")).contains(QStringLiteral("Đi công tác tỉnh ngoài")));

    auto changeLogSize = [&] {
        storage::Database d = storage::Database::open(db, storage::Database::Create::MustExist);
        QSqlQuery q(d.connection());
        // Signing in logs the account's last sign-in; the import's own tables must not change.
        return q.exec(QStringLiteral("SELECT count(*) FROM change_log WHERE table_name IN ('attendance', 'meetings')"))
                       && q.next()
                   ? q.value(0).toInt()
                   : -1;
    };
    const int logged = changeLogSize();
    r = cli(import, demoPassword());
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(figure(r.out, QStringLiteral("Unchanged")), 3) << r.out.toStdString();
    EXPECT_EQ(figure(r.out, QStringLiteral("New")), 0);
    EXPECT_EQ(figure(r.out, QStringLiteral("Changed")), 0);
    EXPECT_EQ(changeLogSize(), logged) << "the second import wrote nothing";

    // By cell code and date instead of --meeting; a file that matches nothing fails.
    const QString byDate = dir.file(QStringLiteral("by-date.csv"));
    {
        QFile f(byDate);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("Mã chi bộ,Ngày,Số thẻ đảng viên,Tình hình\nTB.D01.C001.K001,%1,%2,Có mặt\n")
                    .arg(date.toString(QStringLiteral("dd/MM/yyyy")), cards[0])
                    .toUtf8());
    }
    // (The local administrator acts as the provincial board, which does not record attendance.)
    r = cli({QStringLiteral("attendance"), QStringLiteral("import"), byDate, QStringLiteral("--db"), db});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("Cell secretary"))) << r.err.toStdString();
    r = cli({QStringLiteral("attendance"), QStringLiteral("import"), byDate, QStringLiteral("--db"), db,
             QStringLiteral("--user"), QStringLiteral("bithu.chibo")},
            demoPassword());
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(figure(r.out, QStringLiteral("Unchanged")), 1) << r.out.toStdString();
    const QString nothing = dir.file(QStringLiteral("nothing.csv"));
    {
        QFile f(nothing);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("card,status\n3409999999,x\n");
    }
    r = cli({QStringLiteral("attendance"), QStringLiteral("import"), nothing, QStringLiteral("--db"), db,
             QStringLiteral("--meeting"), QString::number(meetingId), QStringLiteral("--user"),
             QStringLiteral("vanphong.xa")},
            demoPassword());
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_EQ(figure(r.out, QStringLiteral("Unmatched")), 1);
    // A bad file: the message names it, nothing on stdout.
    r = cli({QStringLiteral("attendance"), QStringLiteral("import"), dir.file(QStringLiteral("absent.csv")),
             QStringLiteral("--db"), db, QStringLiteral("--meeting"), QString::number(meetingId)});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("absent.csv"))) << r.err.toStdString();
    EXPECT_TRUE(r.out.isEmpty());
}

// ---- report -----------------------------------------------------------------------

namespace {
QStringList reportArgs(const QString &name, const QString &db, const QStringList &more)
{
    return QStringList{QStringLiteral("report"), name, QStringLiteral("--db"), db} + more;
}

QString pdfText(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput());
}
} // namespace

TEST_F(Cli, ReportListNamesEveryReport)
{
    const CliRun r = cli({QStringLiteral("report"), QStringLiteral("--list")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    for (const char *name : {"overview", "coverage", "attendance", "alerts", "comments", "member", "liaison",
                             "open-problems"})
        EXPECT_TRUE(QRegularExpression(QStringLiteral("^%1\\s").arg(QLatin1String(name)),
                                       QRegularExpression::MultilineOption)
                        .match(r.out)
                        .hasMatch())
            << name << '\n' << r.out.toStdString();
}

TEST_F(Cli, ReportRefusesABadNameScopePeriodOrFormatWithAMessage)
{
    const QStringList csv{QStringLiteral("--format"), QStringLiteral("csv")};
    struct Case {
        QStringList args;
        QString expected;
    };
    const QList<Case> cases{
        {reportArgs(QStringLiteral("nonsense"), db, csv), QStringLiteral("nonsense")},
        {reportArgs(QStringLiteral("attendance"), db, csv + QStringList{QStringLiteral("--scope"), QStringLiteral("TB.X99")}),
         QStringLiteral("TB.X99")},
        {reportArgs(QStringLiteral("attendance"), db,
                    csv + QStringList{QStringLiteral("--from"), QStringLiteral("31/02/2012"), QStringLiteral("--to"),
                                      QStringLiteral("31/12/2012")}),
         QStringLiteral("31/02/2012")},
        {reportArgs(QStringLiteral("attendance"), db,
                    csv + QStringList{QStringLiteral("--from"), QStringLiteral("01/01/2013"), QStringLiteral("--to"),
                                      QStringLiteral("31/12/2012")}),
         QStringLiteral("01/01/2013")},
        {reportArgs(QStringLiteral("attendance"), db, {QStringLiteral("--format"), QStringLiteral("docx")}),
         QStringLiteral("--format")},
        {reportArgs(QStringLiteral("attendance"), db, {QStringLiteral("--format"), QStringLiteral("pdf")}),
         QStringLiteral("--out")},
        {reportArgs(QStringLiteral("member"), db, csv), QStringLiteral("member")},
        {reportArgs(QStringLiteral("attendance"), db, csv + QStringList{QStringLiteral("--by"), QStringLiteral("village")}),
         QStringLiteral("village")},
    };
    for (const Case &c : cases) {
        const CliRun r = cli(c.args);
        EXPECT_NE(r.exitCode, 0) << c.args.join(' ').toStdString();
        EXPECT_TRUE(r.err.contains(QStringLiteral("Error:")) && r.err.contains(c.expected))
            << c.args.join(' ').toStdString() << '\n'
            << r.err.toStdString();
        EXPECT_TRUE(r.out.isEmpty()) << r.out.toStdString();
    }
}

TEST_F(Cli, ReportOverviewAsCsvCountsWhatTheDatabaseHolds)
{
    const CliRun r = cli(reportArgs(QStringLiteral("overview"), db, {QStringLiteral("--format"), QStringLiteral("csv")}));
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    ASSERT_TRUE(r.rawOut.startsWith("\xEF\xBB\xBF")) << "UTF-8 with a byte-order mark";
    int members = 0, communes = 0;
    {
        storage::Database d = storage::Database::open(db, storage::Database::Create::MustExist);
        QSqlQuery q(d.connection());
        q.exec(QStringLiteral("SELECT (SELECT count(*) FROM members), "
                              "(SELECT count(*) FROM organisations WHERE level = 'commune')"));
        ASSERT_TRUE(q.next());
        members = q.value(0).toInt();
        communes = q.value(1).toInt();
    }
    EXPECT_TRUE(r.out.contains(QStringLiteral("Party members,%1").arg(members))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("Commune-level party committees,%1").arg(communes))) << r.out.toStdString();

    // Options the overview does not use are said on stderr; the report is the same.
    const CliRun extra = cli(reportArgs(QStringLiteral("overview"), db,
                                        {QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--by"),
                                         QStringLiteral("commune"), QStringLiteral("--year"), QStringLiteral("2013")}));
    ASSERT_EQ(extra.exitCode, 0) << extra.err.toStdString();
    EXPECT_TRUE(extra.err.contains(QStringLiteral("does not use --by, --year"))) << extra.err.toStdString();
    EXPECT_EQ(extra.out, r.out);
}

TEST_F(Cli, ReportWritesPdfAndXlsxAndFollowsTheUsersScope)
{
    const QString pdf = dir.file(QStringLiteral("attendance.pdf"));
    const CliRun r = cli(reportArgs(QStringLiteral("attendance"), db,
                                    {QStringLiteral("--year"), QStringLiteral("2013"), QStringLiteral("--format"),
                                     QStringLiteral("pdf"), QStringLiteral("--out"), pdf, QStringLiteral("--number"),
                                     QStringLiteral("Số 12-BC/BTCTU")}));
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("Pages: "))) << "progress on stderr: " << r.err.toStdString();
    const QString text = pdfText(pdf);
    EXPECT_TRUE(text.contains(QStringLiteral("BÁO CÁO"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Số 12-BC/BTCTU"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Thành ủy Thái Bình"))) << "a district row";
    EXPECT_TRUE(text.contains(QStringLiteral("Trang 1/"))) << text.toStdString();

    const QString xlsx = dir.file(QStringLiteral("coverage.xlsx"));
    const CliRun x = cli(reportArgs(QStringLiteral("coverage"), db,
                                    {QStringLiteral("--year"), QStringLiteral("2013"), QStringLiteral("--half"),
                                     QStringLiteral("2"), QStringLiteral("--format"), QStringLiteral("xlsx"),
                                     QStringLiteral("--out"), xlsx}));
    ASSERT_EQ(x.exitCode, 0) << x.err.toStdString();
    QFile file(xlsx);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.read(2), QByteArray("PK"));

    // A commune office: its own commune by default; another commune is refused.
    const CliRun own = cli(reportArgs(QStringLiteral("attendance"), db,
                                      {QStringLiteral("--year"), QStringLiteral("2013"), QStringLiteral("--format"),
                                       QStringLiteral("csv"), QStringLiteral("--user"), QStringLiteral("vanphong.xa")}),
                           demoPassword());
    ASSERT_EQ(own.exitCode, 0) << own.err.toStdString();
    QString cellName;
    {
        storage::Database d = storage::Database::open(db, storage::Database::Create::MustExist);
        const auto cell = storage::OrganisationRepository(d).byCode(QStringLiteral("TB.D01.C001.K001"));
        ASSERT_TRUE(cell);
        cellName = cell->name;
    }
    EXPECT_TRUE(own.out.contains(cellName)) << "rows are the commune's cells: " << own.out.toStdString();
    EXPECT_FALSE(own.out.contains(QStringLiteral("Huyện ủy"))) << own.out.toStdString();
    const CliRun other = cli(reportArgs(QStringLiteral("attendance"), db,
                                        {QStringLiteral("--scope"), QStringLiteral("TB.D02"), QStringLiteral("--format"),
                                         QStringLiteral("csv"), QStringLiteral("--user"), QStringLiteral("vanphong.xa")}),
                             demoPassword());
    EXPECT_NE(other.exitCode, 0);
    EXPECT_TRUE(other.err.contains(QStringLiteral("Error:"))) << other.err.toStdString();
    EXPECT_TRUE(other.out.isEmpty());
}

TEST_F(Cli, ReportSpeaksVietnameseWithLangVi)
{
    const CliRun r = cli(reportArgs(QStringLiteral("attendance"), db,
                                    {QStringLiteral("--year"), QStringLiteral("2013"), QStringLiteral("--format"),
                                     QStringLiteral("csv"), QStringLiteral("--lang"), QStringLiteral("vi")}));
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("Vắng không lý do"))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("Tổng cộng"))) << r.out.toStdString();
    const CliRun bad = cli(reportArgs(QStringLiteral("nonsense"), db,
                                      {QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--lang"),
                                       QStringLiteral("vi")}));
    EXPECT_NE(bad.exitCode, 0);
    EXPECT_TRUE(bad.err.contains(QStringLiteral("Không có báo cáo tên 'nonsense'"))) << bad.err.toStdString();
}

// ---------------------------------------------------------------------------
// import members|organisations, export members|organisations (issue 7)

namespace {

QString importFixture(const char *name)
{
    return QStringLiteral(CUTRU_IMPORT_FIXTURES "/") + QString::fromLatin1(name);
}

int sqlValue(const QString &dbPath, const QString &sql)
{
    storage::Database d = storage::Database::open(dbPath, storage::Database::Create::MustExist);
    QSqlQuery q(d.connection());
    if (!q.exec(sql) || !q.next()) {
        ADD_FAILURE() << sql.toStdString();
        return -1;
    }
    return q.value(0).toInt();
}

QString sqlText(const QString &dbPath, const QString &sql)
{
    storage::Database d = storage::Database::open(dbPath, storage::Database::Create::MustExist);
    QSqlQuery q(d.connection());
    if (!q.exec(sql) || !q.next()) {
        ADD_FAILURE() << sql.toStdString();
        return {};
    }
    return q.value(0).toString();
}

void writeText(const QString &path, const QString &text)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(text.toUtf8());
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

// cli_members.csv: six rows — three valid members of TB.D01.C001.K001, line 4 with
// 31/02/1980 as its date of birth, line 6 repeating line 3's member, line 7 in a cell
// that does not exist.
TEST_F(Cli, ImportMembersReportsCountsProblemsAndExitCodes)
{
    const QString file = importFixture("cli_members.csv");
    const int before = sqlValue(db, QStringLiteral("SELECT count(*) FROM members"));
    const QStringList base{QStringLiteral("import"), QStringLiteral("members"), file, QStringLiteral("--db"), db};

    CliRun r = cli(base + QStringList{QStringLiteral("--dry-run")});
    ASSERT_EQ(r.exitCode, 2) << "rows rejected: " << r.err.toStdString() << r.out.toStdString();
    EXPECT_EQ(figure(r.out, QStringLiteral("Rows")), 6) << r.out.toStdString();
    EXPECT_EQ(figure(r.out, QStringLiteral("Valid")), 3);
    EXPECT_EQ(figure(r.out, QStringLiteral("Invalid")), 2);
    EXPECT_EQ(figure(r.out, QStringLiteral("Duplicates")), 0);
    EXPECT_EQ(figure(r.out, QStringLiteral("Repeated in the file")), 1);
    EXPECT_TRUE(r.out.contains(QStringLiteral("row 4, column Ngày sinh: "))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("31/02/1980"))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("row 6"))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("Unknown organisation: TB.D99.K999"))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("Dry run: nothing was written.")));
    EXPECT_EQ(figure(r.out, QStringLiteral("Inserted")), -1);
    // The guessed mapping is shown.
    EXPECT_TRUE(r.err.contains(QStringLiteral("Ngày sinh → "))) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("(birth_date)"))) << r.err.toStdString();
    EXPECT_EQ(sqlValue(db, QStringLiteral("SELECT count(*) FROM members")), before) << "a dry run writes nothing";

    const QString rejected = dir.file(QStringLiteral("rejected.csv"));
    r = cli(base + QStringList{QStringLiteral("--rejected"), rejected});
    ASSERT_EQ(r.exitCode, 2) << r.err.toStdString();
    EXPECT_EQ(figure(r.out, QStringLiteral("Inserted")), 3) << r.out.toStdString();
    EXPECT_EQ(sqlValue(db, QStringLiteral("SELECT count(*) FROM members")), before + 3);
    EXPECT_EQ(sqlText(db, QStringLiteral("SELECT notes FROM members WHERE cccd = '034182901002'")),
              QStringLiteral("Chuyển đến từ Nam Định"));
    const tabular::Sheet back = tabular::readFile(rejected);
    ASSERT_TRUE(back.ok()) << back.error.toStdString();
    ASSERT_EQ(back.rows.size(), 3) << "lines 4, 6 and 7";
    EXPECT_EQ(back.header.size(), 12) << "the file's columns and the error";
    EXPECT_EQ(back.rows[0].cells.value(0), QStringLiteral("Hoàng Minh Tuấn"));

    // Again: the three are duplicates now, skipped by default.
    r = cli(base);
    ASSERT_EQ(r.exitCode, 2) << r.err.toStdString();
    EXPECT_EQ(figure(r.out, QStringLiteral("Duplicates")), 3) << r.out.toStdString();
    EXPECT_EQ(figure(r.out, QStringLiteral("Skipped")), 3);
    EXPECT_EQ(figure(r.out, QStringLiteral("Inserted")), 0);

    // One changed row: skip leaves it, update writes it; every row accepted: exit code 0.
    const QString changed = dir.file(QStringLiteral("changed.csv"));
    writeText(changed, QStringLiteral("Họ và tên;Giới tính;Ngày sinh;Số CCCD;Ngày vào Đảng;Mã chi bộ;Chức vụ\n"
                                      "Vũ Văn Kiên;Nam;14/02/1970;034070901001;19/05/1995;TB.D01.C001.K001;Bí thư chi bộ\n"));
    const QStringList changedArgs{QStringLiteral("import"), QStringLiteral("members"), changed, QStringLiteral("--db"), db};
    r = cli(changedArgs + QStringList{QStringLiteral("--mode"), QStringLiteral("skip")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString() << r.out.toStdString();
    EXPECT_EQ(figure(r.out, QStringLiteral("Skipped")), 1);
    EXPECT_EQ(sqlText(db, QStringLiteral("SELECT position FROM members WHERE cccd = '034070901001'")), QString());
    r = cli(changedArgs + QStringList{QStringLiteral("--mode"), QStringLiteral("update")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString() << r.out.toStdString();
    EXPECT_EQ(figure(r.out, QStringLiteral("Updated")), 1) << r.out.toStdString();
    EXPECT_EQ(sqlText(db, QStringLiteral("SELECT position FROM members WHERE cccd = '034070901001'")),
              QStringLiteral("Bí thư chi bộ"));
    EXPECT_EQ(sqlText(db, QStringLiteral("SELECT official_date FROM members WHERE cccd = '034070901001'")),
              QStringLiteral("1996-05-19")) << "an empty cell leaves the stored value";
}

TEST_F(Cli, ImportUsesAMappingFileOrASavedMapping)
{
    // A header the guess cannot place: "Đồng chí" holds the names, "Bỏ qua" is to be ignored.
    const QString file = dir.file(QStringLiteral("odd.csv"));
    writeText(file, QStringLiteral("Đồng chí,Giới tính,Ngày sinh,Số CCCD,Ngày vào Đảng,Mã chi bộ,Bỏ qua\n"
                                   "Lý Thị Thu,Nữ,02/03/1988,034188901006,05/06/2015,TB.D01.C001.K001,x\n"));
    const QStringList base{QStringLiteral("import"), QStringLiteral("members"), file, QStringLiteral("--db"), db};
    CliRun r = cli(base + QStringList{QStringLiteral("--dry-run")});
    EXPECT_EQ(r.exitCode, 1) << "full name not mapped: " << r.out.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("Error:"))) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("(not imported)"))) << r.err.toStdString();

    const QString json = dir.file(QStringLiteral("mapping.json"));
    writeText(json, QStringLiteral(R"({"kind": "members", "columns": {"Đồng chí": "full_name"}})"));
    const int before = sqlValue(db, QStringLiteral("SELECT count(*) FROM members"));
    r = cli(base + QStringList{QStringLiteral("--mapping"), json, QStringLiteral("--save-mapping"),
                               QStringLiteral("danh sách phường")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString() << r.out.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("Đồng chí → "))) << r.err.toStdString();
    EXPECT_EQ(figure(r.out, QStringLiteral("Inserted")), 1) << r.out.toStdString();
    EXPECT_EQ(sqlText(db, QStringLiteral("SELECT full_name FROM members WHERE cccd = '034188901006'")),
              QStringLiteral("Lý Thị Thu"));
    EXPECT_EQ(sqlValue(db, QStringLiteral("SELECT count(*) FROM members")), before + 1);

    // The saved mapping by its name: the same row is now a duplicate.
    r = cli(base + QStringList{QStringLiteral("--mapping"), QStringLiteral("danh sách phường"), QStringLiteral("--dry-run")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString() << r.out.toStdString();
    EXPECT_EQ(figure(r.out, QStringLiteral("Duplicates")), 1) << r.out.toStdString();

    // A name that is neither a file nor saved lists the saved ones.
    r = cli(base + QStringList{QStringLiteral("--mapping"), QStringLiteral("no such mapping")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("danh sách phường"))) << r.err.toStdString();
    // A mapping of the other kind is refused.
    writeText(json, QStringLiteral(R"({"kind": "organisations", "columns": {"Đồng chí": "name"}})"));
    r = cli(base + QStringList{QStringLiteral("--mapping"), json});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("organisations"))) << r.err.toStdString();
}

TEST_F(Cli, ImportAndExportSayWhatIsWrongWithTheirOptions)
{
    const QString file = importFixture("cli_members.csv");
    struct Case {
        QStringList args;
        QString mentions;
    };
    const QList<Case> cases{
        {{QStringLiteral("import"), QStringLiteral("people"), file, QStringLiteral("--db"), db}, QStringLiteral("people")},
        {{QStringLiteral("import"), QStringLiteral("members"), QStringLiteral("--db"), db}, QStringLiteral("import members")},
        {{QStringLiteral("import"), QStringLiteral("members"), file}, QStringLiteral("--db")},
        {{QStringLiteral("import"), QStringLiteral("members"), file, QStringLiteral("--db"), db, QStringLiteral("--mode"),
          QStringLiteral("merge")},
         QStringLiteral("--mode")},
        {{QStringLiteral("import"), QStringLiteral("members"), file, QStringLiteral("--db"), db,
          QStringLiteral("--delimiter"), QStringLiteral("|")},
         QStringLiteral("--delimiter")},
        {{QStringLiteral("import"), QStringLiteral("members"), file, QStringLiteral("--db"), db,
          QStringLiteral("--encoding"), QStringLiteral("latin-9")},
         QStringLiteral("--encoding")},
        {{QStringLiteral("import"), QStringLiteral("members"), dir.file(QStringLiteral("missing.csv")),
          QStringLiteral("--db"), db},
         QStringLiteral("missing.csv")},
        {{QStringLiteral("import"), QStringLiteral("members"), file, QStringLiteral("--db"), db,
          QStringLiteral("--rejected"), dir.file(QStringLiteral("no-folder/rejected.csv"))},
         QStringLiteral("rejected.csv")},
        {{QStringLiteral("export"), QStringLiteral("members"), QStringLiteral("--db"), db, QStringLiteral("--format"),
          QStringLiteral("pdf"), QStringLiteral("--out"), dir.file(QStringLiteral("m.pdf"))},
         QStringLiteral("--format")},
        {{QStringLiteral("export"), QStringLiteral("members"), QStringLiteral("--db"), db}, QStringLiteral("--out")},
        {{QStringLiteral("export"), QStringLiteral("members"), QStringLiteral("--db"), db, QStringLiteral("--scope"),
          QStringLiteral("NO.SUCH"), QStringLiteral("--out"), dir.file(QStringLiteral("m.csv"))},
         QStringLiteral("NO.SUCH")},
    };
    const int before = sqlValue(db, QStringLiteral("SELECT count(*) FROM members"));
    for (const Case &c : cases) {
        const CliRun r = cli(c.args);
        EXPECT_EQ(r.exitCode, 1) << c.args.join(QLatin1Char(' ')).toStdString();
        EXPECT_TRUE(r.err.contains(QStringLiteral("Error:")) && r.err.contains(c.mentions))
            << c.args.join(QLatin1Char(' ')).toStdString() << ": " << r.err.toStdString();
    }
    EXPECT_EQ(sqlValue(db, QStringLiteral("SELECT count(*) FROM members")), before);
    EXPECT_FALSE(QFileInfo::exists(dir.file(QStringLiteral("m.csv"))));
    // Options a command does not use are noted.
    const CliRun r = cli({QStringLiteral("export"), QStringLiteral("organisations"), QStringLiteral("--db"), db,
                          QStringLiteral("--out"), dir.file(QStringLiteral("o.csv")), QStringLiteral("--mode"),
                          QStringLiteral("update")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("--mode"))) << r.err.toStdString();
}

TEST_F(Cli, ExportWritesCsvAndXlsxWithTheUsersRights)
{
    const int all = sqlValue(db, QStringLiteral("SELECT count(*) FROM members"));
    const QString csv = dir.file(QStringLiteral("members.csv"));
    CliRun r = cli({QStringLiteral("export"), QStringLiteral("members"), QStringLiteral("--db"), db,
                    QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"), csv});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(figure(r.out, QStringLiteral("Rows exported")), all) << r.out.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("Exporting: 100%"))) << r.err.toStdString();
    EXPECT_TRUE(fileBytes(csv).startsWith("\xEF\xBB\xBFH\xE1\xBB\x8D v\xC3\xA0 t\xC3\xAAn,")) << "Họ và tên";

    const QString xlsx = dir.file(QStringLiteral("members.xlsx"));
    r = cli({QStringLiteral("export"), QStringLiteral("members"), QStringLiteral("--db"), db, QStringLiteral("--out"),
             xlsx});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(figure(r.out, QStringLiteral("Rows exported")), all);
    EXPECT_TRUE(fileBytes(xlsx).startsWith("PK")) << "the format from the extension";

    // A cell secretary sees CCCDs masked: refused. The commune office: its commune.
    const QString refused = dir.file(QStringLiteral("refused.csv"));
    r = cli({QStringLiteral("export"), QStringLiteral("members"), QStringLiteral("--db"), db, QStringLiteral("--format"),
             QStringLiteral("csv"), QStringLiteral("--out"), refused, QStringLiteral("--user"),
             QStringLiteral("bithu.chibo")},
            demoPassword());
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("CCCD"))) << r.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(refused));
    r = cli({QStringLiteral("export"), QStringLiteral("members"), QStringLiteral("--db"), db, QStringLiteral("--format"),
             QStringLiteral("csv"), QStringLiteral("--out"), dir.file(QStringLiteral("commune.csv")),
             QStringLiteral("--user"), QStringLiteral("vanphong.xa")},
            demoPassword());
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const int exported = figure(r.out, QStringLiteral("Rows exported"));
    EXPECT_GT(exported, 0);
    EXPECT_LT(exported, all);
}

// The issue's round trip on the command line: the demo's organisations and members
// exported, imported into a new empty database, exported again: the same bytes.
TEST_F(Cli, ExportImportsBackIntoAnEmptyDatabase)
{
    const QString orgs = dir.file(QStringLiteral("orgs.csv")), members = dir.file(QStringLiteral("members.csv"));
    for (const auto &[kind, path] : {std::pair{QStringLiteral("organisations"), orgs}, std::pair{QStringLiteral("members"), members}}) {
        const CliRun r = cli({QStringLiteral("export"), kind, QStringLiteral("--db"), db, QStringLiteral("--format"),
                              QStringLiteral("csv"), QStringLiteral("--out"), path});
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    }
    const QString fresh = dir.file(QStringLiteral("fresh.cutru"));
    ASSERT_EQ(cli({QStringLiteral("init"), QStringLiteral("--out"), fresh}).exitCode, 0);
    for (const auto &[kind, path] : {std::pair{QStringLiteral("organisations"), orgs}, std::pair{QStringLiteral("members"), members}}) {
        const CliRun r = cli({QStringLiteral("import"), kind, path, QStringLiteral("--db"), fresh});
        ASSERT_EQ(r.exitCode, 0) << kind.toStdString() << ": " << r.err.toStdString() << r.out.toStdString().substr(0, 3000);
        EXPECT_EQ(figure(r.out, QStringLiteral("Inserted")), figure(r.out, QStringLiteral("Rows")));
    }
    for (const auto &[kind, path] : {std::pair{QStringLiteral("organisations"), orgs}, std::pair{QStringLiteral("members"), members}}) {
        const QString again = dir.file(QStringLiteral("again-") + QFileInfo(path).fileName());
        const CliRun r = cli({QStringLiteral("export"), kind, QStringLiteral("--db"), fresh, QStringLiteral("--format"),
                              QStringLiteral("csv"), QStringLiteral("--out"), again});
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
        EXPECT_TRUE(fileBytes(again) == fileBytes(path)) << kind.toStdString() << " differ after the round trip";
    }
}

TEST_F(Cli, ImportOrganisationsSetsUpAnEmptyDatabase)
{
    const QString fresh = dir.file(QStringLiteral("province.cutru"));
    ASSERT_EQ(cli({QStringLiteral("init"), QStringLiteral("--out"), fresh}).exitCode, 0);
    const CliRun r = cli({QStringLiteral("import"), QStringLiteral("organisations"), importFixture("cli_organisations.csv"),
                          QStringLiteral("--db"), fresh});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString() << r.out.toStdString();
    EXPECT_EQ(figure(r.out, QStringLiteral("Rows")), 4);
    EXPECT_EQ(figure(r.out, QStringLiteral("Inserted")), 4);
    EXPECT_TRUE(r.err.contains(QStringLiteral("CSV"))) << r.err.toStdString();
    EXPECT_EQ(sqlText(fresh, QStringLiteral("SELECT p.code FROM organisations o JOIN organisations p ON p.id = o.parent_id "
                                            "WHERE o.code = 'NB.X01.K01'")),
              QStringLiteral("NB.X01"));
    EXPECT_EQ(sqlText(fresh, QStringLiteral("SELECT kind FROM organisations WHERE code = 'NB.W01'")),
              QStringLiteral("army_and_police"));
}

// ---- migrate and demo into a PostgreSQL server ---------------------------------------

namespace {

// A fresh database on the test server (CUTRU_TEST_POSTGRES, which
// scripts/build-and-test.sh sets), dropped afterwards. uri() is empty, with why()
// saying so, when there is no server to use.
class ServerDatabase {
public:
    explicit ServerDatabase(const QString &tag)
    {
        admin_ = qEnvironmentVariable("CUTRU_TEST_POSTGRES");
        if (admin_.isEmpty()) {
            why_ = QStringLiteral("CUTRU_TEST_POSTGRES is not set (scripts/build-and-test.sh starts a test server)");
            return;
        }
        const QString name = QStringLiteral("cutru_cli_%1_%2").arg(QCoreApplication::applicationPid()).arg(tag);
        if (!adminExec(QStringLiteral("CREATE DATABASE %1 TEMPLATE template0 ENCODING 'UTF8'").arg(name)))
            return;
        name_ = name;
        QUrl url(admin_);
        url.setPath(QLatin1Char('/') + name_);
        uri_ = url.toString();
    }
    ~ServerDatabase()
    {
        if (!name_.isEmpty())
            adminExec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name_));
    }
    ServerDatabase(const ServerDatabase &) = delete;
    ServerDatabase &operator=(const ServerDatabase &) = delete;
    const QString &uri() const { return uri_; }
    std::string why() const { return why_.toStdString(); }
    // A server was given (the tests must run) but could not be used.
    bool broken() const { return uri_.isEmpty() && !admin_.isEmpty(); }
    // Rows of `table` in the database, -1 when it cannot be read.
    qint64 count(const QString &table) const
    {
        qint64 n = -1;
        {
            QSqlDatabase db = test::plainConnection(uri_, QStringLiteral("cli-server-count"), true);
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table)) && q.next())
                n = q.value(0).toLongLong();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("cli-server-count"));
        return n;
    }

private:
    bool adminExec(const QString &sql)
    {
        bool ok = false;
        {
            QSqlDatabase db = test::plainConnection(admin_, QStringLiteral("cli-server-admin"), false);
            QSqlQuery q(db);
            ok = db.isOpen() && q.exec(sql);
            if (!ok)
                why_ = QStringLiteral("the test server %1 cannot be used: %2")
                           .arg(admin_, db.isOpen() ? q.lastError().text() : db.lastError().text());
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("cli-server-admin"));
        return ok;
    }
    QString admin_, name_, uri_, why_;
};

} // namespace

TEST_F(Cli, MigrateCopiesAFileToAnEmptyServerDatabaseVerified)
{
    const ServerDatabase server(QStringLiteral("migrate"));
    if (server.broken())
        FAIL() << server.why();
    if (server.uri().isEmpty())
        GTEST_SKIP() << "cutru-cli migrate to a PostgreSQL server SKIPPED: " << server.why();
    const CliRun r = cli({QStringLiteral("migrate"), QStringLiteral("--from"), db, QStringLiteral("--to"), server.uri()});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    // One line per table with its rows and checksum, then the verdict.
    const QRegularExpression memberLine(QStringLiteral("^members +(\\d+) rows +SHA-256 [0-9a-f]{64}$"),
                                        QRegularExpression::MultilineOption);
    const QRegularExpressionMatch m = memberLine.match(r.out);
    ASSERT_TRUE(m.hasMatch()) << r.out.toStdString();
    EXPECT_GT(m.captured(1).toLongLong(), 0);
    EXPECT_EQ(m.captured(1).toLongLong(), server.count(QStringLiteral("members")));
    EXPECT_TRUE(r.out.contains(QRegularExpression(QStringLiteral("^change_log +\\d+ rows"),
                                                  QRegularExpression::MultilineOption)))
        << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("verified: "))) << r.out.toStdString();
    EXPECT_FALSE(r.out.contains(QStringLiteral("session_actor"))) << r.out.toStdString();
    // The accounts' passwords must be set again on the server: said, with the accounts.
    EXPECT_TRUE(r.out.contains(QStringLiteral("new password"))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("vanphong.xa"))) << r.out.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("Copying members"))) << r.err.toStdString();

    // The administrator gives a moved account a password: its role is made, and it
    // connects as itself (must change the password, which it is told).
    const QString newPassword = QStringLiteral("Xa2026moi");
    const CliRun reset = cli({QStringLiteral("accounts"), QStringLiteral("reset-password"), QStringLiteral("--db"),
                              server.uri(), QStringLiteral("--account"), QStringLiteral("vanphong.xa")},
                             {}, {{QStringLiteral("CUTRU_NEW_PASSWORD"), newPassword}});
    ASSERT_EQ(reset.exitCode, 0) << reset.err.toStdString();
    EXPECT_TRUE(reset.out.contains(QStringLiteral("was reset"))) << reset.out.toStdString();
    QUrl asOffice(server.uri());
    asOffice.setUserName(QStringLiteral("vanphong.xa"));
    const CliRun info = cli({QStringLiteral("info"), QStringLiteral("--db"), asOffice.toString()}, {},
                            {{QStringLiteral("PGPASSWORD"), newPassword}});
    EXPECT_EQ(info.exitCode, 0) << info.err.toStdString();
    EXPECT_TRUE(info.err.contains(QStringLiteral("must be changed"))) << info.err.toStdString();
    const CliRun wrong = cli({QStringLiteral("info"), QStringLiteral("--db"), asOffice.toString()}, {},
                             {{QStringLiteral("PGPASSWORD"), QStringLiteral("Sai12345")}});
    EXPECT_EQ(wrong.exitCode, 1);

    // A second copy into the same database is refused and changes nothing.
    const qint64 members = server.count(QStringLiteral("members"));
    const CliRun again =
        cli({QStringLiteral("migrate"), QStringLiteral("--from"), db, QStringLiteral("--to"), server.uri()});
    EXPECT_EQ(again.exitCode, 1);
    EXPECT_TRUE(again.err.contains(QStringLiteral("already holds CuTru data"))) << again.err.toStdString();
    EXPECT_EQ(server.count(QStringLiteral("members")), members);
}

TEST_F(Cli, MigrateSaysWhatIsWrongWithItsArguments)
{
    auto migrate = [](const QStringList &args) {
        return cli(QStringList{QStringLiteral("migrate")} + args);
    };
    const CliRun noTarget = migrate({QStringLiteral("--from"), db});
    EXPECT_EQ(noTarget.exitCode, 1);
    EXPECT_TRUE(noTarget.err.contains(QStringLiteral("'migrate' needs --from FILE"))) << noTarget.err.toStdString();

    const CliRun withPassword =
        migrate({QStringLiteral("--from"), db, QStringLiteral("--to"), QStringLiteral("postgresql://u:secret@localhost/cutru")});
    EXPECT_EQ(withPassword.exitCode, 1);
    EXPECT_TRUE(withPassword.err.contains(QStringLiteral("must not contain a password"))) << withPassword.err.toStdString();
    EXPECT_FALSE(withPassword.err.contains(QStringLiteral("secret")));

    const CliRun toAFile = migrate({QStringLiteral("--from"), db, QStringLiteral("--to"), dir.file(QStringLiteral("x.cutru"))});
    EXPECT_EQ(toAFile.exitCode, 1);
    EXPECT_TRUE(toAFile.err.contains(QStringLiteral("--to takes"))) << toAFile.err.toStdString();

    const QString notes = dir.file(QStringLiteral("notes.txt"));
    {
        QFile f(notes);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("these are notes, not a database\n");
    }
    const CliRun notCuTru = migrate({QStringLiteral("--from"), notes, QStringLiteral("--to"),
                                     QStringLiteral("postgresql://nobody@127.0.0.1:1/cutru")});
    EXPECT_EQ(notCuTru.exitCode, 1);
    EXPECT_TRUE(notCuTru.err.contains(QStringLiteral("is not a CuTru database"))) << notCuTru.err.toStdString();

    const CliRun fromServer = migrate({QStringLiteral("--from"), QStringLiteral("postgresql://localhost/a"),
                                       QStringLiteral("--to"), QStringLiteral("postgresql://localhost/b")});
    EXPECT_EQ(fromServer.exitCode, 1);
    EXPECT_TRUE(fromServer.err.contains(QStringLiteral("is a server address"))) << fromServer.err.toStdString();
}

TEST_F(Cli, DemoLoadsTheProvinceIntoAServerDatabase)
{
    const CliRun fileAsDb = cli({QStringLiteral("demo"), QStringLiteral("--db"), dir.file(QStringLiteral("d.cutru"))});
    EXPECT_EQ(fileAsDb.exitCode, 1);
    EXPECT_TRUE(fileAsDb.err.contains(QStringLiteral("--out FILE"))) << fileAsDb.err.toStdString();

    const ServerDatabase server(QStringLiteral("demo"));
    if (server.broken())
        FAIL() << server.why();
    if (server.uri().isEmpty())
        GTEST_SKIP() << "cutru-cli demo --db postgresql://… SKIPPED: " << server.why();
    const CliRun r = cli({QStringLiteral("demo"), QStringLiteral("--db"), server.uri(), QStringLiteral("--scale"),
                          QStringLiteral("0.02"), QStringLiteral("--seed"), QStringLiteral("7")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("Created the demo province"))) << r.out.toStdString();
    // The same province as the small demo file of the same seed and scale.
    const QString name = QStringLiteral("cli-demo-file");
    qint64 fileMembers = -1;
    {
        QSqlDatabase file = test::plainConnection(db, name, true);
        QSqlQuery q(file);
        if (q.exec(QStringLiteral("SELECT count(*) FROM members")) && q.next())
            fileMembers = q.value(0).toLongLong();
        file.close();
    }
    QSqlDatabase::removeDatabase(name);
    EXPECT_GT(fileMembers, 0);
    EXPECT_EQ(server.count(QStringLiteral("members")), fileMembers);

    // Into a database that holds data: refused.
    const CliRun again = cli({QStringLiteral("demo"), QStringLiteral("--db"), server.uri(), QStringLiteral("--scale"),
                              QStringLiteral("0.02")});
    EXPECT_EQ(again.exitCode, 1);
    EXPECT_TRUE(again.err.contains(QStringLiteral("already holds CuTru data"))) << again.err.toStdString();
}

// ---------------------------------------------------------------------------
// --db postgresql://… (issue 9)

TEST(CliServer, AnAddressWithAPasswordIsRefused)
{
    const CliRun r = cli({QStringLiteral("info"), QStringLiteral("--db"),
                          QStringLiteral("postgresql://admin:s3cret-pass@127.0.0.1:55432/cutru")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("must not contain a password"))) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("PGPASSWORD"))) << r.err.toStdString();
    EXPECT_FALSE(r.err.contains(QStringLiteral("s3cret-pass"))) << "the password is not repeated";
    EXPECT_TRUE(r.out.isEmpty());
}

TEST(CliServer, AnUnreachableServerGivesAClearMessage)
{
    // Nothing listens on port 1 of the loopback: refused at once.
    const QString address = QStringLiteral("postgresql://postgres@127.0.0.1:1/cutru");
    for (const QString &command : {QStringLiteral("info"), QStringLiteral("export")}) {
        QStringList args{command};
        if (command == QLatin1String("export"))
            args << QStringLiteral("organisations") << QStringLiteral("--format") << QStringLiteral("csv")
                 << QStringLiteral("--out") << QStringLiteral("/tmp/never-written.csv");
        const CliRun r = cli(args << QStringLiteral("--db") << address);
        EXPECT_NE(r.exitCode, 0) << command.toStdString();
        const QString message = r.err.section(QStringLiteral("Error: "), 1).trimmed();
        EXPECT_TRUE(message.startsWith(QStringLiteral("CuTru cannot connect to the database server ") + address))
            << r.err.toStdString();
        EXPECT_TRUE(message.contains(QStringLiteral("Connection refused"))) << r.err.toStdString();
        // One sentence for the user: not the driver's dump.
        EXPECT_FALSE(message.contains(QLatin1Char('\n'))) << r.err.toStdString();
        EXPECT_FALSE(r.err.contains(QStringLiteral("QPSQL"))) << r.err.toStdString();
        EXPECT_FALSE(r.err.contains(QStringLiteral("Unable to connect"))) << r.err.toStdString();
        EXPECT_FALSE(r.err.contains(QStringLiteral("connection to server at"))) << r.err.toStdString();
        EXPECT_TRUE(r.out.isEmpty());
    }
}

TEST(CliServer, BackupAndRestoreLeaveAServerToPgDump)
{
    test::TempFolder dir;
    const QString address = QStringLiteral("postgresql://postgres@127.0.0.1:1/cutru");
    const QString file = dir.file(QStringLiteral("copy.cutru"));
    CliRun r = cli({QStringLiteral("backup"), QStringLiteral("--db"), address, QStringLiteral("--out"), file});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("pg_dump"))) << r.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(file));
    r = cli({QStringLiteral("restore"), QStringLiteral("--db"), address, QStringLiteral("--from"), file});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("pg_restore"))) << r.err.toStdString();
}

namespace {

// A fresh, empty database on the development server named by CUTRU_TEST_POSTGRES (its
// superuser's URI), dropped at the end with the roles the test made.
class CliOnServer : public ::testing::Test {
protected:
    void SetUp() override
    {
        admin_ = qEnvironmentVariable("CUTRU_TEST_POSTGRES");
        if (admin_.isEmpty())
            GTEST_SKIP() << "CUTRU_TEST_POSTGRES is not set: no PostgreSQL server for cutru-cli --db postgresql://… "
                            "(e.g. postgresql://postgres@127.0.0.1:55432/postgres)";
        const auto t = storage::DatabaseTarget::parse(admin_);
        ASSERT_TRUE(t) << admin_.toStdString();
        target_ = *t;
        suffix_ = QString::number(QRandomGenerator::global()->bounded(1u << 30), 36);
        name_ = QStringLiteral("e_cli_") + suffix_;
        ASSERT_TRUE(adminExec(QStringLiteral("CREATE DATABASE %1 TEMPLATE template0 ENCODING 'UTF8'").arg(name_)));
        created_ = true;
        uri_ = addressAs(target_.user);
    }
    void TearDown() override
    {
        if (created_)
            adminExec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name_));
        for (const QString &role : std::as_const(roles_))
            adminExec(QStringLiteral("DROP ROLE IF EXISTS \"%1\"").arg(role));
    }

    QString addressAs(const QString &user) const
    {
        return QStringLiteral("postgresql://%1@%2:%3/%4").arg(user, target_.host).arg(target_.port).arg(name_);
    }

    bool adminExec(const QString &sql)
    {
        bool ok = false;
        {
            QSqlDatabase db = test::plainConnection(admin_, QStringLiteral("e-cli-admin"), false);
            QSqlQuery q(db);
            ok = db.isOpen() && q.exec(sql);
            if (!ok)
                ADD_FAILURE() << sql.toStdString() << ": " << q.lastError().text().toStdString()
                              << db.lastError().text().toStdString();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("e-cli-admin"));
        return ok;
    }

    QString admin_, uri_, name_, suffix_;
    QStringList roles_;
    storage::DatabaseTarget target_;
    bool created_ = false;
};

} // namespace

TEST_F(CliOnServer, CommandsRunAgainstAServerDatabase)
{
    // The administrator creates the schema (and so owns it) and a first account, whose
    // login role gets the account's password.
    const QString adminAccount = QStringLiteral("e_cli_admin_") + suffix_;
    roles_ << adminAccount;
    CliRun r = cli({QStringLiteral("init"), QStringLiteral("--out"), uri_, QStringLiteral("--admin"), adminAccount},
                   QStringLiteral("server-pass-1"));
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(uri_)) << r.out.toStdString();

    r = cli({QStringLiteral("import"), QStringLiteral("organisations"), importFixture("cli_organisations.csv"),
             QStringLiteral("--db"), uri_});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString() << r.out.toStdString();
    EXPECT_EQ(figure(r.out, QStringLiteral("Inserted")), 4) << r.out.toStdString();

    // The schema's owner acts as the database's administrator.
    r = cli({QStringLiteral("info"), QStringLiteral("--db"), uri_});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("Database: ") + uri_)) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("Acting as: ") + target_.user)) << r.out.toStdString();
    EXPECT_EQ(figure(r.out, QStringLiteral("Commune-level party committees")), 1) << r.out.toStdString();

    // The account's own role, its password from PGPASSWORD (no terminal: no prompt).
    const QString asAccount = addressAs(adminAccount);
    test::TempFolder dir;
    const QString exported = dir.file(QStringLiteral("orgs.csv"));
    r = cli({QStringLiteral("export"), QStringLiteral("organisations"), QStringLiteral("--db"), asAccount,
             QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"), exported},
            {}, {{QStringLiteral("PGPASSWORD"), QStringLiteral("server-pass-1")}});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(fileBytes(exported).contains("NB.X01.K01"));
    r = cli({QStringLiteral("info"), QStringLiteral("--db"), asAccount}, {},
            {{QStringLiteral("PGPASSWORD"), QStringLiteral("server-pass-1")}});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("Acting as: ") + adminAccount)) << r.out.toStdString();

    // Without a password (and no terminal to ask on) or with a wrong one: refused, clearly.
    r = cli({QStringLiteral("info"), QStringLiteral("--db"), asAccount});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("needs a password")) && r.err.contains(QStringLiteral("PGPASSWORD")))
        << r.err.toStdString();
    r = cli({QStringLiteral("info"), QStringLiteral("--db"), asAccount}, {},
            {{QStringLiteral("PGPASSWORD"), QStringLiteral("wrong-pass-1")}});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("refused the password"))) << r.err.toStdString();
    EXPECT_TRUE(r.out.isEmpty());

    // --user does not pick another account on a server: the connection's user acts.
    r = cli({QStringLiteral("info"), QStringLiteral("--db"), uri_, QStringLiteral("--user"), adminAccount},
            QStringLiteral("server-pass-1"));
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("postgresql://%1@host/database").arg(adminAccount))) << r.err.toStdString();

    // A login role without an account is refused by name.
    const QString stranger = QStringLiteral("e_cli_role_") + suffix_;
    roles_ << stranger;
    ASSERT_TRUE(adminExec(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD 'stranger-pass-1' IN ROLE cutru_user").arg(stranger)));
    r = cli({QStringLiteral("info"), QStringLiteral("--db"), addressAs(stranger)}, {},
            {{QStringLiteral("PGPASSWORD"), QStringLiteral("stranger-pass-1")}});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(stranger) && r.err.contains(QStringLiteral("no CuTru account"))) << r.err.toStdString();
}

TEST_F(CliOnServer, TheDemoProvinceLoadsAndListsOnAServer)
{
    CliRun r = cli({QStringLiteral("demo"), QStringLiteral("--db"), uri_, QStringLiteral("--scale"),
                    QStringLiteral("0.02")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    // Progress on stderr, the result on stdout.
    EXPECT_TRUE(r.err.contains(QStringLiteral("%"))) << r.err.toStdString();
    EXPECT_FALSE(r.out.contains(QStringLiteral("%)")));
    r = cli({QStringLiteral("referrals"), QStringLiteral("list"), QStringLiteral("--db"), uri_, QStringLiteral("--format"),
             QStringLiteral("csv")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_GT(r.out.count(QLatin1Char('\n')), 1) << r.out.toStdString();
    r = cli({QStringLiteral("info"), QStringLiteral("--db"), uri_});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_GT(figure(r.out, QStringLiteral("Party members")), 0) << r.out.toStdString();
}
