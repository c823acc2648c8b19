// The change log cannot be altered through the program's own connection, even by
// someone typing raw SQL into it: every attack fails and the log stays byte for
// byte what it was, while ordinary edits keep appending to it.
#include "storage/database.h"
#include "storage/member_repository.h"
#include "storage/sqlite_native.h"
#include "support/test_support.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>
#include <gtest/gtest.h>
#include <optional>

using namespace cutru;
using namespace cutru::storage;

namespace {

// Every column of every log row, in order.
QByteArray logDigest(const Database &db)
{
    QSqlQuery q(db.connection());
    EXPECT_TRUE(q.exec(QStringLiteral("SELECT id, changed_at, actor, table_name, row_id, action, "
                                      "quote(old_values), quote(new_values) FROM change_log ORDER BY id")));
    QCryptographicHash h(QCryptographicHash::Sha256);
    qint64 rows = 0;
    while (q.next()) {
        ++rows;
        for (int c = 0; c < 8; ++c) {
            h.addData(q.value(c).toString().toUtf8());
            h.addData(QByteArrayView("\x1f", 1));
        }
    }
    return h.result().toHex() + ':' + QByteArray::number(rows);
}

qint64 scalar(const Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    EXPECT_TRUE(q.exec(sql)) << sql.toStdString() << ": " << q.lastError().text().toStdString();
    return q.next() ? q.value(0).toLongLong() : -1;
}

bool schemaHas(const Database &db, const char *name)
{
    return scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = '%1'")
                          .arg(QLatin1String(name))) == 1;
}

class ChangeLogProtection : public ::testing::Test {
protected:
    void SetUp() override
    {
        // The server's own guard of the log (triggers, privileges) has its tests with
        // the row-level security ones.
        CUTRU_SQLITE_ONLY("the change log's guard on SQLite connections (authorizer, sqlite_master)");
        path_ = test::smallDemoCopy(dir_);
        db_.emplace(Database::open(path_, Database::Create::MustExist));
        before_ = logDigest(*db_);
        ASSERT_GT(scalar(*db_, QStringLiteral("SELECT count(*) FROM change_log")), 0);
    }

    // Runs one statement with a plain QSqlQuery; true when SQLite accepted it.
    bool run(const QString &sql)
    {
        QSqlQuery q(db_->connection());
        const bool ok = q.exec(sql);
        if (!ok)
            lastError_ = q.lastError().text();
        return ok;
    }

    void expectRefused(const QString &sql)
    {
        lastError_.clear();
        EXPECT_FALSE(run(sql)) << "accepted: " << sql.toStdString();
        // Refused by the protection, not by a typing mistake in the attack.
        EXPECT_TRUE(lastError_.contains(QStringLiteral("authoriz")) || lastError_.contains(QStringLiteral(
                        "may not be modified")))
            << sql.toStdString() << ": " << lastError_.toStdString();
        EXPECT_EQ(logDigest(*db_), before_) << "after: " << sql.toStdString();
    }

    test::TempFolder dir_;
    QString path_;
    std::optional<Database> db_;
    QByteArray before_;
    QString lastError_;
};

} // namespace

TEST_F(ChangeLogProtection, RowsCannotBeUpdated)
{
    expectRefused(QStringLiteral("UPDATE change_log SET actor = 'somebody else'"));
    expectRefused(QStringLiteral("UPDATE change_log SET new_values = NULL WHERE id = (SELECT max(id) FROM change_log)"));
    expectRefused(QStringLiteral("INSERT INTO change_log (id, changed_at, actor, table_name, row_id, action) "
                                 "VALUES (1, 'x', 'x', 'members', 1, 'insert') "
                                 "ON CONFLICT (id) DO UPDATE SET actor = 'forged'"));
}

TEST_F(ChangeLogProtection, RowsCannotBeDeleted)
{
    expectRefused(QStringLiteral("DELETE FROM change_log"));
    expectRefused(QStringLiteral("DELETE FROM change_log WHERE table_name = 'members'"));
    expectRefused(QStringLiteral("DELETE FROM main.change_log WHERE id = 1"));
}

