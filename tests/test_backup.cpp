// Backups and restores: consistent copies while another process writes, restores
// that refuse anything but a sound CuTru backup with the database untouched, and
// the automatic daily backups' names and retention.
#include "services/backup_service.h"
#include "services/outcome.h"
#include "storage/backup.h"
#include "storage/database.h"
#include "storage/member_repository.h"
#include "support/corruption.h"
#include "support/test_support.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <cstdio>
#include <functional>
#include <gtest/gtest.h>

using namespace cutru;
using namespace cutru::storage;

namespace {

qint64 scalar(const QString &path, const QString &sql)
{
    Database db = Database::openRaw(path, Database::Create::MustExist);
    QSqlQuery q(db.connection());
    EXPECT_TRUE(q.exec(sql)) << sql.toStdString() << ": " << q.lastError().text().toStdString();
    return q.next() ? q.value(0).toLongLong() : -1;
}

qint64 memberCount(const QString &path)
{
    return scalar(path, QStringLiteral("SELECT count(*) FROM members"));
}

// Members present minus members the log says were inserted and not deleted: zero in
// any consistent state, as each member and its log row are written together.
qint64 memberLogMismatch(const QString &path)
{
    return scalar(path, QStringLiteral(
        "SELECT (SELECT count(*) FROM members) - "
        "(SELECT count(*) FROM change_log WHERE table_name = 'members' AND action = 'insert') + "
        "(SELECT count(*) FROM change_log WHERE table_name = 'members' AND action = 'delete')"));
}

// Opens and closes the database so that its WAL is folded into the file: from then
// on the file alone says what the database holds.
void settle(const QString &path)
{
    Database::open(path, Database::Create::MustExist);
}

QStringList safetyCopies(const test::TempFolder &dir, const QString &databaseName)
{
    const QFileInfo db(dir.file(databaseName));
    return db.absoluteDir().entryList({db.completeBaseName() + QStringLiteral(".before-restore-*")}, QDir::Files);
}

qint64 firstCell(const Database &db)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT id FROM organisations WHERE level = 'cell' ORDER BY id LIMIT 1")) || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

// A member no demo member can clash with: province code 099 in the CCCD.
Member extraMember(qint64 cell, int serial)
{
    Member m = test::validMember(QStringLiteral("Phạm Văn Sao Lưu"), cell, serial);
    m.cccd = QStringLiteral("099%1").arg(serial, 9, 10, QLatin1Char('0'));
    return m;
}

void addMembers(const QString &path, int count, int firstSerial)
{
    Database db = Database::open(path, Database::Create::MustExist, Database::IntegrityCheck::Skip);
    const qint64 cell = firstCell(db);
    Transaction tx(db, QStringLiteral("test"));
    MemberRepository repo(db);
    for (int i = 0; i < count; ++i) {
        Member m = extraMember(cell, firstSerial + i);
        repo.insert(m);
    }
    tx.commit();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
}

} // namespace

// ---- Backups -------------------------------------------------------------------------

TEST(Backup, CopyIsCompleteAndSelfContained)
{
    CUTRU_SQLITE_ONLY("backups and restores of SQLite files (servers are backed up with pg_dump)");
    test::TempFolder dir;
    const QString live = test::smallDemoCopy(dir);
    const QString copy = dir.file(QStringLiteral("copy.cutru"));
    qint64 lastDone = -1, lastTotal = -1;
    ASSERT_TRUE(backupDatabase(live, copy, [&](qint64 done, qint64 total) {
        EXPECT_GE(done, lastDone);
        lastDone = done;
        lastTotal = total;
        return true;
    }));
    EXPECT_EQ(lastDone, lastTotal);
    EXPECT_GT(lastTotal, 0);
    for (const char *suffix : {"-wal", "-shm", "-journal", ".partial"})
        EXPECT_FALSE(QFileInfo::exists(copy + QLatin1String(suffix))) << suffix;
    // Rollback-journal mode in the header (bytes 18 and 19 are 1; WAL would be 2).
    QFile f(copy);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray header = f.read(100);
    f.close();
    EXPECT_EQ(header.at(18), 1);
    EXPECT_EQ(header.at(19), 1);

    const BackupInfo info = inspectBackup(copy);
    EXPECT_EQ(info.schemaVersion, Database::latestSchemaVersion());
    EXPECT_EQ(info.members, memberCount(live));
    EXPECT_EQ(info.organisations, scalar(live, QStringLiteral("SELECT count(*) FROM organisations")));
    EXPECT_TRUE(info.newestChange.isValid());
    EXPECT_EQ(scalar(copy, QStringLiteral("SELECT count(*) FROM change_log")),
              scalar(live, QStringLiteral("SELECT count(*) FROM change_log")));
    EXPECT_TRUE(Database::integrityProblems(copy).isEmpty());
}

