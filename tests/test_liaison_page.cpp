// The Liaison section driven like a user would: the provincial board logs a visit
// with a problem through the real dialogs (cell, meeting picked from the cell's
// meetings, a refused problem first), finds it in the open problems tab, filters by
// category and district, and resolves it; read-only roles only look.
#include "app/language.h"
#include "app/liaison_dialogs.h"
#include "app/liaison_page.h"
#include "app/main_window.h"
#include "app/optional_date_edit.h"
#include "services/account_service.h"
#include "services/demo_province.h"
#include "services/liaison_service.h"
#include "storage/meeting_repository.h"
#include "storage/organisation_repository.h"
#include "support/test_support.h"

#include <QComboBox>
#include <QDir>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <gtest/gtest.h>

namespace {

using namespace cutru;

void click(QWidget *w)
{
    ASSERT_TRUE(w != nullptr);
    ASSERT_TRUE(w->isEnabled()) << w->objectName().toStdString();
    QTest::mouseClick(w, Qt::LeftButton);
}

void choose(QComboBox *box, const QVariant &data)
{
    ASSERT_TRUE(box != nullptr);
    const int at = box->findData(data);
    ASSERT_GE(at, 0) << box->objectName().toStdString();
    box->setCurrentIndex(at);
}

QStringList rowTexts(const QStandardItemModel *model, int row)
{
    QStringList out;
    for (int c = 0; c < model->columnCount(); ++c)
        out << model->index(row, c).data().toString();
    return out;
}

class LiaisonPageTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        language::apply(QStringLiteral("en"));
        tiny = test::buildTinyProvince(db);
        storage::Transaction tx(db, QStringLiteral("setup"));
        storage::MeetingRepository meetings(db);
        Meeting m;
        m.cellId = tiny.village;
        m.date = QDate(2024, 2, 15);
        m.venue = QStringLiteral("Nhà văn hóa thôn");
        meetings.insert(m);
        meetingId = m.id;
        tx.commit();
        cadre.fullName = QStringLiteral("Nguyễn Văn Tỉnh");
        cadre.position = QStringLiteral("Phó Bí thư Tỉnh ủy");
        ASSERT_TRUE(LiaisonService(db, board).saveCadre(cadre).ok());
    }

    test::TempFolder dir;
    storage::Database db = storage::Database::open(dir.file(QStringLiteral("liaison-gui.cutru")));
    test::TinyProvince tiny;
    qint64 meetingId = 0;
    LiaisonCadre cadre;
    ActingUser board = test::wholeDatabaseUser(QStringLiteral("board"));
};

} // namespace

