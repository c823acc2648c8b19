// The Comments section driven like a user would, on the small demo province with its
// demo accounts: the cell secretary opens a member's comment, types the four points,
// chooses a conclusion, saves, signs, and the database holds the signed comment with
// its signer and points; a workplace officer marks a sent comment received; the
// Overview shows the comment deadline.
#include "app/comment_dialog.h"
#include "app/comments_page.h"
#include "app/language.h"
#include "app/main_window.h"
#include "app/overview_page.h"
#include "services/account_service.h"
#include "services/comment_service.h"
#include "services/demo_province.h"
#include "services/meeting_service.h"
#include "services/referral_service.h"
#include "storage/organisation_repository.h"
#include "support/test_support.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QPointer>
#include <QProgressDialog>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>
#include <algorithm>
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

class CommentsPageTest : public ::testing::Test {
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

    // The main window signed in as `user`, showing `section`.
    void openAs(const ActingUser &user, MainWindow::Section section)
    {
        window = std::make_unique<MainWindow>();
        window->setAuthenticator([user](storage::Database &) { return std::optional<ActingUser>(user); });
        QString error;
        ASSERT_TRUE(window->openDatabase(db.path(), &error)) << error.toStdString();
        window->resize(1300, 800);
        window->show();
        window->showSection(section);
    }

    test::TempFolder dir;
    storage::Database db = storage::Database::open(test::smallDemoCopy(dir));
    const int year = QDate::currentDate().year();
    std::unique_ptr<MainWindow> window;
};

} // namespace