TEST(Backup, NeverOverwritesUnlessAskedAndNeverTheDatabase)
{
    CUTRU_SQLITE_ONLY("backups and restores of SQLite files (servers are backed up with pg_dump)");
    test::TempFolder dir;
    const QString live = test::smallDemoCopy(dir);
    const QString copy = dir.file(QStringLiteral("copy.cutru"));
    writeFile(copy, "an older file");
    const QByteArray older = test::fileHash(copy);
    EXPECT_THROW(backupDatabase(live, copy), StorageError);
    EXPECT_EQ(test::fileHash(copy), older);
    ASSERT_TRUE(backupDatabase(live, copy, {}, ReplaceExisting::Yes));
    EXPECT_EQ(inspectBackup(copy).members, memberCount(live));

    const QByteArray before = test::fileHash(live);
    try {
        backupDatabase(live, live, {}, ReplaceExisting::Yes);
        FAIL() << "the database was backed up over itself";
    } catch (const StorageError &e) {
        EXPECT_TRUE(e.userMessage().contains(live));
    }
    EXPECT_EQ(test::fileHash(live), before);
    EXPECT_THROW(backupDatabase(live, dir.file(QStringLiteral("no/such/folder/x.cutru"))), StorageError);
    EXPECT_THROW(backupDatabase(dir.file(QStringLiteral("missing.cutru")), dir.file(QStringLiteral("y.cutru"))),
                 StorageError);
}

TEST(Backup, CancelledBackupLeavesNothing)
{
    CUTRU_SQLITE_ONLY("backups and restores of SQLite files (servers are backed up with pg_dump)");
    test::TempFolder dir;
    const QString live = test::smallDemoCopy(dir);
    const QString copy = dir.file(QStringLiteral("copy.cutru"));
    EXPECT_FALSE(backupDatabase(live, copy, [](qint64, qint64) { return false; }));
    EXPECT_FALSE(QFileInfo::exists(copy));
    EXPECT_FALSE(QFileInfo::exists(copy + QStringLiteral(".partial")));
}

// Run as a second process by Backup.ConsistentWhileAnotherProcessWrites: adds members
// in small transactions for a few seconds. Skips itself when run on its own.
TEST(BackupWriterHelper, WritesMembers)
{
    const QString path = qEnvironmentVariable("CUTRU_WRITER_DB");
    if (path.isEmpty())
        GTEST_SKIP() << "helper process of Backup.ConsistentWhileAnotherProcessWrites";
    bool ok = false;
    int seconds = qEnvironmentVariableIntValue("CUTRU_WRITER_SECONDS", &ok);
    if (!ok)
        seconds = 4;
    Database db = Database::open(path, Database::Create::MustExist, Database::IntegrityCheck::Skip);
    const qint64 cell = firstCell(db);
    ASSERT_GT(cell, 0);
    MemberRepository repo(db);
    QElapsedTimer timer;
    timer.start();
    int serial = 500000;
    bool announced = false;
    while (timer.elapsed() < seconds * 1000) {
        Transaction tx(db, QStringLiteral("writer"));
        for (int i = 0; i < 5; ++i) {
            Member m = extraMember(cell, ++serial);
            repo.insert(m);
        }
        tx.commit();
        if (!announced) {
            std::printf("CUTRU-WRITER-READY\n");
            std::fflush(stdout);
            announced = true;
        }
        QThread::msleep(3);
    }
    std::printf("CUTRU-WRITER-DONE %d\n", serial - 500000);
    std::fflush(stdout);
}

