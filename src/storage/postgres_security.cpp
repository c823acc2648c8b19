#include "storage/postgres_schema.h"

// Accounts as database roles, and row-level security.
//
// Every CuTru account on a server is a LOGIN role of the same name, member of the group
// role cutru_user, which holds the privileges on the tables. The tables' owner (the
// administrator who ran the migration) bypasses row-level security; every other role sees
// and changes only the rows its account's grants reach, whatever SQL it sends.
//
// Who the connection is: the views cutru_my_* below are owned by the tables' owner, so
// they read accounts, members and referrals without row-level security (which also keeps
// the policies from recursing into each other), and they filter on current_user, which a
// view evaluates as the querying role. (A SECURITY DEFINER function would see its owner
// as current_user.) The cutru_* functions over them are what the policies call, each
// wrapped as (SELECT f()) or x IN (SELECT f()): an init plan or a hashed subplan, computed
// once per statement and only when the cheaper conditions before it did not decide.
//
// What a grant reaches mirrors domain/access.cpp and the services: a role over an
// organisation reaches its subtree (materialised path); a provincial board or auditor
// grant reaches everything (they are given over the whole database or over the province,
// and one database holds one province). A member is reached through the organisation
// holding the membership, the residence commune or cell, or a referral issued by, sent to
// or assigned to a reached organisation. Writes need the roles the services require for
// the table; the services still check the finer rules (which action, which state).

namespace cutru::storage {
namespace {

// Row conditions the policies are made of.
const QString kEverything = QStringLiteral("(SELECT cutru_sees_everything())");
const QString kBoard = QStringLiteral("(SELECT cutru_is_board())");
const QString kAccount = QStringLiteral("(SELECT cutru_has_account())");
const QString kMe = QStringLiteral("CAST(current_user AS TEXT)");

// `column` is an organisation any grant reaches.
QString reached(const char *column)
{
    return QStringLiteral("%1 IN (SELECT cutru_visible_organisations())").arg(QLatin1String(column));
}

// `column` is an organisation reached by a grant of one of `roles` ("commune_office,cell_secretary").
QString reachedAs(const char *column, const QString &roles)
{
    return QStringLiteral("%1 IN (SELECT cutru_organisations('{%2}'))").arg(QLatin1String(column), roles);
}

QString anyOf(const QStringList &conditions)
{
    return conditions.join(QStringLiteral("\n    OR "));
}

// Row-level security on `table`: SELECT sees the rows `read` allows; INSERT, UPDATE and
// DELETE act on the rows `write` allows (and an update must leave the row allowed). No
// write policy when `write` is empty: the table is read-only for every role but its owner.
QStringList policies(const char *table, const QString &read, const QString &write)
{
    const QString t = QLatin1String(table);
    QStringList s{
        QStringLiteral("ALTER TABLE %1 ENABLE ROW LEVEL SECURITY").arg(t),
        QStringLiteral("CREATE POLICY cutru_read ON %1 FOR SELECT USING (%2)").arg(t, read),
    };
    if (!write.isEmpty())
        s << QStringLiteral("CREATE POLICY cutru_insert ON %1 FOR INSERT WITH CHECK (%2)").arg(t, write)
          << QStringLiteral("CREATE POLICY cutru_update ON %1 FOR UPDATE USING (%2) WITH CHECK (%2)").arg(t, write)
          << QStringLiteral("CREATE POLICY cutru_delete ON %1 FOR DELETE USING (%2)").arg(t, write);
    return s;
}

// The group role every account's role belongs to. Roles are shared by all databases of
// the server, so it may exist already (another CuTru database on the same server); two
// databases migrating at once may both try to create it.
const char *const kGroupRole = R"sql(DO $do$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = 'cutru_user') THEN
        CREATE ROLE cutru_user NOLOGIN;
    END IF;
EXCEPTION WHEN duplicate_object OR unique_violation THEN
    -- Two databases creating it at the same moment: the second fails on the catalogue's
    -- unique index rather than with duplicate_object.
    NULL;
END
$do$)sql";

// The connection's own account: its grants (an inactive account has none), the
// organisations they reach, the members, meetings and cells reached through them.
const char *const kViews[] = {
    R"sql(CREATE VIEW cutru_my_grants AS
SELECT r.role, r.organisation_id, o.path
FROM accounts a
JOIN account_roles r ON r.account_id = a.id
LEFT JOIN organisations o ON o.id = r.organisation_id
WHERE a.username = CAST(current_user AS TEXT) AND a.active = 1)sql",

