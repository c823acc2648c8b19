#include "domain/access.h"

#include <gtest/gtest.h>

using namespace cutru;

namespace {

// The rule table as the issue states it, written out independently of access.cpp so
// that a change there must be a deliberate change here too.
struct Expectation {
    Action action;
    bool board, commune, cell, workplace, auditor;
};

const Expectation kTable[] = {
    {Action::ReadMembers, true, true, true, true, true},
    {Action::EditMembers, true, true, false, true, false},
    {Action::ViewPersonalIdentifiers, true, true, false, true, false},
    {Action::ViewPhoneNumbers, true, true, true, true, false},
    {Action::ManageOrganisations, true, false, false, false, false},
    {Action::ManageAccounts, true, false, false, false, false},
    {Action::IssueReferrals, false, false, false, true, false},
    {Action::ReceiveReferrals, false, true, false, false, false},
    {Action::AssignCells, false, true, false, false, false},
    {Action::ManageMeetings, false, true, true, false, false},
    {Action::PlanMeetings, true, true, false, false, false},
    {Action::RecordAttendance, false, true, true, false, false},
    {Action::WriteComments, false, true, true, false, false},
    {Action::ReadComments, true, true, true, true, true},
    {Action::PrepareComments, true, true, true, false, false},
    {Action::ReceiveComments, false, false, false, true, false},
    {Action::RequestComments, false, false, false, true, false},
    {Action::ManageLiaison, true, false, false, false, false},
    {Action::ReadLiaison, true, true, false, false, true},
    {Action::ReadHistory, true, false, false, false, true},
    {Action::BackUp, true, false, false, false, false},
    {Action::Restore, true, false, false, false, false},
};

} // namespace

TEST(AccessRules, RoleTableMatchesTheIssue)
{
    for (const auto &e : kTable) {
        SCOPED_TRACE(refusalMessage(e.action).toStdString());
        EXPECT_EQ(roleMay(Role::ProvincialBoard, e.action), e.board);
        EXPECT_EQ(roleMay(Role::CommuneOffice, e.action), e.commune);
        EXPECT_EQ(roleMay(Role::CellSecretary, e.action), e.cell);
        EXPECT_EQ(roleMay(Role::WorkplaceOfficer, e.action), e.workplace);
        EXPECT_EQ(roleMay(Role::Auditor, e.action), e.auditor);
    }
}

TEST(AccessRules, AuditorChangesNothing)
{
    for (const auto &e : kTable) {
        const bool isRead = e.action == Action::ReadMembers || e.action == Action::ReadComments
                            || e.action == Action::ReadHistory || e.action == Action::ReadLiaison;
        if (!isRead) {
            EXPECT_FALSE(roleMay(Role::Auditor, e.action)) << refusalMessage(e.action).toStdString();
        }
    }
}

TEST(AccessRules, GrantReachesItsSubtreeOnly)
{
    const Permissions office({RoleGrant{Role::CommuneOffice, 3, QStringLiteral("/1/2/3/"), QStringLiteral("Xã A")}});
    EXPECT_TRUE(office.may(Action::EditMembers, {QStringLiteral("/1/2/3/")}));
    EXPECT_TRUE(office.may(Action::EditMembers, {QStringLiteral("/1/2/3/4/")}));
    EXPECT_FALSE(office.may(Action::EditMembers, {QStringLiteral("/1/2/30/")})) << "a sibling with a longer id";
    EXPECT_FALSE(office.may(Action::EditMembers, {QStringLiteral("/1/2/")})) << "the parent district";
    EXPECT_TRUE(office.may(Action::EditMembers, {QStringLiteral("/1/9/"), QStringLiteral("/1/2/3/4/")}))
        << "any related organisation inside the grant is enough";
    EXPECT_FALSE(office.may(Action::EditMembers, {})) << "whole-database actions need a province-wide role";
    EXPECT_FALSE(office.may(Action::ReceiveComments, {QStringLiteral("/1/2/3/4/")})) << "the role, not only the scope";
    ASSERT_TRUE(office.scopesFor(Action::ReadMembers).has_value());
    EXPECT_EQ(*office.scopesFor(Action::ReadMembers), QStringList{QStringLiteral("/1/2/3/")});
    EXPECT_EQ(*office.scopesFor(Action::ManageAccounts), QStringList{});
}

TEST(AccessRules, WholeDatabaseGrantReachesEverything)
{
    const Permissions all = Permissions::everything();
    EXPECT_TRUE(all.may(Action::ManageAccounts, {}));
    EXPECT_TRUE(all.may(Action::EditMembers, {QStringLiteral("/5/6/")}));
    EXPECT_FALSE(all.scopesFor(Action::ReadMembers).has_value()) << "no restriction at all";
    EXPECT_FALSE(Permissions().may(Action::ReadMembers)) << "no grant, no access";
}

TEST(AccessRules, RefusalNamesTheNeededRoles)
{
    const QString message = refusalMessage(Action::WriteComments);
    EXPECT_TRUE(message.contains(label(Role::CellSecretary))) << message.toStdString();
    EXPECT_FALSE(message.contains(label(Role::Auditor))) << message.toStdString();
}

TEST(AccessRules, RoleCodesRoundTrip)
{
    for (Role r : allRoles())
        EXPECT_EQ(roleFromCode(code(r)), r);
    EXPECT_FALSE(roleFromCode(QStringLiteral("king")).has_value());
}
