// The PostgreSQL schema against the SQLite one it mirrors: tables, columns, rules and
// indexes; the change log the server's triggers write; member search. Needs a server:
// CUTRU_TEST_POSTGRES (the superuser URI of a throwaway cluster); skipped without it.

#include "domain/vietnamese_text.h"
#include "storage/account_repository.h"
#include "storage/change_log_repository.h"
#include "storage/database.h"
#include "storage/member_repository.h"
#include "storage/migrations.h"
#include "storage/organisation_repository.h"
#include "support/test_support.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUrl>
#include <algorithm>
#include <atomic>
#include <gtest/gtest.h>

using namespace cutru;
using namespace cutru::storage;

namespace {

QString serverUri()
{
    return qEnvironmentVariable("CUTRU_TEST_POSTGRES");
}

// A new, empty database on the test server for one test, dropped afterwards.
class ServerDatabase {
public:
    ServerDatabase()
    {
        static std::atomic<int> counter{0};
        name_ = QStringLiteral("cutru_a%1_%2_schema").arg(QCoreApplication::applicationPid()).arg(++counter);
        connection_ = QStringLiteral("pg-schema-admin-%1").arg(name_);
        QSqlDatabase admin = test::plainConnection(serverUri(), connection_, false);
        if (!admin.isOpen())
            throw std::runtime_error("the test server does not answer: " + admin.lastError().text().toStdString());
        QSqlQuery q(admin);
        if (!q.exec(QStringLiteral("CREATE DATABASE %1 TEMPLATE template0 ENCODING 'UTF8'").arg(name_)))
            throw std::runtime_error("CREATE DATABASE failed: " + q.lastError().text().toStdString());
        QUrl url(serverUri());
        url.setPath(QLatin1Char('/') + name_);
        uri_ = url.toString();
    }
    ~ServerDatabase()
    {
        {
            QSqlDatabase admin = QSqlDatabase::database(connection_, false);
            QSqlQuery q(admin);
            // FORCE: a connection a failed test left open must not keep it alive.
            q.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name_));
            admin.close();
        }
        QSqlDatabase::removeDatabase(connection_);
    }
    ServerDatabase(const ServerDatabase &) = delete;
    ServerDatabase &operator=(const ServerDatabase &) = delete;
    const QString &uri() const { return uri_; }

private:
    QString name_, connection_, uri_;
};

QList<QStringList> rows(const Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql)) {
        ADD_FAILURE() << sql.toStdString() << ": " << q.lastError().text().toStdString();
        return {};
    }
    QList<QStringList> out;
    while (q.next()) {
        QStringList row;
        for (int i = 0; i < q.record().count(); ++i)
            row << (q.isNull(i) ? QStringLiteral("<null>") : q.value(i).toString());
        out << row;
    }
    return out;
}

QStringList column(const Database &db, const QString &sql)
{
    QStringList out;
    for (const QStringList &r : rows(db, sql))
        out << r.value(0);
    return out;
}

qint64 scalar(const Database &db, const QString &sql)
{
    const QStringList values = column(db, sql);
    return values.isEmpty() ? -1 : values.first().toLongLong();
}

// Tables only SQLite has (its actor row, the FTS5 index and its shadow tables) or
// only the server has (the version row, the tsvector index).
bool engineSpecific(const QString &table)
{
    return table == QLatin1String("session_actor") || table == QLatin1String("schema_version")
           || table.startsWith(QLatin1String("members_search")) || table.startsWith(QLatin1String("sqlite_"));
}

// The facts compared between the engines, per table, as sorted text lines.
struct TableShape {
    QStringList columns;     // "name NOT NULL DEFAULT x", in column order
    QStringList indexes;     // "name unique? partial? (columns)"
    QStringList uniques;     // UNIQUE constraints: "(columns)"
    QStringList foreignKeys; // "column -> table.column ON DELETE action"
    int checks = 0;

