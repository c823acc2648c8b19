// The History section and a record's own history list, driven like a user would:
// rows newest first, more rows on scrolling, the user filter, the detail pane, the
// refusal for those who may not read the history. Expected rows come from plain SQL.
#include "app/history_model.h"
#include "app/language.h"
#include "app/history_page.h"
#include "app/optional_date_edit.h"
#include "app/record_history_widget.h"
#include "services/member_service.h"
#include "support/test_support.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>
#include <gtest/gtest.h>
#include <functional>

namespace {

using namespace cutru;

bool waitFor(const std::function<bool()> &done, int timeoutMs = 20000)
{
    return QTest::qWaitFor(done, timeoutMs);
}

ActingUser withRole(const QString &name, Role role, qint64 orgId = 0, const QString &orgPath = {})
{
    ActingUser u;
    u.name = name;
    u.fullName = name;
    u.permissions = Permissions({RoleGrant{role, orgId, orgPath, {}}});
    return u;
}

class HistoryPageTest : public ::testing::Test {
protected:
    test::TempFolder dir;
    storage::Database db = storage::Database::open(dir.file(QStringLiteral("history.cutru")));
    test::TinyProvince tiny = test::buildTinyProvince(db);
    ActingUser an = withRole(QStringLiteral("an.nv"), Role::ProvincialBoard);
    ActingUser binh = withRole(QStringLiteral("binh.tt"), Role::ProvincialBoard);
    Member changed;
    static constexpr int kMembers = 230; // more than one page of the model

    void SetUp() override
    {
        language::apply(QStringLiteral("en")); // the plural forms come from the translation
        QSqlQuery q(db.connection());
        ASSERT_TRUE(q.exec(QStringLiteral(
            "INSERT INTO accounts (username, full_name, password_hash, password_changed_at, created_at) VALUES "
            "('an.nv', 'Nguyễn Văn An', '$argon2id$v=19$m=65536,t=2,p=1$c2FsdA$aGFzaA', "
            "'2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')")))
            << q.lastError().text().toStdString();
        const QStringList names{QStringLiteral("Lê Thị Mai"), QStringLiteral("Phạm Văn Hùng"),
                                QStringLiteral("Vũ Thị Lan"), QStringLiteral("Đỗ Văn Nam")};
        MemberService writer(db, an);
        for (int i = 0; i < kMembers; ++i) {
            Member m = test::validMember(names.at(i % names.size()), i % 2 ? tiny.village : tiny.group, 1000 + i);
            ASSERT_TRUE(writer.save(m).ok());
            if (i == 0)
                changed = m;
        }
        changed.phone = QStringLiteral("0987654321");
        ASSERT_TRUE(MemberService(db, binh).save(changed).ok());
    }

    QList<qint64> idsBySql(const QString &where = {}) const
    {
        QSqlQuery q(db.connection());
        EXPECT_TRUE(q.exec(QStringLiteral("SELECT id FROM change_log %1 ORDER BY id DESC").arg(where)));
        QList<qint64> out;
        while (q.next())
            out << q.value(0).toLongLong();
        return out;
    }

    static QList<qint64> shownIds(const HistoryPage &page)
    {
        QList<qint64> out;
        for (int r = 0; r < page.model()->rowCount(); ++r)
            out << page.model()->index(r, 0).data(HistoryModel::EntryIdRole).toLongLong();
        return out;
    }

    static bool countShows(const HistoryPage &page, qint64 n)
    {
        return !page.isCounting() && page.countLabel()->text() == (n == 1 ? QStringLiteral("%1 entry") : QStringLiteral("%1 entries")).arg(QLocale().toString(n));
    }
};

} // namespace