TEST_F(LiaisonPageTest, LogAVisitWithAProblemAndFollowItUp)
{
    LiaisonPage page;
    page.setDatabase(&db, board);
    page.resize(1100, 700);
    page.show();
    ASSERT_EQ(page.cadreModel()->rowCount(), 1);
    EXPECT_EQ(page.problemModel()->rowCount(), 0);

    page.tabs()->setCurrentIndex(int(LiaisonPage::Tab::Visits));
    click(page.findChild<QPushButton *>(QStringLiteral("addVisit")));
    QPointer<VisitDialog> visit = page.findChild<VisitDialog *>();
    ASSERT_TRUE(visit);
    choose(visit->findChild<QComboBox *>(QStringLiteral("visitCadre")), cadre.id);
    visit->findChild<QDateEdit *>(QStringLiteral("visitDate"))->setDate(QDate(2024, 2, 15));
    choose(visit->findChild<QComboBox *>(QStringLiteral("visitCommune")), tiny.commune);
    auto *cell = visit->findChild<QComboBox *>(QStringLiteral("visitCell"));
    EXPECT_EQ(cell->count(), 2) << "the commune's committee and its one cell";
    choose(cell, tiny.village);
    // The cell's meeting of the day is offered.
    auto *meeting = visit->findChild<QComboBox *>(QStringLiteral("visitMeeting"));
    ASSERT_EQ(meeting->count(), 2);
    EXPECT_TRUE(meeting->itemText(1).startsWith(QStringLiteral("15/02/2024"))) << meeting->itemText(1).toStdString();
    choose(meeting, meetingId);
    QTest::keyClicks(visit->findChild<QPlainTextEdit *>(QStringLiteral("visitNotes")), QStringLiteral("Du sinh hoat"));

    // A problem: first marked resolved without saying how, refused in its dialog.
    click(visit->findChild<QPushButton *>(QStringLiteral("addProblem")));
    QPointer<ProblemDialog> problem = visit->findChild<ProblemDialog *>();
    ASSERT_TRUE(problem);
    choose(problem->findChild<QComboBox *>(QStringLiteral("problemCategory")), code(ProblemCategory::VenueTooSmall));
    QTest::keyClicks(problem->findChild<QPlainTextEdit *>(QStringLiteral("problemText")),
                     QStringLiteral("Nha van hoa chat"));
    choose(problem->findChild<QComboBox *>(QStringLiteral("problemStatus")), code(ProblemStatus::Resolved));
    click(problem->buttons()->button(QDialogButtonBox::Ok));
    ASSERT_TRUE(problem) << "refused: it stays open";
    EXPECT_FALSE(problem->errorText(QStringLiteral("resolution")).isEmpty());
    choose(problem->findChild<QComboBox *>(QStringLiteral("problemStatus")), code(ProblemStatus::Open));
    click(problem->buttons()->button(QDialogButtonBox::Ok));
    QTest::qWait(0);
    EXPECT_FALSE(problem) << "accepted and closed";
    ASSERT_EQ(visit->problemTable()->rowCount(), 1);
    EXPECT_EQ(visit->problemTable()->item(0, 0)->text(), QStringLiteral("Meeting venue too small"));

    click(visit->buttons()->button(QDialogButtonBox::Ok));
    QTest::qWait(0);
    EXPECT_FALSE(visit) << "saved and closed";
    ASSERT_EQ(page.visitModel()->rowCount(), 1);
    EXPECT_EQ(rowTexts(page.visitModel(), 0),
              (QStringList{QStringLiteral("15/02/2024"), QStringLiteral("Nguyễn Văn Tỉnh"),
                           QStringLiteral("Đảng bộ xã Thái Giang"), QStringLiteral("Chi bộ thôn Phất Lộc Tây"),
                           QStringLiteral("15/02/2024"), QStringLiteral("1"), QStringLiteral("1")}));

    // The open problems tab lists it.
    page.tabs()->setCurrentIndex(int(LiaisonPage::Tab::OpenProblems));
    ASSERT_EQ(page.problemModel()->rowCount(), 1);
    const QStringList row = rowTexts(page.problemModel(), 0);
    EXPECT_EQ(row.value(0), QStringLiteral("15/02/2024"));
    EXPECT_EQ(row.value(1).toInt(), QDate(2024, 2, 15).daysTo(QDate::currentDate()));
    EXPECT_EQ(row.mid(2), (QStringList{QStringLiteral("Huyện ủy Thái Thụy"), QStringLiteral("Đảng bộ xã Thái Giang"),
                                       QStringLiteral("Chi bộ thôn Phất Lộc Tây"), QStringLiteral("Nguyễn Văn Tỉnh"),
                                       QStringLiteral("Meeting venue too small"), QStringLiteral("Nha van hoa chat"),
                                       QStringLiteral("Open")}));
    // Filters: another category, no district (two-tier), then its district.
    choose(page.categoryFilter(), code(ProblemCategory::UnclearCellRelation));
    EXPECT_EQ(page.problemModel()->rowCount(), 0);
    choose(page.categoryFilter(), code(ProblemCategory::VenueTooSmall));
    EXPECT_EQ(page.problemModel()->rowCount(), 1);
    choose(page.districtFilter(), qint64(0));
    EXPECT_EQ(page.problemModel()->rowCount(), 0);
    choose(page.districtFilter(), tiny.district);
    EXPECT_EQ(page.problemModel()->rowCount(), 1);

    // Following it up: resolved, with the resolution and its date.
    page.problemView()->setCurrentIndex(page.problemModel()->index(0, 0));
    click(page.findChild<QPushButton *>(QStringLiteral("openProblem")));
    problem = page.findChild<ProblemDialog *>();
    ASSERT_TRUE(problem);
    choose(problem->findChild<QComboBox *>(QStringLiteral("problemStatus")), code(ProblemStatus::Resolved));
    QTest::keyClicks(problem->findChild<QPlainTextEdit *>(QStringLiteral("problemResolution")),
                     QStringLiteral("Muon hoi truong UBND xa"));
    problem->findChild<OptionalDateEdit *>(QStringLiteral("problemResolvedDate"))->setOptionalDate(QDate(2024, 4, 1));
    click(problem->buttons()->button(QDialogButtonBox::Ok));
    QTest::qWait(0);
    EXPECT_FALSE(problem);
    EXPECT_EQ(page.problemModel()->rowCount(), 0);
    const QList<LiaisonProblem> stored = LiaisonService(db, board).problemsOf(page.visitModel()->index(0, 0).data(Qt::UserRole + 1).toLongLong());
    ASSERT_EQ(stored.size(), 1);
    EXPECT_EQ(stored[0].status, ProblemStatus::Resolved);
    EXPECT_EQ(stored[0].resolvedDate, QDate(2024, 4, 1));
    EXPECT_EQ(stored[0].resolution, QStringLiteral("Muon hoi truong UBND xa"));
}

