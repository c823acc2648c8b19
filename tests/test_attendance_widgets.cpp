// The member form's Attendance tab and the absence alerts widget, driven offscreen on a
// hand-built province. The village meets on 15/02/2024 (M1) and 15/08/2024 (M2):
//   An     u u   (absent without a reason both times)
//   Bình   p u
//   Cường  e u   (absent with a reason at M1)
//   Dũng   p x   (exempt from 01/06/2024)
// so with two absences in a row: An alone; counting absences with a reason: An and
// Cường; with one: An 2, Bình 1, Cường 1.
#include "app/absence_alerts_widget.h"
#include "app/language.h"
#include "app/member_dialog.h"
#include "services/meeting_service.h"
#include "services/member_service.h"
#include "services/organisation_tree.h"
#include "services/referral_service.h"
#include "storage/organisation_repository.h"
#include "support/test_support.h"

#include <QCheckBox>
#include <QFile>
#include <QHash>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTest>
#include <QTreeWidget>
#include <gtest/gtest.h>
#include <functional>
#include <ostream>

inline void PrintTo(const QStringList &l, std::ostream *os)
{
    *os << '[' << l.join(QStringLiteral(" | ")).toStdString() << ']';
}

namespace {

using namespace cutru;

QList<QStringList> rowsOf(const QTreeWidget *t, int columns)
{
    QList<QStringList> out;
    for (int r = 0; r < t->topLevelItemCount(); ++r) {
        QStringList row;
        for (int c = 0; c < columns; ++c)
            row << t->topLevelItem(r)->text(c);
        out << row;
    }
    return out;
}

class AttendanceWidgetsTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        language::apply(QStringLiteral("en"));
        MemberService admin(db, test::wholeDatabaseUser(QStringLiteral("setup")));
        const char *given[] = {"An", "Bình", "Cường", "Dũng"};
        int serial = 800;
        for (const char *g : given) {
            Member m = test::validMember(QStringLiteral("Trần Văn ") + QString::fromUtf8(g), tiny.workplace, serial++);
            m.residenceCommuneId = tiny.commune;
            m.residenceCellId = tiny.village;
            ASSERT_TRUE(admin.save(m).ok());
            member[QString::fromUtf8(g)] = m.id;
        }
        QList<ReferralService::Issue> requests;
        for (qint64 id : member)
            requests.append(ReferralService::Issue{id, {}});
        QList<Referral> made;
        ASSERT_TRUE(ReferralService(db, as(Role::WorkplaceOfficer, tiny.workplace)).issue(requests, QDate(2024, 1, 2), &made).ok());
        QList<qint64> ids;
        QList<ReferralService::Assignment> assignments;
        for (const Referral &r : made) {
            ids << r.id;
            assignments.append({r.id, tiny.village});
        }
        ReferralService office(db, as(Role::CommuneOffice, tiny.commune));
        ASSERT_TRUE(office.receive(ids, QDate(2024, 1, 5)).ok());
        ASSERT_TRUE(office.assign(assignments, QDate(2024, 1, 10)).ok());
        const qint64 dung = ReferralService(db, board()).referralsOf(member["Dũng"]).first().id;
        ASSERT_TRUE(office.setExemption(dung, ExemptionReason::FullTimeCourse, QDate(2024, 6, 1), {}).ok());

        const AttendanceStatus p = AttendanceStatus::Present, e = AttendanceStatus::AbsentExcused,
                               u = AttendanceStatus::AbsentUnexcused;
        const QList<QList<Attendance>> sheets{
            {{0, member["An"], u, {}}, {0, member["Bình"], p, {}}, {0, member["Cường"], e, QStringLiteral("Đi công tác")},
             {0, member["Dũng"], p, {}}},
            {{0, member["An"], u, {}}, {0, member["Bình"], u, {}}, {0, member["Cường"], u, {}}}};
        const QDate days[] = {QDate(2024, 2, 15), QDate(2024, 8, 15)};
        MeetingService secretary(db, as(Role::CellSecretary, tiny.village));
        for (int i = 0; i < 2; ++i) {
            Meeting m;
            m.cellId = tiny.village;
            m.date = days[i];
            ASSERT_TRUE(secretary.save(m).ok());
            const SaveOutcome out = secretary.record(m.id, sheets[i], 0, m.rowVersion);
            ASSERT_TRUE(out.ok()) << out.message.toStdString();
        }
    }

    ActingUser as(Role role, qint64 org) { return test::userWithRole(code(role), role, db, org); }
    ActingUser board() { return as(Role::ProvincialBoard, tiny.province); }

    // Runs `change`, which should make the widget read again, and waits for the list.
    void reread(AbsenceAlertsWidget &w, const std::function<void()> &change)
    {
        QSignalSpy loaded(&w, &AbsenceAlertsWidget::loaded);
        change();
        ASSERT_TRUE(QTest::qWaitFor([&] { return !loaded.isEmpty() && !w.isLoading(); }, 20000))
            << "the absence alerts were not read again";
    }

    test::TempFolder dir;
    storage::Database db = storage::Database::open(dir.file(QStringLiteral("attendance-gui.cutru")));
    test::TinyProvince tiny = test::buildTinyProvince(db);
    QHash<QString, qint64> member;
};

} // namespace

