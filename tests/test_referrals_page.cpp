// The Referrals section driven like a user would, on the small demo province with its
// demo accounts: the commune office receives and assigns a pending letter from its
// inbox; the workplace officer issues letters for working members not yet referred.
#include "app/history_page.h"
#include "app/language.h"
#include "app/main_window.h"
#include "app/referral_dialogs.h"
#include "app/referral_models.h"
#include "app/referrals_page.h"
#include "services/account_service.h"
#include "services/demo_province.h"
#include "services/member_service.h"
#include "services/referral_queries.h"
#include "services/referral_service.h"
#include "storage/organisation_repository.h"
#include "storage/residence_repository.h"
#include "support/test_support.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
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

void clickOk(ReferralActionDialog *dialog)
{
    click(dialog->buttons()->button(QDialogButtonBox::Ok));
}

class ReferralsPageTest : public ::testing::Test {
protected:
    void SetUp() override { language::apply(QStringLiteral("en")); }

    ActingUser signIn(const QString &username)
    {
        const SignInResult r = AccountService(db).signIn(username, demoPassword());
        EXPECT_TRUE(r.ok()) << r.message.toStdString();
        return r.user;
    }

    qint64 orgId(const char *code)
    {
        const auto o = storage::OrganisationRepository(db).byCode(QString::fromLatin1(code));
        EXPECT_TRUE(o.has_value()) << code;
        return o ? o->id : 0;
    }

    // Selects the row of `id` in the view (the model lists it).
    static void selectRow(QTableView *view, int row)
    {
        ASSERT_GE(row, 0);
        view->clearSelection();
        view->selectRow(row);
        ASSERT_TRUE(view->selectionModel()->isRowSelected(row, {}));
    }

    test::TempFolder dir;
    storage::Database db = storage::Database::open(test::smallDemoCopy(dir));
    const QDate today = QDate::currentDate();
};

} // namespace

