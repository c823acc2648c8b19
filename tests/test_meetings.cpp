// Meetings and attendance: the rule profile's dates, who a sheet expects on boundary
// dates, the rate, planning a year, and recording a sheet (one transaction, refusals
// by name, nothing written when refused).
#include "domain/meetings.h"
#include "services/meeting_service.h"
#include "services/member_service.h"
#include "services/referral_service.h"
#include "storage/meeting_repository.h"
#include "support/test_support.h"

#include <QSqlQuery>
#include <gtest/gtest.h>

using namespace cutru;

TEST(MeetingRulesTest, PeriodicDatesFollowTheProfile)
{
    EXPECT_EQ(periodicMeetingDates(2024, 2), (QList<QDate>{QDate(2024, 2, 15), QDate(2024, 8, 15)}));
    EXPECT_EQ(periodicMeetingDates(2024, 4),
              (QList<QDate>{QDate(2024, 2, 15), QDate(2024, 5, 15), QDate(2024, 8, 15), QDate(2024, 11, 15)}));
    EXPECT_EQ(periodicMeetingDates(2024, 12).size(), 12);
    EXPECT_EQ(periodicMeetingDates(2024, 12).first(), QDate(2024, 1, 15));
    EXPECT_EQ(periodicMeetingDates(2024, 1), (QList<QDate>{QDate(2024, 2, 15)}));
    // Periods tile the year.
    EXPECT_EQ(meetingPeriod(2024, 2, 0), qMakePair(QDate(2024, 1, 1), QDate(2024, 7, 31)));
    EXPECT_EQ(meetingPeriod(2024, 2, 1), qMakePair(QDate(2024, 8, 1), QDate(2024, 12, 31)));
    MeetingRules r;
    EXPECT_EQ(r.meetingsPerYear(), 2) << "Regulation 213: every 6 months";
    r.profile = MeetingRuleProfile::Regulation76;
    r.perYear76 = 4;
    EXPECT_EQ(r.meetingsPerYear(), 4);
    r.perYear76 = 13;
    EXPECT_FALSE(validate(r).isEmpty());
}

TEST(MeetingRulesTest, TheSheetExpectsMembersAssignedOnOrBeforeTheDateAndNotEnded)
{
    const QDate meeting(2024, 2, 15);
    Referral r;
    r.assignedCellId = 7;
    r.assignedDate = meeting.addDays(-1);
    EXPECT_EQ(sheetPlace(r, 7, meeting), SheetPlace::Expected) << "assigned the day before";
    r.assignedDate = meeting;
    EXPECT_EQ(sheetPlace(r, 7, meeting), SheetPlace::Expected) << "assigned on the day";
    r.assignedDate = meeting.addDays(1);
    EXPECT_EQ(sheetPlace(r, 7, meeting), SheetPlace::NotListed) << "assigned the day after";
    r.assignedDate = meeting.addMonths(-3);
    EXPECT_EQ(sheetPlace(r, 8, meeting), SheetPlace::NotListed) << "another cell";
    r.endedDate = meeting;
    EXPECT_EQ(sheetPlace(r, 7, meeting), SheetPlace::NotListed) << "ended on the day";
    r.endedDate = meeting.addDays(1);
    EXPECT_EQ(sheetPlace(r, 7, meeting), SheetPlace::Expected) << "ended the day after";
    r.endedDate = {};
    r.exempt = true;
    r.exemptionReason = ExemptionReason::Barracks;
    r.exemptFrom = meeting;
    EXPECT_EQ(sheetPlace(r, 7, meeting), SheetPlace::Exempt) << "exempt from the day";
    r.exemptFrom = meeting.addDays(1);
    EXPECT_EQ(sheetPlace(r, 7, meeting), SheetPlace::Expected) << "exempt only from the day after";
    r.exemptFrom = meeting.addMonths(-6);
    r.exemptTo = meeting.addDays(-1);
    EXPECT_EQ(sheetPlace(r, 7, meeting), SheetPlace::Expected) << "exemption over the day before";
    r.exemptTo = meeting;
    EXPECT_EQ(sheetPlace(r, 7, meeting), SheetPlace::Exempt) << "exemption to the day";
    r.exemptTo = {};
    EXPECT_EQ(sheetPlace(r, 7, meeting), SheetPlace::Exempt) << "open-ended exemption";
}

TEST(MeetingRulesTest, TheRateIsPresentOverExpected)
{
    AttendanceTally t;
    EXPECT_FALSE(t.rate().has_value());
    t.add(AttendanceStatus::Present);
    t.add(AttendanceStatus::Present);
    t.add(AttendanceStatus::Present);
    t.add(AttendanceStatus::AbsentExcused);
    t.add(std::nullopt);
    EXPECT_EQ(t.expected, 5);
    EXPECT_EQ(t.absentExcused, 1);
    EXPECT_EQ(t.unmarked, 1);
    EXPECT_DOUBLE_EQ(*t.rate(), 0.6);
    EXPECT_EQ(agendaItemsFromCodes(QStringLiteral("citizen_duties,unknown,member_opinions")),
              (QList<AgendaItem>{AgendaItem::CitizenDuties, AgendaItem::MemberOpinions}));
}