TEST_F(CommentsPageTest, TheSecretaryWritesSavesAndSignsAComment)
{
    const ActingUser secretary = signIn(QStringLiteral("bithu.chibo"));
    const qint64 cell = orgId("TB.D01.C001.K001");
    // A member without a comment yet, and two meetings of this year held in the cell:
    // present at one, absent with a reason at the other.
    std::optional<CommentLine> chosen;
    for (const CommentLine &l : CommentService(db, secretary).cellComments(cell, year).due)
        if (!l.comment && !chosen)
            chosen = l;
    ASSERT_TRUE(chosen.has_value()) << "the demo cell has members due a comment";
    const CommentLine line = *chosen;
    // Dated so that the test holds on any day of the year: both meetings on or before
    // today and in this year (on 1 January both are held that day).
    const QDate today = QDate::currentDate();
    const QDate firstMeeting(year, 1, 1);
    const QDate secondMeeting = std::min(firstMeeting.addDays(1), today);
    MeetingService meetings(db, secretary);
    for (const auto &[date, status] : {std::pair{firstMeeting, AttendanceStatus::Present},
                                       std::pair{secondMeeting, AttendanceStatus::AbsentExcused}}) {
        Meeting m;
        m.cellId = cell;
        m.date = date;
        m.kind = MeetingKind::Thematic;
        m.venue = QStringLiteral("Nhà văn hóa tổ 1");
        ASSERT_TRUE(meetings.save(m).ok());
        Attendance a;
        a.meetingId = m.id;
        a.memberId = line.memberId;
        a.status = status;
        if (status == AttendanceStatus::AbsentExcused)
            a.reason = QStringLiteral("Đi công tác");
        const SaveOutcome recorded = meetings.record(m.id, {a}, 0, m.rowVersion);
        ASSERT_TRUE(recorded.ok()) << recorded.message.toStdString();
    }

    openAs(secretary, MainWindow::Section::Comments);
    CommentsPage *page = window->commentsPage();
    ASSERT_TRUE(page->isVisible());
    EXPECT_FALSE(page->isWorkplaceView());
    // The secretary lands on their own cell, the only one offered.
    EXPECT_EQ(page->cellIds(), QList<qint64>{cell});
    EXPECT_EQ(page->currentCellId(), cell);
    EXPECT_EQ(page->year(), year);
    EXPECT_TRUE(page->message().isEmpty()) << page->message().toStdString();
    ASSERT_FALSE(page->cellComments().due.isEmpty());
    EXPECT_EQ(page->dueTable()->rowCount(), page->cellComments().due.size());
    EXPECT_TRUE(page->deadlineLabel()->text().contains(QStringLiteral("15/12/%1").arg(year)))
        << page->deadlineLabel()->text().toStdString();

    // Open the member's comment from the list.
    int row = -1;
    for (int r = 0; r < page->dueTable()->rowCount(); ++r)
        if (page->dueTable()->item(r, 0)->data(Qt::UserRole).toLongLong() == line.memberId)
            row = r;
    ASSERT_GE(row, 0);
    EXPECT_EQ(page->dueTable()->item(row, 0)->text(), line.fullName);
    EXPECT_EQ(page->dueTable()->item(row, 1)->text(), line.workplaceName);
    EXPECT_EQ(page->dueTable()->item(row, 2)->text(), QStringLiteral("Present 1 of 2, absent with a reason 1, without a reason 0"));
    page->dueTable()->selectRow(row);
    click(page->openButton());
    CommentDialog *dialog = page->commentDialog();
    ASSERT_TRUE(dialog != nullptr);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(dialog));

    // The figures come from the records (counted by hand above), read only.
    EXPECT_EQ(dialog->comment().meetingsHeld, 2);
    EXPECT_EQ(dialog->comment().meetingsAttended, 1);
    EXPECT_EQ(dialog->comment().meetingsExcused, 1);
    EXPECT_EQ(dialog->attendanceLabel()->text(), QStringLiteral("Present 1 of 2, absent with a reason 1, without a reason 0"));

    // Typed with the keys (QTest types ASCII only), then Vietnamese put in as an input
    // method would, so that the diacritics go through to the database too.
    auto type = [](QPlainTextEdit *edit, const QString &ascii, const QString &vietnamese) {
        edit->setFocus();
        QTest::keyClicks(edit, ascii);
        edit->insertPlainText(vietnamese);
        return ascii + vietnamese;
    };
    const QString conduct = type(dialog->citizenConductEdit(), QStringLiteral("Guong mau "), QStringLiteral("chấp hành pháp luật"));
    const QString participation = type(dialog->meetingParticipationEdit(), QStringLiteral("Tham gia "), QStringLiteral("đầy đủ"));
    const QString community = type(dialog->communityRelationsEdit(), QStringLiteral("Hoa nha "), QStringLiteral("với hàng xóm"));
    const QString other = type(dialog->otherRemarksEdit(), QStringLiteral("Khong "), QStringLiteral("có"));
    dialog->conclusionCombo()->setCurrentIndex(dialog->conclusionCombo()->findData(code(CommentConclusion::FulfilsWell)));

    // Save the draft: stored, still a draft.
    click(dialog->saveButton());
    EXPECT_TRUE(dialog->errorText(QStringLiteral("other")).isEmpty()) << dialog->errorText(QStringLiteral("other")).toStdString();
    const AnnualComment draft = dialog->comment();
    ASSERT_GT(draft.id, 0) << page->lastMessage().toStdString();
    EXPECT_EQ(draft.state(), CommentState::Draft);

    // Sign: the signer defaults to the user's full name.
    click(dialog->signButton());
    SignCommentDialog *sign = dialog->signDialog();
    ASSERT_TRUE(sign != nullptr);
    EXPECT_EQ(sign->signerEdit()->text(), secretary.fullName);
    sign->titleEdit()->setText(QStringLiteral("Bí thư"));
    const QDate day = today;
    sign->dayEdit()->setDate(day);
    click(sign->buttons()->button(QDialogButtonBox::Ok));
    EXPECT_TRUE(dialog->errorText(QStringLiteral("other")).isEmpty()) << dialog->errorText(QStringLiteral("other")).toStdString();
    EXPECT_EQ(dialog->comment().state(), CommentState::Signed) << page->lastMessage().toStdString();
    EXPECT_FALSE(dialog->signButton()->isEnabled());
    EXPECT_TRUE(dialog->unsignButton()->isEnabled());

    // In the database, read back through the service.
    const CellComments stored = CommentService(db, secretary).cellComments(cell, year);
    std::optional<AnnualComment> saved;
    for (const CommentLine &l : stored.due)
        if (l.memberId == line.memberId)
            saved = l.comment;
    ASSERT_TRUE(saved.has_value());
    EXPECT_EQ(saved->state(), CommentState::Signed);
    EXPECT_EQ(saved->signedBy, secretary.fullName);
    EXPECT_EQ(saved->signerTitle, QStringLiteral("Bí thư"));
    EXPECT_EQ(saved->signedDate, day);
    EXPECT_EQ(saved->citizenConduct, conduct);
    EXPECT_EQ(saved->meetingParticipation, participation);
    EXPECT_EQ(saved->communityRelations, community);
    EXPECT_EQ(saved->otherRemarks, other);
    EXPECT_EQ(saved->conclusion, CommentConclusion::FulfilsWell);
    EXPECT_EQ(saved->meetingsHeld, 2);
    EXPECT_EQ(saved->meetingsAttended, 1);
    EXPECT_EQ(saved->meetingsExcused, 1);

    // The list follows: the member's row says signed.
    dialog->close();
    int shownRow = -1;
    for (int r = 0; r < page->dueTable()->rowCount(); ++r)
        if (page->dueTable()->item(r, 0)->data(Qt::UserRole).toLongLong() == line.memberId)
            shownRow = r;
    ASSERT_GE(shownRow, 0);
    EXPECT_EQ(page->dueTable()->item(shownRow, 3)->text(), label(CommentState::Signed));
    EXPECT_EQ(page->dueTable()->item(shownRow, 4)->text(), label(CommentConclusion::FulfilsWell));
}