TEST_F(ReferralsPageTest, CommuneOfficeReceivesAndAssignsAPendingReferral)
{
    const ActingUser office = signIn(QStringLiteral("vanphong.xa"));
    const qint64 commune = orgId("TB.D01.C001");

    // A letter waiting in the commune's inbox; if the demo has none, the workplace
    // officer issues one (to this commune) for a member without an active referral.
    storage::ReferralListQuery waiting;
    waiting.states = {ReferralState::Issued};
    QList<storage::ReferralRow> pending = ReferralQueries(db, office).inbox(waiting, 0, 1);
    if (pending.isEmpty()) {
        const ActingUser officer = signIn(QStringLiteral("canbo.coquan"));
        storage::WorkingMemberQuery free;
        free.states = {storage::WorkingMemberState::NotReferred, storage::WorkingMemberState::Ended};
        QList<storage::WorkingMemberRow> members = ReferralQueries(db, officer).workingMembers(free, 0, 1);
        if (members.isEmpty()) {
            storage::WorkingMemberQuery active;
            active.states = {storage::WorkingMemberState::Assigned};
            members = ReferralQueries(db, officer).workingMembers(active, 0, 1);
            ASSERT_FALSE(members.isEmpty());
            ASSERT_TRUE(ReferralService(db, officer)
                            .end(members[0].referralId, ReferralEndReason::Transferred, today.addDays(-60))
                            .ok());
        }
        QList<Referral> made;
        const SaveOutcome out =
            ReferralService(db, officer).issue({{members[0].memberId, {commune, {}, {}}}}, today.addDays(-45), &made);
        ASSERT_TRUE(out.ok()) << out.message.toStdString();
        pending = ReferralQueries(db, office).inbox(waiting, 0, 1);
    }
    ASSERT_FALSE(pending.isEmpty());
    const storage::ReferralRow letter = pending.first();

    ReferralsPage page;
    page.resize(1200, 700);
    page.setDatabase(&db, office);
    page.show();
    ASSERT_TRUE(page.message().isEmpty()) << page.message().toStdString();
    EXPECT_TRUE(page.tabs()->isTabVisible(page.tabs()->indexOf(page.inboxTab())));
    EXPECT_FALSE(page.tabs()->isTabVisible(page.tabs()->indexOf(page.workplaceTab())))
        << "a commune office has no workplace side";
    EXPECT_FALSE(page.receiveButton()->isEnabled()) << "nothing selected yet";

    // Pending first, with the days waited.
    ReferralInboxModel *model = page.inboxModel();
    ASSERT_GT(model->rowCount(), 0);
    EXPECT_EQ(model->referral(0).state, ReferralState::Issued);
    int row = model->rowOf(letter.id);
    ASSERT_GE(row, 0);
    EXPECT_EQ(model->data(model->index(row, ReferralInboxModel::WaitedColumn)).toInt(), letter.issueDate.daysTo(today));
    EXPECT_EQ(model->data(model->index(row, ReferralInboxModel::IssuedColumn)).toString(),
              letter.issueDate.toString(QStringLiteral("dd/MM/yyyy")));
    EXPECT_EQ(model->data(model->index(row, 0), ReferralInboxModel::OverdueRole).toBool(),
              letter.issueDate.daysTo(today) > ReferralsPage::overdueDaysSetting());
    EXPECT_TRUE(page.inboxCountLabel()->text().contains(QStringLiteral("overdue")))
        << page.inboxCountLabel()->text().toStdString();

    // Receive…: a date before the letter is refused beside the date field, nothing written.
    selectRow(page.inboxView(), row);
    click(page.receiveButton());
    QPointer<ReferralActionDialog> dialog = page.openDialog();
    ASSERT_TRUE(dialog);
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_TRUE(dialog->intro().contains(letter.memberName)) << dialog->intro().toStdString();
    EXPECT_EQ(dialog->dateEdit()->date(), today) << "today by default";
    dialog->dateEdit()->setDate(letter.issueDate.addDays(-1));
    clickOk(dialog);
    ASSERT_TRUE(dialog);
    EXPECT_TRUE(dialog->isVisible()) << "refused: the dialog stays open";
    const auto dateError = dialog->findChild<QLabel *>(QStringLiteral("referralError_date"));
    ASSERT_TRUE(dateError);
    EXPECT_TRUE(dateError->text().contains(letter.issueDate.toString(QStringLiteral("dd/MM/yyyy"))))
        << dateError->text().toStdString();
    EXPECT_FALSE(storage::ResidenceRepository(db).referralById(letter.id)->receivedDate.isValid());

    const QDate receivedOn = std::min(today, letter.issueDate.addDays(3));
    dialog->dateEdit()->setDate(receivedOn);
    clickOk(dialog);
    QTest::qWait(0);
    EXPECT_TRUE(!dialog || !dialog->isVisible()) << "done: the dialog closes";
    auto stored = storage::ResidenceRepository(db).referralById(letter.id);
    EXPECT_EQ(stored->receivedDate, receivedOn);
    EXPECT_EQ(stored->state(), ReferralState::Received);
    EXPECT_TRUE(page.lastMessage().contains(QStringLiteral("Received 1 referral"))) << page.lastMessage().toStdString();

    // Assign cell…: the member's recorded residence cell is suggested when it is one of
    // the commune's village or residential-group cells.
    row = model->rowOf(letter.id);
    ASSERT_GE(row, 0) << "still listed (active)";
    EXPECT_EQ(model->referral(row).state, ReferralState::Received);
    selectRow(page.inboxView(), row);
    click(page.assignButton());
    dialog = page.openDialog();
    ASSERT_TRUE(dialog);
    QComboBox *cells = dialog->cellCombo();
    ASSERT_GT(cells->count(), 0);
    const QList<storage::OrganisationChoice> offered = ReferralQueries(db, office).residenceCellsOf(commune);
    EXPECT_EQ(cells->count(), offered.size());
    bool recordedIsOffered = false;
    for (const auto &c : offered)
        recordedIsOffered = recordedIsOffered || c.id == letter.memberResidenceCellId;
    if (recordedIsOffered) {
        EXPECT_EQ(dialog->cellId(), letter.memberResidenceCellId);
    }
    // Choose another cell than the suggestion, as a user may.
    cells->setCurrentIndex(cells->count() - 1);
    const qint64 chosen = dialog->cellId();
    dialog->dateEdit()->setDate(receivedOn);
    clickOk(dialog);
    QTest::qWait(0);
    EXPECT_TRUE(!dialog || !dialog->isVisible());
    stored = storage::ResidenceRepository(db).referralById(letter.id);
    EXPECT_EQ(stored->state(), ReferralState::Assigned);
    EXPECT_EQ(stored->assignedCellId, chosen);
    EXPECT_EQ(stored->assignedDate, receivedOn);
    row = model->rowOf(letter.id);
    ASSERT_GE(row, 0);
    EXPECT_EQ(model->referral(row).state, ReferralState::Assigned);
    EXPECT_FALSE(model->data(model->index(row, ReferralInboxModel::CellColumn)).toString().isEmpty());

    // Exempt… with a Guideline 33 reason.
    selectRow(page.inboxView(), row);
    click(page.exemptButton());
    dialog = page.openDialog();
    ASSERT_TRUE(dialog);
    ASSERT_EQ(dialog->reasonCombo()->count(), allValues<ExemptionReason>().size() + 1);
    dialog->reasonCombo()->setCurrentIndex(dialog->reasonCombo()->findData(code(ExemptionReason::FullTimeCourse)));
    dialog->fromEdit()->setDate(receivedOn);
    clickOk(dialog);
    QTest::qWait(0);
    stored = storage::ResidenceRepository(db).referralById(letter.id);
    EXPECT_TRUE(stored->exempt);
    EXPECT_EQ(stored->exemptionReason, ExemptionReason::FullTimeCourse);
}

