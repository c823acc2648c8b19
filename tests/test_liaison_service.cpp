// Liaison cadres (issue 8): the register and dated assignments (through a district),
// visits with their cell and meeting, problems, who may read and write what, stale
// saves, and the provincial board's open-problems list (order, filters, days open).
#include "services/liaison_service.h"
#include "storage/meeting_repository.h"
#include "support/test_support.h"

#include <QSqlQuery>
#include <gtest/gtest.h>

using namespace cutru;

namespace {

class LiaisonServiceTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        tiny = test::buildTinyProvince(db);
        district2 = test::addOrganisation(db, tiny.province, OrgLevel::District, "", "P.D2", QStringLiteral("Huyện ủy Tiền Hải"));
        commune3 = test::addOrganisation(db, district2, OrgLevel::Commune, "xa", "P.D2.C3", QStringLiteral("Đảng bộ xã Nam Hà"));
        cell3 = test::addOrganisation(db, commune3, OrgLevel::Cell, "village", "P.D2.C3.K1", QStringLiteral("Chi bộ thôn Nam"));
        // Two-tier: a commune directly under the province.
        twoTier = test::addOrganisation(db, tiny.province, OrgLevel::Commune, "xa", "P.C9", QStringLiteral("Đảng bộ xã Mới"));
        storage::Transaction tx(db, QStringLiteral("setup"));
        storage::MeetingRepository meetings(db);
        for (const auto &[cell, day] : {std::pair{tiny.village, QDate(2024, 2, 15)}, std::pair{tiny.village, QDate(2024, 3, 1)},
                                        std::pair{tiny.village, QDate(2024, 8, 15)}, std::pair{tiny.group, QDate(2024, 2, 16)}}) {
            Meeting m;
            m.cellId = cell;
            m.date = day;
            m.venue = QStringLiteral("Nhà văn hóa");
            meetings.insert(m);
            meetingIds << m.id;
        }
        tx.commit();
    }

    LiaisonCadre addCadre(const QString &name)
    {
        LiaisonCadre c;
        c.fullName = name;
        c.position = QStringLiteral("Ủy viên Ban Thường vụ Tỉnh ủy");
        c.organisation = QStringLiteral("Ban Tổ chức Tỉnh ủy");
        c.phone = QStringLiteral("0912345678");
        EXPECT_TRUE(LiaisonService(db, board).saveCadre(c).ok());
        return c;
    }

    LiaisonVisit addVisit(qint64 cadre, qint64 commune, QDate day, QList<LiaisonProblem> problems, qint64 cell = 0,
                          qint64 meeting = 0)
    {
        LiaisonVisit v;
        v.cadreId = cadre;
        v.communeId = commune;
        v.cellId = cell;
        v.meetingId = meeting;
        v.visitDate = day;
        const SaveOutcome o = LiaisonService(db, board).saveVisit(v, problems);
        EXPECT_TRUE(o.ok()) << o.message.toStdString() << (o.errors.isEmpty() ? "" : o.errors[0].message.toStdString());
        return v;
    }

    static LiaisonProblem problem(ProblemCategory category, const QString &text, ProblemStatus status = ProblemStatus::Open,
                                  QDate resolvedOn = {})
    {
        LiaisonProblem p;
        p.category = category;
        p.text = text;
        p.status = status;
        p.resolvedDate = resolvedOn;
        if (status == ProblemStatus::Resolved)
            p.resolution = QStringLiteral("Đã khắc phục");
        return p;
    }

    int count(const QString &sql)
    {
        QSqlQuery q(db.connection());
        EXPECT_TRUE(q.exec(sql));
        return q.next() ? q.value(0).toInt() : -1;
    }

    ActingUser as(Role role, qint64 org) { return test::userWithRole(QStringLiteral("u"), role, db, org); }

    test::TempFolder dir;
    storage::Database db = storage::Database::open(dir.database(QStringLiteral("liaison.cutru")));
    test::TinyProvince tiny;
    qint64 district2 = 0, commune3 = 0, cell3 = 0, twoTier = 0;
    QList<qint64> meetingIds; // village 15/02, 01/03, 15/08/2024; group 16/02/2024
    ActingUser board = test::wholeDatabaseUser(QStringLiteral("board"));
};

