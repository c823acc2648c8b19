// The import wizard and the export dialog driven like a user would, through the main
// window's File menu on the small demo province with its demo accounts: a member file
// (semicolons, UTF-8 with a BOM, Vietnamese headers) is read and shown raw, re-read when
// the delimiter or encoding changes; the guessed mapping is checked combo by combo, one
// column is mapped by hand, the mapping is saved and reapplied; the preview counts valid,
// invalid, duplicate and repeated rows (hand-counted), lists the bad date with its row and
// column, and writes the rejected rows with their "error" column; the import adds exactly
// the valid rows (plain SQL on the file) and the tree's counts follow. The fixture
// workbook offers its sheets, and after Back and a changed mapping imports with its Excel
// dates and restored CCCD. Cancelling the import leaves the database as it was; a bad file
// says so and goes no further; an organisation file adds a cell that the tree then shows;
// the menu follows the account's roles; the export dialog writes CSV with the importers'
// header, and XLSX.
#include "app/export_dialog.h"
#include "app/import_wizard.h"
#include "app/language.h"
#include "app/main_window.h"
#include "app/organisation_tree_model.h"
#include "services/account_service.h"
#include "services/demo_province.h"
#include "support/test_support.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QProgressDialog>
#include <QPushButton>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTableWidget>
#include <QTest>
#include <QUuid>
#include <gtest/gtest.h>
#include <memory>

namespace {

using namespace cutru;

void click(QWidget *w)
{
    ASSERT_TRUE(w != nullptr);
    ASSERT_TRUE(w->isEnabled()) << w->objectName().toStdString();
    QTest::mouseClick(w, Qt::LeftButton);
}

// Plain SQL on the file, beside the code under test.
class PlainSql {
public:
    explicit PlainSql(const QString &path) : name_(QUuid::createUuid().toString())
    {
        QSqlDatabase d = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name_);
        d.setDatabaseName(path);
        d.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        EXPECT_TRUE(d.open());
    }
    ~PlainSql()
    {
        QSqlDatabase::database(name_).close();
        QSqlDatabase::removeDatabase(name_);
    }
    QVariant value(const QString &statement, const QVariantList &values = {}) const
    {
        QSqlQuery q(QSqlDatabase::database(name_));
        EXPECT_TRUE(q.prepare(statement)) << statement.toStdString();
        for (const QVariant &v : values)
            q.addBindValue(v);
        EXPECT_TRUE(q.exec()) << statement.toStdString();
        return q.next() ? q.value(0) : QVariant();
    }
    QVariantList row(const QString &statement, const QVariantList &values = {}) const
    {
        QSqlQuery q(QSqlDatabase::database(name_));
        EXPECT_TRUE(q.prepare(statement)) << statement.toStdString();
        for (const QVariant &v : values)
            q.addBindValue(v);
        EXPECT_TRUE(q.exec()) << statement.toStdString();
        QVariantList out;
        if (q.next())
            for (int i = 0; i < q.record().count(); ++i)
                out << q.value(i);
        return out;
    }
    int count(const QString &statement, const QVariantList &values = {}) const
    {
        return value(statement, values).toInt();
    }

private:
    QString name_;
};

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

