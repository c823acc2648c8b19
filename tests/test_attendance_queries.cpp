// The follow-up of meetings (docs/meetings.md) on a hand-built province, every
// expected answer worked out by hand below: absence alerts (runs with and without
// excused absences, a present mark ending a run, exempt periods and unmarked
// meetings passed over, ended referrals), crowded cells on the 150/151 boundary,
// past-due meetings, attendance by cell, a member's history, and what each role sees.
#include "services/attendance_queries.h"
#include "services/meeting_service.h"
#include "services/member_service.h"
#include "services/referral_service.h"
#include "storage/member_repository.h"
#include "storage/organisation_repository.h"
#include "support/test_support.h"

#include <QHash>
#include <gtest/gtest.h>
#include <string>

using namespace cutru;

namespace {

// "An 4, Bình 2": given name (last word) and run per alert, in the order listed.
std::string runs(const QList<storage::AbsenceAlert> &alerts)
{
    QStringList out;
    for (const auto &a : alerts)
        out << QStringLiteral("%1 %2").arg(a.fullName.section(QLatin1Char(' '), -1)).arg(a.consecutive);
    return out.join(QStringLiteral(", ")).toStdString();
}

// The village cell meets four times in 2024 (M1 15/02, M2 15/05, M3 15/08, M4 15/11).
// Members referred to it (p present, e absent with reason, u without, - not marked,
// x exempt that day):
//   An     u u u u
//   Bình   p p u u
//   Cường  u u p u
//   Dũng   u u e u
//   Giang  p e e e
//   Hải    u x x u   (exempt 01/04–30/09/2024)
//   Khoa   p u u -   (held in the second workplace organisation, W2)
//   Lan    . u u u   (assigned 01/03/2024, after M1; referral ended 01/12/2024)
// and the village's own member Lê Thị Thôn, marked u every time (not counted).
class AttendanceQueriesTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        workplace2 = test::addOrganisation(db, tiny.district, OrgLevel::Workplace, "public_service_unit", "P.D1.W2",
                                           QStringLiteral("Chi bộ Bệnh viện huyện"));
        MemberService admin(db, test::wholeDatabaseUser(QStringLiteral("setup")));
        const char *given[] = {"An", "Bình", "Cường", "Dũng", "Giang", "Hải", "Khoa", "Lan"};
        int serial = 600;
        for (const char *g : given) {
            const QString name = QString::fromUtf8(g);
            Member m = test::validMember(QStringLiteral("Trần Văn ") + name,
                                         name == QStringLiteral("Khoa") ? workplace2 : tiny.workplace, serial++);
            m.residenceCommuneId = tiny.commune;
            m.residenceCellId = tiny.village;
            ASSERT_TRUE(admin.save(m).ok());
            member[name] = m.id;
        }
        Member own = test::validMember(QStringLiteral("Lê Thị Thôn"), tiny.village, 700);
        own.gender = Gender::Female;
        own.cccd = QStringLiteral("034175000700");
        ASSERT_TRUE(admin.save(own).ok());
        villager = own.id;

        // Referred on 02/01/2024, received on 05/01, assigned on 10/01 (Lan on 01/03).
        for (const QString &name : member.keys()) {
            const ActingUser officer = as(Role::WorkplaceOfficer, name == QStringLiteral("Khoa") ? workplace2 : tiny.workplace);
            QList<Referral> made;
            ASSERT_TRUE(ReferralService(db, officer).issue({{member[name], {}}}, QDate(2024, 1, 2), &made).ok());
            referral[name] = made.first().id;
        }
        ReferralService office(db, as(Role::CommuneOffice, tiny.commune));
        ASSERT_TRUE(office.receive(referral.values(), QDate(2024, 1, 5)).ok());
        for (const QString &name : member.keys()) {
            const QDate on = name == QStringLiteral("Lan") ? QDate(2024, 3, 1) : QDate(2024, 1, 10);
            ASSERT_TRUE(office.assign(referral[name], tiny.village, on).ok());
        }
        ASSERT_TRUE(office.setExemption(referral[QStringLiteral("Hải")], ExemptionReason::AwayOrMobile,
                                        QDate(2024, 4, 1), QDate(2024, 9, 30))
                        .ok());

