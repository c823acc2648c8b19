// The main window on a small generated province, driven like a user would: the
// Members section, typing into the search box, picking a scope in the tree,
// sorting, and the member form. Expected results are computed here with plain SQL
// and the domain's text rules, not with the repository the model itself uses.
#include "app/language.h"
#include "app/main_window.h"
#include "app/member_dialog.h"
#include "app/member_table_model.h"
#include "app/members_page.h"
#include "app/optional_date_edit.h"
#include "app/organisation_tree_model.h"
#include "app/overview_page.h"
#include "app/backup_controller.h"
#include "app/history_page.h"
#include "app/record_history_widget.h"
#include "services/backup_service.h"
#include "services/member_service.h"
#include "domain/vietnamese_text.h"
#include "services/account_service.h"
#include "services/demo_province.h"
#include "storage/database.h"
#include "support/test_support.h"

#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QInputMethodEvent>
#include <QLabel>
#include <QMessageBox>
#include <QTimer>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>
#include <gtest/gtest.h>
#include <functional>
#include <ostream>

// Readable QStrings in failure messages.
inline void PrintTo(const QString &s, std::ostream *os)
{
    *os << '"' << s.toStdString() << '"';
}
inline std::ostream &operator<<(std::ostream &os, const QString &s)
{
    return os << s.toStdString();
}

namespace {

using namespace cutru;

bool waitFor(const std::function<bool()> &done, int timeoutMs = 20000)
{
    return QTest::qWaitFor(done, timeoutMs);
}

struct StoredMember {
    qint64 id = 0;
    QString fullName;
    QString cccd;
    QString partyCardNo;
    QString orgPath;
};

// Every member as stored, read directly.
QList<StoredMember> storedMembers(const QString &path)
{
    QList<StoredMember> out;
    storage::Database db = storage::Database::open(path, storage::Database::Create::MustExist);
    {
        QSqlQuery q(db.connection());
        EXPECT_TRUE(q.exec(QStringLiteral("SELECT m.id, m.full_name, m.cccd, coalesce(m.party_card_no, ''), o.path "
                                          "FROM members m JOIN organisations o ON o.id = m.cell_id")));
        while (q.next())
            out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                        q.value(3).toString(), q.value(4).toString()});
    }
    return out;
}

// The search rule as users are promised it: every typed word, folded, begins a word
// of the folded name, the CCCD or the party card number.
bool matchesSearch(const StoredMember &m, const QStringList &terms)
{
    static const QRegularExpression separators(QStringLiteral("[^0-9A-Za-z]+"));
    QStringList words = text::fold(m.fullName).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    words << m.cccd << m.partyCardNo.split(separators, Qt::SkipEmptyParts);
    for (const QString &t : terms) {
        bool found = false;
        for (const QString &w : words)
            found = found || w.startsWith(t);
        if (!found)
            return false;
    }
    return true;
}

QSet<qint64> expectedIds(const QList<StoredMember> &all, const QString &scopePath, const QStringList &terms)
{
    QSet<qint64> ids;
    for (const StoredMember &m : all)
        if (m.orgPath.startsWith(scopePath) && matchesSearch(m, terms))
            ids.insert(m.id);
    return ids;
}

// Signs in with a documented demo account, as a user would in the sign-in dialog.
MainWindow::Authenticator signInAs(const QString &username)
{
    return [username](storage::Database &db) -> std::optional<ActingUser> {
        const SignInResult r = AccountService(db).signIn(username, demoPassword());
        EXPECT_TRUE(r.ok()) << r.message.toStdString();
        return r.ok() ? std::optional<ActingUser>(r.user) : std::nullopt;
    };
}

class MainWindowTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        path_ = test::smallDemoCopy(folder_);
        language::apply(QStringLiteral("en"));
        window_ = std::make_unique<MainWindow>();
        window_->setAuthenticator(signInAs(QStringLiteral("admin")));
        QString error;
        ASSERT_TRUE(window_->openDatabase(path_, &error)) << error.toStdString();
        window_->resize(1300, 800);
        window_->show();
        window_->showSection(MainWindow::Section::Members);
        page_ = window_->membersPage();
        ASSERT_NE(page_->model(), nullptr);
        // The province, the only root, is the initial scope: the whole database.
        const QList<qint64> roots = window_->organisationModel()->tree().roots();
        ASSERT_EQ(roots.size(), 1);
        ASSERT_EQ(window_->currentScope(), roots.first());
        rootPath_ = page_->model()->query().scopePath;
        ASSERT_TRUE(settled({}, rootPath_));
    }

    MemberTableModel *model() const { return page_->model(); }

    // The list shows exactly `terms` in `scope`, its count known.
    bool settled(const QStringList &terms, const QString &scope)
    {
        return waitFor([&] {
            return model()->query().terms == terms && model()->query().scopePath == scope && model()->isCountKnown();
        });
    }

    // ASCII as key presses; Vietnamese letters the way an input method (IBus,
    // Unikey) delivers them: as committed text.
    void typeSearch(const QString &typed)
    {
        page_->searchEdit()->clear();
        page_->applySearch();
        QString ascii;
        for (const QChar c : typed)
            if (c.unicode() < 128)
                ascii += c;
        if (ascii == typed) {
            QTest::keyClicks(page_->searchEdit(), typed);
        } else {
            QInputMethodEvent commit;
            commit.setCommitString(typed);
            QApplication::sendEvent(page_->searchEdit(), &commit);
        }
    }

    // Loads every row, window by window, and returns the ids shown. Like a view that
    // repaints, it keeps asking for the rows still missing: the model keeps only the
    // latest few wishes and forgets windows asked for in passing.
    QList<qint64> shownIds()
    {
        MemberTableModel *m = model();
        EXPECT_TRUE(waitFor([m] {
            bool all = true;
            for (int r = 0; r < m->rowCount(); r += MemberTableModel::kPageSize)
                if (!m->isRowLoaded(r) || !m->isRowLoaded(std::min(r + MemberTableModel::kPageSize, m->rowCount()) - 1)) {
                    m->data(m->index(r, MemberTableModel::NameColumn));
                    all = false;
                }
            return all;
        }));
        QList<qint64> ids;
        for (int r = 0; r < m->rowCount(); ++r)
            ids << m->memberIdAt(r);
        return ids;
    }

    QStringList shownNames()
    {
        shownIds();
        QStringList names;
        for (int r = 0; r < model()->rowCount(); ++r)
            names << model()->index(r, MemberTableModel::NameColumn).data().toString();
        return names;
    }

    test::TempFolder folder_;
    QString path_;
    QString rootPath_;
    std::unique_ptr<MainWindow> window_;
    MembersPage *page_ = nullptr;
};