TEST(Backup, ConsistentWhileAnotherProcessWrites)
{
    CUTRU_SQLITE_ONLY("backups and restores of SQLite files (servers are backed up with pg_dump)");
    test::TempFolder dir;
    const QString live = test::smallDemoCopy(dir);
    settle(live);
    ASSERT_EQ(memberLogMismatch(live), 0);
    const qint64 initial = memberCount(live);

    QProcess writer;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CUTRU_WRITER_DB"), live);
    env.insert(QStringLiteral("CUTRU_WRITER_SECONDS"), QStringLiteral("5"));
    writer.setProcessEnvironment(env);
    writer.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    writer.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--gtest_filter=BackupWriterHelper.*")});
    ASSERT_TRUE(writer.waitForStarted(10000));
    struct Reaper {
        QProcess &p;
        ~Reaper()
        {
            if (p.state() != QProcess::NotRunning) {
                p.kill();
                p.waitForFinished(5000);
            }
        }
    } reaper{writer};

    QByteArray output;
    QElapsedTimer waiting;
    waiting.start();
    while (!output.contains("CUTRU-WRITER-READY") && waiting.elapsed() < 30000) {
        writer.waitForReadyRead(200);
        output += writer.readAllStandardOutput();
        ASSERT_NE(writer.state(), QProcess::NotRunning) << output.toStdString();
    }
    ASSERT_TRUE(output.contains("CUTRU-WRITER-READY")) << output.toStdString();

    auto writerRunning = [&writer] {
        writer.waitForFinished(0);
        return writer.state() != QProcess::NotRunning;
    };
    int whileWriting = 0;
    QSet<qint64> counts;
    for (int n = 0; n < 40 && (whileWriting < 4 || writerRunning()); ++n) {
        const QString copy = dir.file(QStringLiteral("during-%1.cutru").arg(n));
        // Slow steps, so that the writer commits while each backup is under way.
        ASSERT_TRUE(backupDatabase(live, copy, [](qint64, qint64) {
            QThread::msleep(15);
            return true;
        }));
        if (writerRunning())
            ++whileWriting;
        EXPECT_TRUE(Database::integrityProblems(copy).isEmpty()) << copy.toStdString();
        EXPECT_EQ(memberLogMismatch(copy), 0) << copy.toStdString();
        counts.insert(memberCount(copy));
        if (whileWriting >= 4 && !writerRunning())
            break;
    }
    EXPECT_GE(whileWriting, 4);
    EXPECT_GE(counts.size(), 2) << "the writer added nothing while backups were taken";

    if (writer.state() != QProcess::NotRunning) {
        ASSERT_TRUE(writer.waitForFinished(30000));
    }
    output += writer.readAllStandardOutput();
    EXPECT_EQ(writer.exitStatus(), QProcess::NormalExit);
    EXPECT_EQ(writer.exitCode(), 0) << output.toStdString();
    EXPECT_TRUE(output.contains("CUTRU-WRITER-DONE")) << output.toStdString();
    EXPECT_GT(memberCount(live), initial);
    EXPECT_EQ(memberLogMismatch(live), 0);
}

// ---- Restores ------------------------------------------------------------------------

class Restore : public ::testing::Test {
protected:
    void SetUp() override
    {
        CUTRU_SQLITE_ONLY("backups and restores of SQLite files (servers are backed up with pg_dump)");
        live_ = test::smallDemoCopy(dir_, QStringLiteral("live.cutru"));
        backup_ = dir_.file(QStringLiteral("good-backup.cutru"));
        ASSERT_TRUE(backupDatabase(live_, backup_));
        addMembers(live_, 3, 700000); // the live database moves on after the backup
        settle(live_);
        liveHash_ = test::fileHash(live_);
    }

    // The restore is refused with a message naming the backup; the database and its
    // folder are as they were.
    void expectRefused(const QString &from, const char *why)
    {
        SCOPED_TRACE(why);
        try {
            restoreDatabase(live_, from);
            ADD_FAILURE() << "restored from " << why;
        } catch (const StorageError &e) {
            EXPECT_TRUE(e.userMessage().contains(from)) << e.userMessage().toStdString();
            // Words for users, not SQLite's own error text.
            for (const char *raw : {"malformed", "sqlite_", "SQLITE_", "file is not a database", "unable to"})
                EXPECT_FALSE(e.userMessage().contains(QLatin1String(raw))) << e.userMessage().toStdString();
        }
        EXPECT_EQ(test::fileHash(live_), liveHash_);
        EXPECT_FALSE(QFileInfo::exists(live_ + QStringLiteral("-wal")));
        EXPECT_TRUE(safetyCopies(dir_, QStringLiteral("live.cutru")).isEmpty());
    }

    test::TempFolder dir_;
    QString live_;
    QString backup_;
    QByteArray liveHash_;
};

