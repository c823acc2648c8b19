#include "storage/attendance_statistics.h"

#include "storage/sql_util.h"

namespace cutru::storage {
namespace {

// One of the path columns under one of `paths`: each an index-friendly range.
QString pathsUnder(const QStringList &columns, const QStringList &paths, QVariantList &values)
{
    QStringList any;
    for (const QString &p : paths) {
        if (p.isEmpty())
            continue;
        for (const QString &column : columns) {
            any << QStringLiteral("(%1 >= ? AND %1 < ?)").arg(column);
            values << p << sql::pathUpperBound(p);
        }
    }
    return any.isEmpty() ? QStringLiteral("1 = 0") : QLatin1Char('(') + any.join(QStringLiteral(" OR ")) + QLatin1Char(')');
}

// " AND …" restricting the path columns to the filter's scope and visibility; a row
// is in when any of its columns is.
QString filtered(const AttendanceFilter &f, const QStringList &columns, QVariantList &values)
{
    QString out;
    if (!f.scopePath.isEmpty())
        out += QStringLiteral(" AND ") + pathsUnder(columns, {f.scopePath}, values);
    if (f.visibleUnder)
        out += QStringLiteral(" AND ") + pathsUnder(columns, *f.visibleUnder, values);
    return out;
}

// domain sheetPlace() in SQL: referral `r` places its member among the expected of
// a meeting of cell `cell` on `day` (SQL expressions; `day` bound three times).
QString expectedAt(const QString &r, const QString &cell, const QString &day)
{
    return QStringLiteral("%1.assigned_cell_id = %2 AND %1.assigned_date <= %3 "
                          "AND (%1.ended_date IS NULL OR %1.ended_date > %3) "
                          "AND NOT (%1.exempt = 1 AND (%1.exempt_from IS NULL OR %1.exempt_from <= %3) "
                          "AND (%1.exempt_to IS NULL OR %1.exempt_to >= %3))")
        .arg(r, cell, day);
}

const QString kResidenceCell = QStringLiteral("c.level = 'cell' AND c.kind IN ('village', 'residential_group')");

// Given a CTE `held(id, cell_id, meeting_date)` of held meetings: `expected`, each
// expected member once per meeting (even if two of their referrals place them); the
// tallies of their marks per meeting; and `per_cell(cell_id, meetings, expected,
// present, excused, unexcused)`, a cell's meetings and their tallies (meetings with
// nobody expected count as meetings). Shared by attendance by cell and the attendance
// report. Tallied per meeting first: a fifth faster on the province than joining the
// expected members to the cells' meetings again.
QString cellTallyCtes()
{
    return QStringLiteral("expected AS (SELECT DISTINCT h.id AS meeting_id, r.member_id FROM held h "
                          "JOIN referrals r ON ")
           + expectedAt(QStringLiteral("r"), QStringLiteral("h.cell_id"), QStringLiteral("h.meeting_date"))
           + QStringLiteral("), per_meeting AS (SELECT e.meeting_id, count(*) AS expected, "
                            "coalesce(sum(")
           + sql::asInteger(QStringLiteral("a.status = 'present'"))
           + QStringLiteral("), 0) AS present, coalesce(sum(")
           + sql::asInteger(QStringLiteral("a.status = 'absent_excused'"))
           + QStringLiteral("), 0) AS excused, coalesce(sum(")
           + sql::asInteger(QStringLiteral("a.status = 'absent_unexcused'"))
           + QStringLiteral("), 0) AS unexcused "
                            "FROM expected e LEFT JOIN attendance a ON a.meeting_id = e.meeting_id "
                            "AND a.member_id = e.member_id GROUP BY e.meeting_id), "
                            "per_cell AS (SELECT h.cell_id, count(*) AS meetings, "
                            "coalesce(sum(pm.expected), 0) AS expected, coalesce(sum(pm.present), 0) AS present, "
                            "coalesce(sum(pm.excused), 0) AS excused, coalesce(sum(pm.unexcused), 0) AS unexcused "
                            "FROM held h LEFT JOIN per_meeting pm ON pm.meeting_id = h.id GROUP BY h.cell_id)");
}

void bindAll(QSqlQuery &q, const QVariantList &values)
{
    for (const QVariant &v : values)
        q.addBindValue(v);
}

} // namespace

QString expectedOnSheetSql(const QString &referral, const QString &cell, const QString &day)
{
    return expectedAt(referral, cell, day);
}

AttendanceStatistics::AttendanceStatistics(const Database &db) : db_(db) {}

QList<AbsenceAlert> AttendanceStatistics::absenceAlerts(int after, bool withReasonCount, const QDate &asOf,
                                                         const AttendanceFilter &filter) const
{
    const QVariant day = sql::date(asOf.isValid() ? asOf : QDate::currentDate());
    const QString counted = withReasonCount ? QStringLiteral("'absent_unexcused', 'absent_excused'")
                                            : QStringLiteral("'absent_unexcused'");
    SqlStatement s;
    // The members concerned: a referral active, assigned and expected on the day; if
    // two overlap, the latest assigned (the later id on the same day, as
    // commentReferralSql decides). A window rather than SQLite's bare column beside
    // max(), which PostgreSQL refuses.
    s.add(QStringLiteral("WITH current AS (SELECT ranked.member_id, ranked.cell_id FROM (SELECT r.member_id, "
                         "r.assigned_cell_id AS cell_id, row_number() OVER (PARTITION BY r.member_id "
                         "ORDER BY r.assigned_date DESC, r.id DESC) AS latest "
                         "FROM referrals r JOIN members m ON m.id = r.member_id "
                         "JOIN organisations c ON c.id = r.assigned_cell_id JOIN organisations w ON w.id = m.cell_id "
                         "WHERE ")
              + expectedAt(QStringLiteral("r"), QStringLiteral("r.assigned_cell_id"), QStringLiteral("?")),
          {day, day, day, day});
    QVariantList values;
    s.add(filtered(filter, {QStringLiteral("c.path"), QStringLiteral("w.path")}, values), values);
    s.add(QStringLiteral(") ranked WHERE ranked.latest = 1"));
    // Their marks on held meetings where a referral of theirs placed them among the
    // expected (marks as one of a cell's own members do not count). A join rather
    // than EXISTS: a member has one or two referrals, so this walks few rows; a
    // meeting reached through two referrals appears twice and is counted once below.
    s.add(QStringLiteral("), sheets AS (SELECT cur.member_id, mt.id AS meeting_id, mt.meeting_date, a.status "
                         "FROM current cur JOIN referrals x ON x.member_id = cur.member_id "
                         "JOIN meetings mt ON ")
              + expectedAt(QStringLiteral("x"), QStringLiteral("mt.cell_id"), QStringLiteral("mt.meeting_date"))
              + QStringLiteral(" JOIN attendance a ON a.meeting_id = mt.id AND a.member_id = cur.member_id "
                               "WHERE mt.held = 1 AND mt.meeting_date <= ?"),
          {day});
    // The run: the counted absences after the latest mark that ends it (a present
    // mark, or an absence that does not count); by date, so a mark that ends the run
    // also ends marks of the same day. The latest break comes from a window over the
    // member's marks, not from a per-member aggregate joined back to them: PostgreSQL,
    // which cannot foresee the CTEs' sizes, joined those by nested loops (over a minute
    // on the province instead of under one second); SQLite takes the same time either way.
    s.add(QStringLiteral("), runs AS (SELECT t.member_id, count(DISTINCT t.meeting_id) AS run, "
                         "max(t.meeting_date) AS last_date FROM (SELECT s.member_id, s.meeting_id, s.meeting_date, "
                         "max(CASE WHEN s.status NOT IN (%1) THEN s.meeting_date END) "
                         "OVER (PARTITION BY s.member_id) AS last_break FROM sheets s) t "
                         "WHERE t.meeting_date > coalesce(t.last_break, '') GROUP BY t.member_id) "
                         "SELECT m.id, m.full_name, coalesce(m.party_card_no, ''), c.id, c.code, c.name, "
                         "coalesce(p.name, ''), w.id, w.code, w.name, runs.run, runs.last_date "
                         "FROM runs JOIN current cur ON cur.member_id = runs.member_id "
                         "JOIN members m ON m.id = runs.member_id JOIN organisations c ON c.id = cur.cell_id "
                         "LEFT JOIN organisations p ON p.id = c.parent_id JOIN organisations w ON w.id = m.cell_id "
                         "WHERE runs.run >= ? ORDER BY runs.run DESC, c.path, m.name_sort_key, m.id")
                  .arg(counted),
          {std::max(1, after)});
    QSqlQuery q = sql::prepare(db_, s.text);
    bindAll(q, s.values);
    q.setForwardOnly(true);
    sql::exec(q, "read absence alerts");
    QList<AbsenceAlert> out;
    while (q.next()) {
        AbsenceAlert a;
        a.memberId = q.value(0).toLongLong();
        a.fullName = q.value(1).toString();
        a.partyCardNo = q.value(2).toString();
        a.cellId = q.value(3).toLongLong();
        a.cellCode = q.value(4).toString();
        a.cellName = q.value(5).toString();
        a.communeName = q.value(6).toString();
        a.organisationId = q.value(7).toLongLong();
        a.organisationCode = q.value(8).toString();
        a.organisationName = q.value(9).toString();
        a.consecutive = q.value(10).toInt();
        a.lastMeeting = sql::toDate(q.value(11));
        out.append(a);
    }
    return out;
}

QList<CrowdedCell> AttendanceStatistics::crowdedCells(int above, const QDate &asOf, const AttendanceFilter &filter) const
{
    const QVariant day = sql::date(asOf.isValid() ? asOf : QDate::currentDate());
    // The venue of the latest meeting that names one, as planning copies it.
    const QString latest = QStringLiteral("(SELECT %1 FROM meetings v WHERE v.cell_id = c.id AND v.venue <> '' "
                                          "ORDER BY v.meeting_date DESC, v.id DESC LIMIT 1)");
    SqlStatement s;
    s.add(QStringLiteral("SELECT c.id, c.code, c.name, coalesce(p.name, ''), count(*) AS n, "
                         "coalesce(%1, ''), coalesce(%2, 0) "
                         "FROM referrals r JOIN organisations c ON c.id = r.assigned_cell_id "
                         "LEFT JOIN organisations p ON p.id = c.parent_id WHERE ")
                  .arg(latest.arg(QStringLiteral("v.venue")), latest.arg(QStringLiteral("v.venue_capacity")))
              + kResidenceCell + QStringLiteral(" AND ")
              + expectedAt(QStringLiteral("r"), QStringLiteral("r.assigned_cell_id"), QStringLiteral("?")),
          {day, day, day, day});
    QVariantList values;
    s.add(filtered(filter, {QStringLiteral("c.path")}, values), values);
    // PostgreSQL wants every selected column grouped (or the key of its table) and
    // no output name in HAVING.
    s.add(QStringLiteral(" GROUP BY c.id, p.name HAVING count(*) > ? ORDER BY n DESC, c.path"), {std::max(0, above)});
    QSqlQuery q = sql::prepare(db_, s.text);
    bindAll(q, s.values);
    q.setForwardOnly(true);
    sql::exec(q, "read crowded cells");
    QList<CrowdedCell> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                    q.value(4).toInt(), q.value(5).toString(), q.value(6).toInt()});
    return out;
}