TEST_F(CommentsPageTest, SigningWithoutThePointsIsRefusedBesideTheFields)
{
    const ActingUser secretary = signIn(QStringLiteral("bithu.chibo"));
    openAs(secretary, MainWindow::Section::Comments);
    CommentsPage *page = window->commentsPage();
    int row = -1;
    for (int r = 0; r < page->cellComments().due.size(); ++r)
        if (!page->cellComments().due.at(r).comment)
            row = r;
    ASSERT_GE(row, 0);
    ASSERT_TRUE(page->openComment(page->cellComments().due.at(row).memberId));
    CommentDialog *dialog = page->commentDialog();
    click(dialog->signButton());
    ASSERT_TRUE(dialog->signDialog() != nullptr);
    click(dialog->signDialog()->buttons()->button(QDialogButtonBox::Ok));
    EXPECT_NE(dialog->comment().state(), CommentState::Signed);
    EXPECT_FALSE(dialog->errorText(QStringLiteral("citizenConduct")).isEmpty());
    EXPECT_FALSE(dialog->errorText(QStringLiteral("conclusion")).isEmpty());
}

TEST_F(CommentsPageTest, TheWorkplaceOfficerMarksASentCommentReceived)
{
    // A comment on a member referred by TB.W001, written, signed and sent by the commune office.
    const ActingUser office = signIn(QStringLiteral("vanphong.xa"));
    const qint64 workplace = orgId("TB.W001");
    CommentService service(db, office);
    std::optional<AnnualComment> comment;
    const qint64 commune = orgId("TB.D01.C001");
    for (const Organisation &o : storage::OrganisationRepository(db).all()) {
        if (o.parentId != commune || o.level != OrgLevel::Cell || comment)
            continue;
        for (const CommentLine &l : service.cellComments(o.id, year).due)
            if (l.workplaceOrgId == workplace && !l.comment) {
                comment = service.newDraft(l.memberId, o.id, year);
                break;
            }
    }
    ASSERT_TRUE(comment.has_value()) << "the demo commune has a member referred by TB.W001";
    comment->citizenConduct = QStringLiteral("Gương mẫu");
    comment->meetingParticipation = QStringLiteral("Đầy đủ");
    comment->communityRelations = QStringLiteral("Tốt");
    comment->otherRemarks = QStringLiteral("Không");
    comment->conclusion = CommentConclusion::Fulfils;
    const QDate today = QDate::currentDate();
    const SaveOutcome signedOut = service.sign(*comment, QStringLiteral("Đỗ Văn Thắng"), QStringLiteral("Bí thư"), today);
    ASSERT_TRUE(signedOut.ok()) << signedOut.message.toStdString()
                                << (signedOut.errors.isEmpty() ? std::string() : signedOut.errors.first().message.toStdString());
    const BulkOutcome sent = service.markSent({comment->id}, today);
    ASSERT_TRUE(sent.outcome.ok()) << sent.outcome.message.toStdString();
    ASSERT_EQ(sent.done, 1);

    const ActingUser officer = signIn(QStringLiteral("canbo.coquan"));
    openAs(officer, MainWindow::Section::Comments);
    CommentsPage *page = window->commentsPage();
    ASSERT_TRUE(page->isWorkplaceView());
    EXPECT_EQ(page->currentWorkplaceId(), workplace);
    int row = -1;
    for (int r = 0; r < page->workplaceTable()->rowCount(); ++r)
        if (page->workplaceTable()->item(r, 0)->data(Qt::UserRole + 1).toLongLong() == comment->id)
            row = r;
    ASSERT_GE(row, 0) << "the sent comment is listed";
    EXPECT_EQ(page->workplaceTable()->item(row, 4)->text(), label(CommentState::Sent));
    EXPECT_EQ(page->workplaceTable()->item(row, 5)->text(), label(CommentConclusion::Fulfils));

    page->workplaceTable()->selectRow(row);
    click(page->markReceivedButton());
    auto *dayDialog = page->findChild<CommentDayDialog *>();
    ASSERT_TRUE(dayDialog != nullptr);
    const QDate receivedOn = QDate::currentDate();
    dayDialog->dayEdit()->setDate(receivedOn);
    click(dayDialog->buttons()->button(QDialogButtonBox::Ok));

    bool found = false;
    for (const WorkplaceComment &w : CommentService(db, officer).forWorkplace(workplace, year))
        if (w.comment.id == comment->id) {
            found = true;
            EXPECT_EQ(w.comment.state(), CommentState::Received);
            EXPECT_EQ(w.comment.receivedDate, receivedOn);
        }
    EXPECT_TRUE(found);
    EXPECT_EQ(page->workplaceTable()->item(row, 4)->text(), label(CommentState::Received));
}