TEST_F(Restore, RefusesCorruptBackup)
{
    const QString corrupt = dir_.file(QStringLiteral("corrupt.cutru"));
    ASSERT_TRUE(QFile::copy(backup_, corrupt));
    test::damageCellPointers(corrupt, QStringLiteral("members"));
    expectRefused(corrupt, "a corrupt backup");

    const QString garbage = dir_.file(QStringLiteral("garbage.cutru"));
    ASSERT_TRUE(QFile::copy(backup_, garbage));
    test::garbagePage(garbage, QStringLiteral("organisations"));
    expectRefused(garbage, "a backup with a garbage page");
}

TEST_F(Restore, RefusesForeignSqliteFiles)
{
    const QString photos = dir_.file(QStringLiteral("photos.sqlite"));
    {
        Database other = Database::openRaw(photos);
        QSqlQuery(other.connection()).exec(QStringLiteral("CREATE TABLE photos (id INTEGER PRIMARY KEY, file TEXT)"));
    }
    expectRefused(photos, "another program's database");

    const QString tagged = dir_.file(QStringLiteral("tagged.sqlite"));
    {
        Database other = Database::openRaw(tagged);
        QSqlQuery q(other.connection());
        q.exec(QStringLiteral("PRAGMA application_id = 1234"));
        q.exec(QStringLiteral("CREATE TABLE members (id INTEGER PRIMARY KEY)"));
        q.exec(QStringLiteral("CREATE TABLE change_log (id INTEGER PRIMARY KEY)"));
        q.exec(QStringLiteral("PRAGMA user_version = 1"));
    }
    expectRefused(tagged, "a database with another program's application id");

    const QString blank = dir_.file(QStringLiteral("blank.sqlite"));
    {
        Database other = Database::openRaw(blank);
        QSqlQuery(other.connection()).exec(QStringLiteral("PRAGMA user_version = 2"));
    }
    expectRefused(blank, "an empty SQLite database");
}

TEST_F(Restore, RefusesTextAndEmptyFiles)
{
    const QString text = dir_.file(QStringLiteral("notes.cutru"));
    writeFile(text, "Danh sách đảng viên chi bộ thôn Đông — not a database at all.\n");
    expectRefused(text, "a text file");

    const QString empty = dir_.file(QStringLiteral("empty.cutru"));
    writeFile(empty, QByteArray());
    expectRefused(empty, "an empty file");

    const QString truncated = dir_.file(QStringLiteral("truncated.cutru"));
    {
        QFile f(backup_);
        ASSERT_TRUE(f.open(QIODevice::ReadOnly));
        writeFile(truncated, f.read(300));
    }
    expectRefused(truncated, "a backup cut short");

    expectRefused(dir_.file(QStringLiteral("missing.cutru")), "a missing file");
}

TEST_F(Restore, RefusesNewerSchema)
{
    const QString newer = dir_.file(QStringLiteral("newer.cutru"));
    ASSERT_TRUE(QFile::copy(backup_, newer));
    {
        Database db = Database::openRaw(newer, Database::Create::MustExist);
        QSqlQuery(db.connection())
            .exec(QStringLiteral("PRAGMA user_version = %1").arg(Database::latestSchemaVersion() + 1));
    }
    try {
        inspectBackup(newer);
        FAIL() << "a newer schema was accepted";
    } catch (const StorageError &e) {
        EXPECT_TRUE(e.userMessage().contains(QString::number(Database::latestSchemaVersion() + 1)))
            << e.userMessage().toStdString();
    }
    expectRefused(newer, "a backup of a newer schema");
}

TEST_F(Restore, RefusesTheDatabaseItself)
{
    expectRefused(live_, "the database itself");
}

