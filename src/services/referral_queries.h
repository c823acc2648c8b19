#pragma once

#include "services/acting_user.h"
#include "services/outcome.h"
#include "storage/database.h"
#include "storage/referral_list.h"

#include <QList>
#include <optional>

namespace cutru {

// The referral flow's lists, as the acting user may see them:
// - a commune office: the referrals addressed to its commune(s);
// - a workplace officer: the referrals its organisation(s) issued, and its working members;
// - the provincial board and the auditor: everything;
// - anyone else (a cell secretary): nothing — the lists throw AccessDenied.
// A user with several grants sees the union. The restriction is put into the SQL
// (storage::ReferralVisibility), so counts and windows never include other rows.
class ReferralQueries {
public:
    // The default of the "overdue after N days" setting (the GUI keeps the setting).
    static constexpr int kDefaultOverdueDays = 30;

    ReferralQueries(const storage::Database &db, ActingUser user);

    // Whether the user may read referrals at all (any list below).
    bool mayRead() const;
    // The commune side: whether the user has an inbox (commune office, board, auditor).
    bool hasInbox() const;
    // The workplace side: whether the user sees working members (workplace officer, board, auditor).
    bool hasWorkingMembers() const;

    // Every referral the user may see, with the query's filters (both sides: the CLI's list).
    int count(storage::ReferralListQuery query) const;
    QList<storage::ReferralRow> window(storage::ReferralListQuery query, int offset, int limit) const;
    // The commune side: referrals addressed to the user's commune(s) (board and auditor:
    // to every commune of the database), pending first with the days waited.
    int inboxCount(storage::ReferralListQuery query) const;
    QList<storage::ReferralRow> inbox(storage::ReferralListQuery query, int offset, int limit) const;
    // One referral, if the user may see it (nullopt otherwise, or when gone).
    std::optional<storage::ReferralRow> referral(qint64 referralId, const QDate &asOf = {}) const;

    // The workplace side: the working members of the user's workplace organisation(s)
    // (board and auditor: of all), with their referral state.
    int workingMemberCount(storage::WorkingMemberQuery query) const;
    QList<storage::WorkingMemberRow> workingMembers(storage::WorkingMemberQuery query, int offset, int limit) const;

    // Letters issued and not received after `days` days as of `asOf`, counted by
    // receiving commune and by issuing organisation, over what the user may see;
    // with `scopePath`, only letters to a commune or from an organisation under it.
    storage::OverdueCounts overdueCounts(int days, const QDate &asOf, const QString &scopePath = {}) const;

    // What forms offer: the residence cells a referral to `communeId` may be assigned
    // to (for those who may see that commune's referrals), every commune-level
    // committee (a move's destination), the workplace organisations the user sees.
    QList<storage::OrganisationChoice> residenceCellsOf(qint64 communeId) const;
    QList<storage::OrganisationChoice> communes() const;
    QList<storage::OrganisationChoice> workplaceOrganisations() const;

    // The refusal for users who may not read referrals.
    static QString refusal();

private:
    // What the user's grants reach on each side; nullopt = everything.
    struct Reach {
        std::optional<QStringList> receiving; // commune side
        std::optional<QStringList> issuing;   // workplace side
    };
    Reach reach() const;
    std::optional<storage::ReferralVisibility> visibility(bool receivingOnly) const;
    void requireRead() const;

    const storage::Database &db_;
    ActingUser user_;
};

} // namespace cutru