int AttendanceStatistics::pastDueCount(const QDate &asOf, const AttendanceFilter &filter) const
{
    SqlStatement s;
    s.add(QStringLiteral("SELECT count(*) FROM meetings mt JOIN organisations c ON c.id = mt.cell_id "
                         "WHERE mt.held = 0 AND mt.meeting_date < ?"),
          {sql::date(asOf.isValid() ? asOf : QDate::currentDate())});
    QVariantList values;
    s.add(filtered(filter, {QStringLiteral("c.path")}, values), values);
    QSqlQuery q = sql::prepare(db_, s.text);
    bindAll(q, s.values);
    sql::exec(q, "count past-due meetings");
    return q.next() ? q.value(0).toInt() : 0;
}

QList<CellAttendance> AttendanceStatistics::attendanceByCell(const QDate &from, const QDate &to,
                                                              const AttendanceFilter &filter) const
{
    SqlStatement s;
    s.add(QStringLiteral("WITH held AS (SELECT mt.id, mt.cell_id, mt.meeting_date FROM meetings mt "
                         "JOIN organisations c ON c.id = mt.cell_id WHERE mt.held = 1 "
                         "AND mt.meeting_date >= ? AND mt.meeting_date <= ?"),
          {sql::date(from.isValid() ? from : QDate(1900, 1, 1)), sql::date(to.isValid() ? to : QDate(9999, 12, 31))});
    QVariantList values;
    s.add(filtered(filter, {QStringLiteral("c.path")}, values), values);
    s.add(QStringLiteral("), ") + cellTallyCtes()
          + QStringLiteral(" SELECT c.id, c.code, c.name, coalesce(p.name, ''), pc.meetings, pc.expected, pc.present, "
                           "pc.excused, pc.unexcused FROM per_cell pc JOIN organisations c ON c.id = pc.cell_id "
                           "LEFT JOIN organisations p ON p.id = c.parent_id ORDER BY c.path"));
    QSqlQuery q = sql::prepare(db_, s.text);
    bindAll(q, s.values);
    q.setForwardOnly(true);
    sql::exec(q, "read attendance by cell");
    QList<CellAttendance> out;
    while (q.next()) {
        CellAttendance a;
        a.cellId = q.value(0).toLongLong();
        a.code = q.value(1).toString();
        a.name = q.value(2).toString();
        a.communeName = q.value(3).toString();
        a.meetings = q.value(4).toInt();
        a.expected = q.value(5).toInt();
        a.present = q.value(6).toInt();
        a.absentExcused = q.value(7).toInt();
        a.absentUnexcused = q.value(8).toInt();
        out.append(a);
    }
    return out;
}

