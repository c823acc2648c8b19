// Reports 4–7 (absence alerts and crowded cells, annual comments, a member's
// residence record, liaison activity; docs/reports/*.md) on a hand-built province
// whose every figure is worked out by hand below, and on the small demo province
// against plain SQL written here, apart from the code under test.
#include "domain/dates.h"
#include "reports/report_catalogue.h"
#include "services/meeting_service.h"
#include "services/member_service.h"
#include "services/referral_service.h"
#include "services/outcome.h"
#include "storage/member_repository.h"
#include "storage/organisation_repository.h"
#include "storage/comment_repository.h"
#include "storage/liaison_repository.h"
#include "storage/residence_repository.h"
#include "support/test_support.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QMap>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>
#include <gtest/gtest.h>
#include <cstdio>
#include <map>
#include <set>

using namespace cutru;
using reports::Report;
using reports::ReportRequest;
using reports::ReportRow;
using reports::ReportTable;

namespace {

const QDate kToday(2026, 3, 1);

// The table's rows as text, "a|b|c" per row (null cells empty), for exact comparison.
std::string rowsOf(const ReportTable &t)
{
    QStringList rows;
    for (const ReportRow &r : t.rows) {
        QStringList cells;
        for (const QVariant &v : r.cells) // dates are QDates, written here as people read them
            cells << (v.isNull() ? QString() : v.typeId() == QMetaType::QDate ? displayDate(v.toDate()) : v.toString());
        rows << cells.join(QLatin1Char('|'));
    }
    return rows.join(QLatin1Char('\n')).toStdString();
}

const ReportRow &totalOf(const ReportTable &t)
{
    static const ReportRow none;
    if (t.rows.isEmpty() || !t.rows.last().total) {
        ADD_FAILURE() << "the table " << t.title.toStdString() << " has no totals row last";
        return none;
    }
    return t.rows.last();
}

// Village cell "Chi bộ thôn Phất Lộc Tây" (commune Thái Giang); ward Diêm Điền with
// the residential-group cell "Chi bộ tổ dân phố số 1". Working members of W1 (Chi bộ
// Sở Tài chính) living in the village, one of W2 (Chi bộ Công ty Điện lực) in the ward.
// Letters issued 02/01/2024, received 05/01/2024:
//   An     assigned 10/01/2024
//   Bình   assigned 10/01/2024, exempt (away or mobile) from 01/06/2024, open-ended
//   Cường  assigned 10/01/2024, ended (retired) 15/12/2024
//   Dũng   assigned 31/12/2024
//   Em     received, never assigned
//   Hải    assigned 10/01/2024
//   Giang  (W2) assigned to the group 10/01/2024
// Village meetings (p present, e absent with reason, u without, x exempt, . not on the sheet):
//            M1 15/02/2024  M2 15/08/2024  M3 15/11/2024  M4 15/02/2025
//   An            p              u              u              p
//   Bình          p              x              x              x
//   Cường         u              u              u              .
//   Dũng          .              .              .              p
//   Hải           u              e              u              p
// Venues: M1, M2 "Nhà văn hóa thôn" (60); M3, M4 "Hội trường UBND xã" (120).
// Annual comments: An 2023 (signed) and 2024 (signed 01/12, sent 05/12, received
// 20/12/2024); Bình 2024 signed (exempt); Cường 2024 signed 10/12 (ended);
// Dũng 2024 a draft; Giang 2024 signed 01/12, sent 02/12/2024.
class OtherReportsTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        workplace2 = test::addOrganisation(db, tiny.province, OrgLevel::Workplace, "state_owned_enterprise", "P.W2",
                                           QStringLiteral("Chi bộ Công ty Điện lực"));
        MemberService admin(db, test::wholeDatabaseUser(QStringLiteral("setup")));
        int serial = 800;
        for (const char *g : {"An", "Bình", "Cường", "Dũng", "Em", "Hải", "Giang"}) {
            const QString name = QString::fromUtf8(g);
            const bool giang = name == QStringLiteral("Giang");
            Member m = test::validMember(QStringLiteral("Trần Văn ") + name, giang ? workplace2 : tiny.workplace,
                                         serial++);
            m.residenceCommuneId = giang ? tiny.ward : tiny.commune;
            m.residenceCellId = giang ? tiny.group : tiny.village;
            m.residenceAddress = QStringLiteral("Số 5, thôn Phất Lộc Tây");
            m.residenceProvince = QStringLiteral("Thái Bình");
            m.workplace = QStringLiteral("Sở Tài chính");
            m.position = QStringLiteral("Chuyên viên");
            ASSERT_TRUE(admin.save(m, QDate(2024, 1, 1)).ok());
            member[name] = m.id;
        }

        for (const QString &name : member.keys()) {
            const bool giang = name == QStringLiteral("Giang");
            QList<Referral> made;
            ASSERT_TRUE(ReferralService(db, as(Role::WorkplaceOfficer, giang ? workplace2 : tiny.workplace))
                            .issue({{member[name], {}}}, QDate(2024, 1, 2), &made)
                            .ok());
            referral[name] = made.first().id;
        }
        ReferralService office(db, as(Role::CommuneOffice, tiny.commune));
        ReferralService wardOffice(db, as(Role::CommuneOffice, tiny.ward));
        QList<qint64> village;
        for (const QString &name : member.keys())
            if (name != QStringLiteral("Giang"))
                village << referral[name];
        ASSERT_TRUE(office.receive(village, QDate(2024, 1, 5)).ok());
        ASSERT_TRUE(wardOffice.receive({referral[QStringLiteral("Giang")]}, QDate(2024, 1, 5)).ok());
        for (const char *g : {"An", "Bình", "Cường", "Hải"})
            ASSERT_TRUE(office.assign(referral[QString::fromUtf8(g)], tiny.village, QDate(2024, 1, 10)).ok());
        ASSERT_TRUE(office.assign(referral[QStringLiteral("Dũng")], tiny.village, QDate(2024, 12, 31)).ok());
        ASSERT_TRUE(wardOffice.assign(referral[QStringLiteral("Giang")], tiny.group, QDate(2024, 1, 10)).ok());
        ASSERT_TRUE(office.setExemption(referral[QStringLiteral("Bình")], ExemptionReason::AwayOrMobile,
                                        QDate(2024, 6, 1), QDate())
                        .ok());