QStringList texts(const QList<storage::OpenProblemRow> &rows)
{
    QStringList out;
    for (const auto &r : rows)
        out << r.problem.text;
    return out;
}

} // namespace

TEST_F(LiaisonServiceTest, CadresAreValidatedAndStaleEditsRefused)
{
    LiaisonService service(db, board);
    LiaisonCadre blank;
    blank.fullName = QStringLiteral("   ");
    const SaveOutcome refused = service.saveCadre(blank);
    EXPECT_EQ(refused.status, SaveOutcome::Status::Invalid);
    EXPECT_TRUE(hasErrorFor(refused.errors, QStringLiteral("fullName")));
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM liaison_cadres")), 0);

    LiaisonCadre c = addCadre(QStringLiteral("  Nguyễn  Văn Tỉnh "));
    EXPECT_EQ(c.fullName, QStringLiteral("Nguyễn Văn Tỉnh"));
    LiaisonCadre other = *service.cadre(c.id);
    c.phone = QStringLiteral("0988000111");
    ASSERT_TRUE(service.saveCadre(c).ok());
    EXPECT_EQ(c.rowVersion, 2);
    other.position = QStringLiteral("Phó Bí thư");
    EXPECT_EQ(service.saveCadre(other).status, SaveOutcome::Status::Stale);
    EXPECT_EQ(service.cadre(c.id)->phone, QStringLiteral("0988000111"));
    EXPECT_EQ(service.cadre(c.id)->organisation, QStringLiteral("Ban Tổ chức Tỉnh ủy"));
}

TEST_F(LiaisonServiceTest, AssignmentsReachCommunesThroughTheirDistrict)
{
    LiaisonService service(db, board);
    const LiaisonCadre d = addCadre(QStringLiteral("Cán bộ Huyện"));
    const LiaisonCadre c = addCadre(QStringLiteral("Cán bộ Xã"));
    LiaisonAssignment toDistrict{0, d.id, tiny.district, QDate(2024, 1, 1), {}};
    ASSERT_TRUE(service.saveAssignment(toDistrict).ok());
    LiaisonAssignment toCommune{0, c.id, tiny.commune, QDate(2024, 3, 1), QDate(2024, 12, 31)};
    ASSERT_TRUE(service.saveAssignment(toCommune).ok());

    auto names = [&](qint64 commune, QDate day) {
        QStringList out;
        for (const storage::CadreOnDuty &x : service.assignedTo(commune, day))
            out << x.cadre.fullName;
        return out.join(QLatin1Char(','));
    };
    EXPECT_EQ(names(tiny.commune, QDate(2024, 2, 29)), QStringLiteral("Cán bộ Huyện"));
    EXPECT_EQ(names(tiny.commune, QDate(2024, 3, 1)), QStringLiteral("Cán bộ Huyện,Cán bộ Xã")) << "first day";
    EXPECT_EQ(names(tiny.commune, QDate(2024, 12, 31)), QStringLiteral("Cán bộ Huyện,Cán bộ Xã")) << "last day";
    EXPECT_EQ(names(tiny.commune, QDate(2025, 1, 1)), QStringLiteral("Cán bộ Huyện"));
    EXPECT_EQ(names(tiny.ward, QDate(2024, 6, 1)), QStringLiteral("Cán bộ Huyện")) << "the district's other commune";
    EXPECT_EQ(names(commune3, QDate(2024, 6, 1)), QString()) << "another district";
    EXPECT_EQ(service.assignedTo(tiny.ward, QDate(2024, 6, 1)).first().assignment.organisationName,
              QStringLiteral("Huyện ủy Thái Thụy"));

    // Ending the district assignment on 30/06/2024.
    EXPECT_EQ(service.endAssignment(toDistrict.id, QDate(2024, 6, 30), toDistrict.rowVersion + 1).status,
              SaveOutcome::Status::Stale);
    EXPECT_EQ(service.endAssignment(toDistrict.id, QDate(2023, 12, 31), toDistrict.rowVersion).status,
              SaveOutcome::Status::Invalid)
        << "before it began";
    ASSERT_TRUE(service.endAssignment(toDistrict.id, QDate(2024, 6, 30), toDistrict.rowVersion).ok());
    EXPECT_EQ(names(tiny.ward, QDate(2024, 6, 30)), QStringLiteral("Cán bộ Huyện"));
    EXPECT_EQ(names(tiny.ward, QDate(2024, 7, 1)), QString());
    const QList<storage::AssignmentRow> rows = service.assignmentsOf(d.id);
    ASSERT_EQ(rows.size(), 1);
    EXPECT_EQ(rows[0].assignment.to, QDate(2024, 6, 30));
    EXPECT_EQ(rows[0].organisationLevel, OrgLevel::District);

    // Only districts and communes; the period in order.
    LiaisonAssignment toCell{0, c.id, tiny.village, QDate(2024, 1, 1), {}};
    const SaveOutcome cell = service.saveAssignment(toCell);
    EXPECT_EQ(cell.status, SaveOutcome::Status::Invalid);
    EXPECT_TRUE(hasErrorFor(cell.errors, QStringLiteral("organisationId")));
    LiaisonAssignment backwards{0, c.id, tiny.ward, QDate(2024, 5, 1), QDate(2024, 4, 30)};
    EXPECT_TRUE(hasErrorFor(service.saveAssignment(backwards).errors, QStringLiteral("to")));
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM liaison_assignments")), 2);
}

