// The Meetings section driven like a user would, on the small demo province with its
// demo accounts: the cell secretary creates a meeting, takes attendance with the keys
// only, saves, and finds the same marks on reopening; leaving with unsaved marks asks
// first; exempt members stay apart; the sign-in sheet prints; the commune office plans
// the year (twice: the second time creates nothing); read-only roles only look.
#include "app/attendance_sheet.h"
#include "app/language.h"
#include "app/main_window.h"
#include "app/meeting_dialog.h"
#include "app/meetings_page.h"
#include "app/plan_year_dialog.h"
#include "services/account_service.h"
#include "services/demo_province.h"
#include "services/meeting_service.h"
#include "services/referral_service.h"
#include "storage/meeting_repository.h"
#include "storage/organisation_repository.h"
#include "support/test_support.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QFile>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTabWidget>
#include <QTest>
#include <gtest/gtest.h>
#include "app/absence_alerts_widget.h"
#include "app/attendance_import_dialog.h"

namespace {

using namespace cutru;

void click(QWidget *w)
{
    ASSERT_TRUE(w != nullptr);
    ASSERT_TRUE(w->isEnabled()) << w->objectName().toStdString();
    QTest::mouseClick(w, Qt::LeftButton);
}

void key(QWidget *w, Qt::Key k, Qt::KeyboardModifiers mods = Qt::NoModifier)
{
    QTest::keyClick(w, k, mods);
}

class MeetingsPageTest : public ::testing::Test {
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

    // A meeting of the secretary's cell on `date`, made through the service.
    qint64 meetingOn(const QDate &date, MeetingKind kind = MeetingKind::Thematic)
    {
        Meeting m;
        m.cellId = orgId("TB.D01.C001.K001");
        m.date = date;
        m.kind = kind;
        m.venue = QStringLiteral("Nhà văn hóa tổ 1");
        m.held = false;
        const SaveOutcome out = MeetingService(db, signIn(QStringLiteral("bithu.chibo"))).save(m);
        EXPECT_TRUE(out.ok()) << out.message.toStdString();
        return m.id;
    }

    // Makes one member referred to the cell exempt from yesterday's meeting, so the sheet
    // has one to list apart. Returns the member's id.
    qint64 exemptOne(qint64 cellId)
    {
        const QList<storage::SheetCandidate> candidates = storage::MeetingRepository(db).sheetCandidates(cellId, yesterday);
        EXPECT_GE(candidates.size(), 5) << "the demo cell has referred members";
        if (candidates.isEmpty())
            return 0;
        const storage::SheetCandidate &c = candidates.last();
        const SaveOutcome out = ReferralService(db, signIn(QStringLiteral("vanphong.xa")))
                                    .setExemption(c.referral.id, ExemptionReason::Barracks,
                                                  std::max(c.referral.assignedDate, yesterday.addDays(-20)), QDate());
        EXPECT_TRUE(out.ok()) << out.message.toStdString();
        return c.referral.memberId;
    }

    test::TempFolder dir;
    storage::Database db = storage::Database::open(test::smallDemoCopy(dir));
    const QDate today = QDate::currentDate();
    const QDate yesterday = QDate::currentDate().addDays(-1);
};

} // namespace