QStringList readLines(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QString text = QString::fromUtf8(f.readAll());
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    QStringList lines = text.split(QLatin1Char('\n'));
    while (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

const char *const kCell = "TB.D01.C001.K001";
const QString kHeader = QStringLiteral(
    "STT;Họ và tên;Giới tính;Ngày sinh;Số CCCD;Số thẻ đảng viên;Ngày vào Đảng;Ngày chính thức;Mã CB");

class ImportWizardTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        language::apply(QStringLiteral("en"));
        path = test::smallDemoCopy(dir);
    }
    void TearDown() override { window.reset(); }

    void openAs(const QString &username)
    {
        window = std::make_unique<MainWindow>();
        window->setAuthenticator([username](storage::Database &d) -> std::optional<ActingUser> {
            const SignInResult r = AccountService(d).signIn(username, demoPassword());
            return r.ok() ? std::optional<ActingUser>(r.user) : std::nullopt;
        });
        QString error;
        ASSERT_TRUE(window->openDatabase(path, &error)) << error.toStdString();
        window->resize(1300, 850);
        window->show();
    }

    // File → Import …: the wizard the action opened, with file and name choosers that
    // answer at once.
    ImportWizard *openWizard(QAction *action)
    {
        EXPECT_TRUE(action->isEnabled());
        action->trigger();
        auto *wizard = window->findChild<ImportWizard *>();
        EXPECT_TRUE(wizard != nullptr);
        if (!wizard)
            return nullptr;
        EXPECT_TRUE(wizard->isVisible());
        EXPECT_EQ(wizard->windowModality(), Qt::WindowModal);
        wizard->setSaveFileChooser([this](QWidget *, const QString &, const QString &suggested, const QString &) {
            suggestedSaves << suggested;
            return saveAnswer;
        });
        wizard->setNameAsker([this](QWidget *, const QString &, const QString &, const QString &) { return nameAnswer; });
        return wizard;
    }

    static void readFile(ImportWizard *wizard, const QString &file)
    {
        wizard->filePage()->setFilePath(file);
        ASSERT_TRUE(QTest::qWaitFor([&] { return !wizard->filePage()->isReading() && wizard->sheet(); }, 20000));
    }

    static void next(ImportWizard *wizard)
    {
        click(wizard->button(QWizard::NextButton));
    }

    static void waitForPreview(ImportWizard *wizard)
    {
        ASSERT_TRUE(QTest::qWaitFor(
            [&] { return wizard->previewPage()->hasReport() && !wizard->previewPage()->isAnalysing(); }, 30000))
            << "the preview did not finish";
    }

    static void waitForImport(ImportWizard *wizard)
    {
        ASSERT_TRUE(QTest::qWaitFor(
            [&] { return wizard->resultPage()->hasReport() && !wizard->resultPage()->isImporting(); }, 60000))
            << "the import did not finish";
    }

    static QString count(ImportWizard *wizard, const char *name)
    {
        QLabel *label = wizard->previewPage()->countLabel(QString::fromLatin1(name));
        return label ? label->text() : QStringLiteral("(no label)");
    }

    // A stored member of the demo, as a row of the test file (its CCCD makes it a duplicate).
    QString storedMemberRow() const
    {
        PlainSql sql(path);
        const QVariantList m = sql.row(QStringLiteral(
            "SELECT m.full_name, m.gender, m.birth_date, m.cccd, coalesce(m.party_card_no, ''), m.admission_date, "
            "coalesce(m.official_date, ''), o.code FROM members m JOIN organisations o ON o.id = m.cell_id "
            "ORDER BY m.id LIMIT 1"));
        EXPECT_EQ(m.size(), 8);
        if (m.size() != 8)
            return {};
        const auto date = [](const QVariant &iso) {
            const QDate d = QDate::fromString(iso.toString(), Qt::ISODate);
            return d.isValid() ? d.toString(QStringLiteral("dd/MM/yyyy")) : QString();
        };
        return QStringList{QStringLiteral("4"), m[0].toString(),
                           m[1].toString() == QLatin1String("F") ? QStringLiteral("Nữ") : QStringLiteral("Nam"),
                           date(m[2]), m[3].toString(), m[4].toString(), date(m[5]), date(m[6]), m[7].toString()}
            .join(QLatin1Char(';'));
    }

    // Five rows, counted by hand: two new members, a bad date of birth (line 4), a
    // stored member (duplicate), the first row's CCCD again (repeated).
    QString writeMemberFile()
    {
        const QString file = dir.file(QStringLiteral("dang-vien.csv"));
        const QStringList lines = {
            kHeader,
            QStringLiteral("1;Nguyễn Văn Thử;Nam;12/04/1975;034075900001;3401990001;19/05/2000;19/05/2001;%1")
                .arg(QLatin1String(kCell)),
            QStringLiteral("2;Trần Thị Mẫu;Nữ;3/8/1980;034180900002;;2005-06-01;;%1").arg(QLatin1String(kCell)),
            QStringLiteral("3;Lê Văn Sai;Nam;31/02/1980;034080900003;;19/05/2005;;%1").arg(QLatin1String(kCell)),
            storedMemberRow(),
            QStringLiteral("5;Phạm Văn Lặp;Nam;12/04/1975;034075900001;;19/05/2000;;%1").arg(QLatin1String(kCell)),
        };
        writeFile(file, QByteArray("\xEF\xBB\xBF") + lines.join(QStringLiteral("\r\n")).toUtf8() + "\r\n");
        return file;
    }

    test::TempFolder dir;
    QString path;
    std::unique_ptr<MainWindow> window;
    QString saveAnswer;
    QString nameAnswer;
    QStringList suggestedSaves;
};