TEST_F(HistoryPageTest, ShowsNewestFirstAndFetchesMoreOnScrolling)
{
    HistoryPage page;
    page.resize(1200, 700);
    page.setDatabase(&db, ActingUser::localAdministrator(QStringLiteral("test")));
    EXPECT_EQ(page.model()->rowCount(), 0) << "nothing is read before the page is shown";
    page.show();
    const QList<qint64> all = idsBySql();
    ASSERT_GT(all.size(), HistoryModel::kPageSize);
    EXPECT_TRUE(page.message().isEmpty());
    EXPECT_EQ(page.model()->rowCount(), HistoryModel::kPageSize);
    EXPECT_EQ(shownIds(page), all.mid(0, HistoryModel::kPageSize));
    EXPECT_TRUE(waitFor([&] { return countShows(page, all.size()); })) << page.countLabel()->text().toStdString();

    // The newest entry: binh.tt's change of the phone number.
    const QModelIndex top = page.model()->index(0, HistoryModel::ChangesColumn);
    EXPECT_EQ(page.model()->index(0, HistoryModel::UserColumn).data().toString(), QStringLiteral("binh.tt"));
    EXPECT_EQ(page.model()->index(0, HistoryModel::TableColumn).data().toString(), QStringLiteral("Members"));
    EXPECT_EQ(page.model()->index(0, HistoryModel::RecordColumn).data().toLongLong(), changed.id);
    EXPECT_EQ(page.model()->index(0, HistoryModel::ActionColumn).data().toString(), QStringLiteral("Changed"));
    EXPECT_EQ(top.data().toString(), QStringLiteral("Phone: (empty) → 0987654321"));
    const QString time = page.model()->index(0, HistoryModel::TimeColumn).data().toString();
    EXPECT_TRUE(QDateTime::fromString(time, QStringLiteral("dd/MM/yyyy HH:mm:ss")).isValid()) << time.toStdString();

    // Scrolling to the end reads the rest, without gaps or repeats.
    for (int i = 0; i < 10 && page.model()->rowCount() < all.size(); ++i) {
        page.table()->scrollToBottom();
        QTest::qWait(20);
    }
    EXPECT_EQ(page.model()->rowCount(), all.size());
    EXPECT_EQ(shownIds(page), all);
    EXPECT_FALSE(page.model()->canFetchMore({}));

    // A change of language keeps what is loaded.
    QEvent languageChange(QEvent::LanguageChange);
    QApplication::sendEvent(&page, &languageChange);
    EXPECT_EQ(page.model()->rowCount(), all.size());
    EXPECT_EQ(page.model()->index(0, HistoryModel::ChangesColumn).data().toString(),
              QStringLiteral("Phone: (empty) → 0987654321"));
    EXPECT_EQ(page.userCombo()->itemText(0), QStringLiteral("All users"));
}

