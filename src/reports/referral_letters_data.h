#pragma once

#include "reports/referral_letter.h"
#include "services/acting_user.h"
#include "storage/database.h"

namespace cutru::reports {

// The letters an organisation issued in a year, ready to print: names, dates and
// addresses as they appear on the official form (always Vietnamese: it is an
// official document, whatever the interface language). Needs the right to read the
// members of that organisation; throws AccessDenied otherwise, storage::StorageError
// when the file fails.
QList<ReferralLetter> referralLettersFor(const storage::Database &db, const ActingUser &user, qint64 issuingOrgId,
                                         int year);
// The letters of the given referrals (e.g. those just issued), in the order of
// issuing organisation, year and number, as they are filed. Referrals that no longer
// exist are left out; the right to read the members of each issuing organisation is
// needed as above.
QList<ReferralLetter> referralLettersFor(const storage::Database &db, const ActingUser &user,
                                         const QList<qint64> &referralIds);

} // namespace cutru::reports
