#include "storage/migrations.h"

#include "storage/database.h"
#include "storage/postgres_schema.h"

namespace cutru::storage {
namespace {

QString jsonObject(const char *prefix, const QStringList &columns)
{
    QStringList pairs;
    for (const auto &c : columns)
        pairs << QStringLiteral("'%1', %2.%1").arg(c, QLatin1String(prefix));
    return QStringLiteral("json_object(%1)").arg(pairs.join(QStringLiteral(", ")));
}

const QString kNow = QStringLiteral("strftime('%Y-%m-%dT%H:%M:%fZ','now')");

// ---- Version 1: organisations, members, change log ---------------------------------
const AuditedTable kOrganisations{
    "organisations",
    {"id", "parent_id", "level", "kind", "code", "name", "valid_from", "valid_to", "row_version"}};
const AuditedTable kMembers{
    "members",
    {"id", "full_name", "gender", "birth_date", "cccd", "party_card_no", "personal_record_no",
     "admission_date", "official_date", "cell_id", "workplace", "position", "phone",
     "residence_province", "residence_commune_id", "residence_cell_id", "residence_address", "notes",
     "row_version"}};
const AuditedTable kPlacements{
    "organisation_placements", {"id", "organisation_id", "parent_id", "name", "valid_from", "valid_to"}};

QStringList version1()
{
    QStringList s{
        // The actor the triggers record: one row, written at the start of every
        // write transaction by the services (SQLite serialises writers, so the row
        // read by a trigger is always the one its own transaction wrote).
        QStringLiteral("CREATE TABLE session_actor (id INTEGER PRIMARY KEY CHECK (id = 1), actor TEXT NOT NULL)"),
        QStringLiteral("INSERT INTO session_actor (id, actor) VALUES (1, 'system')"),

        QStringLiteral(R"(CREATE TABLE organisations (
            id INTEGER PRIMARY KEY,
            parent_id INTEGER REFERENCES organisations(id) ON DELETE RESTRICT,
            level TEXT NOT NULL CHECK (level IN ('province','district','commune','cell','workplace')),
            kind TEXT NOT NULL DEFAULT '',
            code TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL CHECK (length(trim(name)) > 0),
            name_sort_key TEXT NOT NULL,
            path TEXT NOT NULL,
            valid_from TEXT,
            valid_to TEXT,
            row_version INTEGER NOT NULL DEFAULT 1,
            CHECK ((level = 'province') = (parent_id IS NULL)),
            CHECK (valid_to IS NULL OR valid_from IS NULL OR valid_to > valid_from)))"),
        QStringLiteral("CREATE INDEX organisations_parent ON organisations(parent_id)"),
        QStringLiteral("CREATE INDEX organisations_path ON organisations(path)"),

        // Where an organisation sat and what it was called, period by period, so that
        // a merge can move cells to a new commune and reports of past years still see
        // the old shape.
        QStringLiteral(R"(CREATE TABLE organisation_placements (
            id INTEGER PRIMARY KEY,
            organisation_id INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
            parent_id INTEGER REFERENCES organisations(id),
            name TEXT NOT NULL,
            valid_from TEXT,
            valid_to TEXT))"),
        QStringLiteral("CREATE INDEX organisation_placements_org ON organisation_placements(organisation_id)"),

        QStringLiteral(R"(CREATE TABLE members (
            id INTEGER PRIMARY KEY,
            full_name TEXT NOT NULL CHECK (length(trim(full_name)) > 0),
            name_folded TEXT NOT NULL,
            name_sort_key TEXT NOT NULL,
            gender TEXT NOT NULL CHECK (gender IN ('M','F')),
            birth_date TEXT NOT NULL,
            cccd TEXT NOT NULL UNIQUE CHECK (length(cccd) = 12),
            party_card_no TEXT UNIQUE,
            personal_record_no TEXT NOT NULL DEFAULT '',
            admission_date TEXT NOT NULL,
            official_date TEXT,
            cell_id INTEGER NOT NULL REFERENCES organisations(id),
            workplace TEXT NOT NULL DEFAULT '',
            position TEXT NOT NULL DEFAULT '',
            phone TEXT NOT NULL DEFAULT '',
            residence_province TEXT NOT NULL DEFAULT '',
            residence_commune_id INTEGER REFERENCES organisations(id),
            residence_cell_id INTEGER REFERENCES organisations(id),
            residence_address TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT '',
            row_version INTEGER NOT NULL DEFAULT 1,
            CHECK (admission_date > birth_date),
            CHECK (official_date IS NULL OR official_date >= admission_date)))"),
        QStringLiteral("CREATE INDEX members_cell ON members(cell_id)"),
        QStringLiteral("CREATE INDEX members_residence ON members(residence_commune_id)"),