TEST_F(ImportWizardTest, MembersFromCsvThroughMappingPreviewAndImport)
{
    openAs(QStringLiteral("admin"));
    const QString file = writeMemberFile();
    PlainSql sql(path);
    const int membersBefore = sql.count(QStringLiteral("SELECT count(*) FROM members"));
    const qint64 root = window->organisationModel()->tree().roots().value(0);
    const int treeCountBefore = window->organisationModel()->tree().memberCount(root);

    ImportWizard *wizard = openWizard(window->importMembersAction());
    ASSERT_TRUE(wizard);
    EXPECT_EQ(wizard->windowTitle(), QStringLiteral("Import members"));
    EXPECT_EQ(wizard->currentId(), ImportWizard::FilePage);
    EXPECT_FALSE(wizard->button(QWizard::NextButton)->isEnabled()); // no file yet

    // 1. The file, read as it is: semicolons and UTF-8 detected; the first rows shown raw.
    readFile(wizard, file);
    ImportFilePage *filePage = wizard->filePage();
    ASSERT_TRUE(wizard->sheet()->ok()) << wizard->sheet()->error.toStdString();
    EXPECT_TRUE(filePage->messageLabel()->text().contains(QStringLiteral("semicolons")))
        << filePage->messageLabel()->text().toStdString();
    QTableWidget *raw = filePage->rawTable();
    EXPECT_EQ(raw->rowCount(), 5);
    EXPECT_EQ(raw->columnCount(), 9);
    EXPECT_EQ(raw->horizontalHeaderItem(1)->text(), QStringLiteral("Họ và tên"));
    EXPECT_EQ(raw->item(0, 1)->text(), QStringLiteral("Nguyễn Văn Thử"));
    EXPECT_EQ(raw->verticalHeaderItem(0)->text(), QStringLiteral("2")); // line 2 of the file
    EXPECT_FALSE(filePage->sheetCombo()->isEnabled()); // CSV: no sheets

    // Other options: the preview follows. Commas: each line is one cell.
    const auto reread = [&] {
        return QTest::qWaitFor([&] { return !filePage->isReading() && wizard->sheet(); }, 20000);
    };
    filePage->delimiterCombo()->setCurrentIndex(filePage->delimiterCombo()->findData(QStringLiteral(",")));
    ASSERT_TRUE(reread());
    ASSERT_TRUE(wizard->sheet()->ok()) << wizard->sheet()->error.toStdString();
    EXPECT_EQ(raw->columnCount(), 1);
    EXPECT_EQ(raw->horizontalHeaderItem(0)->text(), kHeader);
    filePage->delimiterCombo()->setCurrentIndex(0); // detect
    // UTF-8 text read as Windows-1258 holds bytes that code page lacks (Đ is C4 90): refused, said.
    filePage->encodingCombo()->setCurrentIndex(
        filePage->encodingCombo()->findData(int(tabular::Encoding::Windows1258)));
    ASSERT_TRUE(reread());
    EXPECT_FALSE(wizard->sheet()->ok());
    EXPECT_EQ(filePage->messageLabel()->text(), wizard->sheet()->error);
    EXPECT_EQ(raw->rowCount(), 0);
    EXPECT_FALSE(wizard->button(QWizard::NextButton)->isEnabled());
    filePage->encodingCombo()->setCurrentIndex(filePage->encodingCombo()->findData(int(tabular::Encoding::Auto)));
    ASSERT_TRUE(reread());
    ASSERT_TRUE(wizard->sheet()->ok());
    EXPECT_EQ(raw->columnCount(), 9);
    EXPECT_EQ(raw->item(0, 1)->text(), QStringLiteral("Nguyễn Văn Thử"));
    EXPECT_TRUE(wizard->button(QWizard::NextButton)->isEnabled());
    next(wizard);

    // 2. The mapping as guessed from the Vietnamese headers; the cell column by hand.
    ASSERT_EQ(wizard->currentId(), ImportWizard::MappingPage);
    ImportMappingPage *mapping = wizard->mappingPage();
    ASSERT_EQ(mapping->columnCount(), 9);
    const QStringList guessed = {QString(),           QStringLiteral("full_name"),     QStringLiteral("gender"),
                                 QStringLiteral("birth_date"), QStringLiteral("cccd"), QStringLiteral("party_card_no"),
                                 QStringLiteral("admission_date"), QStringLiteral("official_date"), QString()};
    for (int c = 0; c < guessed.size(); ++c)
        EXPECT_EQ(mapping->fieldCombo(c)->currentData().toString(), guessed.at(c)) << "column " << c;
    // No cell yet: the page says so and Next waits.
    EXPECT_FALSE(mapping->problemsLabel()->isHidden());
    EXPECT_FALSE(mapping->problemsLabel()->text().isEmpty());
    EXPECT_FALSE(wizard->button(QWizard::NextButton)->isEnabled());
    QComboBox *cellCombo = mapping->fieldCombo(8);
    cellCombo->setCurrentIndex(cellCombo->findData(QStringLiteral("cell_code")));
    EXPECT_TRUE(mapping->problemsLabel()->isHidden()) << mapping->problemsLabel()->text().toStdString();
    EXPECT_TRUE(wizard->button(QWizard::NextButton)->isEnabled());

    // Saved by name, and applied again after a change.
    nameAnswer = QStringLiteral("Danh sách xã");
    click(mapping->saveMappingButton());
    EXPECT_GE(mapping->savedMappingsCombo()->findData(nameAnswer), 1) << mapping->messageLabel()->text().toStdString();
    EXPECT_EQ(mapping->savedMappingsCombo()->currentData().toString(), nameAnswer);
    cellCombo->setCurrentIndex(0); // ignore
    EXPECT_FALSE(wizard->button(QWizard::NextButton)->isEnabled());
    ASSERT_TRUE(mapping->applySavedMapping(nameAnswer));
    EXPECT_EQ(mapping->fieldCombo(8)->currentData().toString(), QStringLiteral("cell_code"));
    EXPECT_EQ(mapping->fieldCombo(1)->currentData().toString(), QStringLiteral("full_name"));
    EXPECT_TRUE(wizard->button(QWizard::NextButton)->isEnabled());
    next(wizard);

    // 3. The preview, counted by hand.
    ASSERT_EQ(wizard->currentId(), ImportWizard::PreviewPage);
    waitForPreview(wizard);
    ImportPreviewPage *preview = wizard->previewPage();
    ASSERT_TRUE(preview->report().outcome.ok()) << outcomeText(preview->report().outcome).toStdString();
    EXPECT_EQ(count(wizard, "total"), QStringLiteral("5"));
    EXPECT_EQ(count(wizard, "valid"), QStringLiteral("2"));
    EXPECT_EQ(count(wizard, "invalid"), QStringLiteral("1"));
    EXPECT_EQ(count(wizard, "duplicates"), QStringLiteral("1"));
    EXPECT_EQ(count(wizard, "repeated"), QStringLiteral("1"));
    EXPECT_EQ(count(wizard, "possible"), QStringLiteral("0"));
    // The bad date: line 4, column "Ngày sinh".
    QTableWidget *problems = preview->problemsTable();
    bool badDateListed = false;
    for (int r = 0; r < problems->rowCount(); ++r)
        badDateListed = badDateListed
                        || (problems->item(r, 0)->text() == QStringLiteral("4")
                            && problems->item(r, 1)->text() == QStringLiteral("Ngày sinh"));
    EXPECT_TRUE(badDateListed);
    EXPECT_EQ(preview->modeCombo()->currentData().toString(), QStringLiteral("skip"));
    EXPECT_FALSE(preview->modeExplanation()->text().isEmpty());

    // The rejected rows, as the file had them, with their problems.
    saveAnswer = dir.file(QStringLiteral("rejected.csv"));
    click(preview->saveRejectedButton());
    ASSERT_EQ(suggestedSaves.size(), 1);
    EXPECT_TRUE(suggestedSaves.first().endsWith(QStringLiteral("dang-vien-rejected.csv")))
        << suggestedSaves.first().toStdString();
    const QStringList rejected = readLines(saveAnswer);
    ASSERT_EQ(rejected.size(), 3); // header + the bad date + the repeated row
    EXPECT_TRUE(rejected.at(0).endsWith(QStringLiteral(",error"))) << rejected.at(0).toStdString();
    EXPECT_TRUE(rejected.at(0).startsWith(QStringLiteral("STT,Họ và tên,"))) << rejected.at(0).toStdString();
    EXPECT_TRUE(rejected.at(1).contains(QStringLiteral("31/02/1980"))) << rejected.at(1).toStdString();
    EXPECT_TRUE(rejected.at(2).contains(QStringLiteral("Phạm Văn Lặp"))) << rejected.at(2).toStdString();

    // Another mode is checked again.
    preview->modeCombo()->setCurrentIndex(preview->modeCombo()->findData(QStringLiteral("fill")));
    waitForPreview(wizard);
    EXPECT_EQ(count(wizard, "duplicates"), QStringLiteral("1"));
    preview->modeCombo()->setCurrentIndex(preview->modeCombo()->findData(QStringLiteral("skip")));
    waitForPreview(wizard);
    EXPECT_EQ(sql.count(QStringLiteral("SELECT count(*) FROM members")), membersBefore); // nothing written yet

    // 4. The import.
    QAbstractButton *import = wizard->button(QWizard::CommitButton);
    ASSERT_TRUE(import->isVisible());
    EXPECT_EQ(import->text(), QStringLiteral("&Import"));
    click(import);
    ASSERT_EQ(wizard->currentId(), ImportWizard::ResultPage);
    waitForImport(wizard);
    const ImportReport &done = wizard->resultPage()->report();
    ASSERT_TRUE(done.outcome.ok()) << outcomeText(done.outcome).toStdString();
    EXPECT_TRUE(done.written);
    EXPECT_EQ(done.inserted, 2);
    EXPECT_EQ(done.skipped, 1);
    EXPECT_EQ(done.updated, 0);
    EXPECT_TRUE(wizard->resultPage()->summaryLabel()->text().contains(QStringLiteral("Added: 2")))
        << wizard->resultPage()->summaryLabel()->text().toStdString();

    EXPECT_EQ(sql.count(QStringLiteral("SELECT count(*) FROM members")), membersBefore + 2);
    const QVariantList added = sql.row(
        QStringLiteral("SELECT m.full_name, m.gender, m.birth_date, m.party_card_no, m.admission_date, o.code "
                       "FROM members m JOIN organisations o ON o.id = m.cell_id WHERE m.cccd = '034075900001'"));
    ASSERT_EQ(added.size(), 6);
    EXPECT_EQ(added[0].toString(), QStringLiteral("Nguyễn Văn Thử"));
    EXPECT_EQ(added[1].toString(), QStringLiteral("M"));
    EXPECT_EQ(added[2].toString(), QStringLiteral("1975-04-12"));
    EXPECT_EQ(added[3].toString(), QStringLiteral("3401990001"));
    EXPECT_EQ(added[4].toString(), QStringLiteral("2000-05-19"));
    EXPECT_EQ(added[5].toString(), QString::fromLatin1(kCell));
    EXPECT_EQ(sql.value(QStringLiteral("SELECT birth_date FROM members WHERE cccd = '034180900002'")).toString(),
              QStringLiteral("1980-08-03"));
    EXPECT_EQ(sql.count(QStringLiteral("SELECT count(*) FROM members WHERE cccd = '034080900003'")), 0);
    // In the admin's name in the change log.
    EXPECT_EQ(sql.count(QStringLiteral("SELECT count(*) FROM change_log WHERE table_name = 'members' AND "
                                       "action = 'insert' AND actor = 'admin' AND new_values LIKE '%034075900001%'")),
              1);

    // The window follows: the tree's counts include the new members.
    const qint64 rootAfter = window->organisationModel()->tree().roots().value(0);
    EXPECT_EQ(window->organisationModel()->tree().memberCount(rootAfter), treeCountBefore + 2);

    click(wizard->button(QWizard::FinishButton));
    ASSERT_TRUE(QTest::qWaitFor([&] { return window->findChild<ImportWizard *>() == nullptr; }, 5000));
}

