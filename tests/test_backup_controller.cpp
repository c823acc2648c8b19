// The GUI's backup controller on a small generated province, driven through its
// non-interactive entry points (the actions only add the file dialogs and the
// confirmation): a backup on a worker thread that opens with the same members, a
// check and restore that close and reopen the database through the main window's
// callbacks, a refused restore, and the automatic daily backup and its settings.
#include "app/backup_controller.h"
#include "services/backup_service.h"
#include "storage/database.h"
#include "storage/member_repository.h"
#include "support/corruption.h"
#include "support/test_support.h"

#include <QAction>
#include <QCheckBox>
#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTest>
#include <QWidget>
#include <gtest/gtest.h>
#include <memory>
#include <optional>

using namespace cutru;

namespace {

qint64 memberCount(const QString &path)
{
    storage::Database db = storage::Database::open(path, storage::Database::Create::MustExist);
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM members")) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

void addMember(const QString &path, int serial)
{
    storage::Database db = storage::Database::open(path, storage::Database::Create::MustExist);
    QSqlQuery q(db.connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT id FROM organisations WHERE level = 'cell' LIMIT 1")) && q.next());
    Member m = test::validMember(QStringLiteral("Lê Văn Khôi Phục"), q.value(0).toLongLong(), serial);
    m.cccd = QStringLiteral("099%1").arg(serial, 9, 10, QLatin1Char('0'));
    q.finish();
    storage::Transaction tx(db, QStringLiteral("test"));
    storage::MemberRepository(db).insert(m);
    tx.commit();
}

class BackupControllerTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        QSettings().remove(QStringLiteral("backup"));
        path_ = test::smallDemoCopy(dir_);
        window_ = std::make_unique<QWidget>();
        controller_ = new BackupController(window_.get());
        controller_->setActingUser(test::wholeDatabaseUser(QStringLiteral("bantochuc")));
        // What the main window provides: its database's path, closing its connections,
        // and opening a file again.
        controller_->setDatabaseAccess([this] { return open_ ? path_ : QString(); },
                                       [this] {
                                           open_ = false;
                                           ++closes_;
                                       },
                                       [this](const QString &p) {
                                           reopened_ = p;
                                           open_ = true;
                                           return true;
                                       });
    }

    void TearDown() override
    {
        window_.reset(); // the controller with it, after its workers have finished
        QSettings().remove(QStringLiteral("backup"));
    }

    test::TempFolder dir_;
    QString path_;
    std::unique_ptr<QWidget> window_;
    BackupController *controller_ = nullptr;
    bool open_ = true;
    int closes_ = 0;
    QString reopened_;
};

} // namespace

TEST_F(BackupControllerTest, OffersThreeActions)
{
    for (QAction *a : {controller_->backupAction(), controller_->restoreAction(), controller_->autoBackupAction()}) {
        ASSERT_NE(a, nullptr);
        EXPECT_FALSE(a->text().isEmpty());
        EXPECT_TRUE(a->isEnabled());
    }
}

TEST_F(BackupControllerTest, BacksUpOnAWorkerThread)
{
    QSignalSpy finished(controller_, &BackupController::backupFinished);
    QSignalSpy busy(controller_, &BackupController::busyChanged);
    const QString target = dir_.file(QStringLiteral("copy.cutru"));
    controller_->backupTo(target);
    // The GUI thread is free while the copy is made.
    EXPECT_TRUE(controller_->isBusy());
    EXPECT_FALSE(controller_->backupAction()->isEnabled());
    ASSERT_TRUE(QTest::qWaitFor([&] { return finished.count() == 1; }, 30000));
    EXPECT_TRUE(finished.at(0).at(0).toBool()) << finished.at(0).at(1).toString().toStdString();
    EXPECT_EQ(finished.at(0).at(1).toString(), target);
    EXPECT_FALSE(controller_->isBusy());
    EXPECT_TRUE(controller_->backupAction()->isEnabled());
    EXPECT_EQ(busy.count(), 2);
    EXPECT_EQ(closes_, 0); // a backup needs nobody to close anything

    // The copy opens, with the same members.
    EXPECT_EQ(memberCount(target), memberCount(path_));
}

