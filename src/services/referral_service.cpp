#include "services/referral_service.h"

#include "domain/dates.h"

#include "services/write_transaction.h"
#include "storage/member_repository.h"
#include "storage/organisation_repository.h"
#include "storage/residence_repository.h"

#include <QCoreApplication>
#include <QLocale>
#include <QMap>
#include <spdlog/spdlog.h>

namespace cutru {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cutru::ReferralService)
};

SaveOutcome stale()
{
    return {SaveOutcome::Status::Stale, {},
            Tr::tr("This referral was changed by someone else meanwhile. Reload it and try again.")};
}

} // namespace

SaveOutcome ReferralService::inWriteTransaction(const std::function<SaveOutcome()> &work)
{
    return cutru::inWriteTransaction(db_, user_, "referral change", work);
}

ReferralService::ReferralService(storage::Database &db, ActingUser user) : db_(db), user_(std::move(user)) {}

QString ReferralService::pathOf(qint64 organisationId) const
{
    if (organisationId <= 0)
        return {};
    auto it = paths_.find(organisationId);
    if (it == paths_.end())
        it = paths_.insert(organisationId, storage::OrganisationRepository(db_).pathOf(organisationId));
    return *it;
}

SaveOutcome ReferralService::issue(const QList<Issue> &requests, const QDate &issueDate, QList<Referral> *issued)
{
    if (!user_.may(Action::IssueReferrals))
        return SaveOutcome::denied(refusalMessage(Action::IssueReferrals));
    const SaveOutcome out =
        inWriteTransaction([&] { return issueInTransaction(requests, issueDate, issued); });
    if (out.ok())
        spdlog::info("{} referral(s) issued by {}", requests.size(), user_.name.toStdString());
    return out;
}

SaveOutcome ReferralService::issueInTransaction(const QList<Issue> &requests, const QDate &issueDate,
                                                QList<Referral> *issued)
{
    if (requests.isEmpty())
        return SaveOutcome::invalid(QStringLiteral("memberId"), Tr::tr("Choose the members to refer."));
    if (!issueDate.isValid())
        return SaveOutcome::invalid(QStringLiteral("issueDate"), Tr::tr("The issue date is required."));
    storage::MemberRepository members(db_);
    storage::OrganisationRepository orgs(db_);
    storage::ResidenceRepository referrals(db_);
    QMap<QPair<qint64, int>, int> nextNo; // (issuing organisation, year) → next free number
    QList<Referral> made;
    for (const Issue &request : requests) {
        const auto member = members.byId(request.memberId);
        if (!member)
            return SaveOutcome::invalid(QStringLiteral("memberId"), Tr::tr("A chosen member no longer exists."));
        const auto holder = orgs.byId(member->cellId);
        // Only working members: those holding membership in a workplace party organisation.
        if (!holder || holder->level != OrgLevel::Workplace)
            return SaveOutcome::invalid(QStringLiteral("memberId"),
                           Tr::tr("%1 is not a working member (membership is not held in a workplace party "
                                  "organisation), so is not referred.")
                               .arg(member->fullName));
        if (!user_.may(Action::IssueReferrals, {orgs.pathOf(holder->id)}))
            return SaveOutcome::denied(refusalMessage(Action::IssueReferrals) + QLatin1Char(' ')
                                       + Tr::tr("(%1 belongs to %2.)").arg(member->fullName, holder->name));
        if (members.isNotReferred(member->id))
            return SaveOutcome::invalid(QStringLiteral("memberId"),
                           Tr::tr("%1 is on the list of members not to be referred (Guideline 33).")
                               .arg(member->fullName));
        if (const auto active = referrals.activeReferralOf(member->id))
            return SaveOutcome::invalid(QStringLiteral("memberId"),
                           Tr::tr("%1 already has an active referral (letter %2/%3 of %4); end it or record a move "
                                  "instead.")
                               .arg(member->fullName)
                               .arg(active->letterNo)
                               .arg(active->letterYear)
                               .arg(displayDate(active->issueDate)));
        for (const Referral &earlier : std::as_const(made))
            if (earlier.memberId == member->id)
                return SaveOutcome::invalid(QStringLiteral("memberId"), Tr::tr("%1 is chosen twice.").arg(member->fullName));

        Referral r;
        r.memberId = member->id;
        r.issuingOrgId = holder->id;
        r.issueDate = issueDate;
        r.letterYear = issueDate.year();
        Destination to = request.to;
        if (to.communeId == 0 && to.externalCommittee.trimmed().isEmpty())
            to.communeId = member->residenceCommuneId;
        if (to.communeId > 0) {
            const auto commune = orgs.byId(to.communeId);
            if (!commune || commune->level != OrgLevel::Commune)
                return SaveOutcome::invalid(QStringLiteral("toCommuneId"),
                               Tr::tr("The letter for %1 must go to a commune-level committee.").arg(member->fullName));
            r.toCommuneId = commune->id;
        } else if (to.externalCommittee.trimmed().isEmpty()) {
            return SaveOutcome::invalid(QStringLiteral("toCommuneId"),
                           Tr::tr("%1 has no residence commune recorded: choose the receiving committee, or name "
                                  "the committee outside the province.")
                               .arg(member->fullName));
        } else {
            r.externalCommittee = to.externalCommittee.trimmed();
            r.externalAddress = to.externalAddress.trimmed();
        }
        // Numbers are allocated inside the write transaction (BEGIN IMMEDIATE), so two
        // users issuing at once are serialised and never share or skip a number.
        const auto key = qMakePair(r.issuingOrgId, r.letterYear);
        if (!nextNo.contains(key))
            nextNo.insert(key, referrals.nextLetterNo(r.issuingOrgId, r.letterYear));
        r.letterNo = nextNo[key]++;
        const FieldErrors errors = validate(r);
        if (!errors.isEmpty())
            return SaveOutcome::invalid(errors);
        referrals.insert(r);
        made.append(r);
    }
    if (issued)
        *issued = made;
    return {};
}