        const char *marks[] = {"An uuuu", "Bình ppuu", "Cường uupu", "Dũng uueu", "Giang peee",
                               "Hải uxxu", "Khoa puu-", "Lan .uuu"};
        const QDate days[] = {QDate(2024, 2, 15), QDate(2024, 5, 15), QDate(2024, 8, 15), QDate(2024, 11, 15)};
        MeetingService secretary(db, as(Role::CellSecretary, tiny.village));
        for (int i = 0; i < 4; ++i) {
            Meeting m;
            m.cellId = tiny.village;
            m.date = days[i];
            m.venue = QStringLiteral("Nhà văn hóa thôn");
            m.venueCapacity = 60;
            ASSERT_TRUE(secretary.save(m).ok());
            QList<Attendance> sheet{{0, villager, AttendanceStatus::AbsentUnexcused, {}}};
            for (const char *line : marks) {
                const QString s = QString::fromUtf8(line);
                const QChar c = s.section(QLatin1Char(' '), 1).at(i);
                const qint64 id = member[s.section(QLatin1Char(' '), 0, 0)];
                if (c == QLatin1Char('p'))
                    sheet.append({0, id, AttendanceStatus::Present, {}});
                else if (c == QLatin1Char('e'))
                    sheet.append({0, id, AttendanceStatus::AbsentExcused, QStringLiteral("Ốm")});
                else if (c == QLatin1Char('u'))
                    sheet.append({0, id, AttendanceStatus::AbsentUnexcused, {}});
            }
            const SaveOutcome out = secretary.record(m.id, sheet, 5, m.rowVersion);
            ASSERT_TRUE(out.ok()) << out.message.toStdString()
                                  << (out.errors.isEmpty() ? std::string() : out.errors.first().message.toStdString());
        }
        ASSERT_TRUE(office.end(referral[QStringLiteral("Lan")], ReferralEndReason::Retired, QDate(2024, 12, 1)).ok());
    }

    ActingUser as(Role role, qint64 org) { return test::userWithRole(code(role), role, db, org); }
    ActingUser board() { return as(Role::ProvincialBoard, tiny.province); }
    QString pathOf(qint64 org) { return storage::OrganisationRepository(db).pathOf(org); }

    test::TempFolder dir;
    storage::Database db = storage::Database::open(dir.database(QStringLiteral("attendance.cutru")));
    test::TinyProvince tiny = test::buildTinyProvince(db);
    qint64 workplace2 = 0;
    qint64 villager = 0;
    QHash<QString, qint64> member, referral;
};

} // namespace

