#include "services/meeting_service.h"

#include "domain/dates.h"

#include "services/write_transaction.h"
#include "storage/account_repository.h"
#include "storage/organisation_repository.h"
#include "storage/residence_repository.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QSet>
#include <spdlog/spdlog.h>

namespace cutru {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cutru::MeetingService)
};

// database_settings keys of MeetingRules.
const QString kProfileKey = QStringLiteral("meetings.profile");
const QString kPerYearKey = QStringLiteral("meetings.per_year_76");
const QString kAbsenceKey = QStringLiteral("alerts.absences");
const QString kWithReasonKey = QStringLiteral("alerts.absences_with_reason");
const QString kCrowdedKey = QStringLiteral("alerts.crowded_above");
const QString kTargetRateKey = QStringLiteral("attendance.target_rate");

SaveOutcome stale()
{
    return {SaveOutcome::Status::Stale, {},
            Tr::tr("This meeting was changed by someone else meanwhile. Reload it and try again.")};
}

SheetLine lineOf(const storage::SheetCandidate &c)
{
    SheetLine l;
    l.memberId = c.referral.memberId;
    l.referralId = c.referral.id;
    l.fullName = c.fullName;
    l.partyCardNo = c.partyCardNo;
    l.workplaceName = c.workplaceName;
    l.exemptionReason = c.referral.exemptionReason;
    return l;
}

SheetLine lineOf(const storage::ListedMember &m)
{
    SheetLine l;
    l.memberId = m.memberId;
    l.fullName = m.fullName;
    l.partyCardNo = m.partyCardNo;
    l.workplaceName = m.organisationName;
    return l;
}

} // namespace

AttendanceTally AttendanceSheet::tally() const
{
    AttendanceTally t;
    for (const SheetLine &l : expected)
        t.add(l.status);
    t.exempt = static_cast<int>(exempt.size());
    return t;
}

MeetingService::MeetingService(storage::Database &db, ActingUser user) : db_(db), user_(std::move(user)) {}

QString MeetingService::pathOf(qint64 organisationId) const
{
    return organisationId > 0 ? storage::OrganisationRepository(db_).pathOf(organisationId) : QString();
}

MeetingRules MeetingService::rules() const
{
    return meetingRules(db_);
}

MeetingRules meetingRules(const storage::Database &db)
{
    const storage::AccountRepository settings(db);
    MeetingRules r;
    if (const auto p = fromCode<MeetingRuleProfile>(settings.setting(kProfileKey)))
        r.profile = *p;
    bool ok = false;
    if (const int n = settings.setting(kPerYearKey).toInt(&ok); ok)
        r.perYear76 = n;
    if (const int n = settings.setting(kAbsenceKey).toInt(&ok); ok)
        r.absenceAlertAfter = n;
    r.absencesWithReasonCount = settings.setting(kWithReasonKey) == QLatin1String("1");
    if (const int n = settings.setting(kCrowdedKey).toInt(&ok); ok)
        r.crowdedAbove = n;
    if (const int n = settings.setting(kTargetRateKey).toInt(&ok); ok)
        r.targetRate = n;
    return r;
}

SaveOutcome MeetingService::setRules(const MeetingRules &rules)
{
    if (!user_.may(Action::ManageOrganisations))
        return SaveOutcome::denied(refusalMessage(Action::ManageOrganisations));
    if (const FieldErrors errors = validate(rules); !errors.isEmpty())
        return SaveOutcome::invalid(errors);
    return inWriteTransaction(db_, user_, "meeting rules", [&]() -> SaveOutcome {
        storage::AccountRepository settings(db_);
        settings.setSetting(kProfileKey, code(rules.profile));
        settings.setSetting(kPerYearKey, QString::number(rules.perYear76));
        settings.setSetting(kAbsenceKey, QString::number(rules.absenceAlertAfter));
        settings.setSetting(kWithReasonKey, rules.absencesWithReasonCount ? QStringLiteral("1") : QStringLiteral("0"));
        settings.setSetting(kCrowdedKey, QString::number(rules.crowdedAbove));
        settings.setSetting(kTargetRateKey, QString::number(rules.targetRate));
        return {};
    });
}