        QStringLiteral(R"(CREATE TABLE change_log (
            id INTEGER PRIMARY KEY,
            changed_at TEXT NOT NULL,
            actor TEXT NOT NULL,
            table_name TEXT NOT NULL,
            row_id INTEGER NOT NULL,
            action TEXT NOT NULL CHECK (action IN ('insert','update','delete')),
            old_values TEXT,
            new_values TEXT))"),
        QStringLiteral("CREATE INDEX change_log_record ON change_log(table_name, row_id)"),
        QStringLiteral("CREATE TRIGGER change_log_append_only_update BEFORE UPDATE ON change_log "
                       "BEGIN SELECT RAISE(ABORT, 'change_log is append-only'); END"),
        QStringLiteral("CREATE TRIGGER change_log_append_only_delete BEFORE DELETE ON change_log "
                       "BEGIN SELECT RAISE(ABORT, 'change_log is append-only'); END"),
    };
    s << auditTriggers(kOrganisations) << auditTriggers(kPlacements) << auditTriggers(kMembers);
    return s;
}

// ---- Version 2: the residence scheme ---------------------------------------------
const AuditedTable kReferrals{
    "referrals",
    {"id", "member_id", "issuing_org_id", "letter_year", "letter_no", "issue_date", "to_commune_id",
     "external_committee", "external_address", "received_date", "assigned_cell_id", "assigned_date",
     "exempt", "exemption_reason", "exempt_from", "exempt_to", "ended_date", "end_reason", "end_note",
     "row_version"}};
const AuditedTable kMeetings{
    "meetings",
    {"id", "cell_id", "meeting_date", "kind", "venue", "venue_capacity", "agenda_items", "agenda_notes",
     "minutes", "chaired_by", "guests", "row_version"}};
const AuditedTable kAttendance{"attendance", {"id", "meeting_id", "member_id", "status", "reason", "row_version"}};
const AuditedTable kComments{
    "annual_comments",
    {"id", "member_id", "referral_id", "year", "text", "written_date", "sent_date", "received_date",
     "row_version"}};
const AuditedTable kCadres{"liaison_cadres",
                           {"id", "full_name", "position", "phone", "assigned_org_id", "row_version"}};
const AuditedTable kVisits{
    "liaison_visits",
    {"id", "cadre_id", "commune_id", "meeting_id", "visit_date", "problems", "resolved", "resolved_date",
     "notes", "row_version"}};