        MeetingService secretary(db, as(Role::CellSecretary, tiny.village));
        struct Plan {
            QDate date;
            const char *venue;
            int capacity;
            QList<QPair<const char *, char>> marks;
        };
        const QList<Plan> plans{
            {QDate(2024, 2, 15), "Nhà văn hóa thôn", 60, {{"An", 'p'}, {"Bình", 'p'}, {"Cường", 'u'}, {"Hải", 'u'}}},
            {QDate(2024, 8, 15), "Nhà văn hóa thôn", 60, {{"An", 'u'}, {"Cường", 'u'}, {"Hải", 'e'}}},
            {QDate(2024, 11, 15), "Hội trường UBND xã", 120, {{"An", 'u'}, {"Cường", 'u'}, {"Hải", 'u'}}},
            {QDate(2025, 2, 15), "Hội trường UBND xã", 120, {{"An", 'p'}, {"Dũng", 'p'}, {"Hải", 'p'}}},
        };
        for (const Plan &p : plans) {
            if (p.date == QDate(2025, 2, 15)) { // Cường's referral ends between M3 and M4
                ASSERT_TRUE(office.end(referral[QStringLiteral("Cường")], ReferralEndReason::Retired,
                                       QDate(2024, 12, 15))
                                .ok());
            }
            Meeting m;
            m.cellId = tiny.village;
            m.date = p.date;
            m.venue = QString::fromUtf8(p.venue);
            m.venueCapacity = p.capacity;
            ASSERT_TRUE(secretary.save(m).ok());
            QList<Attendance> sheet;
            for (const auto &[who, mark] : p.marks) {
                const qint64 id = member[QString::fromUtf8(who)];
                if (mark == 'p')
                    sheet.append({0, id, AttendanceStatus::Present, {}});
                else if (mark == 'e')
                    sheet.append({0, id, AttendanceStatus::AbsentExcused, QStringLiteral("Đi công tác")});
                else
                    sheet.append({0, id, AttendanceStatus::AbsentUnexcused, {}});
            }
            const SaveOutcome out = secretary.record(m.id, sheet, 0, m.rowVersion);
            ASSERT_TRUE(out.ok()) << out.message.toStdString()
                                  << (out.errors.isEmpty() ? std::string() : out.errors.first().message.toStdString());
            meetings << m.id;
        }

        storage::Transaction tx(db, QStringLiteral("setup"));
        storage::ResidenceRepository repo(db);
        auto comment = [&](const char *who, int year, const QString &text, QDate written, QDate sent, QDate received) {
            AnnualComment c;
            c.memberId = member[QString::fromUtf8(who)];
            c.referralId = referral[QString::fromUtf8(who)];
            c.year = year;
            c.otherRemarks = text;
            c.draftedDate = written.isValid() ? written : QDate(year, 11, 30);
            c.signedDate = written; // no date: a draft
            if (written.isValid()) {
                c.citizenConduct = QStringLiteral("Gương mẫu chấp hành chủ trương, chính sách");
                c.meetingParticipation = QStringLiteral("Tham gia đầy đủ");
                c.communityRelations = QStringLiteral("Đoàn kết với hàng xóm");
                c.conclusion = CommentConclusion::FulfilsWell;
                c.signedBy = QStringLiteral("Nguyễn Văn Bí");
            }
            c.sentDate = sent;
            c.receivedDate = received;
            storage::CommentRepository(db).insert(c);
        };
        comment("An", 2023, QStringLiteral("Gương mẫu"), QDate(2023, 12, 1), {}, {});
        comment("An", 2024, QStringLiteral("Tích cực tham gia sinh hoạt"), QDate(2024, 12, 1), QDate(2024, 12, 5),
                QDate(2024, 12, 20));
        comment("Bình", 2024, QStringLiteral("Đi công tác xa"), QDate(2024, 12, 1), {}, {});
        comment("Cường", 2024, QStringLiteral("Đã nghỉ hưu"), QDate(2024, 12, 10), {}, {});
        comment("Dũng", 2024, QStringLiteral("Mới chuyển về"), {}, {}, {});
        comment("Giang", 2024, QStringLiteral("Tốt"), QDate(2024, 12, 1), QDate(2024, 12, 2), {});
        tx.commit();
    }

    ActingUser as(Role role, qint64 org) { return test::userWithRole(code(role), role, db, org); }
    ActingUser board() { return as(Role::ProvincialBoard, tiny.province); }
    QString cardOf(const char *who)
    {
        return storage::MemberRepository(db).byId(member[QString::fromUtf8(who)])->partyCardNo;
    }
    QString cccdOf(const char *who) { return storage::MemberRepository(db).byId(member[QString::fromUtf8(who)])->cccd; }

    Report make(const QString &name, const ActingUser &user, const ReportPeriod &period, const QString &scope = {},
                const QString &who = {}, const QDate &today = kToday)
    {
        ReportRequest r;
        r.name = name;
        r.scopeCode = scope;
        r.period = period;
        r.member = who;
        return reports::makeReport(db, user, r, today);
    }
    reports::ReportContext context(const ActingUser &user, const ReportPeriod &period, const QString &scope = {},
                                   const QDate &today = kToday)
    {
        return {db, user, resolveReportScope(db, user, scope), period, reports::Grouping::Children, today, 30};
    }

    test::TempFolder dir;
    storage::Database db = storage::Database::open(dir.database(QStringLiteral("reports.cutru")));
    test::TinyProvince tiny = test::buildTinyProvince(db);
    qint64 workplace2 = 0;
    QMap<QString, qint64> member, referral;
    QList<qint64> meetings;
};

} // namespace

// ---- Report 4: absence alerts and crowded cells -------------------------------------

TEST_F(OtherReportsTest, AlertsAsAtThePeriodsEnd)
{
    const Report r = make(QStringLiteral("alerts"), board(), ReportPeriod::year(2024));
    EXPECT_EQ(r.name, QStringLiteral("alerts"));
    ASSERT_EQ(r.tables.size(), 2);
    // As at 31/12/2024, default rules (2 in a row, reasons do not count): An p u u → 2.
    // Bình is exempt, Cường's referral ended on 15/12, Hải's excused M2 ends his run
    // at 1, Dũng has no mark yet.
    EXPECT_EQ(rowsOf(r.tables[0]),
              "1|Trần Văn An|3401000800|Chi bộ thôn Phất Lộc Tây|Đảng bộ xã Thái Giang|Chi bộ Sở Tài chính|P.W1|2|"
              "15/11/2024\n"
              "1|Total|||||||");
    EXPECT_TRUE(totalOf(r.tables[0]).emphasised);
    EXPECT_EQ(r.tables[0].subtitle, QStringLiteral("As at 31/12/2024"));
    // Default threshold 150: no crowded cell.
    EXPECT_EQ(rowsOf(r.tables[1]), "0|Total||0||");

    // The database's rules: 3 in a row with reasons counting → Hải u e u = 3, An only 2.
    // Crowded above 2: the village expects An, Dũng (assigned on 31/12) and Hải = 3.
    MeetingRules rules;
    rules.absenceAlertAfter = 3;
    rules.absencesWithReasonCount = true;
    rules.crowdedAbove = 2;
    ASSERT_TRUE(MeetingService(db, board()).setRules(rules).ok());
    const Report strict = reports::alertsReport(context(board(), ReportPeriod::year(2024)));
    EXPECT_EQ(rowsOf(strict.tables[0]),
              "1|Trần Văn Hải|3401000805|Chi bộ thôn Phất Lộc Tây|Đảng bộ xã Thái Giang|Chi bộ Sở Tài chính|P.W1|3|"
              "15/11/2024\n"
              "1|Total|||||||");
    EXPECT_EQ(rowsOf(strict.tables[1]),
              "1|Chi bộ thôn Phất Lộc Tây|Đảng bộ xã Thái Giang|3|Hội trường UBND xã|120\n"
              "1|Total||3||");
    EXPECT_EQ(strict.tables[1].rows[0].drillScope, QStringLiteral("P.D1.C1.K1"));
    EXPECT_TRUE(totalOf(strict.tables[1]).drillScope.isEmpty());

    // Exactly at the threshold is not crowded.
    rules.crowdedAbove = 3;
    ASSERT_TRUE(MeetingService(db, board()).setRules(rules).ok());
    EXPECT_EQ(rowsOf(reports::alertsReport(context(board(), ReportPeriod::year(2024))).tables[1]), "0|Total||0||");

    // As at the period's end, before today: on 30/09/2024 (M1, M2 held) An p u = 1,
    // Cường u u = 2, Hải u e = 2: nobody reaches 3.
    EXPECT_EQ(reports::alertsReport(context(board(), ReportPeriod::range(QDate(2024, 1, 1), QDate(2024, 9, 30))))
                  .tables[0]
                  .rows.size(),
              1);
    // Today before the period's end: alerts as at today.
    const Report early = reports::alertsReport(context(board(), ReportPeriod::year(2024), {}, QDate(2024, 12, 1)));
    // As at 01/12/2024, with 3 needed and reasons counting: Cường u u u = 3, Hải u e u = 3.
    EXPECT_EQ(early.tables[0].rows.size(), 3);
    EXPECT_EQ(early.tables[0].subtitle, QStringLiteral("As at 01/12/2024"));
}