SaveOutcome ReferralService::changeEach(const QList<qint64> &referralIds,
                                        const std::function<SaveOutcome(Referral &)> &change)
{
    if (referralIds.isEmpty())
        return SaveOutcome::invalid(QStringLiteral("referralId"), Tr::tr("Choose the referrals."));
    return inWriteTransaction([&]() -> SaveOutcome {
        storage::ResidenceRepository referrals(db_);
        for (qint64 id : referralIds) {
            auto r = referrals.referralById(id);
            if (!r)
                return stale();
            SaveOutcome out = change(*r);
            if (out.ok())
                continue;
            if (referralIds.size() > 1) {
                // In a batch, say whose referral stopped it.
                const QString name = memberName(r->memberId);
                auto named = [&](const QString &m) { return m.contains(name) ? m : Tr::tr("%1: %2").arg(name, m); };
                for (FieldError &e : out.errors)
                    e.message = named(e.message);
                if (!out.message.isEmpty())
                    out.message = named(out.message);
            }
            return out;
        }
        return {};
    });
}

QString ReferralService::memberName(qint64 memberId) const
{
    const auto member = storage::MemberRepository(db_).byId(memberId);
    return member ? member->fullName : QString();
}

SaveOutcome ReferralService::receive(const QList<qint64> &referralIds, const QDate &receivedDate)
{
    if (!user_.may(Action::ReceiveReferrals))
        return SaveOutcome::denied(refusalMessage(Action::ReceiveReferrals));
    if (referralIds.isEmpty())
        return SaveOutcome::invalid(QStringLiteral("referralId"), Tr::tr("Choose the referrals to receive."));
    if (!receivedDate.isValid())
        return SaveOutcome::invalid(QStringLiteral("receivedDate"), Tr::tr("The reception date is required."));
    storage::ResidenceRepository referrals(db_);
    return changeEach(referralIds, [&](Referral &r) -> SaveOutcome {
        if (r.isExternal())
            return SaveOutcome::invalid(QStringLiteral("referralId"),
                           Tr::tr("The referral of %1 goes outside the province; its reply slip is recorded by "
                                  "the issuing organisation.")
                               .arg(memberName(r.memberId)));
        if (!user_.may(Action::ReceiveReferrals, {pathOf(r.toCommuneId)}))
            return SaveOutcome::denied(refusalMessage(Action::ReceiveReferrals));
        if (!r.isActive())
            return SaveOutcome::invalid(QStringLiteral("referralId"),
                           Tr::tr("The referral of %1 has ended and cannot be received.").arg(memberName(r.memberId)));
        if (r.receivedDate.isValid())
            return SaveOutcome::invalid(QStringLiteral("referralId"), Tr::tr("The referral of %1 was already received on %2.")
                                                             .arg(memberName(r.memberId), displayDate(r.receivedDate)));
        if (receivedDate < r.issueDate)
            return SaveOutcome::invalid(QStringLiteral("receivedDate"),
                           Tr::tr("The referral of %1 was issued on %2; it cannot be received before that.")
                               .arg(memberName(r.memberId), displayDate(r.issueDate)));
        r.receivedDate = receivedDate;
        return referrals.update(r) ? SaveOutcome{} : stale();
    });
}

