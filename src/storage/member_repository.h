#pragma once

#include "domain/member.h"
#include "storage/database.h"

#include <QList>
#include <QSqlQuery>
#include <QStringList>
#include <functional>
#include <optional>

namespace cutru::storage {

// The columns a member list can be sorted by; sorting always happens in SQL.
enum class MemberSort { Name, Gender, BirthDate, Cccd, PartyCard, AdmissionDate, Cell, Workplace, Residence };

// Which members a list shows: those holding membership under an organisation
// (its path; empty = everybody), matching every search term as a word prefix of
// the folded name, the CCCD or the party card number.
struct MemberQuery {
    QString scopePath;
    QStringList terms; // already folded (text::searchTerms)
    MemberSort sort = MemberSort::Name;
    bool descending = false;
    // Set by the services from the user's roles: only members held or living under
    // one of these paths; nullopt = no restriction.
    std::optional<QStringList> visibleUnder;
    // Whether search terms may match CCCD numbers (not for roles that see them masked).
    bool searchIdentifiers = true;

    bool operator==(const MemberQuery &) const = default;
};

// One line of a member list: what the table shows, nothing more.
struct MemberRow {
    qint64 id = 0;
    QString fullName;
    QString gender;   // code
    QDate birthDate;
    QString cccd;
    QString partyCardNo;
    QDate admissionDate;
    QString cellName;
    QString workplace;
    QString residenceName;
    // Paths of the holding organisation, residence commune and residence cell: what
    // the services check roles against.
    QStringList relatedPaths;
};

class MemberRepository {
public:
    explicit MemberRepository(const Database &db);

    // Fills m.id. Derived columns (folded name, sort key) are computed here so that
    // no caller can store them out of step with the name.
    void insert(Member &m);
    // The same for many members at once, filling their ids: far faster for bulk loads
    // (the demo province, imports) than insert() row by row. Must run inside a Transaction.
    // `keepGoing`, when given, is called with the members done so far every 1,000 or so;
    // when it returns false the call stops and returns false, some rows perhaps written:
    // the caller must roll the transaction back.
    bool insertMany(QList<Member> &members, const std::function<bool(qsizetype done)> &keepGoing = {});
    // Saves m if nobody changed it since it was read (row version); returns false
    // when the stored row is newer or gone. Bumps m.rowVersion on success.
    bool update(Member &m);
    std::optional<Member> byId(qint64 id) const;
    // The members with these ids that exist, in no particular order: one statement per
    // few hundred ids rather than one per member.
    QList<Member> byIds(const QList<qint64> &ids) const;
    std::optional<qint64> idByCccd(const QString &cccd) const;
    // Guideline 33's "not referred at all" mark, kept apart from the member form's
    // fields so that an edit of the form never clears it. Must run inside a Transaction.
    void setNotReferred(qint64 memberId, bool notReferred, const QString &reason);
    bool isNotReferred(qint64 memberId) const;
    std::optional<qint64> idByPartyCard(const QString &cardNo) const;

    int count(const MemberQuery &query) const;
    QList<MemberRow> window(const MemberQuery &query, int offset, int limit) const;

private:
    const Database &db_;
    QSqlQuery insert_;
};

// The FTS5 expression for folded search terms: every term as a quoted prefix.
QString ftsExpression(const QStringList &terms, bool includeCccd = true);
// The same search as a PostgreSQL tsquery over members_search's weighted words (the
// same words and prefixes); empty when no term has a word.
QString tsQueryExpression(const QStringList &terms, bool includeCccd = true);
// The condition "the member id `memberId` matches every search term" on either engine,
// its value appended to `values`; empty when the terms search for nothing.
QString memberSearchCondition(const Database &db, const QString &memberId, const QStringList &terms,
                              bool includeCccd, QVariantList &values);

} // namespace cutru::storage
