#include "reports/referral_letters_data.h"

#include "reports/official_document.h"
#include "services/outcome.h"
#include "storage/member_repository.h"
#include "storage/organisation_repository.h"
#include "storage/residence_repository.h"

#include <QHash>
#include <QSet>
#include <algorithm>
#include <optional>
#include <tuple>

namespace cutru::reports {
namespace {

using official::committeeOf;
using official::placeName;
using official::placeOf;

// Builds letters, reading each organisation once (the issuer's header, its
// superior, the province's name for the place line, the communes and cells named).
class LetterBuilder {
public:
    LetterBuilder(const storage::Database &db, const ActingUser &user) : db_(db), user_(user), orgs_(db), members_(db) {}

    // Throws AccessDenied when the user may not read the issuer's members.
    void checkIssuer(qint64 issuingOrgId)
    {
        if (checked_.contains(issuingOrgId))
            return;
        if (!user_.may(Action::ReadMembers, {orgs_.pathOf(issuingOrgId)}))
            throw AccessDenied(refusalMessage(Action::ReadMembers));
        checked_.insert(issuingOrgId);
    }

    std::optional<ReferralLetter> letterFor(const Referral &r)
    {
        checkIssuer(r.issuingOrgId);
        const auto m = members_.byId(r.memberId);
        const auto issuer = orgs_.byId(r.issuingOrgId);
        if (!m || !issuer)
            return std::nullopt;
        const auto parent = issuer->parentId > 0 ? orgs_.byId(issuer->parentId) : std::nullopt;
        const bool isCell = issuer->name.startsWith(QStringLiteral("Chi bộ"));
        ReferralLetter l;
        l.superiorBody = parent ? committeeOf(parent->name).toUpper() : QString();
        l.issuingBody = committeeOf(issuer->name).toUpper();
        l.letterNo = r.letterNo;
        l.letterYear = r.letterYear;
        l.numberSuffix = isCell ? QStringLiteral("GGT/CB") : QStringLiteral("GGT/ĐU");
        l.place = placeOf(provinceOf(issuer->id));
        l.date = r.issueDate;
        if (r.isExternal()) {
            l.recipient = r.externalCommittee;
            l.recipientAddress = r.externalAddress;
        } else {
            l.recipient = committeeOf(nameOf(r.toCommuneId));
        }
        l.memberName = m->fullName;
        l.gender = m->gender == Gender::Female ? QStringLiteral("Nữ") : QStringLiteral("Nam");
        l.partyCardNo = m->partyCardNo;
        l.position = m->position;
        l.workplace = m->workplace;
        l.currentCell = nameOf(m->cellId);
        QStringList residence;
        for (const QString &part :
             {m->residenceAddress, placeName(nameOf(m->residenceCellId)), placeName(nameOf(m->residenceCommuneId))})
            if (!part.trimmed().isEmpty())
                residence << part.trimmed();
        l.residenceAddress = residence.join(QStringLiteral(", "));
        l.birthDate = m->birthDate;
        l.admissionDate = m->admissionDate;
        l.officialDate = m->officialDate;
        l.signatureFor = isCell ? QStringLiteral("T/M CHI ỦY") : QStringLiteral("T/M ĐẢNG ỦY");
        l.signatureTitle = QStringLiteral("BÍ THƯ");
        return l;
    }

private:
    QString nameOf(qint64 id)
    {
        if (id <= 0)
            return {};
        auto it = names_.constFind(id);
        if (it != names_.cend())
            return *it;
        const auto o = orgs_.byId(id);
        return *names_.insert(id, o ? o->name : QString());
    }
    // The name of the topmost organisation above `issuerId` (the province).
    QString provinceOf(qint64 issuerId)
    {
        auto it = provinces_.constFind(issuerId);
        if (it != provinces_.cend())
            return *it;
        QString province;
        const auto issuer = orgs_.byId(issuerId);
        for (auto o = issuer && issuer->parentId > 0 ? orgs_.byId(issuer->parentId) : std::nullopt; o;
             o = o->parentId > 0 ? orgs_.byId(o->parentId) : std::nullopt)
            province = o->name;
        return *provinces_.insert(issuerId, province);
    }

    const storage::Database &db_;
    const ActingUser &user_;
    storage::OrganisationRepository orgs_;
    storage::MemberRepository members_;
    QHash<qint64, QString> names_;     // organisation id → name
    QHash<qint64, QString> provinces_; // issuer id → province name
    QSet<qint64> checked_;             // issuers whose members the user may read
};

} // namespace

QList<ReferralLetter> referralLettersFor(const storage::Database &db, const ActingUser &user, qint64 issuingOrgId,
                                         int year)
{
    if (!storage::OrganisationRepository(db).byId(issuingOrgId))
        return {};
    LetterBuilder builder(db, user);
    builder.checkIssuer(issuingOrgId);
    QList<ReferralLetter> letters;
    for (const Referral &r : storage::ResidenceRepository(db).referralsIssuedBy(issuingOrgId, year))
        if (auto l = builder.letterFor(r))
            letters.append(*l);
    return letters;
}

QList<ReferralLetter> referralLettersFor(const storage::Database &db, const ActingUser &user,
                                         const QList<qint64> &referralIds)
{
    storage::ResidenceRepository referrals(db);
    QList<Referral> chosen;
    for (qint64 id : referralIds)
        if (auto r = referrals.referralById(id))
            chosen.append(*r);
    std::sort(chosen.begin(), chosen.end(), [](const Referral &a, const Referral &b) {
        return std::tie(a.issuingOrgId, a.letterYear, a.letterNo) < std::tie(b.issuingOrgId, b.letterYear, b.letterNo);
    });
    LetterBuilder builder(db, user);
    QList<ReferralLetter> letters;
    for (const Referral &r : std::as_const(chosen))
        if (auto l = builder.letterFor(r))
            letters.append(*l);
    return letters;
}

} // namespace cutru::reports
