#include "domain/codes.h"

#include <QCoreApplication>
#include <array>
#include <utility>

namespace cutru {
namespace {

// One table per enumeration keeps code, order and label in one place.
template <typename E> struct Entry {
    E value;
    const char *code;
    const char *label; // marked for translation in context "cutru::Codes"
};

const Entry<OrgLevel> kOrgLevels[] = {
    {OrgLevel::Province, "province", QT_TRANSLATE_NOOP("cutru::Codes", "Province")},
    {OrgLevel::District, "district", QT_TRANSLATE_NOOP("cutru::Codes", "District / city")},
    {OrgLevel::Commune, "commune", QT_TRANSLATE_NOOP("cutru::Codes", "Commune-level committee")},
    {OrgLevel::Cell, "cell", QT_TRANSLATE_NOOP("cutru::Codes", "Cell")},
    {OrgLevel::Workplace, "workplace", QT_TRANSLATE_NOOP("cutru::Codes", "Workplace party organisation")},
};
const Entry<CommuneKind> kCommuneKinds[] = {
    {CommuneKind::Commune, "xa", QT_TRANSLATE_NOOP("cutru::Codes", "Commune")},
    {CommuneKind::Ward, "phuong", QT_TRANSLATE_NOOP("cutru::Codes", "Ward")},
    {CommuneKind::Township, "thi_tran", QT_TRANSLATE_NOOP("cutru::Codes", "Township")},
    {CommuneKind::SpecialZone, "dac_khu", QT_TRANSLATE_NOOP("cutru::Codes", "Special zone")},
};
const Entry<CellKind> kCellKinds[] = {
    {CellKind::Village, "village", QT_TRANSLATE_NOOP("cutru::Codes", "Village cell")},
    {CellKind::ResidentialGroup, "residential_group", QT_TRANSLATE_NOOP("cutru::Codes", "Residential-group cell")},
    {CellKind::Other, "other", QT_TRANSLATE_NOOP("cutru::Codes", "Other cell")},
};
const Entry<WorkplaceType> kWorkplaceTypes[] = {
    {WorkplaceType::StateOwnedEnterprise, "state_owned_enterprise", QT_TRANSLATE_NOOP("cutru::Codes", "State-owned enterprise")},
    {WorkplaceType::JointStockEnterprise, "joint_stock_enterprise", QT_TRANSLATE_NOOP("cutru::Codes", "Joint-stock enterprise")},
    {WorkplaceType::PrivateEnterprise, "private_enterprise", QT_TRANSLATE_NOOP("cutru::Codes", "Private enterprise")},
    {WorkplaceType::ForeignInvestedEnterprise, "foreign_invested_enterprise", QT_TRANSLATE_NOOP("cutru::Codes", "Foreign-invested enterprise")},
    {WorkplaceType::AdministrativeAgency, "administrative_agency", QT_TRANSLATE_NOOP("cutru::Codes", "Administrative agency")},
    {WorkplaceType::PublicServiceUnit, "public_service_unit", QT_TRANSLATE_NOOP("cutru::Codes", "Public service unit")},
    {WorkplaceType::ArmyAndPolice, "army_and_police", QT_TRANSLATE_NOOP("cutru::Codes", "Army and police")},
    {WorkplaceType::Other, "other", QT_TRANSLATE_NOOP("cutru::Codes", "Other workplace")},
};
const Entry<Gender> kGenders[] = {
    {Gender::Male, "M", QT_TRANSLATE_NOOP("cutru::Codes", "Male")},
    {Gender::Female, "F", QT_TRANSLATE_NOOP("cutru::Codes", "Female")},
};
const Entry<ReferralEndReason> kEndReasons[] = {
    {ReferralEndReason::Moved, "moved", QT_TRANSLATE_NOOP("cutru::Codes", "Moved house")},
    {ReferralEndReason::Retired, "retired", QT_TRANSLATE_NOOP("cutru::Codes", "Retired")},
    {ReferralEndReason::Transferred, "transferred", QT_TRANSLATE_NOOP("cutru::Codes", "Membership transferred")},
    {ReferralEndReason::Deceased, "deceased", QT_TRANSLATE_NOOP("cutru::Codes", "Deceased")},
    {ReferralEndReason::Other, "other", QT_TRANSLATE_NOOP("cutru::Codes", "Other reason")},
};
const Entry<ExemptionReason> kExemptions[] = {
    {ExemptionReason::Barracks, "barracks", QT_TRANSLATE_NOOP("cutru::Codes", "Army/police living in barracks or service housing")},
    {ExemptionReason::AwayOrMobile, "away_or_mobile", QT_TRANSLATE_NOOP("cutru::Codes", "Working away from home or constantly on the move")},
    {ExemptionReason::RotatedCadre, "rotated_cadre", QT_TRANSLATE_NOOP("cutru::Codes", "Rotated cadre")},
    {ExemptionReason::FullTimeCourse, "full_time_course", QT_TRANSLATE_NOOP("cutru::Codes", "Full-time course of 12 months or more")},
    {ExemptionReason::StudentAway, "student_away", QT_TRANSLATE_NOOP("cutru::Codes", "Studying away from home")},
};
const Entry<MeetingKind> kMeetingKinds[] = {
    {MeetingKind::Periodic, "periodic", QT_TRANSLATE_NOOP("cutru::Codes", "Periodic")},
    {MeetingKind::Thematic, "thematic", QT_TRANSLATE_NOOP("cutru::Codes", "Thematic")},
    {MeetingKind::Extraordinary, "extraordinary", QT_TRANSLATE_NOOP("cutru::Codes", "Extraordinary")},
};
const Entry<AttendanceStatus> kAttendance[] = {
    {AttendanceStatus::Present, "present", QT_TRANSLATE_NOOP("cutru::Codes", "Present")},
    {AttendanceStatus::AbsentExcused, "absent_excused", QT_TRANSLATE_NOOP("cutru::Codes", "Absent with reason")},
    {AttendanceStatus::AbsentUnexcused, "absent_unexcused", QT_TRANSLATE_NOOP("cutru::Codes", "Absent without reason")},
};
const Entry<AgendaItem> kAgendaItems[] = {
    {AgendaItem::LocalPoliticalTasks, "local_political_tasks",
     QT_TRANSLATE_NOOP("cutru::Codes", "Local political tasks and results")},
    {AgendaItem::PressingLocalIssues, "pressing_local_issues", QT_TRANSLATE_NOOP("cutru::Codes", "Pressing local problems")},
    {AgendaItem::CitizenDuties, "citizen_duties", QT_TRANSLATE_NOOP("cutru::Codes", "Citizen duties")},
    {AgendaItem::FamilyMobilisation, "family_mobilisation",
     QT_TRANSLATE_NOOP("cutru::Codes", "Mobilising families to follow Party and State policy")},
    {AgendaItem::CulturalResidence, "cultural_residence",
     QT_TRANSLATE_NOOP("cutru::Codes", "Building a cultural village or residential group; village rules")},
    {AgendaItem::MemberOpinions, "member_opinions", QT_TRANSLATE_NOOP("cutru::Codes", "Members' opinions on local work")},
    {AgendaItem::WorkplaceLiaison, "workplace_liaison",
     QT_TRANSLATE_NOOP("cutru::Codes", "Contact with the workplace cell committee")},
};
const Entry<MeetingRuleProfile> kRuleProfiles[] = {
    {MeetingRuleProfile::Regulation213, "reg213",
     QT_TRANSLATE_NOOP("cutru::Codes", "Regulation 213-QĐ/TW (every 6 months: 2 a year)")},
    {MeetingRuleProfile::Regulation76, "reg76", QT_TRANSLATE_NOOP("cutru::Codes", "Regulation 76-QĐ/TW (as set by the province)")},
};

const Entry<CommentState> kCommentStates[] = {
    {CommentState::Draft, "draft", QT_TRANSLATE_NOOP("cutru::Codes", "Draft")},
    {CommentState::Signed, "signed", QT_TRANSLATE_NOOP("cutru::Codes", "Signed")},
    {CommentState::Sent, "sent", QT_TRANSLATE_NOOP("cutru::Codes", "Sent")},
    {CommentState::Received, "received", QT_TRANSLATE_NOOP("cutru::Codes", "Received")},
};
const Entry<CommentConclusion> kConclusions[] = {
    {CommentConclusion::FulfilsWell, "fulfils_well", QT_TRANSLATE_NOOP("cutru::Codes", "Fulfils their duties well")},
    {CommentConclusion::Fulfils, "fulfils", QT_TRANSLATE_NOOP("cutru::Codes", "Fulfils their duties")},
    {CommentConclusion::DoesNotFulfil, "does_not_fulfil", QT_TRANSLATE_NOOP("cutru::Codes", "Does not fulfil their duties")},
};
const Entry<CommentRequestReason> kRequestReasons[] = {
    {CommentRequestReason::Promotion, "promotion", QT_TRANSLATE_NOOP("cutru::Codes", "Promotion or appointment")},
    {CommentRequestReason::Reward, "reward", QT_TRANSLATE_NOOP("cutru::Codes", "Reward")},
    {CommentRequestReason::Discipline, "discipline", QT_TRANSLATE_NOOP("cutru::Codes", "Discipline")},
    {CommentRequestReason::Other, "other", QT_TRANSLATE_NOOP("cutru::Codes", "Other")},
};
const Entry<ProblemCategory> kProblemCategories[] = {
    {ProblemCategory::VenueTooSmall, "venue_too_small", QT_TRANSLATE_NOOP("cutru::Codes", "Meeting venue too small")},
    {ProblemCategory::UnclearCellRelation, "unclear_cell_relation",
     QT_TRANSLATE_NOOP("cutru::Codes", "Unclear relation with the village cell")},
    {ProblemCategory::MembersNotAttending, "members_not_attending", QT_TRANSLATE_NOOP("cutru::Codes", "Members not attending")},
    {ProblemCategory::ReferralNotReceived, "referral_not_received", QT_TRANSLATE_NOOP("cutru::Codes", "Referral not received")},
    {ProblemCategory::Other, "other", QT_TRANSLATE_NOOP("cutru::Codes", "Other")},
};
const Entry<ProblemStatus> kProblemStatuses[] = {
    {ProblemStatus::Open, "open", QT_TRANSLATE_NOOP("cutru::Codes", "Open")},
    {ProblemStatus::BeingResolved, "being_resolved", QT_TRANSLATE_NOOP("cutru::Codes", "Being resolved")},
    {ProblemStatus::Resolved, "resolved", QT_TRANSLATE_NOOP("cutru::Codes", "Resolved")},
};

template <typename E> struct Table;
template <> struct Table<OrgLevel> { static constexpr const auto &rows = kOrgLevels; };
template <> struct Table<CommuneKind> { static constexpr const auto &rows = kCommuneKinds; };
template <> struct Table<CellKind> { static constexpr const auto &rows = kCellKinds; };
template <> struct Table<WorkplaceType> { static constexpr const auto &rows = kWorkplaceTypes; };
template <> struct Table<Gender> { static constexpr const auto &rows = kGenders; };
template <> struct Table<ReferralEndReason> { static constexpr const auto &rows = kEndReasons; };
template <> struct Table<ExemptionReason> { static constexpr const auto &rows = kExemptions; };
template <> struct Table<MeetingKind> { static constexpr const auto &rows = kMeetingKinds; };
template <> struct Table<AttendanceStatus> { static constexpr const auto &rows = kAttendance; };
template <> struct Table<AgendaItem> { static constexpr const auto &rows = kAgendaItems; };
template <> struct Table<MeetingRuleProfile> { static constexpr const auto &rows = kRuleProfiles; };
template <> struct Table<CommentState> { static constexpr const auto &rows = kCommentStates; };
template <> struct Table<CommentConclusion> { static constexpr const auto &rows = kConclusions; };
template <> struct Table<CommentRequestReason> { static constexpr const auto &rows = kRequestReasons; };
template <> struct Table<ProblemCategory> { static constexpr const auto &rows = kProblemCategories; };
template <> struct Table<ProblemStatus> { static constexpr const auto &rows = kProblemStatuses; };

template <typename E> const Entry<E> &entry(E v)
{
    for (const auto &e : Table<E>::rows)
        if (e.value == v)
            return e;
    return Table<E>::rows[0]; // unreachable: every enumerator has a row
}

template <typename E> QString codeOf(E v) { return QString::fromLatin1(entry(v).code); }
template <typename E> QString labelOf(E v)
{
    return QCoreApplication::translate("cutru::Codes", entry(v).label);
}

} // namespace

template <typename E> std::optional<E> fromCode(const QString &c)
{
    for (const auto &e : Table<E>::rows)
        if (c == QLatin1String(e.code))
            return e.value;
    return std::nullopt;
}

template <typename E> QList<E> allValues()
{
    QList<E> out;
    for (const auto &e : Table<E>::rows)
        out.append(e.value);
    return out;
}

#define CUTRU_CODES(E)                                                                             \
    QString code(E v) { return codeOf(v); }                                                        \
    QString label(E v) { return labelOf(v); }                                                      \
    template std::optional<E> fromCode<E>(const QString &);                                        \
    template QList<E> allValues<E>();

CUTRU_CODES(OrgLevel)
CUTRU_CODES(CommuneKind)
CUTRU_CODES(CellKind)
CUTRU_CODES(WorkplaceType)
CUTRU_CODES(Gender)
CUTRU_CODES(ReferralEndReason)
CUTRU_CODES(ExemptionReason)
CUTRU_CODES(MeetingKind)
CUTRU_CODES(AttendanceStatus)
CUTRU_CODES(AgendaItem)
CUTRU_CODES(MeetingRuleProfile)
CUTRU_CODES(CommentState)
CUTRU_CODES(CommentConclusion)
CUTRU_CODES(CommentRequestReason)
CUTRU_CODES(ProblemCategory)
CUTRU_CODES(ProblemStatus)
#undef CUTRU_CODES

QString kindLabel(OrgLevel level, const QString &kindCode)
{
    switch (level) {
    case OrgLevel::Commune:
        if (auto k = fromCode<CommuneKind>(kindCode))
            return label(*k);
        break;
    case OrgLevel::Cell:
        if (auto k = fromCode<CellKind>(kindCode))
            return label(*k);
        break;
    case OrgLevel::Workplace:
        if (auto k = fromCode<WorkplaceType>(kindCode))
            return label(*k);
        break;
    default:
        break;
    }
    return kindCode;
}

} // namespace cutru
