// The referral coverage and attendance reports (issue 6, docs/reports/coverage.md
// and docs/reports/attendance.md): hand-built provinces whose every figure is worked
// out by hand below, then the small demo province against plain SQL and a count
// made with the domain's own sheet rule, written here independently of the report.
#include "domain/meetings.h"
#include "reports/report_catalogue.h"
#include "services/meeting_service.h"
#include "services/member_service.h"
#include "services/referral_service.h"
#include "storage/organisation_repository.h"
#include "storage/sql_util.h"
#include "support/test_support.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>
#include <gtest/gtest.h>
#include <map>
#include <string>

using namespace cutru;
using reports::Grouping;
using reports::Report;
using reports::ReportRow;
using reports::ReportTable;

namespace {

const QDate kToday(2025, 6, 1);

// One user who may do everything the fixtures need: issue (workplace officer),
// receive and assign (commune office), record meetings (cell secretary) and set the
// rules (provincial board), each over the whole province.
ActingUser clerk(const storage::Database &db, qint64 province)
{
    const QString path = storage::OrganisationRepository(db).pathOf(province);
    QList<RoleGrant> grants;
    for (Role role : {Role::ProvincialBoard, Role::WorkplaceOfficer, Role::CommuneOffice, Role::CellSecretary})
        grants.append(RoleGrant{role, province, path, QStringLiteral("P")});
    ActingUser u;
    u.name = QStringLiteral("clerk");
    u.fullName = QStringLiteral("clerk");
    u.permissions = Permissions(grants);
    return u;
}

const ReportRow *rowNamed(const ReportTable &t, const QString &name)
{
    for (const ReportRow &r : t.rows)
        if (r.cells.value(0).toString() == name)
            return &r;
    return nullptr;
}

// The numeric cells of a row from `first` on, as "1 2 3 45.5": a rate with one
// decimal, "-" for null.
std::string numbers(const ReportRow *row, int first)
{
    if (!row)
        return "no such row";
    QStringList out;
    for (int i = first; i < row->cells.size(); ++i) {
        const QVariant v = row->cells[i];
        if (v.isNull())
            out << QStringLiteral("-");
        else if (v.typeId() == QMetaType::Double)
            out << QString::number(v.toDouble(), 'f', 1);
        else
            out << QString::number(v.toInt());
    }
    return out.join(QLatin1Char(' ')).toStdString();
}

std::string numbers(const ReportTable &t, const QString &name, int first)
{
    return numbers(rowNamed(t, name), first);
}

const ReportRow *totalOf(const ReportTable &t)
{
    return !t.rows.isEmpty() && t.rows.last().total ? &t.rows.last() : nullptr;
}

QStringList headers(const ReportTable &t)
{
    QStringList out;
    for (const auto &c : t.columns)
        out << c.header;
    return out;
}

void expectOk(const SaveOutcome &o, const char *what)
{
    ASSERT_TRUE(o.ok()) << what << ": " << o.message.toStdString()
                        << (o.errors.isEmpty() ? std::string() : o.errors.first().message.toStdString());
}

// ---- Coverage ------------------------------------------------------------------------
//
// Tiny province + W2 (state-owned enterprise under the district, with a cell W2.K1),
// W3 (army and police under the province), district D2 with commune C3 and its village.
// Working members and their referrals (letters by the member's workplace; C1 = the
// tiny commune with the village, C2 = the township):
//   W1  An     lives C1; issued 01/03/2024, received 10/03, assigned 15/03
//       Bình   lives C1; issued 01/05/2023, received 10/05/2023, assigned 20/05/2023
//       Cường  lives C2; issued 30/11/2024, not received (31 days before 31/12: overdue)
//       Dũng   lives C2 but the letter goes to C1; issued 01/12/2024 (30 days: not overdue)
//       Giang  lives C1; issued 01/02/2023, received, assigned; ended 30/06/2024 (retired)
//       Hải    lives C1; issued 01/02/2023, received, assigned; exempt 01/01/2024–30/06/2025
//       Khoa   lives C1; issued 01/02/2023, received, assigned; exempt 01/01/2023–30/06/2024
//       Lan    lives C1; not to be referred (Guideline 33), never referred
//       Minh   lives C1; never referred
//       Nam    lives C1; issued 10/01/2025 (after the period)
//   W2  Oanh   held in W2, lives C3; issued 01/02/2024 to C3, received 10/02, not assigned
//       Phúc   held in W2, lives C1; issued 05/01/2023 to C2, received 10/01/2023, assigned
//              20/01/2023 to the township's cell; moved 01/09/2024 to C1, received 10/09
//       Quyên  held in the cell W2.K1, lives C1; never referred
//   W3  Quân   lives outside the province; issued 01/04/2024 to an outside committee,
//              reply slip 20/04/2024
//       Sơn    lives C3; issued 01/03/2023 to C3, received 10/03, assigned 15/03/2023;
//              ended 01/10/2024; then not to be referred
// and Tâm, held in the village cell: not a working member.
class CoverageReportTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        w2 = test::addOrganisation(db, tiny.district, OrgLevel::Workplace, "state_owned_enterprise", "P.D1.W2",
                             QStringLiteral("Đảng bộ Công ty Điện lực Thái Thụy"));
        w2cell = test::addOrganisation(db, w2, OrgLevel::Cell, "other", "P.D1.W2.K1", QStringLiteral("Chi bộ Phân xưởng 1"));
        w3 = test::addOrganisation(db, tiny.province, OrgLevel::Workplace, "army_and_police", "P.W3",
                             QStringLiteral("Đảng bộ Bộ Chỉ huy Quân sự tỉnh"));
        d2 = test::addOrganisation(db, tiny.province, OrgLevel::District, "", "P.D2", QStringLiteral("Huyện ủy Kiến Xương"));
        c3 = test::addOrganisation(db, d2, OrgLevel::Commune, "xa", "P.D2.C3", QStringLiteral("Đảng bộ xã Quang Trung"));
        k3 = test::addOrganisation(db, c3, OrgLevel::Cell, "village", "P.D2.C3.K1", QStringLiteral("Chi bộ thôn Đông"));

        MemberService members(db, admin);
        int serial = 100;
        auto add = [&](const char *given, qint64 cell, qint64 commune, qint64 residenceCell) {
            Member m = test::validMember(QStringLiteral("Phạm Văn ") + QString::fromUtf8(given), cell, ++serial);
            m.residenceCommuneId = commune;
            m.residenceCellId = residenceCell;
            if (commune == 0)
                m.residenceProvince = QStringLiteral("Nam Định");
            const SaveOutcome o = members.save(m);
            EXPECT_TRUE(o.ok()) << given << " " << o.message.toStdString()
                                << (o.errors.isEmpty() ? std::string() : o.errors.first().message.toStdString());
            id[QString::fromUtf8(given)] = m.id;
        };
        for (const char *g : {"An", "Bình", "Giang", "Hải", "Khoa", "Lan", "Minh", "Nam"})
            add(g, tiny.workplace, tiny.commune, tiny.village);
        add("Cường", tiny.workplace, tiny.ward, tiny.group);
        add("Dũng", tiny.workplace, tiny.ward, tiny.group);
        add("Oanh", w2, c3, k3);
        add("Phúc", w2, tiny.commune, tiny.village);
        add("Quyên", w2cell, tiny.commune, tiny.village);
        add("Quân", w3, 0, 0);
        add("Sơn", w3, c3, k3);
        add("Tâm", tiny.village, tiny.commune, tiny.village);