TEST_F(OtherReportsTest, AlertsStayInTheScope)
{
    const ReportPeriod y2024 = ReportPeriod::year(2024);
    // The ward (board, scope narrowed) and its own office: nothing of the village.
    EXPECT_EQ(rowsOf(make(QStringLiteral("alerts"), board(), y2024, QStringLiteral("P.D1.C2")).tables[0]), "0|Total|||||||");
    EXPECT_EQ(rowsOf(make(QStringLiteral("alerts"), as(Role::CommuneOffice, tiny.ward), y2024).tables[0]),
              "0|Total|||||||");
    // W1's officer sees its member's alert (through the membership), W2's does not.
    EXPECT_EQ(make(QStringLiteral("alerts"), as(Role::WorkplaceOfficer, tiny.workplace), y2024).tables[0].rows.size(), 2);
    EXPECT_EQ(make(QStringLiteral("alerts"), as(Role::WorkplaceOfficer, workplace2), y2024).tables[0].rows.size(), 1);
    // The village's secretary sees it through the residence cell.
    EXPECT_EQ(make(QStringLiteral("alerts"), as(Role::CellSecretary, tiny.village), y2024).tables[0].rows.size(), 2);
    // Another commune's office may not ask for this one.
    EXPECT_THROW(make(QStringLiteral("alerts"), as(Role::CommuneOffice, tiny.ward), y2024, QStringLiteral("P.D1.C1")),
                 AccessDenied);
}

// ---- Report 5: annual comments -------------------------------------------------------

TEST_F(OtherReportsTest, CommentsDueWrittenSentReceived)
{
    const Report r = make(QStringLiteral("comments"), board(), ReportPeriod::year(2024));
    ASSERT_EQ(r.tables.size(), 1);
    // W1 2024: due An, Dũng (assigned on 31/12), Hải = 3 — Bình exempt on 31/12, Cường
    // ended on 15/12, Em never assigned. Written (signed) An = 1 — Dũng's is a draft;
    // sent An; received An; missing Dũng, Hải. W2: Giang due, written and sent, not received.
    EXPECT_EQ(rowsOf(r.tables[0]),
              "2024|Chi bộ Sở Tài chính|P.W1|3|1|1|1|2\n"
              "2024|Chi bộ Công ty Điện lực|P.W2|1|1|1|0|0\n"
              "|Total||4|2|2|1|2");
    EXPECT_TRUE(totalOf(r.tables[0]).total);

    // Two years, one row per organisation and year. 2025: nobody has a comment; Bình's
    // exemption is open-ended, Cường has left: W1 due An, Dũng, Hải.
    const Report two = make(QStringLiteral("comments"), board(),
                            ReportPeriod::range(QDate(2024, 7, 1), QDate(2025, 6, 30)));
    EXPECT_EQ(rowsOf(two.tables[0]),
              "2024|Chi bộ Sở Tài chính|P.W1|3|1|1|1|2\n"
              "2024|Chi bộ Công ty Điện lực|P.W2|1|1|1|0|0\n"
              "2025|Chi bộ Sở Tài chính|P.W1|3|0|0|0|3\n"
              "2025|Chi bộ Công ty Điện lực|P.W2|1|0|0|0|1\n"
              "|Total||8|2|2|1|6");

    // 2023: nobody was assigned yet; An's 2023 comment is not counted (not due).
    EXPECT_EQ(rowsOf(make(QStringLiteral("comments"), board(), ReportPeriod::year(2023)).tables[0]),
              "|Total||0|0|0|0|0");
}

TEST_F(OtherReportsTest, CommentsOfAYearNotOverAndScopes)
{
    // Made on 30/06/2024: due as the records stand that day — An, Cường (not ended yet),
    // Hải; Bình exempt since 01/06; Dũng not assigned yet.
    const Report midYear =
        reports::commentsReport(context(board(), ReportPeriod::year(2024), {}, QDate(2024, 6, 30)));
    ASSERT_GE(midYear.tables[0].rows.size(), 2);
    EXPECT_EQ(midYear.tables[0].rows[0].cells.value(1).toString(), QStringLiteral("Chi bộ Sở Tài chính"));
    EXPECT_EQ(midYear.tables[0].rows[0].cells.value(3).toInt(), 3);
    EXPECT_EQ(midYear.tables[0].rows[0].cells.value(4).toInt(), 2) << "An's and Cường's comments are signed";
    EXPECT_TRUE(midYear.notes.join(QLatin1Char(' ')).contains(QStringLiteral("30/06/2024")));
    // A year that has not begun: nobody due.
    EXPECT_EQ(rowsOf(reports::commentsReport(context(board(), ReportPeriod::year(2025), {}, QDate(2024, 6, 30)))
                         .tables[0]),
              "|Total||0|0|0|0|0");

    const ReportPeriod y2024 = ReportPeriod::year(2024);
    // By residence: the ward has Giang only; the commune's office and the village's
    // secretary see W1's members living there.
    EXPECT_EQ(rowsOf(make(QStringLiteral("comments"), board(), y2024, QStringLiteral("P.D1.C2")).tables[0]),
              "2024|Chi bộ Công ty Điện lực|P.W2|1|1|1|0|0\n|Total||1|1|1|0|0");
    EXPECT_EQ(rowsOf(make(QStringLiteral("comments"), as(Role::CommuneOffice, tiny.commune), y2024).tables[0]),
              "2024|Chi bộ Sở Tài chính|P.W1|3|1|1|1|2\n|Total||3|1|1|1|2");
    EXPECT_EQ(rowsOf(make(QStringLiteral("comments"), as(Role::CellSecretary, tiny.village), y2024).tables[0]),
              "2024|Chi bộ Sở Tài chính|P.W1|3|1|1|1|2\n|Total||3|1|1|1|2");
    // By workplace: W2's officer sees its own organisation only.
    EXPECT_EQ(rowsOf(make(QStringLiteral("comments"), as(Role::WorkplaceOfficer, workplace2), y2024).tables[0]),
              "2024|Chi bộ Công ty Điện lực|P.W2|1|1|1|0|0\n|Total||1|1|1|0|0");
}