TEST_F(MeetingsPageTest, TheSecretaryTakesAttendanceByKeysAndFindsTheSameMarksOnReopening)
{
    const ActingUser secretary = signIn(QStringLiteral("bithu.chibo"));
    const qint64 cell = orgId("TB.D01.C001.K001");
    const qint64 exemptMember = exemptOne(cell);
    ASSERT_GT(exemptMember, 0);

    MeetingsPage page;
    page.resize(1200, 800);
    page.setDatabase(&db, secretary);
    page.show();
    ASSERT_TRUE(page.message().isEmpty()) << page.message().toStdString();
    EXPECT_EQ(page.cellIds(), QList<qint64>{cell}) << "a cell secretary has one cell, preselected";
    EXPECT_EQ(page.currentCellId(), cell);

    // New meeting…: yesterday, thematic, with two agenda items and a capacity.
    click(page.newButton());
    QPointer<MeetingDialog> form = qobject_cast<MeetingDialog *>(page.openDialog());
    ASSERT_TRUE(form);
    EXPECT_FALSE(form->isReadOnly());
    form->dateEdit()->setDate(yesterday);
    form->kindCombo()->setCurrentIndex(form->kindCombo()->findData(code(MeetingKind::Thematic)));
    form->venueEdit()->setText(QStringLiteral("Nhà văn hóa tổ 1"));
    form->capacitySpin()->setValue(80);
    form->agendaList()->item(0)->setCheckState(Qt::Checked);
    form->agendaList()->item(5)->setCheckState(Qt::Checked);
    form->chairedByEdit()->setText(QStringLiteral("Nguyễn Văn Chủ"));
    click(form->buttons()->button(QDialogButtonBox::Ok));
    QTest::qWait(0);
    EXPECT_TRUE(!form || !form->isVisible()) << "saved: the dialog closes";
    page.setYear(yesterday.year());
    qint64 meetingId = 0;
    for (const Meeting &m : page.meetings())
        if (m.date == yesterday && m.kind == MeetingKind::Thematic)
            meetingId = m.id;
    ASSERT_GT(meetingId, 0) << page.lastMessage().toStdString();
    const auto stored = storage::MeetingRepository(db).byId(meetingId);
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->venueCapacity, 80);
    EXPECT_EQ(stored->chairedBy, QStringLiteral("Nguyễn Văn Chủ"));
    EXPECT_EQ(agendaItemsFromCodes(stored->agendaItems).size(), 2);
    EXPECT_FALSE(stored->held);

    // Take attendance: the sheet replaces the list.
    ASSERT_TRUE(page.selectMeeting(meetingId));
    EXPECT_EQ(page.attendanceButton()->text(), QStringLiteral("&Take attendance"));
    click(page.attendanceButton());
    ASSERT_TRUE(page.isSheetShown());
    AttendanceSheetWidget *sheet = page.sheet();
    AttendanceSheetModel *model = sheet->model();
    AttendanceSheetView *view = sheet->view();
    EXPECT_FALSE(sheet->isReadOnly()) << sheet->message().toStdString();
    const int expected = model->expectedCount();
    ASSERT_GE(expected, 4);
    EXPECT_EQ(model->rowCount(), expected);

    // The exempt member is listed apart, not among the lines to mark.
    EXPECT_EQ(model->rowOf(exemptMember), -1);
    ASSERT_EQ(sheet->exemptView()->rowCount(), 1);
    EXPECT_EQ(sheet->exemptView()->item(0, 0)->data(AttendanceSheetModel::MemberIdRole).toLongLong(), exemptMember);
    EXPECT_TRUE(sheet->exemptView()->isVisible());
    key(sheet->exemptView(), Qt::Key_P);
    EXPECT_EQ(model->tally().present, 0) << "keys on the exempt list mark nobody";
    EXPECT_EQ(model->tally().exempt, 1);

    // Keys only: all present, then the exceptions.
    ASSERT_EQ(view->currentIndex().row(), 0);
    key(view, Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_EQ(model->tally().present, expected);
    EXPECT_EQ(model->tally().unmarked, 0);
    EXPECT_TRUE(sheet->hasUnsavedChanges());

    key(view, Qt::Key_Down);
    ASSERT_EQ(view->currentIndex().row(), 1);
    const qint64 excusedMember = model->line(1).memberId;
    key(view, Qt::Key_L); // absent with reason: the reason opens
    EXPECT_EQ(model->line(1).status, AttendanceStatus::AbsentExcused);
    EXPECT_EQ(view->currentIndex().column(), int(AttendanceSheetModel::ReasonColumn));
    auto *editor = qobject_cast<QLineEdit *>(view->indexWidget(model->index(1, AttendanceSheetModel::ReasonColumn)));
    ASSERT_TRUE(editor) << "the reason cell is open for typing";
    QTest::keyClicks(editor, QStringLiteral("Di cong tac"));
    key(editor, Qt::Key_Return);
    QTest::qWait(0);
    EXPECT_EQ(model->line(1).reason, QStringLiteral("Di cong tac"));
    EXPECT_EQ(view->currentIndex().row(), 2) << "Enter goes on to the next member";
    EXPECT_EQ(view->currentIndex().column(), int(AttendanceSheetModel::StatusColumn));

    const qint64 unexcusedMember = model->line(2).memberId;
    key(view, Qt::Key_K); // absent without reason
    EXPECT_EQ(model->line(2).status, AttendanceStatus::AbsentUnexcused);
    EXPECT_EQ(view->currentIndex().row(), 3) << "after a mark the cursor moves on";

    // Row 3: present → absent without reason (English key) → Delete clears → C present.
    const qint64 fourth = model->line(3).memberId;
    key(view, Qt::Key_U);
    EXPECT_EQ(model->line(3).status, AttendanceStatus::AbsentUnexcused);
    key(view, Qt::Key_Up);
    key(view, Qt::Key_Delete);
    EXPECT_FALSE(model->line(3).status.has_value());
    EXPECT_EQ(model->tally().unmarked, 1);
    key(view, Qt::Key_C);
    EXPECT_EQ(model->line(3).status, AttendanceStatus::Present);

    // One of the cell's own members who came too: listed, not counted.
    const QList<storage::ListedMember> own = MeetingService(db, secretary).cellMembers(cell);
    qint64 ownMember = 0;
    for (const auto &m : own)
        if (model->rowOf(m.memberId) < 0 && m.memberId != exemptMember) {
            ownMember = m.memberId;
            break;
        }
    ASSERT_GT(ownMember, 0);
    ASSERT_TRUE(sheet->addCellMembers({ownMember}));
    ASSERT_EQ(model->rowCount(), expected + 1);
    EXPECT_TRUE(model->isOwnMember(expected));
    EXPECT_EQ(view->currentIndex().row(), expected);
    key(view, Qt::Key_P);
    EXPECT_EQ(model->line(expected).status, AttendanceStatus::Present);
    EXPECT_EQ(model->tally().expected, expected) << "the cell's own members are not counted";
    EXPECT_EQ(model->tally().present, expected - 2);
    EXPECT_EQ(model->tally().absentExcused, 1);
    EXPECT_EQ(model->tally().absentUnexcused, 1);
    EXPECT_TRUE(sheet->tallyLabel()->text().contains(QStringLiteral("present: %1").arg(expected - 2)))
        << sheet->tallyLabel()->text().toStdString();

    sheet->guestsSpin()->setValue(7);
    key(view, Qt::Key_S, Qt::ControlModifier); // save
    EXPECT_FALSE(sheet->hasUnsavedChanges()) << sheet->message().toStdString();
    EXPECT_TRUE(sheet->message().contains(QStringLiteral("saved"))) << sheet->message().toStdString();

    // Stored: one sheet, as marked.
    const AttendanceSheet read = MeetingService(db, secretary).sheet(meetingId);
    EXPECT_TRUE(read.meeting.held);
    EXPECT_EQ(read.meeting.guests, 7);
    ASSERT_EQ(read.expected.size(), expected);
    QHash<qint64, SheetLine> byMember;
    for (const SheetLine &l : read.expected)
        byMember.insert(l.memberId, l);
    EXPECT_EQ(byMember.value(excusedMember).status, AttendanceStatus::AbsentExcused);
    EXPECT_EQ(byMember.value(excusedMember).reason, QStringLiteral("Di cong tac"));
    EXPECT_EQ(byMember.value(unexcusedMember).status, AttendanceStatus::AbsentUnexcused);
    EXPECT_EQ(byMember.value(fourth).status, AttendanceStatus::Present);
    EXPECT_EQ(read.tally().present, expected - 2);
    ASSERT_EQ(read.ownMembers.size(), 1);
    EXPECT_EQ(read.ownMembers.first().memberId, ownMember);
    EXPECT_EQ(read.ownMembers.first().status, AttendanceStatus::Present);
    ASSERT_EQ(read.exempt.size(), 1);
    EXPECT_EQ(read.exempt.first().memberId, exemptMember);

    // Back to the list: the meeting is held with its rate.
    click(sheet->backButton());
    ASSERT_FALSE(page.isSheetShown()) << "nothing unsaved: no question";
    ASSERT_TRUE(page.selectMeeting(meetingId));
    const int row = page.meetingsView()->currentIndex().row();
    EXPECT_EQ(page.meetingsModel()->index(row, 2).data().toString(), QStringLiteral("Held"));
    EXPECT_EQ(page.meetingsModel()->index(row, 3).data().toInt(), expected);
    EXPECT_EQ(page.meetingsModel()->index(row, 4).data().toInt(), expected - 2);

    // A new page, as after restarting: the same marks.
    MeetingsPage again;
    again.resize(1200, 800);
    again.setDatabase(&db, secretary);
    again.show();
    again.setYear(yesterday.year());
    ASSERT_TRUE(again.selectMeeting(meetingId));
    ASSERT_TRUE(again.openSheet(meetingId));
    AttendanceSheetModel *reopened = again.sheet()->model();
    ASSERT_EQ(reopened->expectedCount(), expected);
    ASSERT_EQ(reopened->rowCount(), expected + 1);
    for (int i = 0; i < expected; ++i) {
        const SheetLine &l = reopened->line(i);
        const AttendanceStatus want = l.memberId == excusedMember     ? AttendanceStatus::AbsentExcused
                                      : l.memberId == unexcusedMember ? AttendanceStatus::AbsentUnexcused
                                                                      : AttendanceStatus::Present;
        EXPECT_EQ(l.status, want) << l.fullName.toStdString();
    }
    const int excusedRow = reopened->rowOf(excusedMember);
    EXPECT_EQ(reopened->index(excusedRow, AttendanceSheetModel::ReasonColumn).data().toString(),
              QStringLiteral("Di cong tac"));
    EXPECT_EQ(reopened->index(excusedRow, AttendanceSheetModel::StatusColumn).data(AttendanceSheetModel::StatusCodeRole).toString(),
              code(AttendanceStatus::AbsentExcused));
    EXPECT_TRUE(reopened->isOwnMember(reopened->rowOf(ownMember)));
    EXPECT_EQ(again.sheet()->guestsSpin()->value(), 7);
    EXPECT_EQ(again.sheet()->exemptView()->rowCount(), 1);
    EXPECT_FALSE(again.sheet()->hasUnsavedChanges());

    // A meeting with recorded attendance cannot be deleted: the page says why.
    ASSERT_TRUE(again.showList());
    ASSERT_TRUE(again.selectMeeting(meetingId));
    click(again.deleteButton());
    QPointer<QMessageBox> confirm = again.confirmBox();
    ASSERT_TRUE(confirm);
    click(confirm->button(QMessageBox::Yes));
    QTest::qWait(0);
    EXPECT_TRUE(storage::MeetingRepository(db).byId(meetingId).has_value());
    EXPECT_TRUE(again.lastMessage().contains(QStringLiteral("cannot be deleted"))) << again.lastMessage().toStdString();
}