// The fixture workbook (tests/fixtures/import/README.md): two sheets, dates as Excel
// serial numbers, the first CCCD stored as a number that lost its leading zero, villages
// that are not cells of the demo.
TEST_F(ImportWizardTest, WorkbookWithSheetsThroughBackAndAgain)
{
    openAs(QStringLiteral("vanphong.xa"));
    ImportWizard *wizard = openWizard(window->importMembersAction());
    ASSERT_TRUE(wizard);
    readFile(wizard, QStringLiteral(CUTRU_IMPORT_FIXTURES "/members.xlsx"));
    ImportFilePage *filePage = wizard->filePage();
    ASSERT_TRUE(wizard->sheet()->ok()) << wizard->sheet()->error.toStdString();
    EXPECT_FALSE(filePage->encodingCombo()->isEnabled());
    EXPECT_FALSE(filePage->delimiterCombo()->isEnabled());
    QComboBox *sheets = filePage->sheetCombo();
    EXPECT_TRUE(sheets->isEnabled());
    ASSERT_EQ(sheets->count(), 2);
    EXPECT_EQ(sheets->itemText(0), QStringLiteral("Đảng viên"));
    EXPECT_EQ(sheets->currentText(), QStringLiteral("Đảng viên"));
    EXPECT_EQ(filePage->rawTable()->rowCount(), 5);
    const int cccdColumn = int(wizard->sheet()->header.indexOf(QStringLiteral("Số CCCD")));
    ASSERT_GE(cccdColumn, 0);
    EXPECT_EQ(filePage->rawTable()->item(0, cccdColumn)->text(), QStringLiteral("34068001234")); // as stored

    // The other sheet, and back.
    sheets->setCurrentIndex(1);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !filePage->isReading() && wizard->sheet(); }, 20000));
    EXPECT_EQ(wizard->sheet()->sheetName, QStringLiteral("Chi bộ"));
    EXPECT_EQ(filePage->rawTable()->rowCount(), 2);
    sheets->setCurrentIndex(0);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !filePage->isReading() && wizard->sheet(); }, 20000));
    EXPECT_EQ(wizard->sheet()->sheetName, QStringLiteral("Đảng viên"));
    next(wizard);

    // Every column guessed, the villages too: they match no cell, so every row is rejected.
    ImportMappingPage *mapping = wizard->mappingPage();
    const int village = wizard->mapping().columnOf(QStringLiteral("residence_cell_name"));
    ASSERT_GE(village, 0);
    EXPECT_GE(wizard->mapping().columnOf(QStringLiteral("cell_code")), 0);
    next(wizard);
    waitForPreview(wizard);
    EXPECT_EQ(wizard->previewPage()->report().invalid, 5);
    EXPECT_EQ(wizard->previewPage()->unknownList()->count(), 2);
    EXPECT_FALSE(wizard->button(QWizard::CommitButton)->isEnabled()); // nothing to import

    // Back, the villages ignored: every member goes in, the lost zero restored with a warning.
    click(wizard->button(QWizard::BackButton));
    ASSERT_EQ(wizard->currentId(), ImportWizard::MappingPage);
    ASSERT_TRUE(mapping->setField(village, QString()));
    next(wizard);
    waitForPreview(wizard);
    EXPECT_EQ(wizard->previewPage()->report().valid, 5);
    EXPECT_EQ(wizard->previewPage()->unknownList()->count(), 0);
    QTableWidget *warnings = wizard->previewPage()->warningsTable();
    ASSERT_EQ(warnings->rowCount(), 1);
    EXPECT_EQ(warnings->item(0, 1)->text(), QStringLiteral("Số CCCD"));
    EXPECT_TRUE(warnings->item(0, 2)->text().contains(QStringLiteral("034068001234")));
    click(wizard->button(QWizard::CommitButton));
    waitForImport(wizard);
    EXPECT_EQ(wizard->resultPage()->report().inserted, 5);

    PlainSql sql(path);
    EXPECT_EQ(sql.value(QStringLiteral("SELECT birth_date FROM members WHERE cccd = '034068001234'")).toString(),
              QStringLiteral("1968-03-12")); // an Excel serial number
    EXPECT_EQ(sql.count(QStringLiteral("SELECT count(*) FROM change_log WHERE table_name = 'members' AND "
                                       "actor = 'vanphong.xa'")),
              5);
}