// ---- Report 6: a member's residence record ------------------------------------------

TEST_F(OtherReportsTest, MemberRecordByPartyCard)
{
    const Report r = make(QStringLiteral("member"), board(), ReportPeriod::year(2024), {}, cardOf("An"));
    EXPECT_EQ(r.name, QStringLiteral("member"));
    EXPECT_EQ(r.title, QStringLiteral("Residence record of Trần Văn An"));
    ASSERT_EQ(r.tables.size(), 4);
    EXPECT_EQ(rowsOf(r.tables[0]),
              "Full name|Trần Văn An\n"
              "Gender|Male\n"
              "Date of birth|12/04/1975\n"
              "CCCD|034075000800\n"
              "Party card|3401000800\n"
              "Membership held in|Chi bộ Sở Tài chính\n"
              "Workplace|Sở Tài chính\n"
              "Position|Chuyên viên\n"
              "Residence address|Số 5, thôn Phất Lộc Tây\n"
              "Residence province|Thái Bình\n"
              "Residence commune|Đảng bộ xã Thái Giang\n"
              "Residence cell|Chi bộ thôn Phất Lộc Tây");
    EXPECT_EQ(rowsOf(r.tables[1]), "1/2024|Chi bộ Sở Tài chính|02/01/2024|Đảng bộ xã Thái Giang|05/01/2024|"
                                   "Chi bộ thôn Phất Lộc Tây|10/01/2024||");
    // 2024 only: M4 (2025) is outside the period. 1 present of 3 expected.
    const ReportTable &att = r.tables[2];
    ASSERT_EQ(att.rows.size(), 4);
    EXPECT_EQ(att.rows[0].cells.value(0), QVariant(QDate(2024, 2, 15))) << "a date, not text";
    EXPECT_EQ(att.rows[0].cells.value(1).toString(), QStringLiteral("Chi bộ thôn Phất Lộc Tây"));
    EXPECT_EQ(att.rows[0].cells.value(3).toString(), label(MeetingKind::Periodic));
    EXPECT_EQ(att.rows[0].cells.value(4).toString(), label(AttendanceStatus::Present));
    EXPECT_EQ(att.rows[1].cells.value(4).toString(), label(AttendanceStatus::AbsentUnexcused));
    const ReportRow &total = totalOf(att);
    EXPECT_EQ(total.cells.value(6).toInt(), 3);
    EXPECT_EQ(total.cells.value(7).toInt(), 1);
    EXPECT_NEAR(total.cells.value(8).toDouble(), 100.0 / 3.0, 1e-9);
    EXPECT_TRUE(att.columns[8].percent);
    // Every comment, whatever the period.
    EXPECT_EQ(rowsOf(r.tables[3]), QStringLiteral("2023|%1|%2|01/12/2023||\n2024|%3|%2|01/12/2024|05/12/2024|20/12/2024")
                                       .arg(label(CommentState::Signed), label(CommentConclusion::FulfilsWell),
                                            label(CommentState::Received))
                                       .toStdString());

    // The period 2025: M4 only, present.
    const Report later = make(QStringLiteral("member"), board(), ReportPeriod::year(2025), {}, cardOf("An"));
    EXPECT_EQ(totalOf(later.tables[2]).cells.value(8).toDouble(), 100.0);
    // A period without meetings: no rate (not 0 %).
    const Report none = make(QStringLiteral("member"), board(), ReportPeriod::year(2023), {}, cardOf("An"));
    ASSERT_EQ(none.tables[2].rows.size(), 1);
    EXPECT_TRUE(totalOf(none.tables[2]).cells.value(8).isNull());
}

TEST_F(OtherReportsTest, MemberRecordExemptEndedAndUnassigned)
{
    const ReportPeriod y2024 = ReportPeriod::year(2024);
    // Bình: present at M1, exempt at M2 and M3 (listed, not counted): 1 of 1.
    const Report binh = make(QStringLiteral("member"), board(), y2024, {}, cardOf("Bình"));
    EXPECT_EQ(binh.tables[1].rows[0].cells.value(7).toString(),
              label(ExemptionReason::AwayOrMobile) + QStringLiteral(", from 01/06/2024"));
    ASSERT_EQ(binh.tables[2].rows.size(), 4);
    EXPECT_EQ(binh.tables[2].rows[1].cells.value(4).toString(), QStringLiteral("Exempt (not counted)"));
    EXPECT_EQ(binh.tables[2].rows[1].cells.value(6).toInt(), 0);
    const ReportRow &bt = totalOf(binh.tables[2]);
    EXPECT_EQ(bt.cells.value(6).toInt(), 1);
    EXPECT_EQ(bt.cells.value(7).toInt(), 1);
    EXPECT_DOUBLE_EQ(bt.cells.value(8).toDouble(), 100.0);
    EXPECT_EQ(bt.cells.value(4).toString(),
              QStringLiteral("Absent with a reason: 0; without a reason: 0; not marked: 0; exempt: 2"));

    // Cường: the ended referral with its reason.
    const Report cuong = make(QStringLiteral("member"), board(), y2024, {}, cardOf("Cường"));
    EXPECT_EQ(cuong.tables[1].rows[0].cells.value(8).toString(),
              QStringLiteral("15/12/2024, ") + label(ReferralEndReason::Retired));
    EXPECT_EQ(totalOf(cuong.tables[2]).cells.value(6).toInt(), 3);
    EXPECT_DOUBLE_EQ(totalOf(cuong.tables[2]).cells.value(8).toDouble(), 0.0);

    // Hải: the excused absence's reason.
    const Report hai = make(QStringLiteral("member"), board(), y2024, {}, cardOf("Hải"));
    EXPECT_EQ(hai.tables[2].rows[1].cells.value(5).toString(), QStringLiteral("Đi công tác"));
    EXPECT_EQ(totalOf(hai.tables[2]).cells.value(4).toString(),
              QStringLiteral("Absent with a reason: 1; without a reason: 2; not marked: 0; exempt: 0"));

    // Em: received, never assigned: no cell, no meetings.
    const Report em = make(QStringLiteral("member"), board(), y2024, {}, cardOf("Em"));
    EXPECT_EQ(rowsOf(em.tables[1]), "5/2024|Chi bộ Sở Tài chính|02/01/2024|Đảng bộ xã Thái Giang|05/01/2024|||"
                                    "|");
    EXPECT_EQ(rowsOf(em.tables[2]), "Total||||Absent with a reason: 0; without a reason: 0; not marked: 0; "
                                    "exempt: 0||0|0|");
    EXPECT_EQ(em.tables[3].rows.size(), 0);
}

