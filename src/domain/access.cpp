#include "domain/access.h"

#include "domain/codes.h"

#include <QCoreApplication>

namespace cutru {
namespace {

struct RoleEntry {
    Role role;
    const char *code;
    const char *label;
    OrgLevel level;
};

const RoleEntry kRoles[] = {
    {Role::ProvincialBoard, "provincial_board", QT_TRANSLATE_NOOP("cutru::Codes", "Provincial board"),
     OrgLevel::Province},
    {Role::CommuneOffice, "commune_office", QT_TRANSLATE_NOOP("cutru::Codes", "Commune office"), OrgLevel::Commune},
    {Role::CellSecretary, "cell_secretary", QT_TRANSLATE_NOOP("cutru::Codes", "Cell secretary"), OrgLevel::Cell},
    {Role::WorkplaceOfficer, "workplace_officer", QT_TRANSLATE_NOOP("cutru::Codes", "Workplace party officer"),
     OrgLevel::Workplace},
    {Role::Auditor, "auditor", QT_TRANSLATE_NOOP("cutru::Codes", "Auditor"), OrgLevel::Province},
};

const RoleEntry &entry(Role r)
{
    for (const auto &e : kRoles)
        if (e.role == r)
            return e;
    return kRoles[0];
}

using R = Role;
// The rule table, one line per action. Scope (which organisations) comes from the grant.
QList<Role> table(Action a)
{
    switch (a) {
    case Action::ReadMembers:
        return {R::ProvincialBoard, R::CommuneOffice, R::CellSecretary, R::WorkplaceOfficer, R::Auditor};
    case Action::EditMembers: return {R::ProvincialBoard, R::CommuneOffice, R::WorkplaceOfficer};
    case Action::ViewPersonalIdentifiers: return {R::ProvincialBoard, R::CommuneOffice, R::WorkplaceOfficer};
    case Action::ViewPhoneNumbers:
        return {R::ProvincialBoard, R::CommuneOffice, R::CellSecretary, R::WorkplaceOfficer};
    case Action::ManageOrganisations: return {R::ProvincialBoard};
    case Action::ManageAccounts: return {R::ProvincialBoard};
    case Action::IssueReferrals: return {R::WorkplaceOfficer};
    case Action::ReceiveReferrals: return {R::CommuneOffice};
    case Action::AssignCells: return {R::CommuneOffice};
    case Action::ManageMeetings: return {R::CommuneOffice, R::CellSecretary};
    // A year's periodic meetings for many cells at once: a commune's, or the province's.
    case Action::PlanMeetings: return {R::ProvincialBoard, R::CommuneOffice};
    case Action::RecordAttendance: return {R::CommuneOffice, R::CellSecretary};
    // Commune offices do the paperwork for their cells as well.
    case Action::WriteComments: return {R::CommuneOffice, R::CellSecretary};
    case Action::ReadComments:
        return {R::ProvincialBoard, R::CommuneOffice, R::CellSecretary, R::WorkplaceOfficer, R::Auditor};
    case Action::PrepareComments: return {R::ProvincialBoard, R::CommuneOffice, R::CellSecretary};
    case Action::ReceiveComments: return {R::WorkplaceOfficer};
    case Action::RequestComments: return {R::WorkplaceOfficer};
    case Action::ManageLiaison: return {R::ProvincialBoard};
    case Action::ReadLiaison: return {R::ProvincialBoard, R::CommuneOffice, R::Auditor};
    case Action::ReadHistory: return {R::ProvincialBoard, R::Auditor};
    case Action::BackUp: return {R::ProvincialBoard};
    case Action::Restore: return {R::ProvincialBoard};
    }
    return {};
}

// Is `path` inside the subtree at `scope`? Paths are "/1/7/42/", so a prefix test is exact.
bool covers(const RoleGrant &g, const QString &path)
{
    if (g.organisationId == 0)
        return true; // a whole-database grant
    // A grant whose organisation could not be resolved reaches nothing: fail closed.
    return !g.organisationPath.isEmpty() && path.startsWith(g.organisationPath);
}

} // namespace

QString code(Role r)
{
    return QString::fromLatin1(entry(r).code);
}

std::optional<Role> roleFromCode(const QString &c)
{
    for (const auto &e : kRoles)
        if (c == QLatin1String(e.code))
            return e.role;
    return std::nullopt;
}

QString label(Role r)
{
    return QCoreApplication::translate("cutru::Codes", entry(r).label);
}

QList<Role> allRoles()
{
    QList<Role> out;
    for (const auto &e : kRoles)
        out << e.role;
    return out;
}

QString grantLabel(Role r, const QString &organisationName)
{
    if (organisationName.isEmpty())
        return QCoreApplication::translate("cutru::Access", "%1 (whole database)").arg(label(r));
    return QCoreApplication::translate("cutru::Access", "%1: %2").arg(label(r), organisationName);
}

OrgLevel grantLevel(Role r)
{
    return entry(r).level;
}

bool roleMay(Role r, Action a)
{
    return table(a).contains(r);
}

QList<Role> rolesFor(Action a)
{
    return table(a);
}

QString refusalMessage(Action a)
{
    const char *what = nullptr;
    switch (a) {
    case Action::ReadMembers: what = QT_TRANSLATE_NOOP("cutru::Access", "Seeing this member"); break;
    case Action::EditMembers: what = QT_TRANSLATE_NOOP("cutru::Access", "Changing this member's record"); break;
    case Action::ViewPersonalIdentifiers:
        what = QT_TRANSLATE_NOOP("cutru::Access", "Seeing CCCD numbers");
        break;
    case Action::ViewPhoneNumbers: what = QT_TRANSLATE_NOOP("cutru::Access", "Seeing phone numbers"); break;
    case Action::ManageOrganisations:
        what = QT_TRANSLATE_NOOP("cutru::Access", "Changing the organisation tree");
        break;
    case Action::ManageAccounts: what = QT_TRANSLATE_NOOP("cutru::Access", "Managing user accounts"); break;
    case Action::IssueReferrals: what = QT_TRANSLATE_NOOP("cutru::Access", "Issuing referral letters"); break;
    case Action::ReceiveReferrals: what = QT_TRANSLATE_NOOP("cutru::Access", "Receiving referrals"); break;
    case Action::AssignCells: what = QT_TRANSLATE_NOOP("cutru::Access", "Assigning members to cells"); break;
    case Action::ManageMeetings: what = QT_TRANSLATE_NOOP("cutru::Access", "Managing cell meetings"); break;
    case Action::PlanMeetings: what = QT_TRANSLATE_NOOP("cutru::Access", "Planning the year's meetings"); break;
    case Action::RecordAttendance: what = QT_TRANSLATE_NOOP("cutru::Access", "Recording attendance"); break;
    case Action::WriteComments: what = QT_TRANSLATE_NOOP("cutru::Access", "Writing annual comments"); break;
    case Action::ReadComments: what = QT_TRANSLATE_NOOP("cutru::Access", "Reading annual comments"); break;
    case Action::PrepareComments:
        what = QT_TRANSLATE_NOOP("cutru::Access", "Preparing annual comment drafts");
        break;
    case Action::ReceiveComments:
        what = QT_TRANSLATE_NOOP("cutru::Access", "Receiving annual comments");
        break;
    case Action::RequestComments:
        what = QT_TRANSLATE_NOOP("cutru::Access", "Requesting annual comments");
        break;
    case Action::ManageLiaison: what = QT_TRANSLATE_NOOP("cutru::Access", "Managing liaison cadres"); break;
    case Action::ReadLiaison: what = QT_TRANSLATE_NOOP("cutru::Access", "Reading liaison visits and problems"); break;
    case Action::ReadHistory: what = QT_TRANSLATE_NOOP("cutru::Access", "Reading the change history"); break;
    case Action::BackUp: what = QT_TRANSLATE_NOOP("cutru::Access", "Backing up the database"); break;
    case Action::Restore: what = QT_TRANSLATE_NOOP("cutru::Access", "Restoring the database"); break;
    }
    QStringList roles;
    for (Role r : table(a))
        roles << label(r);
    return QCoreApplication::translate("cutru::Access", "%1 needs the role %2 for the organisation concerned.")
        .arg(QCoreApplication::translate("cutru::Access", what),
             roles.join(QCoreApplication::translate("cutru::Access", " or ")));
}

Permissions Permissions::everything()
{
    return Permissions({RoleGrant{Role::ProvincialBoard, 0, QString(), QString()}});
}

bool Permissions::may(Action a) const
{
    for (const auto &g : grants_)
        if (roleMay(g.role, a))
            return true;
    return false;
}

bool Permissions::may(Action a, const QStringList &targetPaths) const
{
    for (const auto &g : grants_) {
        if (!roleMay(g.role, a))
            continue;
        if (targetPaths.isEmpty()) {
            if (g.organisationId == 0 || grantLevel(g.role) == OrgLevel::Province)
                return true;
            continue;
        }
        for (const auto &p : targetPaths)
            if (!p.isEmpty() && covers(g, p))
                return true;
    }
    return false;
}

std::optional<QStringList> Permissions::scopesFor(Action a) const
{
    QStringList scopes;
    for (const auto &g : grants_) {
        if (!roleMay(g.role, a))
            continue;
        if (g.organisationId == 0)
            return std::nullopt;
        if (g.organisationPath.isEmpty())
            continue; // unresolved: reaches nothing
        if (!scopes.contains(g.organisationPath))
            scopes << g.organisationPath;
    }
    return scopes;
}

QString Permissions::describe() const
{
    QStringList parts;
    for (const auto &g : grants_)
        parts << grantLabel(g.role, g.organisationName);
    if (parts.isEmpty())
        return QCoreApplication::translate("cutru::Access", "no role");
    return parts.join(QStringLiteral("; "));
}

} // namespace cutru