TEST_F(AttendanceWidgetsTest, TheMemberFormShowsTheAttendanceHistoryAndRate)
{
    MemberDialog dialog(db, OrganisationTree::load(db), board(), member["Bình"], 0);
    ASSERT_TRUE(dialog.isLoaded()) << dialog.loadError().toStdString();
    dialog.show();
    QTabWidget *tabs = dialog.tabs();
    ASSERT_EQ(tabs->count(), 4);
    EXPECT_EQ(tabs->tabText(3), QStringLiteral("Attendance"));
    EXPECT_EQ(dialog.attendanceHistory()->topLevelItemCount(), 0) << "read when the tab is shown";
    tabs->setCurrentIndex(3);
    const QString village = QStringLiteral("Chi bộ thôn Phất Lộc Tây");
    EXPECT_EQ(rowsOf(dialog.attendanceHistory(), 6),
              (QList<QStringList>{{"15/08/2024", village, label(MeetingKind::Periodic), label(AttendanceStatus::AbsentUnexcused), "", "Yes"},
                                  {"15/02/2024", village, label(MeetingKind::Periodic), label(AttendanceStatus::Present), "", "Yes"}}));
    const QLocale locale;
    const QString half = locale.toString(50.0, 'f', 1) + locale.percent();
    EXPECT_TRUE(dialog.attendanceSummary()->text().startsWith(
        QStringLiteral("Attendance rate %1: present at 1 of 2 meetings where expected.").arg(half)))
        << dialog.attendanceSummary()->text().toStdString();
    dialog.reject();

    // Cường's excused absence with its reason; reported apart, not present.
    MemberDialog cuong(db, OrganisationTree::load(db), board(), member["Cường"], 0);
    cuong.tabs()->setCurrentIndex(3);
    ASSERT_EQ(cuong.attendanceHistory()->topLevelItemCount(), 2);
    EXPECT_EQ(cuong.attendanceHistory()->topLevelItem(1)->text(3), label(AttendanceStatus::AbsentExcused));
    EXPECT_EQ(cuong.attendanceHistory()->topLevelItem(1)->text(4), QStringLiteral("Đi công tác"));
    EXPECT_TRUE(cuong.attendanceSummary()->text().contains(QStringLiteral("with a reason: 1; without a reason: 1")))
        << cuong.attendanceSummary()->text().toStdString();

    // Dũng, exempt at M2: listed, not counted; present at M1 of 1 → 100 %.
    MemberDialog dung(db, OrganisationTree::load(db), board(), member["Dũng"], 0);
    dung.tabs()->setCurrentIndex(3);
    EXPECT_EQ(rowsOf(dung.attendanceHistory(), 6).first(),
              (QStringList{"15/08/2024", village, label(MeetingKind::Periodic), "Exempt", "", "No"}));
    EXPECT_TRUE(dung.attendanceSummary()->text().startsWith(
        QStringLiteral("Attendance rate %1: present at 1 of 1 meetings where expected.")
            .arg(locale.toString(100.0, 'f', 1) + locale.percent())))
        << dung.attendanceSummary()->text().toStdString();
    EXPECT_TRUE(dung.attendanceSummary()->text().endsWith(QStringLiteral("exempt: 1.")));

    // A new member has none.
    MemberDialog fresh(db, OrganisationTree::load(db), board(), 0, tiny.workplace);
    fresh.tabs()->setCurrentIndex(3);
    EXPECT_EQ(fresh.attendanceHistory()->topLevelItemCount(), 0);
    EXPECT_EQ(fresh.attendanceSummary()->text(), QStringLiteral("A new member has no attendance yet."));
}