        ReferralService referrals(db, admin);
        auto issue = [&](const char *given, const QDate &on, ReferralService::Destination to = {}) {
            QList<Referral> made;
            const SaveOutcome o = referrals.issue({{id[QString::fromUtf8(given)], to}}, on, &made);
            EXPECT_TRUE(o.ok()) << given << " " << o.message.toStdString()
                                << (o.errors.isEmpty() ? std::string() : o.errors.first().message.toStdString());
            return made.isEmpty() ? qint64(0) : made.first().id;
        };
        auto receiveAssign = [&](qint64 ref, const QDate &received, qint64 cell, const QDate &assigned) {
            expectOk(referrals.receive({ref}, received), "receive");
            if (cell > 0)
                expectOk(referrals.assign(ref, cell, assigned), "assign");
        };
        receiveAssign(issue("An", QDate(2024, 3, 1)), QDate(2024, 3, 10), tiny.village, QDate(2024, 3, 15));
        receiveAssign(issue("Bình", QDate(2023, 5, 1)), QDate(2023, 5, 10), tiny.village, QDate(2023, 5, 20));
        issue("Cường", QDate(2024, 11, 30));
        issue("Dũng", QDate(2024, 12, 1), {tiny.commune, {}, {}});
        const qint64 giang = issue("Giang", QDate(2023, 2, 1));
        receiveAssign(giang, QDate(2023, 2, 10), tiny.village, QDate(2023, 2, 20));
        expectOk(referrals.end(giang, ReferralEndReason::Retired, QDate(2024, 6, 30)), "end Giang");
        const qint64 hai = issue("Hải", QDate(2023, 2, 1));
        receiveAssign(hai, QDate(2023, 2, 10), tiny.village, QDate(2023, 2, 20));
        expectOk(referrals.setExemption(hai, ExemptionReason::AwayOrMobile, QDate(2024, 1, 1), QDate(2025, 6, 30)),
                 "exempt Hải");
        const qint64 khoa = issue("Khoa", QDate(2023, 2, 1));
        receiveAssign(khoa, QDate(2023, 2, 10), tiny.village, QDate(2023, 2, 20));
        expectOk(referrals.setExemption(khoa, ExemptionReason::FullTimeCourse, QDate(2023, 1, 1), QDate(2024, 6, 30)),
                 "exempt Khoa");
        expectOk(referrals.setNotReferred(id[QStringLiteral("Lan")], true, QStringLiteral("Nhiệm vụ đặc biệt")),
                 "Lan not referred");
        issue("Nam", QDate(2025, 1, 10));
        receiveAssign(issue("Oanh", QDate(2024, 2, 1)), QDate(2024, 2, 10), 0, {});
        const qint64 phuc = issue("Phúc", QDate(2023, 1, 5), {tiny.ward, {}, {}});
        receiveAssign(phuc, QDate(2023, 1, 10), tiny.group, QDate(2023, 1, 20));
        Referral moved;
        expectOk(referrals.move(phuc, QDate(2024, 9, 1), {tiny.commune, {}, {}}, &moved), "move Phúc");
        receiveAssign(moved.id, QDate(2024, 9, 10), 0, {});
        const qint64 quan = issue("Quân", QDate(2024, 4, 1),
                                  {0, QStringLiteral("Đảng ủy xã Hải Anh"), QStringLiteral("Hải Hậu, Nam Định")});
        expectOk(referrals.recordExternalReply(quan, QDate(2024, 4, 20)), "reply slip");
        const qint64 son = issue("Sơn", QDate(2023, 3, 1));
        receiveAssign(son, QDate(2023, 3, 10), k3, QDate(2023, 3, 15));
        expectOk(referrals.end(son, ReferralEndReason::Other, QDate(2024, 10, 1), QStringLiteral("Điều động")), "end Sơn");
        expectOk(referrals.setNotReferred(id[QStringLiteral("Sơn")], true, QStringLiteral("Đơn vị sẵn sàng chiến đấu")),
                 "Sơn not referred");
    }

    Report report(const QString &scope, const ReportPeriod &period, const ActingUser &user, int overdueDays = 30,
                  const QDate &today = kToday)
    {
        reports::ReportRequest r;
        r.name = QStringLiteral("coverage");
        r.scopeCode = scope;
        r.period = period;
        r.overdueDays = overdueDays;
        return reports::makeReport(db, user, r, today);
    }
    Report report(const QString &scope, const ReportPeriod &period, int overdueDays = 30, const QDate &today = kToday)
    {
        return report(scope, period, admin, overdueDays, today);
    }

    test::TempFolder dir;
    storage::Database db = storage::Database::open(dir.database(QStringLiteral("coverage.cutru")));
    test::TinyProvince tiny = test::buildTinyProvince(db);
    ActingUser admin = clerk(db, tiny.province);
    qint64 w2 = 0, w2cell = 0, w3 = 0, d2 = 0, c3 = 0, k3 = 0;
    QHash<QString, qint64> id;
};

// Columns after the labels: working, not to be referred, referred, newly referred,
// received, assigned, pending, overdue, exempt, coverage %.
TEST_F(CoverageReportTest, TheProvinceCountsEveryWorkingMemberAsOfThePeriodsEnd)
{
    const Report r = report(QStringLiteral("P"), ReportPeriod::year(2024));
    ASSERT_EQ(r.tables.size(), 2);
    const ReportTable &types = r.tables[0];
    EXPECT_EQ(headers(types),
              QStringList({QStringLiteral("Type of workplace"), QStringLiteral("Working members"),
                           QStringLiteral("Not to be referred"), QStringLiteral("Referred"),
                           QStringLiteral("Newly referred in the period"), QStringLiteral("Received"),
                           QStringLiteral("Assigned to a cell"), QStringLiteral("Pending"), QStringLiteral("Overdue"),
                           QStringLiteral("Exempt"), QStringLiteral("Coverage")}));
    EXPECT_TRUE(types.columns.last().percent);
    // All eight types, in the source's order, then the totals.
    ASSERT_EQ(types.rows.size(), 9);
    EXPECT_EQ(types.rows[0].cells[0].toString(), QStringLiteral("State-owned enterprise"));
    EXPECT_EQ(types.rows[7].cells[0].toString(), QStringLiteral("Other workplace"));
    // W1: Giang ended, Nam's letter after the period, Lan not to be referred, Minh never;
    // Cường pending and overdue (31 days), Dũng pending (30 days); Hải exempt on 31/12,
    // Khoa's exemption over; coverage 4 ÷ (10 − 1).
    EXPECT_EQ(numbers(types, QStringLiteral("Administrative agency"), 1), "10 1 6 3 4 4 2 1 1 44.4");
    // W2: Quyên (held in W2's cell) is a working member, never referred; Phúc's latest
    // letter (the move) received, not yet assigned.
    EXPECT_EQ(numbers(types, QStringLiteral("State-owned enterprise"), 1), "3 0 2 2 2 0 0 0 0 66.7");
    // W3: Quân's reply slip counts as received; Sơn, ended and then not to be referred.
    EXPECT_EQ(numbers(types, QStringLiteral("Army and police"), 1), "2 1 1 1 1 0 0 0 0 100.0");
    EXPECT_EQ(numbers(types, QStringLiteral("Private enterprise"), 1), "0 0 0 0 0 0 0 0 0 -");
    ASSERT_TRUE(totalOf(types));
    EXPECT_TRUE(totalOf(types)->emphasised);
    EXPECT_EQ(numbers(totalOf(types), 1), "15 2 9 6 7 4 2 1 1 53.8");

    const ReportTable &orgs = r.tables[1];
    EXPECT_EQ(orgs.columns[1].header, QStringLiteral("Type of workplace"));
    ASSERT_EQ(orgs.rows.size(), 4);
    EXPECT_EQ(numbers(orgs, QStringLiteral("Chi bộ Sở Tài chính"), 2), "10 1 6 3 4 4 2 1 1 44.4");
    EXPECT_EQ(rowNamed(orgs, QStringLiteral("Chi bộ Sở Tài chính"))->cells[1].toString(),
              QStringLiteral("Administrative agency"));
    EXPECT_EQ(numbers(orgs, QStringLiteral("Đảng bộ Công ty Điện lực Thái Thụy"), 2), "3 0 2 2 2 0 0 0 0 66.7");
    EXPECT_EQ(numbers(orgs, QStringLiteral("Đảng bộ Bộ Chỉ huy Quân sự tỉnh"), 2), "2 1 1 1 1 0 0 0 0 100.0");
    EXPECT_EQ(numbers(totalOf(orgs), 2), "15 2 9 6 7 4 2 1 1 53.8");
    // Each workplace organisation under the province opens its own report.
    EXPECT_EQ(rowNamed(orgs, QStringLiteral("Chi bộ Sở Tài chính"))->drillScope, QStringLiteral("P.W1"));
    EXPECT_EQ(rowNamed(orgs, QStringLiteral("Đảng bộ Công ty Điện lực Thái Thụy"))->drillScope, QStringLiteral("P.D1.W2"));
    EXPECT_TRUE(totalOf(orgs)->drillScope.isEmpty());
    EXPECT_TRUE(types.rows[0].drillScope.isEmpty());

    // The chart: the types with someone to refer, in the source's order.
    ASSERT_TRUE(r.chart.has_value());
    EXPECT_TRUE(r.chart->percent);
    EXPECT_EQ(r.chart->categories, QStringList({QStringLiteral("State-owned enterprise"),
                                                QStringLiteral("Administrative agency"),
                                                QStringLiteral("Army and police")}));
    ASSERT_EQ(r.chart->values.size(), 3);
    EXPECT_NEAR(r.chart->values[0], 200.0 / 3, 1e-9);
    EXPECT_NEAR(r.chart->values[1], 400.0 / 9, 1e-9);
    EXPECT_NEAR(r.chart->values[2], 100.0, 1e-9);
    EXPECT_EQ(r.name, QStringLiteral("coverage"));
    EXPECT_EQ(r.scopeCode, QStringLiteral("P"));
}