    // The subtree of each grant over an organisation: the path range [/1/7/, /1/70).
    R"sql(CREATE VIEW cutru_my_organisations AS
SELECT o.id, g.role
FROM cutru_my_grants g
JOIN organisations o ON o.path >= g.path AND o.path < left(g.path, -1) || '0')sql",

    // The organisations above a grant's (and its own): a district's or the province's
    // liaison cadre follows the communes under it.
    R"sql(CREATE VIEW cutru_my_ancestors AS
SELECT o.id, g.role
FROM cutru_my_grants g
JOIN organisations o ON starts_with(g.path, o.path))sql",

    // The same as one array per role: joining on `column = ANY (ids)` gives an index scan
    // whatever the planner guesses of the number of organisations (joined row by row, a
    // guess of hundreds made it sort the whole members table).
    R"sql(CREATE VIEW cutru_my_organisation_sets AS
SELECT role, array_agg(id) AS ids FROM cutru_my_organisations GROUP BY role)sql",

    // Members reached directly (membership, residence commune, residence cell) or through
    // a referral.
    R"sql(CREATE VIEW cutru_my_members AS
WITH orgs AS (SELECT role, ids FROM cutru_my_organisation_sets)
SELECT m.id, o.role, true AS direct FROM orgs o JOIN members m ON m.cell_id = ANY (o.ids)
UNION ALL SELECT m.id, o.role, true FROM orgs o JOIN members m ON m.residence_commune_id = ANY (o.ids)
UNION ALL SELECT m.id, o.role, true FROM orgs o JOIN members m ON m.residence_cell_id = ANY (o.ids)
UNION ALL SELECT r.member_id, o.role, false FROM orgs o JOIN referrals r ON r.issuing_org_id = ANY (o.ids)
UNION ALL SELECT r.member_id, o.role, false FROM orgs o JOIN referrals r ON r.to_commune_id = ANY (o.ids)
UNION ALL SELECT r.member_id, o.role, false FROM orgs o JOIN referrals r ON r.assigned_cell_id = ANY (o.ids))sql",

    R"sql(CREATE VIEW cutru_my_meetings AS
SELECT mt.id, o.role FROM cutru_my_organisation_sets o JOIN meetings mt ON mt.cell_id = ANY (o.ids))sql",

    // The cells the reached members are or were assigned to: a member's attendance
    // history lists those cells' meetings (a workplace follows its members there).
    R"sql(CREATE VIEW cutru_my_followed_cells AS
SELECT DISTINCT r.assigned_cell_id AS id
FROM referrals r
WHERE r.assigned_cell_id IS NOT NULL AND r.member_id = ANY (ARRAY(SELECT id FROM cutru_my_members)))sql",
};

struct Function {
    const char *signature;
    const char *returns;
    const char *body;
};

const Function kFunctions[] = {
    {"cutru_sees_everything()", "boolean",
     "SELECT EXISTS (SELECT 1 FROM cutru_my_grants WHERE role IN ('provincial_board', 'auditor'))"},
    {"cutru_is_board()", "boolean", "SELECT EXISTS (SELECT 1 FROM cutru_my_grants WHERE role = 'provincial_board')"},
    {"cutru_has_account()", "boolean", "SELECT EXISTS (SELECT 1 FROM cutru_my_grants)"},
    {"cutru_has_role(roles text[])", "boolean", "SELECT EXISTS (SELECT 1 FROM cutru_my_grants WHERE role = ANY (roles))"},
    {"cutru_visible_organisations()", "SETOF bigint", "SELECT id FROM cutru_my_organisations"},
    {"cutru_organisations(roles text[])", "SETOF bigint",
     "SELECT id FROM cutru_my_organisations WHERE role = ANY (roles)"},
    {"cutru_organisations_above(roles text[])", "SETOF bigint",
     "SELECT id FROM cutru_my_ancestors WHERE role = ANY (roles)"},
    {"cutru_visible_members()", "SETOF bigint", "SELECT id FROM cutru_my_members"},
    {"cutru_related_members()", "SETOF bigint", "SELECT id FROM cutru_my_members WHERE direct"},
    {"cutru_referred_members()", "SETOF bigint", "SELECT id FROM cutru_my_members WHERE NOT direct"},
    {"cutru_visible_meetings()", "SETOF bigint", "SELECT id FROM cutru_my_meetings"},
    {"cutru_meetings(roles text[])", "SETOF bigint", "SELECT id FROM cutru_my_meetings WHERE role = ANY (roles)"},
    {"cutru_followed_cells()", "SETOF bigint", "SELECT id FROM cutru_my_followed_cells"},
};