TEST_F(BackupControllerTest, WithoutTheBoardRoleNothingIsWritten)
{
    BackupController fresh(window_.get()); // nobody signed in: no rights at all
    fresh.setDatabaseAccess([this] { return path_; }, [] {}, [](const QString &) { return true; });
    const QString target = dir_.file(QStringLiteral("nobody.cutru"));
    QSignalSpy finished(&fresh, &BackupController::backupFinished);
    fresh.backupTo(target);
    ASSERT_TRUE(QTest::qWaitFor([&] { return finished.count() == 1; }, 30000));
    EXPECT_FALSE(finished.at(0).at(0).toBool());
    EXPECT_TRUE(finished.at(0).at(1).toString().contains(QStringLiteral("Provincial board")))
        << finished.at(0).at(1).toString().toStdString();
    EXPECT_FALSE(QFileInfo::exists(target));
}

TEST_F(BackupControllerTest, ABackupNeedsAnOpenDatabase)
{
    open_ = false;
    QSignalSpy finished(controller_, &BackupController::backupFinished);
    controller_->backupTo(dir_.file(QStringLiteral("copy.cutru")));
    ASSERT_EQ(finished.count(), 1);
    EXPECT_FALSE(finished.at(0).at(0).toBool());
    EXPECT_FALSE(QFileInfo::exists(dir_.file(QStringLiteral("copy.cutru"))));
}