TEST_F(CoverageReportTest, TheDaysOnTheBoundariesCountAsDocumented)
{
    // As of 30/06/2024: Giang's referral ended that day (not referred); Khoa's exemption
    // ends that day (still exempt); Cường, Dũng and Nam have no letter yet; Phúc's
    // latest letter is the first (assigned); Sơn is still referred, so not counted as
    // "not to be referred" although he is now on that list.
    const Report r = report(QStringLiteral("P"), ReportPeriod::halfYear(2024, 1));
    const ReportTable &types = r.tables[0];
    EXPECT_EQ(numbers(types, QStringLiteral("Administrative agency"), 1), "10 1 4 1 4 4 0 0 2 44.4");
    EXPECT_EQ(numbers(types, QStringLiteral("State-owned enterprise"), 1), "3 0 2 1 2 1 0 0 0 66.7");
    EXPECT_EQ(numbers(types, QStringLiteral("Army and police"), 1), "2 0 2 1 2 1 0 0 0 100.0");
    EXPECT_EQ(numbers(totalOf(types), 1), "15 1 8 3 8 6 0 0 2 57.1");

    // Overdue after 29 days: Dũng's 30 days are overdue too.
    EXPECT_EQ(numbers(report(QStringLiteral("P"), ReportPeriod::year(2024), 29).tables[0],
                      QStringLiteral("Administrative agency"), 1),
              "10 1 6 3 4 4 2 2 1 44.4");
    // The figures stop at the day of the report: on 15/12/2024 Cường's 15 days are
    // not overdue; Dũng's letter is still newly issued.
    EXPECT_EQ(numbers(report(QStringLiteral("P"), ReportPeriod::year(2024), 30, QDate(2024, 12, 15)).tables[0],
                      QStringLiteral("Administrative agency"), 1),
              "10 1 6 3 4 4 2 0 1 44.4");
}

TEST_F(CoverageReportTest, ACommuneSeesTheMembersReferredToItOrLivingThere)
{
    // C1: the W1 members living there, and Dũng, whose letter goes there although he
    // lives in C2; Phúc (moved there) and Quyên (lives there) of W2. Not Cường, Oanh,
    // the W3 members.
    const ActingUser office = test::userWithRole(QStringLiteral("office"), Role::CommuneOffice, db, tiny.commune);
    const Report r = report(QString(), ReportPeriod::year(2024), office);
    EXPECT_EQ(r.scopeCode, QStringLiteral("P.D1.C1"));
    const ReportTable &types = r.tables[0];
    EXPECT_EQ(numbers(types, QStringLiteral("Administrative agency"), 1), "9 1 5 2 4 4 1 0 1 50.0");
    EXPECT_EQ(numbers(types, QStringLiteral("State-owned enterprise"), 1), "2 0 1 1 1 0 0 0 0 50.0");
    EXPECT_EQ(numbers(types, QStringLiteral("Army and police"), 1), "0 0 0 0 0 0 0 0 0 -");
    EXPECT_EQ(numbers(totalOf(types), 1), "11 1 6 3 5 4 1 0 1 50.0");
    const ReportTable &orgs = r.tables[1];
    ASSERT_EQ(orgs.rows.size(), 3);
    // The workplace organisations are not under the commune: no drill-down there.
    for (const ReportRow &row : orgs.rows)
        EXPECT_TRUE(row.drillScope.isEmpty()) << row.cells[0].toString().toStdString();

    // C2: Cường and Dũng live there (Dũng's letter went to C1).
    EXPECT_EQ(numbers(totalOf(report(QStringLiteral("P.D1.C2"), ReportPeriod::year(2024)).tables[0]), 1),
              "2 0 2 2 0 0 2 1 0 0.0");
    // C3: Oanh and Sơn live there.
    EXPECT_EQ(numbers(totalOf(report(QStringLiteral("P.D2.C3"), ReportPeriod::year(2024)).tables[0]), 1),
              "2 1 1 1 1 0 0 0 0 100.0");
    // The district: W2 is under it (drill-down), W1's members live in its communes.
    const Report district = report(QStringLiteral("P.D1"), ReportPeriod::year(2024));
    EXPECT_EQ(numbers(totalOf(district.tables[0]), 1), "13 1 8 5 6 4 2 1 1 50.0");
    EXPECT_EQ(rowNamed(district.tables[1], QStringLiteral("Đảng bộ Công ty Điện lực Thái Thụy"))->drillScope,
              QStringLiteral("P.D1.W2"));
    EXPECT_TRUE(rowNamed(district.tables[1], QStringLiteral("Chi bộ Sở Tài chính"))->drillScope.isEmpty());
}

TEST_F(CoverageReportTest, AWorkplaceOfficerSeesItsOwnMembersWhereverTheyLive)
{
    const ActingUser officer = test::userWithRole(QStringLiteral("officer"), Role::WorkplaceOfficer, db, tiny.workplace);
    const Report r = report(QString(), ReportPeriod::year(2024), officer);
    EXPECT_EQ(numbers(totalOf(r.tables[0]), 1), "10 1 6 3 4 4 2 1 1 44.4");
    ASSERT_EQ(r.tables[1].rows.size(), 2);
    EXPECT_TRUE(r.tables[1].rows[0].drillScope.isEmpty()) << "the scope itself";
    EXPECT_THROW(report(QStringLiteral("P.D1.W2"), ReportPeriod::year(2024), officer), AccessDenied);
    // W3's cell-less members: Quân lives outside the province, still counted.
    EXPECT_EQ(numbers(totalOf(report(QStringLiteral("P.W3"), ReportPeriod::year(2024)).tables[0]), 1),
              "2 1 1 1 1 0 0 0 0 100.0");
}

TEST_F(CoverageReportTest, NobodyToReferHasNoRate)
{
    // The group cell of the township: only Cường and Dũng live there, neither received.
    const Report r = report(QStringLiteral("P.D1.C2.K1"), ReportPeriod::year(2024));
    EXPECT_EQ(numbers(totalOf(r.tables[0]), 1), "2 0 2 2 0 0 2 1 0 0.0");
    // A new commune where no working member lives: nobody at all.
    test::addOrganisation(db, d2, OrgLevel::Commune, "xa", "P.D2.C5", QStringLiteral("Đảng bộ xã Vũ Hòa"));
    const Report empty = report(QStringLiteral("P.D2.C5"), ReportPeriod::year(2024));
    EXPECT_EQ(numbers(totalOf(empty.tables[0]), 1), "0 0 0 0 0 0 0 0 0 -");
    EXPECT_EQ(empty.tables[1].rows.size(), 1) << "the totals row alone";
    ASSERT_TRUE(empty.chart.has_value());
    EXPECT_TRUE(empty.chart->categories.isEmpty());
}