    bool operator==(const TableShape &) const = default;
};

std::ostream &operator<<(std::ostream &os, const TableShape &s)
{
    return os << "columns: " << s.columns.join(QStringLiteral("; ")).toStdString()
              << "\nindexes: " << s.indexes.join(QStringLiteral("; ")).toStdString()
              << "\nuniques: " << s.uniques.join(QStringLiteral("; ")).toStdString()
              << "\nforeign keys: " << s.foreignKeys.join(QStringLiteral("; ")).toStdString()
              << "\nchecks: " << s.checks;
}

QString columnLine(const QString &name, bool notNull, QString defaultValue)
{
    QString line = name;
    if (notNull)
        line += QStringLiteral(" NOT NULL");
    if (defaultValue != QLatin1String("<null>"))
        line += QStringLiteral(" DEFAULT ") + defaultValue;
    return line;
}

QMap<QString, TableShape> sqliteShapes(const Database &db)
{
    QMap<QString, TableShape> out;
    for (const QStringList &t : rows(db, QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'table'"))) {
        const QString table = t.value(0);
        if (engineSpecific(table))
            continue;
        TableShape &s = out[table];
        for (const QStringList &c : rows(db, QStringLiteral("PRAGMA table_info(%1)").arg(table))) {
            // A primary key column cannot be NULL on the server; on SQLite an INTEGER
            // PRIMARY KEY is the rowid (never NULL) and database_settings' TEXT key is
            // never written NULL.
            const bool notNull = c.value(3) == QLatin1String("1") || c.value(5) != QLatin1String("0");
            s.columns << columnLine(c.value(1), notNull, c.value(4));
        }
        for (const QStringList &i : rows(db, QStringLiteral("PRAGMA index_list(%1)").arg(table))) {
            // seq, name, unique, origin (c: CREATE INDEX, u: UNIQUE, pk), partial
            const QString name = i.value(1);
            QStringList cols;
            for (const QStringList &ic : rows(db, QStringLiteral("PRAGMA index_info(%1)").arg(name)))
                cols << (ic.value(2) == QLatin1String("<null>") ? QStringLiteral("<expression>") : ic.value(2));
            const QString columns = QLatin1Char('(') + cols.join(QStringLiteral(", ")) + QLatin1Char(')');
            if (i.value(3) == QLatin1String("u"))
                s.uniques << columns;
            else if (i.value(3) == QLatin1String("c"))
                s.indexes << QStringLiteral("%1 unique=%2 partial=%3 %4").arg(name, i.value(2), i.value(4), columns);
        }
        for (const QStringList &f : rows(db, QStringLiteral("PRAGMA foreign_key_list(%1)").arg(table)))
            s.foreignKeys << QStringLiteral("%1 -> %2.%3 ON DELETE %4").arg(f.value(3), f.value(2), f.value(4), f.value(6));
        s.checks = int(t.value(1).count(QStringLiteral("CHECK (")));
    }
    for (TableShape &s : out) {
        s.indexes.sort();
        s.uniques.sort();
        s.foreignKeys.sort();
    }
    return out;
}

QMap<QString, TableShape> serverShapes(const Database &db)
{
    QMap<QString, TableShape> out;
    for (const QString &table : column(db, QStringLiteral("SELECT table_name FROM information_schema.tables "
                                                          "WHERE table_schema = current_schema() "
                                                          "AND table_type = 'BASE TABLE'"))) {
        if (engineSpecific(table))
            continue;
        TableShape &s = out[table];
        for (const QStringList &c : rows(db, QStringLiteral("SELECT column_name, is_nullable, column_default "
                                                            "FROM information_schema.columns WHERE table_schema = "
                                                            "current_schema() AND table_name = '%1' "
                                                            "ORDER BY ordinal_position")
                                                 .arg(table))) {
            QString defaultValue = c.value(2);
            defaultValue.remove(QStringLiteral("::text"));
            s.columns << columnLine(c.value(0), c.value(1) == QLatin1String("NO"), defaultValue);
        }
        const QString oid = QStringLiteral("'%1'::regclass").arg(table);
        // Indexes of their own (not those behind a primary key or UNIQUE constraint).
        for (const QStringList &i :
             rows(db, QStringLiteral("SELECT c.relname, CASE WHEN x.indisunique THEN 1 ELSE 0 END, "
                                     "CASE WHEN x.indpred IS NULL THEN 0 ELSE 1 END, "
                                     "(SELECT string_agg(coalesce(a.attname, '<expression>'), ', ' ORDER BY k.n) "
                                     " FROM unnest(x.indkey) WITH ORDINALITY AS k(attnum, n) "
                                     " LEFT JOIN pg_attribute a ON a.attrelid = x.indrelid AND a.attnum = k.attnum) "
                                     "FROM pg_index x JOIN pg_class c ON c.oid = x.indexrelid WHERE x.indrelid = %1 "
                                     "AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = x.indexrelid)")
                          .arg(oid)))
            s.indexes << QStringLiteral("%1 unique=%2 partial=%3 (%4)").arg(i.value(0), i.value(1), i.value(2), i.value(3));
        for (const QStringList &u :
             rows(db, QStringLiteral("SELECT (SELECT string_agg(a.attname, ', ' ORDER BY k.n) FROM unnest(c.conkey) "
                                     "WITH ORDINALITY AS k(attnum, n) JOIN pg_attribute a ON a.attrelid = c.conrelid "
                                     "AND a.attnum = k.attnum) FROM pg_constraint c WHERE c.conrelid = %1 "
                                     "AND c.contype = 'u'")
                          .arg(oid)))
            s.uniques << QLatin1Char('(') + u.value(0) + QLatin1Char(')');
        for (const QStringList &f :
             rows(db, QStringLiteral("SELECT a.attname, r.relname, b.attname, CASE c.confdeltype WHEN 'a' THEN 'NO ACTION' "
                                     "WHEN 'r' THEN 'RESTRICT' WHEN 'c' THEN 'CASCADE' WHEN 'n' THEN 'SET NULL' "
                                     "ELSE 'SET DEFAULT' END FROM pg_constraint c "
                                     "JOIN pg_class r ON r.oid = c.confrelid "
                                     "JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1] "
                                     "JOIN pg_attribute b ON b.attrelid = c.confrelid AND b.attnum = c.confkey[1] "
                                     "WHERE c.conrelid = %1 AND c.contype = 'f'")
                          .arg(oid)))
            s.foreignKeys << QStringLiteral("%1 -> %2.%3 ON DELETE %4").arg(f.value(0), f.value(1), f.value(2), f.value(3));
        s.checks = int(scalar(db, QStringLiteral("SELECT count(*) FROM pg_constraint WHERE conrelid = %1 "
                                                 "AND contype = 'c'")
                                      .arg(oid)));
    }
    for (TableShape &s : out) {
        s.indexes.sort();
        s.uniques.sort();
        s.foreignKeys.sort();
    }
    return out;
}

// One change-log row, as both engines should write it.
struct LogRow {
    QString table, action, actor;
    qint64 rowId = 0;
    QString oldValues, newValues;
};

QList<LogRow> changeLog(const Database &db)
{
    QList<LogRow> out;
    for (const QStringList &r : rows(db, QStringLiteral("SELECT table_name, action, actor, row_id, "
                                                        "coalesce(old_values, ''), coalesce(new_values, '') "
                                                        "FROM change_log ORDER BY id")))
        out << LogRow{r.value(0), r.value(1), r.value(2), r.value(3).toLongLong(), r.value(4), r.value(5)};
    return out;
}

// The keys of a JSON object in the order written.
QStringList jsonKeys(const QString &json)
{
    // The values of audited columns are numbers, strings or null: a key is a string
    // right after '{' or ','.
    static const QRegularExpression key(QStringLiteral(R"((?:^\{|,)\"((?:[^\"\\]|\\.)*)\":)"));
    QStringList keys;
    // (A string value could hold `,"x":` too: only the object's keys count, once.)
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    auto it = key.globalMatch(json);
    while (it.hasNext()) {
        const QString k = it.next().captured(1);
        if (o.contains(k) && !keys.contains(k))
            keys << k;
    }
    return keys;
}

const AuditedTable *audited(const QString &table)
{
    for (const AuditedTable &t : auditedTables())
        if (QLatin1String(t.name) == table)
            return &t;
    return nullptr;
}

// The same writes on either engine, through the repositories.
void writeSomething(Database &db)
{
    const test::TinyProvince tiny = test::buildTinyProvince(db);
    {
        Transaction tx(db, QStringLiteral("an.nv"));
        OrganisationRepository organisations(db);
        auto village = organisations.byId(tiny.village);
        ASSERT_TRUE(village);
        village->name = QStringLiteral("Chi bộ thôn \"Phất Lộc\" Tây");
        ASSERT_TRUE(organisations.update(*village));
        Member m = test::validMember(QStringLiteral("Nguyễn Văn An"), tiny.village, 1);
        MemberRepository members(db);
        members.insert(m);
        m.phone = QStringLiteral("0912 345 678");
        m.notes = QStringLiteral("dòng 1\ndòng 2 \\ \t tab");
        ASSERT_TRUE(members.update(m));
        tx.commit();
    }
    {
        Transaction tx(db, QStringLiteral("binh.tt"));
        AccountRepository accounts(db);
        AccountRecord a;
        a.username = QStringLiteral("chi.lt");
        a.fullName = QStringLiteral("Lê Thị Chi");
        a.grants = {RoleGrant{Role::CommuneOffice, tiny.commune, {}, {}}, RoleGrant{Role::Auditor, 0, {}, {}}};
        accounts.insert(a, QStringLiteral("$argon2id$v=19$m=65536,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2g"));
        // Not logged: only the listed columns of an account are.
        accounts.recordFailedSignIn(a.id, 1, QDateTime(), false);
        a.fullName = QStringLiteral("Lê Thị Chi (xã)");
        a.grants = {RoleGrant{Role::CommuneOffice, tiny.commune, {}, {}}};
        ASSERT_TRUE(accounts.update(a)); // the auditor grant is deleted
        tx.commit();
    }
}

class PostgresSchema : public ::testing::Test {
protected:
    void SetUp() override
    {
        if (serverUri().isEmpty())
            GTEST_SKIP() << "PostgreSQL not available: CUTRU_TEST_POSTGRES is not set (scripts/build-and-test.sh "
                            "starts a throwaway test server)";
        server = std::make_unique<ServerDatabase>();
    }

    test::TempFolder dir;
    std::unique_ptr<ServerDatabase> server;
};

} // namespace

