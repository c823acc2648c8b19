#include "services/attendance_queries.h"

#include "storage/member_repository.h"
#include "storage/organisation_repository.h"
#include "storage/residence_repository.h"

#include <algorithm>

namespace cutru {

AttendanceQueries::AttendanceQueries(const storage::Database &db, ActingUser user) : db_(db), user_(std::move(user)) {}

bool AttendanceQueries::mayRead() const
{
    return user_.may(Action::ReadMembers);
}

storage::AttendanceFilter AttendanceQueries::filter(const QString &scopePath) const
{
    std::optional<QStringList> readable = user_.permissions.scopesFor(Action::ReadMembers);
    if (readable && readable->isEmpty())
        throw AccessDenied(refusalMessage(Action::ReadMembers));
    if (readable) {
        // Grants over every top-level organisation reach everything: no filter then.
        const QStringList roots = storage::OrganisationRepository(db_).rootPaths();
        if (!roots.isEmpty()
            && std::all_of(roots.begin(), roots.end(), [&](const QString &r) { return readable->contains(r); }))
            readable.reset();
    }
    return {scopePath, readable};
}

bool AttendanceQueries::reachesResidenceCells() const
{
    const std::optional<QStringList> readable = user_.permissions.scopesFor(Action::ReadMembers);
    if (!readable)
        return true;
    return !readable->isEmpty() && storage::AttendanceStatistics(db_).anyResidenceCellUnder(*readable);
}

QList<storage::AbsenceAlert> AttendanceQueries::absenceAlerts(int after, bool withReasonCount, const QDate &asOf,
                                                               const QString &scopePath) const
{
    return storage::AttendanceStatistics(db_).absenceAlerts(after, withReasonCount, asOf, filter(scopePath));
}

QList<storage::AbsenceAlert> AttendanceQueries::absenceAlerts(const MeetingRules &rules, const QDate &asOf,
                                                               const QString &scopePath) const
{
    return absenceAlerts(rules.absenceAlertAfter, rules.absencesWithReasonCount, asOf, scopePath);
}

QList<storage::CrowdedCell> AttendanceQueries::crowdedCells(int above, const QDate &asOf, const QString &scopePath) const
{
    return storage::AttendanceStatistics(db_).crowdedCells(above, asOf, filter(scopePath));
}

int AttendanceQueries::pastDueCount(const QDate &asOf, const QString &scopePath) const
{
    return storage::AttendanceStatistics(db_).pastDueCount(asOf, filter(scopePath));
}

QList<storage::CellAttendance> AttendanceQueries::attendanceByCell(const QDate &from, const QDate &to,
                                                                    const QString &scopePath) const
{
    return storage::AttendanceStatistics(db_).attendanceByCell(from, to, filter(scopePath));
}

AttendanceHistory AttendanceQueries::historyOf(qint64 memberId) const
{
    AttendanceHistory history;
    const auto member = storage::MemberRepository(db_).byId(memberId);
    if (!member) {
        if (!mayRead())
            throw AccessDenied(refusalMessage(Action::ReadMembers));
        return history;
    }
    const QList<Referral> referrals = storage::ResidenceRepository(db_).referralsOf(memberId);
    // The organisations concerned: as for the member's record, and the cells that
    // had them on their sheets.
    const storage::OrganisationRepository orgs(db_);
    QStringList paths;
    for (qint64 id : {member->cellId, member->residenceCommuneId, member->residenceCellId})
        if (id > 0)
            paths << orgs.pathOf(id);
    for (const Referral &r : referrals)
        if (r.assignedCellId > 0)
            paths << orgs.pathOf(r.assignedCellId);
    if (!user_.may(Action::ReadMembers, paths))
        throw AccessDenied(refusalMessage(Action::ReadMembers));

    for (const storage::MemberMeeting &m : storage::AttendanceStatistics(db_).meetingsOfMember(memberId)) {
        // Where the member stood on the sheet: expected through any referral wins.
        SheetPlace place = SheetPlace::NotListed;
        for (const Referral &r : referrals) {
            const SheetPlace p = sheetPlace(r, m.cellId, m.date);
            if (p == SheetPlace::Expected) {
                place = p;
                break;
            }
            if (p == SheetPlace::Exempt)
                place = p;
        }
        if (place == SheetPlace::NotListed && !m.status)
            continue; // a meeting of a cell they had left, or had not joined yet
        AttendanceHistoryLine line;
        line.meetingId = m.meetingId;
        line.date = m.date;
        line.kind = m.kind;
        line.cellId = m.cellId;
        line.cellName = m.cellName;
        line.communeName = m.communeName;
        line.status = m.status;
        line.reason = m.reason;
        switch (place) {
        case SheetPlace::Expected:
            line.place = AttendanceHistoryLine::Place::Expected;
            history.tally.add(line.status);
            break;
        case SheetPlace::Exempt:
            // As on the sheet: exempt members are not marked.
            line.place = AttendanceHistoryLine::Place::Exempt;
            line.status.reset();
            line.reason.clear();
            ++history.tally.exempt;
            break;
        case SheetPlace::NotListed: line.place = AttendanceHistoryLine::Place::Other; break;
        }
        history.lines.append(line);
    }
    return history;
}

} // namespace cutru
