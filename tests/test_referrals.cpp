// The referral flow's rules at the services level: each refused action says why
// and writes nothing.
#include "services/member_service.h"
#include "services/referral_service.h"
#include "storage/residence_repository.h"
#include "support/test_support.h"

#include <QSqlQuery>
#include <atomic>
#include <gtest/gtest.h>
#include <thread>

using namespace cutru;

namespace {

class Referrals : public ::testing::Test {
protected:
    void SetUp() override
    {
        MemberService admin(db, test::wholeDatabaseUser(QStringLiteral("setup")));
        const char *given[] = {"An", "Bình", "Cường", "Dũng", "Giang", "Hải"};
        for (int i = 0; i < 6; ++i) {
            Member m = test::validMember(QStringLiteral("Nguyễn Văn ") + QString::fromUtf8(given[i]), tiny.workplace,
                                         100 + i);
            m.residenceCommuneId = i < 4 ? tiny.commune : tiny.ward;
            m.residenceCellId = i < 4 ? tiny.village : tiny.group;
            ASSERT_TRUE(admin.save(m, today).ok());
            workers << m.id;
        }
        Member v = test::validMember(QStringLiteral("Lê Thị Làng"), tiny.village, 200);
        v.gender = Gender::Female;
        v.cccd = QStringLiteral("034175000200");
        ASSERT_TRUE(admin.save(v, today).ok());
        villager = v.id;
    }

    ActingUser as(Role role, qint64 org) { return test::userWithRole(code(role), role, db, org); }
    ActingUser officer() { return as(Role::WorkplaceOfficer, tiny.workplace); }
    ActingUser office() { return as(Role::CommuneOffice, tiny.commune); }

    int referralCount()
    {
        QSqlQuery q(db.connection());
        q.exec(QStringLiteral("SELECT count(*) FROM referrals"));
        return q.next() ? q.value(0).toInt() : -1;
    }

    Referral issueOne(qint64 memberId, const QDate &on)
    {
        QList<Referral> made;
        const SaveOutcome out = ReferralService(db, officer()).issue({{memberId, {}}}, on, &made);
        EXPECT_TRUE(out.ok()) << out.message.toStdString();
        return made.value(0);
    }

    test::TempFolder dir;
    storage::Database db = storage::Database::open(dir.database(QStringLiteral("ref.cutru")));
    test::TinyProvince tiny = test::buildTinyProvince(db);
    const QDate today{2024, 1, 10};
    QList<qint64> workers;
    qint64 villager = 0;
};

QString firstError(const SaveOutcome &o)
{
    return o.errors.isEmpty() ? o.message : o.errors.first().message;
}

} // namespace

TEST_F(Referrals, LettersAreNumberedPerOrganisationAndYearWithoutGaps)
{
    QList<Referral> made;
    ASSERT_TRUE(ReferralService(db, officer()).issue({{workers[0], {}}, {workers[1], {}}, {workers[2], {}}}, today, &made).ok());
    ASSERT_EQ(made.size(), 3);
    EXPECT_EQ(made[0].letterNo, 1);
    EXPECT_EQ(made[2].letterNo, 3);
    EXPECT_EQ(made[0].toCommuneId, tiny.commune) << "to the member's residence commune";
    ASSERT_TRUE(ReferralService(db, officer()).issue({{workers[3], {}}}, today, &made).ok());
    EXPECT_EQ(made[0].letterNo, 4);
    ASSERT_TRUE(ReferralService(db, officer()).issue({{workers[4], {}}}, QDate(2025, 1, 2), &made).ok());
    EXPECT_EQ(made[0].letterNo, 1) << "a new year starts again at 1";
    EXPECT_EQ(made[0].letterYear, 2025);
}

TEST_F(Referrals, OnlyWorkingMembersOnlyOnceAndOnlyByTheirOrganisation)
{
    SaveOutcome out = ReferralService(db, officer()).issue({{workers[0], {}}, {villager, {}}}, today);
    EXPECT_EQ(out.status, SaveOutcome::Status::Invalid);
    EXPECT_TRUE(firstError(out).contains(QStringLiteral("Lê Thị Làng"))) << firstError(out).toStdString();
    EXPECT_EQ(referralCount(), 0) << "a batch is all or nothing";

    issueOne(workers[0], today);
    out = ReferralService(db, officer()).issue({{workers[0], {}}}, today);
    EXPECT_EQ(out.status, SaveOutcome::Status::Invalid);
    EXPECT_TRUE(firstError(out).contains(QStringLiteral("active referral"))) << firstError(out).toStdString();

    for (const ActingUser &u : {office(), as(Role::ProvincialBoard, tiny.province), as(Role::Auditor, tiny.province)}) {
        out = ReferralService(db, u).issue({{workers[1], {}}}, today);
        EXPECT_EQ(out.status, SaveOutcome::Status::Denied) << u.name.toStdString();
        EXPECT_TRUE(out.message.contains(label(Role::WorkplaceOfficer))) << out.message.toStdString();
    }
    EXPECT_EQ(referralCount(), 1);
}