TEST_F(OtherReportsTest, MemberRecordChecksWhoAsksAndMasks)
{
    const ReportPeriod y2024 = ReportPeriod::year(2024);
    // By CCCD, for whoever may see it.
    EXPECT_EQ(make(QStringLiteral("member"), board(), y2024, {}, cccdOf("An")).title,
              QStringLiteral("Residence record of Trần Văn An"));
    EXPECT_EQ(make(QStringLiteral("member"), as(Role::WorkplaceOfficer, tiny.workplace), y2024, {}, cccdOf("An"))
                  .tables[0]
                  .rows[3]
                  .cells.value(1)
                  .toString(),
              QStringLiteral("034075000800"));

    // The village's secretary: the record, with the CCCD masked…
    const ActingUser secretary = as(Role::CellSecretary, tiny.village);
    const Report masked = make(QStringLiteral("member"), secretary, y2024, {}, cardOf("An"));
    EXPECT_EQ(masked.tables[0].rows[3].cells.value(1).toString(),
              QString(9, QChar(0x2022)) + QStringLiteral("800"));
    // …and a CCCD does not find anybody for them (it would tell whose number it is).
    try {
        make(QStringLiteral("member"), secretary, y2024, {}, cccdOf("An"));
        ADD_FAILURE() << "a cell secretary found a member by CCCD";
    } catch (const RequestError &e) {
        EXPECT_EQ(e.userMessage(),
                  QStringLiteral("No member has the party card number or CCCD '034075000800'."));
    }

    // Another commune's office: refused by card, unknown by CCCD.
    const ActingUser wardOffice = as(Role::CommuneOffice, tiny.ward);
    EXPECT_THROW(make(QStringLiteral("member"), wardOffice, y2024, {}, cardOf("An")), AccessDenied);
    EXPECT_THROW(make(QStringLiteral("member"), wardOffice, y2024, {}, cccdOf("An")), RequestError);
    // W2's officer may not read W1's member.
    EXPECT_THROW(make(QStringLiteral("member"), as(Role::WorkplaceOfficer, workplace2), y2024, {}, cardOf("An")),
                 AccessDenied);

    // Unknown numbers.
    try {
        make(QStringLiteral("member"), board(), y2024, {}, QStringLiteral("3401999999"));
        ADD_FAILURE() << "an unknown card found somebody";
    } catch (const RequestError &e) {
        EXPECT_EQ(e.userMessage(), QStringLiteral("No member has the party card number or CCCD '3401999999'."));
    }
    // A scope the member has nothing to do with.
    EXPECT_THROW(make(QStringLiteral("member"), board(), y2024, QStringLiteral("P.D1.C2"), cardOf("An")),
                 RequestError);
    // The member's residence commune as the scope: fine.
    EXPECT_EQ(make(QStringLiteral("member"), board(), y2024, QStringLiteral("P.D1.C1"), cardOf("An")).tables.size(), 4);
    // No member named at all.
    EXPECT_THROW(make(QStringLiteral("member"), board(), y2024, {}, QStringLiteral("  ")), RequestError);
}

// ---- Report 7: liaison activity ------------------------------------------------------

class LiaisonReportTest : public OtherReportsTest {
protected:
    void SetUp() override
    {
        OtherReportsTest::SetUp();
        if (HasFatalFailure())
            return;
        storage::Transaction tx(db, QStringLiteral("setup"));
        storage::LiaisonRepository repo(db);
        LiaisonCadre first{0, QStringLiteral("Nguyễn Văn Tỉnh"), QStringLiteral("Phó Bí thư Tỉnh ủy"),
                           QStringLiteral("Tỉnh ủy Thái Bình"), {}};
        LiaisonCadre second{0, QStringLiteral("Trần Thị Huyện"), QStringLiteral("Ủy viên Ban Thường vụ"),
                            QStringLiteral("Ban Tổ chức Tỉnh ủy"), {}};
        repo.insert(first);
        repo.insert(second);
        // The cadres' assignments do not matter to the report (the commune visited does).
        LiaisonAssignment toDistrict{0, first.id, tiny.district, QDate(2024, 1, 1), {}};
        LiaisonAssignment toWard{0, second.id, tiny.ward, QDate(2024, 1, 1), {}};
        repo.insert(toDistrict);
        repo.insert(toWard);
        struct Raised {
            QString text;
            ProblemStatus status;
            QDate resolvedOn;
        };
        auto visit = [&](const LiaisonCadre &c, qint64 commune, QDate day, qint64 meeting, const QList<Raised> &problems) {
            LiaisonVisit v;
            v.cadreId = c.id;
            v.communeId = commune;
            v.visitDate = day;
            v.meetingId = meeting;
            v.cellId = meeting ? tiny.village : 0;
            repo.insert(v);
            for (const Raised &r : problems) {
                LiaisonProblem p;
                p.visitId = v.id;
                p.category = ProblemCategory::Other;
                p.text = r.text;
                p.status = r.status;
                p.resolvedDate = r.resolvedOn;
                p.resolution = r.resolvedOn.isValid() ? QStringLiteral("Đã giải quyết") : QString();
                repo.insert(p);
            }
        };
        const auto open = ProblemStatus::Open;
        const auto resolved = ProblemStatus::Resolved;
        visit(first, tiny.commune, QDate(2024, 2, 15), meetings[0],
              {{QStringLiteral("Hội trường chật"), resolved, QDate(2024, 5, 1)},
               {QStringLiteral("Đảng viên vắng"), open, {}}}); // two problems at one visit
        visit(first, tiny.commune, QDate(2024, 6, 20), 0,
              {{QStringLiteral("Quan hệ với chi bộ thôn chưa rõ"), resolved,
                QDate(2025, 1, 10)}}); // resolved after the year's end: open in 2024
        visit(first, tiny.commune, QDate(2024, 9, 1), meetings[1], {}); // nothing raised
        visit(first, tiny.ward, QDate(2024, 5, 5), 0, {});
        visit(first, tiny.commune, QDate(2025, 1, 15), 0, {}); // after the period
        visit(first, tiny.commune, QDate(2023, 12, 31), 0, {{QStringLiteral("Cũ"), open, {}}}); // before it
        visit(second, tiny.ward, QDate(2024, 1, 1), 0, {{QStringLiteral("Thiếu kinh phí"), open, {}}});
        visit(second, tiny.ward, QDate(2024, 12, 31), 0,
              {{QStringLiteral("Chưa có sổ theo dõi"), ProblemStatus::BeingResolved, {}},
               {QStringLiteral("Thiếu danh sách"), resolved, QDate(2024, 12, 31)}}); // resolved on the last day
        tx.commit();
    }
};