TEST_F(ChangeLogProtection, RowsCannotBeForged)
{
    expectRefused(QStringLiteral("INSERT INTO change_log (changed_at, actor, table_name, row_id, action, new_values) "
                                 "VALUES ('2012-01-01T00:00:00.000Z', 'forger', 'members', 1, 'insert', '{}')"));
    expectRefused(QStringLiteral("INSERT OR REPLACE INTO change_log (id, changed_at, actor, table_name, row_id, "
                                 "action) SELECT id, changed_at, 'forger', table_name, row_id, action "
                                 "FROM change_log WHERE id = 1"));
    // Neither by a trigger made to look like an audit trigger, nor by any other trigger.
    expectRefused(QStringLiteral("CREATE TRIGGER organisations_x_log_insert AFTER UPDATE ON organisations BEGIN "
                                 "INSERT INTO change_log (changed_at, actor, table_name, row_id, action) "
                                 "VALUES ('x', 'forger', 'members', 1, 'delete'); END"));
    ASSERT_TRUE(run(QStringLiteral("CREATE TRIGGER forger AFTER UPDATE ON session_actor BEGIN "
                                   "INSERT INTO change_log (changed_at, actor, table_name, row_id, action) "
                                   "VALUES ('x', 'forger', 'members', 1, 'delete'); END")));
    expectRefused(QStringLiteral("UPDATE session_actor SET actor = 'someone' WHERE id = 1"));
    ASSERT_TRUE(run(QStringLiteral("DROP TRIGGER forger")));
}

TEST_F(ChangeLogProtection, TriggersProtectingItCannotBeDropped)
{
    expectRefused(QStringLiteral("DROP TRIGGER change_log_append_only_update"));
    expectRefused(QStringLiteral("DROP TRIGGER change_log_append_only_delete"));
    expectRefused(QStringLiteral("DROP TRIGGER IF EXISTS main.change_log_append_only_delete"));
    EXPECT_TRUE(schemaHas(*db_, "change_log_append_only_update"));
    EXPECT_TRUE(schemaHas(*db_, "change_log_append_only_delete"));
    // Nor can a trigger on the log swallow new rows.
    expectRefused(QStringLiteral("CREATE TRIGGER swallow BEFORE INSERT ON change_log BEGIN SELECT RAISE(IGNORE); END"));
    expectRefused(
        QStringLiteral("CREATE TEMP TRIGGER swallow BEFORE INSERT ON main.change_log BEGIN SELECT RAISE(IGNORE); END"));
}

TEST_F(ChangeLogProtection, TableCannotBeDroppedOrAltered)
{
    expectRefused(QStringLiteral("DROP TABLE change_log"));
    expectRefused(QStringLiteral("ALTER TABLE change_log RENAME TO old_log"));
    expectRefused(QStringLiteral("ALTER TABLE change_log ADD COLUMN note TEXT"));
    expectRefused(QStringLiteral("ALTER TABLE change_log RENAME COLUMN actor TO who"));
    EXPECT_TRUE(schemaHas(*db_, "change_log"));
}

TEST_F(ChangeLogProtection, SchemaCannotBeRewritten)
{
    expectRefused(QStringLiteral("PRAGMA writable_schema = ON"));
    expectRefused(QStringLiteral("UPDATE sqlite_master SET sql = 'CREATE TRIGGER change_log_append_only_delete "
                                 "BEFORE DELETE ON change_log BEGIN SELECT 1; END' "
                                 "WHERE name = 'change_log_append_only_delete'"));
    expectRefused(QStringLiteral("DELETE FROM sqlite_master WHERE name = 'change_log_append_only_delete'"));
    expectRefused(QStringLiteral("DELETE FROM change_log"));
}

TEST_F(ChangeLogProtection, NotThroughAnotherSchemaNameEither)
{
    expectRefused(QStringLiteral("ATTACH DATABASE '%1' AS vacuum_db").arg(path_));
    expectRefused(QStringLiteral("ATTACH DATABASE '%1' AS other").arg(path_));
    expectRefused(QStringLiteral("VACUUM INTO '%1'").arg(dir_.file(QStringLiteral("copy.cutru"))));
}