TEST_F(Referrals, TheReceivingCommuneReceivesAndAssigns)
{
    const Referral a = issueOne(workers[0], today);
    const Referral b = issueOne(workers[1], today);
    // Not another commune's office, not before the issue date, not a batch with one bad.
    EXPECT_EQ(ReferralService(db, as(Role::CommuneOffice, tiny.ward)).receive({a.id}, today).status,
              SaveOutcome::Status::Denied);
    SaveOutcome out = ReferralService(db, office()).receive({a.id}, today.addDays(-1));
    EXPECT_EQ(out.status, SaveOutcome::Status::Invalid);
    EXPECT_TRUE(firstError(out).contains(QStringLiteral("10/01/2024"))) << firstError(out).toStdString();
    // Assigning first is refused.
    EXPECT_EQ(ReferralService(db, office()).assign(a.id, tiny.village, today).status, SaveOutcome::Status::Invalid);

    ASSERT_TRUE(ReferralService(db, office()).receive({a.id, b.id}, today.addDays(5)).ok());
    out = ReferralService(db, office()).receive({a.id}, today.addDays(6));
    EXPECT_EQ(out.status, SaveOutcome::Status::Invalid) << "already received";

    // A cell of another commune is refused; its own village cell is fine.
    out = ReferralService(db, office()).assign(a.id, tiny.group, today.addDays(6));
    EXPECT_EQ(out.status, SaveOutcome::Status::Invalid);
    ASSERT_TRUE(ReferralService(db, office()).assign(a.id, tiny.village, today.addDays(6)).ok());
    const auto stored = storage::ResidenceRepository(db).referralById(a.id);
    EXPECT_EQ(stored->state(), ReferralState::Assigned);
    EXPECT_EQ(stored->assignedCellId, tiny.village);
}

TEST_F(Referrals, ExemptMembersAreReceivedAndMarked)
{
    const Referral a = issueOne(workers[0], today);
    ASSERT_TRUE(ReferralService(db, office()).receive({a.id}, today).ok());
    ASSERT_TRUE(ReferralService(db, office())
                    .setExemption(a.id, ExemptionReason::FullTimeCourse, today, today.addYears(1))
                    .ok());
    const auto stored = storage::ResidenceRepository(db).referralById(a.id);
    EXPECT_TRUE(stored->exempt);
    EXPECT_EQ(stored->exemptionReason, ExemptionReason::FullTimeCourse);
    EXPECT_EQ(ReferralService(db, office()).setExemption(a.id, ExemptionReason::Barracks, today, today.addDays(-1)).status,
              SaveOutcome::Status::Invalid)
        << "ends before it starts";
}

TEST_F(Referrals, EndingAndMovingKeepTheHistory)
{
    const Referral a = issueOne(workers[0], today);
    ASSERT_TRUE(ReferralService(db, office()).receive({a.id}, today).ok());
    // Moving house: the old one ends ("moved"), a new one goes to the ward, numbered next.
    Referral next;
    ASSERT_TRUE(ReferralService(db, officer())
                    .move(a.id, today.addMonths(3), {tiny.ward, {}, {}}, &next)
                    .ok());
    EXPECT_EQ(next.toCommuneId, tiny.ward);
    EXPECT_EQ(next.letterNo, a.letterNo + 1);
    const QList<Referral> history = ReferralService(db, officer()).referralsOf(workers[0]);
    ASSERT_EQ(history.size(), 2);
    EXPECT_EQ(history[0].endReason, ReferralEndReason::Moved);
    EXPECT_TRUE(history[1].isActive());
    // An ended referral cannot be received or reassigned.
    EXPECT_EQ(ReferralService(db, office()).assign(a.id, tiny.village, today.addMonths(4)).status,
              SaveOutcome::Status::Invalid);
    const Referral fresh = issueOne(workers[1], today);
    ASSERT_TRUE(ReferralService(db, officer()).end(fresh.id, ReferralEndReason::Transferred, today.addDays(1)).ok());
    const SaveOutcome late = ReferralService(db, office()).receive({fresh.id}, today.addMonths(4));
    EXPECT_EQ(late.status, SaveOutcome::Status::Invalid);
    EXPECT_TRUE(firstError(late).contains(QStringLiteral("ended"))) << firstError(late).toStdString();
    // "Other" needs a note; retirement ends it.
    EXPECT_EQ(ReferralService(db, officer()).end(next.id, ReferralEndReason::Other, today.addMonths(5)).status,
              SaveOutcome::Status::Invalid);
    ASSERT_TRUE(ReferralService(db, officer()).end(next.id, ReferralEndReason::Retired, today.addMonths(5)).ok());
    EXPECT_FALSE(storage::ResidenceRepository(db).activeReferralOf(workers[0]).has_value());
    // A cell secretary may do none of this.
    EXPECT_EQ(ReferralService(db, as(Role::CellSecretary, tiny.village))
                  .end(history[0].id, ReferralEndReason::Retired, today.addMonths(6))
                  .status,
              SaveOutcome::Status::Denied);
}

