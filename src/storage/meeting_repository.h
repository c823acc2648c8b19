#pragma once

#include "domain/residence.h"
#include "storage/database.h"

#include <QHash>
#include <QList>
#include <QSqlQuery>
#include <optional>

namespace cutru::storage {

// A referral assigned to a cell, with what an attendance sheet shows of its member.
struct SheetCandidate {
    Referral referral;
    QString fullName;
    QString partyCardNo;
    QString workplaceName; // the organisation holding the membership
};

// A member as listed on a sheet outside the referrals (the cell's own members).
struct ListedMember {
    qint64 memberId = 0;
    QString fullName;
    QString partyCardNo;
    QString organisationName;
};

// A residence cell (village or residential group) and the venue of its latest meeting.
struct ResidenceCell {
    qint64 id = 0;
    QString venue;
    int venueCapacity = 0;
};

// Meetings and their attendance. Every write must run inside a Transaction; inserts
// and marks reuse prepared statements, so a repository may write many (planning a
// province's year, a sheet, the demo province).
class MeetingRepository {
public:
    explicit MeetingRepository(const Database &db);

    std::optional<Meeting> byId(qint64 id) const;
    void insert(Meeting &m);
    // Saves the meeting if nobody changed it since it was read; false when the stored
    // row is newer or gone. Bumps m.rowVersion on success.
    bool update(Meeting &m);
    // Deletes a meeting without attendance (the attendance table refers to it).
    void remove(qint64 meetingId);
    bool hasAttendance(qint64 meetingId) const;
    // A cell's meetings between two dates (inclusive), by date.
    QList<Meeting> meetingsOf(qint64 cellId, const QDate &from, const QDate &to) const;
    // Meetings still planned (not held) dated before `before`, under an organisation
    // path (empty: all), by date.
    QList<Meeting> plannedBefore(const QDate &before, const QString &underPath = {}) const;

    // The village and residential-group cells under an organisation path (empty: all).
    QList<ResidenceCell> residenceCellsUnder(const QString &path) const;
    // The dates of the periodic meetings each of `cells` has in a year.
    QHash<qint64, QList<QDate>> periodicMeetingDates(const QList<qint64> &cellIds, int year) const;

    // Referrals assigned to the cell on or before `date` and not ended on or before
    // it, in Vietnamese name order (exempt ones included: the caller sorts them out).
    QList<SheetCandidate> sheetCandidates(qint64 cellId, const QDate &date) const;
    // Members holding their membership in the cell, in name order.
    QList<ListedMember> cellMembers(qint64 cellId) const;
    QList<ListedMember> membersByIds(const QList<qint64> &memberIds) const;

    QList<Attendance> attendanceOf(qint64 meetingId) const;
    // Inserts or changes one mark (a mark that does not change is left alone, so the
    // change log only records real changes).
    void upsert(const Attendance &a);
    // The same for a meeting's whole sheet, in a few statements rather than one per
    // mark: on a server each statement is a round trip and evaluates the row-level
    // security policies' sets again. A member appears at most once in `marks`.
    void upsert(const QList<Attendance> &marks);
    // Removes the marks of a meeting for members not in `keep`.
    void removeMarksExcept(qint64 meetingId, const QList<qint64> &keep);

private:
    const Database &db_;
    std::optional<QSqlQuery> insert_; // prepared on first use: a server round trip
};

} // namespace cutru::storage