TEST_F(AttendanceQueriesTest, AlertsCountTheLatestAbsencesInARow)
{
    const AttendanceQueries q(db, board());
    // Without excused absences: Cường's present at M3 ends his run at 1; Dũng's excused
    // M3 ends his; Hải's exempt M2 and M3 are passed over (M1 u, M4 u); Khoa's unmarked
    // M4 is passed over (M2 u, M3 u); Lan's referral has ended.
    const QList<storage::AbsenceAlert> alerts = q.absenceAlerts(2, false);
    EXPECT_EQ(runs(alerts), "An 4, Bình 2, Hải 2, Khoa 2");
    ASSERT_EQ(alerts.size(), 4);
    const storage::AbsenceAlert &an = alerts[0];
    EXPECT_EQ(an.memberId, member[QStringLiteral("An")]);
    EXPECT_EQ(an.partyCardNo, QStringLiteral("3401000600"));
    EXPECT_EQ(an.cellName, QStringLiteral("Chi bộ thôn Phất Lộc Tây"));
    EXPECT_EQ(an.communeName, QStringLiteral("Đảng bộ xã Thái Giang"));
    EXPECT_EQ(an.organisationCode, QStringLiteral("P.W1"));
    EXPECT_EQ(an.organisationName, QStringLiteral("Chi bộ Sở Tài chính"));
    EXPECT_EQ(an.lastMeeting, QDate(2024, 11, 15));
    EXPECT_EQ(alerts[3].organisationCode, QStringLiteral("P.D1.W2")) << "Khoa's workplace, to be told";
    EXPECT_EQ(alerts[3].lastMeeting, QDate(2024, 8, 15)) << "M4 unmarked: his latest absence is M3";

    // Excused absences counting: Dũng u u e u = 4, Giang p e e e = 3.
    EXPECT_EQ(runs(q.absenceAlerts(2, true)), "An 4, Dũng 4, Giang 3, Bình 2, Hải 2, Khoa 2");
    EXPECT_EQ(runs(q.absenceAlerts(3, false)), "An 4");
    EXPECT_EQ(runs(q.absenceAlerts(3, true)), "An 4, Dũng 4, Giang 3");
    EXPECT_TRUE(q.absenceAlerts(5, true).isEmpty());

    // The database's settings (default: 2, without reason).
    EXPECT_EQ(runs(q.absenceAlerts(MeetingService(db, board()).rules())), runs(alerts));

    // As of 01/09/2024 (M1–M3 only), one absence is enough: Cường's and Dũng's latest
    // marks (p, e) end their runs; Hải, exempt that day, is not alerted; Lan is still
    // referred (u u after her assignment).
    EXPECT_EQ(runs(q.absenceAlerts(1, false, QDate(2024, 9, 1))), "An 3, Khoa 2, Lan 2, Bình 1");
    EXPECT_EQ(runs(q.absenceAlerts(2, false, QDate(2024, 11, 30))), "An 4, Lan 3, Bình 2, Hải 2, Khoa 2");
}

TEST_F(AttendanceQueriesTest, EachRoleSeesTheAlertsItsGrantsReach)
{
    auto alertsOf = [&](const ActingUser &u, const QString &scope = {}) {
        return runs(AttendanceQueries(db, u).absenceAlerts(2, false, {}, scope));
    };
    const std::string all = "An 4, Bình 2, Hải 2, Khoa 2";
    EXPECT_EQ(alertsOf(as(Role::CommuneOffice, tiny.commune)), all);
    EXPECT_EQ(alertsOf(as(Role::CellSecretary, tiny.village)), all);
    EXPECT_EQ(alertsOf(as(Role::Auditor, tiny.province)), all);
    // Workplace officers: their own members, wherever they live.
    EXPECT_EQ(alertsOf(as(Role::WorkplaceOfficer, tiny.workplace)), "An 4, Bình 2, Hải 2");
    EXPECT_EQ(alertsOf(as(Role::WorkplaceOfficer, workplace2)), "Khoa 2");
    // Another commune and another cell: none.
    EXPECT_TRUE(alertsOf(as(Role::CommuneOffice, tiny.ward)).empty());
    EXPECT_TRUE(alertsOf(as(Role::CellSecretary, tiny.group)).empty());
    // The scope narrows further: by residence cell or by membership organisation.
    EXPECT_EQ(alertsOf(board(), pathOf(workplace2)), "Khoa 2");
    EXPECT_EQ(alertsOf(board(), pathOf(tiny.village)), all);
    EXPECT_TRUE(alertsOf(board(), pathOf(tiny.ward)).empty());
    EXPECT_TRUE(alertsOf(as(Role::CommuneOffice, tiny.ward), pathOf(tiny.province)).empty());
    // Nobody without a role.
    ActingUser nobody;
    nobody.name = QStringLiteral("nobody");
    EXPECT_FALSE(AttendanceQueries(db, nobody).mayRead());
    EXPECT_THROW(AttendanceQueries(db, nobody).absenceAlerts(2, false), AccessDenied);
    EXPECT_THROW(AttendanceQueries(db, nobody).crowdedCells(150), AccessDenied);
    EXPECT_THROW(AttendanceQueries(db, nobody).pastDueCount(), AccessDenied);
    // Residence cells are out of a workplace officer's reach.
    EXPECT_FALSE(AttendanceQueries(db, as(Role::WorkplaceOfficer, tiny.workplace)).reachesResidenceCells());
    EXPECT_TRUE(AttendanceQueries(db, as(Role::CellSecretary, tiny.group)).reachesResidenceCells());
    EXPECT_TRUE(AttendanceQueries(db, board()).reachesResidenceCells());
}