TEST_F(PostgresSchema, TablesColumnsRulesAndIndexesMatchSQLite)
{
    const Database file = Database::open(dir.file(QStringLiteral("reference.cutru")));
    const Database pg = Database::open(server->uri());
    ASSERT_TRUE(pg.isPostgres());
    const auto expected = sqliteShapes(file);
    const auto actual = serverShapes(pg);
    EXPECT_EQ(actual.keys(), expected.keys());
    ASSERT_GT(expected.size(), 15);
    for (auto it = expected.cbegin(); it != expected.cend(); ++it)
        EXPECT_EQ(actual.value(it.key()), it.value()) << "table " << it.key().toStdString();

    // What only the server has.
    EXPECT_EQ(column(pg, QStringLiteral("SELECT column_name || ' ' || data_type || ' ' || is_nullable FROM "
                                        "information_schema.columns WHERE table_schema = current_schema() AND "
                                        "table_name = 'schema_version'")),
              QStringList{QStringLiteral("version integer NO")});
    EXPECT_EQ(column(pg, QStringLiteral("SELECT column_name || ' ' || data_type FROM information_schema.columns "
                                        "WHERE table_schema = current_schema() AND table_name = 'members_search' "
                                        "ORDER BY ordinal_position")),
              (QStringList{QStringLiteral("member_id bigint"), QStringLiteral("document tsvector")}));
    // Text compares byte by byte as on SQLite: every text column of a table is
    // COLLATE "C"; ids are 64-bit identities.
    const QString tableColumns = QStringLiteral(
        "SELECT count(*) FROM information_schema.columns c JOIN information_schema.tables t ON t.table_schema = "
        "c.table_schema AND t.table_name = c.table_name AND t.table_type = 'BASE TABLE' "
        "WHERE c.table_schema = current_schema() AND %1");
    ASSERT_GT(scalar(pg, tableColumns.arg(QStringLiteral("c.data_type = 'text'"))), 80);
    EXPECT_EQ(scalar(pg, tableColumns.arg(QStringLiteral("c.data_type = 'text' AND c.collation_name IS DISTINCT "
                                                         "FROM 'C'"))),
              0);
    EXPECT_EQ(scalar(pg, tableColumns.arg(QStringLiteral("c.column_name = 'id'"))), expected.size() - 1);
    EXPECT_EQ(scalar(pg, tableColumns.arg(QStringLiteral("c.column_name = 'id' AND (c.data_type <> 'bigint' OR "
                                                         "c.is_identity <> 'YES')"))),
              0);
}