TEST_F(CommentsPageTest, TheOverviewShowsTheCommentDeadline)
{
    openAs(signIn(QStringLiteral("bithu.chibo")), MainWindow::Section::Overview);
    OverviewPage *overview = window->overviewPage();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !overview->isLoading() && !overview->commentsSection()->isHidden(); },
                                20000))
        << "no comments section";
    EXPECT_TRUE(overview->commentsHeading()->text().contains(QStringLiteral("15/12/%1").arg(year)))
        << overview->commentsHeading()->text().toStdString();
    // The secretary's cell is the only one listed, with what it still misses.
    const CellComments cell = CommentService(db, signIn(QStringLiteral("bithu.chibo")))
                                  .cellComments(orgId("TB.D01.C001.K001"), year);
    int missing = 0;
    for (const CommentLine &l : cell.due)
        if (!l.comment || l.comment->state() == CommentState::Draft)
            ++missing;
    ASSERT_GT(missing, 0) << "nothing signed yet in the demo cell this year";
    ASSERT_EQ(overview->missingByCell()->topLevelItemCount(), 1);
    EXPECT_EQ(overview->missingByCell()->topLevelItem(0)->text(0), QStringLiteral("TB.D01.C001.K001"));
    EXPECT_EQ(overview->missingByCell()->topLevelItem(0)->text(3), QString::number(missing));
    // The note states the number missing; it gives no total due (the cells with
    // nothing missing are not in the lists, so a total from them would be wrong).
    const QString note = overview->commentsNote()->text();
    EXPECT_TRUE(note.contains(QStringLiteral(": %1 comments in 1 cells").arg(QLocale().toString(missing))))
        << note.toStdString();
    EXPECT_FALSE(note.contains(QStringLiteral(" of "))) << note.toStdString();
}