TEST_F(MainWindowTest, OpensOnTheProvinceWithExactCounts)
{
    const QList<StoredMember> all = storedMembers(path_);
    ASSERT_GT(all.size(), 500);
    EXPECT_EQ(model()->rowCount(), all.size());
    EXPECT_EQ(window_->databasePath(), QFileInfo(path_).absoluteFilePath());
    EXPECT_TRUE(window_->windowTitle().contains(QFileInfo(path_).fileName()));
    // Status bar: members in scope and shown, both exact.
    const QString status = window_->statusCountLabel()->text();
    EXPECT_TRUE(status.contains(QLocale().toString(qsizetype(all.size())))) << status.toStdString();
    EXPECT_TRUE(page_->countLabel()->text().contains(QLocale().toString(qsizetype(all.size()))))
        << page_->countLabel()->text().toStdString();
}

TEST_F(MainWindowTest, SearchIgnoresDiacriticsAndCaseAfterAPause)
{
    const QList<StoredMember> all = storedMembers(path_);
    typeSearch(QStringLiteral("nguyen van"));
    // Typing alone runs nothing: the search waits for the pause.
    EXPECT_TRUE(model()->query().terms.isEmpty());
    const QStringList terms{QStringLiteral("nguyen"), QStringLiteral("van")};
    ASSERT_TRUE(settled(terms, rootPath_));

    const QSet<qint64> expected = expectedIds(all, rootPath_, terms);
    ASSERT_GT(expected.size(), 5) << "the demo province has plenty of Nguyễn Văn";
    ASSERT_LT(expected.size(), all.size());
    EXPECT_EQ(model()->rowCount(), expected.size());
    const QList<qint64> ids = shownIds();
    EXPECT_EQ(QSet<qint64>(ids.cbegin(), ids.cend()), expected);
    for (const QString &name : shownNames()) {
        const QStringList words = text::fold(name).split(QLatin1Char(' '));
        EXPECT_TRUE(words.contains(QStringLiteral("nguyen")) || std::any_of(words.cbegin(), words.cend(), [](const QString &w) {
                        return w.startsWith(QLatin1String("nguyen"));
                    })) << name.toStdString();
        EXPECT_TRUE(std::any_of(words.cbegin(), words.cend(), [](const QString &w) { return w.startsWith(QLatin1String("van")); }))
            << name.toStdString();
    }
    EXPECT_TRUE(page_->countLabel()->text().contains(QLocale().toString(expected.size())));
    EXPECT_TRUE(window_->statusCountLabel()->text().contains(QLocale().toString(expected.size())));

    // Upper case without accents and lower case with them find the same members.
    typeSearch(QStringLiteral("NGUYEN"));
    ASSERT_TRUE(settled({QStringLiteral("nguyen")}, rootPath_));
    const QList<qint64> upper = shownIds();
    typeSearch(QStringLiteral("nguyễn"));
    ASSERT_TRUE(settled({QStringLiteral("nguyen")}, rootPath_));
    const QList<qint64> accented = shownIds();
    EXPECT_EQ(upper, accented);
    EXPECT_EQ(QSet<qint64>(upper.cbegin(), upper.cend()), expectedIds(all, rootPath_, {QStringLiteral("nguyen")}));
    EXPECT_GT(upper.size(), expected.size());
}

TEST_F(MainWindowTest, DFindsNamesWithDStroke)
{
    const QList<StoredMember> all = storedMembers(path_);
    typeSearch(QStringLiteral("d"));
    ASSERT_TRUE(settled({QStringLiteral("d")}, rootPath_));
    const QSet<qint64> expected = expectedIds(all, rootPath_, {QStringLiteral("d")});
    EXPECT_EQ(model()->rowCount(), expected.size());
    int withStroke = 0;
    for (const QString &name : shownNames()) {
        static const QRegularExpression startsWithStroke(QStringLiteral("(^|\\s)[Đđ]"));
        if (startsWithStroke.match(name).hasMatch())
            ++withStroke;
    }
    int storedWithStroke = 0;
    for (const StoredMember &m : all)
        if (QRegularExpression(QStringLiteral("(^|\\s)[Đđ]")).match(m.fullName).hasMatch())
            ++storedWithStroke;
    ASSERT_GT(storedWithStroke, 0);
    EXPECT_EQ(withStroke, storedWithStroke) << "every name with a word in Đ is found by typing d";
}