TEST_F(LiaisonServiceTest, VisitsCheckTheirCellAndMeeting)
{
    LiaisonService service(db, board);
    const LiaisonCadre c = addCadre(QStringLiteral("Nguyễn Văn Tỉnh"));
    LiaisonVisit v;
    v.cadreId = c.id;
    v.communeId = tiny.commune;
    v.visitDate = QDate(2024, 2, 15);
    QList<LiaisonProblem> none;

    // The meetings offered: the cell's, nearest first, within the window.
    const QList<storage::MeetingChoice> offered = service.meetingsNear(tiny.village, v.visitDate);
    ASSERT_EQ(offered.size(), 2) << "15/08 is too far";
    EXPECT_EQ(offered[0].id, meetingIds[0]);
    EXPECT_EQ(offered[1].id, meetingIds[1]);

    v.cellId = tiny.group; // a cell of the ward
    SaveOutcome o = service.saveVisit(v, none);
    EXPECT_TRUE(hasErrorFor(o.errors, QStringLiteral("cellId"))) << "the cell must belong to the commune";
    v.cellId = 0;
    v.meetingId = meetingIds[0];
    EXPECT_TRUE(hasErrorFor(service.saveVisit(v, none).errors, QStringLiteral("meetingId"))) << "a meeting needs its cell";
    v.cellId = tiny.village;
    v.meetingId = meetingIds[3]; // the group's meeting
    EXPECT_TRUE(hasErrorFor(service.saveVisit(v, none).errors, QStringLiteral("meetingId"))) << "another cell's meeting";
    v.meetingId = meetingIds[2]; // 15/08: six months away
    EXPECT_TRUE(hasErrorFor(service.saveVisit(v, none).errors, QStringLiteral("meetingId"))) << "too far";
    v.meetingId = meetingIds[0];
    QList<LiaisonProblem> bad{problem(ProblemCategory::VenueTooSmall, QStringLiteral("Hội trường chật")),
                              problem(ProblemCategory::Other, QStringLiteral("Đã xong"), ProblemStatus::Resolved)};
    o = service.saveVisit(v, bad);
    EXPECT_EQ(o.status, SaveOutcome::Status::Invalid);
    EXPECT_TRUE(hasErrorFor(o.errors, QStringLiteral("problems[1].resolvedDate"))) << "resolved needs its date";
    bad[1].resolvedDate = QDate(2024, 2, 1);
    EXPECT_TRUE(hasErrorFor(service.saveVisit(v, bad).errors, QStringLiteral("problems[1].resolvedDate")))
        << "resolved before the visit";
    v.communeId = tiny.village;
    EXPECT_TRUE(hasErrorFor(service.saveVisit(v, none).errors, QStringLiteral("communeId"))) << "a cell is no commune";
    v.communeId = tiny.commune;
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM liaison_visits")), 0);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM liaison_problems")), 0);

    bad[1].resolvedDate = QDate(2024, 4, 1);
    ASSERT_TRUE(service.saveVisit(v, bad).ok());
    EXPECT_GT(v.id, 0);
    EXPECT_EQ(bad[0].visitId, v.id);
    const auto row = service.visit(v.id);
    ASSERT_TRUE(row.has_value());
    EXPECT_EQ(row->cellName, QStringLiteral("Chi bộ thôn Phất Lộc Tây"));
    EXPECT_EQ(row->meetingDate, QDate(2024, 2, 15));
    EXPECT_EQ(row->problems, 2);
    EXPECT_EQ(row->unresolved, 1);
    EXPECT_EQ(service.problemsOf(v.id).size(), 2);
    EXPECT_EQ(service.visits(c.id).size(), 1);
    EXPECT_EQ(service.visits(0, tiny.ward).size(), 0);
}