TEST_F(PostgresSchema, EveryAuditedTableHasItsTriggersOnBothEngines)
{
    const Database file = Database::open(dir.file(QStringLiteral("reference.cutru")));
    const Database pg = Database::open(server->uri());
    QStringList listed;
    for (const AuditedTable &t : auditedTables())
        listed << QLatin1String(t.name);
    listed.sort();
    QStringList onFile = column(file, QStringLiteral("SELECT tbl_name FROM sqlite_master WHERE type = 'trigger' "
                                                     "AND name LIKE '%\\_log\\_insert' ESCAPE '\\'"));
    onFile.sort();
    EXPECT_EQ(onFile, listed);
    for (const char *action : {"insert", "update", "delete"}) {
        QStringList onServer = column(pg, QStringLiteral("SELECT c.relname FROM pg_trigger t JOIN pg_class c ON "
                                                         "c.oid = t.tgrelid WHERE NOT t.tgisinternal AND t.tgname = "
                                                         "c.relname || '_log_%1'")
                                              .arg(QLatin1String(action)));
        onServer.sort();
        EXPECT_EQ(onServer, listed) << action;
    }
}

TEST_F(PostgresSchema, NewDatabaseIsAtTheLatestVersionAndReopensWithoutMigrating)
{
    {
        const Database pg = Database::open(server->uri());
        EXPECT_EQ(pg.schemaVersion(), Database::latestSchemaVersion());
        EXPECT_EQ(pg.schemaVersion(), kFirstPostgresVersion);
        EXPECT_EQ(scalar(pg, QStringLiteral("SELECT count(*) FROM schema_version")), 1);
    }
    const Database again = Database::open(server->uri());
    EXPECT_EQ(again.schemaVersion(), Database::latestSchemaVersion());
    EXPECT_EQ(scalar(again, QStringLiteral("SELECT count(*) FROM schema_version")), 1);
    // Nothing was created twice (a second run of the step would have failed anyway).
    EXPECT_EQ(scalar(again, QStringLiteral("SELECT count(*) FROM pg_proc WHERE proname = 'cutru_log_change'")), 1);
}