SaveOutcome MeetingService::save(Meeting &meeting)
{
    if (!user_.may(Action::ManageMeetings))
        return SaveOutcome::denied(refusalMessage(Action::ManageMeetings));
    if (const FieldErrors errors = validate(meeting); !errors.isEmpty())
        return SaveOutcome::invalid(errors);
    return inWriteTransaction(db_, user_, "meeting change", [&]() -> SaveOutcome {
        storage::MeetingRepository meetings(db_);
        const auto cell = storage::OrganisationRepository(db_).byId(meeting.cellId);
        if (!cell || cell->level != OrgLevel::Cell || cell->kind == code(CellKind::Other))
            return SaveOutcome::invalid(QStringLiteral("cellId"), Tr::tr("Residence meetings are held by village and "
                                                            "residential-group cells."));
        if (!user_.may(Action::ManageMeetings, {pathOf(cell->id)}))
            return SaveOutcome::denied(refusalMessage(Action::ManageMeetings));
        if (meeting.id == 0) {
            meetings.insert(meeting);
            return {};
        }
        const auto stored = meetings.byId(meeting.id);
        if (!stored)
            return stale();
        if (stored->cellId != meeting.cellId)
            return SaveOutcome::invalid(QStringLiteral("cellId"), Tr::tr("A meeting stays with its cell."));
        return meetings.update(meeting) ? SaveOutcome{} : stale();
    });
}

SaveOutcome MeetingService::remove(qint64 meetingId)
{
    if (!user_.may(Action::ManageMeetings))
        return SaveOutcome::denied(refusalMessage(Action::ManageMeetings));
    return inWriteTransaction(db_, user_, "meeting removal", [&]() -> SaveOutcome {
        storage::MeetingRepository meetings(db_);
        const auto m = meetings.byId(meetingId);
        if (!m)
            return stale();
        if (!user_.may(Action::ManageMeetings, {pathOf(m->cellId)}))
            return SaveOutcome::denied(refusalMessage(Action::ManageMeetings));
        if (meetings.hasAttendance(meetingId))
            return SaveOutcome::invalid(QStringLiteral("meetingId"),
                           Tr::tr("The meeting of %1 has attendance recorded and cannot be deleted.").arg(displayDate(m->date)));
        meetings.remove(meetingId);
        return {};
    });
}

PlanResult MeetingService::planYear(qint64 scopeOrgId, int year)
{
    PlanResult result;
    const QString scope = pathOf(scopeOrgId);
    if (scope.isEmpty()) {
        result.outcome = SaveOutcome::invalid(QStringLiteral("scope"), Tr::tr("Choose the commune, district or province to plan."));
        return result;
    }
    if (!user_.may(Action::PlanMeetings, {scope})) {
        result.outcome = SaveOutcome::denied(refusalMessage(Action::PlanMeetings));
        return result;
    }
    if (year < 1990 || year > 2100) {
        result.outcome = SaveOutcome::invalid(QStringLiteral("year"), Tr::tr("The year %1 is out of range.").arg(year));
        return result;
    }
    const MeetingRules r = rules();
    const int perYear = r.meetingsPerYear();
    const QList<QDate> dates = periodicMeetingDates(year, perYear);
    QList<QPair<QDate, QDate>> periods;
    for (int i = 0; i < dates.size(); ++i)
        periods.append(meetingPeriod(year, perYear, i));
    result.outcome = inWriteTransaction(db_, user_, "planning meetings", [&]() -> SaveOutcome {
        storage::MeetingRepository meetings(db_);
        const QList<storage::ResidenceCell> cells = meetings.residenceCellsUnder(scope);
        QList<qint64> ids;
        for (const auto &c : cells)
            ids << c.id;
        const QHash<qint64, QList<QDate>> existing = meetings.periodicMeetingDates(ids, year);
        result.cells = static_cast<int>(cells.size());
        for (const auto &c : cells) {
            const QList<QDate> held = existing.value(c.id);
            for (int i = 0; i < dates.size(); ++i) {
                const auto [from, to] = periods[i];
                const bool has = std::any_of(held.cbegin(), held.cend(),
                                             [&](const QDate &d) { return d >= from && d <= to; });
                if (has) {
                    ++result.existing;
                    continue;
                }
                Meeting m;
                m.cellId = c.id;
                m.date = dates[i];
                m.kind = MeetingKind::Periodic;
                m.venue = c.venue;
                m.venueCapacity = c.venueCapacity;
                m.held = false;
                meetings.insert(m);
                ++result.created;
            }
        }
        return {};
    });
    if (!result.outcome.ok())
        result.created = 0;
    else
        spdlog::info("planned {} meeting(s) for {} in {} by {}", result.created, scope.toStdString(), year,
                     user_.name.toStdString());
    return result;
}

QList<Meeting> MeetingService::meetingsOf(qint64 cellId, const QDate &from, const QDate &to) const
{
    if (!user_.may(Action::ReadMembers, {pathOf(cellId)}))
        throw AccessDenied(refusalMessage(Action::ReadMembers));
    return storage::MeetingRepository(db_).meetingsOf(cellId, from, to);
}

