// Role × action at the services level: the checks live in the services, so a front
// end that forgot to hide a button still cannot read or change what the role may not.
#include "services/account_service.h"
#include "services/member_service.h"
#include "domain/vietnamese_text.h"
#include "storage/member_repository.h"
#include "support/test_support.h"

#include <QSqlQuery>
#include <gtest/gtest.h>

using namespace cutru;

namespace {

class PermissionMatrix : public ::testing::Test {
protected:
    void SetUp() override
    {
        MemberService admin(db, test::wholeDatabaseUser(QStringLiteral("setup")));
        // m1: held in the village cell, living there.
        villager = test::validMember(QStringLiteral("Nguyễn Văn Làng"), tiny.village, 1);
        villager.residenceCommuneId = tiny.commune;
        villager.residenceCellId = tiny.village;
        villager.phone = QStringLiteral("0912345678");
        ASSERT_TRUE(admin.save(villager, today).ok());
        // m2: held in the workplace organisation, living in the ward's residential group.
        worker = test::validMember(QStringLiteral("Trần Thị Cơ Quan"), tiny.workplace, 2);
        worker.gender = Gender::Female;
        worker.cccd = QStringLiteral("034175000002");
        worker.residenceCommuneId = tiny.ward;
        worker.residenceCellId = tiny.group;
        ASSERT_TRUE(admin.save(worker, today).ok());
        // m3: held in the ward's residential group.
        townsman = test::validMember(QStringLiteral("Lê Văn Phố"), tiny.group, 3);
        ASSERT_TRUE(admin.save(townsman, today).ok());
    }

    ActingUser as(Role role, qint64 org) { return test::userWithRole(code(role), role, db, org); }

    bool canRead(const ActingUser &u, qint64 memberId)
    {
        try {
            return MemberService(db, u).load(memberId).has_value();
        } catch (const AccessDenied &) {
            return false;
        }
    }

    // Tries a harmless change (the workplace text) and reports whether it was saved.
    SaveOutcome::Status tryEdit(const ActingUser &u, qint64 memberId)
    {
        Member m = *MemberService(db, test::wholeDatabaseUser(QStringLiteral("reader"))).load(memberId);
        m.position = QStringLiteral("changed by ") + u.name;
        return MemberService(db, u).save(m, today).status;
    }

    int listed(const ActingUser &u) { return MemberService(db, u).count({}); }

    test::TempFolder dir;
    storage::Database db = storage::Database::open(dir.database(QStringLiteral("perm.cutru")));
    test::TinyProvince tiny = test::buildTinyProvince(db);
    const QDate today{2024, 1, 1};
    Member villager, worker, townsman;
};

struct Row {
    const char *who;
    bool readVillager, editVillager, readWorker, editWorker;
    int listed;
    bool seesVillagerCccd;
};

} // namespace

TEST_F(PermissionMatrix, MembersReadEditListAndMask)
{
    const std::pair<ActingUser, Row> rows[] = {
        {as(Role::ProvincialBoard, tiny.province), {"board", true, true, true, true, 3, true}},
        {as(Role::Auditor, tiny.province), {"auditor", true, false, true, false, 3, false}},
        {as(Role::CommuneOffice, tiny.commune), {"commune office", true, true, false, false, 1, true}},
        {as(Role::CommuneOffice, tiny.ward), {"ward office", false, false, true, true, 2, true}},
        {as(Role::CellSecretary, tiny.village), {"cell secretary", true, false, false, false, 1, false}},
        {as(Role::WorkplaceOfficer, tiny.workplace), {"workplace officer", false, false, true, true, 1, true}},
        {ActingUser{}, {"nobody", false, false, false, false, 0, false}},
    };
    for (const auto &[user, row] : rows) {
        SCOPED_TRACE(row.who);
        EXPECT_EQ(canRead(user, villager.id), row.readVillager);
        EXPECT_EQ(canRead(user, worker.id), row.readWorker);
        EXPECT_EQ(tryEdit(user, villager.id) == SaveOutcome::Status::Saved, row.editVillager);
        EXPECT_EQ(tryEdit(user, worker.id) == SaveOutcome::Status::Saved, row.editWorker);
        EXPECT_EQ(listed(user), row.listed);
        if (row.readVillager) {
            const Member seen = *MemberService(db, user).load(villager.id);
            EXPECT_EQ(seen.cccd == villager.cccd, row.seesVillagerCccd) << seen.cccd.toStdString();
            if (!row.seesVillagerCccd) {
                EXPECT_TRUE(seen.cccd.endsWith(villager.cccd.right(3)));
            }
        }
    }
}

TEST_F(PermissionMatrix, RefusedEditExplainsTheRoleAndChangesNothing)
{
    Member m = villager;
    m.position = QStringLiteral("auditor was here");
    const ActingUser auditor = as(Role::Auditor, tiny.province);
    const SaveOutcome out = MemberService(db, auditor).save(m, today);
    ASSERT_EQ(out.status, SaveOutcome::Status::Denied);
    EXPECT_TRUE(out.message.contains(label(Role::CommuneOffice))) << out.message.toStdString();
    const auto stored = storage::MemberRepository(db).byId(villager.id);
    EXPECT_NE(stored->position, m.position);
}

TEST_F(PermissionMatrix, CannotMoveAMemberOutOfReach)
{
    // The village's commune office may edit the villager but not hand them to another commune's cell.
    Member m = *MemberService(db, test::wholeDatabaseUser(QStringLiteral("r"))).load(villager.id);
    m.cellId = tiny.group;
    m.residenceCommuneId = tiny.ward;
    m.residenceCellId = tiny.group;
    EXPECT_EQ(MemberService(db, as(Role::CommuneOffice, tiny.commune)).save(m, today).status,
              SaveOutcome::Status::Denied);
    // Nor create a member in a cell it does not run.
    Member stranger = test::validMember(QStringLiteral("Người Lạ"), tiny.group, 9);
    EXPECT_EQ(MemberService(db, as(Role::CommuneOffice, tiny.commune)).save(stranger, today).status,
              SaveOutcome::Status::Denied);
    EXPECT_EQ(stranger.id, 0);
}