TEST_F(Referrals, BatchesAreAllOrNothingAndNameTheMemberThatStoppedThem)
{
    // workers 0–3 live in the commune; worker 3's referral is not received.
    QList<qint64> ids;
    for (int i = 0; i < 4; ++i)
        ids << issueOne(workers[i], today).id;
    ASSERT_TRUE(ReferralService(db, office()).receive(ids.mid(0, 3), today.addDays(1)).ok());
    auto stored = [&](qint64 id) { return *storage::ResidenceRepository(db).referralById(id); };

    // Assigning all four: the fourth is not received, so none is assigned.
    QList<ReferralService::Assignment> all;
    for (qint64 id : ids)
        all.append({id, tiny.village});
    SaveOutcome out = ReferralService(db, office()).assign(all, today.addDays(2));
    EXPECT_EQ(out.status, SaveOutcome::Status::Invalid);
    EXPECT_TRUE(firstError(out).contains(QStringLiteral("Nguyễn Văn Dũng"))) << firstError(out).toStdString();
    for (qint64 id : ids)
        EXPECT_EQ(stored(id).assignedCellId, 0) << "nothing assigned";
    ASSERT_TRUE(ReferralService(db, office()).assign(all.mid(0, 3), today.addDays(2)).ok());
    EXPECT_EQ(stored(ids[2]).assignedCellId, tiny.village);

    // Exempting: a bad period stops the batch before any is marked.
    out = ReferralService(db, office()).setExemption(ids.mid(0, 2), ExemptionReason::Barracks, today, today.addDays(-1));
    EXPECT_EQ(out.status, SaveOutcome::Status::Invalid);
    EXPECT_FALSE(stored(ids[0]).exempt);
    ASSERT_TRUE(ReferralService(db, office()).setExemption(ids.mid(0, 2), ExemptionReason::Barracks, today, {}).ok());
    EXPECT_TRUE(stored(ids[1]).exempt);

    // Ending: one already ended stops the batch.
    ASSERT_TRUE(ReferralService(db, officer()).end(ids[3], ReferralEndReason::Retired, today.addDays(3)).ok());
    out = ReferralService(db, officer()).end(QList<qint64>{ids[0], ids[3]}, ReferralEndReason::Deceased, today.addDays(4));
    EXPECT_EQ(out.status, SaveOutcome::Status::Invalid);
    EXPECT_TRUE(firstError(out).contains(QStringLiteral("Nguyễn Văn Dũng"))) << firstError(out).toStdString();
    EXPECT_TRUE(stored(ids[0]).isActive());

    // Moving: the same; when it goes through, each member gets the next number in order.
    const int before = referralCount();
    out = ReferralService(db, officer()).move(QList<qint64>{ids[0], ids[3]}, today.addDays(5), {tiny.ward, {}, {}});
    EXPECT_FALSE(out.ok());
    EXPECT_EQ(referralCount(), before) << "no new letter";
    EXPECT_TRUE(stored(ids[0]).isActive());
    QList<Referral> moved;
    ASSERT_TRUE(ReferralService(db, officer()).move(ids.mid(0, 2), today.addDays(5), {tiny.ward, {}, {}}, &moved).ok());
    ASSERT_EQ(moved.size(), 2);
    EXPECT_EQ(moved[0].memberId, workers[0]);
    EXPECT_EQ(moved[1].letterNo, moved[0].letterNo + 1);
    EXPECT_EQ(stored(ids[1]).endReason, ReferralEndReason::Moved);
}