// ---- Attendance ---------------------------------------------------------------------
//
// Tiny province + village K2 and a school cell in C1, district D2 with commune C3 and
// village K3 (nobody), and ward C4 directly under the province with group cell K4.
// Rules: Regulation 213 (15/02 for 01/01–31/07, 15/08 for 01/08–31/12). Working
// members of W1, referred and assigned:
//   K1: a1 a2 a3 a4 a5 assigned 01/12/2023; a4 exempt 01/01–31/12/2024; a5 ended
//       15/05/2024; d1 from 10/07/2024 (moved from K4)
//   K2: b2 assigned 01/03/2024, exempt 01/03–31/07/2024; b1 b3 b4 b5 assigned 01/09/2024
//   G1 (the township's group cell): c1 assigned 10/01/2024
//   K4: d1 assigned 01/06/2024, moved 01/07/2024
// Held meetings (p present, e absent with reason, u without, - not marked):
//   K1 20/12/2023 periodic a1–a5 p (outside the period)
//      15/02/2024 periodic a1 p, a2 p, a3 e, a5 u (a4 exempt), the village's own member p
//      15/05/2024 thematic a1 p, a2 p, a3 p (a5 ended that day)
//      15/08/2024 periodic a1 p, a2 u, a3 -, d1 p
//      15/02/2025 periodic a1 p (after the period)
//   K2 10/10/2024 periodic b1 p, b2 p, b3 p, b4 p, b5 e (exactly 80 %)
//   G1 20/02/2024 periodic c1 p; 20/08/2024 planned, not held
//   K4 15/06/2024 periodic d1 u
class AttendanceReportTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        k2 = test::addOrganisation(db, tiny.commune, OrgLevel::Cell, "village", "P.D1.C1.K2",
                             QStringLiteral("Chi bộ thôn Phất Lộc Đông"));
        test::addOrganisation(db, tiny.commune, OrgLevel::Cell, "other", "P.D1.C1.K9", QStringLiteral("Chi bộ Trường Tiểu học"));
        d2 = test::addOrganisation(db, tiny.province, OrgLevel::District, "", "P.D2", QStringLiteral("Huyện ủy Kiến Xương"));
        c3 = test::addOrganisation(db, d2, OrgLevel::Commune, "xa", "P.D2.C3", QStringLiteral("Đảng bộ xã Quang Trung"));
        k3 = test::addOrganisation(db, c3, OrgLevel::Cell, "village", "P.D2.C3.K1", QStringLiteral("Chi bộ thôn Đông"));
        c4 = test::addOrganisation(db, tiny.province, OrgLevel::Commune, "phuong", "P.C4", QStringLiteral("Đảng bộ phường Trần Lãm"));
        k4 = test::addOrganisation(db, c4, OrgLevel::Cell, "residential_group", "P.C4.K1",
                             QStringLiteral("Chi bộ tổ dân phố số 4"));

        MemberService members(db, admin);
        int serial = 300;
        // Names have letters only: a1 is "Đỗ Văn An", and so on.
        const QHash<QString, QString> given{
            {QStringLiteral("a1"), QStringLiteral("An")},   {QStringLiteral("a2"), QStringLiteral("Ba")},
            {QStringLiteral("a3"), QStringLiteral("Ca")},   {QStringLiteral("a4"), QStringLiteral("Dân")},
            {QStringLiteral("a5"), QStringLiteral("Em")},   {QStringLiteral("b1"), QStringLiteral("Gia")},
            {QStringLiteral("b2"), QStringLiteral("Hà")},   {QStringLiteral("b3"), QStringLiteral("Kha")},
            {QStringLiteral("b4"), QStringLiteral("Lâm")},  {QStringLiteral("b5"), QStringLiteral("Mai")},
            {QStringLiteral("c1"), QStringLiteral("Nga")},  {QStringLiteral("d1"), QStringLiteral("Oanh")},
            {QStringLiteral("villager"), QStringLiteral("Thôn")}};
        auto add = [&](const char *name, qint64 cell, qint64 commune, qint64 residenceCell) {
            const QString key = QString::fromLatin1(name);
            Member m = test::validMember(QStringLiteral("Đỗ Văn ") + given.value(key), cell, ++serial);
            m.residenceCommuneId = commune;
            m.residenceCellId = residenceCell;
            expectOk(members.save(m), name);
            id[key] = m.id;
        };
        for (const char *n : {"a1", "a2", "a3", "a4", "a5"})
            add(n, tiny.workplace, tiny.commune, tiny.village);
        for (const char *n : {"b1", "b2", "b3", "b4", "b5"})
            add(n, tiny.workplace, tiny.commune, k2);
        add("c1", tiny.workplace, tiny.ward, tiny.group);
        add("d1", tiny.workplace, c4, k4);
        add("villager", tiny.village, tiny.commune, tiny.village);

        ReferralService referrals(db, admin);
        auto refer = [&](const char *name, const QDate &issued, qint64 cell, const QDate &assigned) {
            QList<Referral> made;
            expectOk(referrals.issue({{id[QString::fromLatin1(name)], {}}}, issued, &made), name);
            const qint64 r = made.isEmpty() ? 0 : made.first().id;
            expectOk(referrals.receive({r}, issued.addDays(5)), "receive");
            expectOk(referrals.assign(r, cell, assigned), "assign");
            ref[name] = r;
        };
        for (const char *n : {"a1", "a2", "a3", "a4", "a5"})
            refer(n, QDate(2023, 11, 20), tiny.village, QDate(2023, 12, 1));
        refer("b2", QDate(2024, 2, 20), k2, QDate(2024, 3, 1));
        for (const char *n : {"b1", "b3", "b4", "b5"})
            refer(n, QDate(2024, 2, 20), k2, QDate(2024, 9, 1));
        refer("c1", QDate(2024, 1, 2), tiny.group, QDate(2024, 1, 10));
        refer("d1", QDate(2024, 5, 20), k4, QDate(2024, 6, 1));
        expectOk(referrals.setExemption(ref["a4"], ExemptionReason::Barracks, QDate(2024, 1, 1), QDate(2024, 12, 31)),
                 "exempt a4");
        expectOk(referrals.setExemption(ref["b2"], ExemptionReason::StudentAway, QDate(2024, 3, 1), QDate(2024, 7, 31)),
                 "exempt b2");

        // Meetings before the end and the move, as they happened.
        meeting(tiny.village, QDate(2023, 12, 20), "a1 p, a2 p, a3 p, a4 p, a5 p");
        meeting(tiny.village, QDate(2024, 2, 15), "a1 p, a2 p, a3 e, a5 u, villager p");
        expectOk(referrals.end(ref["a5"], ReferralEndReason::Retired, QDate(2024, 5, 15)), "end a5");
        meeting(tiny.village, QDate(2024, 5, 15), "a1 p, a2 p, a3 p", MeetingKind::Thematic);
        meeting(tiny.group, QDate(2024, 2, 20), "c1 p");
        meeting(k4, QDate(2024, 6, 15), "d1 u");
        Referral moved;
        expectOk(referrals.move(ref["d1"], QDate(2024, 7, 1), {tiny.commune, {}, {}}, &moved), "move d1");
        expectOk(referrals.receive({moved.id}, QDate(2024, 7, 5)), "receive d1");
        expectOk(referrals.assign(moved.id, tiny.village, QDate(2024, 7, 10)), "assign d1");
        meeting(tiny.village, QDate(2024, 8, 15), "a1 p, a2 u, d1 p");
        meeting(k2, QDate(2024, 10, 10), "b1 p, b2 p, b3 p, b4 p, b5 e");
        meeting(tiny.village, QDate(2025, 2, 15), "a1 p");
        Meeting planned;
        planned.cellId = tiny.group;
        planned.date = QDate(2024, 8, 20);
        planned.held = false;
        expectOk(MeetingService(db, admin).save(planned), "planned meeting");
    }

    // Records a held meeting with the marks "name status, …".
    void meeting(qint64 cell, const QDate &date, const char *marks, MeetingKind kind = MeetingKind::Periodic)
    {
        MeetingService service(db, admin);
        Meeting m;
        m.cellId = cell;
        m.date = date;
        m.kind = kind;
        expectOk(service.save(m), "meeting");
        QList<Attendance> sheet;
        for (const QString &mark : QString::fromLatin1(marks).split(QStringLiteral(", "))) {
            const QString who = mark.section(QLatin1Char(' '), 0, 0);
            const QChar s = mark.section(QLatin1Char(' '), 1).at(0);
            const AttendanceStatus status = s == QLatin1Char('p')   ? AttendanceStatus::Present
                                            : s == QLatin1Char('e') ? AttendanceStatus::AbsentExcused
                                                                    : AttendanceStatus::AbsentUnexcused;
            sheet.append({m.id, id[who], status, s == QLatin1Char('e') ? QStringLiteral("Ốm") : QString()});
        }
        expectOk(service.record(m.id, sheet, 0, m.rowVersion), "record");
    }

    Report report(const QString &scope, Grouping grouping = Grouping::Children,
                  const ReportPeriod &period = ReportPeriod::year(2024), const QDate &today = kToday)
    {
        reports::ReportRequest r;
        r.name = QStringLiteral("attendance");
        r.scopeCode = scope;
        r.period = period;
        r.grouping = grouping;
        return reports::makeReport(db, admin, r, today);
    }

    void setTarget(int rate)
    {
        MeetingRules rules = MeetingService(db, admin).rules();
        rules.targetRate = rate;
        expectOk(MeetingService(db, admin).setRules(rules), "rules");
    }

    test::TempFolder dir;
    storage::Database db = storage::Database::open(dir.database(QStringLiteral("attendance.cutru")));
    test::TinyProvince tiny = test::buildTinyProvince(db);
    ActingUser admin = clerk(db, tiny.province);
    qint64 k2 = 0, d2 = 0, c3 = 0, k3 = 0, c4 = 0, k4 = 0;
    std::map<std::string, qint64> ref;
    QHash<QString, qint64> id;
};

