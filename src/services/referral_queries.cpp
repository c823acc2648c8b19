#include "services/referral_queries.h"

#include "storage/organisation_repository.h"

#include <QCoreApplication>
#include <algorithm>

namespace cutru {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cutru::ReferralQueries)
};

bool coversAll(const QStringList &paths, const QStringList &roots)
{
    return !roots.isEmpty()
           && std::all_of(roots.begin(), roots.end(), [&](const QString &r) { return paths.contains(r); });
}

bool covered(const std::optional<QStringList> &scopes, const QString &path)
{
    if (!scopes)
        return true;
    return !path.isEmpty()
           && std::any_of(scopes->begin(), scopes->end(), [&](const QString &s) { return path.startsWith(s); });
}

} // namespace

ReferralQueries::ReferralQueries(const storage::Database &db, ActingUser user) : db_(db), user_(std::move(user)) {}

QString ReferralQueries::refusal()
{
    return Tr::tr("Seeing referrals needs the role %1, %2, %3 or %4 for the organisation concerned.")
        .arg(label(Role::ProvincialBoard), label(Role::CommuneOffice), label(Role::WorkplaceOfficer),
             label(Role::Auditor));
}

ReferralQueries::Reach ReferralQueries::reach() const
{
    // Read access to referrals follows the roles of the flow: the commune office is the
    // receiving side, the workplace officer the issuing side, the provincial board and
    // the auditor see both; a cell secretary works with assigned members through
    // meetings, not with the letters.
    bool everything = false;
    QStringList receiving, issuing;
    for (const RoleGrant &g : user_.permissions.grants()) {
        const bool whole = g.organisationId == 0;
        if (!whole && g.organisationPath.isEmpty())
            continue; // unresolved: reaches nothing
        switch (g.role) {
        case Role::ProvincialBoard:
        case Role::Auditor:
            if (whole)
                everything = true;
            else {
                receiving << g.organisationPath;
                issuing << g.organisationPath;
            }
            break;
        case Role::CommuneOffice:
            if (whole)
                everything = true;
            else
                receiving << g.organisationPath;
            break;
        case Role::WorkplaceOfficer:
            if (whole)
                everything = true;
            else
                issuing << g.organisationPath;
            break;
        case Role::CellSecretary: break;
        }
    }
    if (everything)
        return {std::nullopt, std::nullopt};
    receiving.removeDuplicates();
    issuing.removeDuplicates();
    Reach r{receiving, issuing};
    // Grants over every top-level organisation reach everything: no filter then.
    const QStringList roots = storage::OrganisationRepository(db_).rootPaths();
    if (coversAll(receiving, roots))
        r.receiving.reset();
    if (coversAll(issuing, roots))
        r.issuing.reset();
    return r;
}

bool ReferralQueries::hasInbox() const
{
    const Reach r = reach();
    return !r.receiving || !r.receiving->isEmpty();
}

bool ReferralQueries::hasWorkingMembers() const
{
    const Reach r = reach();
    return !r.issuing || !r.issuing->isEmpty();
}

bool ReferralQueries::mayRead() const
{
    const Reach r = reach();
    return !r.receiving || !r.receiving->isEmpty() || !r.issuing || !r.issuing->isEmpty();
}

void ReferralQueries::requireRead() const
{
    if (!mayRead())
        throw AccessDenied(refusal());
}

std::optional<storage::ReferralVisibility> ReferralQueries::visibility(bool receivingOnly) const
{
    const Reach r = reach();
    if (receivingOnly) {
        if (!r.receiving)
            return std::nullopt;
        return storage::ReferralVisibility{*r.receiving, {}};
    }
    if (!r.receiving && !r.issuing)
        return std::nullopt;
    const QStringList roots = storage::OrganisationRepository(db_).rootPaths();
    return storage::ReferralVisibility{r.receiving.value_or(roots), r.issuing.value_or(roots)};
}

int ReferralQueries::count(storage::ReferralListQuery query) const
{
    requireRead();
    query.visible = visibility(false);
    return storage::ReferralList(db_).count(query);
}

QList<storage::ReferralRow> ReferralQueries::window(storage::ReferralListQuery query, int offset, int limit) const
{
    requireRead();
    query.visible = visibility(false);
    return storage::ReferralList(db_).window(query, offset, limit);
}

int ReferralQueries::inboxCount(storage::ReferralListQuery query) const
{
    if (!hasInbox())
        throw AccessDenied(refusalMessage(Action::ReceiveReferrals));
    query.visible = visibility(true);
    query.inProvinceOnly = true;
    return storage::ReferralList(db_).count(query);
}

QList<storage::ReferralRow> ReferralQueries::inbox(storage::ReferralListQuery query, int offset, int limit) const
{
    if (!hasInbox())
        throw AccessDenied(refusalMessage(Action::ReceiveReferrals));
    query.visible = visibility(true);
    query.inProvinceOnly = true;
    return storage::ReferralList(db_).window(query, offset, limit);
}

std::optional<storage::ReferralRow> ReferralQueries::referral(qint64 referralId, const QDate &asOf) const
{
    requireRead();
    const auto row = storage::ReferralList(db_).row(referralId, asOf);
    if (!row)
        return row;
    const Reach r = reach();
    storage::OrganisationRepository orgs(db_);
    const bool receiving = row->toCommuneId > 0 && covered(r.receiving, orgs.pathOf(row->toCommuneId));
    if (receiving || covered(r.issuing, orgs.pathOf(row->issuingOrgId)))
        return row;
    return std::nullopt;
}

int ReferralQueries::workingMemberCount(storage::WorkingMemberQuery query) const
{
    const Reach r = reach();
    if (r.issuing && r.issuing->isEmpty())
        throw AccessDenied(refusalMessage(Action::IssueReferrals));
    query.visibleUnder = r.issuing;
    return storage::ReferralList(db_).count(query);
}

QList<storage::WorkingMemberRow> ReferralQueries::workingMembers(storage::WorkingMemberQuery query, int offset,
                                                                 int limit) const
{
    const Reach r = reach();
    if (r.issuing && r.issuing->isEmpty())
        throw AccessDenied(refusalMessage(Action::IssueReferrals));
    query.visibleUnder = r.issuing;
    return storage::ReferralList(db_).window(query, offset, limit);
}

storage::OverdueCounts ReferralQueries::overdueCounts(int days, const QDate &asOf, const QString &scopePath) const
{
    requireRead();
    return storage::ReferralList(db_).overdueCounts(days, asOf.isValid() ? asOf : QDate::currentDate(),
                                                    visibility(false), scopePath);
}

QList<storage::OrganisationChoice> ReferralQueries::residenceCellsOf(qint64 communeId) const
{
    const Reach r = reach();
    if (r.receiving && !covered(r.receiving, storage::OrganisationRepository(db_).pathOf(communeId)))
        throw AccessDenied(refusalMessage(Action::AssignCells));
    return storage::ReferralList(db_).residenceCellsOf(communeId);
}

QList<storage::OrganisationChoice> ReferralQueries::communes() const
{
    requireRead();
    return storage::ReferralList(db_).communes();
}

QList<storage::OrganisationChoice> ReferralQueries::workplaceOrganisations() const
{
    const Reach r = reach();
    if (r.issuing && r.issuing->isEmpty())
        return {};
    return storage::ReferralList(db_).workplaceOrganisations(r.issuing);
}

} // namespace cutru
