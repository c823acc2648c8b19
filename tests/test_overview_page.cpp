// The Overview section's overdue referrals, through the main window on a hand-built
// province: letters issued 40 days ago and not received, counted by receiving
// commune and by issuing organisation (the expected numbers written out here),
// within the scope picked in the tree, as each role may see them.
#include "app/language.h"
#include "app/main_window.h"
#include "app/overview_page.h"
#include "app/referrals_page.h"
#include "services/meeting_service.h"
#include "services/member_service.h"
#include "services/referral_service.h"
#include "storage/organisation_repository.h"
#include "support/test_support.h"

#include <QHash>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>
#include <gtest/gtest.h>
#include <functional>
#include <memory>
#include <ostream>

inline void PrintTo(const QStringList &l, std::ostream *os)
{
    *os << '[' << l.join(QStringLiteral(" | ")).toStdString() << ']';
}

namespace {

using namespace cutru;

using Rows = QList<QStringList>;

// A table's rows as shown: code, name, letters.
Rows shown(const QTreeWidget *table)
{
    Rows out;
    for (int r = 0; r < table->topLevelItemCount(); ++r) {
        const QTreeWidgetItem *item = table->topLevelItem(r);
        out << QStringList{item->text(0), item->text(1), item->text(2)};
    }
    return out;
}

class OverviewPageTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        language::apply(QStringLiteral("en"));
        ReferralsPage::setOverdueDaysSetting(30);
        workplace2 = test::addOrganisation(db, tiny.district, OrgLevel::Workplace, "public_service_unit", "P.D1.W2",
                                           QStringLiteral("Chi bộ Bệnh viện huyện"));
        // W1 (under the province): An, Bình, Khoa living in the commune, Cường and Dũng
        // in the ward; W2 (under the district): Giang and Lan in the commune, Hải in the ward.
        MemberService admin(db, test::wholeDatabaseUser(QStringLiteral("setup")));
        const struct {
            const char *given;
            bool w2;
            bool ward;
        } people[] = {{"An", false, false},   {"Bình", false, false}, {"Cường", false, true}, {"Dũng", false, true},
                      {"Giang", true, false}, {"Hải", true, true},    {"Khoa", false, false}, {"Lan", true, false}};
        int serial = 500;
        for (const auto &p : people) {
            Member m = test::validMember(QStringLiteral("Trần Văn ") + QString::fromUtf8(p.given),
                                         p.w2 ? workplace2 : tiny.workplace, serial++);
            m.residenceCommuneId = p.ward ? tiny.ward : tiny.commune;
            m.residenceCellId = p.ward ? tiny.group : tiny.village;
            ASSERT_TRUE(admin.save(m).ok());
            member[QString::fromUtf8(p.given)] = m.id;
        }
        // Overdue: An, Bình (W1 → commune), Cường (W1 → ward), Giang (W2 → commune).
        // Not overdue: Dũng (issued 10 days ago), Hải (received); Khoa and Lan not referred.
        const QDate longAgo = today.addDays(-40);
        issue(officer(tiny.workplace), {member["An"], member["Bình"], member["Cường"]}, longAgo);
        issue(officer(tiny.workplace), {member["Dũng"]}, today.addDays(-10));
        issue(officer(workplace2), {member["Giang"]}, longAgo);
        const QList<Referral> hai = issue(officer(workplace2), {member["Hải"]}, longAgo);
        ASSERT_EQ(hai.size(), 1);
        const SaveOutcome received =
            ReferralService(db, as(Role::CommuneOffice, tiny.ward)).receive({hai[0].id}, longAgo.addDays(5));
        ASSERT_TRUE(received.ok()) << received.message.toStdString();
    }

    void TearDown() override { ReferralsPage::setOverdueDaysSetting(ReferralQueries::kDefaultOverdueDays); }

    ActingUser as(Role role, qint64 org) { return test::userWithRole(code(role), role, db, org); }
    ActingUser officer(qint64 workplace) { return as(Role::WorkplaceOfficer, workplace); }

    QList<Referral> issue(const ActingUser &by, const QList<qint64> &memberIds, const QDate &on)
    {
        QList<ReferralService::Issue> requests;
        for (qint64 id : memberIds)
            requests.append(ReferralService::Issue{id, {}});
        QList<Referral> made;
        const SaveOutcome out = ReferralService(db, by).issue(requests, on, &made);
        EXPECT_TRUE(out.ok()) << out.message.toStdString();
        return made;
    }

    // The main window signed in as `user`, on the Overview, its figures read.
    void openAs(const ActingUser &user)
    {
        window = std::make_unique<MainWindow>();
        window->setAuthenticator([user](storage::Database &) { return std::optional<ActingUser>(user); });
        QString error;
        ASSERT_TRUE(window->openDatabase(db.path(), &error)) << error.toStdString();
        window->resize(1300, 800);
        page = window->overviewPage();
        reread([&] {
            window->show();
            window->showSection(MainWindow::Section::Overview);
        });
        ASSERT_TRUE(page->isVisible());
    }

    // Runs `change`, which should make the page read again, and waits for the figures.
    void reread(const std::function<void()> &change)
    {
        QSignalSpy loaded(page, &OverviewPage::loaded);
        change();
        ASSERT_TRUE(QTest::qWaitFor([&] { return !loaded.isEmpty() && !page->isLoading(); }, 20000))
            << "the Overview did not read its figures again";
    }

    test::TempFolder dir;
    storage::Database db = storage::Database::open(dir.file(QStringLiteral("overview.cutru")));
    test::TinyProvince tiny = test::buildTinyProvince(db);
    qint64 workplace2 = 0;
    QHash<QString, qint64> member;
    const QDate today = QDate::currentDate();
    std::unique_ptr<MainWindow> window;
    OverviewPage *page = nullptr;
};

} // namespace

