// The referral lists as each role sees them: the commune's inbox, the workplace's
// working members with their state, overdue counts, and the refusals.
#include "domain/vietnamese_text.h"
#include "services/member_service.h"
#include "services/referral_queries.h"
#include "services/referral_service.h"
#include "storage/organisation_repository.h"
#include "support/test_support.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <cstdio>
#include <functional>
#include <gtest/gtest.h>

using namespace cutru;

namespace {

class ReferralQueriesTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        workplace2 = test::addOrganisation(db, tiny.district, OrgLevel::Workplace, "public_service_unit", "P.D1.W2",
                                           QStringLiteral("Chi bộ Bệnh viện huyện"));
        MemberService admin(db, test::wholeDatabaseUser(QStringLiteral("setup")));
        // W1: An and Bình live in the commune, Cường in the ward, Dũng nowhere recorded;
        // W2: Giang in the commune, Hải in the ward.
        const char *given[] = {"An", "Bình", "Cường", "Dũng", "Giang", "Hải"};
        for (int i = 0; i < 6; ++i) {
            Member m = test::validMember(QStringLiteral("Nguyễn Văn ") + QString::fromUtf8(given[i]),
                                         i < 4 ? tiny.workplace : workplace2, 300 + i);
            if (i == 0 || i == 1 || i == 4) {
                m.residenceCommuneId = tiny.commune;
                m.residenceCellId = tiny.village;
            } else if (i == 2 || i == 5) {
                m.residenceCommuneId = tiny.ward;
                m.residenceCellId = tiny.group;
            }
            ASSERT_TRUE(admin.save(m, day0).ok());
            workers << m.id;
        }
        Member v = test::validMember(QStringLiteral("Lê Thị Làng"), tiny.village, 400);
        v.gender = Gender::Female;
        v.cccd = QStringLiteral("034175000400"); // the fourth digit says female
        ASSERT_TRUE(admin.save(v, day0).ok());
        villager = v.id;
    }

    ActingUser as(Role role, qint64 org) { return test::userWithRole(code(role), role, db, org); }
    ActingUser officer1() { return as(Role::WorkplaceOfficer, tiny.workplace); }
    ActingUser officer2() { return as(Role::WorkplaceOfficer, workplace2); }
    ActingUser commune() { return as(Role::CommuneOffice, tiny.commune); }
    ActingUser ward() { return as(Role::CommuneOffice, tiny.ward); }

    Referral issue(const ActingUser &by, qint64 memberId, const QDate &on, ReferralService::Destination to = {})
    {
        QList<Referral> made;
        const SaveOutcome out = ReferralService(db, by).issue({{memberId, to}}, on, &made);
        EXPECT_TRUE(out.ok()) << out.message.toStdString()
                              << (out.errors.isEmpty() ? std::string() : out.errors.first().message.toStdString());
        return made.value(0);
    }

    static QList<qint64> ids(const QList<storage::ReferralRow> &rows)
    {
        QList<qint64> out;
        for (const auto &r : rows)
            out << r.id;
        return out;
    }

    test::TempFolder dir;
    storage::Database db = storage::Database::open(dir.database(QStringLiteral("queries.cutru")));
    test::TinyProvince tiny = test::buildTinyProvince(db);
    qint64 workplace2 = 0;
    const QDate day0{2024, 3, 1};
    QList<qint64> workers;
    qint64 villager = 0;
};

} // namespace