TEST_F(ReferralsPageTest, ReadOnlyRolesSeeBothSidesWithoutActions)
{
    ReferralsPage page;
    page.setDatabase(&db, signIn(QStringLiteral("kiemtra")));
    page.show();
    ASSERT_TRUE(page.message().isEmpty());
    EXPECT_TRUE(page.tabs()->isTabVisible(page.tabs()->indexOf(page.inboxTab())));
    EXPECT_TRUE(page.tabs()->isTabVisible(page.tabs()->indexOf(page.workplaceTab())));
    ASSERT_GT(page.inboxModel()->rowCount(), 0);
    page.inboxView()->selectRow(0);
    EXPECT_FALSE(page.receiveButton()->isEnabled());
    EXPECT_FALSE(page.assignButton()->isEnabled());
    // The services refuse anyway.
    const SaveOutcome out = page.receive({page.inboxModel()->referral(0).id}, QDate::currentDate());
    EXPECT_EQ(out.status, SaveOutcome::Status::Denied);
    EXPECT_FALSE(page.lastMessage().isEmpty());
    // The page follows a change of language (and back).
    language::apply(QStringLiteral("vi"));
    language::apply(QStringLiteral("en"));
    EXPECT_EQ(page.tabs()->tabText(page.tabs()->indexOf(page.inboxTab())), QStringLiteral("&Inbox"));

    // A cell secretary sees no letters at all, and why.
    page.setDatabase(&db, signIn(QStringLiteral("bithu.chibo")));
    EXPECT_TRUE(page.message().contains(label(Role::CommuneOffice))) << page.message().toStdString();
}