TEST_F(MainWindowTest, SelectingATreeNodeFiltersToItsScope)
{
    const QList<StoredMember> all = storedMembers(path_);
    OrganisationTreeModel *tree = window_->organisationModel();
    const QList<const Organisation *> communes = tree->tree().ofLevel(OrgLevel::Commune);
    ASSERT_FALSE(communes.isEmpty());
    const Organisation *commune = communes.first();
    const QString communePath = tree->tree().scopePath(commune->id);

    window_->organisationView()->setCurrentIndex(tree->indexOf(commune->id));
    ASSERT_TRUE(settled({}, communePath));
    const QSet<qint64> expected = expectedIds(all, communePath, {});
    ASSERT_GT(expected.size(), 0);
    ASSERT_LT(expected.size(), all.size());
    EXPECT_EQ(model()->rowCount(), expected.size());
    EXPECT_EQ(tree->tree().memberCount(commune->id), expected.size());
    const QList<qint64> ids = shownIds();
    EXPECT_EQ(QSet<qint64>(ids.cbegin(), ids.cend()), expected);
    EXPECT_TRUE(tree->indexOf(commune->id).data().toString().contains(QLocale().toString(expected.size())));
    EXPECT_TRUE(window_->statusCountLabel()->text().contains(QLocale().toString(expected.size())));

    // Search and scope together.
    typeSearch(QStringLiteral("thi"));
    ASSERT_TRUE(settled({QStringLiteral("thi")}, communePath));
    EXPECT_EQ(model()->rowCount(), expectedIds(all, communePath, {QStringLiteral("thi")}).size());
}

TEST_F(MainWindowTest, SortsInVietnameseNameOrderInSql)
{
    const QList<StoredMember> all = storedMembers(path_);
    QStringList keys;
    for (const StoredMember &m : all)
        keys << text::nameSortKey(m.fullName);
    std::sort(keys.begin(), keys.end());

    const QStringList names = shownNames();
    ASSERT_EQ(names.size(), all.size());
    bool fullNameOrderDiffers = false;
    for (int i = 1; i < names.size(); ++i) {
        EXPECT_LE(text::nameSortKey(names.at(i - 1)), text::nameSortKey(names.at(i)))
            << names.at(i - 1).toStdString() << " before " << names.at(i).toStdString();
        fullNameOrderDiffers = fullNameOrderDiffers || names.at(i - 1) > names.at(i);
    }
    EXPECT_EQ(text::nameSortKey(names.first()), keys.first());
    EXPECT_EQ(text::nameSortKey(names.last()), keys.last());
    EXPECT_TRUE(fullNameOrderDiffers) << "given name first, not the family name";

    // A header click sorts descending, again in SQL (a new query, not a local sort).
    page_->table()->sortByColumn(MemberTableModel::NameColumn, Qt::DescendingOrder);
    ASSERT_TRUE(waitFor([this] { return model()->query().descending && model()->isCountKnown(); }));
    const QStringList reversed = shownNames();
    ASSERT_EQ(reversed.size(), all.size());
    EXPECT_EQ(text::nameSortKey(reversed.first()), keys.last());
    for (int i = 1; i < reversed.size(); ++i)
        EXPECT_GE(text::nameSortKey(reversed.at(i - 1)), text::nameSortKey(reversed.at(i)));

    // Another column: date of birth, oldest first.
    page_->table()->sortByColumn(MemberTableModel::BirthDateColumn, Qt::AscendingOrder);
    ASSERT_TRUE(waitFor([this] {
        return model()->query().sort == storage::MemberSort::BirthDate && model()->isCountKnown();
    }));
    shownIds();
    for (int r = 1; r < model()->rowCount(); ++r) {
        const QDate a = QDate::fromString(model()->index(r - 1, MemberTableModel::BirthDateColumn).data().toString(),
                                          QStringLiteral("dd/MM/yyyy"));
        const QDate b = QDate::fromString(model()->index(r, MemberTableModel::BirthDateColumn).data().toString(),
                                          QStringLiteral("dd/MM/yyyy"));
        ASSERT_TRUE(a.isValid() && b.isValid()) << "dates are shown dd/MM/yyyy";
        EXPECT_LE(a, b);
    }
}

TEST_F(MainWindowTest, ScrollingThroughTheListEndsWithTheVisibleRowsLoaded)
{
    QTableView *table = page_->table();
    const int rows = model()->rowCount();
    ASSERT_GT(rows, 5 * MemberTableModel::kPageSize);
    // A fast drag: the view paints at many places, each asking for its window.
    for (int r = 0; r < rows; r += MemberTableModel::kPageSize / 2) {
        table->scrollTo(model()->index(r, 0), QAbstractItemView::PositionAtTop);
        table->viewport()->repaint();
    }
    table->scrollToBottom();
    table->viewport()->repaint();
    const int top = table->rowAt(0);
    const int bottom = table->rowAt(table->viewport()->height() - 2);
    ASSERT_GE(top, 0);
    ASSERT_EQ(bottom, rows - 1);
    EXPECT_TRUE(waitFor([&] { return model()->isRowLoaded(top) && model()->isRowLoaded(bottom); }, 10000))
        << "the rows on screen load even after windows were asked for in passing";
    EXPECT_NE(model()->index(bottom, MemberTableModel::NameColumn).data().toString(), QStringLiteral("…"));
}