QStringList version2()
{
    QStringList s{
        QStringLiteral(R"(CREATE TABLE referrals (
            id INTEGER PRIMARY KEY,
            member_id INTEGER NOT NULL REFERENCES members(id),
            issuing_org_id INTEGER NOT NULL REFERENCES organisations(id),
            letter_year INTEGER NOT NULL,
            letter_no INTEGER NOT NULL CHECK (letter_no > 0),
            issue_date TEXT NOT NULL,
            to_commune_id INTEGER REFERENCES organisations(id),
            external_committee TEXT NOT NULL DEFAULT '',
            external_address TEXT NOT NULL DEFAULT '',
            received_date TEXT,
            assigned_cell_id INTEGER REFERENCES organisations(id),
            assigned_date TEXT,
            exempt INTEGER NOT NULL DEFAULT 0 CHECK (exempt IN (0, 1)),
            exemption_reason TEXT CHECK (exemption_reason IN
                ('barracks','away_or_mobile','rotated_cadre','full_time_course','student_away')),
            exempt_from TEXT,
            exempt_to TEXT,
            ended_date TEXT,
            end_reason TEXT CHECK (end_reason IN ('moved','retired','transferred','deceased','other')),
            end_note TEXT NOT NULL DEFAULT '',
            row_version INTEGER NOT NULL DEFAULT 1,
            UNIQUE (issuing_org_id, letter_year, letter_no),
            CHECK (to_commune_id IS NOT NULL OR length(trim(external_committee)) > 0),
            CHECK (received_date IS NULL OR received_date >= issue_date),
            CHECK (assigned_cell_id IS NULL OR received_date IS NOT NULL),
            CHECK (assigned_date IS NULL OR assigned_date >= received_date),
            CHECK (exempt = 0 OR exemption_reason IS NOT NULL),
            CHECK ((ended_date IS NULL) = (end_reason IS NULL)),
            CHECK (ended_date IS NULL OR ended_date >= issue_date)))"),
        // At most one active referral per member.
        QStringLiteral("CREATE UNIQUE INDEX referrals_one_active ON referrals(member_id) WHERE ended_date IS NULL"),
        QStringLiteral("CREATE INDEX referrals_member ON referrals(member_id)"),
        QStringLiteral("CREATE INDEX referrals_to_commune ON referrals(to_commune_id)"),
        QStringLiteral("CREATE INDEX referrals_assigned_cell ON referrals(assigned_cell_id)"),
        QStringLiteral("CREATE INDEX referrals_issuing ON referrals(issuing_org_id)"),

        QStringLiteral(R"(CREATE TABLE meetings (
            id INTEGER PRIMARY KEY,
            cell_id INTEGER NOT NULL REFERENCES organisations(id),
            meeting_date TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('periodic','thematic','extraordinary')),
            venue TEXT NOT NULL DEFAULT '',
            venue_capacity INTEGER NOT NULL DEFAULT 0 CHECK (venue_capacity >= 0),
            agenda_items TEXT NOT NULL DEFAULT '',
            agenda_notes TEXT NOT NULL DEFAULT '',
            minutes TEXT NOT NULL DEFAULT '',
            chaired_by TEXT NOT NULL DEFAULT '',
            guests INTEGER NOT NULL DEFAULT 0 CHECK (guests >= 0),
            row_version INTEGER NOT NULL DEFAULT 1))"),
        QStringLiteral("CREATE INDEX meetings_cell_date ON meetings(cell_id, meeting_date)"),

        QStringLiteral(R"(CREATE TABLE attendance (
            id INTEGER PRIMARY KEY,
            meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
            member_id INTEGER NOT NULL REFERENCES members(id),
            status TEXT NOT NULL CHECK (status IN ('present','absent_excused','absent_unexcused')),
            reason TEXT NOT NULL DEFAULT '',
            row_version INTEGER NOT NULL DEFAULT 1,
            UNIQUE (meeting_id, member_id)))"),
        QStringLiteral("CREATE INDEX attendance_member ON attendance(member_id)"),

        QStringLiteral(R"(CREATE TABLE annual_comments (
            id INTEGER PRIMARY KEY,
            member_id INTEGER NOT NULL REFERENCES members(id),
            referral_id INTEGER REFERENCES referrals(id),
            year INTEGER NOT NULL,
            text TEXT NOT NULL CHECK (length(trim(text)) > 0),
            written_date TEXT,
            sent_date TEXT,
            received_date TEXT,
            row_version INTEGER NOT NULL DEFAULT 1,
            UNIQUE (member_id, year),
            CHECK (received_date IS NULL OR (sent_date IS NOT NULL AND received_date >= sent_date))))"),

        QStringLiteral(R"(CREATE TABLE liaison_cadres (
            id INTEGER PRIMARY KEY,
            full_name TEXT NOT NULL CHECK (length(trim(full_name)) > 0),
            position TEXT NOT NULL DEFAULT '',
            phone TEXT NOT NULL DEFAULT '',
            assigned_org_id INTEGER REFERENCES organisations(id),
            row_version INTEGER NOT NULL DEFAULT 1))"),
        QStringLiteral(R"(CREATE TABLE liaison_visits (
            id INTEGER PRIMARY KEY,
            cadre_id INTEGER NOT NULL REFERENCES liaison_cadres(id),
            commune_id INTEGER NOT NULL REFERENCES organisations(id),
            meeting_id INTEGER REFERENCES meetings(id),
            visit_date TEXT NOT NULL,
            problems TEXT NOT NULL DEFAULT '',
            resolved INTEGER NOT NULL DEFAULT 0 CHECK (resolved IN (0, 1)),
            resolved_date TEXT,
            notes TEXT NOT NULL DEFAULT '',
            row_version INTEGER NOT NULL DEFAULT 1))"),
        QStringLiteral("CREATE INDEX liaison_visits_commune ON liaison_visits(commune_id)"),
    };
    for (const auto *t : {&kReferrals, &kMeetings, &kAttendance, &kComments, &kCadres, &kVisits})
        s << auditTriggers(*t);
    return s;
}

