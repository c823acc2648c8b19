// Importing attendance from CSV: rows matched by party card or CCCD to a meeting's
// sheet, unmatched rows with their line and reason, meetings found by cell code and
// date, all meetings written in one transaction, and a second import that changes
// nothing.
#include "services/attendance_import.h"
#include "services/meeting_service.h"
#include "services/member_service.h"
#include "services/referral_service.h"
#include "support/test_support.h"

#include <QFile>
#include <QSqlQuery>
#include <gtest/gtest.h>

using namespace cutru;

TEST(AttendanceImportValues, StatusesAndDatesAsPeopleWriteThem)
{
    using S = AttendanceStatus;
    EXPECT_EQ(AttendanceImport::statusFrom(QStringLiteral("Có mặt")), S::Present);
    EXPECT_EQ(AttendanceImport::statusFrom(QStringLiteral(" CO MAT ")), S::Present);
    EXPECT_EQ(AttendanceImport::statusFrom(QStringLiteral("x")), S::Present);
    EXPECT_EQ(AttendanceImport::statusFrom(QStringLiteral("present")), S::Present);
    EXPECT_EQ(AttendanceImport::statusFrom(QStringLiteral("Vắng có lý do")), S::AbsentExcused);
    EXPECT_EQ(AttendanceImport::statusFrom(QStringLiteral("Vắng (có lý do)")), S::AbsentExcused);
    EXPECT_EQ(AttendanceImport::statusFrom(QStringLiteral("V/CLD")), S::AbsentExcused);
    EXPECT_EQ(AttendanceImport::statusFrom(QStringLiteral("Absent with reason")), S::AbsentExcused);
    EXPECT_EQ(AttendanceImport::statusFrom(QStringLiteral("excused")), S::AbsentExcused);
    EXPECT_EQ(AttendanceImport::statusFrom(QStringLiteral("absent_excused")), S::AbsentExcused) << "the stored code";
    EXPECT_EQ(AttendanceImport::statusFrom(QStringLiteral("VẮNG KHÔNG LÝ DO")), S::AbsentUnexcused);
    EXPECT_EQ(AttendanceImport::statusFrom(QStringLiteral("vắng")), S::AbsentUnexcused);
    EXPECT_EQ(AttendanceImport::statusFrom(QStringLiteral("absent")), S::AbsentUnexcused);
    EXPECT_EQ(AttendanceImport::statusFrom(QStringLiteral("unexcused")), S::AbsentUnexcused);
    EXPECT_FALSE(AttendanceImport::statusFrom(QStringLiteral("maybe")).has_value());
    EXPECT_FALSE(AttendanceImport::statusFrom(QString()).has_value());

    EXPECT_EQ(AttendanceImport::dateFrom(QStringLiteral("15/02/2024")), QDate(2024, 2, 15));
    EXPECT_EQ(AttendanceImport::dateFrom(QStringLiteral("5/2/2024")), QDate(2024, 2, 5));
    EXPECT_EQ(AttendanceImport::dateFrom(QStringLiteral("2024-02-15")), QDate(2024, 2, 15));
    EXPECT_EQ(AttendanceImport::dateFrom(QStringLiteral("15/02/2024 00:00")), QDate(2024, 2, 15));
    EXPECT_FALSE(AttendanceImport::dateFrom(QStringLiteral("31/02/2024")).isValid());
    EXPECT_FALSE(AttendanceImport::dateFrom(QStringLiteral("02/15")).isValid());
}