TEST_F(AttendanceWidgetsTest, TheAbsenceAlertsWidgetFollowsTheSettingsThenTheUsersChoice)
{
    // The database says: one absence is enough.
    MeetingRules rules;
    rules.absenceAlertAfter = 1;
    ASSERT_TRUE(MeetingService(db, board()).setRules(rules).ok());

    AbsenceAlertsWidget w;
    w.resize(1000, 500);
    w.setActingUser(board());
    w.setDatabasePath(db.path());
    reread(w, [&] { w.show(); });
    EXPECT_EQ(w.afterSpin()->value(), 1) << "from the database's settings";
    EXPECT_FALSE(w.withReasonCheck()->isChecked());
    const QString w1 = QStringLiteral("Chi bộ Sở Tài chính");
    const QString village = QStringLiteral("Chi bộ thôn Phất Lộc Tây");
    const QString commune = QStringLiteral("Đảng bộ xã Thái Giang");
    EXPECT_EQ(rowsOf(w.table(), AbsenceAlertsWidget::ColumnCount),
              (QList<QStringList>{{"Trần Văn An", "3401000800", village, commune, w1, "P.W1", "2", "15/08/2024"},
                                  {"Trần Văn Bình", "3401000801", village, commune, w1, "P.W1", "1", "15/08/2024"},
                                  {"Trần Văn Cường", "3401000802", village, commune, w1, "P.W1", "1", "15/08/2024"}}));
    EXPECT_EQ(w.table()->headerItem()->text(AbsenceAlertsWidget::OrganisationColumn), QStringLiteral("Workplace organisation"));

    // Two in a row: An alone; counting absences with a reason: Cường too.
    reread(w, [&] { w.afterSpin()->setValue(2); });
    EXPECT_EQ(w.alerts().size(), 1);
    EXPECT_EQ(w.table()->topLevelItem(0)->text(0), QStringLiteral("Trần Văn An"));
    reread(w, [&] { w.withReasonCheck()->click(); });
    ASSERT_TRUE(w.withReasonCheck()->isChecked());
    ASSERT_EQ(w.table()->topLevelItemCount(), 2);
    EXPECT_EQ(w.table()->topLevelItem(1)->text(0), QStringLiteral("Trần Văn Cường"));
    EXPECT_EQ(w.table()->topLevelItem(1)->text(AbsenceAlertsWidget::AbsencesColumn), QStringLiteral("2"));
    EXPECT_EQ(MeetingService(db, board()).rules().absenceAlertAfter, 1) << "the settings stay as they are";

    // Exported as shown.
    ASSERT_TRUE(w.exportButton()->isEnabled());
    const QString csvPath = dir.file(QStringLiteral("alerts.csv"));
    QString error;
    ASSERT_TRUE(w.exportCsv(csvPath, &error)) << error.toStdString();
    QFile csv(csvPath);
    ASSERT_TRUE(csv.open(QIODevice::ReadOnly));
    const QByteArray bytes = csv.readAll();
    EXPECT_TRUE(bytes.startsWith("\xEF\xBB\xBF")) << "a byte-order mark for Excel";
    const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 3);
    EXPECT_EQ(lines[0], QStringLiteral("Member,Party card no.,Residence cell,Commune,Workplace organisation,"
                                       "Organisation code,Absences in a row,Last meeting"));
    EXPECT_EQ(lines[1], QStringLiteral("Trần Văn An,3401000800,%1,%2,%3,P.W1,2,15/08/2024").arg(village, commune, w1));
    EXPECT_EQ(lines[2], QStringLiteral("Trần Văn Cường,3401000802,%1,%2,%3,P.W1,2,15/08/2024").arg(village, commune, w1));
    EXPECT_FALSE(w.exportCsv(dir.file(QStringLiteral("no/such/folder/alerts.csv")), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("alerts.csv"))) << error.toStdString();

    // Another scope, another user: nothing there.
    reread(w, [&] { w.setScope(storage::OrganisationRepository(db).pathOf(tiny.ward), QStringLiteral("Diêm Điền")); });
    EXPECT_EQ(w.table()->topLevelItemCount(), 0);
    EXPECT_EQ(w.note()->text(), QStringLiteral("No member has been absent that many times in a row."));
    EXPECT_FALSE(w.exportButton()->isEnabled());
    w.setActingUser(as(Role::CellSecretary, tiny.group));
    reread(w, [&] { w.setScope({}, {}); });
    EXPECT_EQ(w.table()->topLevelItemCount(), 0);
    w.setActingUser(as(Role::WorkplaceOfficer, tiny.workplace));
    reread(w, [&] { w.refresh(); });
    EXPECT_EQ(w.table()->topLevelItemCount(), 2) << "the workplace officer's own members";
    EXPECT_EQ(w.afterSpin()->value(), 2) << "the user's choice stays";
}