// ---- Version 3: diacritic-insensitive search and name-order index ----------------
QStringList version3()
{
    return {
        QStringLiteral("CREATE INDEX members_sort ON members(name_sort_key, id)"),
        QStringLiteral("CREATE INDEX members_cell_sort ON members(cell_id, name_sort_key, id)"),
        // Token-prefix search over folded names and identifiers; the content stays in
        // `members` (external content), the triggers keep the index in step.
        QStringLiteral("CREATE VIRTUAL TABLE members_search USING fts5(name_folded, cccd, party_card_no, "
                       "content='members', content_rowid='id', tokenize='unicode61', prefix='1 2 3')"),
        QStringLiteral("CREATE TRIGGER members_search_insert AFTER INSERT ON members BEGIN "
                       "INSERT INTO members_search(rowid, name_folded, cccd, party_card_no) "
                       "VALUES (new.id, new.name_folded, new.cccd, new.party_card_no); END"),
        QStringLiteral("CREATE TRIGGER members_search_delete AFTER DELETE ON members BEGIN "
                       "INSERT INTO members_search(members_search, rowid, name_folded, cccd, party_card_no) "
                       "VALUES ('delete', old.id, old.name_folded, old.cccd, old.party_card_no); END"),
        QStringLiteral("CREATE TRIGGER members_search_update AFTER UPDATE OF name_folded, cccd, party_card_no "
                       "ON members BEGIN "
                       "INSERT INTO members_search(members_search, rowid, name_folded, cccd, party_card_no) "
                       "VALUES ('delete', old.id, old.name_folded, old.cccd, old.party_card_no); "
                       "INSERT INTO members_search(rowid, name_folded, cccd, party_card_no) "
                       "VALUES (new.id, new.name_folded, new.cccd, new.party_card_no); END"),
        QStringLiteral("INSERT INTO members_search(members_search) VALUES ('rebuild')"),
    };
}

// ---- Version 4: accounts and roles, history filters, application id --------------
const AuditedTable kAccounts{
    "accounts",
    {"id", "username", "full_name", "password_changed_at", "must_change_password", "active", "locked_until",
     "last_sign_in", "row_version"},
    true};
const AuditedTable kAccountRoles{"account_roles", {"id", "account_id", "role", "organisation_id"}};
const AuditedTable kDatabaseEvents{"database_events", {"id", "happened_at", "kind", "detail"}};