SaveOutcome ReferralService::assign(const QList<Assignment> &assignments, const QDate &assignedDate)
{
    if (!user_.may(Action::AssignCells))
        return SaveOutcome::denied(refusalMessage(Action::AssignCells));
    QList<qint64> ids;
    QHash<qint64, qint64> cellOf;
    for (const Assignment &a : assignments) {
        ids << a.referralId;
        cellOf.insert(a.referralId, a.cellId);
    }
    if (cellOf.size() != ids.size())
        return SaveOutcome::invalid(QStringLiteral("referralId"), Tr::tr("A referral is chosen twice."));
    storage::ResidenceRepository referrals(db_);
    storage::OrganisationRepository orgs(db_);
    return changeEach(ids, [&](Referral &r) -> SaveOutcome {
        if (!user_.may(Action::AssignCells, {pathOf(r.toCommuneId)}))
            return SaveOutcome::denied(refusalMessage(Action::AssignCells));
        if (!r.isActive())
            return SaveOutcome::invalid(QStringLiteral("referralId"), Tr::tr("An ended referral cannot be reassigned."));
        if (!r.receivedDate.isValid())
            return SaveOutcome::invalid(QStringLiteral("assignedCellId"), Tr::tr("Receive the referral before assigning a cell."));
        const auto cell = orgs.byId(cellOf.value(r.id));
        if (!cell || cell->level != OrgLevel::Cell || cell->parentId != r.toCommuneId
            || cell->kind == code(CellKind::Other))
            return SaveOutcome::invalid(QStringLiteral("assignedCellId"),
                           Tr::tr("Choose a village or residential-group cell of the receiving commune."));
        if (!assignedDate.isValid() || assignedDate < r.receivedDate)
            return SaveOutcome::invalid(QStringLiteral("assignedDate"),
                           Tr::tr("A member is assigned to a cell on or after reception (%1).").arg(displayDate(r.receivedDate)));
        r.assignedCellId = cell->id;
        r.assignedDate = assignedDate;
        return referrals.update(r) ? SaveOutcome{} : stale();
    });
}

SaveOutcome ReferralService::assign(qint64 referralId, qint64 cellId, const QDate &assignedDate)
{
    return assign(QList<Assignment>{{referralId, cellId}}, assignedDate);
}