TEST_F(OverviewPageTest, CountsOverdueLettersByCommuneAndByOrganisationWithinTheScope)
{
    openAs(as(Role::ProvincialBoard, tiny.province));
    ASSERT_FALSE(page->overdueSection()->isHidden());
    EXPECT_EQ(page->overdueHeading()->text(), QStringLiteral("Overdue referrals (issued, not received after 30 days)"));
    const QString asOf = today.toString(QStringLiteral("dd/MM/yyyy"));
    EXPECT_TRUE(page->overdueNote()->text().startsWith(QStringLiteral("As of %1: 4 letters").arg(asOf)))
        << page->overdueNote()->text().toStdString();
    const QString commune = QStringLiteral("Đảng bộ xã Thái Giang");
    const QString ward = QStringLiteral("Đảng bộ thị trấn Diêm Điền");
    const QString w1 = QStringLiteral("Chi bộ Sở Tài chính");
    const QString w2 = QStringLiteral("Chi bộ Bệnh viện huyện");
    const QString total = QStringLiteral("Total");
    EXPECT_EQ(shown(page->overdueByCommune()),
              (Rows{{"P.D1.C1", commune, "3"}, {"P.D1.C2", ward, "1"}, {"", total, "4"}}));
    EXPECT_EQ(shown(page->overdueByIssuer()), (Rows{{"P.W1", w1, "3"}, {"P.D1.W2", w2, "1"}, {"", total, "4"}}));

    // The ward: the one letter addressed to it.
    reread([&] { window->selectScope(tiny.ward); });
    EXPECT_EQ(shown(page->overdueByCommune()), (Rows{{"P.D1.C2", ward, "1"}, {"", total, "1"}}));
    EXPECT_EQ(shown(page->overdueByIssuer()), (Rows{{"P.W1", w1, "1"}, {"", total, "1"}}));
    // The district: its communes' letters and W2's (the same four here).
    reread([&] { window->selectScope(tiny.district); });
    EXPECT_EQ(shown(page->overdueByIssuer()), (Rows{{"P.W1", w1, "3"}, {"P.D1.W2", w2, "1"}, {"", total, "4"}}));
    // A workplace organisation: the letters it issued, wherever they went.
    reread([&] { window->selectScope(tiny.workplace); });
    EXPECT_EQ(shown(page->overdueByCommune()),
              (Rows{{"P.D1.C1", commune, "2"}, {"P.D1.C2", ward, "1"}, {"", total, "3"}}));
    EXPECT_EQ(shown(page->overdueByIssuer()), (Rows{{"P.W1", w1, "3"}, {"", total, "3"}}));

    // The setting, changed in the Referrals section, applies when the Overview is shown again.
    window->showSection(MainWindow::Section::Referrals);
    ReferralsPage::setOverdueDaysSetting(45);
    reread([&] { window->showSection(MainWindow::Section::Overview); });
    EXPECT_EQ(page->overdueHeading()->text(), QStringLiteral("Overdue referrals (issued, not received after 45 days)"));
    EXPECT_EQ(page->overdueNote()->text(), QStringLiteral("No overdue referrals."));
    EXPECT_TRUE(page->overdueByCommune()->isHidden());
    EXPECT_TRUE(page->overdueByIssuer()->isHidden());

    // Vietnamese, the default language.
    ReferralsPage::setOverdueDaysSetting(30);
    reread([&] { language::apply(QStringLiteral("vi")); });
    EXPECT_EQ(page->overdueHeading()->text(),
              QStringLiteral("Giấy giới thiệu quá hạn (đã cấp, chưa được tiếp nhận sau 30 ngày)"));
    EXPECT_EQ(page->overdueByIssuer()->headerItem()->text(1), QStringLiteral("Tổ chức cấp giấy giới thiệu"));
    language::apply(QStringLiteral("en"));
}