QStringList version4()
{
    QStringList s{
        QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId),
        // Usernames are stored folded to lower case; the password is an Argon2id
        // string from libsodium (algorithm, parameters, salt and hash in one).
        QStringLiteral(R"(CREATE TABLE accounts (
            id INTEGER PRIMARY KEY,
            username TEXT NOT NULL UNIQUE CHECK (username = lower(username) AND length(username) BETWEEN 3 AND 32),
            full_name TEXT NOT NULL CHECK (length(trim(full_name)) > 0),
            password_hash TEXT NOT NULL CHECK (password_hash LIKE '$argon2id$%'),
            password_changed_at TEXT NOT NULL,
            must_change_password INTEGER NOT NULL DEFAULT 0 CHECK (must_change_password IN (0, 1)),
            active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
            failed_attempts INTEGER NOT NULL DEFAULT 0 CHECK (failed_attempts >= 0),
            locked_until TEXT,
            last_sign_in TEXT,
            created_at TEXT NOT NULL,
            row_version INTEGER NOT NULL DEFAULT 1))"),
        QStringLiteral(R"(CREATE TABLE account_roles (
            id INTEGER PRIMARY KEY,
            account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
            role TEXT NOT NULL CHECK (role IN
                ('provincial_board','commune_office','cell_secretary','workplace_officer','auditor')),
            organisation_id INTEGER REFERENCES organisations(id),
            CHECK (organisation_id IS NOT NULL OR role IN ('provincial_board','auditor'))))"),
        QStringLiteral("CREATE UNIQUE INDEX account_roles_unique ON account_roles(account_id, role, "
                       "coalesce(organisation_id, 0))"),
        // Facts about the file itself ('demo' = '1' for the built-in demo province).
        QStringLiteral("CREATE TABLE database_settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        // Restores and other events on the file as a whole, logged like any record.
        QStringLiteral(R"(CREATE TABLE database_events (
            id INTEGER PRIMARY KEY,
            happened_at TEXT NOT NULL,
            kind TEXT NOT NULL,
            detail TEXT NOT NULL DEFAULT ''))"),
        // The History view filters by user and date and lists newest first.
        QStringLiteral("CREATE INDEX change_log_actor ON change_log(actor, id)"),
        QStringLiteral("CREATE INDEX change_log_time ON change_log(changed_at)"),
        QStringLiteral("CREATE INDEX change_log_table ON change_log(table_name, id)"),
        // Members living in a cell (a cell secretary's list).
        QStringLiteral("CREATE INDEX members_residence_cell ON members(residence_cell_id)"),
    };
    for (const auto *t : {&kAccounts, &kAccountRoles, &kDatabaseEvents})
        s << auditTriggers(*t);
    return s;
}

// ---- Version 5: members not to be referred -----------------------------------------
const AuditedTable kMembersV5{
    "members",
    {"id", "full_name", "gender", "birth_date", "cccd", "party_card_no", "personal_record_no",
     "admission_date", "official_date", "cell_id", "workplace", "position", "phone",
     "residence_province", "residence_commune_id", "residence_cell_id", "residence_address", "notes",
     "not_referred", "not_referred_reason", "row_version"}};

QStringList version5()
{
    QStringList s{
        // Guideline 33: armed forces members on duties that keep their identity secret,
        // and standing combat-ready units, are not referred at all.
        QStringLiteral("ALTER TABLE members ADD COLUMN not_referred INTEGER NOT NULL DEFAULT 0 "
                       "CHECK (not_referred IN (0, 1))"),
        QStringLiteral("ALTER TABLE members ADD COLUMN not_referred_reason TEXT NOT NULL DEFAULT ''"),
        // The members' log triggers list every column: recreated with the new ones.
        QStringLiteral("DROP TRIGGER members_log_insert"),
        QStringLiteral("DROP TRIGGER members_log_update"),
        QStringLiteral("DROP TRIGGER members_log_delete"),
    };
    s << auditTriggers(kMembersV5);
    return s;
}

// ---- Version 6: planned meetings ----------------------------------------------------
const AuditedTable kMeetingsV6{
    "meetings",
    {"id", "cell_id", "meeting_date", "kind", "venue", "venue_capacity", "agenda_items", "agenda_notes",
     "minutes", "chaired_by", "guests", "held", "row_version"}};

QStringList version6()
{
    QStringList s{
        // Planning a year creates meetings before they are held: "held" turns on when
        // attendance is recorded, so past-due meetings are those still planned.
        QStringLiteral("ALTER TABLE meetings ADD COLUMN held INTEGER NOT NULL DEFAULT 1 CHECK (held IN (0, 1))"),
        QStringLiteral("DROP TRIGGER meetings_log_insert"),
        QStringLiteral("DROP TRIGGER meetings_log_update"),
        QStringLiteral("DROP TRIGGER meetings_log_delete"),
        QStringLiteral("CREATE INDEX meetings_planned ON meetings(meeting_date) WHERE held = 0"),
    };
    s << auditTriggers(kMeetingsV6);
    return s;
}

// ---- Version 7: the annual comment workflow, liaison assignments and problems -----
const AuditedTable kCommentsV7{
    "annual_comments",
    {"id", "member_id", "referral_id", "cell_id", "year", "citizen_conduct", "meeting_participation",
     "meetings_held", "meetings_attended", "meetings_excused", "community_relations", "other_remarks",
     "conclusion", "drafted_date", "signed_date", "signed_by", "signer_title", "sent_date", "received_date",
     "row_version"}};