TEST_F(Restore, BringsBackTheBackupAndKeepsASafetyCopy)
{
    const qint64 backedUp = memberCount(backup_);
    const qint64 current = memberCount(live_);
    ASSERT_EQ(current, backedUp + 3);

    qint64 lastDone = 0, lastTotal = 0;
    const RestoreResult r = restoreDatabase(live_, backup_, [&](qint64 done, qint64 total) {
        EXPECT_LE(done, total);
        lastDone = done;
        lastTotal = total;
        return true;
    });
    ASSERT_TRUE(r.completed);
    EXPECT_EQ(lastDone, lastTotal);
    EXPECT_EQ(r.restored.members, backedUp);
    EXPECT_EQ(memberCount(live_), backedUp);
    EXPECT_EQ(memberLogMismatch(live_), 0);
    {
        Database db = Database::open(live_, Database::Create::MustExist);
        EXPECT_EQ(db.schemaVersion(), Database::latestSchemaVersion());
        QSqlQuery q(db.connection());
        ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        EXPECT_EQ(q.value(0).toString(), QStringLiteral("wal"));
    }

    // The database as it was is kept beside it, named after it and the time.
    const QStringList copies = safetyCopies(dir_, QStringLiteral("live.cutru"));
    ASSERT_EQ(copies.size(), 1);
    EXPECT_EQ(dir_.file(copies.first()), r.safetyCopy);
    EXPECT_TRUE(QFileInfo(r.safetyCopy).fileName().contains(QRegularExpression(
        QStringLiteral("^live\\.before-restore-\\d{8}-\\d{6}\\.cutru$"))))
        << r.safetyCopy.toStdString();
    EXPECT_EQ(memberCount(r.safetyCopy), current);
    EXPECT_TRUE(Database::integrityProblems(r.safetyCopy).isEmpty());
}

TEST_F(Restore, OnlyTheBoardBacksUpAndRestoresAndTheRestoreIsLogged)
{
    const ActingUser auditor = test::userWithRole(QStringLiteral("kiemtra"), Role::Auditor,
                                                  Database::open(live_, Database::Create::MustExist), 1);
    const QString target = dir_.file(QStringLiteral("by-auditor.cutru"));
    EXPECT_THROW(BackupService(auditor).backUp(live_, target), AccessDenied);
    EXPECT_FALSE(QFileInfo::exists(target));
    try {
        BackupService(auditor).restore(live_, backup_);
        ADD_FAILURE() << "an auditor restored";
    } catch (const AccessDenied &e) {
        EXPECT_TRUE(e.userMessage().contains(label(Role::ProvincialBoard))) << e.userMessage().toStdString();
    }
    settle(live_);
    EXPECT_EQ(test::fileHash(live_), liveHash_);

    const RestoreResult r = BackupService(test::wholeDatabaseUser(QStringLiteral("bantochuc"))).restore(live_, backup_);
    ASSERT_TRUE(r.completed);
    Database db = Database::open(live_, Database::Create::MustExist);
    QSqlQuery q(db.connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT actor, new_values FROM change_log WHERE table_name = 'database_events' "
                                      "ORDER BY id DESC LIMIT 1")));
    ASSERT_TRUE(q.next()) << "the restore is in the restored file's log";
    EXPECT_EQ(q.value(0).toString(), QStringLiteral("bantochuc"));
    EXPECT_TRUE(q.value(1).toString().contains(QStringLiteral("restore")));
    EXPECT_TRUE(q.value(1).toString().contains(QFileInfo(backup_).fileName()));
}

TEST_F(Restore, CancelledRestoreChangesNothing)
{
    // Pages are counted over both copies: the safety copy's first, then the backup's.
    const qint64 livePages = QFileInfo(live_).size() / 4096;
    ASSERT_GT(livePages, 2 * 256);
    const std::function<bool(qint64)> stops[] = {
        [&](qint64 done) { return done < livePages / 2; }, // while the safety copy is written
        [&](qint64 done) { return done <= livePages; },     // while the backup is copied in
    };
    for (const auto &keepGoing : stops) {
        const RestoreResult r = restoreDatabase(live_, backup_, [&](qint64 done, qint64) { return keepGoing(done); });
        EXPECT_FALSE(r.completed);
        EXPECT_TRUE(r.safetyCopy.isEmpty());
        settle(live_);
        EXPECT_EQ(test::fileHash(live_), liveHash_);
        EXPECT_TRUE(safetyCopies(dir_, QStringLiteral("live.cutru")).isEmpty());
        EXPECT_EQ(memberCount(live_), memberCount(backup_) + 3);
    }
}

TEST_F(Restore, IntoAMissingFileCreatesIt)
{
    const QString fresh = dir_.file(QStringLiteral("recovered.cutru"));
    const RestoreResult r = restoreDatabase(fresh, backup_);
    EXPECT_TRUE(r.completed);
    EXPECT_TRUE(r.safetyCopy.isEmpty());
    EXPECT_EQ(memberCount(fresh), memberCount(backup_));
}