TEST_F(HistoryPageTest, FilteringByUserTableRecordAndDates)
{
    HistoryPage page;
    page.setDatabase(&db, ActingUser::localAdministrator(QStringLiteral("test")));
    page.show();
    QComboBox *users = page.userCombo();
    EXPECT_EQ(users->itemText(0), QStringLiteral("All users"));
    const int anIndex = users->findData(QStringLiteral("an.nv"));
    ASSERT_GE(anIndex, 0);
    EXPECT_EQ(users->itemText(anIndex), QStringLiteral("Nguyễn Văn An (an.nv)"));

    users->setCurrentIndex(users->findData(QStringLiteral("binh.tt")));
    EXPECT_EQ(shownIds(page), idsBySql(QStringLiteral("WHERE actor = 'binh.tt'")));
    EXPECT_TRUE(waitFor([&] { return countShows(page, 1); })) << page.countLabel()->text().toStdString();

    users->setCurrentIndex(anIndex);
    EXPECT_EQ(page.model()->rowCount(), HistoryModel::kPageSize);
    for (int r = 0; r < page.model()->rowCount(); ++r)
        ASSERT_EQ(page.model()->index(r, HistoryModel::UserColumn).data().toString(),
                  QStringLiteral("Nguyễn Văn An (an.nv)"));
    EXPECT_TRUE(waitFor([&] { return countShows(page, idsBySql(QStringLiteral("WHERE actor = 'an.nv'")).size()); }));

    // Table and record: typing waits for a pause, applyFilters() does not.
    page.tableCombo()->setCurrentIndex(page.tableCombo()->findData(QStringLiteral("members")));
    page.recordEdit()->setText(QString::number(changed.id));
    page.applyFilters();
    EXPECT_EQ(shownIds(page), idsBySql(QStringLiteral("WHERE actor = 'an.nv' AND table_name = 'members' AND row_id = %1")
                                          .arg(changed.id)));
    EXPECT_EQ(page.model()->rowCount(), 1);

    page.resetButton()->click();
    EXPECT_EQ(page.currentFilter(), HistoryFilter{});
    EXPECT_EQ(page.model()->rowCount(), HistoryModel::kPageSize);

    // Dates: today holds everything, tomorrow nothing.
    page.fromEdit()->setOptionalDate(QDate::currentDate());
    page.toEdit()->setOptionalDate(QDate::currentDate());
    EXPECT_TRUE(waitFor([&] { return page.currentFilter() == page.model()->filter(); })) << "applied after the pause";
    EXPECT_EQ(page.model()->rowCount(), HistoryModel::kPageSize);
    page.fromEdit()->setOptionalDate(QDate::currentDate().addDays(1));
    page.toEdit()->setOptionalDate({});
    page.applyFilters();
    EXPECT_EQ(page.model()->rowCount(), 0);
    EXPECT_TRUE(waitFor([&] { return countShows(page, 0); })) << page.countLabel()->text().toStdString();

    // A record's history from elsewhere (the member form): the other filters go.
    page.showRecord(QStringLiteral("members"), changed.id);
    EXPECT_EQ(page.currentFilter().table, QStringLiteral("members"));
    EXPECT_EQ(page.currentFilter().rowId, changed.id);
    EXPECT_FALSE(page.currentFilter().from.isValid());
    EXPECT_EQ(shownIds(page), idsBySql(QStringLiteral("WHERE table_name = 'members' AND row_id = %1").arg(changed.id)));
}

TEST_F(HistoryPageTest, SelectingARowFillsTheDetailPane)
{
    HistoryPage page;
    page.setDatabase(&db, ActingUser::localAdministrator(QStringLiteral("test")));
    page.show();
    ASSERT_GT(page.model()->rowCount(), 1);
    EXPECT_EQ(page.detailTable()->rowCount(), 0);

    page.table()->selectRow(0); // binh.tt's phone change
    EXPECT_TRUE(page.detailLabel()->text().contains(QStringLiteral("binh.tt")));
    ASSERT_EQ(page.detailTable()->rowCount(), 1);
    EXPECT_EQ(page.detailTable()->item(0, 0)->text(), QStringLiteral("Phone"));
    EXPECT_EQ(page.detailTable()->item(0, 1)->text(), QString());
    EXPECT_EQ(page.detailTable()->item(0, 2)->text(), QStringLiteral("0987654321"));
    EXPECT_FALSE(page.detailTable()->isColumnHidden(1));

    page.table()->selectRow(1); // a member created by an.nv: its filled fields, no "before"
    EXPECT_TRUE(page.detailTable()->isColumnHidden(1));
    EXPECT_FALSE(page.detailTable()->isColumnHidden(2));
    QStringList fields;
    for (int r = 0; r < page.detailTable()->rowCount(); ++r)
        fields << page.detailTable()->item(r, 0)->text();
    EXPECT_TRUE(fields.contains(QStringLiteral("Full name")));
    EXPECT_TRUE(fields.contains(QStringLiteral("Date of birth")));
    EXPECT_TRUE(fields.contains(QStringLiteral("Cell")));
    const int cell = static_cast<int>(fields.indexOf(QStringLiteral("Cell")));
    const QString cellName = page.detailTable()->item(cell, 2)->text();
    EXPECT_TRUE(cellName == QStringLiteral("Chi bộ thôn Phất Lộc Tây") || cellName == QStringLiteral("Chi bộ tổ dân phố số 1"))
        << cellName.toStdString();
}