TEST_F(LiaisonPageTest, CadreDialogRegistersACadreWithAnAssignment)
{
    LiaisonPage page;
    page.setDatabase(&db, board);
    page.show();
    click(page.findChild<QPushButton *>(QStringLiteral("addCadre")));
    QPointer<CadreDialog> dialog = page.findChild<CadreDialog *>();
    ASSERT_TRUE(dialog);
    EXPECT_FALSE(dialog->addAssignmentButton()->isEnabled()) << "saved first";
    click(dialog->buttons()->button(QDialogButtonBox::Ok));
    EXPECT_FALSE(dialog->errorText(QStringLiteral("fullName")).isEmpty()) << "the name is required";
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("cadre_fullName")), QStringLiteral("Tran Thi Huyen"));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("cadre_organisation")), QStringLiteral("Ban Dan van"));
    click(dialog->buttons()->button(QDialogButtonBox::Ok));
    ASSERT_TRUE(dialog) << "a new cadre's dialog stays open for the assignments";
    EXPECT_EQ(page.cadreModel()->rowCount(), 2);
    ASSERT_TRUE(dialog->addAssignmentButton()->isEnabled());
    click(dialog->addAssignmentButton());
    QPointer<AssignmentDialog> assignment = dialog->findChild<AssignmentDialog *>();
    ASSERT_TRUE(assignment);
    choose(assignment->findChild<QComboBox *>(QStringLiteral("assignmentOrganisation")), tiny.district);
    assignment->findChild<QDateEdit *>(QStringLiteral("assignmentFrom"))->setDate(QDate(2024, 1, 1));
    click(assignment->buttons()->button(QDialogButtonBox::Ok));
    QTest::qWait(0);
    EXPECT_FALSE(assignment);
    ASSERT_EQ(dialog->assignmentTable()->rowCount(), 1);
    EXPECT_EQ(dialog->assignmentTable()->item(0, 0)->text(), QStringLiteral("Huyện ủy Thái Thụy"));
    EXPECT_EQ(dialog->assignmentTable()->item(0, 1)->text(), QStringLiteral("01/01/2024"));
    // Through the district, the cadre follows the commune.
    const auto onDuty = LiaisonService(db, board).assignedTo(tiny.commune, QDate(2024, 6, 1));
    ASSERT_EQ(onDuty.size(), 1);
    EXPECT_EQ(onDuty[0].cadre.fullName, QStringLiteral("Tran Thi Huyen"));
    EXPECT_EQ(onDuty[0].cadre.organisation, QStringLiteral("Ban Dan van"));
    dialog->reject();
}