TEST_F(ImportWizardTest, CancelledImportLeavesTheDatabaseAsItWas)
{
    openAs(QStringLiteral("admin"));
    // Enough rows that the importer reports progress (and so hears the cancel) on its way.
    const QString file = dir.file(QStringLiteral("many.csv"));
    QStringList lines = {QStringLiteral("Họ và tên,Giới tính,Ngày sinh,Số CCCD,Ngày vào Đảng,Mã chi bộ")};
    for (int i = 0; i < 5000; ++i) {
        // Names carry letters only: the number in base 26.
        QString given;
        for (int n = i, k = 0; k < 3; ++k, n /= 26)
            given.prepend(QChar(u'a' + n % 26));
        given[0] = given[0].toUpper();
        lines << QStringLiteral("Người Thử %1,Nam,12/04/1975,0340759%2,19/05/2000,%3")
                     .arg(given)
                     .arg(i, 5, 10, QLatin1Char('0'))
                     .arg(QLatin1String(kCell));
    }
    writeFile(file, lines.join(QLatin1Char('\n')).toUtf8());
    PlainSql sql(path);
    const int membersBefore = sql.count(QStringLiteral("SELECT count(*) FROM members"));
    const int logBefore = sql.count(QStringLiteral("SELECT count(*) FROM change_log"));

    ImportWizard *wizard = openWizard(window->importMembersAction());
    ASSERT_TRUE(wizard);
    readFile(wizard, file);
    next(wizard);
    next(wizard);
    waitForPreview(wizard);
    EXPECT_EQ(wizard->previewPage()->report().valid, 5000);
    EXPECT_EQ(count(wizard, "valid"), QLocale().toString(5000));

    click(wizard->button(QWizard::CommitButton));
    // Cancel as the progress dialog's button does, before the worker gets far.
    auto *progress = wizard->resultPage()->findChild<QProgressDialog *>(QStringLiteral("importProgress"));
    ASSERT_TRUE(progress);
    emit progress->canceled();
    waitForImport(wizard);
    const ImportReport &r = wizard->resultPage()->report();
    EXPECT_TRUE(r.cancelled);
    EXPECT_FALSE(r.written);
    EXPECT_EQ(wizard->resultPage()->summaryLabel()->text(), QStringLiteral("Cancelled — nothing was changed."));
    EXPECT_EQ(sql.count(QStringLiteral("SELECT count(*) FROM members")), membersBefore);
    EXPECT_EQ(sql.count(QStringLiteral("SELECT count(*) FROM change_log")), logBefore);
}