TEST_F(LiaisonServiceTest, StaleVisitsAndProblemsAreRefused)
{
    LiaisonService service(db, board);
    const LiaisonCadre c = addCadre(QStringLiteral("Nguyễn Văn Tỉnh"));
    LiaisonVisit v = addVisit(c.id, tiny.commune, QDate(2024, 5, 5), {problem(ProblemCategory::Other, QStringLiteral("Một"))});
    LiaisonVisit copy = v;
    QList<LiaisonProblem> problems = service.problemsOf(v.id);
    QList<LiaisonProblem> problemsCopy = problems;
    v.notes = QStringLiteral("Sửa lần một");
    ASSERT_TRUE(service.saveVisit(v, problems).ok());
    copy.notes = QStringLiteral("Sửa lần hai");
    EXPECT_EQ(service.saveVisit(copy, problemsCopy).status, SaveOutcome::Status::Stale);

    LiaisonProblem p = problems[0];
    LiaisonProblem older = p;
    p.status = ProblemStatus::BeingResolved;
    ASSERT_TRUE(service.saveProblem(p).ok());
    older.status = ProblemStatus::Resolved;
    older.resolvedDate = QDate(2024, 6, 1);
    older.resolution = QStringLiteral("Xong");
    EXPECT_EQ(service.saveProblem(older).status, SaveOutcome::Status::Stale);
    EXPECT_EQ(service.problemsOf(v.id)[0].status, ProblemStatus::BeingResolved);
    // Resolving it properly: status, resolution and date together.
    p.status = ProblemStatus::Resolved;
    const SaveOutcome noDate = service.saveProblem(p);
    EXPECT_TRUE(hasErrorFor(noDate.errors, QStringLiteral("resolvedDate")));
    EXPECT_TRUE(hasErrorFor(noDate.errors, QStringLiteral("resolution")));
    p.resolvedDate = QDate(2024, 6, 1);
    p.resolution = QStringLiteral("Đảng ủy xã đã chỉ đạo");
    ASSERT_TRUE(service.saveProblem(p).ok());
    EXPECT_EQ(service.problemsOf(v.id)[0].resolvedDate, QDate(2024, 6, 1));
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM change_log WHERE table_name = 'liaison_problems' "
                                   "AND actor = 'board'")),
              3);
}