TEST_F(PermissionMatrix, MaskedUsersCannotSearchByCccd)
{
    storage::MemberQuery byNumber;
    byNumber.terms = {villager.cccd};
    EXPECT_EQ(MemberService(db, as(Role::ProvincialBoard, tiny.province)).count(byNumber), 1);
    EXPECT_EQ(MemberService(db, as(Role::CellSecretary, tiny.village)).count(byNumber), 0);
    storage::MemberQuery byName;
    byName.terms = {QStringLiteral("lang")};
    EXPECT_EQ(MemberService(db, as(Role::CellSecretary, tiny.village)).count(byName), 1);
    const auto rows = MemberService(db, as(Role::CellSecretary, tiny.village)).window({}, 0, 10);
    ASSERT_EQ(rows.size(), 1);
    EXPECT_NE(rows.first().cccd, villager.cccd);
}

TEST_F(PermissionMatrix, MixedGrantsNeverRevealMaskedNumbers)
{
    // Commune office of one commune (sees its CCCDs) and cell secretary of the ward's
    // group (sees them masked): a search by number must not find the group's members.
    ActingUser mixed = as(Role::CommuneOffice, tiny.commune);
    const ActingUser secretary = as(Role::CellSecretary, tiny.group);
    mixed.permissions = Permissions(mixed.permissions.grants() + secretary.permissions.grants());
    MemberService service(db, mixed);
    EXPECT_EQ(service.count({}), 3) << "the villager, and the two living in or held by the group";
    storage::MemberQuery byNumber;
    byNumber.terms = {townsman.cccd};
    EXPECT_EQ(service.count(byNumber), 0);
    // Nor order them by it.
    storage::MemberQuery byCccd;
    byCccd.sort = storage::MemberSort::Cccd;
    const auto rows = service.window(byCccd, 0, 10);
    QStringList names;
    for (const auto &r : rows)
        names << r.fullName;
    QStringList sorted = names;
    std::sort(sorted.begin(), sorted.end(), [](const QString &a, const QString &b) {
        return text::nameSortKey(a) < text::nameSortKey(b);
    });
    EXPECT_EQ(names, sorted) << "sorted by name instead";
    // The townsman's number stays masked, the villager's does not.
    for (const auto &r : rows) {
        if (r.id == townsman.id) {
            EXPECT_NE(r.cccd, townsman.cccd);
        }
        if (r.id == villager.id) {
            EXPECT_EQ(r.cccd, villager.cccd);
        }
    }
}

TEST_F(PermissionMatrix, UnresolvedGrantReachesNothing)
{
    ActingUser broken;
    broken.name = QStringLiteral("broken");
    broken.permissions = Permissions({RoleGrant{Role::CommuneOffice, 999, QString(), QString()}});
    EXPECT_EQ(MemberService(db, broken).count({}), 0);
    EXPECT_FALSE(canRead(broken, villager.id));
}

TEST_F(PermissionMatrix, PhoneMaskedForAuditorShownToCellSecretary)
{
    EXPECT_EQ(MemberService(db, as(Role::CellSecretary, tiny.village)).load(villager.id)->phone, villager.phone);
    EXPECT_NE(MemberService(db, as(Role::Auditor, tiny.province)).load(villager.id)->phone, villager.phone);
}

TEST_F(PermissionMatrix, MemberHistoryFollowsReadAccessAndMasking)
{
    EXPECT_THROW(MemberService(db, as(Role::WorkplaceOfficer, tiny.workplace)).history(villager.id), AccessDenied);
    const auto entries = MemberService(db, as(Role::CellSecretary, tiny.village)).history(villager.id);
    ASSERT_FALSE(entries.isEmpty());
    EXPECT_FALSE(entries.first().newValues.contains(villager.cccd));
    EXPECT_TRUE(entries.first().newValues.contains(villager.phone));
    const auto full = MemberService(db, as(Role::ProvincialBoard, tiny.province)).history(villager.id);
    EXPECT_TRUE(full.first().newValues.contains(villager.cccd));
}

TEST_F(PermissionMatrix, OnlyTheBoardManagesAccounts)
{
    AccountService accounts(db);
    const std::pair<ActingUser, bool> rows[] = {
        {as(Role::ProvincialBoard, tiny.province), true},  {as(Role::Auditor, tiny.province), false},
        {as(Role::CommuneOffice, tiny.commune), false},    {as(Role::CellSecretary, tiny.village), false},
        {as(Role::WorkplaceOfficer, tiny.workplace), false},
    };
    int n = 0;
    for (const auto &[user, allowed] : rows) {
        SCOPED_TRACE(user.name.toStdString());
        EXPECT_EQ(!![&] {
            try {
                accounts.accounts(user);
                return true;
            } catch (const AccessDenied &) {
                return false;
            }
        }(), allowed);
        Account a;
        a.username = QStringLiteral("new.%1").arg(++n);
        a.fullName = QStringLiteral("Người mới");
        a.grants = {RoleGrant{Role::CellSecretary, tiny.village, {}, {}}};
        const SaveOutcome out = accounts.create(user, a, QStringLiteral("matkhau123"));
        EXPECT_EQ(out.ok(), allowed) << out.message.toStdString();
        if (!allowed) {
            EXPECT_EQ(out.status, SaveOutcome::Status::Denied);
        }
    }
}