// Creates or changes the database role of an account of this database, for the
// administrator (the tables' owner, who has CREATEROLE), a provincial board account, or
// an account changing its own password. It runs as the owner, so board accounts need no
// CREATEROLE of their own. Roles belong to the whole server, so it touches only account
// roles: members of cutru_user without special attributes, never the owner's or a
// superuser's. Each is marked by a comment naming its database: a role of another
// CuTru database on the same server is refused (its board could otherwise set the
// password of this database's account of the same name and sign in here); a role whose
// database is gone, or made by hand as a member of cutru_user, is taken over.
// `password` may be a SCRAM verifier made by the client (the server keeps it as given);
// empty keeps the password; a NULL `can_log_in` keeps LOGIN or NOLOGIN.
const char *const kSetAccountRole = R"sql(CREATE FUNCTION cutru_set_account_role(account_name text, password text,
                                       can_log_in boolean) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER AS $fn$
DECLARE
    caller text := coalesce(nullif(current_setting('role'), 'none'), session_user);
    mark text := 'CuTru account in the database ' || current_database();
    existing record;
    home text;
BEGIN
    IF NOT (pg_has_role(caller, (SELECT c.relowner FROM pg_class c WHERE c.oid = 'accounts'::regclass), 'MEMBER')
            OR EXISTS (SELECT 1 FROM accounts a JOIN account_roles r ON r.account_id = a.id
                       WHERE a.username = caller AND a.active = 1 AND r.role = 'provincial_board')
            OR (account_name = caller AND can_log_in IS NULL)) THEN
        RAISE EXCEPTION 'only the provincial board manages the roles of accounts' USING ERRCODE = 'CUT02';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM accounts WHERE username = account_name) THEN
        RAISE EXCEPTION 'no account is named %', account_name USING ERRCODE = 'CUT03';
    END IF;
    SELECT r.oid, r.rolsuper OR r.rolcreaterole OR r.rolcreatedb OR r.rolreplication OR r.rolbypassrls AS special
      INTO existing FROM pg_roles r WHERE r.rolname = account_name;
    IF NOT FOUND THEN
        IF account_name LIKE 'pg\_%' OR account_name IN ('public', 'none', 'current_user', 'session_user',
                                                          'current_role') THEN
            RAISE EXCEPTION 'the role name % is reserved', account_name USING ERRCODE = 'CUT01';
        END IF;
        EXECUTE format('CREATE ROLE %I %s IN ROLE cutru_user', account_name,
                       CASE WHEN coalesce(can_log_in, true) THEN 'LOGIN' ELSE 'NOLOGIN' END);
        EXECUTE format('COMMENT ON ROLE %I IS %L', account_name, mark);
    ELSE
        IF existing.special OR NOT EXISTS (SELECT 1 FROM pg_auth_members m WHERE m.member = existing.oid
                                           AND m.roleid = (SELECT oid FROM pg_roles WHERE rolname = 'cutru_user')) THEN
            RAISE EXCEPTION 'the role % is not a CuTru account''s role', account_name USING ERRCODE = 'CUT01';
        END IF;
        home := substring(shobj_description(existing.oid, 'pg_authid') FROM '^CuTru account in the database (.*)$');
        IF home IS DISTINCT FROM current_database() THEN
            IF EXISTS (SELECT 1 FROM pg_database WHERE datname = home) THEN
                RAISE EXCEPTION 'the role % belongs to the CuTru database %', account_name, home
                    USING ERRCODE = 'CUT01';
            END IF;
            EXECUTE format('COMMENT ON ROLE %I IS %L', account_name, mark);
        END IF;
        IF can_log_in IS NOT NULL THEN
            EXECUTE format('ALTER ROLE %I %s', account_name, CASE WHEN can_log_in THEN 'LOGIN' ELSE 'NOLOGIN' END);
        END IF;
    END IF;
    IF coalesce(password, '') <> '' THEN
        EXECUTE format('ALTER ROLE %I PASSWORD %L', account_name, password);
    END IF;