TEST_F(LiaisonServiceTest, RolesReadAndWriteWhatTheyMay)
{
    const LiaisonCadre c = addCadre(QStringLiteral("Nguyễn Văn Tỉnh"));
    const LiaisonCadre other = addCadre(QStringLiteral("Trần Văn Khác"));
    LiaisonAssignment a{0, other.id, commune3, QDate(2024, 1, 1), {}};
    ASSERT_TRUE(LiaisonService(db, board).saveAssignment(a).ok());
    const LiaisonVisit here = addVisit(c.id, tiny.commune, QDate(2024, 2, 1), {problem(ProblemCategory::Other, QStringLiteral("Ở xã"))});
    const LiaisonVisit there = addVisit(other.id, commune3, QDate(2024, 3, 1), {problem(ProblemCategory::Other, QStringLiteral("Ở Nam Hà"))});

    // Writes: the provincial board only.
    for (Role role : {Role::CommuneOffice, Role::CellSecretary, Role::WorkplaceOfficer, Role::Auditor}) {
        SCOPED_TRACE(label(role).toStdString());
        const qint64 org = role == Role::CommuneOffice   ? tiny.commune
                           : role == Role::CellSecretary ? tiny.village
                           : role == Role::Auditor       ? tiny.province
                                                         : tiny.workplace;
        LiaisonService service(db, as(role, org));
        LiaisonCadre x;
        x.fullName = QStringLiteral("Ai đó");
        EXPECT_EQ(service.saveCadre(x).status, SaveOutcome::Status::Denied);
        LiaisonVisit v = here;
        QList<LiaisonProblem> none;
        EXPECT_EQ(service.saveVisit(v, none).status, SaveOutcome::Status::Denied);
        LiaisonProblem p = LiaisonService(db, board).problemsOf(here.id)[0];
        p.status = ProblemStatus::BeingResolved;
        EXPECT_EQ(service.saveProblem(p).status, SaveOutcome::Status::Denied);
    }
    LiaisonService provinceBoard(db, as(Role::ProvincialBoard, tiny.province));
    LiaisonCadre y;
    y.fullName = QStringLiteral("Cán bộ mới");
    EXPECT_TRUE(provinceBoard.saveCadre(y).ok()) << "a board granted over the province";

    // Reads: the auditor everywhere; a commune office its commune; nobody else.
    LiaisonService auditor(db, as(Role::Auditor, tiny.province));
    EXPECT_EQ(auditor.visits().size(), 2);
    EXPECT_EQ(auditor.openProblems({}, QDate(2024, 12, 31)).size(), 2);
    EXPECT_EQ(auditor.cadres().size(), 3);

    LiaisonService office(db, as(Role::CommuneOffice, tiny.commune));
    ASSERT_EQ(office.visits().size(), 1);
    EXPECT_EQ(office.visits()[0].visit.id, here.id);
    EXPECT_EQ(texts(office.openProblems({}, QDate(2024, 12, 31))), QStringList{QStringLiteral("Ở xã")});
    storage::OpenProblemFilter elsewhere;
    elsewhere.scopePaths = {storage::LiaisonRepository(db).place(commune3)->path};
    EXPECT_TRUE(office.openProblems(elsewhere, QDate(2024, 12, 31)).isEmpty()) << "asking for another commune";
    EXPECT_EQ(office.problemsOf(here.id).size(), 1);
    EXPECT_THROW(office.problemsOf(there.id), AccessDenied);
    EXPECT_THROW(office.visit(there.id), AccessDenied);
    EXPECT_THROW(office.cellsOf(commune3), AccessDenied);
    EXPECT_THROW(office.meetingsNear(cell3, QDate(2024, 3, 1)), AccessDenied);
    EXPECT_EQ(office.communes().size(), 1);
    ASSERT_EQ(office.cadres().size(), 1) << "the cadre who visited the commune";
    EXPECT_EQ(office.cadres()[0].id, c.id);
    EXPECT_THROW(office.assignmentsOf(other.id), AccessDenied);

    // The ward's office sees neither visit.
    EXPECT_TRUE(LiaisonService(db, as(Role::CommuneOffice, tiny.ward)).visits().isEmpty());

    for (auto [role, org] : {std::pair{Role::CellSecretary, tiny.village}, std::pair{Role::WorkplaceOfficer, tiny.workplace}}) {
        LiaisonService service(db, as(role, org));
        EXPECT_FALSE(service.mayRead());
        EXPECT_THROW(service.visits(), AccessDenied);
        EXPECT_THROW(service.openProblems({}, QDate(2024, 12, 31)), AccessDenied);
        EXPECT_THROW(service.cadres(), AccessDenied);
    }
}