SaveOutcome ReferralService::setExemption(const QList<qint64> &referralIds, std::optional<ExemptionReason> reason,
                                          const QDate &from, const QDate &to)
{
    if (!user_.may(Action::ReceiveReferrals))
        return SaveOutcome::denied(refusalMessage(Action::ReceiveReferrals));
    storage::ResidenceRepository referrals(db_);
    return changeEach(referralIds, [&](Referral &r) -> SaveOutcome {
        if (!user_.may(Action::ReceiveReferrals, {pathOf(r.toCommuneId)}))
            return SaveOutcome::denied(refusalMessage(Action::ReceiveReferrals));
        if (!r.isActive())
            return SaveOutcome::invalid(QStringLiteral("referralId"), Tr::tr("An ended referral cannot be changed."));
        r.exempt = reason.has_value();
        r.exemptionReason = reason;
        r.exemptFrom = reason ? from : QDate();
        r.exemptTo = reason ? to : QDate();
        const FieldErrors errors = validate(r);
        if (!errors.isEmpty())
            return SaveOutcome::invalid(errors);
        return referrals.update(r) ? SaveOutcome{} : stale();
    });
}

SaveOutcome ReferralService::setExemption(qint64 referralId, std::optional<ExemptionReason> reason,
                                          const QDate &from, const QDate &to)
{
    return setExemption(QList<qint64>{referralId}, reason, from, to);
}

SaveOutcome ReferralService::recordExternalReply(const QList<qint64> &referralIds, const QDate &replyDate)
{
    if (!user_.may(Action::IssueReferrals))
        return SaveOutcome::denied(refusalMessage(Action::IssueReferrals));
    storage::ResidenceRepository referrals(db_);
    return changeEach(referralIds, [&](Referral &r) -> SaveOutcome {
        if (!user_.may(Action::IssueReferrals, {pathOf(r.issuingOrgId)}))
            return SaveOutcome::denied(refusalMessage(Action::IssueReferrals));
        if (!r.isExternal())
            return SaveOutcome::invalid(QStringLiteral("referralId"),
                           Tr::tr("This referral is to a commune of the province, which records its reception."));
        if (!r.isActive())
            return SaveOutcome::invalid(QStringLiteral("referralId"), Tr::tr("An ended referral cannot be changed."));
        if (!replyDate.isValid() || replyDate < r.issueDate)
            return SaveOutcome::invalid(QStringLiteral("receivedDate"),
                           Tr::tr("The reply slip's date cannot be before the letter's (%1).").arg(displayDate(r.issueDate)));
        r.receivedDate = replyDate;
        return referrals.update(r) ? SaveOutcome{} : stale();
    });
}

SaveOutcome ReferralService::recordExternalReply(qint64 referralId, const QDate &replyDate)
{
    return recordExternalReply(QList<qint64>{referralId}, replyDate);
}

SaveOutcome ReferralService::endInTransaction(Referral &r, ReferralEndReason reason, const QDate &date,
                                              const QString &note)
{
    // The issuing organisation or the receiving commune may end it.
    const bool issuer = user_.may(Action::IssueReferrals, {pathOf(r.issuingOrgId)});
    const bool receiver = r.toCommuneId > 0 && user_.may(Action::ReceiveReferrals, {pathOf(r.toCommuneId)});
    if (!issuer && !receiver)
        return SaveOutcome::denied(refusalMessage(Action::IssueReferrals));
    if (!r.isActive())
        return SaveOutcome::invalid(QStringLiteral("referralId"), Tr::tr("This referral has already ended (%1).").arg(displayDate(r.endedDate)));
    r.endedDate = date;
    r.endReason = reason;
    r.endNote = note.trimmed();
    if (!date.isValid())
        return SaveOutcome::invalid(QStringLiteral("endedDate"), Tr::tr("The date the referral ends is required."));
    const FieldErrors errors = validate(r);
    if (!errors.isEmpty())
        return SaveOutcome::invalid(errors);
    if (!storage::ResidenceRepository(db_).update(r))
        return stale();
    return {};
}

SaveOutcome ReferralService::end(const QList<qint64> &referralIds, ReferralEndReason reason, const QDate &date,
                                 const QString &note)
{
    if (reason == ReferralEndReason::Moved)
        return SaveOutcome::invalid(QStringLiteral("endReason"),
                       Tr::tr("A move ends the referral and issues a new one: use Move instead."));
    return changeEach(referralIds, [&](Referral &r) { return endInTransaction(r, reason, date, note); });
}