TEST_F(Referrals, MembersNotToBeReferredAreRefused)
{
    EXPECT_EQ(ReferralService(db, officer()).setNotReferred(workers[2], true, QString()).status,
              SaveOutcome::Status::Invalid)
        << "a reason is required";
    ASSERT_TRUE(ReferralService(db, officer()).setNotReferred(workers[2], true, QStringLiteral("Nhiệm vụ đặc biệt")).ok());
    const SaveOutcome out = ReferralService(db, officer()).issue({{workers[2], {}}}, today);
    EXPECT_EQ(out.status, SaveOutcome::Status::Invalid);
    EXPECT_TRUE(firstError(out).contains(QStringLiteral("not to be referred"))) << firstError(out).toStdString();
    EXPECT_EQ(referralCount(), 0);
    // Editing the member's form keeps the mark.
    MemberService admin(db, test::wholeDatabaseUser(QStringLiteral("setup")));
    Member m = *admin.load(workers[2]);
    m.position = QStringLiteral("Trung úy");
    ASSERT_TRUE(admin.save(m, today).ok());
    EXPECT_EQ(ReferralService(db, officer()).issue({{workers[2], {}}}, today).status, SaveOutcome::Status::Invalid);
    // Back on the list: referred normally. A commune office may not change the mark.
    EXPECT_EQ(ReferralService(db, office()).setNotReferred(workers[2], false, {}).status, SaveOutcome::Status::Denied);
    ASSERT_TRUE(ReferralService(db, officer()).setNotReferred(workers[2], false, {}).ok());
    issueOne(workers[2], today);
}

TEST_F(Referrals, OutsideTheProvinceCompletesWithTheReplySlip)
{
    QList<Referral> made;
    ReferralService::Destination away{0, QStringLiteral("Đảng ủy phường Hàng Bạc"), QStringLiteral("Hoàn Kiếm, Hà Nội")};
    ASSERT_TRUE(ReferralService(db, officer()).issue({{workers[5], away}}, today, &made).ok());
    const Referral r = made.first();
    EXPECT_TRUE(r.isExternal());
    EXPECT_EQ(ReferralService(db, office()).receive({r.id}, today).status, SaveOutcome::Status::Invalid);
    EXPECT_EQ(ReferralService(db, officer()).recordExternalReply(r.id, today.addDays(-3)).status,
              SaveOutcome::Status::Invalid);
    ASSERT_TRUE(ReferralService(db, officer()).recordExternalReply(r.id, today.addDays(12)).ok());
    EXPECT_EQ(storage::ResidenceRepository(db).referralById(r.id)->state(), ReferralState::Received);
}

TEST_F(Referrals, NumbersStayUniqueUnderTwoConcurrentConnections)
{
    // Two connections (as two users' windows) issue letters at the same time.
    QList<qint64> many;
    {
        MemberService admin(db, test::wholeDatabaseUser(QStringLiteral("setup")));
        for (int i = 0; i < 40; ++i) {
            // Distinct letters-only names: "Phạm Văn Aa", "Phạm Văn Ab", ...
            const QString given = QString(QChar(u'A' + i / 26)) + QChar(u'a' + i % 26);
            Member m = test::validMember(QStringLiteral("Phạm Văn ") + given, tiny.workplace, 300 + i);
            m.residenceCommuneId = tiny.commune;
            ASSERT_TRUE(admin.save(m, today).ok());
            many << m.id;
        }
    }
    const QString path = db.path();
    const ActingUser user = officer();
    std::atomic<int> failures{0};
    auto worker = [&](int offset) {
        storage::Database own = storage::Database::open(path, storage::Database::Create::MustExist,
                                                        storage::Database::IntegrityCheck::Skip);
        ReferralService service(own, user);
        for (int i = offset; i < many.size(); i += 2)
            if (!service.issue({{many[i], {}}}, today).ok())
                ++failures;
    };
    std::thread first(worker, 0), second(worker, 1);
    first.join();
    second.join();
    EXPECT_EQ(failures.load(), 0);
    QSqlQuery q(db.connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT count(*), count(DISTINCT letter_no), min(letter_no), max(letter_no) "
                                      "FROM referrals WHERE letter_year = 2024")));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toInt(), 40);
    EXPECT_EQ(q.value(1).toInt(), 40);
    EXPECT_EQ(q.value(2).toInt(), 1);
    EXPECT_EQ(q.value(3).toInt(), 40) << "no gaps";
}