END
$fn$)sql";

// Which of the given CCCD and party card numbers a member already holds, whoever can
// see that member: an import must turn such a row away by name rather than fail on the
// unique index as a whole. It tells no more than that index does (that the number is
// taken); kind is 'cccd' or 'card'.
const char *const kStoredMemberKeys = R"sql(CREATE FUNCTION cutru_stored_member_keys(cccds text[], cards text[])
RETURNS TABLE (kind text, key text)
LANGUAGE sql STABLE SECURITY DEFINER AS $fn$
SELECT 'cccd', m.cccd FROM members m WHERE m.cccd = ANY (cccds)
UNION ALL
SELECT 'card', m.party_card_no FROM members m WHERE m.party_card_no = ANY (cards)
$fn$)sql";

// Functions must not find their views or tables through a search path the caller
// controls (a temporary view named cutru_my_grants would otherwise answer for it): fix it
// to the schema the database was created in, pg_temp last.
QString fixSearchPaths()
{
    QStringList alters;
    for (const Function &f : kFunctions)
        alters << QStringLiteral("    EXECUTE format('ALTER FUNCTION %1 SET search_path = pg_catalog, %I, pg_temp', "
                                 "current_schema());")
                      .arg(QLatin1String(f.signature));
    alters << QStringLiteral("    EXECUTE format('ALTER FUNCTION cutru_set_account_role(text, text, boolean) "
                             "SET search_path = pg_catalog, %I, pg_temp', current_schema());");
    alters << QStringLiteral("    EXECUTE format('ALTER FUNCTION cutru_stored_member_keys(text[], text[]) "
                             "SET search_path = pg_catalog, %I, pg_temp', current_schema());");
    return QStringLiteral("DO $do$\nBEGIN\n%1\nEND\n$do$").arg(alters.join(QLatin1Char('\n')));
}

// The tables cutru_user reads and writes (under the policies below).
const char *const kDataTables =
    "organisations, organisation_placements, members, referrals, meetings, attendance, annual_comments, "
    "comment_requests, liaison_cadres, liaison_assignments, liaison_visits, liaison_problems, accounts, "
    "account_roles, database_settings";