TEST_F(AttendanceQueriesTest, AMembersHistoryAndRate)
{
    const AttendanceQueries q(db, board());
    // Bình: expected at all four, present at two.
    AttendanceHistory h = q.historyOf(member[QStringLiteral("Bình")]);
    ASSERT_EQ(h.lines.size(), 4);
    EXPECT_EQ(h.lines[0].date, QDate(2024, 2, 15));
    EXPECT_EQ(h.lines[0].cellName, QStringLiteral("Chi bộ thôn Phất Lộc Tây"));
    EXPECT_EQ(h.lines[0].status, AttendanceStatus::Present);
    EXPECT_EQ(h.lines[3].status, AttendanceStatus::AbsentUnexcused);
    EXPECT_EQ(h.tally.expected, 4);
    EXPECT_EQ(h.tally.present, 2);
    EXPECT_DOUBLE_EQ(*h.tally.rate(), 0.5);

    // Dũng: 0 of 4, one excused absence reported apart.
    h = q.historyOf(member[QStringLiteral("Dũng")]);
    EXPECT_EQ(h.tally.expected, 4);
    EXPECT_EQ(h.tally.absentExcused, 1);
    EXPECT_EQ(h.tally.absentUnexcused, 3);
    EXPECT_EQ(h.lines[2].reason, QStringLiteral("Ốm"));
    EXPECT_DOUBLE_EQ(*h.tally.rate(), 0.0);

    // Hải: the two exempt meetings listed, not counted.
    h = q.historyOf(member[QStringLiteral("Hải")]);
    ASSERT_EQ(h.lines.size(), 4);
    EXPECT_EQ(h.lines[1].place, AttendanceHistoryLine::Place::Exempt);
    EXPECT_EQ(h.lines[2].place, AttendanceHistoryLine::Place::Exempt);
    EXPECT_EQ(h.tally.expected, 2);
    EXPECT_EQ(h.tally.exempt, 2);

    // Khoa: 1 present of 4 expected, M4 unmarked (expected, not present).
    h = q.historyOf(member[QStringLiteral("Khoa")]);
    EXPECT_EQ(h.tally.expected, 4);
    EXPECT_EQ(h.tally.unmarked, 1);
    EXPECT_FALSE(h.lines[3].status.has_value());
    EXPECT_DOUBLE_EQ(*h.tally.rate(), 0.25);

    // Lan: M1 was before her assignment, so three lines.
    h = q.historyOf(member[QStringLiteral("Lan")]);
    ASSERT_EQ(h.lines.size(), 3);
    EXPECT_EQ(h.lines[0].date, QDate(2024, 5, 15));

    // The village's own member: marked, never counted, no rate.
    h = q.historyOf(villager);
    ASSERT_EQ(h.lines.size(), 4);
    EXPECT_EQ(h.lines[0].place, AttendanceHistoryLine::Place::Other);
    EXPECT_EQ(h.tally.expected, 0);
    EXPECT_FALSE(h.tally.rate().has_value());

    // Who may read it: the member's workplace and residence, not another commune or workplace.
    EXPECT_EQ(AttendanceQueries(db, as(Role::WorkplaceOfficer, tiny.workplace)).historyOf(member["An"]).tally.expected, 4);
    EXPECT_EQ(AttendanceQueries(db, as(Role::CellSecretary, tiny.village)).historyOf(member["Khoa"]).tally.expected, 4);
    EXPECT_THROW(AttendanceQueries(db, as(Role::WorkplaceOfficer, workplace2)).historyOf(member["An"]), AccessDenied);
    EXPECT_THROW(AttendanceQueries(db, as(Role::CommuneOffice, tiny.ward)).historyOf(member["An"]), AccessDenied);
}