TEST_F(LiaisonPageTest, ReadersOnlyLook)
{
    LiaisonVisit v;
    v.cadreId = cadre.id;
    v.communeId = tiny.ward;
    v.visitDate = QDate(2024, 3, 1);
    QList<LiaisonProblem> problems{{0, 0, ProblemCategory::Other, QStringLiteral("Thiếu sổ"), ProblemStatus::Open, {}, {}, 1}};
    ASSERT_TRUE(LiaisonService(db, board).saveVisit(v, problems).ok());

    LiaisonPage page;
    page.setDatabase(&db, test::userWithRole(QStringLiteral("kiemtra"), Role::Auditor, db, tiny.province));
    page.show();
    EXPECT_FALSE(page.findChild<QPushButton *>(QStringLiteral("addVisit"))->isVisible());
    EXPECT_FALSE(page.findChild<QPushButton *>(QStringLiteral("addCadre"))->isVisible());
    EXPECT_EQ(page.problemModel()->rowCount(), 1);
    page.problemView()->setCurrentIndex(page.problemModel()->index(0, 0));
    ProblemDialog *dialog = page.openProblem(page.problemModel()->index(0, 0).data(Qt::UserRole + 1).toLongLong());
    ASSERT_TRUE(dialog);
    EXPECT_EQ(dialog->buttons()->button(QDialogButtonBox::Ok), nullptr) << "read-only: Close only";
    dialog->reject();

    // The commune's own office sees its visit; another commune's office none.
    page.setDatabase(&db, test::userWithRole(QStringLiteral("vanphong"), Role::CommuneOffice, db, tiny.ward));
    EXPECT_EQ(page.visitModel()->rowCount(), 1);
    page.setDatabase(&db, test::userWithRole(QStringLiteral("vanphong2"), Role::CommuneOffice, db, tiny.commune));
    EXPECT_EQ(page.visitModel()->rowCount(), 0);
    EXPECT_EQ(page.problemModel()->rowCount(), 0);
}

namespace {

MainWindow::Authenticator signInAs(const QString &username)
{
    return [username](storage::Database &db) -> std::optional<ActingUser> {
        const SignInResult r = AccountService(db).signIn(username, demoPassword());
        EXPECT_TRUE(r.ok()) << r.message.toStdString();
        return r.ok() ? std::optional<ActingUser>(r.user) : std::nullopt;
    };
}

} // namespace