TEST_F(ReferralQueriesTest, EachRoleSeesItsOwnSide)
{
    const Referral a = issue(officer1(), workers[0], day0);                   // W1 → commune
    const Referral c = issue(officer1(), workers[2], day0);                   // W1 → ward
    const Referral g = issue(officer2(), workers[4], day0);                   // W2 → commune
    const Referral h = issue(officer2(), workers[5], day0);                   // W2 → ward
    const Referral away = issue(officer1(), workers[3], day0,                 // W1 → outside
                                {0, QStringLiteral("Đảng ủy phường Hàng Bạc"), QStringLiteral("Hà Nội")});

    // The commune office: letters to its commune, in its inbox and in the list.
    ReferralQueries communeView(db, commune());
    EXPECT_TRUE(communeView.hasInbox());
    EXPECT_FALSE(communeView.hasWorkingMembers());
    EXPECT_EQ(communeView.inboxCount({}), 2);
    EXPECT_EQ(ids(communeView.inbox({}, 0, 50)), (QList<qint64>{a.id, g.id}));
    EXPECT_EQ(communeView.count({}), 2);
    EXPECT_TRUE(communeView.referral(g.id).has_value());
    EXPECT_FALSE(communeView.referral(h.id).has_value()) << "another commune's letter";
    EXPECT_THROW(communeView.workingMemberCount({}), AccessDenied);
    EXPECT_EQ(ReferralQueries(db, ward()).inboxCount({}), 2);

    // The workplace officer: what its organisation issued, the letter outside the province too.
    ReferralQueries w1(db, officer1());
    EXPECT_FALSE(w1.hasInbox());
    EXPECT_TRUE(w1.hasWorkingMembers());
    EXPECT_THROW(w1.inboxCount({}), AccessDenied);
    EXPECT_EQ(ids(w1.window({}, 0, 50)), (QList<qint64>{a.id, c.id, away.id}));
    EXPECT_FALSE(w1.referral(g.id).has_value());

    // Board and auditor: everything; the inbox holds the letters to communes of the database.
    for (const ActingUser &u : {as(Role::ProvincialBoard, tiny.province), as(Role::Auditor, tiny.province),
                                test::wholeDatabaseUser(QStringLiteral("admin"))}) {
        ReferralQueries all(db, u);
        EXPECT_EQ(all.count({}), 5) << u.name.toStdString();
        EXPECT_EQ(all.inboxCount({}), 4) << u.name.toStdString();
        EXPECT_EQ(all.workingMemberCount({}), 6) << u.name.toStdString();
    }

    // Two grants: the union of both sides.
    ActingUser both = commune();
    both.permissions = Permissions(commune().permissions.grants() + officer2().permissions.grants());
    EXPECT_EQ(ids(ReferralQueries(db, both).window({}, 0, 50)), (QList<qint64>{a.id, g.id, h.id}));

    // A cell secretary sees no letters at all; the refusal names the roles.
    ReferralQueries secretary(db, as(Role::CellSecretary, tiny.village));
    EXPECT_FALSE(secretary.mayRead());
    try {
        secretary.count({});
        FAIL() << "a cell secretary read the referrals";
    } catch (const AccessDenied &e) {
        EXPECT_TRUE(e.userMessage().contains(label(Role::CommuneOffice))) << e.userMessage().toStdString();
    }
    EXPECT_THROW(secretary.inbox({}, 0, 10), AccessDenied);
    EXPECT_THROW(secretary.workingMembers({}, 0, 10), AccessDenied);
    EXPECT_THROW(secretary.overdueCounts(30, day0), AccessDenied);
    EXPECT_THROW(ReferralQueries(db, ActingUser()).count({}), AccessDenied);
}