TEST_F(LiaisonReportTest, VisitsPerCadreAndCommune)
{
    const Report r = make(QStringLiteral("liaison"), board(), ReportPeriod::year(2024));
    EXPECT_EQ(r.name, QStringLiteral("liaison"));
    ASSERT_EQ(r.tables.size(), 1);
    // Tỉnh in Thái Giang: 15/02 (meeting; two problems, one resolved 01/05), 20/06 (one
    // problem, resolved only in 2025), 01/09 (meeting, nothing raised). In Diêm Điền:
    // 05/05. Huyện in Diêm Điền: 01/01 (one open) and 31/12 (both ends of the period;
    // one being resolved, one resolved on the last day).
    EXPECT_EQ(rowsOf(r.tables[0]),
              "Nguyễn Văn Tỉnh|Phó Bí thư Tỉnh ủy|Đảng bộ xã Thái Giang|3|2|3|1|2\n"
              "Nguyễn Văn Tỉnh|Phó Bí thư Tỉnh ủy|Đảng bộ thị trấn Diêm Điền|1|0|0|0|0\n"
              "Trần Thị Huyện|Ủy viên Ban Thường vụ|Đảng bộ thị trấn Diêm Điền|2|0|3|1|2\n"
              "Total|||6|2|6|2|4");
    EXPECT_EQ(r.tables[0].rows[0].drillScope, QStringLiteral("P.D1.C1"));
    EXPECT_EQ(r.tables[0].rows[2].drillScope, QStringLiteral("P.D1.C2"));
    EXPECT_TRUE(totalOf(r.tables[0]).drillScope.isEmpty());

    // Two years: the 2025 visit joins, and the 20/06 problem is resolved by then.
    EXPECT_EQ(rowsOf(make(QStringLiteral("liaison"), board(), ReportPeriod::range(QDate(2024, 1, 1), QDate(2025, 12, 31)))
                         .tables[0]),
              "Nguyễn Văn Tỉnh|Phó Bí thư Tỉnh ủy|Đảng bộ xã Thái Giang|4|2|3|2|1\n"
              "Nguyễn Văn Tỉnh|Phó Bí thư Tỉnh ủy|Đảng bộ thị trấn Diêm Điền|1|0|0|0|0\n"
              "Trần Thị Huyện|Ủy viên Ban Thường vụ|Đảng bộ thị trấn Diêm Điền|2|0|3|1|2\n"
              "Total|||7|2|6|3|3");
    // The ward only (its office's own scope).
    EXPECT_EQ(rowsOf(make(QStringLiteral("liaison"), as(Role::CommuneOffice, tiny.ward), ReportPeriod::year(2024))
                         .tables[0]),
              "Nguyễn Văn Tỉnh|Phó Bí thư Tỉnh ủy|Đảng bộ thị trấn Diêm Điền|1|0|0|0|0\n"
              "Trần Thị Huyện|Ủy viên Ban Thường vụ|Đảng bộ thị trấn Diêm Điền|2|0|3|1|2\n"
              "Total|||3|0|3|1|2");
    // First half of 2024: the 31/12 visit falls outside; resolved by 30/06 only the 01/05 one.
    EXPECT_EQ(rowsOf(reports::liaisonReport(context(board(), ReportPeriod::halfYear(2024, 1))).tables[0]),
              "Nguyễn Văn Tỉnh|Phó Bí thư Tỉnh ủy|Đảng bộ xã Thái Giang|2|1|3|1|2\n"
              "Nguyễn Văn Tỉnh|Phó Bí thư Tỉnh ủy|Đảng bộ thị trấn Diêm Điền|1|0|0|0|0\n"
              "Trần Thị Huyện|Ủy viên Ban Thường vụ|Đảng bộ thị trấn Diêm Điền|1|0|1|0|1\n"
              "Total|||4|1|4|1|3");
}

TEST_F(LiaisonReportTest, OpenProblemsOldestFirst)
{
    // As of 01/03/2026 (kToday): every problem not resolved, whatever its date.
    const Report r = make(QStringLiteral("open-problems"), board(), ReportPeriod::year(2024));
    EXPECT_EQ(r.name, QStringLiteral("open-problems"));
    ASSERT_EQ(r.tables.size(), 1);
    EXPECT_EQ(r.tables[0].columns.size(), 9);
    EXPECT_EQ(rowsOf(r.tables[0]),
              "31/12/2023|791|Huyện ủy Thái Thụy|Đảng bộ xã Thái Giang||Nguyễn Văn Tỉnh|Other|Cũ|Open\n"
              "01/01/2024|790|Huyện ủy Thái Thụy|Đảng bộ thị trấn Diêm Điền||Trần Thị Huyện|Other|Thiếu kinh phí|Open\n"
              "15/02/2024|745|Huyện ủy Thái Thụy|Đảng bộ xã Thái Giang|Chi bộ thôn Phất Lộc Tây|Nguyễn Văn Tỉnh|Other|"
              "Đảng viên vắng|Open\n"
              "31/12/2024|425|Huyện ủy Thái Thụy|Đảng bộ thị trấn Diêm Điền||Trần Thị Huyện|Other|Chưa có sổ theo dõi|"
              "Being resolved");
    EXPECT_EQ(r.tables[0].rows[0].drillScope, QStringLiteral("P.D1.C1"));
    // The ward's office: its own commune only; a cell secretary may not see it.
    EXPECT_EQ(make(QStringLiteral("open-problems"), as(Role::CommuneOffice, tiny.ward), ReportPeriod::year(2024))
                  .tables[0]
                  .rows.size(),
              2);
    EXPECT_THROW(make(QStringLiteral("open-problems"), as(Role::CellSecretary, tiny.village), ReportPeriod::year(2024)),
                 AccessDenied);
}

// ---- The small demo province against plain SQL ---------------------------------------

namespace {

// A second, plain connection on the same file: the figures below never go through
// the code under test.
class PlainSql {
public:
    // A connection of its own (SQLite file or server database), used only for the
    // plain queries here, never by the report code.
    explicit PlainSql(const QString &path) : db_(storage::Database::openRaw(path, storage::Database::Create::MustExist)) {}
    QSqlQuery run(const QString &sql, const QVariantList &values = {}) const
    {
        QSqlQuery q(db_.connection());
        if (!q.prepare(sql))
            ADD_FAILURE() << "prepare: " << sql.toStdString() << ": " << q.lastError().text().toStdString();
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (!q.exec())
            ADD_FAILURE() << "exec: " << sql.toStdString() << ": " << q.lastError().text().toStdString();
        return q;
    }
    QList<int> ints(const QString &sql, const QVariantList &values = {}) const
    {
        QSqlQuery q = run(sql, values);
        QList<int> out;
        if (q.next())
            for (int i = 0; i < q.record().count(); ++i)
                out << q.value(i).toInt();
        return out;
    }

private:
    storage::Database db_;
};

QList<int> totalsOf(const ReportTable &t, const QList<int> &columns)
{
    QList<int> out;
    const ReportRow &total = totalOf(t);
    for (int c : columns)
        out << total.cells.value(c).toInt();
    return out;
}

} // namespace

class DemoReportsTest : public ::testing::Test {
protected:
    test::TempFolder dir;
    QString path = test::smallDemoCopy(dir);
    storage::Database db = storage::Database::open(path);
    ActingUser admin = test::wholeDatabaseUser(QStringLiteral("admin"));