namespace {

// The village of the tiny province with workers 0–2 expected on 15/02/2024, worker 3
// exempt, worker 4 assigned the day after, and one of the cell's own members.
class AttendanceImportTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        MemberService admin(db, test::wholeDatabaseUser(QStringLiteral("setup")));
        const char *given[] = {"An", "Bình", "Cường", "Dũng", "Giang"};
        for (int i = 0; i < 5; ++i) {
            Member m = test::validMember(QStringLiteral("Trần Văn ") + QString::fromUtf8(given[i]), tiny.workplace, 300 + i);
            m.residenceCommuneId = tiny.commune;
            m.residenceCellId = tiny.village;
            ASSERT_TRUE(admin.save(m, day0).ok());
            workers << m;
        }
        villager = test::validMember(QStringLiteral("Lê Thị Thôn"), tiny.village, 400);
        villager.gender = Gender::Female;
        villager.cccd = QStringLiteral("034175000400");
        ASSERT_TRUE(admin.save(villager, day0).ok());
        const ActingUser officer = test::userWithRole(QStringLiteral("officer"), Role::WorkplaceOfficer, db, tiny.workplace);
        QList<Referral> made;
        QList<ReferralService::Issue> issues;
        for (const Member &w : std::as_const(workers))
            issues.append(ReferralService::Issue{w.id, {}});
        ASSERT_TRUE(ReferralService(db, officer).issue(issues, day0, &made).ok());
        QList<qint64> referrals;
        for (const Referral &r : made)
            referrals << r.id;
        ASSERT_TRUE(ReferralService(db, office()).receive(referrals, day0.addDays(5)).ok());
        QList<ReferralService::Assignment> a;
        for (int i = 0; i < 4; ++i)
            a.append({referrals[i], tiny.village});
        ASSERT_TRUE(ReferralService(db, office()).assign(a, day0.addDays(10)).ok());
        ASSERT_TRUE(ReferralService(db, office()).assign(referrals[4], tiny.village, february.addDays(1)).ok());
        ASSERT_TRUE(ReferralService(db, office())
                        .setExemption(referrals[3], ExemptionReason::FullTimeCourse, day0.addDays(10), {})
                        .ok());
        first = meeting(tiny.village, february, secretary());
        second = meeting(tiny.village, august, secretary());
    }

    ActingUser office() { return test::userWithRole(QStringLiteral("office"), Role::CommuneOffice, db, tiny.commune); }
    ActingUser secretary() { return test::userWithRole(QStringLiteral("secretary"), Role::CellSecretary, db, tiny.village); }

    qint64 meeting(qint64 cellId, const QDate &date, const ActingUser &by)
    {
        Meeting m;
        m.cellId = cellId;
        m.date = date;
        m.venue = QStringLiteral("Nhà văn hóa");
        m.held = false;
        EXPECT_TRUE(MeetingService(db, by).save(m).ok());
        return m.id;
    }

    QString file(const QString &name, const QString &text)
    {
        const QString path = dir.file(name);
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(text.toUtf8());
        return path;
    }

    int count(const QString &sqlText)
    {
        QSqlQuery q(db.connection());
        q.exec(sqlText);
        return q.next() ? q.value(0).toInt() : -1;
    }

    // Every attendance row with its version: what a second import must leave alone.
    QStringList attendanceRows()
    {
        QSqlQuery q(db.connection());
        q.exec(QStringLiteral("SELECT meeting_id, member_id, status, COALESCE(reason, ''), row_version FROM attendance "
                              "ORDER BY meeting_id, member_id"));
        QStringList rows;
        while (q.next())
            rows << QStringLiteral("%1|%2|%3|%4|%5")
                        .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                             q.value(3).toString(), q.value(4).toString());
        return rows;
    }

    AttendanceImportResult import(const QString &path, qint64 meetingId = 0, bool dryRun = false,
                                  std::optional<ActingUser> as = std::nullopt)
    {
        AttendanceImportOptions o;
        o.meetingId = meetingId;
        o.dryRun = dryRun;
        return AttendanceImport(db, as ? *as : secretary()).run(path, o);
    }

    QString reasonOn(const AttendanceImportResult &r, int line)
    {
        for (const UnmatchedRow &u : r.unmatched)
            if (u.line == line)
                return u.reason;
        return {};
    }

    test::TempFolder dir;
    storage::Database db = storage::Database::open(dir.database(QStringLiteral("import.cutru")));
    test::TinyProvince tiny = test::buildTinyProvince(db);
    const QDate day0{2024, 1, 10};
    const QDate february{2024, 2, 15};
    const QDate august{2024, 8, 15};
    QList<Member> workers;
    Member villager;
    qint64 first = 0, second = 0;
};

} // namespace