TEST_F(HistoryPageTest, AuditorSeesMaskedNumbers)
{
    HistoryPage page;
    page.setDatabase(&db, withRole(QStringLiteral("kiem.tra"), Role::Auditor));
    page.show();
    ASSERT_TRUE(page.message().isEmpty());
    page.table()->selectRow(0);
    ASSERT_EQ(page.detailTable()->rowCount(), 1);
    EXPECT_EQ(page.detailTable()->item(0, 2)->text(), MemberService::maskPhone(QStringLiteral("0987654321")));
    EXPECT_FALSE(page.model()->index(0, HistoryModel::ChangesColumn).data().toString().contains(QStringLiteral("0987654321")));
}

TEST_F(HistoryPageTest, OthersSeeWhyNot)
{
    HistoryPage page;
    page.show();
    EXPECT_EQ(page.message(), QStringLiteral("No database is open."));

    const QString villagePath =
        QStringLiteral("/%1/%2/%3/%4/").arg(tiny.province).arg(tiny.district).arg(tiny.commune).arg(tiny.village);
    page.setDatabase(&db, withRole(QStringLiteral("bi.thu"), Role::CellSecretary, tiny.village, villagePath));
    EXPECT_EQ(page.message(), refusalMessage(Action::ReadHistory));
    EXPECT_TRUE(page.message().contains(label(Role::ProvincialBoard)));
    EXPECT_FALSE(page.table()->isVisible());
    EXPECT_EQ(page.model()->rowCount(), 0);

    page.setDatabase(&db, an);
    EXPECT_TRUE(page.message().isEmpty());
    EXPECT_TRUE(page.table()->isVisible());
    EXPECT_GT(page.model()->rowCount(), 0);

    page.setDatabase(nullptr, an);
    EXPECT_EQ(page.message(), QStringLiteral("No database is open."));
}

TEST_F(HistoryPageTest, RecordHistoryListsTheMembersOwnChanges)
{
    RecordHistoryWidget widget;
    widget.show();
    EXPECT_EQ(widget.entryCount(), 0);
    EXPECT_TRUE(widget.messageLabel()->isVisible());

    // As the member form gets them: masked for a role that may not see the numbers.
    const ActingUser secretary = withRole(QStringLiteral("bi.thu"), Role::CellSecretary, tiny.group,
                                          QStringLiteral("/%1/%2/%3/%4/")
                                              .arg(tiny.province)
                                              .arg(tiny.district)
                                              .arg(tiny.ward)
                                              .arg(tiny.group));
    const auto entries = MemberService(db, secretary).history(changed.id);
    ASSERT_EQ(entries.size(), 2);
    widget.setEntries(entries, &db);
    ASSERT_EQ(widget.entryCount(), 2);
    EXPECT_TRUE(widget.list()->isVisible());
    QTreeWidgetItem *newest = widget.list()->topLevelItem(0);
    EXPECT_EQ(newest->text(RecordHistoryWidget::UserColumn), QStringLiteral("binh.tt"));
    EXPECT_EQ(newest->text(RecordHistoryWidget::ActionColumn), QStringLiteral("Changed"));
    ASSERT_EQ(newest->childCount(), 1);
    EXPECT_EQ(newest->child(0)->text(RecordHistoryWidget::ChangesColumn),
              QStringLiteral("Phone: (empty) → 0987654321")); // a cell secretary sees phone numbers
    QTreeWidgetItem *created = widget.list()->topLevelItem(1);
    EXPECT_EQ(created->text(RecordHistoryWidget::UserColumn), QStringLiteral("Nguyễn Văn An (an.nv)"));
    EXPECT_EQ(created->text(RecordHistoryWidget::ActionColumn), QStringLiteral("Created"));
    EXPECT_TRUE(created->text(RecordHistoryWidget::ChangesColumn).contains(MemberService::maskCccd(changed.cccd)));
    EXPECT_FALSE(created->text(RecordHistoryWidget::ChangesColumn).contains(changed.cccd));

    widget.setMessage(QStringLiteral("refused"));
    EXPECT_EQ(widget.messageLabel()->text(), QStringLiteral("refused"));
    EXPECT_FALSE(widget.list()->isVisible());
}
