#include "reports/referral_letters_data.h"

#include "services/outcome.h"
#include "storage/member_repository.h"
#include "storage/organisation_repository.h"
#include "storage/residence_repository.h"

#include <QHash>

namespace cutru::reports {
namespace {

// "Đảng bộ phường Bồ Xuyên" → "Đảng ủy phường Bồ Xuyên": letters go to the committee.
QString committeeOf(const QString &organisationName)
{
    if (organisationName.startsWith(QStringLiteral("Đảng bộ ")))
        return QStringLiteral("Đảng ủy ") + organisationName.mid(8);
    if (organisationName.startsWith(QStringLiteral("Chi bộ ")))
        return QStringLiteral("Chi ủy ") + organisationName.mid(7);
    return organisationName;
}

// "Chi bộ tổ dân phố số 1" → "tổ dân phố số 1", "Đảng bộ phường Bồ Xuyên" → "phường
// Bồ Xuyên": a place, for the residence line.
QString placeName(const QString &organisationName)
{
    for (const QString &prefix : {QStringLiteral("Chi bộ "), QStringLiteral("Đảng bộ ")})
        if (organisationName.startsWith(prefix))
            return organisationName.mid(prefix.size());
    return organisationName;
}

// "Tỉnh ủy Thái Bình" → "Thái Bình": the place in the date line.
QString placeOf(const QString &provinceName)
{
    for (const QString &prefix : {QStringLiteral("Tỉnh ủy "), QStringLiteral("Thành ủy ")})
        if (provinceName.startsWith(prefix))
            return provinceName.mid(prefix.size());
    return provinceName;
}

} // namespace

QList<ReferralLetter> referralLettersFor(const storage::Database &db, const ActingUser &user, qint64 issuingOrgId,
                                         int year)
{
    storage::OrganisationRepository orgs(db);
    const auto issuer = orgs.byId(issuingOrgId);
    if (!issuer)
        return {};
    if (!user.may(Action::ReadMembers, {orgs.pathOf(issuer->id)}))
        throw AccessDenied(refusalMessage(Action::ReadMembers));
    const auto parent = issuer->parentId > 0 ? orgs.byId(issuer->parentId) : std::nullopt;
    QString province;
    for (auto o = parent; o; o = o->parentId > 0 ? orgs.byId(o->parentId) : std::nullopt)
        province = o->name;
    const bool isCell = issuer->name.startsWith(QStringLiteral("Chi bộ"));

    QHash<qint64, QString> names; // organisation id → name, read once each
    auto nameOf = [&](qint64 id) -> QString {
        if (id <= 0)
            return {};
        auto it = names.constFind(id);
        if (it != names.cend())
            return *it;
        const auto o = orgs.byId(id);
        return *names.insert(id, o ? o->name : QString());
    };

    storage::MemberRepository members(db);
    QList<ReferralLetter> letters;
    for (const Referral &r : storage::ResidenceRepository(db).referralsIssuedBy(issuingOrgId, year)) {
        const auto m = members.byId(r.memberId);
        if (!m)
            continue;
        ReferralLetter l;
        l.superiorBody = parent ? committeeOf(parent->name).toUpper() : QString();
        l.issuingBody = committeeOf(issuer->name).toUpper();
        l.letterNo = r.letterNo;
        l.letterYear = r.letterYear;
        l.numberSuffix = isCell ? QStringLiteral("GGT/CB") : QStringLiteral("GGT/ĐU");
        l.place = placeOf(province);
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
        letters.append(l);
    }
    return letters;
}

} // namespace cutru::reports