TEST_F(MainWindowTest, WindowsAskedForInPassingAreForgottenAndRepainted)
{
    MemberTableModel *m = model();
    ASSERT_TRUE(waitFor([m] { return m->isRowLoaded(0); }));
    ASSERT_GT(m->rowCount(), 9 * MemberTableModel::kPageSize);
    QList<std::pair<int, int>> changed;
    QObject::connect(m, &QAbstractItemModel::dataChanged, m, [&changed](const QModelIndex &a, const QModelIndex &b) {
        changed.append({a.row(), b.row()});
    });
    QList<int> loadedPages;
    QObject::connect(m, &MemberTableModel::windowLoaded, m,
                     [&loadedPages](int first, int) { loadedPages << first / MemberTableModel::kPageSize; });
    // Windows 2..8 in one burst: 2 goes to the worker, 3..8 wait, and only the
    // newest kQueuedPages (5..8) are kept.
    for (int page = 2; page <= 8; ++page)
        m->data(m->index(page * MemberTableModel::kPageSize, 0));
    auto covered = [&changed](int row) {
        return std::any_of(changed.cbegin(), changed.cend(), [row](auto r) { return r.first <= row && row <= r.second; });
    };
    ASSERT_TRUE(waitFor([&] { return m->isRowLoaded(5 * MemberTableModel::kPageSize); }));
    EXPECT_EQ(loadedPages, (QList<int>{2, 8, 7, 6, 5})) << "the newest wishes are served first";
    EXPECT_TRUE(covered(3 * MemberTableModel::kPageSize)) << "a forgotten window asks the views to repaint it";
    EXPECT_TRUE(covered(4 * MemberTableModel::kPageSize));
    EXPECT_FALSE(m->isRowLoaded(3 * MemberTableModel::kPageSize)) << "window 3 was never read";
    // A view that repaints window 3 gets it.
    m->data(m->index(3 * MemberTableModel::kPageSize, 0));
    EXPECT_TRUE(waitFor([m] { return m->isRowLoaded(3 * MemberTableModel::kPageSize); }));
}

TEST_F(MainWindowTest, AnswersForAnOlderQueryAreDropped)
{
    const QList<StoredMember> all = storedMembers(path_);
    storage::MemberQuery first = model()->query();
    first.terms = {QStringLiteral("nguyen")};
    storage::MemberQuery second = model()->query();
    second.terms = {QStringLiteral("tran")};
    model()->setQuery(first);
    model()->setQuery(second); // before the worker could answer the first
    QList<int> counts;
    QObject::connect(model(), &MemberTableModel::countReady, model(), [&counts](int n) { counts << n; });
    ASSERT_TRUE(waitFor([this] { return model()->isCountKnown(); }));
    QTest::qWait(200);
    const QSet<qint64> expected = expectedIds(all, rootPath_, second.terms);
    EXPECT_EQ(counts, QList<int>{int(expected.size())}) << "only the latest query's count arrives";
    const QList<qint64> ids = shownIds();
    EXPECT_EQ(QSet<qint64>(ids.cbegin(), ids.cend()), expected);
}

int storedCount(const QString &path)
{
    return int(storedMembers(path).size());
}