TEST_F(AttendanceQueriesTest, AttendanceByCellAndPastDueMeetings)
{
    // Expected per meeting: M1 7 (not Lan), M2 7 and M3 7 (not Hải), M4 8 → 29.
    // Present 3+1+1+0 = 5; excused 0+1+2+1 = 4; unexcused 4+5+4+6 = 19; unmarked 1 (Khoa, M4).
    const QList<storage::CellAttendance> cells =
        AttendanceQueries(db, board()).attendanceByCell(QDate(2024, 1, 1), QDate(2024, 12, 31));
    ASSERT_EQ(cells.size(), 1);
    EXPECT_EQ(cells[0].code, QStringLiteral("P.D1.C1.K1"));
    EXPECT_EQ(cells[0].meetings, 4);
    EXPECT_EQ(cells[0].expected, 29);
    EXPECT_EQ(cells[0].present, 5);
    EXPECT_EQ(cells[0].absentExcused, 4);
    EXPECT_EQ(cells[0].absentUnexcused, 19);
    EXPECT_EQ(cells[0].unmarked(), 1);
    // The second half of the year: M3 and M4 → 15 expected, 1 present.
    const auto second = AttendanceQueries(db, board()).attendanceByCell(QDate(2024, 7, 1), QDate(2024, 12, 31));
    ASSERT_EQ(second.size(), 1);
    EXPECT_EQ(second[0].meetings, 2);
    EXPECT_EQ(second[0].expected, 15);
    EXPECT_EQ(second[0].present, 1);
    EXPECT_TRUE(AttendanceQueries(db, as(Role::CommuneOffice, tiny.ward))
                    .attendanceByCell(QDate(2024, 1, 1), QDate(2024, 12, 31))
                    .isEmpty());

    // Planning 2024: the village has its two periods covered; the residential group
    // gets 15/02 and 15/08, both past due by 01/12/2024, only one by 01/07/2024.
    ASSERT_TRUE(MeetingService(db, board()).planYear(tiny.province, 2024).outcome.ok());
    EXPECT_EQ(AttendanceQueries(db, board()).pastDueCount(QDate(2024, 12, 1)), 2);
    EXPECT_EQ(AttendanceQueries(db, board()).pastDueCount(QDate(2024, 7, 1)), 1);
    EXPECT_EQ(AttendanceQueries(db, board()).pastDueCount(QDate(2024, 2, 15)), 0) << "due on the day is not past due";
    EXPECT_EQ(AttendanceQueries(db, board()).pastDueCount(QDate(2024, 12, 1), pathOf(tiny.commune)), 0);
    EXPECT_EQ(AttendanceQueries(db, as(Role::CommuneOffice, tiny.ward)).pastDueCount(QDate(2024, 12, 1)), 2);
    EXPECT_EQ(AttendanceQueries(db, as(Role::CommuneOffice, tiny.commune)).pastDueCount(QDate(2024, 12, 1)), 0);
    EXPECT_EQ(AttendanceQueries(db, as(Role::CommuneOffice, tiny.commune)).pastDueCount(QDate(2024, 12, 1), pathOf(tiny.province)), 0);
}