SqlStatement AttendanceStatistics::attendanceByGroupStatement(const Database &db, const AttendanceRows &rows,
                                                              const QDate &from, const QDate &to,
                                                              const QList<DueMeeting> &due)
{
    const QVariant first = sql::date(from.isValid() ? from : QDate(1900, 1, 1));
    const QVariant last = sql::date(to.isValid() ? to : QDate(9999, 12, 31));
    SqlStatement s;
    // The row organisations, then the residence cells under each (rows never nest, so
    // a cell belongs to one row).
    s.add(QStringLiteral("WITH grp AS (SELECT g.id, g.code, g.name, g.level, coalesce(p.name, '') AS parent_name, "
                         "coalesce(p.name_sort_key, '') AS parent_key, g.name_sort_key AS name_key "
                         "FROM organisations g LEFT JOIN organisations p ON p.id = g.parent_id WHERE "));
    switch (rows.kind) {
    case AttendanceRows::Kind::ChildrenOf:
        s.add(QStringLiteral("g.parent_id = ? AND (g.level IN ('district', 'commune') "
                             "OR (g.level = 'cell' AND g.kind IN ('village', 'residential_group')))"),
              {rows.organisationId});
        break;
    case AttendanceRows::Kind::LevelUnder:
        s.add(QStringLiteral("g.path >= ? AND g.path < ? AND g.level = ?"),
              {rows.path, sql::pathUpperBound(rows.path), code(rows.level)});
        if (rows.level == OrgLevel::Cell)
            s.add(QStringLiteral(" AND g.kind IN ('village', 'residential_group')"));
        break;
    case AttendanceRows::Kind::Itself:
        s.add(QStringLiteral("g.id = ?"), {rows.organisationId});
        break;
    }
    // Residence cells sit under a commune, which sits under a district or the province;
    // rows are cells, communes or districts, so a row's cells are the row itself, its
    // children or its grandchildren. Followed down the parent index: a join on path
    // ranges makes SQLite scan every cell for every row.
    s.add(QStringLiteral("), cells AS (SELECT g.id AS gid, c.id AS cell_id FROM grp g JOIN organisations c ON c.id = g.id "
                         "WHERE ")
          + kResidenceCell
          + QStringLiteral(" UNION ALL SELECT g.id, c.id FROM grp g JOIN organisations c ON c.parent_id = g.id WHERE ")
          + kResidenceCell
          + QStringLiteral(" UNION ALL SELECT g.id, c.id FROM grp g JOIN organisations p ON p.parent_id = g.id "
                           "JOIN organisations c ON c.parent_id = p.id WHERE ")
          + kResidenceCell
          + QStringLiteral("), held AS (SELECT mt.id, mt.cell_id, mt.meeting_date FROM meetings mt "
                           "JOIN cells c ON c.cell_id = mt.cell_id WHERE mt.held = 1 "
                           "AND mt.meeting_date >= ? AND mt.meeting_date <= ?), "),
          {first, last});
    s.add(cellTallyCtes());
    s.add(QStringLiteral(", att AS (SELECT c.gid, sum(pc.meetings) AS meetings, sum(pc.expected) AS expected, "
                         "sum(pc.present) AS present, sum(pc.excused) AS excused, sum(pc.unexcused) AS unexcused "
                         "FROM per_cell pc JOIN cells c ON c.cell_id = pc.cell_id GROUP BY c.gid)"));
    // The meetings the rules call for: one per period for a cell that had a member
    // expected on at least one day of it — the days assigned in the period (from the
    // later of the assignment and the period's start to the earlier of the day before
    // the end and the period's end) not all covered by the exemption, if any.
    s.add(QStringLiteral(", dues(a, b) AS ("));
    if (due.isEmpty()) {
        s.add(QStringLiteral("SELECT CAST(NULL AS TEXT), CAST(NULL AS TEXT) WHERE 1 = 0"));
    } else {
        QStringList tuples;
        for (const DueMeeting &d : due) {
            tuples << QStringLiteral("(CAST(? AS TEXT), CAST(? AS TEXT))");
            s.values << sql::date(d.periodFrom) << sql::date(std::min(d.periodTo, to.isValid() ? to : d.periodTo));
        }
        s.add(QStringLiteral("VALUES ") + tuples.join(QStringLiteral(", ")));
    }
    // The window's first and last day (never NULL here, where SQLite's min/max and
    // PostgreSQL's least/greatest would differ).
    const QString lastDay = sql::addDays(db, QStringLiteral("r.ended_date"), -1);
    const QString windowFrom = sql::greatest(db, QStringLiteral("r.assigned_date"), QStringLiteral("d.a"));
    const QString windowTo =
        sql::least(db, QStringLiteral("coalesce(%1, d.b)").arg(lastDay), QStringLiteral("d.b"));
    s.add(QStringLiteral("), due AS (SELECT c.gid, count(*) AS n FROM cells c, dues d WHERE EXISTS ("
                         "SELECT 1 FROM referrals r WHERE r.assigned_cell_id = c.cell_id AND r.assigned_date IS NOT NULL "
                         "AND %1 <= %2 AND NOT (r.exempt = 1 AND coalesce(r.exempt_from, '') <= %1 "
                         "AND coalesce(r.exempt_to, '9999-12-31') >= %2)) GROUP BY c.gid)")
              .arg(windowFrom, windowTo));
    // Members assigned to a cell on at least one day of the period (the same window).
    s.add(QStringLiteral(", referred AS (SELECT DISTINCT c.gid, r.member_id FROM cells c "
                         "JOIN referrals r ON r.assigned_cell_id = c.cell_id WHERE r.assigned_date IS NOT NULL "
                         "AND %1 <= %2), "
                         "ref AS (SELECT gid, count(*) AS n FROM referred GROUP BY gid) ")
              .arg(sql::greatest(db, QStringLiteral("r.assigned_date"), QStringLiteral("CAST(? AS TEXT)")),
                   sql::least(db, QStringLiteral("coalesce(%1, CAST(? AS TEXT))").arg(lastDay),
                              QStringLiteral("CAST(? AS TEXT)"))),
          {first, last, last});
    s.add(QStringLiteral(
        "SELECT 0 AS total, g.id, g.code, g.name, g.level, g.parent_name, coalesce(due.n, 0), "
        "coalesce(att.meetings, 0), coalesce(ref.n, 0), coalesce(att.expected, 0), coalesce(att.present, 0), "
        "coalesce(att.excused, 0), coalesce(att.unexcused, 0), g.parent_key, g.name_key "
        "FROM grp g LEFT JOIN due ON due.gid = g.id LEFT JOIN att ON att.gid = g.id LEFT JOIN ref ON ref.gid = g.id "
        "UNION ALL SELECT 1, 0, '', '', '', '', (SELECT coalesce(sum(n), 0) FROM due), "
        "coalesce(sum(att.meetings), 0), (SELECT count(DISTINCT member_id) FROM referred), "
        "coalesce(sum(att.expected), 0), coalesce(sum(att.present), 0), coalesce(sum(att.excused), 0), "
        "coalesce(sum(att.unexcused), 0), '', '' FROM att "
        "ORDER BY 1, 14, 15, 2"));
    return {s.text, s.values};
}