// Columns after the labels: meetings due, held, referred members, expected, present,
// absent with reason, absent without reason, not marked, rate %.
TEST_F(AttendanceReportTest, ACommuneListsItsResidenceCells)
{
    const Report r = report(QStringLiteral("P.D1.C1"));
    ASSERT_EQ(r.tables.size(), 1);
    const ReportTable &t = r.tables[0];
    EXPECT_EQ(headers(t), QStringList({QStringLiteral("Organisation"), QStringLiteral("Meetings due"),
                                       QStringLiteral("Meetings held"), QStringLiteral("Referred members"),
                                       QStringLiteral("Expected"), QStringLiteral("Present"),
                                       QStringLiteral("Absent with reason"), QStringLiteral("Absent without reason"),
                                       QStringLiteral("Not marked"), QStringLiteral("Attendance rate")}));
    EXPECT_TRUE(t.columns.last().percent);
    ASSERT_EQ(t.rows.size(), 3) << "K1, K2 and the totals: the school cell is no residence cell";
    // K1: due 15/02 and 15/08; held 15/02, 15/05 (thematic), 15/08, not 20/12/2023 nor
    // 15/02/2025; referred a1–a5 and d1 (a4 exempt but assigned); expected 4 + 3 + 4
    // (a4 exempt, a5 ended on the day of the second, d1 from the third; the village's
    // own member not counted); a3 unmarked on 15/08.
    EXPECT_EQ(numbers(t, QStringLiteral("Chi bộ thôn Phất Lộc Tây"), 1), "2 3 6 11 7 1 2 1 63.6");
    // K2: nobody expected on any day of the first period (b2 exempt throughout it), so
    // only the 15/08 meeting is due; exactly 80 %.
    EXPECT_EQ(numbers(t, QStringLiteral("Chi bộ thôn Phất Lộc Đông"), 1), "1 1 5 5 4 1 0 0 80.0");
    EXPECT_EQ(numbers(totalOf(t), 1), "3 4 11 16 11 2 2 1 68.8");
    EXPECT_TRUE(totalOf(t)->emphasised);
    // The target (80 %): K1 under it, K2 exactly on it, the totals under it.
    EXPECT_TRUE(rowNamed(t, QStringLiteral("Chi bộ thôn Phất Lộc Tây"))->highlighted);
    EXPECT_FALSE(rowNamed(t, QStringLiteral("Chi bộ thôn Phất Lộc Đông"))->highlighted);
    EXPECT_TRUE(totalOf(t)->highlighted);
    // Cells are the last level: no drill-down.
    EXPECT_TRUE(rowNamed(t, QStringLiteral("Chi bộ thôn Phất Lộc Tây"))->drillScope.isEmpty());

    ASSERT_TRUE(r.chart.has_value());
    EXPECT_TRUE(r.chart->percent);
    ASSERT_TRUE(r.chart->target.has_value());
    EXPECT_EQ(*r.chart->target, 80.0);
    ASSERT_EQ(r.chart->categories.size(), 2);
    const int k1At = int(r.chart->categories.indexOf(QStringLiteral("Chi bộ thôn Phất Lộc Tây")));
    const int k2At = int(r.chart->categories.indexOf(QStringLiteral("Chi bộ thôn Phất Lộc Đông")));
    ASSERT_GE(k1At, 0);
    ASSERT_GE(k2At, 0);
    EXPECT_NEAR(r.chart->values[k1At], 700.0 / 11, 1e-9);
    EXPECT_NEAR(r.chart->values[k2At], 80.0, 1e-9);
}

TEST_F(AttendanceReportTest, TheTargetRateIsASettingWithTheMeetingRules)
{
    EXPECT_EQ(MeetingService(db, admin).rules().targetRate, 80) << "the default";
    setTarget(81);
    Report r = report(QStringLiteral("P.D1.C1"));
    EXPECT_TRUE(rowNamed(r.tables[0], QStringLiteral("Chi bộ thôn Phất Lộc Đông"))->highlighted) << "80 % < 81 %";
    EXPECT_EQ(*r.chart->target, 81.0);
    setTarget(63);
    r = report(QStringLiteral("P.D1.C1"));
    EXPECT_FALSE(rowNamed(r.tables[0], QStringLiteral("Chi bộ thôn Phất Lộc Tây"))->highlighted) << "63.6 % ≥ 63 %";
    setTarget(64);
    r = report(QStringLiteral("P.D1.C1"));
    EXPECT_TRUE(rowNamed(r.tables[0], QStringLiteral("Chi bộ thôn Phất Lộc Tây"))->highlighted) << "63.6 % < 64 %";

    // 1–100 only; the other rules keep their values.
    MeetingRules rules = MeetingService(db, admin).rules();
    for (int bad : {0, 101, -5}) {
        rules.targetRate = bad;
        const SaveOutcome o = MeetingService(db, admin).setRules(rules);
        ASSERT_EQ(o.status, SaveOutcome::Status::Invalid) << bad;
        EXPECT_EQ(o.errors.first().field, QStringLiteral("targetRate"));
    }
    rules.targetRate = 100;
    expectOk(MeetingService(db, admin).setRules(rules), "100 %");
    EXPECT_EQ(meetingRules(db).targetRate, 100);
    EXPECT_EQ(meetingRules(db).crowdedAbove, MeetingRules::kDefaultVenueCapacity);
    // Only the provincial board sets them.
    const ActingUser office = test::userWithRole(QStringLiteral("office"), Role::CommuneOffice, db, tiny.commune);
    rules.targetRate = 90;
    EXPECT_EQ(MeetingService(db, office).setRules(rules).status, SaveOutcome::Status::Denied);
}

TEST_F(AttendanceReportTest, TheProvinceListsDistrictsAndTheCommunesDirectlyUnderIt)
{
    const Report r = report(QStringLiteral("P"));
    const ReportTable &t = r.tables[0];
    ASSERT_EQ(t.rows.size(), 4) << "D1, D2, the ward C4 and the totals";
    EXPECT_EQ(numbers(t, QStringLiteral("Huyện ủy Thái Thụy"), 1), "5 5 12 17 12 2 2 1 70.6");
    EXPECT_EQ(numbers(t, QStringLiteral("Huyện ủy Kiến Xương"), 1), "0 0 0 0 0 0 0 0 -");
    EXPECT_EQ(numbers(t, QStringLiteral("Đảng bộ phường Trần Lãm"), 1), "1 1 1 1 0 0 1 0 0.0");
    // d1 was referred in D1 and in C4: once in the totals.
    EXPECT_EQ(numbers(totalOf(t), 1), "6 6 12 18 12 2 3 1 66.7");
    EXPECT_TRUE(rowNamed(t, QStringLiteral("Huyện ủy Thái Thụy"))->highlighted);
    EXPECT_FALSE(rowNamed(t, QStringLiteral("Huyện ủy Kiến Xương"))->highlighted) << "no rate, nothing to flag";
    EXPECT_TRUE(rowNamed(t, QStringLiteral("Đảng bộ phường Trần Lãm"))->highlighted);
    EXPECT_EQ(rowNamed(t, QStringLiteral("Huyện ủy Thái Thụy"))->drillScope, QStringLiteral("P.D1"));
    EXPECT_EQ(rowNamed(t, QStringLiteral("Đảng bộ phường Trần Lãm"))->drillScope, QStringLiteral("P.C4"));
    EXPECT_TRUE(totalOf(t)->drillScope.isEmpty());
    // No bar for D2, which has no rate.
    ASSERT_EQ(r.chart->categories.size(), 2);
    EXPECT_FALSE(r.chart->categories.contains(QStringLiteral("Huyện ủy Kiến Xương")));
    EXPECT_EQ(r.chart->values[int(r.chart->categories.indexOf(QStringLiteral("Đảng bộ phường Trần Lãm")))], 0.0);

    // "By district" is the same list: C4 has no district.
    EXPECT_EQ(report(QStringLiteral("P"), Grouping::District).tables[0].rows.size(), 4);
    // The district's children are its communes.
    const ReportTable d1 = report(QStringLiteral("P.D1")).tables[0];
    ASSERT_EQ(d1.rows.size(), 3);
    EXPECT_EQ(numbers(d1, QStringLiteral("Đảng bộ xã Thái Giang"), 1), "3 4 11 16 11 2 2 1 68.8");
    EXPECT_EQ(numbers(d1, QStringLiteral("Đảng bộ thị trấn Diêm Điền"), 1), "2 1 1 1 1 0 0 0 100.0");
    EXPECT_EQ(rowNamed(d1, QStringLiteral("Đảng bộ xã Thái Giang"))->drillScope, QStringLiteral("P.D1.C1"));
    EXPECT_FALSE(rowNamed(d1, QStringLiteral("Đảng bộ thị trấn Diêm Điền"))->highlighted);
    // A cell alone.
    const ReportTable k1 = report(QStringLiteral("P.D1.C1.K1")).tables[0];
    ASSERT_EQ(k1.rows.size(), 2);
    EXPECT_EQ(numbers(k1, QStringLiteral("Chi bộ thôn Phất Lộc Tây"), 1), "2 3 6 11 7 1 2 1 63.6");
    EXPECT_EQ(numbers(totalOf(k1), 1), "2 3 6 11 7 1 2 1 63.6");
}

