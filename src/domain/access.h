#pragma once

#include "domain/codes.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

// Who may do what, where. A role is always granted over one organisation and
// reaches everything under it in the tree (by materialised path); the rule table
// says which roles may perform which action. Pure rules: the services resolve
// organisation paths and call these before every read and write.
namespace cutru {

enum class Role {
    ProvincialBoard,  // reads everything; manages organisations and accounts
    CommuneOffice,    // its commune: receives referrals, assigns cells, runs its cells' meetings
    CellSecretary,    // its cell: meetings, attendance, comments
    WorkplaceOfficer, // its workplace organisation: issues referrals, reads comments on its members
    Auditor           // reads everything, changes nothing
};

enum class Action {
    ReadMembers,
    EditMembers,
    ViewPersonalIdentifiers, // unmasked CCCD
    ViewPhoneNumbers,        // unmasked phone numbers
    ManageOrganisations,
    ManageAccounts,
    IssueReferrals,
    ReceiveReferrals,
    AssignCells,
    ManageMeetings,
    PlanMeetings,
    RecordAttendance,
    WriteComments,   // write, sign and send a cell's comments
    ReadComments,
    PrepareComments, // drafts for many cells at once (a cell's, a commune's, the province's)
    ReceiveComments, // a workplace organisation acknowledges the comments sent to it
    RequestComments, // a workplace organisation asks for a comment on an exempt member
    ManageLiaison,
    ReadLiaison,     // liaison cadres, visits and problems (a commune office: its communes' visits)
    ReadHistory, // the whole change log (a record's own history goes with reading the record)
    BackUp,
    Restore,
};

QString code(Role r);
std::optional<Role> roleFromCode(const QString &code);
QString label(Role r);
QList<Role> allRoles();
// "Provincial board: Tỉnh ủy Thái Bình"
QString grantLabel(Role r, const QString &organisationName);

// The level of organisation a role is granted over.
OrgLevel grantLevel(Role r);

// The rule table.
bool roleMay(Role r, Action a);
QList<Role> rolesFor(Action a);
// A sentence naming the action and the roles it needs, for refusals.
QString refusalMessage(Action a);

struct RoleGrant {
    Role role = Role::Auditor;
    qint64 organisationId = 0;  // 0: the whole database (provincial board and auditor only)
    QString organisationPath;   // "/1/7/", resolved by the services; empty with id 0
    QString organisationName;   // for messages and the sign-in banner

    bool operator==(const RoleGrant &) const = default;
};

// The grants of one signed-in user.
class Permissions {
public:
    Permissions() = default; // may do nothing
    explicit Permissions(QList<RoleGrant> grants) : grants_(std::move(grants)) {}
    // A provincial board grant over the whole database: the local administrator of a file.
    static Permissions everything();

    const QList<RoleGrant> &grants() const { return grants_; }
    // Somewhere: the action is allowed over at least one organisation.
    bool may(Action a) const;
    // On a record related to these organisation paths (a member: the organisation
    // holding the membership, the residence commune, the residence cell). Allowed when
    // a grant whose role may act covers one of them. An empty list stands for the
    // whole database and is covered only by a whole-database or province grant.
    bool may(Action a, const QStringList &targetPaths) const;
    // The subtrees where the action is allowed; nullopt when it is allowed everywhere
    // (a whole-database grant), an empty list when nowhere.
    std::optional<QStringList> scopesFor(Action a) const;
    // "Commune office: Đảng ủy xã Vũ Hòa; Cell secretary: Chi bộ thôn Đông"
    QString describe() const;

private:
    QList<RoleGrant> grants_;
};

} // namespace cutru