TEST_F(ImportWizardTest, BadFilesSayWhatIsWrongAndGoNoFurther)
{
    openAs(QStringLiteral("admin"));
    ImportWizard *wizard = openWizard(window->importMembersAction());
    ASSERT_TRUE(wizard);

    const QString truncated = dir.file(QStringLiteral("cut.xlsx"));
    writeFile(truncated, QByteArray("PK\x03\x04\x14\x00\x00\x00\x08\x00", 10) + QByteArray(40, 'x'));
    readFile(wizard, truncated);
    EXPECT_FALSE(wizard->sheet()->ok());
    EXPECT_EQ(wizard->filePage()->messageLabel()->text(), wizard->sheet()->error);
    EXPECT_TRUE(wizard->filePage()->messageLabel()->text().contains(QStringLiteral("cut.xlsx")))
        << wizard->filePage()->messageLabel()->text().toStdString();
    EXPECT_FALSE(wizard->button(QWizard::NextButton)->isEnabled());

    const QString headerOnly = dir.file(QStringLiteral("header-only.csv"));
    writeFile(headerOnly, (kHeader + QLatin1Char('\n')).toUtf8());
    readFile(wizard, headerOnly);
    EXPECT_FALSE(wizard->button(QWizard::NextButton)->isEnabled());
    EXPECT_FALSE(wizard->filePage()->messageLabel()->text().isEmpty());

    readFile(wizard, dir.file(QStringLiteral("missing.csv")));
    EXPECT_FALSE(wizard->sheet()->ok());
    EXPECT_FALSE(wizard->button(QWizard::NextButton)->isEnabled());
    click(wizard->button(QWizard::CancelButton));
}