// Privileges of cutru_user. The change log is written by triggers running as the owner:
// nobody else gets any privilege on it but SELECT, nor on schema_version or the search
// index (kept by a trigger too). Database events are appended, never changed.
QStringList privileges()
{
    QStringList s{
        QStringLiteral("DO $do$\nBEGIN\n    EXECUTE format('GRANT USAGE ON SCHEMA %I TO cutru_user', current_schema());\n"
                       "END\n$do$"),
        // Connecting (and temporary tables) for the accounts, so that the administrator
        // may take both away from PUBLIC; only the database's owner may grant them.
        QStringLiteral(R"sql(DO $do$
BEGIN
    IF pg_has_role(current_user, (SELECT datdba FROM pg_database WHERE datname = current_database()), 'USAGE') THEN
        EXECUTE format('GRANT CONNECT, TEMPORARY ON DATABASE %I TO cutru_user', current_database());
    END IF;
END
$do$)sql"),
        QStringLiteral("GRANT SELECT, INSERT, UPDATE, DELETE ON %1 TO cutru_user").arg(QLatin1String(kDataTables)),
        QStringLiteral("GRANT SELECT, INSERT ON database_events TO cutru_user"),
        QStringLiteral("GRANT SELECT ON change_log, schema_version, members_search TO cutru_user"),
        // The identity sequences behind the ids of the tables cutru_user inserts into.
        QStringLiteral(R"sql(DO $do$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['organisations', 'organisation_placements', 'members', 'referrals', 'meetings',
                             'attendance', 'annual_comments', 'comment_requests', 'liaison_cadres',
                             'liaison_assignments', 'liaison_visits', 'liaison_problems', 'accounts',
                             'account_roles', 'database_events'] LOOP
        EXECUTE format('GRANT USAGE ON SEQUENCE %s TO cutru_user', pg_get_serial_sequence(t, 'id'));
    END LOOP;
END
$do$)sql"),
        QStringLiteral("GRANT SELECT ON cutru_my_grants, cutru_my_organisations, cutru_my_ancestors, "
                       "cutru_my_organisation_sets, cutru_my_members, cutru_my_meetings, cutru_my_followed_cells "
                       "TO cutru_user"),
    };
    for (const Function &f : kFunctions)
        s << QStringLiteral("REVOKE ALL ON FUNCTION %1 FROM PUBLIC").arg(QLatin1String(f.signature))
          << QStringLiteral("GRANT EXECUTE ON FUNCTION %1 TO cutru_user").arg(QLatin1String(f.signature));
    s << QStringLiteral("REVOKE ALL ON FUNCTION cutru_set_account_role(text, text, boolean) FROM PUBLIC")
      << QStringLiteral("GRANT EXECUTE ON FUNCTION cutru_set_account_role(text, text, boolean) TO cutru_user");
    s << QStringLiteral("REVOKE ALL ON FUNCTION cutru_stored_member_keys(text[], text[]) FROM PUBLIC")
      << QStringLiteral("GRANT EXECUTE ON FUNCTION cutru_stored_member_keys(text[], text[]) TO cutru_user");
    return s;
}