TEST_F(ReferralsPageTest, WorkplaceOfficerIssuesReferralsForWorkingMembers)
{
    const ActingUser officer = signIn(QStringLiteral("canbo.coquan"));
    const qint64 workplace = orgId("TB.W001");
    const qint64 commune = orgId("TB.D01.C001");
    // Two working members not referred yet: one living in a commune of the province,
    // one whose residence is not recorded.
    Member ready = test::validMember(QStringLiteral("Trần Văn Mới"), workplace, 987001);
    ready.residenceCommuneId = commune;
    ready.residenceAddress = QStringLiteral("Số 5 đường Lý Bôn");
    ASSERT_TRUE(MemberService(db, officer).save(ready).ok());
    Member unknown = test::validMember(QStringLiteral("Đỗ Thị Chưa"), workplace, 987002);
    unknown.gender = Gender::Female;
    unknown.cccd = QStringLiteral("034175987002"); // the fourth digit says female
    ASSERT_TRUE(MemberService(db, officer).save(unknown).ok());

    ReferralsPage page;
    page.resize(1200, 700);
    page.setDatabase(&db, officer);
    page.show();
    ASSERT_TRUE(page.message().isEmpty()) << page.message().toStdString();
    EXPECT_FALSE(page.tabs()->isTabVisible(page.tabs()->indexOf(page.inboxTab())));
    ASSERT_TRUE(page.tabs()->isTabVisible(page.tabs()->indexOf(page.workplaceTab())));
    EXPECT_EQ(page.tabs()->currentWidget(), page.workplaceTab());

    // Show those not referred yet.
    QComboBox *state = page.workingStateCombo();
    state->setCurrentIndex(state->findData(int(storage::WorkingMemberState::NotReferred)));
    WorkingMembersModel *model = page.workingModel();
    for (int i = 0; i < model->rowCount(); ++i)
        EXPECT_EQ(model->member(i).state, storage::WorkingMemberState::NotReferred);
    while (model->canFetchMore({}) && (model->rowOf(ready.id) < 0 || model->rowOf(unknown.id) < 0))
        model->fetchMore({});
    const int readyRow = model->rowOf(ready.id);
    const int unknownRow = model->rowOf(unknown.id);
    ASSERT_GE(readyRow, 0);
    ASSERT_GE(unknownRow, 0);
    EXPECT_EQ(model->data(model->index(unknownRow, WorkingMembersModel::ResidenceColumn)).toString(),
              QStringLiteral("(not recorded)"));

    // Both selected: the one without a residence commune is named, not silently skipped.
    page.workingView()->clearSelection();
    page.workingView()->selectionModel()->select(model->index(readyRow, 0),
                                                 QItemSelectionModel::Select | QItemSelectionModel::Rows);
    page.workingView()->selectionModel()->select(model->index(unknownRow, 0),
                                                 QItemSelectionModel::Select | QItemSelectionModel::Rows);
    ASSERT_EQ(page.selectedMemberIds().size(), 2);
    click(page.issueButton());
    QPointer<ReferralActionDialog> dialog = page.openDialog();
    ASSERT_TRUE(dialog);
    EXPECT_TRUE(dialog->intro().contains(QStringLiteral("Trần Văn Mới"))) << dialog->intro().toStdString();
    EXPECT_TRUE(dialog->intro().contains(QStringLiteral("Đỗ Thị Chưa — no residence commune recorded")))
        << dialog->intro().toStdString();
    EXPECT_EQ(dialog->dateEdit()->date(), today);
    clickOk(dialog);
    QTest::qWait(0);
    EXPECT_TRUE(!dialog || !dialog->isVisible());

    const auto issued = storage::ResidenceRepository(db).activeReferralOf(ready.id);
    ASSERT_TRUE(issued.has_value());
    EXPECT_EQ(issued->toCommuneId, commune) << "to the member's residence commune";
    EXPECT_EQ(issued->issuingOrgId, workplace);
    EXPECT_EQ(issued->issueDate, today);
    EXPECT_GT(issued->letterNo, 0);
    EXPECT_FALSE(storage::ResidenceRepository(db).activeReferralOf(unknown.id).has_value());
    EXPECT_TRUE(page.lastMessage().contains(QStringLiteral("Issued 1 referral letter"))) << page.lastMessage().toStdString();
    EXPECT_TRUE(page.lastMessage().contains(QStringLiteral("Đỗ Thị Chưa"))) << page.lastMessage().toStdString();
    EXPECT_LT(model->rowOf(ready.id), 0) << "no longer among those not referred";

    // The one without a residence commune, alone: the letter may go outside the province.
    const int row = model->rowOf(unknown.id);
    ASSERT_GE(row, 0);
    page.workingView()->clearSelection();
    page.workingView()->selectRow(row);
    click(page.issueButton());
    dialog = page.openDialog();
    ASSERT_TRUE(dialog);
    ASSERT_TRUE(dialog->outsideCheck()->isChecked());
    clickOk(dialog); // no committee named: refused beside the field
    ASSERT_TRUE(dialog);
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_FALSE(dialog->findChild<QLabel *>(QStringLiteral("referralError_committee"))->text().isEmpty());
    dialog->committeeEdit()->setText(QStringLiteral("Đảng ủy phường Hàng Bạc"));
    dialog->addressEdit()->setText(QStringLiteral("Hoàn Kiếm, Hà Nội"));
    clickOk(dialog);
    QTest::qWait(0);
    const auto away = storage::ResidenceRepository(db).activeReferralOf(unknown.id);
    ASSERT_TRUE(away.has_value());
    EXPECT_TRUE(away->isExternal());
    EXPECT_EQ(away->externalCommittee, QStringLiteral("Đảng ủy phường Hàng Bạc"));
    EXPECT_EQ(away->letterNo, issued->letterNo + 1);

    // Moving house: the current referral ends ("moved") and a new one goes to the new commune.
    state->setCurrentIndex(state->findData(int(storage::WorkingMemberState::Issued)));
    while (model->canFetchMore({}) && model->rowOf(ready.id) < 0)
        model->fetchMore({});
    ASSERT_GE(model->rowOf(ready.id), 0);
    page.workingView()->clearSelection();
    page.workingView()->selectRow(model->rowOf(ready.id));
    click(page.moveButton());
    dialog = page.openDialog();
    ASSERT_TRUE(dialog);
    qint64 newCommune = 0;
    for (const auto &c : ReferralQueries(db, officer).communes())
        if (c.id != commune && newCommune == 0)
            newCommune = c.id;
    ASSERT_GT(newCommune, 0);
    dialog->communeCombo()->setCurrentIndex(dialog->communeCombo()->findData(newCommune));
    clickOk(dialog);
    QTest::qWait(0);
    const auto moved = storage::ResidenceRepository(db).activeReferralOf(ready.id);
    ASSERT_TRUE(moved.has_value()) << page.lastMessage().toStdString();
    EXPECT_EQ(moved->toCommuneId, newCommune);
    const auto old = storage::ResidenceRepository(db).referralById(issued->id);
    EXPECT_EQ(old->endReason, ReferralEndReason::Moved);

    // End…: "other" needs a note, named beside the note field; retirement ends it.
    ASSERT_GE(model->rowOf(ready.id), 0);
    page.workingView()->clearSelection();
    page.workingView()->selectRow(model->rowOf(ready.id));
    click(page.endMembersButton());
    dialog = page.openDialog();
    ASSERT_TRUE(dialog);
    dialog->reasonCombo()->setCurrentIndex(dialog->reasonCombo()->findData(code(ReferralEndReason::Other)));
    clickOk(dialog);
    ASSERT_TRUE(dialog);
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_FALSE(dialog->findChild<QLabel *>(QStringLiteral("referralError_note"))->text().isEmpty());
    dialog->reasonCombo()->setCurrentIndex(dialog->reasonCombo()->findData(code(ReferralEndReason::Retired)));
    clickOk(dialog);
    QTest::qWait(0);
    EXPECT_FALSE(storage::ResidenceRepository(db).activeReferralOf(ready.id).has_value());
    EXPECT_EQ(storage::ResidenceRepository(db).referralById(moved->id)->endReason, ReferralEndReason::Retired);
}

TEST_F(ReferralsPageTest, MainWindowShowsTheReferralsSection)
{
    MainWindow window;
    const QString path = db.path();
    window.setAuthenticator([](storage::Database &d) {
        const SignInResult r = AccountService(d).signIn(QStringLiteral("vanphong.xa"), demoPassword());
        return r.ok() ? std::optional<ActingUser>(r.user) : std::nullopt;
    });
    ASSERT_TRUE(window.openDatabase(path));
    window.show();
    window.showSection(MainWindow::Section::Referrals);
    auto *pages = window.findChild<QStackedWidget *>(QStringLiteral("pages"));
    ASSERT_TRUE(pages);
    EXPECT_EQ(pages->currentWidget(), window.referralsPage());
    EXPECT_EQ(pages->indexOf(window.referralsPage()), int(MainWindow::Section::Referrals));
    EXPECT_EQ(pages->indexOf(window.historyPage()), int(MainWindow::Section::History));
    EXPECT_TRUE(window.referralsPage()->message().isEmpty()) << window.referralsPage()->message().toStdString();
    EXPECT_GT(window.referralsPage()->inboxModel()->rowCount(), 0);
}