TEST_F(MainWindowTest, MemberFormShowsMessagesBesideFieldsAndSaves)
{
    OrganisationTreeModel *tree = window_->organisationModel();
    const QList<const Organisation *> cells = tree->tree().ofLevel(OrgLevel::Cell);
    ASSERT_FALSE(cells.isEmpty());
    const Organisation *cell = cells.first();
    window_->organisationView()->setCurrentIndex(tree->indexOf(cell->id));
    const QString cellPath = tree->tree().scopePath(cell->id);
    ASSERT_TRUE(settled({}, cellPath));
    const int inCell = model()->rowCount();
    const int before = storedCount(path_);

    QTest::mouseClick(page_->newButton(), Qt::LeftButton);
    QPointer<MemberDialog> dialog = page_->findChild<MemberDialog *>();
    ASSERT_TRUE(dialog);
    ASSERT_TRUE(waitFor([&] { return dialog && dialog->isVisible(); }));
    auto field = [&](const char *name) { return dialog->findChild<QWidget *>(QString::fromLatin1(name)); };
    auto *cellCombo = qobject_cast<QComboBox *>(field("cellCombo"));
    ASSERT_TRUE(cellCombo);
    EXPECT_EQ(cellCombo->currentData().toLongLong(), cell->id) << "a new member defaults to the selected cell";

    qobject_cast<QLineEdit *>(field("fullNameEdit"))->setText(QStringLiteral("Đặng Thị Thu Hương"));
    auto *gender = qobject_cast<QComboBox *>(field("genderCombo"));
    gender->setCurrentIndex(gender->findData(QStringLiteral("F")));
    qobject_cast<QDateEdit *>(field("birthDateEdit"))->setDate(QDate(1985, 3, 12));
    qobject_cast<QDateEdit *>(field("admissionDateEdit"))->setDate(QDate(2010, 5, 19));
    auto *cccd = qobject_cast<QLineEdit *>(field("cccdEdit"));
    cccd->setText(QStringLiteral("12345"));
    auto *save = qobject_cast<QDialogButtonBox *>(field("buttonBox"))->button(QDialogButtonBox::Save);
    ASSERT_TRUE(save);

    QTest::mouseClick(save, Qt::LeftButton);
    QLabel *cccdError = dialog->errorLabel(QStringLiteral("cccd"));
    ASSERT_TRUE(cccdError);
    EXPECT_TRUE(dialog->isVisible()) << "an invalid member is not saved";
    EXPECT_TRUE(cccdError->isVisible());
    EXPECT_TRUE(cccdError->text().contains(QStringLiteral("12 digits"))) << cccdError->text().toStdString();
    // Beside the field: right under it, in the same column.
    const QPoint editBottom = cccd->mapTo(dialog, QPoint(0, cccd->height()));
    const QPoint errorTop = cccdError->mapTo(dialog, QPoint(0, 0));
    EXPECT_NEAR(errorTop.x(), editBottom.x(), 2);
    EXPECT_GE(errorTop.y(), editBottom.y());
    EXPECT_LE(errorTop.y() - editBottom.y(), 12);
    EXPECT_EQ(dialog->focusWidget(), cccd) << "the first invalid field takes the focus";
    for (const char *other : {"fullName", "birthDate", "admissionDate", "cellId"})
        EXPECT_FALSE(dialog->errorLabel(QString::fromLatin1(other))->isVisible()) << other;
    EXPECT_EQ(storedCount(path_), before);

    // CCCD digits 4-6: female born in 19xx (1), year 85.
    cccd->setText(QStringLiteral("099185987654"));
    QTest::mouseClick(save, Qt::LeftButton);
    ASSERT_TRUE(waitFor([&] { return !dialog || !dialog->isVisible(); }))
        << (dialog ? dialog->errorLabel(QStringLiteral("cccd"))->text().toStdString() : std::string());
    EXPECT_EQ(storedCount(path_), before + 1);

    // The list reloads in place and shows the new member; the tree counts follow.
    ASSERT_TRUE(waitFor([&] { return model()->isCountKnown() && model()->rowCount() == inCell + 1; }));
    EXPECT_EQ(tree->tree().memberCount(cell->id), inCell + 1);
    typeSearch(QStringLiteral("dang thi thu huong"));
    ASSERT_TRUE(settled(text::searchTerms(QStringLiteral("dang thi thu huong")), cellPath));
    ASSERT_EQ(model()->rowCount(), 1);
    EXPECT_EQ(shownNames(), QStringList{QStringLiteral("Đặng Thị Thu Hương")});
    EXPECT_EQ(model()->index(0, MemberTableModel::BirthDateColumn).data().toString(), QStringLiteral("12/03/1985"));
}

TEST_F(MainWindowTest, EditingShowsTheRecordValidatesLiveAndSaves)
{
    const QList<qint64> ids = shownIds();
    ASSERT_FALSE(ids.isEmpty());
    const QString name = model()->index(0, MemberTableModel::NameColumn).data().toString();
    const QString born = model()->index(0, MemberTableModel::BirthDateColumn).data().toString();
    page_->table()->setCurrentIndex(model()->index(0, 0));
    page_->editCurrent();
    QPointer<MemberDialog> dialog = page_->findChild<MemberDialog *>();
    ASSERT_TRUE(dialog);
    EXPECT_EQ(dialog->memberId(), ids.first());
    EXPECT_EQ(dialog->findChild<QLineEdit *>(QStringLiteral("fullNameEdit"))->text(), name);
    EXPECT_EQ(dialog->findChild<QDateEdit *>(QStringLiteral("birthDateEdit"))->text(), born) << "dd/MM/yyyy";

    auto *phone = dialog->findChild<QLineEdit *>(QStringLiteral("phoneEdit"));
    const QString storedPhone = phone->text();
    phone->clear();
    QTest::keyClicks(phone, QStringLiteral("12"));
    // Checked while typing (after a short pause), only for the field touched.
    ASSERT_TRUE(waitFor([&] { return dialog->errorLabel(QStringLiteral("phone"))->isVisible(); }));
    EXPECT_FALSE(dialog->errorLabel(QStringLiteral("fullName"))->isVisible());
    phone->setText(storedPhone);

    // The membership cell is searchable without accents.
    auto *cellCombo = dialog->findChild<QComboBox *>(QStringLiteral("cellCombo"));
    QCompleter *completer = cellCombo->completer();
    ASSERT_TRUE(completer);
    completer->setCompletionPrefix(QStringLiteral("to dan pho"));
    ASSERT_GT(completer->completionCount(), 0);
    for (int i = 0; completer->setCurrentRow(i); ++i)
        EXPECT_TRUE(text::fold(completer->currentCompletion()).contains(QStringLiteral("to dan pho")))
            << completer->currentCompletion();

    auto *workplace = dialog->findChild<QLineEdit *>(QStringLiteral("workplaceEdit"));
    workplace->setText(QStringLiteral("Sở Giáo dục và Đào tạo"));
    ASSERT_TRUE(dialog->save());
    ASSERT_TRUE(waitFor([&] {
        return model()->isRowLoaded(0)
               && model()->index(0, MemberTableModel::WorkplaceColumn).data().toString()
                      == QStringLiteral("Sở Giáo dục và Đào tạo");
    })) << "the list reloads in place after the save";
    EXPECT_EQ(model()->memberIdAt(0), ids.first());
}

