// Moving a single-office file to a PostgreSQL server (storage/database_copy.h): the
// copy is complete and verified, ids and history are kept, numbering continues after
// the copied ids, and a failed, refused or cancelled copy leaves no data on the server.
#include "services/demo_province.h"
#include "storage/database_copy.h"
#include "storage/member_repository.h"
#include "storage/organisation_repository.h"
#include "storage/residence_repository.h"
#include "support/test_support.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <gtest/gtest.h>

using namespace cutru;

namespace {

// The copy goes from an SQLite file to a server at once, so it runs in the PostgreSQL
// run of the tests (a server database from TempFolder::database()); the source is
// always a file.
#define CUTRU_NEEDS_SERVER()                                                                                    \
    if (::cutru::test::testingOnPostgres()) {                                                                    \
    } else                                                                                                        \
        GTEST_SKIP() << "copying a file to a PostgreSQL server: runs in the PostgreSQL run (pg.DatabaseCopy.…, "  \
                        "CUTRU_TEST_POSTGRES)"

// The small demo as an SQLite file on every run (test::smallDemoCopy() gives a server
// database on PostgreSQL runs): generated once per program, copied per test.
QString smallDemoFile(const test::TempFolder &folder)
{
    static test::TempFolder cache;
    static const QString master = [] {
        const QString path = cache.file(QStringLiteral("small-demo-file.cutru"));
        DemoOptions options;
        options.scale = 0.02;
        options.seed = 7;
        DemoProvinceGenerator(options).generate(path);
        return path;
    }();
    const QString copy = folder.file(QStringLiteral("office.cutru"));
    if (!QFile::copy(master, copy))
        throw std::runtime_error("cannot copy the small demo file");
    return copy;
}

// Rows per table with plain SQL on a connection of the test's own.
qint64 countRows(const QString &pathOrUri, const QString &table)
{
    const QString name = QStringLiteral("copy-count");
    qint64 n = -1;
    {
        QSqlDatabase db = test::plainConnection(pathOrUri, name, true);
        QSqlQuery q(db);
        if (q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table)) && q.next())
            n = q.value(0).toLongLong();
        else
            ADD_FAILURE() << table.toStdString() << ": " << q.lastError().text().toStdString();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return n;
}