TEST_F(AttendanceImportTest, MatchedAndUnmatchedRowsWithLinesAndReasons)
{
    const QString csv = file(QStringLiteral("feb.csv"),
        QStringLiteral("STT,Họ và tên,Số thẻ đảng viên,Số CCCD,Tình hình,Lý do\n"        // 1
                       "1,Trần Văn An,%1,,Có mặt,\n"                                        // 2 matched by card
                       "2,Trần Văn Bình,,34075000301,Vắng có lý do,\n"                       // 3 no reason
                       "3,Trần Văn Bình,,34075000301,Vắng có lý do,\"Ốm, nằm viện\"\n"      // 4 matched by CCCD (zero dropped)
                       "4,Trần Văn Cường,%2,,có thể,\n"                                      // 5 bad status
                       "5,Trần Văn Cường,%2,,vang khong ly do,\n"                            // 6 matched
                       "6,Trần Văn Dũng,%3,,x,\n"                                           // 7 exempt
                       "7,Trần Văn Giang,%4,,x,\n"                                          // 8 assigned the day after
                       "8,Không Có,3401999999,,x,\n"                                        // 9 unknown card
                       "9,Lê Thị Thôn,%5,,present,\n"                                       // 10 the cell's own member
                       "10,Trần Văn An,%1,,absent,\n"                                       // 11 twice in the file
                       "11,,,,x,\n")                                                        // 12 neither number
            .arg(workers[0].partyCardNo, workers[2].partyCardNo, workers[3].partyCardNo, workers[4].partyCardNo,
                 villager.partyCardNo));
    const AttendanceImportResult r = import(csv, first);
    ASSERT_TRUE(r.outcome.ok()) << r.problem().toStdString();
    EXPECT_TRUE(r.written);
    ASSERT_EQ(r.matched.size(), 4);
    EXPECT_EQ((QList<int>{r.matched[0].line, r.matched[1].line, r.matched[2].line, r.matched[3].line}),
              (QList<int>{2, 4, 6, 10}));
    EXPECT_EQ(r.matched[1].memberId, workers[1].id);
    EXPECT_EQ(r.matched[1].status, AttendanceStatus::AbsentExcused);
    EXPECT_EQ(r.matched[1].reason, QStringLiteral("Ốm, nằm viện"));
    EXPECT_EQ(r.matched[3].memberId, villager.id);
    EXPECT_EQ(r.count(ImportedMark::Change::New), 4);
    EXPECT_EQ(r.meetingIds, QList<qint64>{first});

    ASSERT_EQ(r.unmatched.size(), 7);
    EXPECT_TRUE(reasonOn(r, 3).contains(QStringLiteral("reason"))) << reasonOn(r, 3).toStdString();
    EXPECT_TRUE(reasonOn(r, 5).contains(QStringLiteral("\"có thể\" is not a status"))) << reasonOn(r, 5).toStdString();
    EXPECT_TRUE(reasonOn(r, 7).contains(QStringLiteral("exempt"))) << reasonOn(r, 7).toStdString();
    EXPECT_TRUE(reasonOn(r, 8).contains(QStringLiteral("Not on the sheet"))) << reasonOn(r, 8).toStdString();
    EXPECT_FALSE(reasonOn(r, 8).contains(QStringLiteral("Giang"))) << "no name of a member off the sheet";
    EXPECT_TRUE(reasonOn(r, 9).contains(QStringLiteral("No member has the party card number 3401999999")))
        << reasonOn(r, 9).toStdString();
    EXPECT_TRUE(reasonOn(r, 11).contains(QStringLiteral("line 2"))) << reasonOn(r, 11).toStdString();
    EXPECT_FALSE(reasonOn(r, 12).isEmpty());

    // Written: four marks, and the planned meeting is now held.
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM attendance")), 4);
    const AttendanceSheet sheet = MeetingService(db, secretary()).sheet(first);
    EXPECT_TRUE(sheet.meeting.held);
    EXPECT_EQ(sheet.tally().present, 1);
    EXPECT_EQ(sheet.tally().absentExcused, 1);
    EXPECT_EQ(sheet.tally().absentUnexcused, 1);
    ASSERT_EQ(sheet.ownMembers.size(), 1);
    EXPECT_EQ(sheet.ownMembers[0].status, AttendanceStatus::Present);
}

TEST_F(AttendanceImportTest, ImportingTheSameFileTwiceChangesNothing)
{
    const QString text = QStringLiteral("Party card;CCCD;Status;Reason\n"
                                        "%1;;present;\n"
                                        ";%2;absent with reason;Đi công tác\n"
                                        "%3;;Vắng không lý do;\n")
                             .arg(workers[0].partyCardNo, workers[1].cccd, workers[2].partyCardNo);
    const QString csv = file(QStringLiteral("twice.csv"), text);
    AttendanceImportResult r = import(csv, first);
    ASSERT_TRUE(r.outcome.ok()) << r.problem().toStdString();
    EXPECT_EQ(r.count(ImportedMark::Change::New), 3);
    const QStringList rows = attendanceRows();
    ASSERT_EQ(rows.size(), 3);
    const int logged = count(QStringLiteral("SELECT count(*) FROM change_log"));

    r = import(csv, first);
    ASSERT_TRUE(r.outcome.ok()) << r.problem().toStdString();
    EXPECT_EQ(r.matched.size(), 3);
    EXPECT_EQ(r.count(ImportedMark::Change::Unchanged), 3);
    EXPECT_FALSE(r.written) << "nothing to write";
    EXPECT_EQ(attendanceRows(), rows) << "same rows, same versions";
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM change_log")), logged) << "no new change-log rows";

    // One status changed: one row changes, the others stay as they were.
    QString edited = text;
    edited.replace(QStringLiteral("Vắng không lý do"), QStringLiteral("Có mặt"));
    r = import(file(QStringLiteral("edited.csv"), edited), first);
    ASSERT_TRUE(r.outcome.ok()) << r.problem().toStdString();
    EXPECT_EQ(r.count(ImportedMark::Change::Changed), 1);
    EXPECT_EQ(r.count(ImportedMark::Change::Unchanged), 2);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM attendance")), 3);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM change_log")), logged + 1);
}