    Report make(const QString &name, const ReportPeriod &period, const QString &scope = {}, const QString &who = {})
    {
        ReportRequest r;
        r.name = name;
        r.period = period;
        r.scopeCode = scope;
        r.member = who;
        return reports::makeReport(db, admin, r, kToday);
    }
};

TEST_F(DemoReportsTest, LiaisonTotalsAgreeWithPlainSql)
{
    const PlainSql plain(path);
    const ReportPeriod years = ReportPeriod::range(QDate(2012, 1, 1), QDate(2014, 12, 31));
    const QString sql = QStringLiteral(
        "SELECT count(DISTINCT v.id), count(DISTINCT v.meeting_id || '-' || v.id), count(p.id), "
        "coalesce(sum(CASE WHEN p.status = 'resolved' AND p.resolved_date <= ? THEN 1 ELSE 0 END), 0) "
        "FROM liaison_visits v JOIN organisations o ON o.id = v.commune_id "
        "LEFT JOIN liaison_problems p ON p.visit_id = v.id "
        "WHERE v.visit_date BETWEEN ? AND ? AND o.path LIKE ? || '%'");
    // A period ending on the day of a visit whose problem was resolved later: that
    // problem is still open at the period's end.
    QSqlQuery late = plain.run(QStringLiteral("SELECT v.visit_date FROM liaison_problems p JOIN liaison_visits v "
                                              "ON v.id = p.visit_id WHERE p.status = 'resolved' "
                                              "AND p.resolved_date > v.visit_date ORDER BY p.id LIMIT 1"));
    ASSERT_TRUE(late.next()) << "the demo resolves problems after the visits";
    const QDate lateVisit = QDate::fromString(late.value(0).toString(), Qt::ISODate);
    late.finish();
    const ReportPeriod untilThen = ReportPeriod::range(QDate(lateVisit.year(), 1, 1), lateVisit);
    EXPECT_GT(totalOf(make(QStringLiteral("liaison"), untilThen).tables[0]).cells.value(7).toInt(), 0);
    for (const ReportPeriod &period : {years, untilThen})
        for (const QString &scope : {QStringLiteral("TB"), QStringLiteral("TB.D01")}) {
            const std::string what = scope.toStdString() + " " + period.label().toStdString();
            QSqlQuery p = plain.run(QStringLiteral("SELECT path FROM organisations WHERE code = ?"), {scope});
            ASSERT_TRUE(p.next()) << what;
            const QString orgPath = p.value(0).toString();
            p.finish();
            const QString to = period.to.toString(Qt::ISODate);
            const QList<int> expected =
                plain.ints(sql, {to, period.from.toString(Qt::ISODate), to, orgPath});
            const Report r = make(QStringLiteral("liaison"), period, scope);
            const QList<int> got = totalsOf(r.tables[0], {3, 4, 5, 6});
            EXPECT_EQ(got, expected) << what;
            if (period == years) {
                EXPECT_GT(got.value(0), 0) << "the demo's cadres visited " << what;
            }
            EXPECT_EQ(totalOf(r.tables[0]).cells.value(7).toInt(), expected.value(2) - expected.value(3)) << what;
            // Rows sum to the totals.
            int visits = 0;
            for (const ReportRow &row : r.tables[0].rows)
                if (!row.total)
                    visits += row.cells.value(3).toInt();
            EXPECT_EQ(visits, got.value(0)) << what;
        }
    EXPECT_GT(totalOf(make(QStringLiteral("liaison"), years).tables[0]).cells.value(5).toInt(), 0)
        << "the demo's visits raise problems";
}

TEST_F(DemoReportsTest, CommentTotalsAgreeWithPlainSql)
{
    const PlainSql plain(path);
    // The due rule written out again: assigned on or before 31/12/2013, not ended on or
    // before it, not exempt on it.
    const QString dueSql = QStringLiteral(
        "SELECT DISTINCT r.issuing_org_id, r.member_id FROM referrals r "
        "WHERE r.assigned_cell_id IS NOT NULL AND r.assigned_date <= '2013-12-31' "
        "AND (r.ended_date IS NULL OR r.ended_date > '2013-12-31') "
        "AND NOT (r.exempt = 1 AND coalesce(r.exempt_from, '0000') <= '2013-12-31' "
        "AND coalesce(r.exempt_to, '9999') >= '2013-12-31')");
    // Comments for 2013: for the first 30 members due (signed: written), 20 sent, 10
    // received; drafts for the next 5 (not written); and one for a member who is not due.
    QList<qint64> due;
    for (QSqlQuery q = plain.run(dueSql + QStringLiteral(" ORDER BY r.member_id LIMIT 35")); q.next();)
        due << q.value(1).toLongLong();
    ASSERT_EQ(due.size(), 35);
    QSqlQuery notDue = plain.run(QStringLiteral("SELECT m.id FROM members m WHERE m.id NOT IN (SELECT member_id FROM (")
                                 + dueSql + QStringLiteral(") due) LIMIT 1"));
    ASSERT_TRUE(notDue.next());
    const qint64 notDueId = notDue.value(0).toLongLong();
    notDue.finish(); // an open statement would keep the plain connection's old snapshot
    {
        storage::Transaction tx(db, QStringLiteral("test"));
        storage::ResidenceRepository repo(db);
        for (int i = 0; i < due.size(); ++i) {
            AnnualComment c;
            c.memberId = due[i];
            c.year = 2013;
            c.otherRemarks = QStringLiteral("Nhận xét năm 2013");
            c.draftedDate = QDate(2013, 12, 1);
            if (i < 30) {
                c.citizenConduct = QStringLiteral("Gương mẫu");
                c.meetingParticipation = QStringLiteral("Đầy đủ");
                c.communityRelations = QStringLiteral("Tốt");
                c.conclusion = CommentConclusion::FulfilsWell;
                c.signedBy = QStringLiteral("Bí thư");
                c.signedDate = QDate(2013, 12, 10);
            }
            if (i < 20)
                c.sentDate = QDate(2013, 12, 15);
            if (i < 10)
                c.receivedDate = QDate(2013, 12, 28);
            storage::CommentRepository(db).insert(c);
        }
        AnnualComment other;
        other.memberId = notDueId;
        other.year = 2013;
        other.otherRemarks = QStringLiteral("Không thuộc diện");
        other.draftedDate = QDate(2013, 12, 1);
        other.signedDate = QDate(2013, 12, 10);
        storage::CommentRepository(db).insert(other);
        tx.commit();
    }
    const QList<int> expected = plain.ints(
        QStringLiteral("SELECT count(*), count(ac.signed_date), count(ac.sent_date), count(ac.received_date) FROM (")
        + dueSql
        + QStringLiteral(") d LEFT JOIN annual_comments ac ON ac.member_id = d.member_id AND ac.year = 2013"));
    ASSERT_EQ(expected.size(), 4);
    EXPECT_GT(expected[0], 30);
    EXPECT_EQ(expected[1], 30);
    const Report r = make(QStringLiteral("comments"), ReportPeriod::year(2013));
    EXPECT_EQ(totalsOf(r.tables[0], {3, 4, 5, 6, 7}),
              (QList<int>{expected[0], 30, 20, 10, expected[0] - 30}));
    // One row per issuing organisation with somebody due.
    const QList<int> orgs = plain.ints(QStringLiteral("SELECT count(DISTINCT issuing_org_id) FROM (") + dueSql
                                       + QStringLiteral(") due"));
    EXPECT_EQ(r.tables[0].rows.size() - 1, orgs.value(0));
}