namespace {

class Meetings : public ::testing::Test {
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
            workers << m.id;
        }
        Member own = test::validMember(QStringLiteral("Lê Thị Thôn"), tiny.village, 400);
        own.gender = Gender::Female;
        own.cccd = QStringLiteral("034175000400");
        ASSERT_TRUE(admin.save(own, day0).ok());
        villager = own.id;
        // Workers 0–3 referred, received and assigned to the village on day0 + 10;
        // worker 3 exempt; worker 4 assigned only after the meeting.
        const ActingUser officer = test::userWithRole(QStringLiteral("officer"), Role::WorkplaceOfficer, db, tiny.workplace);
        QList<Referral> made;
        ASSERT_TRUE(ReferralService(db, officer).issue({{workers[0], {}}, {workers[1], {}}, {workers[2], {}},
                                                        {workers[3], {}}, {workers[4], {}}},
                                                       day0, &made)
                        .ok());
        for (const Referral &r : made)
            referrals << r.id;
        ASSERT_TRUE(ReferralService(db, office()).receive(referrals, day0.addDays(5)).ok());
        QList<ReferralService::Assignment> a;
        for (int i = 0; i < 4; ++i)
            a.append({referrals[i], tiny.village});
        ASSERT_TRUE(ReferralService(db, office()).assign(a, day0.addDays(10)).ok());
        ASSERT_TRUE(ReferralService(db, office()).assign(referrals[4], tiny.village, meetingDay.addDays(1)).ok());
        ASSERT_TRUE(ReferralService(db, office())
                        .setExemption(referrals[3], ExemptionReason::FullTimeCourse, day0.addDays(10), {})
                        .ok());
    }

    ActingUser office() { return test::userWithRole(QStringLiteral("office"), Role::CommuneOffice, db, tiny.commune); }
    ActingUser secretary() { return test::userWithRole(QStringLiteral("secretary"), Role::CellSecretary, db, tiny.village); }

    Meeting newMeeting()
    {
        Meeting m;
        m.cellId = tiny.village;
        m.date = meetingDay;
        m.venue = QStringLiteral("Nhà văn hóa thôn");
        m.venueCapacity = 80;
        EXPECT_TRUE(MeetingService(db, secretary()).save(m).ok());
        return m;
    }

    int count(const QString &sqlText)
    {
        QSqlQuery q(db.connection());
        q.exec(sqlText);
        return q.next() ? q.value(0).toInt() : -1;
    }

    test::TempFolder dir;
    storage::Database db = storage::Database::open(dir.database(QStringLiteral("meet.cutru")));
    test::TinyProvince tiny = test::buildTinyProvince(db);
    const QDate day0{2024, 1, 10};
    const QDate meetingDay{2024, 2, 15};
    QList<qint64> workers, referrals;
    qint64 villager = 0;
};

} // namespace

TEST_F(Meetings, TheSheetListsExpectedMembersAndExemptOnesApart)
{
    const Meeting m = newMeeting();
    const AttendanceSheet sheet = MeetingService(db, secretary()).sheet(m.id);
    ASSERT_EQ(sheet.expected.size(), 3);
    EXPECT_EQ(sheet.expected[0].fullName, QStringLiteral("Trần Văn An"));
    EXPECT_EQ(sheet.expected[2].fullName, QStringLiteral("Trần Văn Cường"));
    ASSERT_EQ(sheet.exempt.size(), 1);
    EXPECT_EQ(sheet.exempt[0].fullName, QStringLiteral("Trần Văn Dũng"));
    EXPECT_TRUE(sheet.ownMembers.isEmpty());
    EXPECT_EQ(sheet.tally().expected, 3);
    EXPECT_EQ(sheet.tally().exempt, 1);
    // Another commune's office may not read it.
    EXPECT_THROW(MeetingService(db, test::userWithRole(QStringLiteral("ward"), Role::CommuneOffice, db, tiny.ward)).sheet(m.id),
                 AccessDenied);
}