TEST_F(AttendanceReportTest, RowsByCommuneOrCellComeFromTheWholeScope)
{
    const ReportTable byCommune = report(QStringLiteral("P"), Grouping::Commune).tables[0];
    EXPECT_EQ(byCommune.columns[1].header, QStringLiteral("Part of"));
    ASSERT_EQ(byCommune.rows.size(), 5);
    EXPECT_EQ(numbers(byCommune, QStringLiteral("Đảng bộ xã Thái Giang"), 2), "3 4 11 16 11 2 2 1 68.8");
    EXPECT_EQ(rowNamed(byCommune, QStringLiteral("Đảng bộ xã Thái Giang"))->cells[1].toString(),
              QStringLiteral("Huyện ủy Thái Thụy"));
    EXPECT_EQ(rowNamed(byCommune, QStringLiteral("Đảng bộ phường Trần Lãm"))->cells[1].toString(),
              QStringLiteral("Tỉnh ủy Thái Bình"));
    EXPECT_EQ(numbers(byCommune, QStringLiteral("Đảng bộ xã Quang Trung"), 2), "0 0 0 0 0 0 0 0 -");
    EXPECT_EQ(numbers(totalOf(byCommune), 2), "6 6 12 18 12 2 3 1 66.7");
    EXPECT_EQ(rowNamed(byCommune, QStringLiteral("Đảng bộ xã Quang Trung"))->drillScope, QStringLiteral("P.D2.C3"));

    const ReportTable byCell = report(QStringLiteral("P"), Grouping::Cell).tables[0];
    ASSERT_EQ(byCell.rows.size(), 6) << "five residence cells and the totals";
    EXPECT_EQ(numbers(byCell, QStringLiteral("Chi bộ tổ dân phố số 1"), 2), "2 1 1 1 1 0 0 0 100.0");
    EXPECT_EQ(numbers(byCell, QStringLiteral("Chi bộ tổ dân phố số 4"), 2), "1 1 1 1 0 0 1 0 0.0");
    EXPECT_EQ(rowNamed(byCell, QStringLiteral("Chi bộ tổ dân phố số 4"))->cells[1].toString(),
              QStringLiteral("Đảng bộ phường Trần Lãm"));
    EXPECT_EQ(numbers(totalOf(byCell), 2), "6 6 12 18 12 2 3 1 66.7");
    for (const ReportRow &row : byCell.rows)
        EXPECT_TRUE(row.drillScope.isEmpty());
    EXPECT_EQ(report(QStringLiteral("P.D1"), Grouping::Cell).tables[0].rows.size(), 4);
}

TEST_F(AttendanceReportTest, TheFiguresStopAtTheDayOfTheReport)
{
    // On 01/09/2024: K2's meeting of 10/10 is not held yet; the second period runs to
    // that day, and b1, b3–b5 were assigned on it, so K2 owes the 15/08 meeting.
    const ReportTable t =
        report(QStringLiteral("P.D1.C1"), Grouping::Children, ReportPeriod::year(2024), QDate(2024, 9, 1)).tables[0];
    EXPECT_EQ(numbers(t, QStringLiteral("Chi bộ thôn Phất Lộc Đông"), 1), "1 0 5 0 0 0 0 0 -");
    EXPECT_EQ(numbers(t, QStringLiteral("Chi bộ thôn Phất Lộc Tây"), 1), "2 3 6 11 7 1 2 1 63.6");
    // The first half-year: one meeting due per cell with members then; K1's 15/05
    // meeting and the 15/02 one; b2 exempt throughout, the others not yet assigned.
    const ReportTable h1 = report(QStringLiteral("P.D1.C1"), Grouping::Children, ReportPeriod::halfYear(2024, 1)).tables[0];
    EXPECT_EQ(numbers(h1, QStringLiteral("Chi bộ thôn Phất Lộc Tây"), 1), "1 2 5 7 5 1 1 0 71.4");
    EXPECT_EQ(numbers(h1, QStringLiteral("Chi bộ thôn Phất Lộc Đông"), 1), "0 0 1 0 0 0 0 0 -");
    // A period in the future: nothing yet.
    const ReportTable future =
        report(QStringLiteral("P.D1.C1"), Grouping::Children, ReportPeriod::year(2026), QDate(2025, 6, 1)).tables[0];
    EXPECT_EQ(numbers(totalOf(future), 1), "0 0 0 0 0 0 0 0 -");
}