AttendanceByGroup AttendanceStatistics::attendanceByGroup(const AttendanceRows &rows, const QDate &from,
                                                          const QDate &to, const QList<DueMeeting> &due) const
{
    const SqlStatement statement = attendanceByGroupStatement(db_, rows, from, to, due);
    QSqlQuery q = sql::prepare(db_, statement.text);
    bindAll(q, statement.values);
    q.setForwardOnly(true);
    sql::exec(q, "read the attendance report");
    AttendanceByGroup out;
    while (q.next()) {
        GroupAttendance g;
        g.id = q.value(1).toLongLong();
        g.code = q.value(2).toString();
        g.name = q.value(3).toString();
        g.level = fromCode<OrgLevel>(q.value(4).toString()).value_or(OrgLevel::Commune);
        g.parentName = q.value(5).toString();
        g.meetingsDue = q.value(6).toInt();
        g.meetingsHeld = q.value(7).toInt();
        g.referred = q.value(8).toInt();
        g.expected = q.value(9).toInt();
        g.present = q.value(10).toInt();
        g.absentExcused = q.value(11).toInt();
        g.absentUnexcused = q.value(12).toInt();
        if (q.value(0).toInt() == 1)
            out.total = g;
        else
            out.rows.append(g);
    }
    return out;
}

