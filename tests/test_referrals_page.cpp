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
#include "storage/member_repository.h"
#include "storage/organisation_repository.h"
#include "storage/residence_repository.h"
#include "support/test_support.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
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
    ASSERT_TRUE(recordedIsOffered) << "the demo member's recorded residence cell is one of the commune's";
    EXPECT_EQ(dialog->cellId(), letter.memberResidenceCellId) << "the recorded residence cell is suggested";
    // Choose another cell than the suggestion, as a user may.
    ASSERT_GT(cells->count(), 1);
    const qint64 suggested = dialog->cellId();
    cells->setCurrentIndex(cells->currentIndex() == 0 ? 1 : 0);
    const qint64 chosen = dialog->cellId();
    EXPECT_NE(chosen, suggested);
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

TEST_F(ReferralsPageTest, WorkplaceOfficerRecordsReplySlipsKeepsTheNotReferredListAndPrintsLetters)
{
    const ActingUser officer = signIn(QStringLiteral("canbo.coquan"));
    const qint64 workplace = orgId("TB.W001");
    const qint64 commune = orgId("TB.D01.C001");
    auto add = [&](const QString &name, int serial, qint64 residenceCommune) {
        Member m = test::validMember(name, workplace, serial);
        m.residenceCommuneId = residenceCommune;
        EXPECT_TRUE(MemberService(db, officer).save(m).ok());
        return m.id;
    };
    const qint64 home = add(QStringLiteral("Phạm Văn Gần"), 987101, commune);
    const qint64 away = add(QStringLiteral("Vũ Thị Xa"), 987102, 0);
    const qint64 secret = add(QStringLiteral("Hoàng Văn Kín"), 987103, commune);
    QList<Referral> made;
    ASSERT_TRUE(ReferralService(db, officer).issue({{home, {}}}, today.addDays(-10), &made).ok());
    ASSERT_TRUE(ReferralService(db, officer)
                    .issue({{away, {0, QStringLiteral("Đảng ủy phường Hàng Bạc"), QStringLiteral("Hà Nội")}}},
                           today.addDays(-10), &made)
                    .ok());
    const qint64 awayReferral = made.first().id;

    ReferralsPage page;
    page.resize(1200, 700);
    page.setDatabase(&db, officer);
    page.show();
    ASSERT_TRUE(page.message().isEmpty()) << page.message().toStdString();
    WorkingMembersModel *model = page.workingModel();
    auto select = [&](const QList<qint64> &ids) {
        page.workingView()->clearSelection();
        for (qint64 id : ids) {
            while (model->canFetchMore({}) && model->rowOf(id) < 0)
                model->fetchMore({});
            ASSERT_GE(model->rowOf(id), 0);
            page.workingView()->selectionModel()->select(model->index(model->rowOf(id), 0),
                                                         QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
        ASSERT_EQ(page.selectedMemberIds().size(), ids.size());
    };

    // Reply slip…: only letters outside the province await one.
    select({home});
    click(page.replySlipButton());
    EXPECT_FALSE(page.openDialog());
    EXPECT_TRUE(page.lastMessage().contains(QStringLiteral("Phạm Văn Gần"))) << page.lastMessage().toStdString();
    select({away});
    click(page.replySlipButton());
    QPointer<ReferralActionDialog> dialog = page.openDialog();
    ASSERT_TRUE(dialog);
    EXPECT_TRUE(dialog->intro().contains(QStringLiteral("Đảng ủy phường Hàng Bạc"))) << dialog->intro().toStdString();
    dialog->dateEdit()->setDate(today.addDays(-11)); // before the letter
    clickOk(dialog);
    ASSERT_TRUE(dialog);
    EXPECT_FALSE(dialog->findChild<QLabel *>(QStringLiteral("referralError_date"))->text().isEmpty());
    EXPECT_FALSE(storage::ResidenceRepository(db).referralById(awayReferral)->receivedDate.isValid());
    dialog->dateEdit()->setDate(today.addDays(-2));
    clickOk(dialog);
    QTest::qWait(0);
    EXPECT_EQ(storage::ResidenceRepository(db).referralById(awayReferral)->receivedDate, today.addDays(-2));

    // Not to be referred…: a reason is required; then the member is on the list, and
    // the same button takes them off again.
    select({secret});
    click(page.notReferredButton());
    dialog = page.openDialog();
    ASSERT_TRUE(dialog);
    EXPECT_TRUE(dialog->notReferredCheck()->isChecked());
    clickOk(dialog);
    ASSERT_TRUE(dialog);
    EXPECT_FALSE(dialog->findChild<QLabel *>(QStringLiteral("referralError_note"))->text().isEmpty());
    dialog->noteEdit()->setText(QStringLiteral("Nhiệm vụ bí mật"));
    clickOk(dialog);
    QTest::qWait(0);
    EXPECT_TRUE(storage::MemberRepository(db).isNotReferred(secret));
    ASSERT_GE(model->rowOf(secret), 0);
    EXPECT_EQ(model->member(model->rowOf(secret)).state, storage::WorkingMemberState::NotToBeReferred);
    select({secret});
    click(page.notReferredButton());
    dialog = page.openDialog();
    ASSERT_TRUE(dialog);
    EXPECT_FALSE(dialog->notReferredCheck()->isChecked()) << "marked already: the dialog offers taking them off";
    clickOk(dialog);
    QTest::qWait(0);
    EXPECT_FALSE(storage::MemberRepository(db).isNotReferred(secret));

    // Print letters…: the two selected members' letters, on a worker, into one PDF.
    select({home, away});
    QSignalSpy printed(&page, &ReferralsPage::lettersPrinted);
    click(page.printLettersButton());
    dialog = page.openDialog();
    ASSERT_TRUE(dialog);
    ASSERT_TRUE(dialog->selectedLettersRadio()->isChecked());
    EXPECT_TRUE(dialog->selectedLettersRadio()->text().contains(QStringLiteral("(2)")))
        << dialog->selectedLettersRadio()->text().toStdString();
    dialog->pdfPathEdit()->setText(dir.file(QStringLiteral("no-such-folder/letters.pdf")));
    clickOk(dialog);
    ASSERT_TRUE(dialog);
    EXPECT_FALSE(dialog->findChild<QLabel *>(QStringLiteral("referralError_file"))->text().isEmpty());
    const QString pdf = dir.file(QStringLiteral("letters.pdf"));
    dialog->pdfPathEdit()->setText(pdf);
    clickOk(dialog);
    ASSERT_TRUE(printed.wait(60000));
    EXPECT_TRUE(printed.first().at(0).toBool()) << printed.first().at(2).toString().toStdString();
    EXPECT_TRUE(page.lastMessage().contains(QStringLiteral("2 referral letters"))) << page.lastMessage().toStdString();
    ASSERT_TRUE(QFileInfo::exists(pdf));
    // scripts/install-deps.sh installs poppler-utils: the text is always read back.
    ASSERT_FALSE(QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) << "install poppler-utils";
    {
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        ASSERT_TRUE(text.waitForFinished(30000));
        const QString read = QString::fromUtf8(text.readAllStandardOutput());
        EXPECT_TRUE(read.contains(QStringLiteral("Phạm Văn Gần"))) << read.toStdString();
        EXPECT_TRUE(read.contains(QStringLiteral("Vũ Thị Xa")));
        EXPECT_TRUE(read.contains(QStringLiteral("Đảng ủy phường Hàng Bạc")));
        EXPECT_EQ(read.count(QStringLiteral("GIẤY GIỚI THIỆU")), 2);
    }

    // ...or every letter the organisation issued this year.
    printed.clear();
    click(page.printLettersButton());
    dialog = page.openDialog();
    ASSERT_TRUE(dialog);
    dialog->yearLettersRadio()->setChecked(true);
    dialog->organisationCombo()->setCurrentIndex(dialog->organisationCombo()->findData(workplace));
    dialog->yearSpin()->setValue(today.addDays(-10).year());
    const QString yearPdf = dir.file(QStringLiteral("year.pdf"));
    dialog->pdfPathEdit()->setText(yearPdf);
    clickOk(dialog);
    ASSERT_TRUE(printed.wait(60000));
    EXPECT_TRUE(printed.first().at(0).toBool()) << printed.first().at(2).toString().toStdString();
    const int expected =
        static_cast<int>(storage::ResidenceRepository(db).referralsIssuedBy(workplace, today.addDays(-10).year()).size());
    EXPECT_TRUE(page.lastMessage().contains(QStringLiteral("Wrote %1 referral letter").arg(expected)))
        << page.lastMessage().toStdString() << " expected " << expected;
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

// Screenshots for a human look, when CUTRU_SCREENSHOT_DIR names a folder: the
// workplace tab and the print dialog, in Vietnamese.
TEST_F(ReferralsPageTest, Screenshots)
{
    const QString shots = qEnvironmentVariable("CUTRU_SCREENSHOT_DIR");
    if (shots.isEmpty())
        GTEST_SKIP() << "set CUTRU_SCREENSHOT_DIR to save screenshots";
    language::apply(QStringLiteral("vi"));
    ReferralsPage page;
    page.resize(1280, 720);
    page.setDatabase(&db, signIn(QStringLiteral("canbo.coquan")));
    page.show();
    page.workingView()->selectRow(0);
    QTest::qWait(200);
    page.grab().save(QDir(shots).filePath(QStringLiteral("referrals-workplace-vi.png")));
    click(page.printLettersButton());
    QPointer<ReferralActionDialog> dialog = page.openDialog();
    ASSERT_TRUE(dialog);
    QTest::qWait(200);
    dialog->grab().save(QDir(shots).filePath(QStringLiteral("referrals-print-vi.png")));
    dialog->reject();
    page.workingView()->selectRow(0);
    click(page.notReferredButton());
    dialog = page.openDialog();
    ASSERT_TRUE(dialog);
    QTest::qWait(200);
    dialog->grab().save(QDir(shots).filePath(QStringLiteral("referrals-not-referred-vi.png")));
}