TEST_F(LiaisonServiceTest, OpenProblemsOldestFirstFilteredByCategoryAndDistrict)
{
    const LiaisonCadre c = addCadre(QStringLiteral("Nguyễn Văn Tỉnh"));
    addVisit(c.id, tiny.ward, QDate(2024, 3, 10), {problem(ProblemCategory::VenueTooSmall, QStringLiteral("Ward venue"))});
    addVisit(c.id, tiny.commune, QDate(2024, 2, 15),
             {problem(ProblemCategory::UnclearCellRelation, QStringLiteral("Unclear"), ProblemStatus::BeingResolved),
              problem(ProblemCategory::Other, QStringLiteral("Done"), ProblemStatus::Resolved, QDate(2024, 4, 1)),
              problem(ProblemCategory::VenueTooSmall, QStringLiteral("Village venue"))},
             tiny.village, meetingIds[0]);
    addVisit(c.id, twoTier, QDate(2024, 1, 5), {problem(ProblemCategory::VenueTooSmall, QStringLiteral("Two-tier venue"))});
    addVisit(c.id, commune3, QDate(2024, 6, 1), {problem(ProblemCategory::ReferralNotReceived, QStringLiteral("Letters"))});

    LiaisonService service(db, board);
    const QDate asOf(2024, 7, 1);
    const QList<storage::OpenProblemRow> all = service.openProblems({}, asOf);
    EXPECT_EQ(texts(all), (QStringList{QStringLiteral("Two-tier venue"), QStringLiteral("Unclear"),
                                       QStringLiteral("Village venue"), QStringLiteral("Ward venue"),
                                       QStringLiteral("Letters")}));
    ASSERT_EQ(all.size(), 5);
    EXPECT_EQ(all[0].daysOpen, 178); // 05/01 → 01/07/2024 (leap year)
    EXPECT_EQ(all[0].districtId, 0);
    EXPECT_TRUE(all[0].districtName.isEmpty());
    EXPECT_EQ(all[1].daysOpen, 137);
    EXPECT_EQ(all[1].districtName, QStringLiteral("Huyện ủy Thái Thụy"));
    EXPECT_EQ(all[1].communeName, QStringLiteral("Đảng bộ xã Thái Giang"));
    EXPECT_EQ(all[1].cellName, QStringLiteral("Chi bộ thôn Phất Lộc Tây"));
    EXPECT_EQ(all[1].cadreName, QStringLiteral("Nguyễn Văn Tỉnh"));
    EXPECT_EQ(all[1].problem.status, ProblemStatus::BeingResolved);
    EXPECT_EQ(all[4].daysOpen, 30);

    storage::OpenProblemFilter venues;
    venues.category = ProblemCategory::VenueTooSmall;
    EXPECT_EQ(texts(service.openProblems(venues, asOf)),
              (QStringList{QStringLiteral("Two-tier venue"), QStringLiteral("Village venue"), QStringLiteral("Ward venue")}));
    venues.districtId = tiny.district;
    EXPECT_EQ(texts(service.openProblems(venues, asOf)),
              (QStringList{QStringLiteral("Village venue"), QStringLiteral("Ward venue")}));
    venues.districtId = 0;
    EXPECT_EQ(texts(service.openProblems(venues, asOf)), QStringList{QStringLiteral("Two-tier venue")});
    storage::OpenProblemFilter secondDistrict;
    secondDistrict.districtId = district2;
    EXPECT_EQ(texts(service.openProblems(secondDistrict, asOf)), QStringList{QStringLiteral("Letters")});

    EXPECT_EQ(service.districts().size(), 2);
    EXPECT_EQ(service.communes().size(), 4);
    EXPECT_EQ(service.cellsOf(tiny.commune).size(), 1);
}
