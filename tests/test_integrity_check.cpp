// Opening a damaged database: refused with a message naming the file and telling
// the user to restore a backup, and the file left byte for byte as it was.
#include "storage/database.h"
#include "support/corruption.h"
#include "support/test_support.h"

#include <QFileInfo>
#include <QSqlQuery>
#include <gtest/gtest.h>

using namespace cutru;
using namespace cutru::storage;

namespace {

void expectRefusedAsDamaged(const QString &path)
{
    const QByteArray before = test::fileHash(path);
    try {
        Database::open(path, Database::Create::MustExist);
        FAIL() << "a damaged file was opened";
    } catch (const StorageError &e) {
        EXPECT_TRUE(e.userMessage().contains(path)) << e.userMessage().toStdString();
        EXPECT_TRUE(e.userMessage().contains(QStringLiteral("damaged"))) << e.userMessage().toStdString();
        EXPECT_TRUE(e.userMessage().contains(QStringLiteral("backup"))) << e.userMessage().toStdString();
        EXPECT_FALSE(e.userMessage().contains(QStringLiteral("SQL"))) << e.userMessage().toStdString();
        EXPECT_FALSE(e.detail().isEmpty());
        EXPECT_LE(e.detail().count(QLatin1Char('\n')), 9); // the first lines only
    }
    EXPECT_EQ(test::fileHash(path), before);
    EXPECT_FALSE(QFileInfo::exists(path + QStringLiteral("-journal")));
}

} // namespace

TEST(IntegrityCheck, SoundFileHasNoProblems)
{
    CUTRU_SQLITE_ONLY("PRAGMA integrity_check of a file");
    test::TempFolder dir;
    const QString path = test::smallDemoCopy(dir);
    EXPECT_TRUE(Database::integrityProblems(path).isEmpty());
    Database db = Database::open(path, Database::Create::MustExist);
    EXPECT_EQ(db.schemaVersion(), Database::latestSchemaVersion());
}

TEST(IntegrityCheck, DamagedCellPointersAreRefusedUnchanged)
{
    CUTRU_SQLITE_ONLY("a damaged SQLite file");
    test::TempFolder dir;
    const QString path = test::smallDemoCopy(dir);
    test::damageCellPointers(path, QStringLiteral("members"));
    EXPECT_FALSE(Database::integrityProblems(path).isEmpty());
    expectRefusedAsDamaged(path);
}

TEST(IntegrityCheck, GarbagePageIsRefusedUnchanged)
{
    CUTRU_SQLITE_ONLY("a damaged SQLite file");
    test::TempFolder dir;
    const QString path = test::smallDemoCopy(dir);
    test::garbagePage(path, QStringLiteral("organisations"));
    expectRefusedAsDamaged(path);
    // Also when asked twice: nothing was written the first time.
    expectRefusedAsDamaged(path);
}

TEST(IntegrityCheck, SkippedOnRequest)
{
    CUTRU_SQLITE_ONLY("PRAGMA integrity_check of a file");
    test::TempFolder dir;
    const QString path = test::smallDemoCopy(dir);
    Database db = Database::open(path, Database::Create::MustExist, Database::IntegrityCheck::Skip);
    EXPECT_EQ(db.schemaVersion(), Database::latestSchemaVersion());
}

TEST(IntegrityCheck, CanBeCancelled)
{
    CUTRU_SQLITE_ONLY("PRAGMA integrity_check of a file");
    test::TempFolder dir;
    const QString path = test::smallDemoCopy(dir);
    int polls = 0;
    EXPECT_THROW(Database::integrityProblems(path, [&polls] { return ++polls < 2; }), OperationCancelled);
    EXPECT_GE(polls, 2);
    EXPECT_TRUE(Database::integrityProblems(path, [] { return true; }).isEmpty());
}

TEST(IntegrityCheck, NewAndEmptyFilesNeedNoCheck)
{
    CUTRU_SQLITE_ONLY("new and empty SQLite files");
    test::TempFolder dir;
    const QString fresh = dir.file(QStringLiteral("fresh.cutru"));
    Database::open(fresh, Database::Create::MustNotExist);
    const QString empty = dir.file(QStringLiteral("empty.cutru"));
    {
        QFile f(empty);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    }
    Database db = Database::open(empty, Database::Create::MustExist);
    EXPECT_EQ(db.schemaVersion(), Database::latestSchemaVersion());
}