TEST_F(ReferralQueriesTest, InboxListsPendingFirstWithDaysWaitedAndOverdue)
{
    const Referral early = issue(officer1(), workers[0], day0);
    const Referral received = issue(officer1(), workers[1], day0.addDays(5));
    const Referral late = issue(officer2(), workers[4], day0.addDays(20));
    ASSERT_TRUE(ReferralService(db, commune()).receive({received.id}, day0.addDays(10)).ok());

    storage::ReferralListQuery q;
    q.asOf = day0.addDays(40);
    ReferralQueries view(db, commune());
    const QList<storage::ReferralRow> rows = view.inbox(q, 0, 50);
    ASSERT_EQ(ids(rows), (QList<qint64>{early.id, late.id, received.id})) << "pending first, longest waiting first";
    EXPECT_EQ(rows[0].daysWaited, 40);
    EXPECT_EQ(rows[1].daysWaited, 20);
    EXPECT_EQ(rows[2].daysWaited, -1) << "received: no longer waiting";
    EXPECT_EQ(rows[0].memberName, QStringLiteral("Nguyễn Văn An"));
    EXPECT_EQ(rows[0].issuingOrgCode, QStringLiteral("P.W1"));
    EXPECT_EQ(rows[0].toCommuneName, QStringLiteral("Đảng bộ xã Thái Giang"));
    EXPECT_EQ(rows[0].memberResidenceCellId, tiny.village);
    EXPECT_EQ(rows[2].state, ReferralState::Received);

    // Overdue after 30 days: only the early one.
    q.overdueAfterDays = 30;
    EXPECT_EQ(ids(view.inbox(q, 0, 50)), (QList<qint64>{early.id}));
    q.overdueAfterDays = 19;
    EXPECT_EQ(view.inboxCount(q), 2);
    q.overdueAfterDays = -1;
    // States and search (folded: no diacritics needed).
    q.states = {ReferralState::Received};
    EXPECT_EQ(ids(view.inbox(q, 0, 50)), (QList<qint64>{received.id}));
    q.states.clear();
    q.terms = text::searchTerms(QStringLiteral("giang"));
    EXPECT_EQ(ids(view.inbox(q, 0, 50)), (QList<qint64>{late.id}));
    q.terms.clear();
    q.issuingOrgId = workplace2;
    EXPECT_EQ(ids(view.inbox(q, 0, 50)), (QList<qint64>{late.id}));
    // Windows.
    EXPECT_EQ(ids(view.inbox({}, 1, 1)).size(), 1);

    // Overdue counts by commune and by issuing organisation, as each role sees them.
    const storage::OverdueCounts board = ReferralQueries(db, as(Role::ProvincialBoard, tiny.province))
                                             .overdueCounts(15, day0.addDays(40));
    EXPECT_EQ(board.total, 2);
    ASSERT_EQ(board.byCommune.size(), 1);
    EXPECT_EQ(board.byCommune[0].organisationId, tiny.commune);
    EXPECT_EQ(board.byCommune[0].count, 2);
    ASSERT_EQ(board.byIssuer.size(), 2);
    const storage::OverdueCounts mine = ReferralQueries(db, officer2()).overdueCounts(15, day0.addDays(40));
    EXPECT_EQ(mine.total, 1);
    ASSERT_EQ(mine.byIssuer.size(), 1);
    EXPECT_EQ(mine.byIssuer[0].organisationId, workplace2);
    EXPECT_EQ(ReferralQueries(db, ward()).overdueCounts(15, day0.addDays(40)).total, 0);

    // Within a scope (the Overview's): letters to a commune or from an organisation under it.
    storage::OrganisationRepository orgs(db);
    ReferralQueries boardView(db, as(Role::ProvincialBoard, tiny.province));
    const storage::OverdueCounts w1 = boardView.overdueCounts(15, day0.addDays(40), orgs.pathOf(tiny.workplace));
    EXPECT_EQ(w1.total, 1);
    ASSERT_EQ(w1.byCommune.size(), 1);
    EXPECT_EQ(w1.byCommune[0].organisationId, tiny.commune) << "the commune is outside W1 but the letter is from it";
    ASSERT_EQ(w1.byIssuer.size(), 1);
    EXPECT_EQ(w1.byIssuer[0].organisationId, tiny.workplace);
    EXPECT_EQ(boardView.overdueCounts(15, day0.addDays(40), orgs.pathOf(tiny.district)).total, 2);
    EXPECT_EQ(boardView.overdueCounts(15, day0.addDays(40), orgs.pathOf(tiny.ward)).total, 0);
    EXPECT_EQ(ReferralQueries(db, officer2()).overdueCounts(15, day0.addDays(40), orgs.pathOf(tiny.workplace)).total, 0)
        << "the scope narrows what the user may see, never widens it";
}

