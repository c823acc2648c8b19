#include "services/member_service.h"

#include "domain/vietnamese_text.h"
#include "storage/member_repository.h"
#include "storage/organisation_repository.h"

#include <QCoreApplication>
#include <spdlog/spdlog.h>

namespace cutru {

// The context is declared, not passed, so that lupdate files the strings under it
// (a free tr() would land in the enclosing namespace's or class's context).
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cutru::MemberService)
};
} // namespace

MemberService::MemberService(storage::Database &db, ActingUser user) : db_(db), user_(std::move(user)) {}

std::optional<Member> MemberService::load(qint64 id) const
{
    return storage::MemberRepository(db_).byId(id);
}

FieldErrors MemberService::check(const Member &m, const QDate &today) const
{
    FieldErrors errors = validate(m, today);
    storage::MemberRepository members(db_);
    storage::OrganisationRepository orgs(db_);

    if (!hasErrorFor(errors, QStringLiteral("cccd"))) {
        const auto other = members.idByCccd(m.cccd);
        if (other && *other != m.id)
            errors.append({QStringLiteral("cccd"), Tr::tr("Another member already has this CCCD number.")});
    }
    if (!m.partyCardNo.isEmpty() && !hasErrorFor(errors, QStringLiteral("partyCardNo"))) {
        const auto other = members.idByPartyCard(m.partyCardNo);
        if (other && *other != m.id)
            errors.append({QStringLiteral("partyCardNo"), Tr::tr("Another member already has this party card number.")});
    }
    if (m.cellId > 0) {
        const auto cell = orgs.byId(m.cellId);
        if (!cell || (cell->level != OrgLevel::Cell && cell->level != OrgLevel::Workplace))
            errors.append({QStringLiteral("cellId"),
                           Tr::tr("Membership is held in a cell or a workplace party organisation.")});
    }
    if (m.residenceCommuneId > 0) {
        const auto commune = orgs.byId(m.residenceCommuneId);
        if (!commune || commune->level != OrgLevel::Commune)
            errors.append({QStringLiteral("residenceCommuneId"), Tr::tr("Choose a commune-level committee.")});
        else if (m.residenceCellId > 0) {
            const auto cell = orgs.byId(m.residenceCellId);
            if (!cell || cell->parentId != commune->id || cell->level != OrgLevel::Cell)
                errors.append({QStringLiteral("residenceCellId"),
                               Tr::tr("The residence cell must belong to the chosen commune.")});
        }
    }
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
        storage::Transaction tx(db_, user_.name);
        out.errors = check(m, today);
        if (!out.errors.isEmpty()) {
            out.status = SaveOutcome::Status::Invalid;
            return out;
        }
        storage::MemberRepository members(db_);
        if (m.id == 0) {
            members.insert(m);
        } else if (!members.update(m)) {
            out.status = SaveOutcome::Status::Stale;
            out.message = Tr::tr("This member was changed or removed by someone else after you opened it. "
                             "Reload the record and make your change again.");
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
