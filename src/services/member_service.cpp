#include "services/member_service.h"

#include "domain/vietnamese_text.h"
#include "services/account_service.h"
#include "services/history_service.h"
#include "storage/account_repository.h"
#include "storage/member_repository.h"
#include "storage/organisation_repository.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <algorithm>
#include <QJsonObject>
#include <QLocale>
#include <spdlog/spdlog.h>

namespace cutru {

// The context is declared, not passed, so that lupdate files the strings under it
// (a free tr() would land in the enclosing namespace's or class's context).
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cutru::MemberService)
};
// "Changed by Nguyễn Văn An (an.nv) at 14:05 25/11/2026": who made the stored
// record newer than the one being saved, from the change log.
QString staleMessage(const storage::Database &db, const QString &table, qint64 id, bool stillThere)
{
    if (!stillThere)
        return Tr::tr("This record was removed by someone else after you opened it.");
    const auto entries = storage::ChangeLogRepository(db).forRecord(table, id);
    if (entries.isEmpty())
        return Tr::tr("This record was changed by someone else after you opened it. Reload it and make your "
                      "change again?");
    const auto &last = entries.last();
    HistoryNames names;
    if (const auto account = storage::AccountRepository(db).byUsername(last.actor))
        names.accountFullNames.insert(account->username, account->fullName);
    const QString who = HistoryService::actorLabel(last.actor, names);
    return Tr::tr("This record was changed by %1 at %2, after you opened it. Reload it and make your change "
                  "again?")
        .arg(who, QLocale().toString(last.changedAt.toLocalTime(), QStringLiteral("HH:mm dd/MM/yyyy")));
}

} // namespace

MemberService::MemberService(storage::Database &db, ActingUser user) : db_(db), user_(std::move(user)) {}

QString MemberService::maskCccd(const QString &cccd)
{
    if (cccd.size() <= 3)
        return QString(cccd.size(), QChar(0x2022));
    return QString(cccd.size() - 3, QChar(0x2022)) + cccd.right(3);
}

QString MemberService::maskPhone(const QString &phone)
{
    if (phone.isEmpty())
        return phone;
    if (phone.size() <= 3)
        return QString(phone.size(), QChar(0x2022));
    return QString(phone.size() - 3, QChar(0x2022)) + phone.right(3);
}

QStringList MemberService::targetPaths(const Member &m) const
{
    storage::OrganisationRepository orgs(db_);
    QStringList paths;
    for (qint64 id : {m.cellId, m.residenceCommuneId, m.residenceCellId})
        if (id > 0) {
            const QString p = orgs.pathOf(id);
            if (!p.isEmpty())
                paths << p;
        }
    return paths;
}

bool MemberService::mayEdit(const Member &m) const
{
    return user_.may(Action::EditMembers, targetPaths(m));
}

std::optional<Member> MemberService::load(qint64 id) const
{
    auto m = storage::MemberRepository(db_).byId(id);
    if (!m)
        return m;
    const QStringList paths = targetPaths(*m);
    if (!user_.may(Action::ReadMembers, paths))
        throw AccessDenied(refusalMessage(Action::ReadMembers));
    if (!user_.may(Action::ViewPersonalIdentifiers, paths))
        m->cccd = maskCccd(m->cccd);
    if (!user_.may(Action::ViewPhoneNumbers, paths))
        m->phone = maskPhone(m->phone);
    return m;
}

void MemberService::restrict(storage::MemberQuery &query) const
{
    std::optional<QStringList> readable = user_.permissions.scopesFor(Action::ReadMembers);
    const QStringList roots = storage::OrganisationRepository(db_).rootPaths();
    // What the list may show, as subtrees: the user's scopes, or every top-level one.
    const QStringList shown = readable ? *readable : roots;
    if (readable && !readable->isEmpty()) {
        // Grants over every top-level organisation (the province) reach everything:
        // no filter then, so that SQL can walk the name index.
        if (!roots.isEmpty()
            && std::all_of(roots.begin(), roots.end(), [&](const QString &r) { return readable->contains(r); }))
            readable.reset();
    }
    query.visibleUnder = readable;
    // Nobody finds or orders members by a number they may not see: CCCD search and
    // sort only when every member listed is one whose CCCD the user may see.
    const std::optional<QStringList> identifiable = user_.permissions.scopesFor(Action::ViewPersonalIdentifiers);
    bool allIdentifiable = !identifiable.has_value();
    if (identifiable) {
        allIdentifiable = std::all_of(shown.begin(), shown.end(), [&](const QString &r) {
            return std::any_of(identifiable->begin(), identifiable->end(),
                               [&](const QString &i) { return r.startsWith(i); });
        });
    }
    query.searchIdentifiers = allIdentifiable;
    if (!allIdentifiable && query.sort == storage::MemberSort::Cccd)
        query.sort = storage::MemberSort::Name;
}

int MemberService::count(storage::MemberQuery query) const
{
    restrict(query);
    if (query.visibleUnder && query.visibleUnder->isEmpty())
        return 0;
    return storage::MemberRepository(db_).count(query);
}

QList<storage::MemberRow> MemberService::window(storage::MemberQuery query, int offset, int limit) const
{
    restrict(query);
    if (query.visibleUnder && query.visibleUnder->isEmpty())
        return {};
    QList<storage::MemberRow> rows = storage::MemberRepository(db_).window(query, offset, limit);
    for (auto &r : rows) {
        if (!user_.may(Action::ViewPersonalIdentifiers, r.relatedPaths))
            r.cccd = maskCccd(r.cccd);
    }
    return rows;
}