TEST_F(ReferralQueriesTest, WorkingMembersWithTheirReferralState)
{
    // An: assigned; Bình: received and exempt; Cường: issued; Dũng: never referred;
    // Giang (W2): ended; Hải (W2): not to be referred.
    const Referral a = issue(officer1(), workers[0], day0);
    const Referral b = issue(officer1(), workers[1], day0);
    issue(officer1(), workers[2], day0);
    const Referral g = issue(officer2(), workers[4], day0);
    ASSERT_TRUE(ReferralService(db, commune()).receive({a.id, b.id}, day0.addDays(3)).ok());
    ASSERT_TRUE(ReferralService(db, commune()).assign(a.id, tiny.village, day0.addDays(4)).ok());
    ASSERT_TRUE(ReferralService(db, commune())
                    .setExemption(b.id, ExemptionReason::StudentAway, day0.addDays(3), day0.addYears(1))
                    .ok());
    ASSERT_TRUE(ReferralService(db, officer2()).end(g.id, ReferralEndReason::Retired, day0.addDays(9)).ok());
    ASSERT_TRUE(ReferralService(db, officer2()).setNotReferred(workers[5], true, QStringLiteral("Nhiệm vụ đặc biệt")).ok());

    using S = storage::WorkingMemberState;
    ReferralQueries board(db, as(Role::Auditor, tiny.province));
    const auto all = board.workingMembers({}, 0, 50);
    ASSERT_EQ(all.size(), 6) << "working members only: not the village cell's own member";
    QHash<qint64, storage::WorkingMemberRow> byMember;
    for (const auto &w : all)
        byMember.insert(w.memberId, w);
    EXPECT_EQ(byMember[workers[0]].state, S::Assigned);
    EXPECT_EQ(byMember[workers[0]].assignedCellName, QStringLiteral("Chi bộ thôn Phất Lộc Tây"));
    EXPECT_EQ(byMember[workers[1]].state, S::Exempt);
    EXPECT_EQ(byMember[workers[1]].exemptionReason, ExemptionReason::StudentAway);
    EXPECT_EQ(byMember[workers[2]].state, S::Issued);
    EXPECT_EQ(byMember[workers[2]].toCommuneId, tiny.ward);
    EXPECT_EQ(byMember[workers[3]].state, S::NotReferred);
    EXPECT_EQ(byMember[workers[3]].referralId, 0);
    EXPECT_EQ(byMember[workers[3]].residenceCommuneId, 0);
    EXPECT_EQ(byMember[workers[4]].state, S::Ended);
    EXPECT_EQ(byMember[workers[4]].endReason, ReferralEndReason::Retired);
    EXPECT_FALSE(byMember[workers[4]].referralActive);
    EXPECT_EQ(byMember[workers[5]].state, S::NotToBeReferred);
    EXPECT_EQ(byMember[workers[5]].notReferredReason, QStringLiteral("Nhiệm vụ đặc biệt"));

    // Vietnamese name order: An, Bình, Cường, Dũng, Giang, Hải.
    QList<qint64> order;
    for (const auto &w : all)
        order << w.memberId;
    EXPECT_EQ(order, workers);

    // The workplace officer sees its own organisation's members only.
    ReferralQueries w1(db, officer1());
    EXPECT_EQ(w1.workingMemberCount({}), 4);
    storage::WorkingMemberQuery q;
    q.states = {S::NotReferred, S::Ended};
    const auto open = w1.workingMembers(q, 0, 50);
    ASSERT_EQ(open.size(), 1);
    EXPECT_EQ(open[0].memberId, workers[3]);
    EXPECT_EQ(w1.workingMemberCount(q), 1);
    q.states.clear();
    q.terms = text::searchTerms(QStringLiteral("cuong"));
    EXPECT_EQ(w1.workingMemberCount(q), 1);
    q.terms.clear();
    q.organisationId = workplace2;
    EXPECT_EQ(w1.workingMemberCount(q), 0) << "another organisation's members stay out of reach";
    EXPECT_EQ(board.workingMemberCount(q), 2);
    ASSERT_EQ(w1.workplaceOrganisations().size(), 1);
    EXPECT_EQ(board.workplaceOrganisations().size(), 2);

    // Forms: the commune's residence cells (not its other cells), for its own office only.
    const auto cells = ReferralQueries(db, commune()).residenceCellsOf(tiny.commune);
    ASSERT_EQ(cells.size(), 1);
    EXPECT_EQ(cells[0].id, tiny.village);
    EXPECT_THROW(ReferralQueries(db, commune()).residenceCellsOf(tiny.ward), AccessDenied);
    EXPECT_EQ(ReferralQueries(db, officer1()).communes().size(), 2);
}