TEST_F(MeetingsPageTest, LeavingASheetWithUnsavedMarksAsksFirst)
{
    const ActingUser secretary = signIn(QStringLiteral("bithu.chibo"));
    const qint64 meetingId = meetingOn(yesterday);

    MeetingsPage page;
    page.resize(1200, 800);
    page.setDatabase(&db, secretary);
    page.show();
    page.setYear(yesterday.year());
    ASSERT_TRUE(page.openSheet(meetingId));
    AttendanceSheetWidget *sheet = page.sheet();
    key(sheet->view(), Qt::Key_P);
    ASSERT_TRUE(sheet->hasUnsavedChanges());

    // Cancel keeps the sheet and its marks.
    click(sheet->backButton());
    QPointer<QMessageBox> prompt = sheet->leavePrompt();
    ASSERT_TRUE(prompt);
    EXPECT_TRUE(prompt->isVisible());
    click(prompt->button(QMessageBox::Cancel));
    QTest::qWait(0);
    EXPECT_TRUE(page.isSheetShown());
    EXPECT_TRUE(sheet->hasUnsavedChanges());
    EXPECT_EQ(sheet->model()->line(0).status, AttendanceStatus::Present);

    // Discard leaves without writing.
    click(sheet->backButton());
    prompt = sheet->leavePrompt();
    ASSERT_TRUE(prompt);
    click(prompt->button(QMessageBox::Discard));
    QTest::qWait(0);
    EXPECT_FALSE(page.isSheetShown());
    EXPECT_EQ(MeetingService(db, secretary).sheet(meetingId).tally().present, 0);
    EXPECT_FALSE(MeetingService(db, secretary).sheet(meetingId).meeting.held);

    // Save saves, then leaves.
    ASSERT_TRUE(page.openSheet(meetingId));
    key(sheet->view(), Qt::Key_C);
    key(sheet->view(), Qt::Key_C);
    EXPECT_FALSE(page.showList());
    prompt = sheet->leavePrompt();
    ASSERT_TRUE(prompt);
    click(prompt->button(QMessageBox::Save));
    QTest::qWait(0);
    EXPECT_FALSE(page.isSheetShown());
    EXPECT_EQ(MeetingService(db, secretary).sheet(meetingId).tally().present, 2);

    // In the main window: another section, or closing, asks the same question.
    MainWindow window;
    window.setAuthenticator([](storage::Database &d) -> std::optional<ActingUser> {
        const SignInResult r = AccountService(d).signIn(QStringLiteral("bithu.chibo"), demoPassword());
        return r.ok() ? std::optional<ActingUser>(r.user) : std::nullopt;
    });
    QString error;
    ASSERT_TRUE(window.openDatabase(db.path(), &error)) << error.toStdString();
    window.show();
    window.showSection(MainWindow::Section::Meetings);
    MeetingsPage *inWindow = window.meetingsPage();
    ASSERT_TRUE(inWindow->isVisible());
    EXPECT_EQ(inWindow->cellIds(), QList<qint64>{orgId("TB.D01.C001.K001")});
    inWindow->setYear(yesterday.year());
    ASSERT_TRUE(inWindow->openSheet(meetingId));
    key(inWindow->sheet()->view(), Qt::Key_K);
    ASSERT_TRUE(inWindow->hasUnsavedChanges());
    window.showSection(MainWindow::Section::Referrals);
    EXPECT_EQ(window.currentSection(), MainWindow::Section::Meetings) << "not before the question is answered";
    prompt = inWindow->sheet()->leavePrompt();
    ASSERT_TRUE(prompt);
    click(prompt->button(QMessageBox::Cancel));
    QTest::qWait(0);
    EXPECT_EQ(window.currentSection(), MainWindow::Section::Meetings);
    EXPECT_TRUE(inWindow->isSheetShown());

    EXPECT_FALSE(window.close()) << "closing asks too";
    prompt = inWindow->sheet()->leavePrompt();
    ASSERT_TRUE(prompt);
    click(prompt->button(QMessageBox::Cancel));
    QTest::qWait(0);
    EXPECT_TRUE(window.isVisible());

    window.showSection(MainWindow::Section::Referrals);
    prompt = inWindow->sheet()->leavePrompt();
    ASSERT_TRUE(prompt);
    click(prompt->button(QMessageBox::Discard));
    QTest::qWait(0);
    EXPECT_EQ(window.currentSection(), MainWindow::Section::Referrals);
    EXPECT_EQ(MeetingService(db, secretary).sheet(meetingId).tally().absentUnexcused, 0);
}

