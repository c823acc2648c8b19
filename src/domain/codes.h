#pragma once

#include <QString>
#include <QStringList>
#include <optional>

// The closed vocabularies of the domain. Each value has a stable code (stored in
// the database and in data files) and a translated label (shown to users).
namespace cutru {

enum class OrgLevel { Province, District, Commune, Cell, Workplace };

// Commune-level committee kinds (đảng bộ xã / phường / thị trấn / đặc khu).
enum class CommuneKind { Commune, Ward, Township, SpecialZone };

// Cell kinds: chi bộ thôn, chi bộ tổ dân phố, other cells (schools, clinics, ...).
enum class CellKind { Village, ResidentialGroup, Other };

// The eight workplace types of the source's classification.
enum class WorkplaceType {
    StateOwnedEnterprise,
    JointStockEnterprise,
    PrivateEnterprise,
    ForeignInvestedEnterprise,
    AdministrativeAgency,
    PublicServiceUnit,
    ArmyAndPolice,
    Other
};

enum class Gender { Male, Female };

enum class ReferralEndReason { Moved, Retired, Transferred, Deceased, Other };

// Guideline 33-HD/BTCTW: referred but exempt from meetings and the routine comment.
enum class ExemptionReason {
    Barracks,          // army/police living in barracks or service housing
    AwayOrMobile,      // working away from home or constantly on the move
    RotatedCadre,      // rotated cadres
    FullTimeCourse,    // full-time courses of 12 months or more
    StudentAway        // studying away from home
};

enum class MeetingKind { Periodic, Thematic, Extraordinary };

enum class AttendanceStatus { Present, AbsentExcused, AbsentUnexcused };

// The usual items of a residence meeting's agenda (domain.md, step 3).
enum class AgendaItem {
    LocalPoliticalTasks,  // local political tasks and results
    PressingLocalIssues,  // pressing local problems
    CitizenDuties,        // citizen duties
    FamilyMobilisation,   // mobilising families to follow Party and State policy
    CulturalResidence,    // "cultural" villages / residential groups, village rules
    MemberOpinions,       // members' opinions on local work
    WorkplaceLiaison      // contact with the workplace cell committee
};

// The rule that sets how often residence cells meet their referred members.
enum class MeetingRuleProfile { Regulation213, Regulation76 };

// Where an annual comment stands (derived from its dates, never stored apart).
enum class CommentState { Draft, Signed, Sent, Received };
// The conclusion of an annual comment.
enum class CommentConclusion { FulfilsWell, Fulfils, DoesNotFulfil };
// Why a workplace organisation asks for a comment on a member who is exempt from
// the routine one (Guideline 33).
enum class CommentRequestReason { Promotion, Reward, Discipline, Other };
// What a liaison cadre's problem is about (the source names the first two).
enum class ProblemCategory { VenueTooSmall, UnclearCellRelation, MembersNotAttending, ReferralNotReceived, Other };
enum class ProblemStatus { Open, BeingResolved, Resolved };

// Conversions. code() never fails; fromCode() returns nullopt for an unknown code.
QString code(OrgLevel v);
QString code(CommuneKind v);
QString code(CellKind v);
QString code(WorkplaceType v);
QString code(Gender v);
QString code(ReferralEndReason v);
QString code(ExemptionReason v);
QString code(MeetingKind v);
QString code(AttendanceStatus v);
QString code(AgendaItem v);
QString code(MeetingRuleProfile v);
QString code(CommentState v);
QString code(CommentConclusion v);
QString code(CommentRequestReason v);
QString code(ProblemCategory v);
QString code(ProblemStatus v);

template <typename E> std::optional<E> fromCode(const QString &code);

QString label(OrgLevel v);
QString label(CommuneKind v);
QString label(CellKind v);
QString label(WorkplaceType v);
QString label(Gender v);
QString label(ReferralEndReason v);
QString label(ExemptionReason v);
QString label(MeetingKind v);
QString label(AttendanceStatus v);
QString label(AgendaItem v);
QString label(MeetingRuleProfile v);
QString label(CommentState v);
QString label(CommentConclusion v);
QString label(CommentRequestReason v);
QString label(ProblemCategory v);
QString label(ProblemStatus v);

// All values of an enumeration, in display order.
template <typename E> QList<E> allValues();

// Label for the stored kind code of an organisation of the given level
// (commune kind, cell kind or workplace type); the code itself if unknown.
QString kindLabel(OrgLevel level, const QString &kindCode);

} // namespace cutru