TEST_F(CommentsPageTest, TheSecretaryPreparesDraftsAndPrintsTheCellsForms)
{
    const ActingUser secretary = signIn(QStringLiteral("bithu.chibo"));
    openAs(secretary, MainWindow::Section::Comments);
    CommentsPage *page = window->commentsPage();
    const int due = int(page->cellComments().due.size());
    ASSERT_GT(due, 0);

    // Cancelled from the progress dialog: nothing written, and the page says so. The
    // test's connection holds the write lock meanwhile, so the worker cannot finish
    // before Cancel is pressed.
    QSignalSpy prepared(page, &CommentsPage::draftsPrepared);
    {
        storage::Transaction lock(db, QStringLiteral("test"));
        click(page->prepareButton());
        auto *progress = page->findChild<QProgressDialog *>(QStringLiteral("commentProgress"));
        ASSERT_TRUE(progress != nullptr);
        emit progress->canceled();
    }
    ASSERT_TRUE(QTest::qWaitFor([&] { return !prepared.isEmpty(); }, 60000));
    const QList<QVariant> cancelled = prepared.takeFirst();
    EXPECT_FALSE(cancelled.at(0).toBool());
    EXPECT_EQ(cancelled.at(1).toString(), QStringLiteral("Cancelled; no draft was written."));
    EXPECT_EQ(page->lastMessage(), QStringLiteral("Cancelled; no draft was written."));
    for (const CommentLine &l : CommentService(db, secretary).cellComments(page->currentCellId(), year).due)
        EXPECT_FALSE(l.comment.has_value()) << l.fullName.toStdString();

    // The secretary's grant is the cell: Prepare drafts works on it without asking,
    // on a worker; the lists are reloaded before draftsPrepared() comes.
    click(page->prepareButton());
    EXPECT_TRUE(page->isBusy());
    EXPECT_FALSE(page->prepareButton()->isEnabled());
    ASSERT_TRUE(QTest::qWaitFor([&] { return !prepared.isEmpty(); }, 60000));
    const QList<QVariant> preparedResult = prepared.takeFirst();
    EXPECT_TRUE(preparedResult.at(0).toBool()) << preparedResult.at(1).toString().toStdString();
    EXPECT_EQ(preparedResult.at(1).toString(),
              QStringLiteral("Drafts prepared: %1 new; 0 members already had a comment.").arg(due));
    EXPECT_FALSE(page->isBusy());
    EXPECT_EQ(page->cellComments().due.size(), due);
    for (const CommentLine &l : page->cellComments().due) {
        ASSERT_TRUE(l.comment.has_value()) << l.fullName.toStdString();
        EXPECT_EQ(l.comment->state(), CommentState::Draft);
    }
    EXPECT_EQ(page->dueTable()->item(0, 3)->text(), label(CommentState::Draft));

    // Signed only: nothing to print yet; drafts included: one form (at least a page) each.
    QSignalSpy printed(page, &CommentsPage::printed);
    const QString pdf = dir.file(QStringLiteral("forms.pdf"));
    ASSERT_TRUE(page->printForms(page->currentCellId(), false, pdf));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !printed.isEmpty(); }, 60000));
    EXPECT_FALSE(printed.takeFirst().at(0).toBool());
    EXPECT_FALSE(QFile::exists(pdf));
    ASSERT_TRUE(page->printForms(page->currentCellId(), true, pdf));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !printed.isEmpty(); }, 60000));
    const QList<QVariant> result = printed.takeFirst();
    ASSERT_TRUE(result.at(0).toBool()) << result.at(2).toString().toStdString();
    ASSERT_TRUE(QFile::exists(pdf));
    QProcess info;
    info.start(QStringLiteral("pdfinfo"), {pdf});
    if (info.waitForFinished(30000) && info.exitCode() == 0) {
        const QString out = QString::fromUtf8(info.readAllStandardOutput());
        const int pages = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(out).captured(1).toInt();
        EXPECT_GE(pages, due);
    }
}

TEST_F(CommentsPageTest, TheWorkplaceOfficerExportsTheList)
{
    // One comment sent to TB.W001 by the commune office, as above.
    const ActingUser office = signIn(QStringLiteral("vanphong.xa"));
    const qint64 workplace = orgId("TB.W001");
    const qint64 commune = orgId("TB.D01.C001");
    CommentService service(db, office);
    ASSERT_TRUE(service.prepareDrafts(commune, year).outcome.ok());
    QString name;
    for (const Organisation &o : storage::OrganisationRepository(db).all()) {
        if (o.parentId != commune || o.level != OrgLevel::Cell || !name.isEmpty())
            continue;
        for (const CommentLine &l : service.cellComments(o.id, year).due) {
            if (l.workplaceOrgId != workplace || !l.comment)
                continue;
            AnnualComment c = *l.comment;
            c.citizenConduct = c.meetingParticipation = c.communityRelations = c.otherRemarks = QStringLiteral("Tốt");
            c.conclusion = CommentConclusion::FulfilsWell;
            ASSERT_TRUE(service.sign(c, QStringLiteral("Đỗ Văn Thắng"), QStringLiteral("Bí thư"), QDate::currentDate()).ok());
            ASSERT_EQ(service.markSent({c.id}, QDate::currentDate()).done, 1);
            name = l.fullName;
            break;
        }
    }
    ASSERT_FALSE(name.isEmpty());

    openAs(signIn(QStringLiteral("canbo.coquan")), MainWindow::Section::Comments);
    CommentsPage *page = window->commentsPage();
    ASSERT_TRUE(page->isWorkplaceView());
    QSignalSpy exported(page, &CommentsPage::exported);
    const QString csv = dir.file(QStringLiteral("comments.csv"));
    ASSERT_TRUE(page->exportWorkplaceComments(csv));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !exported.isEmpty(); }, 30000));
    ASSERT_TRUE(exported.first().at(0).toBool()) << exported.first().at(2).toString().toStdString();
    QFile file(csv);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    EXPECT_TRUE(text.contains(name)) << text.toStdString();
    EXPECT_TRUE(text.contains(label(CommentConclusion::FulfilsWell)));
    EXPECT_TRUE(text.contains(label(CommentState::Sent)));
}