TEST_F(MainWindowTest, DatesAreTypedDayMonthYearAndMayBeEmpty)
{
    page_->newMember();
    QPointer<MemberDialog> dialog = page_->findChild<MemberDialog *>();
    ASSERT_TRUE(dialog);
    auto *born = dialog->findChild<OptionalDateEdit *>(QStringLiteral("birthDateEdit"));
    ASSERT_TRUE(born);
    EXPECT_TRUE(born->isBlank()) << "a new member has no date of birth yet";
    EXPECT_FALSE(dialog->memberFromForm().birthDate.isValid());
    born->setFocus();
    for (const QString &typed : {QStringLiteral("12031985"), QStringLiteral("12/03/1985"), QStringLiteral("12.3.1985")}) {
        born->setOptionalDate({});
        QTest::keyClicks(born, typed);
        EXPECT_EQ(born->optionalDate(), QDate(1985, 3, 12)) << typed;
        EXPECT_EQ(born->text(), QStringLiteral("12/03/1985")) << typed;
    }
    EXPECT_EQ(dialog->memberFromForm().birthDate, QDate(1985, 3, 12));
    born->selectAll();
    QTest::keyClick(born, Qt::Key_Delete);
    EXPECT_TRUE(born->isBlank()) << "Delete on the whole date empties the field";
    EXPECT_FALSE(dialog->memberFromForm().birthDate.isValid());
    dialog->reject();
}

TEST_F(MainWindowTest, AFileThatIsNotCuTruIsRefusedAndTheOpenDatabaseStays)
{
    const QString bogus = folder_.file(QStringLiteral("notes.cutru"));
    QFile f(bogus);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("just some text, not a database\n");
    f.close();
    QString error;
    EXPECT_FALSE(window_->openDatabase(bogus, &error));
    EXPECT_TRUE(error.contains(bogus)) << error.toStdString();
    EXPECT_FALSE(window_->openDatabase(folder_.file(QStringLiteral("missing.cutru")), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("missing.cutru"))) << error.toStdString();
    EXPECT_EQ(window_->databasePath(), QFileInfo(path_).absoluteFilePath());
    EXPECT_TRUE(model()->isCountKnown());
}

TEST_F(MainWindowTest, VietnameseIsTheDefaultAndSwitchesLive)
{
    EXPECT_EQ(language::preferred(), QStringLiteral("vi")) << "nothing stored: Vietnamese";
    ASSERT_TRUE(language::apply(QStringLiteral("vi")));
    // Widgets retranslate on the LanguageChange event, which Qt posts.
    QListWidgetItem *members = window_->sectionList()->item(int(MainWindow::Section::Members));
    EXPECT_TRUE(waitFor([&] { return members->text() == QStringLiteral("Đảng viên"); }, 3000)) << members->text();
    EXPECT_EQ(model()->headerData(MemberTableModel::NameColumn, Qt::Horizontal).toString(), QStringLiteral("Họ và tên"));
    EXPECT_TRUE(window_->statusCountLabel()->text().contains(QStringLiteral("đảng viên trong phạm vi")))
        << window_->statusCountLabel()->text();
    ASSERT_GT(model()->rowCount(), 999);
    const QString grouped = QLocale(QLocale::Vietnamese, QLocale::Vietnam).toString(model()->rowCount());
    EXPECT_TRUE(grouped.contains(QLatin1Char('.')));
    EXPECT_TRUE(window_->statusCountLabel()->text().contains(grouped))
        << "Vietnamese groups thousands with dots: " << window_->statusCountLabel()->text();
    EXPECT_EQ(page_->newButton()->text(), QStringLiteral("&Thêm đảng viên…"));
    EXPECT_TRUE(window_->statusUserLabel()->text().startsWith(QStringLiteral("Đã đăng nhập")))
        << window_->statusUserLabel()->text();
    ASSERT_TRUE(language::apply(QStringLiteral("en")));
    EXPECT_TRUE(waitFor([&] { return members->text() == QStringLiteral("Members"); }, 3000)) << members->text();
    EXPECT_EQ(page_->newButton()->text(), QStringLiteral("&New member…"));
    EXPECT_TRUE(window_->statusUserLabel()->text().startsWith(QStringLiteral("Signed in")))
        << window_->statusUserLabel()->text();
}

// Screenshots for a human look, when CUTRU_SCREENSHOT_DIR names a folder.
TEST_F(MainWindowTest, Screenshots)
{
    const QString dir = qEnvironmentVariable("CUTRU_SCREENSHOT_DIR");
    if (dir.isEmpty())
        GTEST_SKIP() << "set CUTRU_SCREENSHOT_DIR to save screenshots";
    language::apply(QStringLiteral("vi"));
    const QList<const Organisation *> communes = window_->organisationModel()->tree().ofLevel(OrgLevel::Commune);
    window_->organisationView()->expand(window_->organisationModel()->indexOf(communes.first()->parentId));
    window_->organisationView()->setCurrentIndex(window_->organisationModel()->indexOf(communes.first()->id));
    ASSERT_TRUE(settled({}, window_->organisationModel()->tree().scopePath(communes.first()->id)));
    shownIds();
    QTest::qWait(300);
    window_->grab().save(QDir(dir).filePath(QStringLiteral("members-vi.png")));

    QTest::keyClicks(page_->searchEdit(), QStringLiteral("nguyen"));
    ASSERT_TRUE(settled({QStringLiteral("nguyen")}, model()->query().scopePath));
    shownIds();
    QTest::qWait(300);
    window_->grab().save(QDir(dir).filePath(QStringLiteral("members-search-vi.png")));

    page_->newMember();
    MemberDialog *dialog = page_->findChild<MemberDialog *>();
    ASSERT_TRUE(dialog);
    dialog->findChild<QLineEdit *>(QStringLiteral("cccdEdit"))->setText(QStringLiteral("0341"));
    dialog->save();
    QTest::qWait(300);
    dialog->grab().save(QDir(dir).filePath(QStringLiteral("member-dialog-vi.png")));
    dialog->reject();

    window_->selectScope(window_->organisationModel()->tree().roots().first());
    window_->showSection(MainWindow::Section::Overview);
    ASSERT_TRUE(waitFor([this] { return !window_->overviewPage()->isLoading(); }));
    QTest::qWait(500);
    window_->grab().save(QDir(dir).filePath(QStringLiteral("overview-vi.png")));
    language::apply(QStringLiteral("en"));
    QTest::qWait(300);
    window_->grab().save(QDir(dir).filePath(QStringLiteral("overview-en.png")));
}

} // namespace