TEST_F(DemoReportsTest, AlertsAndCrowdedCellsAgreeWithPlainSql)
{
    const PlainSql plain(path);
    const QDate asOf(2014, 12, 31);
    const QString day = asOf.toString(Qt::ISODate);
    MeetingRules rules = MeetingService(db, admin).rules();
    rules.crowdedAbove = 5; // the small demo's cells are small
    ASSERT_TRUE(MeetingService(db, admin).setRules(rules).ok());

    // Every referral, to work out in C++ who a meeting expected.
    struct Ref {
        qint64 cell;
        QString assigned, ended, exemptFrom, exemptTo;
        bool exempt;
    };
    auto expectedAt = [](const Ref &r, qint64 cell, const QString &d) {
        if (r.cell != cell || r.assigned.isEmpty() || r.assigned > d)
            return false;
        if (!r.ended.isEmpty() && r.ended <= d)
            return false;
        return !(r.exempt && (r.exemptFrom.isEmpty() || r.exemptFrom <= d) && (r.exemptTo.isEmpty() || r.exemptTo >= d));
    };
    QHash<qint64, QList<Ref>> refs;
    for (QSqlQuery q = plain.run(QStringLiteral("SELECT member_id, coalesce(assigned_cell_id, 0), "
                                                "coalesce(assigned_date, ''), coalesce(ended_date, ''), exempt, "
                                                "coalesce(exempt_from, ''), coalesce(exempt_to, '') FROM referrals"));
         q.next();)
        refs[q.value(0).toLongLong()].append({q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString(),
                                               q.value(5).toString(), q.value(6).toString(), q.value(4).toBool()});

    // Crowded: residence cells with more than 5 expected on the day.
    std::map<qint64, int> perCell;
    for (auto it = refs.cbegin(); it != refs.cend(); ++it)
        for (const Ref &r : it.value())
            if (r.cell > 0 && expectedAt(r, r.cell, day))
                ++perCell[r.cell];
    std::set<qint64> residenceCells;
    for (QSqlQuery q = plain.run(QStringLiteral("SELECT id FROM organisations WHERE level = 'cell' "
                                                "AND kind IN ('village', 'residential_group')"));
         q.next();)
        residenceCells.insert(q.value(0).toLongLong());
    int crowdedCells = 0, crowdedMembers = 0;
    for (const auto &[cell, n] : perCell)
        if (residenceCells.count(cell) && n > 5) {
            ++crowdedCells;
            crowdedMembers += n;
        }

    // Alerts: members expected on the day; their marks on held meetings up to it where
    // a referral of theirs expected them, counted back from the latest.
    struct Mark {
        QString date;
        qint64 meeting;
        QString status;
    };
    QHash<qint64, QList<Mark>> marks;
    for (QSqlQuery q = plain.run(QStringLiteral("SELECT a.member_id, mt.id, mt.cell_id, mt.meeting_date, a.status "
                                                "FROM attendance a JOIN meetings mt ON mt.id = a.meeting_id "
                                                "WHERE mt.held = 1 AND mt.meeting_date <= ?"),
                                 {day});
         q.next();) {
        const qint64 who = q.value(0).toLongLong();
        const QString date = q.value(3).toString();
        bool expected = false;
        for (const Ref &r : refs.value(who))
            expected = expected || expectedAt(r, q.value(2).toLongLong(), date);
        if (expected)
            marks[who].append({date, q.value(1).toLongLong(), q.value(4).toString()});
    }
    int alerted = 0, absences = 0;
    for (auto it = refs.cbegin(); it != refs.cend(); ++it) {
        bool current = false;
        for (const Ref &r : it.value())
            current = current || (r.cell > 0 && expectedAt(r, r.cell, day));
        if (!current)
            continue;
        QMap<QString, QList<Mark>> byDate;
        for (const Mark &m : marks.value(it.key()))
            byDate[m.date].append(m);
        std::set<qint64> run;
        for (auto d = byDate.cend(); d != byDate.cbegin();) {
            --d;
            bool ends = false;
            for (const Mark &m : d.value())
                ends = ends || m.status == QStringLiteral("present")
                       || (m.status == QStringLiteral("absent_excused") && !rules.absencesWithReasonCount);
            if (ends)
                break;
            for (const Mark &m : d.value())
                run.insert(m.meeting);
        }
        if (int(run.size()) >= rules.absenceAlertAfter) {
            ++alerted;
            absences += int(run.size());
        }
    }

    const Report r = make(QStringLiteral("alerts"), ReportPeriod::year(2014));
    EXPECT_GT(alerted, 0) << "the demo has absentees";
    EXPECT_EQ(totalOf(r.tables[0]).cells.value(0).toInt(), alerted);
    int reported = 0;
    for (const ReportRow &row : r.tables[0].rows)
        if (!row.total)
            reported += row.cells.value(7).toInt();
    EXPECT_EQ(reported, absences);
    EXPECT_GT(crowdedCells, 0);
    EXPECT_EQ(totalsOf(r.tables[1], {0, 3}), (QList<int>{crowdedCells, crowdedMembers}));
}

TEST_F(DemoReportsTest, MemberRecordAgreesWithPlainSql)
{
    const PlainSql plain(path);
    // A working member with present marks in 2013.
    QSqlQuery q = plain.run(QStringLiteral(
        "SELECT m.party_card_no, m.id, count(*) FROM members m JOIN organisations w ON w.id = m.cell_id "
        "JOIN attendance a ON a.member_id = m.id JOIN meetings mt ON mt.id = a.meeting_id "
        "WHERE w.level = 'workplace' AND m.party_card_no IS NOT NULL AND a.status = 'present' "
        "AND mt.meeting_date BETWEEN '2013-01-01' AND '2013-12-31' GROUP BY m.id ORDER BY m.id LIMIT 1"));
    ASSERT_TRUE(q.next());
    const QString cardNo = q.value(0).toString();
    const qint64 id = q.value(1).toLongLong();
    const int present = q.value(2).toInt();
    const int letters = plain.ints(QStringLiteral("SELECT count(*) FROM referrals WHERE member_id = ?"), {id}).value(0);

    const Report r = make(QStringLiteral("member"), ReportPeriod::year(2013), {}, cardNo);
    EXPECT_EQ(r.tables[1].rows.size(), letters);
    EXPECT_EQ(totalOf(r.tables[2]).cells.value(7).toInt(), present);
    // Every line of the period lies in 2013.
    for (const ReportRow &row : r.tables[2].rows) {
        if (!row.total) {
            EXPECT_EQ(row.cells.value(0).toDate().year(), 2013);
        }
    }
}