TEST_F(PostgresSchema, ChangeLogRowsAreThoseSQLiteWrites)
{
    Database file = Database::open(dir.file(QStringLiteral("reference.cutru")));
    Database pg = Database::open(server->uri());
    writeSomething(file);
    writeSomething(pg);
    const QList<LogRow> expected = changeLog(file);
    const QList<LogRow> actual = changeLog(pg);
    ASSERT_EQ(actual.size(), expected.size());
    ASSERT_GT(expected.size(), 10);
    QSet<QString> tablesSeen;
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const LogRow &e = expected.at(i);
        const LogRow &a = actual.at(i);
        SCOPED_TRACE(QStringLiteral("row %1: %2 %3").arg(i).arg(e.table, e.action).toStdString());
        EXPECT_EQ(a.table, e.table);
        EXPECT_EQ(a.action, e.action);
        EXPECT_EQ(a.actor, e.actor);
        EXPECT_EQ(a.rowId, e.rowId);
        tablesSeen.insert(e.table + QLatin1Char(' ') + e.action);
        const AuditedTable *t = audited(a.table);
        ASSERT_NE(t, nullptr);
        for (const QString *json : {&a.oldValues, &a.newValues}) {
            if (json->isEmpty())
                continue;
            EXPECT_EQ(jsonKeys(*json), t->columns) << json->toStdString();
        }
        EXPECT_EQ(a.oldValues.isEmpty(), a.action == QLatin1String("insert"));
        EXPECT_EQ(a.newValues.isEmpty(), a.action == QLatin1String("delete"));
        if (a.table == QLatin1String("accounts")) {
            // Times of the account (password changed, created) are this run's.
            for (const auto &[mine, theirs] : {std::pair{&a.oldValues, &e.oldValues}, std::pair{&a.newValues, &e.newValues}}) {
                QJsonObject x = QJsonDocument::fromJson(mine->toUtf8()).object();
                QJsonObject y = QJsonDocument::fromJson(theirs->toUtf8()).object();
                x.remove(QStringLiteral("password_changed_at"));
                y.remove(QStringLiteral("password_changed_at"));
                EXPECT_EQ(x, y);
            }
        } else {
            // The same text, byte for byte: numbers, strings (escapes) and nulls.
            EXPECT_EQ(a.oldValues, e.oldValues);
            EXPECT_EQ(a.newValues, e.newValues);
        }
    }
    for (const char *what : {"organisations insert", "organisations update", "organisation_placements insert",
                             "members insert", "members update", "accounts insert", "accounts update",
                             "account_roles insert", "account_roles delete"})
        EXPECT_TRUE(tablesSeen.contains(QLatin1String(what))) << what;

    // The History view reads the server's rows as the file's.
    const QList<ChangeLogEntry> entries = ChangeLogRepository(pg).page({}, 0, 1000);
    ASSERT_EQ(entries.size(), actual.size());
    for (const ChangeLogEntry &entry : entries) {
        EXPECT_TRUE(entry.changedAt.isValid());
        EXPECT_LE(qAbs(entry.changedAt.secsTo(QDateTime::currentDateTimeUtc())), 600);
    }
    const QStringList times = column(pg, QStringLiteral("SELECT changed_at FROM change_log"));
    static const QRegularExpression format(QStringLiteral(R"(^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$)"));
    for (const QString &time : times)
        EXPECT_TRUE(format.match(time).hasMatch()) << time.toStdString();
}