QList<Meeting> MeetingService::pastDue(const QDate &asOf, qint64 scopeOrgId) const
{
    const storage::MeetingRepository meetings(db_);
    if (scopeOrgId > 0) {
        const QString scope = pathOf(scopeOrgId);
        if (!user_.may(Action::ReadMembers, {scope}))
            throw AccessDenied(refusalMessage(Action::ReadMembers));
        return meetings.plannedBefore(asOf, scope);
    }
    const std::optional<QStringList> scopes = user_.permissions.scopesFor(Action::ReadMembers);
    if (!scopes)
        return meetings.plannedBefore(asOf);
    if (scopes->isEmpty())
        throw AccessDenied(refusalMessage(Action::ReadMembers));
    // Grants on nested organisations reach the same meetings: each is listed once.
    QList<Meeting> out;
    QSet<qint64> seen;
    for (const QString &s : *scopes)
        for (const Meeting &m : meetings.plannedBefore(asOf, s))
            if (!seen.contains(m.id)) {
                seen.insert(m.id);
                out.append(m);
            }
    std::sort(out.begin(), out.end(), [](const Meeting &a, const Meeting &b) {
        return std::tie(a.date, a.id) < std::tie(b.date, b.id);
    });
    return out;
}

AttendanceSheet MeetingService::sheet(qint64 meetingId) const
{
    const storage::MeetingRepository meetings(db_);
    AttendanceSheet sheet;
    const auto m = meetings.byId(meetingId);
    if (!m)
        return sheet;
    if (!user_.may(Action::ReadMembers, {pathOf(m->cellId)}))
        throw AccessDenied(refusalMessage(Action::ReadMembers));
    return sheetOf(*m, true);
}

AttendanceSheet MeetingService::sheetOf(const Meeting &m, bool withNames) const
{
    const storage::MeetingRepository meetings(db_);
    AttendanceSheet sheet;
    sheet.meeting = m;
    const storage::OrganisationRepository orgs(db_);
    if (const auto cell = withNames ? orgs.byId(m.cellId) : std::nullopt) {
        sheet.cellName = cell->name;
        sheet.cellCode = cell->code;
        if (const auto commune = orgs.byId(cell->parentId))
            sheet.communeName = commune->name;
    }
    QHash<qint64, Attendance> marks;
    for (const Attendance &a : meetings.attendanceOf(m.id))
        marks.insert(a.memberId, a);
    QSet<qint64> listed;
    for (const storage::SheetCandidate &c : meetings.sheetCandidates(m.cellId, m.date)) {
        const SheetPlace place = sheetPlace(c.referral, m.cellId, m.date);
        if (place == SheetPlace::NotListed || listed.contains(c.referral.memberId))
            continue;
        listed.insert(c.referral.memberId);
        SheetLine line = lineOf(c);
        if (place == SheetPlace::Exempt) {
            sheet.exempt.append(line);
            continue;
        }
        if (const auto it = marks.constFind(line.memberId); it != marks.cend()) {
            line.status = it->status;
            line.reason = it->reason;
        }
        sheet.expected.append(line);
    }
    // Marked members not expected: the cell's own members the secretary added.
    QList<qint64> others;
    for (auto it = marks.cbegin(); it != marks.cend(); ++it)
        if (!listed.contains(it.key()))
            others << it.key();
    for (const storage::ListedMember &member : meetings.membersByIds(others)) {
        SheetLine line = lineOf(member);
        line.status = marks.value(member.memberId).status;
        line.reason = marks.value(member.memberId).reason;
        sheet.ownMembers.append(line);
    }
    return sheet;
}

QList<storage::ListedMember> MeetingService::cellMembers(qint64 cellId) const
{
    if (!user_.may(Action::ReadMembers, {pathOf(cellId)}))
        throw AccessDenied(refusalMessage(Action::ReadMembers));
    return storage::MeetingRepository(db_).cellMembers(cellId);
}

SaveOutcome MeetingService::record(qint64 meetingId, const QList<Attendance> &marks, int guests, int meetingRowVersion)
{
    return writeMarks(meetingId, marks, true, guests, meetingRowVersion);
}

SaveOutcome MeetingService::mergeMarks(qint64 meetingId, const QList<Attendance> &marks)
{
    return writeMarks(meetingId, marks, false, -1, -1);
}

SaveOutcome MeetingService::writeMarks(qint64 meetingId, const QList<Attendance> &marks, bool replace, int guests,
                                       int meetingRowVersion)
{
    if (!user_.may(Action::RecordAttendance))
        return SaveOutcome::denied(refusalMessage(Action::RecordAttendance));
    if (guests < -1)
        return SaveOutcome::invalid(QStringLiteral("guests"), Tr::tr("The number of guests cannot be negative."));
    return inWriteTransaction(db_, user_, "attendance", [&] {
        return writeMarksIn(meetingId, marks, replace, guests, meetingRowVersion);
    });
}