qint64 maxId(const QString &pathOrUri, const QString &table)
{
    const QString name = QStringLiteral("copy-max");
    qint64 n = -1;
    {
        QSqlDatabase db = test::plainConnection(pathOrUri, name, true);
        QSqlQuery q(db);
        if (q.exec(QStringLiteral("SELECT coalesce(max(id), 0) FROM %1").arg(table)) && q.next())
            n = q.value(0).toLongLong();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return n;
}

void execOn(const QString &uri, const QString &sql)
{
    const QString name = QStringLiteral("copy-exec");
    {
        QSqlDatabase db = test::plainConnection(uri, name, false);
        ASSERT_TRUE(db.isOpen()) << db.lastError().text().toStdString();
        QSqlQuery q(db);
        EXPECT_TRUE(q.exec(sql)) << q.lastError().text().toStdString() << " — " << sql.toStdString();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

// The tables a copy fills (the file's own, without SQLite's search and actor tables).
const QStringList kCopiedTables{
    QStringLiteral("organisations"),    QStringLiteral("organisation_placements"), QStringLiteral("members"),
    QStringLiteral("referrals"),        QStringLiteral("meetings"),                QStringLiteral("attendance"),
    QStringLiteral("annual_comments"),  QStringLiteral("comment_requests"),        QStringLiteral("liaison_cadres"),
    QStringLiteral("liaison_assignments"), QStringLiteral("liaison_visits"),       QStringLiteral("liaison_problems"),
    QStringLiteral("accounts"),         QStringLiteral("account_roles"),           QStringLiteral("database_settings"),
    QStringLiteral("database_events"),  QStringLiteral("change_log")};

void expectNoData(const QString &uri)
{
    for (const QString &table : kCopiedTables)
        EXPECT_EQ(countRows(uri, table), 0) << table.toStdString() << " holds rows after a copy that did not complete";
}

void expectSameMember(const Member &a, const Member &b)
{
    EXPECT_EQ(a.id, b.id);
    EXPECT_EQ(a.fullName, b.fullName);
    EXPECT_EQ(a.gender, b.gender);
    EXPECT_EQ(a.birthDate, b.birthDate);
    EXPECT_EQ(a.cccd, b.cccd);
    EXPECT_EQ(a.partyCardNo, b.partyCardNo);
    EXPECT_EQ(a.personalRecordNo, b.personalRecordNo);
    EXPECT_EQ(a.admissionDate, b.admissionDate);
    EXPECT_EQ(a.officialDate, b.officialDate);
    EXPECT_EQ(a.cellId, b.cellId);
    EXPECT_EQ(a.workplace, b.workplace);
    EXPECT_EQ(a.position, b.position);
    EXPECT_EQ(a.phone, b.phone);
    EXPECT_EQ(a.residenceProvince, b.residenceProvince);
    EXPECT_EQ(a.residenceCommuneId, b.residenceCommuneId);
    EXPECT_EQ(a.residenceCellId, b.residenceCellId);
    EXPECT_EQ(a.residenceAddress, b.residenceAddress);
    EXPECT_EQ(a.notes, b.notes);
    EXPECT_EQ(a.rowVersion, b.rowVersion);
}

void expectSameReferral(const Referral &a, const Referral &b)
{
    EXPECT_EQ(a.id, b.id);
    EXPECT_EQ(a.memberId, b.memberId);
    EXPECT_EQ(a.issuingOrgId, b.issuingOrgId);
    EXPECT_EQ(a.letterYear, b.letterYear);
    EXPECT_EQ(a.letterNo, b.letterNo);
    EXPECT_EQ(a.issueDate, b.issueDate);
    EXPECT_EQ(a.toCommuneId, b.toCommuneId);
    EXPECT_EQ(a.externalCommittee, b.externalCommittee);
    EXPECT_EQ(a.receivedDate, b.receivedDate);
    EXPECT_EQ(a.assignedCellId, b.assignedCellId);
    EXPECT_EQ(a.assignedDate, b.assignedDate);
    EXPECT_EQ(a.exempt, b.exempt);
    EXPECT_EQ(a.exemptionReason, b.exemptionReason);
    EXPECT_EQ(a.endedDate, b.endedDate);
    EXPECT_EQ(a.endReason, b.endReason);
    EXPECT_EQ(a.endNote, b.endNote);
    EXPECT_EQ(a.rowVersion, b.rowVersion);
}

class DatabaseCopy : public ::testing::Test {
protected:
    test::TempFolder dir;
};

} // namespace

TEST_F(DatabaseCopy, CopiesEveryTableVerifiedWithIdsAndHistory)
{
    CUTRU_NEEDS_SERVER();
    const QString file = smallDemoFile(dir);
    const QString target = dir.database(QStringLiteral("copy_target"));
    const storage::ServerCopyReport report = storage::copyDatabaseToServer(file, target);
    ASSERT_TRUE(report.completed);

    // Every CuTru table, checked on both sides; SQLite's own tables stay behind.
    QStringList reported;
    for (const storage::TableCopyCheck &t : report.tables) {
        reported << t.table;
        EXPECT_TRUE(t.matches()) << t.table.toStdString();
        EXPECT_EQ(t.fileRows, countRows(file, t.table)) << t.table.toStdString();
        EXPECT_EQ(t.serverRows, countRows(target, t.table)) << t.table.toStdString();
        EXPECT_EQ(t.fileChecksum.size(), 64) << t.table.toStdString();
    }
    for (const QString &table : kCopiedTables)
        EXPECT_TRUE(reported.contains(table)) << table.toStdString() << " was not copied";
    for (const char *sqliteOnly : {"session_actor", "members_search", "members_search_data", "schema_version"})
        EXPECT_FALSE(reported.contains(QLatin1String(sqliteOnly))) << sqliteOnly;
    // Parents before the tables that refer to them.
    EXPECT_LT(reported.indexOf(QStringLiteral("organisations")), reported.indexOf(QStringLiteral("members")));
    EXPECT_LT(reported.indexOf(QStringLiteral("members")), reported.indexOf(QStringLiteral("referrals")));
    EXPECT_LT(reported.indexOf(QStringLiteral("meetings")), reported.indexOf(QStringLiteral("attendance")));
    EXPECT_GT(report.totalRows(), 5000);

    // The change log came as it was: the same rows, none added by the server's triggers.
    const qint64 logRows = countRows(file, QStringLiteral("change_log"));
    EXPECT_GT(logRows, 1000);
    EXPECT_EQ(countRows(target, QStringLiteral("change_log")), logRows);
    // The server's member search index was filled for the copied members.
    EXPECT_EQ(countRows(target, QStringLiteral("members_search")), countRows(file, QStringLiteral("members")));

    // The accounts came with hashes the server cannot use as role passwords.
    EXPECT_EQ(report.accountsNeedingPasswords.size(), countRows(file, QStringLiteral("accounts")));
    EXPECT_TRUE(report.accountsNeedingPasswords.contains(QStringLiteral("admin")));

    // Read back through the repositories, a member and a referral are the file's.
    storage::Database original = storage::Database::open(file, storage::Database::Create::MustExist);
    storage::Database server = storage::Database::open(target, storage::Database::Create::MustExist);
    const qint64 someMember = maxId(file, QStringLiteral("members")) / 2;
    const auto fileMember = storage::MemberRepository(original).byId(someMember);
    const auto serverMember = storage::MemberRepository(server).byId(someMember);
    ASSERT_TRUE(fileMember && serverMember);
    expectSameMember(*fileMember, *serverMember);
    const qint64 someReferral = maxId(file, QStringLiteral("referrals"));
    const auto fileReferral = storage::ResidenceRepository(original).referralById(someReferral);
    const auto serverReferral = storage::ResidenceRepository(server).referralById(someReferral);
    ASSERT_TRUE(fileReferral && serverReferral);
    expectSameReferral(*fileReferral, *serverReferral);

    // New rows are numbered after the copied ones, and are logged by the server again.
    const qint64 lastOrganisation = maxId(file, QStringLiteral("organisations"));
    const qint64 lastLogRow = maxId(file, QStringLiteral("change_log"));
    const auto province = storage::OrganisationRepository(server).byId(1);
    ASSERT_TRUE(province);
    const qint64 added = test::addOrganisation(server, province->id, OrgLevel::Workplace, "administrative_agency",
                                               "COPY.W1", QStringLiteral("Chi bộ mới sau khi chuyển"));
    EXPECT_GT(added, lastOrganisation);
    EXPECT_GT(countRows(target, QStringLiteral("change_log")), logRows);
    EXPECT_GT(maxId(target, QStringLiteral("change_log")), lastLogRow);
}

TEST_F(DatabaseCopy, RefusesATargetHoldingData)
{
    CUTRU_NEEDS_SERVER();
    const QString file = smallDemoFile(dir);
    const QString target = dir.database(QStringLiteral("copy_twice"));
    ASSERT_TRUE(storage::copyDatabaseToServer(file, target).completed);
    const qint64 members = countRows(target, QStringLiteral("members"));
    try {
        storage::copyDatabaseToServer(file, target);
        FAIL() << "a second copy into the same database was accepted";
    } catch (const storage::StorageError &e) {
        EXPECT_TRUE(e.userMessage().contains(QStringLiteral("already holds CuTru data"))) << e.what();
    }
    EXPECT_EQ(countRows(target, QStringLiteral("members")), members);
}

TEST_F(DatabaseCopy, AMismatchCommitsNothing)
{
    CUTRU_NEEDS_SERVER();
    const QString file = smallDemoFile(dir);
    const QString target = dir.database(QStringLiteral("copy_mismatch"));
    // A server that alters what it is given: the schema first (an empty CuTru database,
    // which a copy accepts), then a trigger of the test's that changes one member's phone.
    { storage::Database server = storage::Database::open(target, storage::Database::Create::IfMissing); }
    const qint64 member = maxId(file, QStringLiteral("members")) / 3;
    execOn(target, QStringLiteral("CREATE FUNCTION test_alter_phone() RETURNS trigger LANGUAGE plpgsql AS $$ "
                                  "BEGIN NEW.phone := NEW.phone || '9'; RETURN NEW; END $$"));
    execOn(target, QStringLiteral("CREATE TRIGGER test_alter_phone BEFORE INSERT ON members FOR EACH ROW "
                                  "WHEN (NEW.id = %1) EXECUTE FUNCTION test_alter_phone()")
                       .arg(member));
    try {
        storage::copyDatabaseToServer(file, target);
        FAIL() << "a copy that differs from the file was committed";
    } catch (const storage::StorageError &e) {
        EXPECT_TRUE(e.userMessage().contains(QStringLiteral("members"))) << e.what();
        EXPECT_FALSE(e.userMessage().contains(QStringLiteral("organisations"))) << e.what();
    }
    expectNoData(target);

    // Without the faulty trigger the same database takes the copy.
    execOn(target, QStringLiteral("DROP TRIGGER test_alter_phone ON members"));
    EXPECT_TRUE(storage::copyDatabaseToServer(file, target).completed);
    EXPECT_EQ(countRows(target, QStringLiteral("members")), countRows(file, QStringLiteral("members")));
}

TEST_F(DatabaseCopy, CancelLeavesNothing)
{
    CUTRU_NEEDS_SERVER();
    const QString file = smallDemoFile(dir);
    const QString target = dir.database(QStringLiteral("copy_cancel"));
    QStringList stages;
    qint64 lastDone = -1;
    bool monotonic = true;
    const storage::ServerCopyReport report =
        storage::copyDatabaseToServer(file, target, [&](const storage::ServerCopyProgress &p) {
            stages << p.stage;
            monotonic = monotonic && p.done >= lastDone && p.done <= p.total;
            lastDone = p.done;
            // Stop once members are being copied: organisations are on the server by then.
            return !p.stage.contains(QStringLiteral("members"));
        });
    EXPECT_FALSE(report.completed);
    EXPECT_TRUE(report.tables.isEmpty());
    EXPECT_TRUE(monotonic);
    ASSERT_FALSE(stages.isEmpty());
    EXPECT_TRUE(stages.contains(QStringLiteral("Copying organisations")));
    expectNoData(target);
}

TEST_F(DatabaseCopy, ProgressCoversTheWholeCopy)
{
    CUTRU_NEEDS_SERVER();
    const QString file = smallDemoFile(dir);
    const QString target = dir.database(QStringLiteral("copy_progress"));
    storage::ServerCopyProgress last;
    const storage::ServerCopyReport report =
        storage::copyDatabaseToServer(file, target, [&](const storage::ServerCopyProgress &p) {
            last = p;
            return true;
        });
    ASSERT_TRUE(report.completed);
    EXPECT_EQ(last.done, last.total);
    EXPECT_EQ(last.total, 3 * report.totalRows());
    EXPECT_TRUE(last.stage.startsWith(QStringLiteral("Checking"))) << last.stage.toStdString();
}

// Refused before anything reaches a server: no server needed.
TEST_F(DatabaseCopy, RefusesWhatIsNotACuTruFileOrAServer)
{
    const QString uri = QStringLiteral("postgresql://nobody@127.0.0.1:1/none");
    auto refusal = [](const QString &from, const QString &to) -> QString {
        try {
            storage::copyDatabaseToServer(from, to);
        } catch (const storage::StorageError &e) {
            return e.userMessage();
        }
        return QString();
    };
    const QString text = dir.file(QStringLiteral("notes.txt"));
    {
        QFile f(text);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("not a database\n");
    }
    EXPECT_TRUE(refusal(text, uri).contains(QStringLiteral("not a CuTru database")));
    const QString empty = dir.file(QStringLiteral("empty.cutru"));
    {
        QFile f(empty);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    }
    EXPECT_TRUE(refusal(empty, uri).contains(QStringLiteral("not a CuTru database")));
    EXPECT_EQ(QFileInfo(empty).size(), 0) << "the empty file was given a schema";
    EXPECT_TRUE(refusal(dir.file(QStringLiteral("missing.cutru")), uri).contains(QStringLiteral("does not exist")));
    EXPECT_TRUE(refusal(text, QStringLiteral("postgresql://u:secret@127.0.0.1/db")).contains(QStringLiteral("password")));
    EXPECT_TRUE(refusal(uri, uri).contains(QStringLiteral("not the server address")));
    EXPECT_TRUE(refusal(text, dir.file(QStringLiteral("other.cutru"))).contains(QStringLiteral("postgresql://")));
}