TEST_F(AttendanceImportTest, MeetingsFoundByCellCodeAndDate)
{
    const QString csv = file(QStringLiteral("cells.csv"),
        QStringLiteral("Mã chi bộ\tNgày sinh hoạt\tSố thẻ đảng viên\tTrạng thái\tLý do\n" // 1
                       "P.D1.C1.K1\t15/02/2024\t%1\tCó mặt\t\n"                          // 2
                       "p.d1.c1.k1\t2024-08-15\t%1\tVắng không lý do\t\n"                // 3 (code in lower case)
                       "P.D1.C1.K1\t2024-08-15\t%2\tx\t\n"                               // 4
                       "P.D1.C9.K9\t15/02/2024\t%1\tx\t\n"                               // 5 unknown cell
                       "P.D1.C1.K1\t16/02/2024\t%1\tx\t\n"                               // 6 no meeting that day
                       "P.D1.C1.K1\t30/02/2024\t%1\tx\t\n"                               // 7 not a date
                       "\t15/02/2024\t%1\tx\t\n")                                        // 8 no cell
            .arg(workers[0].partyCardNo, workers[4].partyCardNo));
    const AttendanceImportResult r = import(csv);
    ASSERT_TRUE(r.outcome.ok()) << r.problem().toStdString();
    ASSERT_EQ(r.matched.size(), 3);
    EXPECT_EQ(r.matched[0].meetingId, first);
    EXPECT_EQ(r.matched[1].meetingId, second);
    EXPECT_EQ(r.matched[2].memberId, workers[4].id) << "assigned on 16/02, expected in August";
    EXPECT_EQ(r.meetingIds, (QList<qint64>{first, second}));
    ASSERT_EQ(r.unmatched.size(), 4);
    EXPECT_TRUE(reasonOn(r, 5).contains(QStringLiteral("P.D1.C9.K9"))) << reasonOn(r, 5).toStdString();
    EXPECT_TRUE(reasonOn(r, 6).contains(QStringLiteral("no meeting on 16/02/2024"))) << reasonOn(r, 6).toStdString();
    EXPECT_TRUE(reasonOn(r, 7).contains(QStringLiteral("30/02/2024"))) << reasonOn(r, 7).toStdString();
    EXPECT_FALSE(reasonOn(r, 8).isEmpty());
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM attendance WHERE meeting_id = %1").arg(first)), 1);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM attendance WHERE meeting_id = %1").arg(second)), 2);

    // With a chosen meeting, rows naming another one are left out.
    const AttendanceImportResult chosen = import(csv, first, true);
    ASSERT_TRUE(chosen.outcome.ok()) << chosen.problem().toStdString();
    EXPECT_EQ(chosen.matched.size(), 1);
    EXPECT_TRUE(reasonOn(chosen, 3).contains(QStringLiteral("not for the meeting"))) << reasonOn(chosen, 3).toStdString();
}

