#include "storage/meeting_repository.h"

#include "storage/residence_repository.h"
#include "storage/sql_util.h"

#include <QSet>

namespace cutru::storage {
namespace {

const char *kMeetingColumns = "id, cell_id, meeting_date, kind, venue, venue_capacity, agenda_items, agenda_notes, "
                              "minutes, chaired_by, guests, held, row_version";

Meeting meetingFromRow(const QSqlQuery &q)
{
    Meeting m;
    m.id = q.value(0).toLongLong();
    m.cellId = q.value(1).toLongLong();
    m.date = sql::toDate(q.value(2));
    m.kind = fromCode<MeetingKind>(q.value(3).toString()).value_or(MeetingKind::Periodic);
    m.venue = q.value(4).toString();
    m.venueCapacity = q.value(5).toInt();
    m.agendaItems = q.value(6).toString();
    m.agendaNotes = q.value(7).toString();
    m.minutes = q.value(8).toString();
    m.chairedBy = q.value(9).toString();
    m.guests = q.value(10).toInt();
    m.held = q.value(11).toInt() != 0;
    m.rowVersion = q.value(12).toInt();
    return m;
}

QList<Meeting> meetings(QSqlQuery &q, const char *what)
{
    q.setForwardOnly(true);
    sql::exec(q, what);
    QList<Meeting> out;
    while (q.next())
        out.append(meetingFromRow(q));
    return out;
}

// Members' columns shown on a sheet, `m` joined to their organisation `o`.
const char *kListedColumns = "m.id, m.full_name, m.party_card_no, o.name";

ListedMember listedFromRow(const QSqlQuery &q, int first)
{
    return {q.value(first).toLongLong(), q.value(first + 1).toString(), q.value(first + 2).toString(),
            q.value(first + 3).toString()};
}

QString placeholders(qsizetype n)
{
    QStringList marks;
    for (qsizetype i = 0; i < n; ++i)
        marks << QStringLiteral("?");
    return marks.join(QLatin1Char(','));
}

} // namespace

// The upsert of one mark or several: VALUES rows of (meeting, member, status, reason).
QString upsertStatement(qsizetype rows)
{
    QStringList values;
    for (qsizetype i = 0; i < rows; ++i)
        values << QStringLiteral("(?, ?, ?, ?)");
    return QStringLiteral(
               "INSERT INTO attendance (meeting_id, member_id, status, reason) VALUES %1 "
               "ON CONFLICT (meeting_id, member_id) DO UPDATE SET status = excluded.status, reason = excluded.reason, "
               "row_version = attendance.row_version + 1 "
               "WHERE attendance.status <> excluded.status OR attendance.reason <> excluded.reason")
        .arg(values.join(QStringLiteral(", ")));
}

MeetingRepository::MeetingRepository(const Database &db) : db_(db) {}

std::optional<Meeting> MeetingRepository::byId(qint64 id) const
{
    QSqlQuery q = sql::prepare(db_, QStringLiteral("SELECT %1 FROM meetings WHERE id = ?").arg(QLatin1String(kMeetingColumns)));
    q.addBindValue(id);
    sql::exec(q, "read a meeting");
    if (!q.next())
        return std::nullopt;
    return meetingFromRow(q);
}

void MeetingRepository::insert(Meeting &m)
{
    if (!insert_)
        insert_ = sql::prepare(db_, QStringLiteral(
            "INSERT INTO meetings (cell_id, meeting_date, kind, venue, venue_capacity, agenda_items, agenda_notes, "
            "minutes, chaired_by, guests, held) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    QSqlQuery &q = *insert_;
    int i = 0;
    q.bindValue(i++, m.cellId);
    q.bindValue(i++, sql::date(m.date));
    q.bindValue(i++, code(m.kind));
    q.bindValue(i++, sql::text(m.venue));
    q.bindValue(i++, m.venueCapacity);
    q.bindValue(i++, sql::text(m.agendaItems));
    q.bindValue(i++, sql::text(m.agendaNotes));
    q.bindValue(i++, sql::text(m.minutes));
    q.bindValue(i++, sql::text(m.chairedBy));
    q.bindValue(i++, m.guests);
    q.bindValue(i++, m.held ? 1 : 0);
    m.id = sql::execInsert(q, "insert meeting");
    m.rowVersion = 1;
}

bool MeetingRepository::update(Meeting &m)
{
    QSqlQuery q = sql::prepare(db_, QStringLiteral(
        "UPDATE meetings SET meeting_date = ?, kind = ?, venue = ?, venue_capacity = ?, agenda_items = ?, "
        "agenda_notes = ?, minutes = ?, chaired_by = ?, guests = ?, held = ?, row_version = row_version + 1 "
        "WHERE id = ? AND row_version = ?"));
    int i = 0;
    q.bindValue(i++, sql::date(m.date));
    q.bindValue(i++, code(m.kind));
    q.bindValue(i++, sql::text(m.venue));
    q.bindValue(i++, m.venueCapacity);
    q.bindValue(i++, sql::text(m.agendaItems));
    q.bindValue(i++, sql::text(m.agendaNotes));
    q.bindValue(i++, sql::text(m.minutes));
    q.bindValue(i++, sql::text(m.chairedBy));
    q.bindValue(i++, m.guests);
    q.bindValue(i++, m.held ? 1 : 0);
    q.bindValue(i++, m.id);
    q.bindValue(i++, m.rowVersion);
    sql::exec(q, "update a meeting");
    if (q.numRowsAffected() != 1)
        return false;
    ++m.rowVersion;
    return true;
}

void MeetingRepository::remove(qint64 meetingId)
{
    QSqlQuery q = sql::prepare(db_, QStringLiteral("DELETE FROM meetings WHERE id = ?"));
    q.addBindValue(meetingId);
    sql::exec(q, "delete a meeting");
}

bool MeetingRepository::hasAttendance(qint64 meetingId) const
{
    QSqlQuery q = sql::prepare(db_, QStringLiteral("SELECT EXISTS (SELECT 1 FROM attendance WHERE meeting_id = ?)"));
    q.addBindValue(meetingId);
    sql::exec(q, "read whether a meeting has attendance");
    return q.next() && q.value(0).toBool();
}

QList<Meeting> MeetingRepository::meetingsOf(qint64 cellId, const QDate &from, const QDate &to) const
{
    QSqlQuery q = sql::prepare(db_, QStringLiteral("SELECT %1 FROM meetings WHERE cell_id = ? AND meeting_date >= ? "
                                                   "AND meeting_date <= ? ORDER BY meeting_date, id")
                                        .arg(QLatin1String(kMeetingColumns)));
    q.addBindValue(cellId);
    q.addBindValue(sql::date(from.isValid() ? from : QDate(1900, 1, 1)));
    q.addBindValue(sql::date(to.isValid() ? to : QDate(9999, 12, 31)));
    return meetings(q, "read a cell's meetings");
}

QList<Meeting> MeetingRepository::plannedBefore(const QDate &before, const QString &underPath) const
{
    QString where = QStringLiteral("held = 0 AND meeting_date < ?");
    if (!underPath.isEmpty())
        where += QStringLiteral(" AND cell_id IN (SELECT id FROM organisations WHERE path >= ? AND path < ?)");
    QSqlQuery q = sql::prepare(db_, QStringLiteral("SELECT %1 FROM meetings WHERE %2 ORDER BY meeting_date, id")
                                        .arg(QLatin1String(kMeetingColumns), where));
    q.addBindValue(sql::date(before));
    if (!underPath.isEmpty()) {
        q.addBindValue(underPath);
        q.addBindValue(sql::pathUpperBound(underPath));
    }
    return meetings(q, "read past-due meetings");
}

QList<ResidenceCell> MeetingRepository::residenceCellsUnder(const QString &path) const
{
    QString sqlText = QStringLiteral(
        "SELECT o.id, "
        " COALESCE((SELECT venue FROM meetings WHERE cell_id = o.id AND venue <> '' ORDER BY meeting_date DESC, id DESC LIMIT 1), ''), "
        " COALESCE((SELECT venue_capacity FROM meetings WHERE cell_id = o.id AND venue <> '' "
        "           ORDER BY meeting_date DESC, id DESC LIMIT 1), 0) "
        "FROM organisations o WHERE o.level = 'cell' AND o.kind IN ('village', 'residential_group') "
        "AND o.valid_to IS NULL");
    if (!path.isEmpty())
        sqlText += QStringLiteral(" AND o.path >= ? AND o.path < ?");
    sqlText += QStringLiteral(" ORDER BY o.path");
    QSqlQuery q = sql::prepare(db_, sqlText);
    if (!path.isEmpty()) {
        q.addBindValue(path);
        q.addBindValue(sql::pathUpperBound(path));
    }
    q.setForwardOnly(true);
    sql::exec(q, "read residence cells");
    QList<ResidenceCell> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toInt()});
    return out;
}

QHash<qint64, QList<QDate>> MeetingRepository::periodicMeetingDates(const QList<qint64> &cellIds, int year) const
{
    QHash<qint64, QList<QDate>> out;
    if (cellIds.isEmpty())
        return out;
    // One pass over the year's periodic meetings; cells not asked about are dropped.
    QSqlQuery q = sql::prepare(db_, QStringLiteral("SELECT cell_id, meeting_date FROM meetings WHERE kind = 'periodic' "
                                                   "AND meeting_date >= ? AND meeting_date <= ?"));
    q.addBindValue(sql::date(QDate(year, 1, 1)));
    q.addBindValue(sql::date(QDate(year, 12, 31)));
    q.setForwardOnly(true);
    sql::exec(q, "read a year's periodic meetings");
    QSet<qint64> wanted(cellIds.cbegin(), cellIds.cend());
    while (q.next()) {
        const qint64 cell = q.value(0).toLongLong();
        if (wanted.contains(cell))
            out[cell].append(sql::toDate(q.value(1)));
    }
    return out;
}

QList<SheetCandidate> MeetingRepository::sheetCandidates(qint64 cellId, const QDate &date) const
{
    QSqlQuery q = sql::prepare(db_, QStringLiteral(
        "SELECT %1, m.full_name, m.party_card_no, o.name "
        "FROM referrals r JOIN members m ON m.id = r.member_id JOIN organisations o ON o.id = m.cell_id "
        "WHERE r.assigned_cell_id = ? AND r.assigned_date <= ? AND (r.ended_date IS NULL OR r.ended_date > ?) "
        "ORDER BY m.name_sort_key, m.id")
                                        .arg(referralColumns(QStringLiteral("r"))));
    q.addBindValue(cellId);
    q.addBindValue(sql::date(date));
    q.addBindValue(sql::date(date));
    q.setForwardOnly(true);
    sql::exec(q, "read an attendance sheet's members");
    QList<SheetCandidate> out;
    while (q.next()) {
        SheetCandidate c;
        c.referral = referralFromRow(q, 0);
        c.fullName = q.value(20).toString();
        c.partyCardNo = q.value(21).toString();
        c.workplaceName = q.value(22).toString();
        out.append(c);
    }
    return out;
}

QList<ListedMember> MeetingRepository::cellMembers(qint64 cellId) const
{
    QSqlQuery q = sql::prepare(db_, QStringLiteral("SELECT %1 FROM members m JOIN organisations o ON o.id = m.cell_id "
                                                   "WHERE m.cell_id = ? ORDER BY m.name_sort_key, m.id")
                                        .arg(QLatin1String(kListedColumns)));
    q.addBindValue(cellId);
    q.setForwardOnly(true);
    sql::exec(q, "read a cell's members");
    QList<ListedMember> out;
    while (q.next())
        out.append(listedFromRow(q, 0));
    return out;
}

QList<ListedMember> MeetingRepository::membersByIds(const QList<qint64> &memberIds) const
{
    QList<ListedMember> out;
    if (memberIds.isEmpty())
        return out;
    QSqlQuery q = sql::prepare(db_, QStringLiteral("SELECT %1 FROM members m JOIN organisations o ON o.id = m.cell_id "
                                                   "WHERE m.id IN (%2) ORDER BY m.name_sort_key, m.id")
                                        .arg(QLatin1String(kListedColumns), placeholders(memberIds.size())));
    for (qint64 id : memberIds)
        q.addBindValue(id);
    q.setForwardOnly(true);
    sql::exec(q, "read listed members");
    while (q.next())
        out.append(listedFromRow(q, 0));
    return out;
}

QList<Attendance> MeetingRepository::attendanceOf(qint64 meetingId) const
{
    QSqlQuery q = sql::prepare(db_, QStringLiteral("SELECT member_id, status, reason FROM attendance WHERE meeting_id = ?"));
    q.addBindValue(meetingId);
    q.setForwardOnly(true);
    sql::exec(q, "read attendance");
    QList<Attendance> out;
    while (q.next()) {
        Attendance a;
        a.meetingId = meetingId;
        a.memberId = q.value(0).toLongLong();
        a.status = fromCode<AttendanceStatus>(q.value(1).toString()).value_or(AttendanceStatus::Present);
        a.reason = q.value(2).toString();
        out.append(a);
    }
    return out;
}

void MeetingRepository::upsert(const Attendance &a)
{
    upsert(QList<Attendance>{a});
}

void MeetingRepository::upsert(const QList<Attendance> &marks)
{
    // 250 rows are 1,000 parameters, well under SQLite's limit of 32,766.
    constexpr qsizetype kRowsPerStatement = 250;
    for (qsizetype first = 0; first < marks.size(); first += kRowsPerStatement) {
        const qsizetype rows = std::min(kRowsPerStatement, marks.size() - first);
        QSqlQuery q = sql::prepare(db_, upsertStatement(rows));
        for (qsizetype i = first; i < first + rows; ++i) {
            const Attendance &a = marks[i];
            q.addBindValue(a.meetingId);
            q.addBindValue(a.memberId);
            q.addBindValue(code(a.status));
            q.addBindValue(sql::text(a.reason));
        }
        sql::exec(q, "record attendance");
    }
}

void MeetingRepository::removeMarksExcept(qint64 meetingId, const QList<qint64> &keep)
{
    QString sqlText = QStringLiteral("DELETE FROM attendance WHERE meeting_id = ?");
    if (!keep.isEmpty())
        sqlText += QStringLiteral(" AND member_id NOT IN (%1)").arg(placeholders(keep.size()));
    QSqlQuery q = sql::prepare(db_, sqlText);
    q.addBindValue(meetingId);
    for (qint64 id : keep)
        q.addBindValue(id);
    sql::exec(q, "remove attendance marks");
}

} // namespace cutru::storage
