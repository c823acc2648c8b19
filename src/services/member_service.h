#pragma once

#include "domain/member.h"
#include "services/acting_user.h"
#include "services/outcome.h"
#include "storage/change_log_repository.h"
#include "storage/database.h"
#include "storage/member_repository.h"

#include <functional>
#include <optional>

namespace cutru {

// Members: reading, listing, creating and editing, each checked against the acting
// user's roles. A member concerns the organisation holding the membership, the
// residence commune and the residence cell; a role over any of them reaches the
// member. Every rule is checked (domain rules, uniqueness of CCCD and party card,
// organisation links), then one transaction in the acting user's name.
class MemberService {
public:
    MemberService(storage::Database &db, ActingUser user);

    const ActingUser &user() const { return user_; }

    // Inserts when m.id == 0, updates otherwise; fills id / bumps rowVersion.
    SaveOutcome save(Member &m, const QDate &today = QDate::currentDate());
    // nullopt when there is no such member; throws AccessDenied when the user may not
    // see it. CCCD and phone come masked for roles that do not need them.
    std::optional<Member> load(qint64 id) const;
    // Every rule, without saving (forms show the messages as the user types).
    FieldErrors check(const Member &m, const QDate &today = QDate::currentDate()) const;

    // May the user create members somewhere / change this stored member?
    bool mayCreate() const { return user_.may(Action::EditMembers); }
    bool mayEdit(const Member &m) const;

    // Lists: only the members the user may see, identifiers masked as in load().
    int count(storage::MemberQuery query) const;
    QList<storage::MemberRow> window(storage::MemberQuery query, int offset, int limit) const;

    // The member's own change history, newest last; identifiers masked as in load().
    // Throws AccessDenied like load().
    QList<storage::ChangeLogEntry> history(qint64 id) const;

    // The organisation rules of check(), on facts found elsewhere (the importer looks
    // them up in the tree it loaded once): membership held in a cell or a workplace
    // organisation, the residence commune a commune-level committee, the residence cell
    // one of that commune's cells. `find` gives nullopt for an unknown id.
    struct OrganisationFacts {
        OrgLevel level = OrgLevel::Cell;
        qint64 parentId = 0;
    };
    using OrganisationFinder = std::function<std::optional<OrganisationFacts>(qint64 id)>;
    static void checkOrganisations(const Member &m, const OrganisationFinder &find, FieldErrors &errors);
    // check()'s uniqueness messages, for the importer's own look-ups.
    static QString cccdTakenMessage();
    static QString partyCardTakenMessage();

    // "•••••••••789": enough to tell two people apart on a list, not to use the number.
    static QString maskCccd(const QString &cccd);
    static QString maskPhone(const QString &phone);

private:
    QStringList targetPaths(const Member &m) const;
    void restrict(storage::MemberQuery &query) const;
    storage::Database &db_;
    ActingUser user_;
};

} // namespace cutru