TEST_F(Restore, OverADamagedDatabase)
{
    test::garbagePage(live_, QStringLiteral("members"));
    const RestoreResult r = restoreDatabase(live_, backup_);
    EXPECT_TRUE(r.completed);
    EXPECT_FALSE(r.safetyCopy.isEmpty());
    EXPECT_TRUE(Database::integrityProblems(live_).isEmpty());
    EXPECT_EQ(memberCount(live_), memberCount(backup_));
}

TEST_F(Restore, OverAFileThatIsNoLongerADatabase)
{
    writeFile(live_, QByteArray(8192, 'x'));
    const RestoreResult r = restoreDatabase(live_, backup_);
    EXPECT_TRUE(r.completed);
    EXPECT_EQ(QFileInfo(r.safetyCopy).size(), 8192); // its bytes, kept as they were
    EXPECT_EQ(memberCount(live_), memberCount(backup_));
}

// ---- Automatic daily backups -------------------------------------------------------

// The short digest of a database's full path that its automatic backups carry.
QString tagOf(const QString &databasePath)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(QFileInfo(databasePath).absoluteFilePath().toUtf8(), QCryptographicHash::Sha1)
            .toHex()
            .left(8));
}

TEST(DailyBackup, NamesFollowTheDatabaseAndTheDay)
{
    const QString db = QStringLiteral("/data/Tỉnh ủy.cutru");
    const QString own = QStringLiteral("Tỉnh ủy-") + tagOf(db);
    EXPECT_EQ(BackupService::dailyBackupName(db, QDate(2025, 3, 9)), own + QStringLiteral("-2025-03-09.cutru"));
    EXPECT_EQ(BackupService::dailyBackupDay(db, own + QStringLiteral("-2025-03-09.cutru")), QDate(2025, 3, 9));
    for (const QString &other :
         {own + QStringLiteral("-2025-03-09.cutru.partial"), own + QStringLiteral("-2025-3-9.cutru"),
          QStringLiteral("Tỉnh ủy.cutru"), own + QStringLiteral("-copy.cutru"), own + QStringLiteral("-2025-02-30.cutru"),
          QStringLiteral("Khác-") + tagOf(db) + QStringLiteral("-2025-03-09.cutru"),
          own + QStringLiteral("-2025-03-09-2025-03-10.cutru"), QStringLiteral("x") + own + QStringLiteral("-2025-03-09.cutru"),
          QStringLiteral("Tỉnh ủy-2025-03-09.cutru")})
        EXPECT_FALSE(BackupService::dailyBackupDay(db, other).isValid()) << other.toStdString();
}

TEST(DailyBackup, SameFileNameInAnotherFolderIsAnotherDatabase)
{
    const QString a = QStringLiteral("/office/a/demo.cutru");
    const QString b = QStringLiteral("/office/b/demo.cutru");
    const QDate day(2025, 3, 9);
    EXPECT_NE(BackupService::dailyBackupName(a, day), BackupService::dailyBackupName(b, day));
    EXPECT_FALSE(BackupService::dailyBackupDay(b, BackupService::dailyBackupName(a, day)).isValid());
}