TEST_F(ImportWizardTest, OrganisationFileAddsACellTheTreeShows)
{
    openAs(QStringLiteral("admin"));
    const QString file = dir.file(QStringLiteral("to-chuc.csv"));
    writeFile(file, QStringLiteral("Mã,Tên,Cấp,Loại,Mã cấp trên\n"
                                   "TB.D01.C001.K990,Chi bộ thôn Thử Nghiệm,cell,village,TB.D01.C001\n")
                        .toUtf8());
    ImportWizard *wizard = openWizard(window->importOrganisationsAction());
    ASSERT_TRUE(wizard);
    EXPECT_EQ(wizard->windowTitle(), QStringLiteral("Import organisations"));
    readFile(wizard, file);
    next(wizard);
    ImportMappingPage *mapping = wizard->mappingPage();
    ASSERT_EQ(mapping->columnCount(), 5);
    EXPECT_EQ(mapping->fieldCombo(0)->currentData().toString(), QStringLiteral("code"));
    EXPECT_EQ(mapping->fieldCombo(4)->currentData().toString(), QStringLiteral("parent_code"));
    next(wizard);
    waitForPreview(wizard);
    EXPECT_EQ(count(wizard, "valid"), QStringLiteral("1")) << wizard->previewPage()->statusLabel()->text().toStdString();
    click(wizard->button(QWizard::CommitButton));
    waitForImport(wizard);
    EXPECT_EQ(wizard->resultPage()->report().inserted, 1);

    PlainSql sql(path);
    EXPECT_EQ(sql.value(QStringLiteral("SELECT name FROM organisations WHERE code = 'TB.D01.C001.K990'")).toString(),
              QStringLiteral("Chi bộ thôn Thử Nghiệm"));
    bool inTree = false;
    for (const Organisation &o : window->organisationModel()->tree().all())
        inTree = inTree || o.code == QLatin1String("TB.D01.C001.K990");
    EXPECT_TRUE(inTree);
}

TEST_F(ImportWizardTest, MenuFollowsTheRoles)
{
    openAs(QStringLiteral("admin"));
    EXPECT_TRUE(window->importMembersAction()->isEnabled());
    EXPECT_TRUE(window->importOrganisationsAction()->isEnabled());
    EXPECT_TRUE(window->exportMembersAction()->isEnabled());
    EXPECT_TRUE(window->exportOrganisationsAction()->isEnabled());

    openAs(QStringLiteral("vanphong.xa")); // commune office: edits its members, not the tree
    EXPECT_TRUE(window->importMembersAction()->isEnabled());
    EXPECT_FALSE(window->importOrganisationsAction()->isEnabled());

    openAs(QStringLiteral("bithu.chibo")); // cell secretary: reads, masked CCCDs
    EXPECT_FALSE(window->importMembersAction()->isEnabled());
    EXPECT_FALSE(window->importOrganisationsAction()->isEnabled());
    EXPECT_FALSE(window->exportMembersAction()->isEnabled());
    EXPECT_TRUE(window->exportOrganisationsAction()->isEnabled());
}