// ---- Roles, stale saves and history in the main window ------------------------------

TEST_F(MainWindowTest, ACellSecretarySeesOnlyItsCellAndCannotCreateMembers)
{
    window_->setAuthenticator(signInAs(QStringLiteral("bithu.chibo")));
    QString error;
    ASSERT_TRUE(window_->openDatabase(path_, &error)) << error.toStdString();
    page_ = window_->membersPage();
    const QList<qint64> roots = window_->organisationModel()->tree().roots();
    ASSERT_EQ(roots.size(), 1);
    const Organisation *cell = window_->organisationModel()->tree().find(roots.first());
    ASSERT_TRUE(cell);
    EXPECT_EQ(cell->code, QStringLiteral("TB.D01.C001.K001"));
    EXPECT_EQ(window_->organisationModel()->rowCount({}), 1) << "the tree starts at the user's own cell";

    // The list: exactly the members held in or living in that cell.
    QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("cellcheck"));
    int expected = 0;
    {
        raw.setDatabaseName(path_);
        ASSERT_TRUE(raw.open());
        QSqlQuery q(raw);
        q.prepare(QStringLiteral("SELECT count(*) FROM members WHERE cell_id = ? OR residence_cell_id = ?"));
        q.addBindValue(cell->id);
        q.addBindValue(cell->id);
        ASSERT_TRUE(q.exec() && q.next());
        expected = q.value(0).toInt();
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("cellcheck"));
    ASSERT_GT(expected, 0);
    ASSERT_TRUE(waitFor([&] { return page_->model()->isCountKnown(); }));
    EXPECT_EQ(page_->model()->rowCount(), expected);
    // CCCD masked in the list.
    ASSERT_TRUE(waitFor([&] {
        page_->model()->data(page_->model()->index(0, 0));
        return page_->model()->isRowLoaded(0);
    }));
    EXPECT_TRUE(page_->model()->index(0, MemberTableModel::CccdColumn).data().toString().contains(QChar(0x2022)));

    EXPECT_FALSE(page_->newButton()->isEnabled());
    EXPECT_FALSE(window_->accountsAction()->isEnabled());
    EXPECT_TRUE(window_->statusUserLabel()->text().contains(QStringLiteral("Bí thư chi bộ")));

    // The member form opens read-only, saying why.
    page_->editMember(page_->model()->memberIdAt(0));
    QPointer<MemberDialog> dialog = page_->findChild<MemberDialog *>();
    ASSERT_TRUE(dialog);
    EXPECT_TRUE(dialog->isReadOnly());
    EXPECT_FALSE(dialog->findChild<QLineEdit *>(QStringLiteral("fullNameEdit"))->isEnabled());
    auto *note = dialog->findChild<QLabel *>(QStringLiteral("readOnlyNote"));
    ASSERT_TRUE(note);
    EXPECT_TRUE(note->text().contains(QStringLiteral("Commune office"))) << note->text().toStdString();
    EXPECT_FALSE(dialog->save());
    dialog->reject();

    // The History section refuses, naming the roles.
    window_->showSection(MainWindow::Section::History);
    EXPECT_TRUE(window_->historyPage()->message().contains(QStringLiteral("Auditor")))
        << window_->historyPage()->message().toStdString();
}

TEST_F(MainWindowTest, AStaleSaveSaysWhoChangedItAndReloads)
{
    const QList<qint64> ids = shownIds();
    ASSERT_FALSE(ids.isEmpty());
    page_->editMember(ids.first());
    QPointer<MemberDialog> dialog = page_->findChild<MemberDialog *>();
    ASSERT_TRUE(dialog);

    // Meanwhile another window (its own connection, as in a second process) saves the member.
    {
        storage::Database other = storage::Database::open(path_, storage::Database::Create::MustExist,
                                                          storage::Database::IntegrityCheck::Skip);
        const SignInResult office = AccountService(other).signIn(QStringLiteral("admin"), demoPassword());
        ASSERT_TRUE(office.ok());
        MemberService service(other, office.user);
        Member m = *service.load(ids.first());
        m.position = QStringLiteral("Trưởng thôn");
        ASSERT_TRUE(service.save(m).ok());
    }

    dialog->findChild<QLineEdit *>(QStringLiteral("workplaceEdit"))->setText(QStringLiteral("Sửa của tôi"));
    QString shown;
    QTimer::singleShot(0, [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        ASSERT_TRUE(box);
        shown = box->text();
        box->button(QMessageBox::Yes)->click(); // reload
    });
    EXPECT_FALSE(dialog->save());
    EXPECT_TRUE(shown.contains(QStringLiteral("Quản trị Ban Tổ chức (admin)"))) << shown.toStdString();
    EXPECT_TRUE(shown.contains(QRegularExpression(QStringLiteral("\\d\\d:\\d\\d \\d\\d/\\d\\d/\\d{4}"))))
        << shown.toStdString();
    // Reloaded: the other user's change is shown, mine is gone, and saving now works.
    EXPECT_EQ(dialog->findChild<QLineEdit *>(QStringLiteral("positionEdit"))->text(), QStringLiteral("Trưởng thôn"));
    EXPECT_NE(dialog->findChild<QLineEdit *>(QStringLiteral("workplaceEdit"))->text(), QStringLiteral("Sửa của tôi"));
    ASSERT_TRUE(dialog->save());
}

