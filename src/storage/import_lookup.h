#pragma once

#include "domain/codes.h"
#include "storage/database.h"

#include <QDate>
#include <QList>
#include <QSet>
#include <QStringList>
#include <QString>

// What an import compares its rows with, read once in a few plain statements so that
// checking 100,000 rows costs hash look-ups, not 100,000 queries.
namespace cutru::storage {

// One organisation, as much as matching a row and checking roles needs.
struct OrganisationOutline {
    qint64 id = 0;
    qint64 parentId = 0;
    OrgLevel level = OrgLevel::Cell;
    QString code;
    QString name;
    QString path;   // materialised path, "/1/7/42/"
    QDate validTo;  // null while current
};

// One stored member, as much as finding duplicates and checking roles needs.
struct MemberIdentity {
    qint64 id = 0;
    QString cccd;
    QString partyCardNo; // empty when none
    QString nameFolded;  // text::fold of the normalised name, as stored
    QDate birthDate;
    qint64 cellId = 0;
    qint64 residenceCommuneId = 0;
    qint64 residenceCellId = 0;
};

// Every organisation, in id order.
QList<OrganisationOutline> organisationOutlines(const Database &db);
// Every member, in id order.
QList<MemberIdentity> memberIdentities(const Database &db);

// The CCCD and party card numbers among those given that stored members hold, on a
// server also those of members row-level security hides from the connection
// (memberIdentities sees only the members the account reaches). On a file, where
// memberIdentities sees every member, it reads nothing and returns none.
struct StoredMemberKeys {
    QSet<QString> cccds;
    QSet<QString> cards;
};
StoredMemberKeys storedMemberKeys(const Database &db, const QStringList &cccds, const QStringList &cards);

} // namespace cutru::storage
