#pragma once

#include "domain/residence.h"
#include "storage/database.h"

#include <QDate>
#include <QList>
#include <QString>

// Annual comments (domain.md step 4) read for the reports: how many are due,
// written, sent and received per workplace organisation, and one member's comments.
// docs/reports/comments.md defines the figures.
namespace cutru::storage {

// One workplace organisation's comments of one year.
struct WorkplaceComments {
    qint64 organisationId = 0; // the workplace organisation that issued the referral
    QString code;
    QString name;
    int due = 0;      // members its referrals place on a residence cell's sheet on the reference day
                      // (exempt ones only with a comment request for the year)
    int written = 0;  // of those, with a comment of the year signed (or later): a draft is not written
    int sent = 0;     // … with a sent date
    int received = 0; // … with a received date
};

class CommentStatistics {
public:
    explicit CommentStatistics(const Database &db);

    // The comments of `year` by the workplace organisation that issued the referral,
    // in tree order. Each member is judged on one referral, their latest assigned among
    // those placing them in a residence cell on `dueOn` (storage::commentReferralSql),
    // and counts under its issuer when it would place them among the expected of the
    // cell's sheet on `dueOn` (assigned on or before it, not ended on or before it, not
    // exempt on it), or would place them there but for an exemption and a comment is
    // requested for `year` (storage::commentDueSql). Only
    // referrals whose issuing organisation or assigned cell lies under `scopePath`
    // (empty: everywhere). Organisations with nobody due are left out.
    QList<WorkplaceComments> byWorkplace(int year, const QDate &dueOn, const QString &scopePath) const;

    // A member's annual comments, oldest year first.
    QList<AnnualComment> commentsOf(qint64 memberId) const;

private:
    const Database &db_;
};

} // namespace cutru::storage