TEST(LiaisonSection, ShownToThoseWhoMayReadIt)
{
    language::apply(QStringLiteral("en"));
    test::TempFolder folder;
    const QString path = test::smallDemoCopy(folder);
    MainWindow window;
    window.resize(1300, 800);
    window.show();
    QListWidgetItem *item = nullptr;

    // The board: the section, the demo's cadres and open problems, oldest first.
    window.setAuthenticator(signInAs(QStringLiteral("admin")));
    QString error;
    ASSERT_TRUE(window.openDatabase(path, &error)) << error.toStdString();
    item = window.sectionList()->item(int(MainWindow::Section::Liaison));
    EXPECT_FALSE(item->isHidden());
    window.showSection(MainWindow::Section::Liaison);
    LiaisonPage *page = window.liaisonPage();
    ASSERT_TRUE(page->isVisible());
    EXPECT_GT(page->cadreModel()->rowCount(), 0);
    ASSERT_GT(page->problemModel()->rowCount(), 0);
    QDate previous;
    for (int r = 0; r < page->problemModel()->rowCount(); ++r) {
        const QDate d = QDate::fromString(page->problemModel()->index(r, 0).data().toString(), QStringLiteral("dd/MM/yyyy"));
        ASSERT_TRUE(d.isValid());
        EXPECT_LE(previous, d) << "oldest first, row " << r;
        previous = d;
    }

    // A cell secretary: no liaison section.
    window.setAuthenticator(signInAs(QStringLiteral("bithu.chibo")));
    ASSERT_TRUE(window.openDatabase(path, &error)) << error.toStdString();
    item = window.sectionList()->item(int(MainWindow::Section::Liaison));
    EXPECT_TRUE(item->isHidden());
    EXPECT_NE(window.currentSection(), MainWindow::Section::Liaison);

    // The commune office: its commune's visits only.
    window.setAuthenticator(signInAs(QStringLiteral("vanphong.xa")));
    ASSERT_TRUE(window.openDatabase(path, &error)) << error.toStdString();
    item = window.sectionList()->item(int(MainWindow::Section::Liaison));
    EXPECT_FALSE(item->isHidden());
    window.showSection(MainWindow::Section::Liaison);
    const QStandardItemModel *visits = window.liaisonPage()->visitModel();
    storage::Database plain = storage::Database::open(path, storage::Database::Create::MustExist,
                                                      storage::Database::IntegrityCheck::Skip);
    storage::LiaisonRepository repo(plain);
    const auto commune = storage::OrganisationRepository(plain).byCode(QStringLiteral("TB.D01.C001"));
    ASSERT_TRUE(commune.has_value());
    storage::VisitFilter own;
    own.communeId = commune->id;
    EXPECT_EQ(visits->rowCount(), repo.visits(own).size());
    EXPECT_LT(visits->rowCount(), repo.visits({}).size());
    for (int r = 0; r < visits->rowCount(); ++r)
        EXPECT_EQ(visits->index(r, 2).data().toString(), commune->name) << "row " << r;
}

TEST(LiaisonSection, Screenshots)
{
    const QString shots = qEnvironmentVariable("CUTRU_SCREENSHOT_DIR");
    if (shots.isEmpty())
        GTEST_SKIP() << "set CUTRU_SCREENSHOT_DIR to save screenshots";
    test::TempFolder folder;
    const QString path = test::smallDemoCopy(folder);
    storage::Database db = storage::Database::open(path);
    const ActingUser admin = test::wholeDatabaseUser(QStringLiteral("admin"));
    for (const QString &lang : {QStringLiteral("vi"), QStringLiteral("en")}) {
        language::apply(lang);
        LiaisonPage page;
        page.resize(1280, 760);
        page.setDatabase(&db, admin);
        page.show();
        for (auto tab : {LiaisonPage::Tab::Cadres, LiaisonPage::Tab::Visits, LiaisonPage::Tab::OpenProblems}) {
            page.tabs()->setCurrentIndex(int(tab));
            QTest::qWait(100);
            page.grab().save(QDir(shots).filePath(QStringLiteral("liaison-%1-%2.png").arg(int(tab)).arg(lang)));
        }
        // The visit with the most problems, in its dialog.
        int best = 0;
        for (int r = 1; r < page.visitModel()->rowCount(); ++r)
            if (page.visitModel()->index(r, 5).data().toInt() > page.visitModel()->index(best, 5).data().toInt())
                best = r;
        QPointer<VisitDialog> visit = page.openVisit(page.visitModel()->index(best, 0).data(Qt::UserRole + 1).toLongLong());
        ASSERT_TRUE(visit);
        QTest::qWait(100);
        visit->grab().save(QDir(shots).filePath(QStringLiteral("liaison-visit-dialog-%1.png").arg(lang)));
        visit->reject();
        QPointer<CadreDialog> cadre = page.openCadre(page.cadreModel()->index(0, 0).data(Qt::UserRole + 1).toLongLong());
        ASSERT_TRUE(cadre);
        QTest::qWait(100);
        cadre->grab().save(QDir(shots).filePath(QStringLiteral("liaison-cadre-dialog-%1.png").arg(lang)));
        cadre->reject();
    }
    language::apply(QStringLiteral("en"));
}