// Regulation 76 with 4 meetings a year: 15/02, 15/05, 15/08 and 15/11, standing for
// 01/01–30/04, 01/05–31/07, 01/08–31/10 and 01/11–31/12. Besides the fixture, a new
// village K5 in C1 whose first member, e1, is assigned on 20/06/2024 and stays, with
// one periodic meeting on 10/09/2024 (e1 present).
TEST_F(AttendanceReportTest, Regulation76WithFourMeetingsAYear)
{
    MeetingRules rules = MeetingService(db, admin).rules();
    rules.profile = MeetingRuleProfile::Regulation76;
    rules.perYear76 = 4;
    expectOk(MeetingService(db, admin).setRules(rules), "Regulation 76, 4 a year");
    ASSERT_EQ(meetingRules(db).meetingsPerYear(), 4);

    const qint64 k5 = test::addOrganisation(db, tiny.commune, OrgLevel::Cell, "village", "P.D1.C1.K5",
                                      QStringLiteral("Chi bộ thôn Phất Lộc Nam"));
    Member e1 = test::validMember(QStringLiteral("Đỗ Văn Phong"), tiny.workplace, 399);
    e1.residenceCommuneId = tiny.commune;
    e1.residenceCellId = k5;
    expectOk(MemberService(db, admin).save(e1), "e1");
    id[QStringLiteral("e1")] = e1.id;
    ReferralService referrals(db, admin);
    QList<Referral> made;
    expectOk(referrals.issue({{e1.id, {}}}, QDate(2024, 6, 10), &made), "issue e1");
    ASSERT_EQ(made.size(), 1);
    expectOk(referrals.receive({made.first().id}, QDate(2024, 6, 15)), "receive e1");
    expectOk(referrals.assign(made.first().id, k5, QDate(2024, 6, 20)), "assign e1");
    meeting(k5, QDate(2024, 9, 10), "e1 p");

    const QString k1 = QStringLiteral("Chi bộ thôn Phất Lộc Tây");
    const QString k2name = QStringLiteral("Chi bộ thôn Phất Lộc Đông");
    const QString k5name = QStringLiteral("Chi bộ thôn Phất Lộc Nam");

    // The year 2024. K1: a1 expected throughout, so all 4 are due; held 15/02, 15/05
    // (thematic) and 15/08; the attendance figures do not depend on the profile.
    // K2: b2 exempt from her assignment (01/03) to 31/07, nobody else before 01/09:
    // nobody expected in the first two periods, so the 15/08 and 15/11 meetings only.
    // K5: e1 expected from 20/06, inside the 01/05–31/07 period, so the 15/05 meeting
    // is due though it was before she came, and 15/08, 15/11: 3 due, 1 held.
    const ReportTable year = report(QStringLiteral("P.D1.C1")).tables[0];
    ASSERT_EQ(year.rows.size(), 4) << "K1, K2, K5 and the totals";
    EXPECT_EQ(numbers(year, k1, 1), "4 3 6 11 7 1 2 1 63.6");
    EXPECT_EQ(numbers(year, k2name, 1), "2 1 5 5 4 1 0 0 80.0");
    EXPECT_EQ(numbers(year, k5name, 1), "3 1 1 1 1 0 0 0 100.0");
    EXPECT_EQ(numbers(totalOf(year), 1), "9 5 12 17 12 2 2 1 70.6");

    // Every cell of the province for 2024. G1: c1 from 10/01, so all 4 due; held
    // 20/02 only (20/08 planned, not held). K4: d1 from 01/06, moved away 01/07, so
    // only the 01/05–31/07 period's meeting is due.
    const ReportTable byCell = report(QStringLiteral("P"), Grouping::Cell).tables[0];
    ASSERT_EQ(byCell.rows.size(), 7) << "six residence cells and the totals";
    EXPECT_EQ(numbers(byCell, QStringLiteral("Chi bộ tổ dân phố số 1"), 2), "4 1 1 1 1 0 0 0 100.0");
    EXPECT_EQ(numbers(byCell, QStringLiteral("Chi bộ tổ dân phố số 4"), 2), "1 1 1 1 0 0 1 0 0.0");
    EXPECT_EQ(numbers(byCell, QStringLiteral("Chi bộ thôn Đông"), 2), "0 0 0 0 0 0 0 0 -");
    EXPECT_EQ(numbers(byCell, k5name, 2), "3 1 1 1 1 0 0 0 100.0");
    // 13 members referred: d1, in K1 and in K4, once.
    EXPECT_EQ(numbers(totalOf(byCell), 2), "14 7 13 19 13 2 3 1 68.4");

    // The first half of 2024 (to 30/06): the dates 15/02 and 15/05. K1 owes both
    // (a1); held 15/02 and 15/05; a1–a5 referred, d1 not yet. K2: b2 exempt all
    // along, nothing due. K5: e1 from 20/06, within 01/05–31/07 and on or before
    // 30/06: the 15/05 meeting is due, none held, e1 referred.
    const ReportTable h1 =
        report(QStringLiteral("P.D1.C1"), Grouping::Children, ReportPeriod::halfYear(2024, 1)).tables[0];
    EXPECT_EQ(numbers(h1, k1, 1), "2 2 5 7 5 1 1 0 71.4");
    EXPECT_EQ(numbers(h1, k2name, 1), "0 0 1 0 0 0 0 0 -");
    EXPECT_EQ(numbers(h1, k5name, 1), "1 0 1 0 0 0 0 0 -");
    EXPECT_EQ(numbers(totalOf(h1), 1), "3 2 7 7 5 1 1 0 71.4");

    // The second half (01/07–31/12): the dates 15/08 and 15/11, both due in every
    // cell. K1: held 15/08 only; a1–a4 and d1 referred (a5 ended 15/05); expected
    // a1, a2, a3, d1 (a4 exempt): a1 p, d1 p, a2 u, a3 not marked. K2: held 10/10.
    // K5: held 10/09. The 15/05 meeting K5 owed is not due again here.
    const ReportTable h2 =
        report(QStringLiteral("P.D1.C1"), Grouping::Children, ReportPeriod::halfYear(2024, 2)).tables[0];
    EXPECT_EQ(numbers(h2, k1, 1), "2 1 5 4 2 0 1 1 50.0");
    EXPECT_EQ(numbers(h2, k2name, 1), "2 1 5 5 4 1 0 0 80.0");
    EXPECT_EQ(numbers(h2, k5name, 1), "2 1 1 1 1 0 0 0 100.0");
    EXPECT_EQ(numbers(totalOf(h2), 1), "6 3 11 10 7 1 1 1 70.0");
}

TEST_F(AttendanceReportTest, GroupingsAtOrAboveTheScopeAreRefused)
{
    auto refused = [&](const QString &scope, Grouping g) {
        try {
            report(scope, g);
        } catch (const RequestError &e) {
            return e.userMessage();
        }
        return QString();
    };
    EXPECT_TRUE(refused(QStringLiteral("P.D1"), Grouping::District).contains(QStringLiteral("Huyện ủy Thái Thụy")));
    EXPECT_FALSE(refused(QStringLiteral("P.D1.C1"), Grouping::District).isEmpty());
    EXPECT_FALSE(refused(QStringLiteral("P.D1.C1"), Grouping::Commune).isEmpty());
    EXPECT_FALSE(refused(QStringLiteral("P.C4"), Grouping::Commune).isEmpty());
    EXPECT_FALSE(refused(QStringLiteral("P.D1.C1.K1"), Grouping::Cell).isEmpty());
    EXPECT_FALSE(refused(QStringLiteral("P.D1.C1.K1"), Grouping::Commune).isEmpty());
    // A workplace organisation is not in the residence tree.
    EXPECT_TRUE(refused(QStringLiteral("P.W1"), Grouping::Children).contains(QStringLiteral("Chi bộ Sở Tài chính")));
    // Allowed below the scope.
    EXPECT_TRUE(refused(QStringLiteral("P.D1"), Grouping::Commune).isEmpty());
    EXPECT_TRUE(refused(QStringLiteral("P.C4"), Grouping::Cell).isEmpty());
}

// ---- The small demo province against independent counts -------------------------------

class CoverageAttendanceDemoTest : public ::testing::Test {
protected:
    QSqlQuery run(const QString &sql, const QVariantList &values = {})
    {
        QSqlQuery q(raw.connection());
        EXPECT_TRUE(q.prepare(sql)) << sql.toStdString();
        for (const QVariant &v : values)
            q.addBindValue(v);
        EXPECT_TRUE(q.exec()) << sql.toStdString();
        return q;
    }
    qint64 idOf(const QString &code)
    {
        QSqlQuery q = run(QStringLiteral("SELECT id FROM organisations WHERE code = ?"), {code});
        return q.next() ? q.value(0).toLongLong() : 0;
    }

    test::TempFolder dir;
    QString path = test::smallDemoCopy(dir);
    storage::Database db = storage::Database::open(path);
    storage::Database raw = storage::Database::openRaw(path);
    ActingUser admin = test::wholeDatabaseUser(QStringLiteral("test"));
};

// The coverage figures (working, not to be referred, referred, newly, received,
// assigned, pending, overdue, exempt) of every working member, or of those that
// concern commune `communeId`, counted with a window function over the referrals.
std::string coverageBySql(QSqlQuery &q)
{
    EXPECT_TRUE(q.next());
    QStringList out;
    for (int i = 0; i < 9; ++i)
        out << QString::number(q.value(i).toInt());
    return out.join(QLatin1Char(' ')).toStdString();
}