// Timings on a full-size province: CUTRU_FULL_DB=<a copy of the full demo> (it is
// upgraded in place, so never the original).
TEST(ReferralQueriesTiming, FullProvince)
{
    const QString path = qEnvironmentVariable("CUTRU_FULL_DB");
    if (path.isEmpty() || !QFile::exists(path))
        GTEST_SKIP() << "set CUTRU_FULL_DB to a copy of the full demo province";
    storage::Database db = storage::Database::open(path, storage::Database::Create::MustExist,
                                                   storage::Database::IntegrityCheck::Skip);
    storage::OrganisationRepository orgs(db);
    auto grant = [&](Role role, const char *orgCode) {
        const auto o = orgs.byCode(QString::fromLatin1(orgCode));
        EXPECT_TRUE(o.has_value()) << orgCode;
        ActingUser u;
        u.name = QString::fromLatin1(orgCode);
        u.permissions = Permissions({RoleGrant{role, o->id, orgs.pathOf(o->id), o->name}});
        return u;
    };
    const QDate asOf(2013, 12, 31);
    auto time = [](const char *what, const std::function<int()> &f) {
        f(); // warm the cache once: a page is read many times while a user works
        QElapsedTimer t;
        t.start();
        const int n = f();
        const double ms = double(t.nsecsElapsed()) / 1e6;
        std::printf("  %-58s %8.1f ms  (%d)\n", what, ms, n);
        return ms;
    };
    ReferralQueries commune(db, grant(Role::CommuneOffice, "TB.D01.C004"));
    ReferralQueries board(db, grant(Role::ProvincialBoard, "TB"));
    ReferralQueries officer(db, grant(Role::WorkplaceOfficer, "TB.W083"));
    storage::ReferralListQuery q;
    q.asOf = asOf;
    EXPECT_LT(time("inbox count, largest commune (TB.D01.C004)", [&] { return commune.inboxCount(q); }), 50);
    EXPECT_LT(time("inbox first page of 200, largest commune", [&] { return int(commune.inbox(q, 0, 200).size()); }), 50);
    EXPECT_LT(time("inbox count, province (board)", [&] { return board.inboxCount(q); }), 50);
    EXPECT_LT(time("inbox first page of 200, province (board)", [&] { return int(board.inbox(q, 0, 200).size()); }), 50);
    EXPECT_LT(time("inbox page at 16,000, province (board)", [&] { return int(board.inbox(q, 16000, 200).size()); }), 50);
    storage::ReferralListQuery overdue = q;
    overdue.overdueAfterDays = 30;
    EXPECT_LT(time("overdue page, province (board)", [&] { return int(board.inbox(overdue, 0, 200).size()); }), 50);
    storage::ReferralListQuery search = q;
    search.terms = text::searchTerms(QStringLiteral("nguyen van"));
    EXPECT_LT(time("search 'nguyen van' page, province (board)", [&] { return int(board.inbox(search, 0, 200).size()); }), 50);
    EXPECT_LT(time("overdue counts by commune and organisation (board)", [&] { return board.overdueCounts(30, asOf).total; }), 50);
    storage::WorkingMemberQuery w;
    EXPECT_LT(time("working members count, TB.W083 (510)", [&] { return officer.workingMemberCount(w); }), 50);
    EXPECT_LT(time("working members page of 200, TB.W083", [&] { return int(officer.workingMembers(w, 0, 200).size()); }), 50);
    EXPECT_LT(time("working members count, province (board)", [&] { return board.workingMemberCount(w); }), 50);
    EXPECT_LT(time("working members first page, province (board)", [&] { return int(board.workingMembers(w, 0, 200).size()); }), 50);
    EXPECT_LT(time("working members page at 16,000, province (board)", [&] { return int(board.workingMembers(w, 16000, 200).size()); }), 50);
    storage::WorkingMemberQuery found;
    found.terms = text::searchTerms(QStringLiteral("nguyen van"));
    EXPECT_LT(time("working members search 'nguyen van' page (board)", [&] { return int(board.workingMembers(found, 0, 200).size()); }), 50);
    w.states = {storage::WorkingMemberState::NotReferred};
    EXPECT_LT(time("working members 'not referred' count, province (board)", [&] { return board.workingMemberCount(w); }), 50);
    EXPECT_LT(time("working members 'not referred' page, province (board)", [&] { return int(board.workingMembers(w, 0, 200).size()); }), 50);
}