TEST_F(PostgresSchema, OwnerWithoutActorIsLoggedAsItselfAndBulkCopyIsNotLogged)
{
    Database pg = Database::open(server->uri());
    QSqlQuery q(pg.connection());
    ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO database_events (happened_at, kind) VALUES ('2024-01-01', 'x')")));
    EXPECT_EQ(column(pg, QStringLiteral("SELECT actor FROM change_log")), QStringList{pg.serverRole()});
    {
        // The copier from a file: its own log rows come as they were.
        Transaction tx(pg, QStringLiteral("copier"));
        ASSERT_TRUE(q.exec(QStringLiteral("SET LOCAL cutru.bulk_copy = 'on'")));
        ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO database_events (happened_at, kind) VALUES ('2024-01-02', 'y')")));
        tx.commit();
    }
    EXPECT_EQ(scalar(pg, QStringLiteral("SELECT count(*) FROM change_log")), 1);
    EXPECT_EQ(scalar(pg, QStringLiteral("SELECT count(*) FROM database_events")), 2);
}

TEST_F(PostgresSchema, ChangeLogIsAppendOnlyEvenForTheOwner)
{
    Database pg = Database::open(server->uri());
    {
        Transaction tx(pg, QStringLiteral("an.nv"));
        AccountRepository(pg).recordEvent(QStringLiteral("restore"), QStringLiteral("test"), QDateTime::currentDateTimeUtc());
        tx.commit();
    }
    ASSERT_EQ(scalar(pg, QStringLiteral("SELECT count(*) FROM change_log")), 1);
    // The test's role owns the tables (it created the database's schema).
    ASSERT_EQ(scalar(pg, QStringLiteral("SELECT count(*) FROM pg_tables WHERE tablename = 'change_log' "
                                        "AND tableowner = current_user")),
              1);
    for (const char *sql : {"UPDATE change_log SET actor = 'someone else'", "DELETE FROM change_log",
                            "DELETE FROM change_log WHERE id < 0", "UPDATE change_log SET actor = actor WHERE false",
                            "TRUNCATE change_log"}) {
        QSqlQuery q(pg.connection());
        EXPECT_FALSE(q.exec(QString::fromLatin1(sql))) << sql;
        EXPECT_TRUE(q.lastError().text().contains(QStringLiteral("append-only"))) << q.lastError().text().toStdString();
    }
    EXPECT_EQ(column(pg, QStringLiteral("SELECT actor FROM change_log")), QStringList{QStringLiteral("an.nv")});
}