TEST_F(AttendanceQueriesTest, ACellIsCrowdedAboveTheThresholdNotAtIt)
{
    // 151 working members living in the ward's residential group, referred and assigned
    // there on 01/03/2025; one of them assigned only on 01/04/2025.
    QList<Member> people;
    for (int i = 0; i < 151; ++i) {
        Member m = test::validMember(QStringLiteral("Nguyễn Văn Số %1").arg(i + 1), tiny.workplace, 1000 + i);
        m.residenceCommuneId = tiny.ward;
        m.residenceCellId = tiny.group;
        people.append(m);
    }
    {
        storage::Transaction tx(db, QStringLiteral("setup"));
        storage::MemberRepository(db).insertMany(people);
        tx.commit();
    }
    QList<ReferralService::Issue> requests;
    for (const Member &m : people)
        requests.append(ReferralService::Issue{m.id, {}});
    QList<Referral> made;
    ASSERT_TRUE(ReferralService(db, as(Role::WorkplaceOfficer, tiny.workplace)).issue(requests, QDate(2025, 2, 1), &made).ok());
    ASSERT_EQ(made.size(), 151);
    ReferralService ward(db, as(Role::CommuneOffice, tiny.ward));
    QList<qint64> ids;
    QList<ReferralService::Assignment> assignments;
    for (const Referral &r : made) {
        ids << r.id;
        if (assignments.size() < 150)
            assignments.append({r.id, tiny.group});
    }
    ASSERT_TRUE(ward.receive(ids, QDate(2025, 2, 10)).ok());
    ASSERT_TRUE(ward.assign(assignments, QDate(2025, 3, 1)).ok());
    ASSERT_TRUE(ward.assign(ids.last(), tiny.group, QDate(2025, 4, 1)).ok());
    Meeting m;
    m.cellId = tiny.group;
    m.date = QDate(2025, 2, 15);
    m.venue = QStringLiteral("Nhà văn hóa tổ 1");
    m.venueCapacity = 120;
    ASSERT_TRUE(MeetingService(db, as(Role::CellSecretary, tiny.group)).save(m).ok());

    const AttendanceQueries q(db, board());
    EXPECT_TRUE(q.crowdedCells(150, QDate(2025, 3, 15)).isEmpty()) << "exactly 150 is not crowded";
    QList<storage::CrowdedCell> crowded = q.crowdedCells(150, QDate(2025, 4, 1));
    ASSERT_EQ(crowded.size(), 1) << "151 is";
    EXPECT_EQ(crowded[0].cellId, tiny.group);
    EXPECT_EQ(crowded[0].referred, 151);
    EXPECT_EQ(crowded[0].communeName, QStringLiteral("Đảng bộ thị trấn Diêm Điền"));
    EXPECT_EQ(crowded[0].venue, QStringLiteral("Nhà văn hóa tổ 1"));
    EXPECT_EQ(crowded[0].venueCapacity, 120);
    // The village's 7 active members are below the default (Lan's referral has ended).
    EXPECT_EQ(q.crowdedCells(6).size(), 2);
    EXPECT_EQ(q.crowdedCells(6).last().referred, 7);
    EXPECT_EQ(q.crowdedCells(7).size(), 1);

    // An exempt member is not counted: 150 again.
    ASSERT_TRUE(ward.setExemption(ids.first(), ExemptionReason::StudentAway, QDate(2025, 5, 1), {}).ok());
    EXPECT_TRUE(q.crowdedCells(150, QDate(2025, 5, 1)).empty());
    EXPECT_EQ(q.crowdedCells(150, QDate(2025, 4, 30)).size(), 1);

    // Roles and scope: the ward's office sees it; the commune's and a workplace officer do not.
    EXPECT_EQ(AttendanceQueries(db, as(Role::CommuneOffice, tiny.ward)).crowdedCells(150, QDate(2025, 4, 1)).size(), 1);
    EXPECT_TRUE(AttendanceQueries(db, as(Role::CommuneOffice, tiny.commune)).crowdedCells(150, QDate(2025, 4, 1)).empty());
    EXPECT_TRUE(AttendanceQueries(db, as(Role::WorkplaceOfficer, tiny.workplace)).crowdedCells(150, QDate(2025, 4, 1)).empty());
    EXPECT_TRUE(q.crowdedCells(150, QDate(2025, 4, 1), pathOf(tiny.commune)).empty());
    EXPECT_EQ(q.crowdedCells(150, QDate(2025, 4, 1), pathOf(tiny.district)).size(), 1);
}