TEST_F(AttendanceImportTest, AllMeetingsOrNoneAndOnlyTheUsersCells)
{
    // A row for the residential group's meeting: the village secretary may not record
    // it, so nothing is written, not even the village's rows.
    const qint64 groupMeeting = meeting(tiny.group, february,
                                        test::userWithRole(QStringLiteral("g"), Role::CellSecretary, db, tiny.group));
    const QString csv = file(QStringLiteral("two-cells.csv"),
                             QStringLiteral("Cell code,Date,Card,Status\n"
                                            "P.D1.C1.K1,15/02/2024,%1,present\n"
                                            "P.D1.C2.K1,15/02/2024,%1,present\n")
                                 .arg(workers[0].partyCardNo));
    AttendanceImportResult r = import(csv);
    EXPECT_EQ(r.outcome.status, SaveOutcome::Status::Denied);
    EXPECT_TRUE(r.problem().contains(QStringLiteral("P.D1.C2.K1"))) << r.problem().toStdString();
    EXPECT_FALSE(r.written);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM attendance")), 0);
    EXPECT_EQ(import(csv, first, false,
                     test::userWithRole(QStringLiteral("w"), Role::WorkplaceOfficer, db, tiny.workplace))
                  .outcome.status,
              SaveOutcome::Status::Denied);

    // MeetingService::mergeMarks over several meetings: one refused meeting (an exempt
    // member) and the other, valid, is not written either.
    QMap<qint64, QList<Attendance>> marks;
    marks[first] = {{first, workers[0].id, AttendanceStatus::Present, {}}};
    marks[second] = {{second, workers[3].id, AttendanceStatus::Present, {}}};
    const SaveOutcome out = MeetingService(db, office()).mergeMarks(marks);
    ASSERT_EQ(out.status, SaveOutcome::Status::Invalid);
    EXPECT_TRUE(out.errors.first().message.contains(QStringLiteral("15/08/2024"))) << out.errors.first().message.toStdString();
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM attendance")), 0);
    marks.remove(second);
    EXPECT_TRUE(MeetingService(db, office()).mergeMarks(marks).ok());
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM attendance")), 1);
    Q_UNUSED(groupMeeting);
}

TEST_F(AttendanceImportTest, DryRunReportsAndWritesNothing)
{
    const QString csv = file(QStringLiteral("dry.csv"),
                             QStringLiteral("card,status\n%1,x\n%2,x\n").arg(workers[0].partyCardNo, workers[1].partyCardNo));
    const int logged = count(QStringLiteral("SELECT count(*) FROM change_log"));
    const AttendanceImportResult r = import(csv, first, true);
    ASSERT_TRUE(r.outcome.ok()) << r.problem().toStdString();
    EXPECT_EQ(r.count(ImportedMark::Change::New), 2);
    EXPECT_FALSE(r.written);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM attendance")), 0);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM change_log")), logged);
}

TEST_F(AttendanceImportTest, BadFilesAreRefusedByName)
{
    auto problemOf = [&](const QString &name, const QString &text, qint64 meetingId) {
        const AttendanceImportResult r = import(file(name, text), meetingId);
        EXPECT_EQ(r.outcome.status, SaveOutcome::Status::Invalid) << name.toStdString();
        EXPECT_TRUE(r.matched.isEmpty());
        EXPECT_TRUE(r.problem().contains(name)) << r.problem().toStdString();
        return r.problem();
    };
    EXPECT_TRUE(problemOf(QStringLiteral("empty.csv"), QString(), first).contains(QStringLiteral("is empty")));
    EXPECT_TRUE(problemOf(QStringLiteral("header.csv"), QStringLiteral("Số thẻ đảng viên,Tình hình\n"), first)
                    .contains(QStringLiteral("no rows")));
    EXPECT_TRUE(problemOf(QStringLiteral("nostatus.csv"), QStringLiteral("Số thẻ đảng viên,Ghi chú\n3401000300,x\n"), first)
                    .contains(QStringLiteral("no status column")));
    EXPECT_TRUE(problemOf(QStringLiteral("nomember.csv"), QStringLiteral("Họ tên,Tình hình\nAn,x\n"), first)
                    .contains(QStringLiteral("party card")));
    EXPECT_TRUE(problemOf(QStringLiteral("nomeeting.csv"), QStringLiteral("Số thẻ,Tình hình\n3401000300,x\n"), 0)
                    .contains(QStringLiteral("which meeting")));
    EXPECT_TRUE(problemOf(QStringLiteral("quote.csv"), QStringLiteral("Số thẻ,Tình hình\n\"3401000300,x\n"), first)
                    .contains(QStringLiteral("line 2")));
    const AttendanceImportResult missing = import(dir.file(QStringLiteral("missing.csv")), first);
    EXPECT_EQ(missing.outcome.status, SaveOutcome::Status::Invalid);
    EXPECT_TRUE(missing.problem().contains(QStringLiteral("missing.csv")));
    const AttendanceImportResult noMeeting = import(file(QStringLiteral("ok.csv"), QStringLiteral("Số thẻ,Tình hình\n1,x\n")), 9999);
    EXPECT_TRUE(noMeeting.problem().contains(QStringLiteral("9999"))) << noMeeting.problem().toStdString();
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM attendance")), 0);
}