TEST_F(OverviewPageTest, EachRoleSeesItsOwnOverdueLettersAndACellSecretaryNone)
{
    // The commune office: the letters addressed to its commune.
    openAs(as(Role::CommuneOffice, tiny.commune));
    ASSERT_FALSE(page->overdueSection()->isHidden());
    EXPECT_EQ(shown(page->overdueByCommune()),
              (Rows{{"P.D1.C1", QStringLiteral("Đảng bộ xã Thái Giang"), "3"}, {"", "Total", "3"}}));
    EXPECT_EQ(shown(page->overdueByIssuer()), (Rows{{"P.W1", QStringLiteral("Chi bộ Sở Tài chính"), "2"},
                                                    {"P.D1.W2", QStringLiteral("Chi bộ Bệnh viện huyện"), "1"},
                                                    {"", "Total", "3"}}));

    // The workplace officer of W2: the letter it issued.
    openAs(officer(workplace2));
    ASSERT_FALSE(page->overdueSection()->isHidden());
    EXPECT_EQ(shown(page->overdueByIssuer()),
              (Rows{{"P.D1.W2", QStringLiteral("Chi bộ Bệnh viện huyện"), "1"}, {"", "Total", "1"}}));

    // A cell secretary may not read referrals: no section, the rest of the Overview as before.
    openAs(as(Role::CellSecretary, tiny.village));
    EXPECT_TRUE(page->overdueSection()->isHidden());
    EXPECT_GT(page->table()->topLevelItemCount(), 0);
}

TEST_F(OverviewPageTest, IssuingInTheReferralsSectionUpdatesTheCounts)
{
    openAs(officer(workplace2));
    EXPECT_EQ(shown(page->overdueByIssuer()).value(0).value(2), QStringLiteral("1"));
    // Lan's letter, dated 40 days back, issued in the Referrals section: the Overview
    // reads again when shown next.
    window->showSection(MainWindow::Section::Referrals);
    const SaveOutcome out = window->referralsPage()->issue({member["Lan"]}, today.addDays(-40));
    ASSERT_TRUE(out.ok()) << out.message.toStdString();
    reread([&] { window->showSection(MainWindow::Section::Overview); });
    EXPECT_EQ(shown(page->overdueByIssuer()),
              (Rows{{"P.D1.W2", QStringLiteral("Chi bộ Bệnh viện huyện"), "2"}, {"", "Total", "2"}}));
    EXPECT_EQ(shown(page->overdueByCommune()),
              (Rows{{"P.D1.C1", QStringLiteral("Đảng bộ xã Thái Giang"), "2"}, {"", "Total", "2"}}));
}