TEST_F(MeetingsPageTest, AFutureMeetingIsNotRecordedAndReadOnlyRolesOnlyLook)
{
    const ActingUser secretary = signIn(QStringLiteral("bithu.chibo"));
    const qint64 cell = orgId("TB.D01.C001.K001");
    const qint64 tomorrow = meetingOn(today.addDays(1), MeetingKind::Extraordinary);
    const qint64 past = meetingOn(yesterday);

    MeetingsPage page;
    page.resize(1200, 800);
    page.setDatabase(&db, secretary);
    page.show();
    page.setYear(today.addDays(1).year());
    ASSERT_TRUE(page.selectMeeting(tomorrow));
    EXPECT_FALSE(page.attendanceButton()->isEnabled());
    EXPECT_TRUE(page.hintLabel()->text().contains(QStringLiteral("not taken place yet"))) << page.hintLabel()->text().toStdString();
    EXPECT_TRUE(page.printSignInButton()->isEnabled()) << "its sign-in sheet prints before it";
    EXPECT_FALSE(page.printRecordButton()->isEnabled()) << "no record before it is held";
    // Opened anyway, the sheet is read-only and says why.
    ASSERT_TRUE(page.openSheet(tomorrow));
    EXPECT_TRUE(page.sheet()->isReadOnly());
    EXPECT_TRUE(page.sheet()->message().contains(QStringLiteral("not taken place yet")));
    key(page.sheet()->view(), Qt::Key_P);
    EXPECT_EQ(page.sheet()->model()->tally().present, 0);
    EXPECT_FALSE(page.sheet()->saveButton()->isEnabled());
    EXPECT_FALSE(page.sheet()->save().ok());
    ASSERT_TRUE(page.showList());

    // A planned meeting past its date is listed as past due.
    bool listed = false;
    for (const Meeting &m : page.pastDueMeetings())
        listed = listed || m.id == past;
    EXPECT_TRUE(listed);
    EXPECT_TRUE(page.pastDueLabel()->text().contains(QStringLiteral("Past due"))) << page.pastDueLabel()->text().toStdString();

    // The auditor looks: every residence cell, nothing to change.
    const ActingUser auditor = signIn(QStringLiteral("kiemtra"));
    MeetingsPage audit;
    audit.resize(1200, 800);
    audit.setDatabase(&db, auditor);
    audit.show();
    EXPECT_GT(audit.cellIds().size(), 10);
    ASSERT_TRUE(audit.selectCell(cell));
    audit.setYear(yesterday.year());
    ASSERT_TRUE(audit.selectMeeting(past));
    EXPECT_FALSE(audit.newButton()->isEnabled());
    EXPECT_FALSE(audit.deleteButton()->isEnabled());
    EXPECT_FALSE(audit.planButton()->isEnabled());
    EXPECT_EQ(audit.attendanceButton()->text(), QStringLiteral("&View attendance"));
    click(audit.attendanceButton());
    ASSERT_TRUE(audit.isSheetShown());
    EXPECT_TRUE(audit.sheet()->isReadOnly());
    EXPECT_GT(audit.sheet()->model()->rowCount(), 0);
    key(audit.sheet()->view(), Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    key(audit.sheet()->view(), Qt::Key_P);
    EXPECT_EQ(audit.sheet()->model()->tally().present, 0);
    EXPECT_FALSE(audit.sheet()->hasUnsavedChanges());
    EXPECT_TRUE(audit.showList());
    // Its form opens read-only.
    click(audit.editButton());
    QPointer<MeetingDialog> form = qobject_cast<MeetingDialog *>(audit.openDialog());
    ASSERT_TRUE(form);
    EXPECT_TRUE(form->isReadOnly());
    EXPECT_EQ(form->buttons()->button(QDialogButtonBox::Ok), nullptr);
    form->reject();
}

TEST_F(MeetingsPageTest, PrintingTheSignInSheetAndTheRecordWritesPdfs)
{
    const ActingUser secretary = signIn(QStringLiteral("bithu.chibo"));
    const qint64 meetingId = meetingOn(yesterday);
    const AttendanceSheet before = MeetingService(db, secretary).sheet(meetingId);
    ASSERT_FALSE(before.expected.isEmpty());

    MeetingsPage page;
    page.resize(1200, 800);
    page.setDatabase(&db, secretary);
    page.show();
    page.setYear(yesterday.year());
    ASSERT_TRUE(page.selectMeeting(meetingId));
    QSignalSpy printed(&page, &MeetingsPage::printed);

    // A folder that does not exist is refused beside the file field.
    click(page.printSignInButton());
    QPointer<MeetingPrintDialog> dialog = qobject_cast<MeetingPrintDialog *>(page.openDialog());
    ASSERT_TRUE(dialog);
    EXPECT_EQ(dialog->kind(), MeetingPrintDialog::Kind::SignInSheet);
    EXPECT_TRUE(dialog->pdfPath().endsWith(QStringLiteral(".pdf")));
    dialog->pdfPathEdit()->setText(dir.file(QStringLiteral("missing/sheet.pdf")));
    click(dialog->buttons()->button(QDialogButtonBox::Ok));
    ASSERT_TRUE(dialog);
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_TRUE(dialog->errorText(QStringLiteral("file")).contains(QStringLiteral("does not exist")));

    const QString pdf = dir.file(QStringLiteral("sign-in.pdf"));
    dialog->pdfPathEdit()->setText(pdf);
    click(dialog->buttons()->button(QDialogButtonBox::Ok));
    ASSERT_TRUE(printed.wait(30000) || printed.count() == 1);
    ASSERT_EQ(printed.count(), 1);
    EXPECT_TRUE(printed.at(0).at(0).toBool()) << printed.at(0).at(2).toString().toStdString();
    ASSERT_TRUE(QFileInfo::exists(pdf));
    EXPECT_GT(QFileInfo(pdf).size(), 1000);
    EXPECT_FALSE(QFileInfo::exists(dir.file(QStringLiteral(".sign-in.pdf.printing"))));
    // scripts/install-deps.sh installs poppler-utils: the text is always read back.
    ASSERT_FALSE(QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) << "install poppler-utils";
    {
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        ASSERT_TRUE(text.waitForFinished(30000));
        const QString read = QString::fromUtf8(text.readAllStandardOutput());
        EXPECT_TRUE(read.contains(before.expected.first().fullName)) << read.toStdString();
        EXPECT_TRUE(read.contains(before.expected.last().fullName));
    }

    // The record prints once the meeting is held.
    EXPECT_FALSE(page.printRecordButton()->isEnabled());
    ASSERT_TRUE(page.openSheet(meetingId));
    page.sheet()->markAllPresent();
    ASSERT_TRUE(page.sheet()->save().ok());
    ASSERT_TRUE(page.showList());
    ASSERT_TRUE(page.selectMeeting(meetingId));
    ASSERT_TRUE(page.printRecordButton()->isEnabled());
    const QString record = dir.file(QStringLiteral("record.pdf"));
    ASSERT_TRUE(page.printAttendanceRecord(meetingId, record));
    EXPECT_FALSE(page.printSignInSheet(meetingId, pdf)) << "one PDF at a time";
    ASSERT_TRUE(printed.wait(30000) || printed.count() == 2);
    ASSERT_EQ(printed.count(), 2);
    EXPECT_TRUE(printed.at(1).at(0).toBool()) << printed.at(1).at(2).toString().toStdString();
    EXPECT_TRUE(QFileInfo::exists(record));
    EXPECT_TRUE(page.lastMessage().contains(QStringLiteral("record.pdf"))) << page.lastMessage().toStdString();
}

TEST_F(MeetingsPageTest, TheCommuneOfficePlansTheYearOnceOnly)
{
    const ActingUser office = signIn(QStringLiteral("vanphong.xa"));
    const qint64 commune = orgId("TB.D01.C001");
    const int year = today.year() + 1;

    MeetingsPage page;
    page.resize(1200, 800);
    page.setDatabase(&db, office);
    page.show();
    const QList<qint64> cells = page.cellIds();
    ASSERT_GE(cells.size(), 2) << "the commune's village and residential-group cells";
    for (qint64 id : cells) {
        const auto stored = storage::OrganisationRepository(db).byId(id);
        ASSERT_TRUE(stored);
        EXPECT_NE(stored->kind, code(CellKind::Other)) << "school, clinic and police cells do not hold residence meetings";
    }

    click(page.planButton());
    QPointer<PlanYearDialog> dialog = qobject_cast<PlanYearDialog *>(page.openDialog());
    ASSERT_TRUE(dialog);
    EXPECT_EQ(dialog->scopeId(), commune) << "the office plans its commune";
    EXPECT_EQ(dialog->scopeCombo()->count(), 1);
    dialog->yearSpin()->setValue(year);
    EXPECT_TRUE(dialog->rulesLabel()->text().contains(QStringLiteral("15/02/%1").arg(year)))
        << dialog->rulesLabel()->text().toStdString();
    click(dialog->buttons()->button(QDialogButtonBox::Ok));
    QTest::qWait(0);
    EXPECT_TRUE(!dialog || !dialog->isVisible()) << page.lastMessage().toStdString();

    MeetingService service(db, office);
    const int perYear = service.rules().meetingsPerYear();
    EXPECT_EQ(perYear, 2) << "Regulation 213 by default";
    for (qint64 id : cells)
        EXPECT_EQ(service.meetingsOf(id, QDate(year, 1, 1), QDate(year, 12, 31)).size(), perYear);
    EXPECT_EQ(page.year(), year);
    EXPECT_EQ(page.meetings().size(), perYear) << "the list shows the planned year";
    EXPECT_TRUE(page.lastMessage().contains(QString::number(cells.size() * perYear))) << page.lastMessage().toStdString();

    // Planning again creates nothing.
    const PlanResult again = page.planYear(commune, year);
    ASSERT_TRUE(again.outcome.ok()) << again.outcome.message.toStdString();
    EXPECT_EQ(again.created, 0);
    EXPECT_EQ(again.existing, cells.size() * perYear);
    for (qint64 id : cells)
        EXPECT_EQ(service.meetingsOf(id, QDate(year, 1, 1), QDate(year, 12, 31)).size(), perYear);

    // A planned meeting without attendance can be deleted.
    const qint64 first = page.meetings().first().id;
    ASSERT_TRUE(page.selectMeeting(first));
    click(page.deleteButton());
    QPointer<QMessageBox> confirm = page.confirmBox();
    ASSERT_TRUE(confirm);
    click(confirm->button(QMessageBox::Yes));
    QTest::qWait(0);
    EXPECT_FALSE(storage::MeetingRepository(db).byId(first).has_value()) << page.lastMessage().toStdString();

    // The rules are the board's: the office sees them read-only.
    click(page.rulesButton());
    QPointer<MeetingRulesDialog> rules = qobject_cast<MeetingRulesDialog *>(page.openDialog());
    ASSERT_TRUE(rules);
    EXPECT_FALSE(rules->profileCombo()->isEnabled());
    rules->reject();
}

TEST_F(MeetingsPageTest, TheBoardSetsTheRulesThatPlanningFollows)
{
    const ActingUser board = signIn(QStringLiteral("admin"));
    MeetingsPage page;
    page.resize(1200, 800);
    page.setDatabase(&db, board);
    page.show();
    click(page.rulesButton());
    QPointer<MeetingRulesDialog> rules = qobject_cast<MeetingRulesDialog *>(page.openDialog());
    ASSERT_TRUE(rules);
    EXPECT_FALSE(rules->perYearSpin()->isEnabled()) << "Regulation 213 fixes its own frequency";
    rules->profileCombo()->setCurrentIndex(rules->profileCombo()->findData(code(MeetingRuleProfile::Regulation76)));
    EXPECT_TRUE(rules->perYearSpin()->isEnabled());
    rules->perYearSpin()->setValue(4);
    rules->absenceSpin()->setValue(3);
    rules->withReasonCheck()->setChecked(true);
    rules->crowdedSpin()->setValue(120);
    EXPECT_EQ(rules->targetRateSpin()->value(), 80) << "the default target rate";
    rules->targetRateSpin()->setValue(75);
    click(rules->buttons()->button(QDialogButtonBox::Ok));
    QTest::qWait(0);
    EXPECT_TRUE(!rules || !rules->isVisible());
    const MeetingRules stored = MeetingService(db, board).rules();
    EXPECT_EQ(stored.profile, MeetingRuleProfile::Regulation76);
    EXPECT_EQ(stored.meetingsPerYear(), 4);
    EXPECT_EQ(stored.absenceAlertAfter, 3);
    EXPECT_TRUE(stored.absencesWithReasonCount);
    EXPECT_EQ(stored.crowdedAbove, 120);
    EXPECT_EQ(stored.targetRate, 75);

    // The board plans one commune through the page: four meetings a cell now.
    const qint64 commune = orgId("TB.D01.C001");
    const PlanResult r = page.planYear(commune, today.year() + 2);
    ASSERT_TRUE(r.outcome.ok()) << r.outcome.message.toStdString();
    EXPECT_EQ(r.created, r.cells * 4);
}

TEST_F(MeetingsPageTest, TypingInTheReasonColumnWritesTheReason)
{
    const ActingUser secretary = signIn(QStringLiteral("bithu.chibo"));
    const qint64 meetingId = meetingOn(yesterday);
    MeetingsPage page;
    page.resize(1200, 800);
    page.setDatabase(&db, secretary);
    page.show();
    ASSERT_TRUE(page.openSheet(meetingId));
    AttendanceSheetView *view = page.sheet()->view();
    AttendanceSheetModel *model = page.sheet()->model();
    ASSERT_GE(model->rowCount(), 3);
    ASSERT_EQ(view->currentIndex(), model->index(0, AttendanceSheetModel::StatusColumn));

    // Right into the Reason column; the first letter opens it and marks the absence.
    key(view, Qt::Key_Right);
    ASSERT_EQ(view->currentIndex().column(), int(AttendanceSheetModel::ReasonColumn));
    key(view, Qt::Key_O);
    EXPECT_EQ(model->line(0).status, AttendanceStatus::AbsentExcused);
    auto *editor = qobject_cast<QLineEdit *>(view->indexWidget(model->index(0, AttendanceSheetModel::ReasonColumn)));
    ASSERT_TRUE(editor);
    QTest::keyClicks(editor, QStringLiteral("m dau"));
    key(editor, Qt::Key_Return);
    QTest::qWait(0);
    EXPECT_EQ(model->line(0).reason, QStringLiteral("om dau")) << "the first letter typed is the reason's";
    EXPECT_EQ(view->currentIndex(), model->index(1, AttendanceSheetModel::StatusColumn));

    // Escape leaves the reason empty and the cursor back among the marks: the next
    // letter is a mark again, not text.
    key(view, Qt::Key_E);
    editor = qobject_cast<QLineEdit *>(view->indexWidget(model->index(1, AttendanceSheetModel::ReasonColumn)));
    ASSERT_TRUE(editor);
    key(editor, Qt::Key_Escape);
    QTest::qWait(0);
    EXPECT_EQ(view->currentIndex(), model->index(1, AttendanceSheetModel::StatusColumn));
    EXPECT_EQ(model->index(1, AttendanceSheetModel::ReasonColumn).data().toString(), QStringLiteral("(type the reason)"));
    // Saving an absence with reason but no reason is refused, naming the member.
    const SaveOutcome refused = page.sheet()->save();
    EXPECT_EQ(refused.status, SaveOutcome::Status::Invalid);
    EXPECT_TRUE(page.sheet()->message().contains(model->line(1).fullName)) << page.sheet()->message().toStdString();
    EXPECT_TRUE(page.sheet()->hasUnsavedChanges());
    EXPECT_EQ(MeetingService(db, secretary).sheet(meetingId).tally().absentExcused, 0) << "nothing written";
    key(view, Qt::Key_K);
    EXPECT_EQ(model->line(1).status, AttendanceStatus::AbsentUnexcused);
    EXPECT_TRUE(page.sheet()->save().ok()) << page.sheet()->message().toStdString();
    EXPECT_EQ(MeetingService(db, secretary).sheet(meetingId).tally().absentExcused, 1);
}

TEST_F(MeetingsPageTest, ASheetSavedMeanwhileByOthersIsReloadedKeepingTheMarks)
{
    const ActingUser secretary = signIn(QStringLiteral("bithu.chibo"));
    const qint64 meetingId = meetingOn(yesterday);
    MeetingsPage page;
    page.resize(1200, 800);
    page.setDatabase(&db, secretary);
    page.show();
    ASSERT_TRUE(page.openSheet(meetingId));
    AttendanceSheetWidget *sheet = page.sheet();
    key(sheet->view(), Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    key(sheet->view(), Qt::Key_K);
    const int expected = sheet->model()->expectedCount();

    // The commune office records the same meeting meanwhile (one member present).
    const ActingUser office = signIn(QStringLiteral("vanphong.xa"));
    const AttendanceSheet theirs = MeetingService(db, office).sheet(meetingId);
    Attendance one;
    one.meetingId = meetingId;
    one.memberId = theirs.expected.last().memberId;
    one.status = AttendanceStatus::Present;
    ASSERT_TRUE(MeetingService(db, office).record(meetingId, {one}, 3, theirs.meeting.rowVersion).ok());

    const SaveOutcome stale = sheet->save();
    EXPECT_EQ(stale.status, SaveOutcome::Status::Stale);
    EXPECT_TRUE(sheet->reloadButton()->isVisibleTo(sheet));
    EXPECT_TRUE(sheet->hasUnsavedChanges());
    EXPECT_EQ(MeetingService(db, secretary).sheet(meetingId).tally().present, 1) << "theirs stays";

    click(sheet->reloadButton());
    EXPECT_EQ(sheet->model()->line(0).status, AttendanceStatus::AbsentUnexcused) << "my marks are kept";
    EXPECT_EQ(sheet->model()->tally().present, expected - 1);
    EXPECT_TRUE(sheet->save().ok()) << sheet->message().toStdString();
    const AttendanceSheet stored = MeetingService(db, secretary).sheet(meetingId);
    EXPECT_EQ(stored.tally().present, expected - 1);
    EXPECT_EQ(stored.tally().absentUnexcused, 1);
    EXPECT_EQ(stored.meeting.guests, 3) << "their headcount, read again";
}

TEST_F(MeetingsPageTest, TheAbsenceAlertsTabListsMembersAbsentTwiceInARow)
{
    const ActingUser secretary = signIn(QStringLiteral("bithu.chibo"));
    // Two held meetings where the first expected member was absent without reason.
    const QList<qint64> ids{meetingOn(yesterday.addDays(-30)), meetingOn(yesterday)};
    qint64 absent = 0;
    QString name;
    for (qint64 id : ids) {
        const AttendanceSheet sheet = MeetingService(db, secretary).sheet(id);
        ASSERT_FALSE(sheet.expected.isEmpty());
        absent = sheet.expected.first().memberId;
        name = sheet.expected.first().fullName;
        QList<Attendance> marks;
        for (const SheetLine &l : sheet.expected)
            marks.append({id, l.memberId, l.memberId == absent ? AttendanceStatus::AbsentUnexcused : AttendanceStatus::Present, {}});
        const SaveOutcome out = MeetingService(db, secretary).record(id, marks, 0, sheet.meeting.rowVersion);
        ASSERT_TRUE(out.ok()) << out.message.toStdString();
    }

    MeetingsPage page;
    page.resize(1200, 700);
    page.setDatabase(&db, secretary);
    page.show();
    ASSERT_TRUE(page.tabs() != nullptr);
    QSignalSpy loaded(page.absenceAlerts(), &AbsenceAlertsWidget::loaded);
    page.tabs()->setCurrentWidget(page.absenceAlerts());
    ASSERT_TRUE(loaded.wait(30000));
    bool listed = false;
    for (const storage::AbsenceAlert &a : page.absenceAlerts()->alerts())
        if (a.memberId == absent) {
            listed = true;
            EXPECT_EQ(a.consecutive, 2) << name.toStdString();
            EXPECT_EQ(a.lastMeeting, yesterday);
            EXPECT_FALSE(a.organisationName.isEmpty()) << "the workplace organisation to tell";
        }
    EXPECT_TRUE(listed) << name.toStdString() << " is not listed";
}

TEST_F(MeetingsPageTest, TheSecretaryImportsAttendanceFromACsvFileCheckingFirst)
{
    const ActingUser secretary = signIn(QStringLiteral("bithu.chibo"));
    const qint64 id = meetingOn(yesterday);
    const AttendanceSheet before = MeetingService(db, secretary).sheet(id);
    ASSERT_GE(before.expected.size(), 2);
    const QString csvPath = dir.file(QStringLiteral("diem-danh.csv"));
    {
        QFile f(csvPath);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("Số thẻ đảng viên;Tình hình;Lý do\n%1;có mặt;\n%2;vắng có lý do;Ốm\n99999999;có mặt;\n")
                    .arg(before.expected[0].partyCardNo, before.expected[1].partyCardNo)
                    .toUtf8());
    }

    MeetingsPage page;
    page.resize(1200, 700);
    page.setDatabase(&db, secretary);
    page.show();
    QTest::qWait(0);
    ASSERT_TRUE(page.selectMeeting(id));
    click(page.importAttendanceButton());
    QPointer<AttendanceImportDialog> dialog = page.importDialog();
    ASSERT_TRUE(dialog);
    EXPECT_FALSE(dialog->importButton()->isEnabled()) << "nothing checked yet";
    dialog->setCsvPath(csvPath);
    QSignalSpy done(dialog.data(), &AttendanceImportDialog::finishedRun);
    click(dialog->checkButton());
    ASSERT_TRUE(done.wait(30000));
    EXPECT_FALSE(done.first().at(0).toBool()) << "a check writes nothing";
    EXPECT_EQ(dialog->result().matched.size(), 2);
    ASSERT_EQ(dialog->result().unmatched.size(), 1);
    EXPECT_EQ(dialog->result().unmatched.first().line, 4);
    EXPECT_TRUE(dialog->summaryLabel()->text().contains(QStringLiteral("Rows left out: 1"))) << dialog->summaryLabel()->text().toStdString();
    EXPECT_TRUE(MeetingService(db, secretary).sheet(id).expected[0].status == std::nullopt);

    done.clear();
    click(dialog->importButton());
    ASSERT_TRUE(done.wait(30000));
    EXPECT_TRUE(done.first().at(0).toBool());
    const AttendanceSheet after = MeetingService(db, secretary).sheet(id);
    EXPECT_EQ(after.expected[0].status, AttendanceStatus::Present);
    EXPECT_EQ(after.expected[1].status, AttendanceStatus::AbsentExcused);
    EXPECT_EQ(after.expected[1].reason, QStringLiteral("Ốm"));
    EXPECT_TRUE(page.lastMessage().contains(QStringLiteral("imported"))) << page.lastMessage().toStdString();

    // The same file again: every matched row is already recorded; nothing to import.
    done.clear();
    click(dialog->checkButton());
    ASSERT_TRUE(done.wait(30000));
    EXPECT_FALSE(dialog->importButton()->isEnabled());
    EXPECT_TRUE(dialog->summaryLabel()->text().contains(QStringLiteral("already recorded 2"))) << dialog->summaryLabel()->text().toStdString();
    dialog->reject();
}

TEST_F(MeetingsPageTest, Screenshots)
{
    const QString shots = qEnvironmentVariable("CUTRU_SCREENSHOT_DIR");
    if (shots.isEmpty())
        GTEST_SKIP() << "set CUTRU_SCREENSHOT_DIR to save screenshots";
    const ActingUser secretary = signIn(QStringLiteral("bithu.chibo"));
    exemptOne(orgId("TB.D01.C001.K001"));
    const qint64 meetingId = meetingOn(yesterday, MeetingKind::Periodic);
    meetingOn(yesterday.addMonths(-3));
    for (const QString &lang : {QStringLiteral("vi"), QStringLiteral("en")}) {
        language::apply(lang);
        MeetingsPage page;
        page.resize(1280, 760);
        page.setDatabase(&db, secretary);
        page.show();
        page.setYear(yesterday.year());
        page.selectMeeting(meetingId);
        QTest::qWait(200);
        page.grab().save(QDir(shots).filePath(QStringLiteral("meetings-%1.png").arg(lang)));
        ASSERT_TRUE(page.openSheet(meetingId));
        AttendanceSheetView *view = page.sheet()->view();
        key(view, Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
        key(view, Qt::Key_Down);
        key(view, Qt::Key_K);
        key(view, Qt::Key_L);
        QTest::qWait(200);
        page.grab().save(QDir(shots).filePath(QStringLiteral("attendance-sheet-%1.png").arg(lang)));
        page.sheet()->discardChanges();
        ASSERT_TRUE(page.showList());
        click(page.editButton());
        QPointer<MeetingFormDialog> dialog = page.openDialog();
        ASSERT_TRUE(dialog);
        QTest::qWait(200);
        dialog->grab().save(QDir(shots).filePath(QStringLiteral("meeting-dialog-%1.png").arg(lang)));
        dialog->reject();
    }
    language::apply(QStringLiteral("en"));
}