TEST_F(CommentsPageTest, Screenshots)
{
    const QString shots = qEnvironmentVariable("CUTRU_SCREENSHOT_DIR");
    if (shots.isEmpty())
        GTEST_SKIP() << "set CUTRU_SCREENSHOT_DIR to save screenshots";
    const ActingUser secretary = signIn(QStringLiteral("bithu.chibo"));
    ASSERT_TRUE(CommentService(db, secretary).prepareDrafts(orgId("TB.D01.C001.K001"), year).outcome.ok());
    for (const QString &lang : {QStringLiteral("vi"), QStringLiteral("en")}) {
        language::apply(lang);
        CommentsPage page;
        page.resize(1280, 760);
        page.setDatabase(&db, secretary);
        page.show();
        QTest::qWait(200);
        page.grab().save(QDir(shots).filePath(QStringLiteral("comments-%1.png").arg(lang)));
        ASSERT_TRUE(page.openComment(page.cellComments().due.first().memberId));
        QPointer<CommentDialog> dialog = page.commentDialog();
        ASSERT_TRUE(dialog);
        dialog->resize(720, 760);
        QTest::qWait(200);
        dialog->grab().save(QDir(shots).filePath(QStringLiteral("comment-dialog-%1.png").arg(lang)));
        dialog->close();
    }
    language::apply(QStringLiteral("en"));
}

TEST_F(CommentsPageTest, TheWorkplaceOfficerRequestsACommentOnAnExemptMember)
{
    // A member referred by TB.W001, made exempt (barracks) from the start of the year.
    const ActingUser office = signIn(QStringLiteral("vanphong.xa"));
    const qint64 workplace = orgId("TB.W001");
    const qint64 commune = orgId("TB.D01.C001");
    std::optional<CommentLine> member;
    qint64 cell = 0;
    for (const Organisation &o : storage::OrganisationRepository(db).all()) {
        if (o.parentId != commune || o.level != OrgLevel::Cell || member)
            continue;
        for (const CommentLine &l : CommentService(db, office).cellComments(o.id, year).due)
            if (l.workplaceOrgId == workplace) {
                member = l;
                cell = o.id;
                break;
            }
    }
    ASSERT_TRUE(member.has_value());
    const SaveOutcome exempted = ReferralService(db, office).setExemption(member->referralId, ExemptionReason::Barracks,
                                                                           QDate(year, 1, 1), QDate());
    ASSERT_TRUE(exempted.ok()) << exempted.message.toStdString();
    auto find = [&](const QList<CommentLine> &lines) {
        for (const CommentLine &l : lines)
            if (l.memberId == member->memberId)
                return true;
        return false;
    };
    ASSERT_TRUE(find(CommentService(db, office).cellComments(cell, year).exempt)) << "exempt: listed apart";

    openAs(signIn(QStringLiteral("canbo.coquan")), MainWindow::Section::Comments);
    CommentsPage *page = window->commentsPage();
    click(page->requestButton());
    auto *dialog = page->findChild<QDialog *>(QStringLiteral("commentRequestDialog"));
    ASSERT_TRUE(dialog != nullptr);
    auto *who = dialog->findChild<QComboBox *>(QStringLiteral("requestMember"));
    auto *reason = dialog->findChild<QComboBox *>(QStringLiteral("requestReason"));
    auto *note = dialog->findChild<QPlainTextEdit *>(QStringLiteral("requestNote"));
    ASSERT_TRUE(who && reason && note);
    const int i = who->findData(member->memberId);
    ASSERT_GE(i, 0) << "the exempt member is offered";
    who->setCurrentIndex(i);
    reason->setCurrentIndex(reason->findData(code(CommentRequestReason::Promotion)));
    note->setPlainText(QStringLiteral("Đề bạt trưởng phòng"));
    click(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok));
    EXPECT_TRUE(page->lastMessage().contains(QString::number(year))) << page->lastMessage().toStdString();

    // The cell now owes a comment on the member, with the request beside it.
    const CellComments after = CommentService(db, office).cellComments(cell, year);
    EXPECT_FALSE(find(after.exempt));
    bool due = false;
    for (const CommentLine &l : after.due)
        if (l.memberId == member->memberId) {
            due = true;
            ASSERT_TRUE(l.request.has_value());
            EXPECT_EQ(l.request->reason, CommentRequestReason::Promotion);
            EXPECT_EQ(l.request->note, QStringLiteral("Đề bạt trưởng phòng"));
        }
    EXPECT_TRUE(due);
}