QList<MemberMeeting> AttendanceStatistics::meetingsOfMember(qint64 memberId) const
{
    QSqlQuery q = sql::prepare(db_, QStringLiteral(
        "SELECT mt.id, mt.meeting_date, mt.kind, mt.cell_id, c.name, coalesce(p.name, ''), a.status, "
        "coalesce(a.reason, '') FROM meetings mt JOIN organisations c ON c.id = mt.cell_id "
        "LEFT JOIN organisations p ON p.id = c.parent_id "
        "LEFT JOIN attendance a ON a.meeting_id = mt.id AND a.member_id = ? "
        "WHERE mt.held = 1 AND (mt.cell_id IN (SELECT assigned_cell_id FROM referrals WHERE member_id = ? "
        "AND assigned_cell_id IS NOT NULL) OR a.id IS NOT NULL) ORDER BY mt.meeting_date, mt.id"));
    q.addBindValue(memberId);
    q.addBindValue(memberId);
    q.setForwardOnly(true);
    sql::exec(q, "read a member's meetings");
    QList<MemberMeeting> out;
    while (q.next()) {
        MemberMeeting m;
        m.meetingId = q.value(0).toLongLong();
        m.date = sql::toDate(q.value(1));
        m.kind = fromCode<MeetingKind>(q.value(2).toString()).value_or(MeetingKind::Periodic);
        m.cellId = q.value(3).toLongLong();
        m.cellName = q.value(4).toString();
        m.communeName = q.value(5).toString();
        if (!q.value(6).isNull())
            m.status = fromCode<AttendanceStatus>(q.value(6).toString());
        m.reason = q.value(7).toString();
        out.append(m);
    }
    return out;
}

bool AttendanceStatistics::anyResidenceCellUnder(const QStringList &paths) const
{
    QVariantList values;
    const QString under = pathsUnder({QStringLiteral("c.path")}, paths, values);
    QSqlQuery q = sql::prepare(db_, QStringLiteral("SELECT EXISTS (SELECT 1 FROM organisations c WHERE %1 AND %2)")
                                        .arg(kResidenceCell, under));
    bindAll(q, values);
    sql::exec(q, "look for residence cells");
    return q.next() && q.value(0).toInt() != 0;
}

} // namespace cutru::storage