TEST_F(ChangeLogProtection, AuditTriggersCannotBeDroppedToDeleteUnseen)
{
    // A member of our own, referenced by nothing, to delete.
    Member m = test::validMember(QStringLiteral("Nguyễn Văn Xoá"), scalar(*db_, QStringLiteral(
        "SELECT id FROM organisations WHERE level = 'cell' ORDER BY id LIMIT 1")), 991234);
    m.cccd = QStringLiteral("099000991234");
    {
        Transaction tx(*db_, QStringLiteral("test"));
        MemberRepository(*db_).insert(m);
        tx.commit();
    }
    const qint64 lastBefore = scalar(*db_, QStringLiteral("SELECT max(id) FROM change_log"));
    before_ = logDigest(*db_);
    for (const char *trigger : {"members_log_delete", "members_log_update", "members_log_insert"})
        expectRefused(QStringLiteral("DROP TRIGGER %1").arg(QLatin1String(trigger)));
    EXPECT_TRUE(schemaHas(*db_, "members_log_delete"));
    ASSERT_TRUE(run(QStringLiteral("DELETE FROM members WHERE id = %1").arg(m.id)));
    // The deletion is in the log, after every row that was there.
    EXPECT_EQ(scalar(*db_, QStringLiteral("SELECT count(*) FROM change_log WHERE id > %1 AND table_name = 'members' "
                                          "AND row_id = %2 AND action = 'delete'")
                               .arg(lastBefore)
                               .arg(m.id)),
              1);
    EXPECT_EQ(scalar(*db_, QStringLiteral("SELECT count(*) FROM change_log WHERE id > %1").arg(lastBefore)), 1);
}

TEST_F(ChangeLogProtection, OrdinaryEditsStillAppend)
{
    const qint64 before = scalar(*db_, QStringLiteral("SELECT count(*) FROM change_log"));
    const qint64 cell = scalar(*db_, QStringLiteral("SELECT id FROM organisations WHERE level = 'cell' LIMIT 1"));
    Member m = test::validMember(QStringLiteral("Trần Thị Ghi"), cell, 991235);
    m.cccd = QStringLiteral("099000991235");
    MemberRepository repo(*db_);
    {
        Transaction tx(*db_, QStringLiteral("editor"));
        repo.insert(m);
        tx.commit();
    }
    m.phone = QStringLiteral("0227 3831 234");
    {
        Transaction tx(*db_, QStringLiteral("editor"));
        ASSERT_TRUE(repo.update(m));
        tx.commit();
    }
    EXPECT_EQ(scalar(*db_, QStringLiteral("SELECT count(*) FROM change_log")), before + 2);
    EXPECT_EQ(scalar(*db_, QStringLiteral("SELECT count(*) FROM change_log WHERE table_name = 'members' AND row_id = "
                                          "%1 AND actor = 'editor'")
                               .arg(m.id)),
              2);
}

TEST_F(ChangeLogProtection, VacuumStillWorks)
{
    ASSERT_TRUE(run(QStringLiteral("VACUUM"))) << lastError_.toStdString();
    EXPECT_EQ(logDigest(*db_), before_);
}

TEST_F(ChangeLogProtection, RawConnectionsAreProtectedToo)
{
    db_.reset();
    Database raw = Database::openRaw(path_, Database::Create::MustExist);
    QSqlQuery q(raw.connection());
    EXPECT_FALSE(q.exec(QStringLiteral("DELETE FROM change_log")));
    EXPECT_FALSE(q.exec(QStringLiteral("DROP TRIGGER members_log_update")));
    EXPECT_FALSE(q.exec(QStringLiteral("PRAGMA writable_schema = 1")));
    EXPECT_EQ(logDigest(raw), before_);
}

TEST_F(ChangeLogProtection, MigrationsMayRecreateAuditTriggersOnly)
{
    QSqlQuery q(db_->connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'members_log_update'")) && q.next());
    const QString triggerSql = q.value(0).toString();
    q.finish();
    {
        const native::MigrationWindow migrating(native::handleOf(db_->connection()));
        ASSERT_TRUE(run(QStringLiteral("DROP TRIGGER members_log_update"))) << lastError_.toStdString();
        ASSERT_TRUE(run(triggerSql)) << lastError_.toStdString();
        expectRefused(QStringLiteral("DROP TRIGGER change_log_append_only_delete"));
        expectRefused(QStringLiteral("DROP TABLE change_log"));
        expectRefused(QStringLiteral("ALTER TABLE change_log RENAME TO old_log"));
        expectRefused(QStringLiteral("DELETE FROM change_log"));
    }
    expectRefused(QStringLiteral("DROP TRIGGER members_log_update"));
    EXPECT_TRUE(schemaHas(*db_, "members_log_update"));
}
