#pragma once

#include "domain/residence.h"
#include "services/acting_user.h"
#include "services/outcome.h"
#include "storage/database.h"

#include <QHash>
#include <QList>
#include <functional>
#include <optional>

namespace cutru {

// The referral flow of Regulation 213 (domain.md steps 1, 2 and 5): a workplace
// party organisation issues a letter to the commune-level committee of the member's
// residence; the commune receives it and assigns the member to a residence cell;
// a move ends the referral and issues a new one; retirement, transfer or death end
// it. Every action checks the acting user's role over the organisation concerned,
// every rule is checked here (not only in forms), and each call is one transaction:
// a batch is written whole or not at all.
class ReferralService {
public:
    ReferralService(storage::Database &db, ActingUser user);

    // What a letter is addressed to: a commune of this database, or a committee
    // outside the province (name and address as text).
    struct Destination {
        qint64 communeId = 0;
        QString externalCommittee;
        QString externalAddress;
    };
    struct Issue {
        qint64 memberId = 0;
        Destination to; // empty: the member's recorded residence commune
    };

    // Issues one letter per member, numbered per issuing organisation and year without
    // gaps or duplicates (allocated inside the write transaction). Fills `issued` with
    // the new referrals, in the order asked.
    SaveOutcome issue(const QList<Issue> &requests, const QDate &issueDate, QList<Referral> *issued = nullptr);
    // The actions on existing referrals below take one referral or a batch. A batch is
    // one transaction: the first refusal stops it, nothing is written, and the message
    // names the member concerned.

    // The commune office receives referrals addressed to its commune.
    SaveOutcome receive(const QList<qint64> &referralIds, const QDate &receivedDate);
    // ...and assigns each to one of its residence cells.
    struct Assignment {
        qint64 referralId = 0;
        qint64 cellId = 0;
    };
    SaveOutcome assign(const QList<Assignment> &assignments, const QDate &assignedDate);
    SaveOutcome assign(qint64 referralId, qint64 cellId, const QDate &assignedDate);
    // Received but exempt from meetings and the routine comment (Guideline 33), or no
    // longer exempt (reason nullopt).
    SaveOutcome setExemption(const QList<qint64> &referralIds, std::optional<ExemptionReason> reason,
                             const QDate &from, const QDate &to);
    SaveOutcome setExemption(qint64 referralId, std::optional<ExemptionReason> reason, const QDate &from,
                             const QDate &to);
    // A referral outside the province is complete once its reply slip's date is entered
    // (by the issuing organisation, which gets the slip back).
    SaveOutcome recordExternalReply(const QList<qint64> &referralIds, const QDate &replyDate);
    SaveOutcome recordExternalReply(qint64 referralId, const QDate &replyDate);
    // Retired, transferred, deceased, other (with a note). Moving house is move().
    SaveOutcome end(const QList<qint64> &referralIds, ReferralEndReason reason, const QDate &date,
                    const QString &note = {});
    SaveOutcome end(qint64 referralId, ReferralEndReason reason, const QDate &date, const QString &note = {});
    // Moving house: ends each current referral ("moved") and issues a new one to the
    // new residence in one step. `issued`: the new referrals, in the order asked.
    SaveOutcome move(const QList<qint64> &referralIds, const QDate &date, const Destination &newResidence,
                     QList<Referral> *issued = nullptr);
    SaveOutcome move(qint64 referralId, const QDate &date, const Destination &newResidence,
                     Referral *issued = nullptr);

    // Guideline 33: a working member not to be referred at all (secret duties, standing
    // combat-ready units), with the reason; or back on the list. A member with an
    // active referral must have it ended first.
    SaveOutcome setNotReferred(const QList<qint64> &memberIds, bool notReferred, const QString &reason);
    SaveOutcome setNotReferred(qint64 memberId, bool notReferred, const QString &reason);

    // A member's referrals, oldest first (throws AccessDenied when the member is not the user's).
    QList<Referral> referralsOf(qint64 memberId) const;

private:
    // One write transaction in the user's name: refused when the session's account
    // changed; committed only when `work` succeeds; storage failures become Failed.
    SaveOutcome inWriteTransaction(const std::function<SaveOutcome()> &work);
    // Runs `change` on each referral in one write transaction (see above); `change`
    // writes its referral itself.
    SaveOutcome changeEach(const QList<qint64> &referralIds, const std::function<SaveOutcome(Referral &)> &change);
    // The member's name, for messages.
    QString memberName(qint64 memberId) const;
    SaveOutcome issueInTransaction(const QList<Issue> &requests, const QDate &issueDate, QList<Referral> *issued);
    SaveOutcome endInTransaction(Referral &r, ReferralEndReason reason, const QDate &date, const QString &note);
    QString pathOf(qint64 organisationId) const;
    storage::Database &db_;
    ActingUser user_;
    mutable QHash<qint64, QString> paths_; // organisation id → path; a batch asks the same ones again
};

} // namespace cutru