QList<storage::ChangeLogEntry> MemberService::history(qint64 id) const
{
    const auto stored = storage::MemberRepository(db_).byId(id);
    QStringList paths;
    if (stored) {
        paths = targetPaths(*stored);
        if (!user_.may(Action::ReadMembers, paths))
            throw AccessDenied(refusalMessage(Action::ReadMembers));
    } else if (!user_.may(Action::ReadHistory)) {
        throw AccessDenied(refusalMessage(Action::ReadHistory)); // removed members: the History view's job
    }
    QList<storage::ChangeLogEntry> entries = storage::ChangeLogRepository(db_).forRecord(QStringLiteral("members"), id);
    const bool showCccd = user_.may(Action::ViewPersonalIdentifiers, paths);
    const bool showPhone = user_.may(Action::ViewPhoneNumbers, paths);
    if (showCccd && showPhone)
        return entries;
    auto mask = [&](QString &json) {
        if (json.isEmpty())
            return;
        QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
        if (!showCccd && o.contains(QStringLiteral("cccd")))
            o.insert(QStringLiteral("cccd"), maskCccd(o.value(QStringLiteral("cccd")).toString()));
        if (!showPhone && o.contains(QStringLiteral("phone")))
            o.insert(QStringLiteral("phone"), maskPhone(o.value(QStringLiteral("phone")).toString()));
        json = QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
    };
    for (auto &e : entries) {
        mask(e.oldValues);
        mask(e.newValues);
    }
    return entries;
}

QString MemberService::cccdTakenMessage()
{
    return Tr::tr("Another member already has this CCCD number.");
}

QString MemberService::partyCardTakenMessage()
{
    return Tr::tr("Another member already has this party card number.");
}

void MemberService::checkOrganisations(const Member &m, const OrganisationFinder &find, FieldErrors &errors)
{
    if (m.cellId > 0) {
        const auto cell = find(m.cellId);
        if (!cell || (cell->level != OrgLevel::Cell && cell->level != OrgLevel::Workplace))
            errors.append({QStringLiteral("cellId"),
                           Tr::tr("Membership is held in a cell or a workplace party organisation.")});
    }
    if (m.residenceCommuneId > 0) {
        const auto commune = find(m.residenceCommuneId);
        if (!commune || commune->level != OrgLevel::Commune)
            errors.append({QStringLiteral("residenceCommuneId"), Tr::tr("Choose a commune-level committee.")});
        else if (m.residenceCellId > 0) {
            const auto cell = find(m.residenceCellId);
            if (!cell || cell->parentId != m.residenceCommuneId || cell->level != OrgLevel::Cell)
                errors.append({QStringLiteral("residenceCellId"),
                               Tr::tr("The residence cell must belong to the chosen commune.")});
        }
    }
}

FieldErrors MemberService::check(const Member &m, const QDate &today) const
{
    FieldErrors errors = validate(m, today);
    storage::MemberRepository members(db_);
    storage::OrganisationRepository orgs(db_);

    if (!hasErrorFor(errors, QStringLiteral("cccd"))) {
        const auto other = members.idByCccd(m.cccd);
        if (other && *other != m.id)
            errors.append({QStringLiteral("cccd"), cccdTakenMessage()});
    }
    if (!m.partyCardNo.isEmpty() && !hasErrorFor(errors, QStringLiteral("partyCardNo"))) {
        const auto other = members.idByPartyCard(m.partyCardNo);
        if (other && *other != m.id)
            errors.append({QStringLiteral("partyCardNo"), partyCardTakenMessage()});
    }
    checkOrganisations(m, [&](qint64 id) -> std::optional<OrganisationFacts> {
        const auto o = orgs.byId(id);
        if (!o)
            return std::nullopt;
        return OrganisationFacts{o->level, o->parentId};
    }, errors);
    return errors;
}

SaveOutcome MemberService::save(Member &m, const QDate &today)
{
    SaveOutcome out;
    try {
        m.fullName = text::normalise(m.fullName);
        m.cccd = m.cccd.trimmed();
        m.partyCardNo = m.partyCardNo.trimmed();
        m.phone = m.phone.trimmed();
        if (!user_.may(Action::EditMembers))
            return SaveOutcome::denied(refusalMessage(Action::EditMembers));
        storage::Transaction tx(db_, user_.name);
        if (const QString problem = AccountService::sessionProblem(db_, user_); !problem.isEmpty())
            return SaveOutcome::denied(problem);
        storage::MemberRepository members(db_);
        // Both where the member was and where the change puts it must be the user's.
        std::optional<Member> stored;
        if (m.id != 0) {
            stored = members.byId(m.id);
            if (stored && !user_.may(Action::EditMembers, targetPaths(*stored)))
                return SaveOutcome::denied(refusalMessage(Action::EditMembers));
        }
        out.errors = check(m, today);
        if (!out.errors.isEmpty()) {
            out.status = SaveOutcome::Status::Invalid;
            return out;
        }
        if (!user_.may(Action::EditMembers, targetPaths(m)))
            return SaveOutcome::denied(refusalMessage(Action::EditMembers));
        if (m.id == 0) {
            members.insert(m);
        } else if (!stored || !members.update(m)) {
            out.status = SaveOutcome::Status::Stale;
            out.message = staleMessage(db_, QStringLiteral("members"), m.id, stored.has_value());
            return out;
        }
        tx.commit();
        spdlog::info("member {} saved by {}", m.id, user_.name.toStdString());
    } catch (const storage::StorageError &e) {
        out.status = SaveOutcome::Status::Failed;
        out.message = e.userMessage();
    }
    return out;
}

} // namespace cutru