SaveOutcome MeetingService::mergeMarks(const QMap<qint64, QList<Attendance>> &marksByMeeting)
{
    if (!user_.may(Action::RecordAttendance))
        return SaveOutcome::denied(refusalMessage(Action::RecordAttendance));
    return inWriteTransaction(db_, user_, "attendance of several meetings", [&]() -> SaveOutcome {
        const storage::MeetingRepository meetings(db_);
        for (auto it = marksByMeeting.cbegin(); it != marksByMeeting.cend(); ++it) {
            SaveOutcome out = writeMarksIn(it.key(), it.value(), false, -1, -1);
            if (out.ok())
                continue;
            // Say which meeting: the messages name members, not meetings.
            if (const auto m = meetings.byId(it.key())) {
                const auto cell = storage::OrganisationRepository(db_).byId(m->cellId);
                const QString which = Tr::tr("Meeting of %1 on %2").arg(cell ? cell->name : QString(), displayDate(m->date));
                for (FieldError &e : out.errors)
                    e.message = Tr::tr("%1: %2").arg(which, e.message);
                if (!out.message.isEmpty())
                    out.message = Tr::tr("%1: %2").arg(which, out.message);
            }
            return out; // the transaction rolls back: no meeting is written
        }
        return {};
    });
}

// The body of writeMarks, inside the caller's write transaction.
SaveOutcome MeetingService::writeMarksIn(qint64 meetingId, const QList<Attendance> &marks, bool replace, int guests,
                                         int meetingRowVersion)
{
    storage::MeetingRepository meetings(db_);
    auto m = meetings.byId(meetingId);
    if (!m || (meetingRowVersion >= 0 && m->rowVersion != meetingRowVersion))
        return stale();
    const QString cellPath = pathOf(m->cellId);
    if (!user_.may(Action::RecordAttendance, {cellPath}))
        return SaveOutcome::denied(refusalMessage(Action::RecordAttendance));
    if (m->date > QDate::currentDate())
        return SaveOutcome::invalid(QStringLiteral("date"),
                       Tr::tr("The meeting of %1 has not taken place yet: attendance is recorded afterwards.")
                           .arg(displayDate(m->date)));
    if (!user_.may(Action::ReadMembers, {cellPath}))
        throw AccessDenied(refusalMessage(Action::ReadMembers));
    const AttendanceSheet current = sheetOf(*m, false);
    QHash<qint64, QString> names; // who may be marked → name
    QHash<qint64, QString> exempt;
    for (const SheetLine &l : current.expected)
        names.insert(l.memberId, l.fullName);
    for (const SheetLine &l : current.ownMembers)
        names.insert(l.memberId, l.fullName);
    for (const SheetLine &l : current.exempt)
        exempt.insert(l.memberId, l.fullName);
    // The cell's own members may be added to the sheet.
    for (const storage::ListedMember &own : meetings.cellMembers(m->cellId))
        names.insert(own.memberId, own.fullName);
    QList<qint64> kept;
    QList<Attendance> valid;
    FieldErrors problems;
    for (const Attendance &mark : marks) {
        Attendance a = mark;
        a.meetingId = meetingId;
        a.reason = a.reason.trimmed();
        if (exempt.contains(a.memberId)) {
            problems.append({QStringLiteral("memberId"),
                             Tr::tr("%1 is exempt from meetings on %2: not marked.").arg(exempt.value(a.memberId), displayDate(m->date))});
            continue;
        }
        if (!names.contains(a.memberId)) {
            problems.append({QStringLiteral("memberId"),
                             Tr::tr("Member %1 is neither referred to this cell on %2 nor one of its members.")
                                 .arg(a.memberId)
                                 .arg(displayDate(m->date))});
            continue;
        }
        for (FieldError e : validate(a)) {
            e.message = Tr::tr("%1: %2").arg(names.value(a.memberId), e.message);
            problems.append(e);
        }
        if (kept.contains(a.memberId)) {
            problems.append({QStringLiteral("memberId"), Tr::tr("%1 is marked twice.").arg(names.value(a.memberId))});
            continue;
        }
        kept << a.memberId;
        valid << a;
    }
    if (!problems.isEmpty())
        return SaveOutcome::invalid(problems);
    meetings.upsert(valid);
    if (replace)
        meetings.removeMarksExcept(meetingId, kept);
    if (!m->held || (guests >= 0 && guests != m->guests)) {
        m->held = true;
        if (guests >= 0)
            m->guests = guests;
        if (!meetings.update(*m))
            return stale();
    }
    return {};
}

} // namespace cutru