const AuditedTable kCommentRequests{
    "comment_requests",
    {"id", "member_id", "year", "reason", "note", "requested_date", "requested_by_org_id", "row_version"}};
const AuditedTable kCadresV7{"liaison_cadres",
                             {"id", "full_name", "position", "organisation", "phone", "row_version"}};
const AuditedTable kAssignments{
    "liaison_assignments", {"id", "cadre_id", "organisation_id", "valid_from", "valid_to", "row_version"}};
const AuditedTable kVisitsV7{
    "liaison_visits", {"id", "cadre_id", "commune_id", "cell_id", "meeting_id", "visit_date", "notes", "row_version"}};
const AuditedTable kProblems{
    "liaison_problems",
    {"id", "visit_id", "category", "text", "status", "resolution", "resolved_date", "row_version"}};

QStringList version7()
{
    QStringList s{
        // The comment gets the regulation's points, a conclusion, a signer and the
        // states draft → signed → sent → received; the old free text becomes the
        // "other remarks" and an old written date the signing (a recorded comment
        // counted as written).
        QStringLiteral(R"(CREATE TABLE annual_comments_v7 (
            id INTEGER PRIMARY KEY,
            member_id INTEGER NOT NULL REFERENCES members(id),
            referral_id INTEGER REFERENCES referrals(id),
            cell_id INTEGER REFERENCES organisations(id),
            year INTEGER NOT NULL,
            citizen_conduct TEXT NOT NULL DEFAULT '',
            meeting_participation TEXT NOT NULL DEFAULT '',
            meetings_held INTEGER NOT NULL DEFAULT 0 CHECK (meetings_held >= 0),
            meetings_attended INTEGER NOT NULL DEFAULT 0 CHECK (meetings_attended >= 0),
            meetings_excused INTEGER NOT NULL DEFAULT 0 CHECK (meetings_excused >= 0),
            community_relations TEXT NOT NULL DEFAULT '',
            other_remarks TEXT NOT NULL DEFAULT '',
            conclusion TEXT CHECK (conclusion IN ('fulfils_well','fulfils','does_not_fulfil')),
            drafted_date TEXT NOT NULL,
            signed_date TEXT,
            signed_by TEXT NOT NULL DEFAULT '',
            signer_title TEXT NOT NULL DEFAULT '',
            sent_date TEXT,
            received_date TEXT,
            row_version INTEGER NOT NULL DEFAULT 1,
            UNIQUE (member_id, year),
            CHECK (meetings_attended + meetings_excused <= meetings_held),
            CHECK (signed_date IS NULL OR signed_date >= drafted_date),
            CHECK (sent_date IS NULL OR (signed_date IS NOT NULL AND sent_date >= signed_date)),
            CHECK (received_date IS NULL OR (sent_date IS NOT NULL AND received_date >= sent_date))))"),
        // An old comment's referral, when none was recorded: the member's latest
        // assigned on or before the year's end (so it has a cell to belong to). The
        // earlier of its written and sent dates is both its drafting and its signing
        // (version 6 did not order them).
        QStringLiteral(
            "INSERT INTO annual_comments_v7 (id, member_id, referral_id, cell_id, year, other_remarks, drafted_date, "
            "signed_date, sent_date, received_date, row_version) "
            "SELECT x.id, x.member_id, x.rid, (SELECT r.assigned_cell_id FROM referrals r WHERE r.id = x.rid), x.year, "
            "x.text, coalesce(x.first, printf('%04d-12-01', x.year)), x.first, x.sent_date, x.received_date, "
            "x.row_version FROM (SELECT c.*, coalesce(c.referral_id, (SELECT r.id FROM referrals r "
            "WHERE r.member_id = c.member_id AND r.assigned_cell_id IS NOT NULL "
            "AND r.assigned_date <= printf('%04d-12-31', c.year) ORDER BY r.assigned_date DESC, r.id DESC LIMIT 1)) AS rid, "
            "min(coalesce(c.written_date, c.sent_date), coalesce(c.sent_date, c.written_date)) AS first "
            "FROM annual_comments c) x"),
        QStringLiteral("DROP TABLE annual_comments"),
        QStringLiteral("ALTER TABLE annual_comments_v7 RENAME TO annual_comments"),
        QStringLiteral("CREATE INDEX annual_comments_cell_year ON annual_comments(cell_id, year)"),
        QStringLiteral("CREATE INDEX annual_comments_year ON annual_comments(year)"),

        QStringLiteral(R"(CREATE TABLE comment_requests (
            id INTEGER PRIMARY KEY,
            member_id INTEGER NOT NULL REFERENCES members(id),
            year INTEGER NOT NULL,
            reason TEXT NOT NULL CHECK (reason IN ('promotion','reward','discipline','other')),
            note TEXT NOT NULL DEFAULT '',
            requested_date TEXT NOT NULL,
            requested_by_org_id INTEGER REFERENCES organisations(id),
            row_version INTEGER NOT NULL DEFAULT 1,
            UNIQUE (member_id, year)))"),

        // Cadres: their own organisation; what they follow moves to dated assignments.
        QStringLiteral("DROP TRIGGER liaison_cadres_log_insert"),
        QStringLiteral("DROP TRIGGER liaison_cadres_log_update"),
        QStringLiteral("DROP TRIGGER liaison_cadres_log_delete"),
        QStringLiteral("ALTER TABLE liaison_cadres ADD COLUMN organisation TEXT NOT NULL DEFAULT ''"),
        QStringLiteral(R"(CREATE TABLE liaison_assignments (
            id INTEGER PRIMARY KEY,
            cadre_id INTEGER NOT NULL REFERENCES liaison_cadres(id) ON DELETE CASCADE,
            organisation_id INTEGER NOT NULL REFERENCES organisations(id),
            valid_from TEXT NOT NULL,
            valid_to TEXT,
            row_version INTEGER NOT NULL DEFAULT 1,
            CHECK (valid_to IS NULL OR valid_to >= valid_from)))"),
        QStringLiteral("CREATE INDEX liaison_assignments_cadre ON liaison_assignments(cadre_id)"),
        QStringLiteral("CREATE INDEX liaison_assignments_org ON liaison_assignments(organisation_id)"),
        QStringLiteral("INSERT INTO liaison_assignments (cadre_id, organisation_id, valid_from) "
                       "SELECT c.id, c.assigned_org_id, coalesce((SELECT min(v.visit_date) FROM liaison_visits v "
                       "WHERE v.cadre_id = c.id), date('now')) FROM liaison_cadres c WHERE c.assigned_org_id IS NOT NULL"),
        QStringLiteral("ALTER TABLE liaison_cadres DROP COLUMN assigned_org_id"),

        // Visits: the cell visited; problems become records of their own, each with a
        // category and a status (the old text is one problem of category "other").
        QStringLiteral("DROP TRIGGER liaison_visits_log_insert"),
        QStringLiteral("DROP TRIGGER liaison_visits_log_update"),
        QStringLiteral("DROP TRIGGER liaison_visits_log_delete"),
        QStringLiteral("ALTER TABLE liaison_visits ADD COLUMN cell_id INTEGER REFERENCES organisations(id)"),
        QStringLiteral("UPDATE liaison_visits SET cell_id = (SELECT m.cell_id FROM meetings m WHERE m.id = meeting_id) "
                       "WHERE meeting_id IS NOT NULL"),
        QStringLiteral(R"(CREATE TABLE liaison_problems (
            id INTEGER PRIMARY KEY,
            visit_id INTEGER NOT NULL REFERENCES liaison_visits(id) ON DELETE CASCADE,
            category TEXT NOT NULL CHECK (category IN
                ('venue_too_small','unclear_cell_relation','members_not_attending','referral_not_received','other')),
            text TEXT NOT NULL CHECK (length(trim(text)) > 0),
            status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open','being_resolved','resolved')),
            resolution TEXT NOT NULL DEFAULT '',
            resolved_date TEXT,
            row_version INTEGER NOT NULL DEFAULT 1,
            CHECK ((status = 'resolved') = (resolved_date IS NOT NULL))))"),
        QStringLiteral("CREATE INDEX liaison_problems_visit ON liaison_problems(visit_id)"),
        QStringLiteral("CREATE INDEX liaison_problems_unresolved ON liaison_problems(status) WHERE status <> 'resolved'"),
        QStringLiteral("INSERT INTO liaison_problems (visit_id, category, text, status, resolution, resolved_date) "
                       "SELECT id, 'other', trim(problems), CASE WHEN resolved = 1 THEN 'resolved' ELSE 'open' END, "
                       // A resolved problem needs its resolution: the visit's notes, or a
                       // line saying none was recorded (the data are Vietnamese).
                       "CASE WHEN resolved = 1 THEN coalesce(nullif(trim(notes), ''), "
                       "'Đã giải quyết (ghi nhận trước phiên bản 7, không ghi cách giải quyết)') ELSE '' END, "
                       "CASE WHEN resolved = 1 THEN coalesce(resolved_date, visit_date) END "
                       "FROM liaison_visits WHERE length(trim(problems)) > 0 ORDER BY id"),
        QStringLiteral("ALTER TABLE liaison_visits DROP COLUMN problems"),
        QStringLiteral("ALTER TABLE liaison_visits DROP COLUMN resolved"),
        QStringLiteral("ALTER TABLE liaison_visits DROP COLUMN resolved_date"),
        QStringLiteral("CREATE INDEX liaison_visits_cadre ON liaison_visits(cadre_id, visit_date)"),
    };
    for (const auto *t : {&kCommentsV7, &kCommentRequests, &kCadresV7, &kAssignments, &kVisitsV7, &kProblems})
        s << auditTriggers(*t);
    return s;
}

} // namespace