TEST(PostgresSearch, QueryText)
{
    EXPECT_EQ(tsQueryExpression({QStringLiteral("nguy")}), QStringLiteral("nguy:*"));
    EXPECT_EQ(tsQueryExpression({QStringLiteral("nguyen"), QStringLiteral("034")}, false),
              QStringLiteral("nguyen:*AC & 034:*AC"));
    EXPECT_EQ(tsQueryExpression({QStringLiteral("34-01.2")}, false),
              QStringLiteral("((34:A <-> 01:A <-> 2:*A) | (34:C <-> 01:C <-> 2:*C))"));
    // Quotes, operators and other punctuation only separate words.
    EXPECT_EQ(tsQueryExpression({QStringLiteral("a'b|c"), QStringLiteral("-"), QStringLiteral("!&")}),
              QStringLiteral("((a:A <-> b:A <-> c:*A) | (a:B <-> b:B <-> c:*B) | (a:C <-> b:C <-> c:*C))"));
    EXPECT_EQ(tsQueryExpression({QStringLiteral("(:*)")}), QString());
    // FTS5's expression drops double quotes from a term; so does this one.
    EXPECT_EQ(tsQueryExpression({QStringLiteral("ngu\"yen")}), QStringLiteral("nguyen:*"));
}

TEST_F(PostgresSchema, MemberSearchFindsWhatSQLiteFinds)
{
    Database file = Database::open(dir.file(QStringLiteral("reference.cutru")));
    Database pg = Database::open(server->uri());
    for (Database *db : {&file, &pg}) {
        const test::TinyProvince tiny = test::buildTinyProvince(*db);
        Transaction tx(*db, QStringLiteral("an.nv"));
        MemberRepository repo(*db);
        int serial = 0;
        for (const char *name : {"Nguyễn Văn An", "Nguyễn Thị Ánh", "Trần Văn Bình", "Lê An Khang", "Đặng Đức Anh",
                                 "Phạm Nguyên Văn"}) {
            Member m = test::validMember(QString::fromUtf8(name), tiny.village, ++serial);
            if (serial == 3)
                m.partyCardNo = QStringLiteral("34-01.777"); // punctuation separates words
            repo.insert(m);
        }
        // A renamed member is found by the new name only.
        Member renamed = *repo.byId(4);
        renamed.fullName = QStringLiteral("Lê Văn Khang");
        ASSERT_TRUE(repo.update(renamed));
        tx.commit();
    }

    struct Case {
        const char *typed;
        bool identifiers;
        QStringList expected; // sorted names
    };
    const QList<Case> cases{
        {"nguy", true, {QStringLiteral("Nguyễn Thị Ánh"), QStringLiteral("Nguyễn Văn An"), QStringLiteral("Phạm Nguyên Văn")}},
        {"Nguyễn a", true, {QStringLiteral("Nguyễn Thị Ánh"), QStringLiteral("Nguyễn Văn An")}},
        {"an", true, {QStringLiteral("Nguyễn Thị Ánh"), QStringLiteral("Nguyễn Văn An"), QStringLiteral("Đặng Đức Anh")}},
        {"dang duc", true, {QStringLiteral("Đặng Đức Anh")}},
        {"khang", true, {QStringLiteral("Lê Văn Khang")}},
        {"le an", true, {}},
        {"034075000002", true, {QStringLiteral("Nguyễn Thị Ánh")}},
        {"03407500000", true, {QStringLiteral("Lê Văn Khang"), QStringLiteral("Nguyễn Thị Ánh"), QStringLiteral("Nguyễn Văn An"),
                               QStringLiteral("Phạm Nguyên Văn"), QStringLiteral("Trần Văn Bình"), QStringLiteral("Đặng Đức Anh")}},
        // CCCD numbers are out of reach of users who see them masked.
        {"034075000002", false, {}},
        {"3401000001", false, {QStringLiteral("Nguyễn Văn An")}},
        // A term of several words is a phrase inside one column, its last word a prefix.
        {"34-01.7", false, {QStringLiteral("Trần Văn Bình")}},
        {"01.777", true, {QStringLiteral("Trần Văn Bình")}},
        {"van-an", true, {QStringLiteral("Nguyễn Văn An")}},
        {"an-van", true, {}},
        {"an-0340", true, {}}, // never across columns
        {"van -", true, {QStringLiteral("Nguyễn Văn An"), QStringLiteral("Phạm Nguyên Văn"), QStringLiteral("Trần Văn Bình"),
                         QStringLiteral("Lê Văn Khang")}},
        {"-", true, {}},
        {"ngu\"yen", true, {QStringLiteral("Nguyễn Thị Ánh"), QStringLiteral("Nguyễn Văn An"), QStringLiteral("Phạm Nguyên Văn")}},
        {"x'y & z:*", true, {}},
    };
    for (const Case &c : cases) {
        MemberQuery query;
        query.terms = text::searchTerms(QString::fromUtf8(c.typed));
        query.searchIdentifiers = c.identifiers;
        QStringList expected = c.expected;
        expected.sort();
        for (const Database *db : {&file, &pg}) {
            SCOPED_TRACE(std::string(c.typed) + (db->isPostgres() ? " on PostgreSQL" : " on SQLite"));
            const MemberRepository repo(*db);
            QStringList found;
            for (const MemberRow &row : repo.window(query, 0, 100))
                found << row.fullName;
            found.sort();
            EXPECT_EQ(found, expected);
            EXPECT_EQ(repo.count(query), expected.size());
        }
    }
    // A term that is only a quote searches for nothing: every member.
    MemberQuery quote;
    quote.terms = {QStringLiteral("\"")};
    EXPECT_EQ(MemberRepository(pg).count(quote), 6);
    EXPECT_EQ(MemberRepository(file).count(quote), 6);
}