TEST_F(BackupControllerTest, ChecksThenRestoresClosingAndReopeningTheDatabase)
{
    const QString backup = dir_.file(QStringLiteral("backup.cutru"));
    QSignalSpy backedUp(controller_, &BackupController::backupFinished);
    controller_->backupTo(backup);
    ASSERT_TRUE(QTest::qWaitFor([&] { return backedUp.count() == 1; }, 30000));
    const qint64 backedUpMembers = memberCount(path_);
    addMember(path_, 880001);
    ASSERT_EQ(memberCount(path_), backedUpMembers + 1);

    // What the confirmation shows.
    std::optional<storage::BackupInfo> info;
    QObject::connect(controller_, &BackupController::inspected, controller_,
            [&info](const QString &, const storage::BackupInfo &i) { info = i; });
    controller_->inspect(backup);
    ASSERT_TRUE(QTest::qWaitFor([&] { return info.has_value(); }, 30000));
    EXPECT_EQ(info->members, backedUpMembers);
    const QString shown = controller_->describe(*info);
    EXPECT_TRUE(shown.contains(QDir::toNativeSeparators(backup))) << shown.toStdString();
    EXPECT_TRUE(shown.contains(QLocale().toString(backedUpMembers))) << shown.toStdString();
    EXPECT_TRUE(shown.contains(info->newestChange.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm"))))
        << shown.toStdString();

    QSignalSpy restored(controller_, &BackupController::restoreFinished);
    controller_->restoreFrom(backup);
    EXPECT_EQ(closes_, 1); // closed before the worker starts
    EXPECT_FALSE(open_);
    ASSERT_TRUE(QTest::qWaitFor([&] { return restored.count() == 1; }, 30000));
    EXPECT_TRUE(restored.at(0).at(0).toBool()) << restored.at(0).at(1).toString().toStdString();
    EXPECT_TRUE(open_);
    EXPECT_EQ(reopened_, path_);
    EXPECT_EQ(memberCount(path_), backedUpMembers);
    // The message names the safety copy, which holds the member added after the backup.
    const QStringList copies =
        QDir(QFileInfo(path_).absolutePath()).entryList({QStringLiteral("demo.before-restore-*.cutru")});
    ASSERT_EQ(copies.size(), 1);
    EXPECT_TRUE(restored.at(0).at(1).toString().contains(copies.first())) << restored.at(0).at(1).toString().toStdString();
    EXPECT_EQ(memberCount(QDir(QFileInfo(path_).absolutePath()).filePath(copies.first())), backedUpMembers + 1);
}

TEST_F(BackupControllerTest, RefusesAForeignFileAndReopensTheUntouchedDatabase)
{
    const QString text = dir_.file(QStringLiteral("notes.cutru"));
    {
        QFile f(text);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("Biên bản họp chi bộ — just text.\n");
    }
    QSignalSpy failed(controller_, &BackupController::inspectionFailed);
    controller_->inspect(text);
    ASSERT_TRUE(QTest::qWaitFor([&] { return failed.count() == 1; }, 30000));
    EXPECT_TRUE(failed.at(0).at(1).toString().contains(text));

    memberCount(path_); // folds the WAL into the file, so that the file alone can be compared
    const QByteArray before = test::fileHash(path_);
    QSignalSpy restored(controller_, &BackupController::restoreFinished);
    controller_->restoreFrom(text);
    ASSERT_TRUE(QTest::qWaitFor([&] { return restored.count() == 1; }, 30000));
    EXPECT_FALSE(restored.at(0).at(0).toBool());
    EXPECT_TRUE(restored.at(0).at(1).toString().contains(text)) << restored.at(0).at(1).toString().toStdString();
    EXPECT_TRUE(open_);
    EXPECT_EQ(reopened_, path_);
    EXPECT_EQ(test::fileHash(path_), before);
}

TEST_F(BackupControllerTest, DailyBackupFollowsTheSettings)
{
    AutoBackupSettings settings;
    settings.enabled = true;
    settings.folder = dir_.file(QStringLiteral("daily"));
    settings.keepDays = 3;
    settings.save();

    QSignalSpy done(controller_, &BackupController::dailyBackupFinished);
    QSignalSpy messages(controller_, &BackupController::message);
    controller_->runDailyBackupIfDue();
    ASSERT_TRUE(QTest::qWaitFor([&] { return done.count() == 1; }, 30000));
    const QString expected =
        QDir(settings.folder).filePath(BackupService::dailyBackupName(path_, QDate::currentDate()));
    EXPECT_TRUE(QFileInfo(expected).fileName().startsWith(QStringLiteral("demo-")));
    EXPECT_TRUE(QFileInfo(expected).fileName().endsWith(QDate::currentDate().toString(Qt::ISODate) + QStringLiteral(".cutru")));
    EXPECT_TRUE(done.at(0).at(0).toBool()) << done.at(0).at(1).toString().toStdString();
    EXPECT_EQ(done.at(0).at(1).toString(), expected);
    EXPECT_TRUE(QFileInfo::exists(expected));
    ASSERT_EQ(messages.count(), 1); // for the status bar
    EXPECT_EQ(memberCount(expected), memberCount(path_));

    // Once a day: the second call finds today's backup and says nothing.
    controller_->runDailyBackupIfDue();
    ASSERT_TRUE(QTest::qWaitFor([&] { return done.count() == 2; }, 30000));
    EXPECT_EQ(done.at(1).at(1).toString(), expected);
    EXPECT_EQ(messages.count(), 1);

    // Switched off: nothing at all.
    settings.enabled = false;
    settings.save();
    QFile::remove(expected);
    controller_->runDailyBackupIfDue();
    ASSERT_EQ(done.count(), 3);
    EXPECT_TRUE(done.at(2).at(1).toString().isEmpty());
    EXPECT_FALSE(QFileInfo::exists(expected));
}

TEST_F(BackupControllerTest, AutomaticBackupSettingsAndTheirDialog)
{
    const AutoBackupSettings defaults = AutoBackupSettings::load();
    EXPECT_TRUE(defaults.enabled);
    EXPECT_EQ(defaults.keepDays, 14);
    EXPECT_TRUE(defaults.folder.endsWith(QStringLiteral("/backups"))) << defaults.folder.toStdString();

    AutoBackupDialog dialog(defaults, window_.get());
    EXPECT_TRUE(dialog.enabledBox()->isChecked());
    EXPECT_EQ(dialog.folderEdit()->text(), defaults.folder);
    EXPECT_EQ(dialog.keepDaysBox()->minimum(), 1);
    EXPECT_EQ(dialog.keepDaysBox()->maximum(), 365);
    EXPECT_EQ(dialog.keepDaysBox()->value(), 14);

    dialog.folderEdit()->setText(dir_.file(QStringLiteral("elsewhere")));
    dialog.keepDaysBox()->setValue(30);
    dialog.enabledBox()->setChecked(false);
    EXPECT_FALSE(dialog.folderEdit()->isEnabled());
    const AutoBackupSettings edited = dialog.settings();
    EXPECT_FALSE(edited.enabled);
    EXPECT_EQ(edited.folder, dir_.file(QStringLiteral("elsewhere")));
    EXPECT_EQ(edited.keepDays, 30);

    edited.save();
    const AutoBackupSettings stored = AutoBackupSettings::load();
    EXPECT_FALSE(stored.enabled);
    EXPECT_EQ(stored.folder, edited.folder);
    EXPECT_EQ(stored.keepDays, 30);
    EXPECT_FALSE(QSettings().value(QStringLiteral("backup/auto")).toBool());
    EXPECT_EQ(QSettings().value(QStringLiteral("backup/keepDays")).toInt(), 30);
}