QStringList rowLevelSecurity()
{
    const QString members = QStringLiteral("member_id IN (SELECT cutru_visible_members())");
    const QString editors = QStringLiteral("commune_office,workplace_officer");   // EditMembers
    const QString meetingRoles = QStringLiteral("commune_office,cell_secretary"); // ManageMeetings, RecordAttendance
    const QString workplace = QStringLiteral("workplace_officer");
    const QString commune = QStringLiteral("commune_office");

    QStringList s;
    // The party structure: every account of this database reads it; the board changes it.
    s << policies("organisations", kAccount, kBoard);
    s << policies("organisation_placements", kAccount, kBoard);

    s << policies("members",
                  anyOf({kEverything, reached("cell_id"), reached("residence_commune_id"),
                         reached("residence_cell_id"), QStringLiteral("id IN (SELECT cutru_referred_members())")}),
                  anyOf({kBoard, reachedAs("cell_id", editors), reachedAs("residence_commune_id", editors),
                         reachedAs("residence_cell_id", editors)}));

    // A member's referrals go with reading the member (ReferralService::referralsOf).
    // Written by the issuing workplace organisation and the receiving commune.
    s << policies("referrals",
                  anyOf({kEverything, reached("issuing_org_id"), reached("to_commune_id"), reached("assigned_cell_id"),
                         QStringLiteral("member_id IN (SELECT cutru_related_members())")}),
                  anyOf({reachedAs("issuing_org_id", workplace), reachedAs("to_commune_id", commune)}));

    // The board plans the year's meetings of many cells (PlanMeetings).
    s << policies("meetings",
                  anyOf({kEverything, reached("cell_id"), QStringLiteral("cell_id IN (SELECT cutru_followed_cells())")}),
                  anyOf({kBoard, reachedAs("cell_id", meetingRoles)}));

    // The marks of a reached cell's meetings, and a reached member's marks anywhere.
    s << policies("attendance",
                  anyOf({kEverything, QStringLiteral("meeting_id IN (SELECT cutru_visible_meetings())"), members}),
                  QStringLiteral("meeting_id IN (SELECT cutru_meetings('{%1}'))").arg(meetingRoles));

    // Written by the residence cell (and its commune office, and the board's bulk
    // drafts); received by the workplace organisation that issued the referral.
    s << policies("annual_comments", anyOf({kEverything, reached("cell_id"), members}),
                  anyOf({kBoard, reachedAs("cell_id", meetingRoles),
                         QStringLiteral("referral_id IN (SELECT r.id FROM referrals r WHERE %1)")
                             .arg(reachedAs("r.issuing_org_id", workplace))}));
    s << policies("comment_requests", anyOf({kEverything, reached("requested_by_org_id"), members}),
                  reachedAs("requested_by_org_id", workplace));

    // Liaison: the board manages it; the board and auditors read it all, a commune
    // office the visits to its communes, their problems, the cadres who visited or
    // follow them (an assignment over the commune or above it).
    s << policies("liaison_assignments",
                  anyOf({kEverything, reachedAs("organisation_id", commune),
                         QStringLiteral("organisation_id IN (SELECT cutru_organisations_above('{commune_office}'))")}),
                  kBoard);
    s << policies("liaison_visits", anyOf({kEverything, reachedAs("commune_id", commune)}), kBoard);
    // (The subqueries read those tables under their own policies.)
    s << policies("liaison_cadres",
                  anyOf({kEverything, QStringLiteral("id IN (SELECT a.cadre_id FROM liaison_assignments a)"),
                         QStringLiteral("id IN (SELECT v.cadre_id FROM liaison_visits v)")}),
                  kBoard);
    s << policies("liaison_problems",
                  anyOf({kEverything, QStringLiteral("visit_id IN (SELECT v.id FROM liaison_visits v)")}), kBoard);

    // Accounts: one's own (signing in, changing one's password) or, for the board, all.
    // An account updates its own row only while enabled and cannot rename it, so a
    // disabled account's open session cannot enable itself again.
    const QString own = QStringLiteral("username = %1 AND active = 1").arg(kMe);
    s << policies("accounts", anyOf({QStringLiteral("username = %1").arg(kMe), kBoard}), kBoard);
    s << QStringLiteral("CREATE POLICY cutru_update_own ON accounts FOR UPDATE USING (%1) WITH CHECK (%1)").arg(own);
    s << policies("account_roles",
                  anyOf({kBoard, QStringLiteral("account_id IN (SELECT a.id FROM accounts a WHERE a.username = %1)")
                                     .arg(kMe)}),
                  kBoard);

    // Settings: read by every account; the board sets them, those who import save
    // their column mappings (ImportMappingStore).
    s << policies("database_settings", kAccount,
                  anyOf({kBoard, QStringLiteral("(left(key, 15) = 'import.mapping.' AND (SELECT cutru_has_role("
                                                "'{commune_office,cell_secretary,workplace_officer}')))")}));
    s << policies("database_events", kEverything, QString());
    s << QStringLiteral("CREATE POLICY cutru_insert ON database_events FOR INSERT WITH CHECK (%1)").arg(kBoard);

    // The whole log for those who read the history (board, auditors); otherwise one's
    // own changes, and the changes of the members one reads (a member's history, the
    // "changed by" of a stale save).
    s << policies("change_log",
                  anyOf({kEverything, QStringLiteral("actor = %1").arg(kMe),
                         QStringLiteral("(table_name = 'members' AND row_id IN (SELECT cutru_visible_members()))")}),
                  QString());
    s << policies("members_search", anyOf({kEverything, members}), QString());
    s << policies("schema_version", QStringLiteral("true"), QString());

    // Any other table of the schema (none today): row-level security without a policy
    // shows nothing to anyone but the owner, until a migration says otherwise.
    s << QStringLiteral(R"sql(DO $do$
DECLARE
    t regclass;
BEGIN
    FOR t IN SELECT c.oid FROM pg_class c
             WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind IN ('r', 'p')
               AND NOT c.relrowsecurity LOOP
        EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', t);
    END LOOP;
END
$do$)sql");
    return s;
}

} // namespace

QStringList postgresSecurity()
{
    QStringList s{QString::fromUtf8(kGroupRole)};
    for (const char *view : kViews)
        s << QString::fromUtf8(view);
    for (const Function &f : kFunctions)
        s << QStringLiteral("CREATE FUNCTION %1 RETURNS %2 LANGUAGE sql STABLE AS $fn$ %3 $fn$")
                 .arg(QLatin1String(f.signature), QLatin1String(f.returns), QLatin1String(f.body));
    s << QString::fromUtf8(kSetAccountRole) << QString::fromUtf8(kStoredMemberKeys) << fixSearchPaths();
    s << privileges() << rowLevelSecurity();
    return s;
}

} // namespace cutru::storage