TEST(DailyBackup, WritesTodaysOnceAndPrunesOnlyItsOwnOldOnes)
{
    CUTRU_SQLITE_ONLY("backups and restores of SQLite files (servers are backed up with pg_dump)");
    test::TempFolder dir;
    const QString live = test::smallDemoCopy(dir, QStringLiteral("demo.cutru"));
    const QString folder = dir.file(QStringLiteral("backups"));
    ASSERT_TRUE(QDir().mkpath(folder));
    const QDir backups(folder);
    const QString own = QStringLiteral("demo-") + tagOf(live) + QLatin1Char('-');
    const QStringList kept{own + QStringLiteral("2025-03-08.cutru"), own + QStringLiteral("2025-03-13.cutru"),
                           own + QStringLiteral("2025-04-01.cutru"), // from the future: a clock once wrong
                           QStringLiteral("other-2025-01-01.cutru"), QStringLiteral("demo-manual.cutru"),
                           QStringLiteral("demo-2025-01-01.cutru"), // another folder's demo.cutru, or an old name
                           own + QStringLiteral("2025-01-01.cutru.partial"), QStringLiteral("demo.cutru")};
    const QStringList old{own + QStringLiteral("2025-03-07.cutru"), own + QStringLiteral("2024-12-31.cutru")};
    for (const QString &name : kept + old)
        writeFile(backups.filePath(name), name.toUtf8());

    const BackupService service(ActingUser::localAdministrator(QStringLiteral("test")));
    const QDate today(2025, 3, 14);
    const auto first = service.runDailyBackupIfDue(live, folder, 7, today);
    EXPECT_EQ(first.written, backups.filePath(own + QStringLiteral("2025-03-14.cutru")));
    EXPECT_TRUE(first.existing.isEmpty());
    EXPECT_EQ(inspectBackup(first.written).members, memberCount(live));
    QStringList removed = first.removed;
    removed.sort();
    QStringList expectedRemoved{backups.filePath(old[0]), backups.filePath(old[1])};
    expectedRemoved.sort();
    EXPECT_EQ(removed, expectedRemoved);
    for (const QString &name : kept)
        EXPECT_TRUE(backups.exists(name)) << name.toStdString();
    for (const QString &name : old)
        EXPECT_FALSE(backups.exists(name)) << name.toStdString();

    // Again the same day: nothing new, nothing more removed.
    const QByteArray todays = test::fileHash(first.written);
    const auto second = service.runDailyBackupIfDue(live, folder, 7, today);
    EXPECT_TRUE(second.written.isEmpty());
    EXPECT_EQ(second.existing, first.written);
    EXPECT_TRUE(second.removed.isEmpty());
    EXPECT_EQ(test::fileHash(first.written), todays);

    // The next day with a shorter retention.
    const auto third = service.runDailyBackupIfDue(live, folder, 1, today.addDays(1));
    EXPECT_EQ(third.written, backups.filePath(own + QStringLiteral("2025-03-15.cutru")));
    EXPECT_TRUE(backups.exists(own + QStringLiteral("2025-04-01.cutru")));
    EXPECT_FALSE(backups.exists(own + QStringLiteral("2025-03-14.cutru")));
    EXPECT_FALSE(backups.exists(own + QStringLiteral("2025-03-13.cutru")));
}

TEST(DailyBackup, CreatesItsFolder)
{
    CUTRU_SQLITE_ONLY("backups and restores of SQLite files (servers are backed up with pg_dump)");
    test::TempFolder dir;
    const QString live = test::smallDemoCopy(dir);
    const QString folder = dir.file(QStringLiteral("a/b/backups"));
    const auto r = BackupService(ActingUser::localAdministrator(QString()))
                       .runDailyBackupIfDue(live, folder, 14, QDate(2025, 1, 2));
    EXPECT_TRUE(QFileInfo::exists(r.written));
}

TEST(Backup, AServersDatabaseIsRefusedNamingPgDump)
{
    // On both engines: no server is reached, the URI alone says where the database is.
    test::TempFolder dir;
    const QString server = QStringLiteral("postgresql://cutru@db.example.org/province");
    const QString target = dir.file(QStringLiteral("copy.cutru"));
    const QString folder = dir.file(QStringLiteral("automatic"));
    auto refusal = [](const std::function<void()> &attempt) {
        try {
            attempt();
        } catch (const StorageError &e) {
            return e.userMessage();
        }
        return QString();
    };
    const QString backup = refusal([&] { backupDatabase(server, target); });
    EXPECT_TRUE(backup.contains(QStringLiteral("pg_dump")) && backup.contains(server)) << backup.toStdString();
    const QString restore = refusal([&] { restoreDatabase(server, target); });
    EXPECT_TRUE(restore.contains(QStringLiteral("pg_restore")) && restore.contains(server)) << restore.toStdString();

    const BackupService service(ActingUser::localAdministrator(QString()));
    EXPECT_TRUE(refusal([&] { service.backUp(server, target); }).contains(QStringLiteral("pg_dump")));
    EXPECT_TRUE(refusal([&] { service.restore(server, target); }).contains(QStringLiteral("pg_restore")));
    EXPECT_TRUE(refusal([&] { service.runDailyBackupIfDue(server, folder, 7, QDate(2025, 1, 2)); })
                    .contains(QStringLiteral("pg_dump")));
    EXPECT_FALSE(QFileInfo::exists(target));
    EXPECT_FALSE(QFileInfo::exists(target + QStringLiteral(".partial")));
    EXPECT_FALSE(QFileInfo::exists(folder)) << "nothing made for a server's automatic backups";
}