// The follow-up of meetings in the Overview: An and Bình are received and assigned to
// the village; the village meets twice (An absent both times without a reason, Bình
// present then absent); one planned meeting of the village and one of the residential
// group were never recorded. With "crowded above 1", the village (2 members) is crowded.
TEST_F(OverviewPageTest, MeetingsSectionShowsPastDueCrowdedCellsAndAbsenceAlertsWithinTheScope)
{
    const ActingUser office = as(Role::CommuneOffice, tiny.commune);
    const ActingUser secretary = as(Role::CellSecretary, tiny.village);
    QList<qint64> referrals;
    for (const Referral &r : ReferralService(db, office).referralsOf(member["An"]))
        referrals << r.id;
    for (const Referral &r : ReferralService(db, office).referralsOf(member["Bình"]))
        referrals << r.id;
    ASSERT_EQ(referrals.size(), 2);
    ReferralService referralsOffice(db, office);
    ASSERT_TRUE(referralsOffice.receive(referrals, today.addDays(-35)).ok());
    ASSERT_TRUE(referralsOffice.assign({{referrals[0], tiny.village}, {referrals[1], tiny.village}}, today.addDays(-30)).ok());
    MeetingRules rules;
    rules.crowdedAbove = 1;
    ASSERT_TRUE(MeetingService(db, as(Role::ProvincialBoard, tiny.province)).setRules(rules).ok());

    auto meeting = [&](qint64 cell, const QDate &on, bool held, const ActingUser &by) {
        Meeting m;
        m.cellId = cell;
        m.date = on;
        m.held = held;
        m.venue = QStringLiteral("Nhà văn hóa");
        m.venueCapacity = 40;
        EXPECT_TRUE(MeetingService(db, by).save(m).ok());
        return m;
    };
    const QList<AttendanceStatus> an{AttendanceStatus::AbsentUnexcused, AttendanceStatus::AbsentUnexcused};
    const QList<AttendanceStatus> binh{AttendanceStatus::Present, AttendanceStatus::AbsentUnexcused};
    for (int i = 0; i < 2; ++i) {
        const Meeting m = meeting(tiny.village, today.addDays(-20 + 10 * i), true, secretary);
        const SaveOutcome out = MeetingService(db, secretary)
                                    .record(m.id, {{0, member["An"], an[i], {}}, {0, member["Bình"], binh[i], {}}}, 0,
                                            m.rowVersion);
        ASSERT_TRUE(out.ok()) << out.message.toStdString();
    }
    meeting(tiny.village, today.addDays(-90), false, secretary);
    meeting(tiny.group, today.addDays(-60), false, as(Role::CellSecretary, tiny.group));

    const QString asOf = today.toString(QStringLiteral("dd/MM/yyyy"));
    const QString village = QStringLiteral("Chi bộ thôn Phất Lộc Tây");
    const QString commune = QStringLiteral("Đảng bộ xã Thái Giang");
    auto absences = [&] {
        Rows out;
        const QTreeWidget *t = page->absenceAlerts();
        for (int r = 0; r < t->topLevelItemCount(); ++r) {
            const QTreeWidgetItem *item = t->topLevelItem(r);
            out << QStringList{item->text(0), item->text(1), item->text(2), item->text(3), item->text(4)};
        }
        return out;
    };
    auto crowded = [&] {
        Rows out;
        const QTreeWidget *t = page->crowdedCells();
        for (int r = 0; r < t->topLevelItemCount(); ++r) {
            const QTreeWidgetItem *item = t->topLevelItem(r);
            out << QStringList{item->text(0), item->text(1), item->text(2), item->text(3), item->text(4)};
        }
        return out;
    };
    const Rows anAlert{{QStringLiteral("Trần Văn An"), village, QStringLiteral("Chi bộ Sở Tài chính (P.W1)"), "2",
                        today.addDays(-10).toString(QStringLiteral("dd/MM/yyyy"))}};

    openAs(as(Role::ProvincialBoard, tiny.province));
    ASSERT_FALSE(page->meetingsSection()->isHidden());
    EXPECT_EQ(page->pastDueNote()->text(),
              QStringLiteral("Past-due meetings (planned before %1, attendance not recorded): 2").arg(asOf));
    EXPECT_EQ(page->crowdedHeading()->text(), QStringLiteral("Crowded cells (more referred members than 1)"));
    EXPECT_EQ(crowded(), (Rows{{"P.D1.C1.K1", village, commune, "2", "40"}}));
    EXPECT_FALSE(page->absenceSection()->isHidden());
    EXPECT_EQ(absences(), anAlert);

    // The ward: its group's planned meeting; nothing crowded, nobody alerted.
    reread([&] { window->selectScope(tiny.ward); });
    EXPECT_EQ(page->pastDueNote()->text(),
              QStringLiteral("Past-due meetings (planned before %1, attendance not recorded): 1").arg(asOf));
    EXPECT_EQ(page->crowdedNote()->text(), QStringLiteral("No crowded cells."));
    EXPECT_TRUE(page->crowdedCells()->isHidden());
    EXPECT_EQ(page->absenceNote()->text(), QStringLiteral("No absence alerts."));
    EXPECT_TRUE(page->absenceAlerts()->isHidden());
    // W1: An's alert goes to the organisation holding his membership; no cells under it.
    reread([&] { window->selectScope(tiny.workplace); });
    EXPECT_EQ(absences(), anAlert);
    EXPECT_EQ(page->pastDueNote()->text(),
              QStringLiteral("Past-due meetings (planned before %1, attendance not recorded): 0").arg(asOf));

    // The commune office: its village only.
    openAs(office);
    EXPECT_EQ(page->pastDueNote()->text(),
              QStringLiteral("Past-due meetings (planned before %1, attendance not recorded): 1").arg(asOf));
    EXPECT_EQ(crowded(), (Rows{{"P.D1.C1.K1", village, commune, "2", "40"}}));
    EXPECT_EQ(absences(), anAlert);

    // A workplace officer: the alerts of its own members, no cells' figures.
    openAs(officer(tiny.workplace));
    ASSERT_FALSE(page->meetingsSection()->isHidden());
    EXPECT_TRUE(page->pastDueNote()->isHidden());
    EXPECT_TRUE(page->crowdedSection()->isHidden());
    EXPECT_EQ(absences(), anAlert);
    openAs(officer(workplace2));
    EXPECT_TRUE(page->absenceAlerts()->isHidden());
    EXPECT_EQ(page->absenceNote()->text(), QStringLiteral("No absence alerts."));

    // The village's secretary sees it all for the village.
    openAs(secretary);
    EXPECT_EQ(page->pastDueNote()->text(),
              QStringLiteral("Past-due meetings (planned before %1, attendance not recorded): 1").arg(asOf));
    EXPECT_EQ(absences(), anAlert);
}