QStringList auditTriggers(const AuditedTable &t)
{
    const QString name = QLatin1String(t.name);
    const QString actor = QStringLiteral("(SELECT actor FROM session_actor WHERE id = 1)");
    const QString updateEvent = t.onlyListedColumns
                                    ? QStringLiteral("UPDATE OF ") + t.columns.join(QStringLiteral(", "))
                                    : QStringLiteral("UPDATE");
    auto trigger = [&](const QString &event, const char *action, const QString &rowId, const QString &oldJson,
                       const QString &newJson) {
        return QStringLiteral("CREATE TRIGGER %1_log_%2 AFTER %3 ON %1 BEGIN "
                              "INSERT INTO change_log (changed_at, actor, table_name, row_id, action, "
                              "old_values, new_values) VALUES (%4, %5, '%1', %6, '%2', %7, %8); END")
            .arg(name, QLatin1String(action), event, kNow, actor, rowId, oldJson, newJson);
    };
    return {
        trigger(QStringLiteral("INSERT"), "insert", QStringLiteral("new.id"), QStringLiteral("NULL"), jsonObject("new", t.columns)),
        trigger(updateEvent, "update", QStringLiteral("new.id"), jsonObject("old", t.columns),
                jsonObject("new", t.columns)),
        trigger(QStringLiteral("DELETE"), "delete", QStringLiteral("old.id"), jsonObject("old", t.columns), QStringLiteral("NULL")),
    };
}

const std::vector<AuditedTable> &auditedTables()
{
    static const std::vector<AuditedTable> all{
        kOrganisations, kPlacements, kMembersV5, kReferrals, kMeetingsV6, kAttendance, kCommentsV7, kCommentRequests,
        kCadresV7, kAssignments, kVisitsV7, kProblems, kAccounts, kAccountRoles, kDatabaseEvents};
    return all;
}

QStringList postgresBaseline()
{
    return postgresTables() + postgresSecurity();
}

const std::vector<Migration> &migrations()
{
    static const std::vector<Migration> all{
        {1, "organisations, members and the change log", version1()},
        {2, "referrals, meetings, attendance, annual comments, liaison", version2()},
        {3, "diacritic-insensitive member search and name-order index", version3()},
        {4, "accounts and roles, history filters, application id", version4()},
        {5, "members not to be referred", version5()},
        {6, "planned meetings", version6()},
        {7, "annual comment workflow, liaison assignments and problems", version7(), postgresBaseline()},
    };
    return all;
}

} // namespace cutru::storage
