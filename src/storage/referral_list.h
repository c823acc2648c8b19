#pragma once

#include "domain/residence.h"
#include "storage/database.h"

#include <QDate>
#include <QList>
#include <QStringList>
#include <optional>

// Read-only lists of the referral flow, for the Referrals section and
// `cutru-cli referrals list`: referrals with what a list row shows (member, issuing
// organisation, receiving commune, assigned cell, days waited), working members of
// workplace organisations with their referral state, and overdue counts. Filtering,
// ordering and windowing happen in SQL.
namespace cutru::storage {

// What the user's roles reach, set by the services: a referral is visible when it is
// addressed to a commune under one of `receivingUnder` or issued by an organisation
// under one of `issuingUnder`.
struct ReferralVisibility {
    QStringList receivingUnder;
    QStringList issuingUnder;

    bool operator==(const ReferralVisibility &) const = default;
};

struct ReferralListQuery {
    // Receiving commune under this path (a commune, district or the province); empty:
    // any, letters outside the province included.
    QString communePath;
    qint64 communeId = 0;     // one receiving commune; 0 = any
    qint64 issuingOrgId = 0;  // one issuing organisation; 0 = any
    QString issuingPath;      // issuing organisations under this path; empty = any
    QList<ReferralState> states; // empty: any
    std::optional<bool> exempt;  // only exempt / only not exempt
    // >= 0: only the overdue ones: active, not received, issued more than N days before asOf.
    int overdueAfterDays = -1;
    QDate asOf;                  // for the days waited and overdue (invalid: today)
    QStringList terms;           // already folded: word prefixes of the member's name or party card
    bool inProvinceOnly = false; // only letters to communes of this database (a commune's inbox)
    QList<qint64> referralIds;   // only these (empty: any)
    // Set by the services; nullopt = no restriction.
    std::optional<ReferralVisibility> visible;

    bool operator==(const ReferralListQuery &) const = default;
};

// One line of a referral list.
struct ReferralRow {
    qint64 id = 0;
    ReferralState state = ReferralState::Issued;
    int letterNo = 0;
    int letterYear = 0;
    QDate issueDate;
    QDate receivedDate;
    QDate assignedDate;
    QDate endedDate;
    std::optional<ReferralEndReason> endReason;
    QString endNote;
    bool exempt = false;
    std::optional<ExemptionReason> exemptionReason;
    QDate exemptFrom;
    QDate exemptTo;
    qint64 memberId = 0;
    QString memberName;
    QString partyCardNo;
    qint64 memberResidenceCellId = 0; // the member's recorded residence cell, if any
    qint64 issuingOrgId = 0;
    QString issuingOrgCode;
    QString issuingOrgName;
    qint64 toCommuneId = 0; // 0: outside the province
    QString toCommuneCode;
    QString toCommuneName;
    QString externalCommittee;
    QString externalAddress;
    qint64 assignedCellId = 0;
    QString assignedCellName;
    // Active and not yet received: days since the issue date, as of the query's date;
    // -1 otherwise.
    int daysWaited = -1;

    bool isPending() const { return state == ReferralState::Issued; }
};

// Where a working member stands in the scheme.
enum class WorkingMemberState {
    NotReferred,     // no referral yet
    Issued,          // letter issued, not yet received
    Received,        // received, no cell yet
    Assigned,        // assigned to a residence cell
    Exempt,          // received but exempt from meetings (Guideline 33)
    Ended,           // the last referral ended, none active
    NotToBeReferred, // Guideline 33: not referred at all
};
QList<WorkingMemberState> allWorkingMemberStates();

struct WorkingMemberQuery {
    qint64 organisationId = 0;  // one workplace organisation; 0 = any
    QString organisationPath;   // workplace organisations under this path; empty = any
    QList<WorkingMemberState> states; // empty: any
    QStringList terms;          // already folded: word prefixes of the name or party card
    QList<qint64> memberIds;    // only these (empty: any)
    // Set by the services: members held in workplace organisations under one of
    // these; nullopt = no restriction.
    std::optional<QStringList> visibleUnder;

    bool operator==(const WorkingMemberQuery &) const = default;
};

// A working member and their current (or, none active, last) referral.
struct WorkingMemberRow {
    qint64 memberId = 0;
    QString fullName;
    QString partyCardNo;
    qint64 organisationId = 0;
    QString organisationCode;
    QString organisationName;
    qint64 residenceCommuneId = 0;
    QString residenceCommuneName;
    qint64 residenceCellId = 0;
    QString residenceCellName;
    QString residenceProvince;
    QString residenceAddress;
    WorkingMemberState state = WorkingMemberState::NotReferred;
    QString notReferredReason;
    qint64 referralId = 0; // 0: never referred
    bool referralActive = false;
    int letterNo = 0;
    int letterYear = 0;
    QDate issueDate;
    QDate receivedDate;
    QDate endedDate;
    std::optional<ReferralEndReason> endReason;
    std::optional<ExemptionReason> exemptionReason;
    qint64 toCommuneId = 0;
    QString toCommuneName;
    QString externalCommittee;
    QString assignedCellName;
};

// Overdue letters (issued, not received after N days) per receiving commune or per
// issuing organisation, most first.
struct OverdueCount {
    qint64 organisationId = 0; // 0: committees outside the province (by commune)
    QString code;
    QString name;
    int count = 0;
};
struct OverdueCounts {
    QList<OverdueCount> byCommune;
    QList<OverdueCount> byIssuer;
    int total = 0;
};

// An organisation to choose in a form (cell, commune, workplace organisation).
struct OrganisationChoice {
    qint64 id = 0;
    QString code;
    QString name;
    QString parentName;
    QString kind;
};

class ReferralList {
public:
    explicit ReferralList(const Database &db);

    int count(const ReferralListQuery &query) const;
    // Pending first (longest waiting first), then received, assigned and ended ones.
    QList<ReferralRow> window(const ReferralListQuery &query, int offset, int limit) const;
    std::optional<ReferralRow> row(qint64 referralId, const QDate &asOf = {}) const;

    int count(const WorkingMemberQuery &query) const;
    // In Vietnamese name order.
    QList<WorkingMemberRow> window(const WorkingMemberQuery &query, int offset, int limit) const;

    // `under` (non-empty): only letters addressed to a commune under it or issued by an
    // organisation under it (the Overview's scope).
    OverdueCounts overdueCounts(int days, const QDate &asOf, const std::optional<ReferralVisibility> &visible,
                                const QString &under = {}) const;

    // The village and residential-group cells of a commune, in name order.
    QList<OrganisationChoice> residenceCellsOf(qint64 communeId) const;
    // Every commune-level committee, in name order (parentName: the district, if any).
    QList<OrganisationChoice> communes() const;
    // Workplace organisations under one of `under` (nullopt: all), in name order.
    QList<OrganisationChoice> workplaceOrganisations(const std::optional<QStringList> &under) const;

private:
    const Database &db_;
};

} // namespace cutru::storage