SaveOutcome ReferralService::end(qint64 referralId, ReferralEndReason reason, const QDate &date, const QString &note)
{
    return end(QList<qint64>{referralId}, reason, date, note);
}

SaveOutcome ReferralService::move(const QList<qint64> &referralIds, const QDate &date, const Destination &newResidence,
                                  QList<Referral> *issued)
{
    if (!user_.may(Action::IssueReferrals))
        return SaveOutcome::denied(refusalMessage(Action::IssueReferrals));
    if (newResidence.communeId == 0 && newResidence.externalCommittee.trimmed().isEmpty())
        return SaveOutcome::invalid(QStringLiteral("toCommuneId"), Tr::tr("Choose the new residence's commune-level committee."));
    QList<Referral> made;
    const SaveOutcome out = changeEach(referralIds, [&](Referral &r) -> SaveOutcome {
        SaveOutcome ended = endInTransaction(r, ReferralEndReason::Moved, date, QString());
        if (!ended.ok())
            return ended;
        QList<Referral> one;
        SaveOutcome issuedOut = issueInTransaction({Issue{r.memberId, newResidence}}, date, &one);
        made += one;
        return issuedOut;
    });
    if (out.ok() && issued)
        *issued = made;
    return out;
}

SaveOutcome ReferralService::move(qint64 referralId, const QDate &date, const Destination &newResidence,
                                  Referral *issued)
{
    QList<Referral> made;
    const SaveOutcome out = move(QList<qint64>{referralId}, date, newResidence, &made);
    if (out.ok() && issued && !made.isEmpty())
        *issued = made.first();
    return out;
}

SaveOutcome ReferralService::setNotReferred(const QList<qint64> &memberIds, bool notReferred, const QString &reason)
{
    if (!user_.may(Action::IssueReferrals))
        return SaveOutcome::denied(refusalMessage(Action::IssueReferrals));
    if (memberIds.isEmpty())
        return SaveOutcome::invalid(QStringLiteral("memberId"), Tr::tr("Choose the members."));
    if (notReferred && reason.trimmed().isEmpty())
        return SaveOutcome::invalid(QStringLiteral("notReferredReason"),
                       Tr::tr("Say why the member is not referred (Guideline 33)."));
    return inWriteTransaction([&]() -> SaveOutcome {
        storage::MemberRepository members(db_);
        storage::ResidenceRepository referrals(db_);
        for (qint64 memberId : memberIds) {
            const auto member = members.byId(memberId);
            if (!member)
                return stale();
            if (!user_.may(Action::IssueReferrals, {pathOf(member->cellId)}))
                return SaveOutcome::denied(refusalMessage(Action::IssueReferrals) + QLatin1Char(' ')
                                           + Tr::tr("(%1 is not a member of your organisation.)").arg(member->fullName));
            if (notReferred && referrals.activeReferralOf(memberId))
                return SaveOutcome::invalid(QStringLiteral("memberId"),
                               Tr::tr("%1 has an active referral: end it first.").arg(member->fullName));
            members.setNotReferred(memberId, notReferred, reason.trimmed());
        }
        return {};
    });
}

SaveOutcome ReferralService::setNotReferred(qint64 memberId, bool notReferred, const QString &reason)
{
    return setNotReferred(QList<qint64>{memberId}, notReferred, reason);
}

QList<Referral> ReferralService::referralsOf(qint64 memberId) const
{
    const auto member = storage::MemberRepository(db_).byId(memberId);
    if (!member)
        return {};
    QStringList paths;
    for (qint64 id : {member->cellId, member->residenceCommuneId, member->residenceCellId})
        if (id > 0)
            paths << pathOf(id);
    if (!user_.may(Action::ReadMembers, paths))
        throw AccessDenied(refusalMessage(Action::ReadMembers));
    return storage::ResidenceRepository(db_).referralsOf(memberId);
}

} // namespace cutru