TEST_F(CoverageAttendanceDemoTest, CoverageTotalsMatchPlainSql)
{
    const QString sql = QStringLiteral(
        "WITH w AS (SELECT m.* FROM members m JOIN organisations o ON o.id = m.cell_id "
        "LEFT JOIN organisations p ON p.id = o.parent_id "
        "WHERE o.level = 'workplace' OR (o.level = 'cell' AND p.level = 'workplace')), "
        "ranked AS (SELECT r.*, row_number() OVER (PARTITION BY r.member_id ORDER BY r.issue_date DESC, r.id DESC) AS n "
        "FROM referrals r WHERE r.issue_date <= :asof), "
        "latest AS (SELECT * FROM ranked WHERE n = 1), "
        "x AS (SELECT w.id, w.not_referred, w.residence_commune_id, w.residence_cell_id, l.to_commune_id, "
        "l.assigned_cell_id, "
        "CASE WHEN l.id IS NOT NULL AND coalesce(l.ended_date, '9999') > :asof THEN 1 ELSE 0 END AS ref, "
        "l.received_date, l.assigned_date, l.issue_date, l.exempt, l.exempt_from, l.exempt_to, "
        "(SELECT count(*) FROM referrals z WHERE z.member_id = w.id AND z.issue_date BETWEEN :from AND :asof) AS newly "
        "FROM w LEFT JOIN latest l ON l.member_id = w.id) "
        "SELECT count(*), sum(CASE WHEN not_referred = 1 AND ref = 0 THEN 1 ELSE 0 END), sum(ref), "
        "sum(CASE WHEN newly > 0 THEN 1 ELSE 0 END), "
        "sum(CASE WHEN ref = 1 AND received_date <= :asof THEN 1 ELSE 0 END), "
        "sum(CASE WHEN ref = 1 AND assigned_date <= :asof THEN 1 ELSE 0 END), "
        "sum(CASE WHEN ref = 1 AND (received_date IS NULL OR received_date > :asof) THEN 1 ELSE 0 END), "
        "sum(CASE WHEN ref = 1 AND (received_date IS NULL OR received_date > :asof) "
        "AND ") + storage::sql::daysBetween(raw, QStringLiteral(":asof"), QStringLiteral("issue_date")) + QStringLiteral(
        " > 30 THEN 1 ELSE 0 END), "
        "sum(CASE WHEN ref = 1 AND exempt = 1 AND coalesce(exempt_from, '0000') <= :asof "
        "AND coalesce(exempt_to, '9999') >= :asof THEN 1 ELSE 0 END) "
        "FROM x WHERE %1");
    auto bySql = [&](const QString &where, const QDate &from, const QDate &asOf) {
        QSqlQuery q(raw.connection());
        EXPECT_TRUE(q.prepare(sql.arg(where)));
        q.bindValue(QStringLiteral(":asof"), asOf.toString(Qt::ISODate));
        q.bindValue(QStringLiteral(":from"), from.toString(Qt::ISODate));
        EXPECT_TRUE(q.exec());
        return coverageBySql(q);
    };
    auto byReport = [&](const QString &scope, const ReportPeriod &period) {
        reports::ReportRequest request;
        request.name = QStringLiteral("coverage");
        request.scopeCode = scope;
        request.period = period;
        const Report r = reports::makeReport(db, admin, request, QDate(2026, 1, 1));
        const ReportRow *total = totalOf(r.tables[0]);
        EXPECT_TRUE(total);
        EXPECT_EQ(numbers(total, 1), numbers(totalOf(r.tables[1]), 2)) << "both tables add up to the same";
        const std::string all = numbers(total, 1);
        return all.substr(0, all.rfind(' ')); // without the rate
    };
    for (const ReportPeriod &period : {ReportPeriod::year(2012), ReportPeriod::halfYear(2013, 2)}) {
        const std::string province = bySql(QStringLiteral("1 = 1"), period.from, period.to);
        EXPECT_NE(province.substr(0, 2), "0 ") << "the demo has working members";
        EXPECT_EQ(byReport(QStringLiteral("TB"), period), province);
    }
    // One commune: the members living there (commune or cell) or referred there.
    const qint64 commune = idOf(QStringLiteral("TB.D01.C001"));
    const QString concerns = QStringLiteral(
        "residence_commune_id = %1 OR to_commune_id = %1 "
        "OR residence_cell_id IN (SELECT id FROM organisations WHERE parent_id = %1) "
        "OR assigned_cell_id IN (SELECT id FROM organisations WHERE parent_id = %1)").arg(commune);
    const std::string there = bySql(concerns, QDate(2012, 1, 1), QDate(2012, 12, 31));
    EXPECT_NE(there.substr(0, 2), "0 ");
    EXPECT_EQ(byReport(QStringLiteral("TB.D01.C001"), ReportPeriod::year(2012)), there);
}

TEST_F(CoverageAttendanceDemoTest, AttendanceTotalsMatchTheSheetRuleCountedHere)
{
    const QDate from(2012, 1, 1), to(2014, 12, 31);
    // The residence cells and every referral assigned to one, read with plain SQL.
    QSet<qint64> cells;
    for (QSqlQuery q = run(QStringLiteral("SELECT id FROM organisations WHERE level = 'cell' "
                                          "AND kind IN ('village', 'residential_group')"));
         q.next();)
        cells.insert(q.value(0).toLongLong());
    QHash<qint64, QList<Referral>> byCell;
    for (QSqlQuery q = run(QStringLiteral("SELECT member_id, assigned_cell_id, assigned_date, ended_date, exempt, "
                                          "exempt_from, exempt_to FROM referrals WHERE assigned_cell_id IS NOT NULL"));
         q.next();) {
        Referral r;
        r.memberId = q.value(0).toLongLong();
        r.assignedCellId = q.value(1).toLongLong();
        r.assignedDate = QDate::fromString(q.value(2).toString(), Qt::ISODate);
        r.endedDate = QDate::fromString(q.value(3).toString(), Qt::ISODate);
        r.exempt = q.value(4).toInt() == 1;
        r.exemptFrom = QDate::fromString(q.value(5).toString(), Qt::ISODate);
        r.exemptTo = QDate::fromString(q.value(6).toString(), Qt::ISODate);
        byCell[r.assignedCellId].append(r);
    }
    // Held meetings of the period: expected members by the domain's sheetPlace(), their marks.
    int held = 0, expected = 0, present = 0, excused = 0, unexcused = 0;
    for (QSqlQuery q = run(QStringLiteral("SELECT id, cell_id, meeting_date FROM meetings WHERE held = 1 "
                                          "AND meeting_date BETWEEN '2012-01-01' AND '2014-12-31'"));
         q.next();) {
        const qint64 meeting = q.value(0).toLongLong(), cell = q.value(1).toLongLong();
        if (!cells.contains(cell))
            continue;
        ++held;
        const QDate day = QDate::fromString(q.value(2).toString(), Qt::ISODate);
        QHash<qint64, QString> marks;
        for (QSqlQuery a = run(QStringLiteral("SELECT member_id, status FROM attendance WHERE meeting_id = ?"), {meeting});
             a.next();)
            marks.insert(a.value(0).toLongLong(), a.value(1).toString());
        QSet<qint64> seen;
        for (const Referral &r : byCell.value(cell))
            if (sheetPlace(r, cell, day) == SheetPlace::Expected && !seen.contains(r.memberId)) {
                seen.insert(r.memberId);
                ++expected;
                const QString s = marks.value(r.memberId);
                present += s == QLatin1String("present");
                excused += s == QLatin1String("absent_excused");
                unexcused += s == QLatin1String("absent_unexcused");
            }
    }
    // Members assigned on some day of the period; meetings due: 15/02 and 15/08 of each
    // year, for a cell with a member expected on some day of the meeting's period.
    QSet<qint64> referred;
    int due = 0;
    for (auto it = byCell.cbegin(); it != byCell.cend(); ++it) {
        if (!cells.contains(it.key()))
            continue;
        for (const Referral &r : it.value())
            if (r.assignedDate <= to && (!r.endedDate.isValid() || r.endedDate > from))
                referred.insert(r.memberId);
        for (int year = 2012; year <= 2014; ++year)
            for (const auto &[a, b] : {std::pair{QDate(year, 1, 1), QDate(year, 7, 31)},
                                       std::pair{QDate(year, 8, 1), QDate(year, 12, 31)}}) {
                bool any = false;
                for (QDate d = a; d <= b && !any; d = d.addDays(1))
                    for (const Referral &r : it.value())
                        any = any || sheetPlace(r, it.key(), d) == SheetPlace::Expected;
                due += any;
            }
    }
    const QString expectedTotals = QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9")
                                       .arg(due)
                                       .arg(held)
                                       .arg(referred.size())
                                       .arg(expected)
                                       .arg(present)
                                       .arg(excused)
                                       .arg(unexcused)
                                       .arg(expected - present - excused - unexcused)
                                       .arg(QString::number(100.0 * present / std::max(1, expected), 'f', 1));
    ASSERT_GT(held, 0);
    ASSERT_GT(due, 0);

    reports::ReportRequest request;
    request.name = QStringLiteral("attendance");
    request.scopeCode = QStringLiteral("TB");
    request.period = ReportPeriod::range(from, to);
    request.grouping = Grouping::Commune;
    const Report r = reports::makeReport(db, admin, request, QDate(2026, 1, 1));
    const ReportTable &t = r.tables[0];
    EXPECT_EQ(numbers(totalOf(t), 2), expectedTotals.toStdString());
    // One row per commune of the province; the rows add up to the totals, except the
    // referred members: one who moved between communes is in two rows, once in the totals.
    QSqlQuery communes = run(QStringLiteral("SELECT count(*) FROM organisations WHERE level = 'commune'"));
    ASSERT_TRUE(communes.next());
    EXPECT_EQ(t.rows.size(), communes.value(0).toInt() + 1);
    std::vector<long> sums(9, 0);
    for (const ReportRow &row : t.rows)
        if (!row.total)
            for (int i = 0; i < 8; ++i)
                sums[size_t(i)] += row.cells[2 + i].toInt();
    EXPECT_EQ(sums[0], due);
    EXPECT_EQ(sums[1], held);
    EXPECT_GE(sums[2], referred.size());
    EXPECT_EQ(sums[3], expected);
    EXPECT_EQ(sums[4], present);
    EXPECT_EQ(sums[6], unexcused);
    // Every commune row drills down to its cells.
    for (const ReportRow &row : t.rows)
        EXPECT_EQ(row.drillScope.isEmpty(), row.total);
}

} // namespace