TEST_F(Meetings, RecordingIsOneTransactionAndRefusalsNameTheMember)
{
    const Meeting m = newMeeting();
    MeetingService service(db, secretary());
    const AttendanceSheet sheet = service.sheet(m.id);
    QList<Attendance> marks{{0, sheet.expected[0].memberId, AttendanceStatus::Present, {}},
                            {0, sheet.expected[1].memberId, AttendanceStatus::AbsentExcused, {}}, // no reason
                            {0, sheet.expected[2].memberId, AttendanceStatus::AbsentUnexcused, {}}};
    SaveOutcome out = service.record(m.id, marks, 12, m.rowVersion);
    ASSERT_EQ(out.status, SaveOutcome::Status::Invalid);
    EXPECT_TRUE(out.errors.first().message.contains(QStringLiteral("Trần Văn Bình"))) << out.errors.first().message.toStdString();
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM attendance")), 0) << "nothing written";

    // The exempt member and a stranger are refused too.
    QList<Attendance> bad = marks;
    bad[1].reason = QStringLiteral("Ốm");
    bad.append({0, workers[3], AttendanceStatus::Present, {}});
    out = service.record(m.id, bad, 12, m.rowVersion);
    ASSERT_EQ(out.status, SaveOutcome::Status::Invalid);
    EXPECT_TRUE(out.errors.first().message.contains(QStringLiteral("exempt"))) << out.errors.first().message.toStdString();
    bad.removeLast();
    bad.append({0, workers[4], AttendanceStatus::Present, {}}); // assigned the day after
    EXPECT_EQ(service.record(m.id, bad, 12, m.rowVersion).status, SaveOutcome::Status::Invalid);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM attendance")), 0);

    // The cell's own member may be added; then it saves whole, the meeting is held.
    bad.removeLast();
    bad.append({0, villager, AttendanceStatus::Present, {}});
    out = service.record(m.id, bad, 12, m.rowVersion);
    ASSERT_TRUE(out.ok()) << out.message.toStdString();
    const AttendanceSheet saved = service.sheet(m.id);
    EXPECT_TRUE(saved.meeting.held);
    EXPECT_EQ(saved.meeting.guests, 12);
    EXPECT_EQ(saved.expected[0].status, AttendanceStatus::Present);
    EXPECT_EQ(saved.expected[1].reason, QStringLiteral("Ốm"));
    ASSERT_EQ(saved.ownMembers.size(), 1);
    EXPECT_EQ(saved.ownMembers[0].fullName, QStringLiteral("Lê Thị Thôn"));
    const AttendanceTally t = saved.tally();
    EXPECT_EQ(t.present, 1) << "own members are not counted";
    EXPECT_EQ(t.expected, 3);

    // A sheet read before that save is stale now.
    EXPECT_EQ(service.record(m.id, marks, 12, m.rowVersion).status, SaveOutcome::Status::Stale);
    // Saving again without the own member removes their mark.
    QList<Attendance> again = bad;
    again.removeLast();
    ASSERT_TRUE(service.record(m.id, again, 12, saved.meeting.rowVersion).ok());
    EXPECT_TRUE(service.sheet(m.id).ownMembers.isEmpty());
    // Merging the same marks twice changes nothing the second time.
    const int logBefore = count(QStringLiteral("SELECT count(*) FROM change_log WHERE table_name = 'attendance'"));
    ASSERT_TRUE(service.mergeMarks(m.id, again).ok());
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM change_log WHERE table_name = 'attendance'")), logBefore);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM attendance")), 3);
    // A workplace officer may not record.
    EXPECT_EQ(MeetingService(db, test::userWithRole(QStringLiteral("o"), Role::WorkplaceOfficer, db, tiny.workplace))
                  .record(m.id, again, 0, -1)
                  .status,
              SaveOutcome::Status::Denied);
}

TEST_F(Meetings, PlanningAYearFollowsTheProfileAndTwiceCreatesNothingNew)
{
    const ActingUser board = test::userWithRole(QStringLiteral("board"), Role::ProvincialBoard, db, tiny.province);
    newMeeting(); // the village already meets on 15/02/2024
    PlanResult plan = MeetingService(db, board).planYear(tiny.province, 2024);
    ASSERT_TRUE(plan.outcome.ok()) << plan.outcome.message.toStdString();
    EXPECT_EQ(plan.cells, 2) << "the village and the residential group";
    EXPECT_EQ(plan.created, 3);
    EXPECT_EQ(plan.existing, 1);
    const QList<Meeting> village = MeetingService(db, board).meetingsOf(tiny.village, QDate(2024, 1, 1), QDate(2024, 12, 31));
    ASSERT_EQ(village.size(), 2);
    EXPECT_EQ(village[1].date, QDate(2024, 8, 15));
    EXPECT_FALSE(village[1].held);
    EXPECT_EQ(village[1].venue, QStringLiteral("Nhà văn hóa thôn")) << "the venue of the latest meeting";
    plan = MeetingService(db, board).planYear(tiny.province, 2024);
    EXPECT_EQ(plan.created, 0);
    EXPECT_EQ(plan.existing, 4);

    // Regulation 76 at 4 a year: two more periods each.
    MeetingRules rules;
    rules.profile = MeetingRuleProfile::Regulation76;
    rules.perYear76 = 4;
    EXPECT_EQ(MeetingService(db, office()).setRules(rules).status, SaveOutcome::Status::Denied);
    ASSERT_TRUE(MeetingService(db, board).setRules(rules).ok());
    EXPECT_EQ(MeetingService(db, board).rules().meetingsPerYear(), 4);
    plan = MeetingService(db, board).planYear(tiny.commune, 2024);
    EXPECT_EQ(plan.cells, 1);
    EXPECT_EQ(plan.created, 2) << "May and November; February and August exist";

    // Past due on 01/12/2024: the planned ones before it, not the held one.
    const QList<Meeting> due = MeetingService(db, office()).pastDue(QDate(2024, 12, 1));
    EXPECT_EQ(due.size(), 3) << "the commune's village: May, August, November";
    EXPECT_EQ(MeetingService(db, secretary()).planYear(tiny.province, 2024).outcome.status, SaveOutcome::Status::Denied);
}