TEST_F(ImportWizardTest, ExportWritesTheImportersColumns)
{
    openAs(QStringLiteral("admin"));
    window->exportMembersAction()->trigger();
    auto *dialog = window->findChild<ExportDialog *>();
    ASSERT_TRUE(dialog);
    EXPECT_TRUE(dialog->isVisible());
    // The scope shown in the tree comes first: the province for the board.
    const qint64 root = window->organisationModel()->tree().roots().value(0);
    EXPECT_EQ(dialog->scopeCombo()->currentData().toString(), window->organisationModel()->tree().find(root)->code);

    const QString commune = QStringLiteral("TB.D01.C001");
    const int scopeIndex = dialog->scopeCombo()->findData(commune);
    ASSERT_GT(scopeIndex, 0);
    dialog->scopeCombo()->setCurrentIndex(scopeIndex);
    EXPECT_TRUE(dialog->pathEdit()->text().contains(commune)) << dialog->pathEdit()->text().toStdString();
    const QString csv = dir.file(QStringLiteral("export.csv"));
    dialog->pathEdit()->setText(csv);
    click(dialog->exportButton());
    ASSERT_TRUE(QTest::qWaitFor([&] { return dialog->hasResult() && !dialog->isExporting(); }, 30000));
    ASSERT_TRUE(dialog->result().outcome.ok()) << dialog->messageLabel()->text().toStdString();

    PlainSql sql(path);
    const int expected = sql.count(QStringLiteral(
        "WITH scope AS (SELECT id FROM organisations WHERE path LIKE "
        "(SELECT path FROM organisations WHERE code = ?) || '%') "
        "SELECT count(*) FROM members WHERE cell_id IN scope OR residence_commune_id IN scope "
        "OR residence_cell_id IN scope"),
        {commune});
    ASSERT_GT(expected, 0);
    EXPECT_EQ(dialog->result().rows, expected);
    EXPECT_TRUE(dialog->messageLabel()->text().contains(QDir::toNativeSeparators(csv)));

    QStringList header;
    for (const ImportField &f : importFields(ImportKind::Members))
        header << f.exportHeader;
    const QStringList lines = readLines(csv);
    ASSERT_FALSE(lines.isEmpty());
    EXPECT_EQ(lines.first(), header.join(QLatin1Char(',')));
    EXPECT_EQ(lines.size(), expected + 1);

    // XLSX: the extension follows the format; a workbook is a ZIP archive.
    dialog->formatCombo()->setCurrentIndex(dialog->formatCombo()->findData(int(reports::ExportFormat::Xlsx)));
    EXPECT_TRUE(dialog->pathEdit()->text().endsWith(QStringLiteral("export.xlsx")));
    ASSERT_TRUE(dialog->startExport());
    ASSERT_TRUE(QTest::qWaitFor([&] { return dialog->hasResult() && !dialog->isExporting(); }, 30000));
    EXPECT_TRUE(dialog->result().outcome.ok()) << dialog->messageLabel()->text().toStdString();
    QFile xlsx(dir.file(QStringLiteral("export.xlsx")));
    ASSERT_TRUE(xlsx.open(QIODevice::ReadOnly));
    EXPECT_EQ(xlsx.read(2), QByteArray("PK"));
    dialog->close();
}

TEST_F(ImportWizardTest, Screenshots)
{
    const QString shots = qEnvironmentVariable("CUTRU_SCREENSHOT_DIR");
    if (shots.isEmpty())
        GTEST_SKIP() << "set CUTRU_SCREENSHOT_DIR to save screenshots";
    for (const QString &lang : {QStringLiteral("vi"), QStringLiteral("en")}) {
        language::apply(lang);
        path = test::smallDemoCopy(dir, QStringLiteral("demo-%1.cutru").arg(lang)); // the file's rows new again
        openAs(QStringLiteral("admin"));
        const QString file = writeMemberFile();
        ImportWizard *wizard = openWizard(window->importMembersAction());
        ASSERT_TRUE(wizard);
        const auto shoot = [&](const char *name) {
            QTest::qWait(200);
            wizard->grab().save(QDir(shots).filePath(QStringLiteral("import-%1-%2.png").arg(QLatin1String(name), lang)));
        };
        readFile(wizard, file);
        shoot("file");
        next(wizard);
        wizard->mappingPage()->setField(8, QStringLiteral("cell_code"));
        shoot("mapping");
        next(wizard);
        waitForPreview(wizard);
        shoot("preview");
        click(wizard->button(QWizard::CommitButton));
        waitForImport(wizard);
        shoot("result");
        click(wizard->button(QWizard::FinishButton));

        window->exportMembersAction()->trigger();
        auto *dialog = window->findChild<ExportDialog *>();
        ASSERT_TRUE(dialog);
        QTest::qWait(200);
        dialog->grab().save(QDir(shots).filePath(QStringLiteral("export-%1.png").arg(lang)));
        dialog->close();
        window.reset();
    }
}

} // namespace