TEST_F(MainWindowTest, TheMemberFormShowsItsOwnHistory)
{
    const QList<qint64> ids = shownIds();
    page_->editMember(ids.first());
    QPointer<MemberDialog> dialog = page_->findChild<MemberDialog *>();
    ASSERT_TRUE(dialog);
    dialog->findChild<QLineEdit *>(QStringLiteral("workplaceEdit"))->setText(QStringLiteral("Công ty Điện lực"));
    ASSERT_TRUE(dialog->save());

    page_->editMember(ids.first());
    dialog = nullptr;
    for (MemberDialog *d : page_->findChildren<MemberDialog *>())
        if (d->isVisible())
            dialog = d;
    ASSERT_TRUE(dialog);
    dialog->tabs()->setCurrentIndex(1);
    RecordHistoryWidget *history = dialog->historyWidget();
    ASSERT_EQ(history->entryCount(), 2) << "created by the demo generator, changed now";
    EXPECT_TRUE(history->entry(0).actor.contains(QStringLiteral("admin"))) << history->entry(0).actor.toStdString();
    EXPECT_TRUE(history->entry(0).summary.contains(QStringLiteral("Công ty Điện lực")))
        << history->entry(0).summary.toStdString();
}

TEST_F(MainWindowTest, TheBoardRestoresABackupThroughTheWindow)
{
    const QString backup = folder_.file(QStringLiteral("before.cutru"));
    ASSERT_TRUE(BackupService(window_->user()).backUp(path_, backup));
    const int before = model()->rowCount();
    // A member added after the backup...
    page_->newMember();
    QPointer<MemberDialog> dialog = page_->findChild<MemberDialog *>();
    ASSERT_TRUE(dialog);
    Member extra = test::validMember(QStringLiteral("Hoàng Văn Sau"), 0, 4242);
    {
        storage::Database other = storage::Database::open(path_, storage::Database::Create::MustExist,
                                                          storage::Database::IntegrityCheck::Skip);
        extra.cellId = window_->organisationModel()->tree().ofLevel(OrgLevel::Cell).first()->id;
        ASSERT_TRUE(MemberService(other, window_->user()).save(extra).ok());
    }
    dialog->reject();
    // ...is gone after the restore, which the signed-in board runs through the File menu's controller.
    QSignalSpy restored(window_->backupController(), &BackupController::restoreFinished);
    window_->backupController()->restoreFrom(backup);
    ASSERT_TRUE(QTest::qWaitFor([&] { return restored.count() == 1; }, 60000));
    EXPECT_TRUE(restored.at(0).at(0).toBool()) << restored.at(0).at(1).toString().toStdString();
    EXPECT_EQ(window_->databasePath(), QFileInfo(path_).absoluteFilePath());
    EXPECT_EQ(window_->user().name, QStringLiteral("admin")) << "signed in again after the restore";
    page_ = window_->membersPage();
    ASSERT_TRUE(waitFor([&] { return page_->model() && page_->model()->isCountKnown(); }));
    EXPECT_EQ(page_->model()->rowCount(), before);
}

TEST_F(MainWindowTest, TheMemberFormShowsItsReferralTimeline)
{
    qint64 memberId = 0;
    int letters = 0;
    {
        storage::Database db = storage::Database::open(path_, storage::Database::Create::MustExist,
                                                       storage::Database::IntegrityCheck::Skip);
        QSqlQuery q(db.connection());
        ASSERT_TRUE(q.exec(QStringLiteral("SELECT member_id, count(*) FROM referrals WHERE received_date IS NOT NULL "
                                          "GROUP BY member_id LIMIT 1")));
        ASSERT_TRUE(q.next());
        memberId = q.value(0).toLongLong();
        letters = q.value(1).toInt();
    }
    page_->editMember(memberId);
    QPointer<MemberDialog> dialog = page_->findChild<MemberDialog *>();
    ASSERT_TRUE(dialog);
    dialog->tabs()->setCurrentIndex(2);
    QTreeWidget *timeline = dialog->referralTimeline();
    ASSERT_EQ(timeline->topLevelItemCount(), letters);
    EXPECT_TRUE(timeline->topLevelItem(0)->text(1).startsWith(QStringLiteral("Letter "))) << timeline->topLevelItem(0)->text(1);
    ASSERT_GE(timeline->topLevelItem(0)->childCount(), 1);
    EXPECT_TRUE(timeline->topLevelItem(0)->child(0)->text(1).startsWith(QStringLiteral("Received by")))
        << timeline->topLevelItem(0)->child(0)->text(1);
    EXPECT_TRUE(timeline->topLevelItem(0)->text(0).contains(QRegularExpression(QStringLiteral("^\\d\\d/\\d\\d/\\d{4}$"))));
}
