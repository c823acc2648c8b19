// The Reports section driven like a user would, through the main window on the small
// demo province with its demo accounts: the board computes the organisation overview
// (figures checked against plain SQL on the file), sorts it, exports it to CSV, XLSX
// and PDF through the real buttons; the attendance report drills down from a district
// to its communes and back, keeps its totals row last when sorted, and writes its
// PDF with the chart; a request the report refuses shows its message in the page, and
// the member report shows a member's record once given a party card number; the
// commune office gets its commune as the scope; no database and an account that may
// not read reports get a message, not a report.
#include "app/language.h"
#include "app/main_window.h"
#include "app/organisation_tree_model.h"
#include "app/report_document_dialog.h"
#include "app/report_table_model.h"
#include "app/reports_page.h"
#include "services/account_service.h"
#include "services/demo_province.h"
#include "support/test_support.h"

#include <QDir>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTreeView>
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
    int count(const QString &statement, const QVariantList &values = {}) const
    {
        return value(statement, values).toInt();
    }

private:
    QString name_;
};

QByteArray head(const QString &path, int bytes)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.read(bytes) : QByteArray();
}

class ReportsPageTest : public ::testing::Test {
protected:
    void SetUp() override { language::apply(QStringLiteral("en")); }

    // The main window signed in as a demo account, on the Reports section.
    void openAs(const QString &username)
    {
        window = std::make_unique<MainWindow>();
        window->setAuthenticator([username](storage::Database &d) -> std::optional<ActingUser> {
            const SignInResult r = AccountService(d).signIn(username, demoPassword());
            return r.ok() ? std::optional<ActingUser>(r.user) : std::nullopt;
        });
        QString error;
        ASSERT_TRUE(window->openDatabase(path, &error)) << error.toStdString();
        window->resize(1400, 900);
        window->show();
        window->showSection(MainWindow::Section::Reports);
        page = window->reportsPage();
        ASSERT_TRUE(page->isVisible());
        page->setSaveFileChooser([this](QWidget *, const QString &, const QString &suggested, const QString &) {
            suggestions << QFileInfo(suggested).fileName();
            return dir.file(QStringLiteral("out-") + QFileInfo(suggested).fileName());
        });
    }

    // Chooses the report and clicks Compute; waits for the worker.
    void compute(const QString &name)
    {
        ASSERT_TRUE(page->selectReport(name)) << name.toStdString();
        ASSERT_EQ(page->currentReportName(), name);
        QSignalSpy computed(page, &ReportsPage::computed);
        click(page->computeButton());
        waitFor(computed);
    }

    void waitFor(QSignalSpy &computed)
    {
        ASSERT_TRUE(QTest::qWaitFor([&] { return !computed.isEmpty() && !page->isComputing(); }, 30000))
            << "the report was not computed";
        EXPECT_FALSE(page->busyIndicator()->isVisible());
    }

    QAbstractItemModel *table(int i = 0) const
    {
        const QList<QTableView *> views = page->tableViews();
        return i < views.size() ? views.at(i)->model() : nullptr;
    }

    // The number in the row whose first column reads `label` (indentation apart).
    QVariant figure(const QString &label, int column = 1) const
    {
        const QAbstractItemModel *m = table();
        for (int r = 0; m && r < m->rowCount(); ++r)
            if (m->index(r, 0).data().toString().trimmed() == label)
                return m->index(r, column).data(ReportTableModel::SortRole);
        return {};
    }

    // Runs `act`, which should write a file, and waits until it has.
    void expectExported(const std::function<void()> &act, const QString &suffix)
    {
        QSignalSpy exported(page, &ReportsPage::exported);
        act();
        ASSERT_TRUE(QTest::qWaitFor([&] { return !exported.isEmpty() && !page->isExporting(); }, 60000))
            << "nothing was exported";
        ASSERT_EQ(exported.count(), 1);
        EXPECT_TRUE(exported.at(0).at(0).toBool()) << exported.at(0).at(2).toString().toStdString();
        const QString written = exported.at(0).at(1).toString();
        EXPECT_TRUE(written.endsWith(suffix)) << written.toStdString();
        EXPECT_TRUE(QFileInfo::exists(written)) << written.toStdString();
        EXPECT_TRUE(page->lastExportMessage().contains(QFileInfo(written).fileName()))
            << page->lastExportMessage().toStdString();
        lastWritten = written;
    }

    qint64 idOf(const QString &code) const
    {
        return sql.value(QStringLiteral("SELECT id FROM organisations WHERE code = ?"), {code}).toLongLong();
    }

    test::TempFolder dir;
    const QString path = test::smallDemoCopy(dir);
    PlainSql sql{path};
    std::unique_ptr<MainWindow> window;
    ReportsPage *page = nullptr;
    QStringList suggestions;
    QString lastWritten;
};

} // namespace

TEST_F(ReportsPageTest, TheBoardComputesTheOverviewSortsItAndExportsItToCsvXlsxAndPdf)
{
    openAs(QStringLiteral("admin"));
    EXPECT_EQ(page->reportList()->count(), 8) << "the catalogue's reports";
    const QString province = sql.value(QStringLiteral("SELECT name FROM organisations WHERE code = 'TB'")).toString();
    ASSERT_FALSE(province.isEmpty());
    EXPECT_TRUE(page->scopeLabel()->text().contains(province)) << page->scopeLabel()->text().toStdString();
    EXPECT_FALSE(page->pdfButton()->isEnabled()) << "nothing to export before a report is computed";

    ASSERT_TRUE(page->selectReport(QStringLiteral("overview")));
    EXPECT_FALSE(page->yearSpin()->isEnabled()) << "the overview is a snapshot: no period";
    EXPECT_FALSE(page->descriptionLabel()->text().isEmpty());
    compute(QStringLiteral("overview"));
    ASSERT_TRUE(page->report().has_value()) << page->message().toStdString();
    EXPECT_EQ(page->report()->scopeCode, QStringLiteral("TB"));
    EXPECT_TRUE(page->titleLabel()->text().contains(QStringLiteral("Organisation overview")));
    ASSERT_EQ(page->tableViews().size(), 1);

    // The figures, against plain SQL on the file.
    const int members = sql.count(QStringLiteral("SELECT count(*) FROM members"));
    ASSERT_GT(members, 100);
    EXPECT_EQ(figure(QStringLiteral("Party members")).toInt(), members);
    EXPECT_EQ(figure(QStringLiteral("Commune-level party committees")).toInt(),
              sql.count(QStringLiteral("SELECT count(*) FROM organisations WHERE level = 'commune'")));
    EXPECT_EQ(figure(QStringLiteral("Working members with an active referral")).toInt(),
              sql.count(QStringLiteral("SELECT count(DISTINCT member_id) FROM referrals WHERE ended_date IS NULL")));
    EXPECT_EQ(figure(QStringLiteral("Working members (in workplace party organisations)")).toInt(),
              sql.count(QStringLiteral("SELECT count(*) FROM members m JOIN organisations o ON o.id = m.cell_id "
                                       "LEFT JOIN organisations p ON p.id = o.parent_id "
                                       "WHERE o.level = 'workplace' OR p.level = 'workplace'")));
    // Shown in the locale's format, numbers kept as numbers for sorting.
    QAbstractItemModel *m = table();
    int membersRow = -1;
    for (int r = 0; r < m->rowCount(); ++r)
        if (m->index(r, 0).data().toString() == QStringLiteral("Party members"))
            membersRow = r;
    ASSERT_GE(membersRow, 0);
    EXPECT_EQ(m->index(membersRow, 1).data().toString(), QLocale().toString(members));
    EXPECT_TRUE(m->index(membersRow, 0).data(Qt::FontRole).value<QFont>().bold()) << "a heading row is bold";

    // Sorted by the number, largest first: a numeric order, not the text's.
    QTableView *view = page->tableViews().first();
    view->sortByColumn(1, Qt::DescendingOrder);
    for (int r = 1; r < m->rowCount(); ++r)
        EXPECT_GE(m->index(r - 1, 1).data(ReportTableModel::SortRole).toInt(),
                  m->index(r, 1).data(ReportTableModel::SortRole).toInt())
            << "row " << r;
    EXPECT_EQ(m->index(0, 1).data(ReportTableModel::SortRole).toInt(), members) << "all members: the largest";

    // CSV and XLSX through their buttons, with the suggested names.
    expectExported([&] { click(page->csvButton()); }, QStringLiteral(".csv"));
    const QString today = QDate::currentDate().toString(QStringLiteral("yyyy-MM-dd"));
    ASSERT_EQ(suggestions.size(), 1);
    EXPECT_EQ(suggestions.last(), QStringLiteral("report-overview-%1.csv").arg(today));
    const QByteArray csv = head(lastWritten, 4096);
    EXPECT_TRUE(csv.startsWith("\xEF\xBB\xBF")) << "UTF-8 with a byte-order mark";
    EXPECT_TRUE(csv.contains(QByteArray::number(members))) << csv.constData();
    expectExported([&] { click(page->xlsxButton()); }, QStringLiteral(".xlsx"));
    EXPECT_EQ(suggestions.last(), QStringLiteral("report-overview-%1.xlsx").arg(today));
    EXPECT_TRUE(head(lastWritten, 2) == "PK") << "a zip container";

    // PDF: the document details first, then the file.
    click(page->pdfButton());
    QPointer<ReportDocumentDialog> details = page->documentDialog();
    ASSERT_TRUE(details);
    EXPECT_TRUE(details->isVisible());
    EXPECT_FALSE(details->placeEdit()->text().isEmpty()) << "the province's name is suggested";
    EXPECT_EQ(details->dateEdit()->date(), QDate::currentDate());
    details->numberEdit()->setText(QStringLiteral("Số 7-BC/BTCTU"));
    details->signerNameEdit()->setText(QStringLiteral("Nguyễn Văn Ký"));
    expectExported([&] { click(details->buttons()->button(QDialogButtonBox::Ok)); }, QStringLiteral(".pdf"));
    EXPECT_EQ(suggestions.last(), QStringLiteral("report-overview-%1.pdf").arg(today));
    EXPECT_TRUE(head(lastWritten, 5) == "%PDF-");
    EXPECT_GT(QFileInfo(lastWritten).size(), 1000);
    EXPECT_TRUE(QTest::qWaitFor([&] { return details.isNull(); }, 2000)) << "the details dialog is gone";
    // The details typed in the dialog are those printed.
    ASSERT_FALSE(QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) << "install poppler-utils";
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {lastWritten, QStringLiteral("-")});
    ASSERT_TRUE(text.waitForFinished(30000));
    const QString printed = QString::fromUtf8(text.readAllStandardOutput());
    EXPECT_TRUE(printed.contains(QStringLiteral("Số 7-BC/BTCTU"))) << printed.toStdString();
    EXPECT_TRUE(printed.contains(QStringLiteral("Nguyễn Văn Ký"))) << printed.toStdString();

    // Print preview paints the same pages on a printer.
    const QString before = page->lastExportMessage();
    click(page->printPreviewButton());
    QPointer<QPrintPreviewDialog> preview = page->findChild<QPrintPreviewDialog *>();
    ASSERT_TRUE(preview);
    EXPECT_TRUE(QTest::qWaitFor([&] { return preview->isVisible(); }, 5000));
    const QPrintPreviewWidget *pages = preview->findChild<QPrintPreviewWidget *>();
    ASSERT_TRUE(pages);
    EXPECT_TRUE(QTest::qWaitFor([&] { return pages->pageCount() > 0; }, 5000)) << "the report was painted";
    EXPECT_EQ(page->lastExportMessage(), before) << "no painting error";
    preview->close();
    EXPECT_TRUE(QTest::qWaitFor([&] { return preview.isNull(); }, 2000));
}

TEST_F(ReportsPageTest, TheAttendanceReportDrillsDownFromADistrictToItsCommunesAndBack)
{
    openAs(QStringLiteral("admin"));
    ASSERT_TRUE(page->selectReport(QStringLiteral("attendance")));
    EXPECT_TRUE(page->yearSpin()->isEnabled());
    EXPECT_TRUE(page->groupingCombo()->isEnabled());
    EXPECT_EQ(page->yearSpin()->value(), QDate::currentDate().year()) << "this year by default";
    page->setPeriodKind(ReportsPage::PeriodKind::Year);
    page->yearSpin()->setValue(2013);
    compute(QStringLiteral("attendance"));
    ASSERT_TRUE(page->report().has_value()) << page->message().toStdString();
    EXPECT_EQ(page->report()->periodLabel, ReportPeriod::year(2013).label());
    ASSERT_EQ(page->tableViews().size(), 1);
    EXPECT_EQ(page->resultTabs()->count(), 2) << "the table and the chart";
    EXPECT_FALSE(page->notesLabel()->text().isEmpty());

    // The province's rows: its districts and the communes right under it, then the total.
    QAbstractItemModel *m = table();
    const qint64 provinceId = idOf(QStringLiteral("TB"));
    const int provinceRows = sql.count(QStringLiteral("SELECT count(*) FROM organisations WHERE parent_id = ? "
                                                      "AND level IN ('district', 'commune')"),
                                       {provinceId});
    ASSERT_GT(provinceRows, 1);
    ASSERT_EQ(m->rowCount(), provinceRows + 1);
    EXPECT_TRUE(m->index(m->rowCount() - 1, 0).data(ReportTableModel::TotalRole).toBool());

    // Sorted by the rate both ways (clicking the header), the total stays last.
    QTableView *view = page->tableViews().first();
    const int rate = m->columnCount() - 1;
    for (int clicks = 0; clicks < 2; ++clicks) {
        const int x = view->horizontalHeader()->sectionViewportPosition(rate) + 5;
        QTest::mouseClick(view->horizontalHeader()->viewport(), Qt::LeftButton, {}, QPoint(x, 5));
        EXPECT_EQ(view->horizontalHeader()->sortIndicatorSection(), rate);
        EXPECT_TRUE(m->index(m->rowCount() - 1, 0).data(ReportTableModel::TotalRole).toBool())
            << "the totals row stays last, click " << clicks;
        EXPECT_EQ(m->index(m->rowCount() - 1, 0).data().toString(), QStringLiteral("Total"));
    }
    EXPECT_EQ(view->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);
    double previous = 1000;
    for (int r = 0; r + 1 < m->rowCount(); ++r) {
        const QVariant v = m->index(r, rate).data(ReportTableModel::SortRole);
        const double d = v.isNull() ? -1 : v.toDouble();
        EXPECT_LE(d, previous) << "row " << r;
        previous = d;
        if (!v.isNull()) {
            EXPECT_TRUE(m->index(r, rate).data().toString().endsWith(QLatin1Char('%')));
        }
    }

    // A district's row opens its communes: the district with the most of them.
    const auto communesOf = [&](const QString &code) {
        return sql.count(QStringLiteral("SELECT count(*) FROM organisations WHERE parent_id = ? AND level = 'commune'"),
                         {idOf(code)});
    };
    int districtRow = -1;
    QString districtCode;
    int communes = 0;
    for (int r = 0; r < m->rowCount(); ++r) {
        const QString code = m->index(r, 0).data(ReportTableModel::DrillScopeRole).toString();
        if (!code.isEmpty()
            && sql.value(QStringLiteral("SELECT level FROM organisations WHERE code = ?"), {code}).toString()
                   == QLatin1String("district")
            && communesOf(code) > communes) {
            districtRow = r;
            districtCode = code;
            communes = communesOf(code);
        }
    }
    ASSERT_GE(districtRow, 0) << "a district row that drills down";
    ASSERT_GT(communes, 1);
    const QString districtName =
        sql.value(QStringLiteral("SELECT name FROM organisations WHERE code = ?"), {districtCode}).toString();
    EXPECT_FALSE(page->backButton()->isVisible());
    {
        QSignalSpy computed(page, &ReportsPage::computed);
        const QModelIndex cell = m->index(districtRow, 0);
        view->scrollTo(cell);
        const QPoint at = view->visualRect(cell).center();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, at);
        waitFor(computed);
    }
    ASSERT_TRUE(page->report().has_value()) << page->message().toStdString();
    EXPECT_EQ(page->report()->scopeCode, districtCode);
    EXPECT_EQ(page->scopeCode(), districtCode);
    EXPECT_TRUE(page->scopeLabel()->text().contains(districtName)) << page->scopeLabel()->text().toStdString();
    EXPECT_TRUE(page->scopeLabel()->text().contains(
        sql.value(QStringLiteral("SELECT name FROM organisations WHERE code = 'TB'")).toString()))
        << "a breadcrumb from the province";
    ASSERT_EQ(page->tableViews().size(), 1);
    EXPECT_EQ(table()->rowCount(), communes + 1) << "the district's communes and the total";
    EXPECT_EQ(page->report()->periodLabel, ReportPeriod::year(2013).label()) << "the same period";
    EXPECT_EQ(window->currentScope(), idOf(districtCode)) << "the tree follows";
    EXPECT_TRUE(page->backButton()->isVisible());

    // The PDF of a report with a chart.
    click(page->pdfButton());
    ASSERT_TRUE(page->documentDialog());
    expectExported([&] { click(page->documentDialog()->buttons()->button(QDialogButtonBox::Ok)); },
                   QStringLiteral(".pdf"));
    EXPECT_EQ(suggestions.last(), QStringLiteral("report-attendance-2013.pdf"));
    EXPECT_TRUE(head(lastWritten, 5) == "%PDF-");

    // Back to the province.
    {
        QSignalSpy computed(page, &ReportsPage::computed);
        click(page->backButton());
        waitFor(computed);
    }
    ASSERT_TRUE(page->report().has_value()) << page->message().toStdString();
    EXPECT_EQ(page->report()->scopeCode, QStringLiteral("TB"));
    EXPECT_EQ(table()->rowCount(), provinceRows + 1);
    EXPECT_FALSE(page->backButton()->isVisible());
    EXPECT_EQ(window->currentScope(), provinceId);

    // Choosing another organisation in the tree computes the shown report for it.
    {
        QSignalSpy computed(page, &ReportsPage::computed);
        window->selectScope(idOf(districtCode));
        waitFor(computed);
    }
    ASSERT_TRUE(page->report().has_value());
    EXPECT_EQ(page->report()->scopeCode, districtCode);
    EXPECT_FALSE(page->backButton()->isVisible()) << "chosen in the tree: nothing to go back to";
}

TEST_F(ReportsPageTest, ARefusedRequestShowsItsMessageInThePage)
{
    openAs(QStringLiteral("admin"));
    // Rows by district under a commune: the report says why not.
    const QString commune = QStringLiteral("TB.D01.C001");
    window->selectScope(idOf(commune));
    ASSERT_EQ(page->scopeCode(), commune);
    ASSERT_TRUE(page->selectReport(QStringLiteral("attendance")));
    page->groupingCombo()->setCurrentIndex(page->groupingCombo()->findData(int(reports::Grouping::District)));
    compute(QStringLiteral("attendance"));
    EXPECT_FALSE(page->report().has_value());
    EXPECT_TRUE(page->message().contains(QStringLiteral("Rows by district"))) << page->message().toStdString();
    EXPECT_TRUE(page->messageLabel()->isVisible());
    EXPECT_FALSE(page->resultTabs()->isVisible());
    EXPECT_FALSE(page->csvButton()->isEnabled()) << "nothing to export";

    // The member report without a member.
    ASSERT_TRUE(page->selectReport(QStringLiteral("member")));
    EXPECT_TRUE(page->memberEdit()->isEnabled());
    compute(QStringLiteral("member"));
    EXPECT_FALSE(page->report().has_value());
    EXPECT_TRUE(page->message().contains(QStringLiteral("party card number or a CCCD")))
        << page->message().toStdString();

    // With a member: that member's record (a member referred to the scope's commune).
    const QString card = sql.value(QStringLiteral(
                                       "SELECT m.party_card_no FROM members m JOIN referrals r ON r.member_id = m.id "
                                       "JOIN organisations o ON o.id = r.to_commune_id "
                                       "WHERE o.code = ? AND m.party_card_no IS NOT NULL ORDER BY m.id LIMIT 1"),
                                   {commune})
                             .toString();
    ASSERT_FALSE(card.isEmpty());
    page->memberEdit()->setText(card);
    compute(QStringLiteral("member"));
    ASSERT_TRUE(page->report().has_value()) << page->message().toStdString();
    EXPECT_EQ(page->report()->name, QStringLiteral("member"));
    EXPECT_FALSE(page->tableViews().isEmpty());
    EXPECT_TRUE(page->csvButton()->isEnabled());

    // A date range the wrong way round.
    ASSERT_TRUE(page->selectReport(QStringLiteral("coverage")));
    page->setPeriodKind(ReportsPage::PeriodKind::Range);
    page->fromEdit()->setDate(QDate(2014, 6, 1));
    page->toEdit()->setDate(QDate(2014, 1, 1));
    compute(QStringLiteral("coverage"));
    EXPECT_FALSE(page->report().has_value());
    EXPECT_TRUE(page->message().contains(QStringLiteral("start not after the end"))) << page->message().toStdString();
}

TEST_F(ReportsPageTest, TheCommuneOfficeGetsItsCommuneAsTheScope)
{
    openAs(QStringLiteral("vanphong.xa"));
    const QString commune = QStringLiteral("TB.D01.C001");
    const QString name = sql.value(QStringLiteral("SELECT name FROM organisations WHERE code = ?"), {commune}).toString();
    const QString communePath =
        sql.value(QStringLiteral("SELECT path FROM organisations WHERE code = ?"), {commune}).toString();
    ASSERT_FALSE(communePath.isEmpty());
    compute(QStringLiteral("overview"));
    ASSERT_TRUE(page->report().has_value()) << page->message().toStdString();
    EXPECT_EQ(page->report()->scopeCode, commune);
    EXPECT_TRUE(page->scopeLabel()->text().contains(name)) << page->scopeLabel()->text().toStdString();
    const int members = sql.count(QStringLiteral("SELECT count(*) FROM members m JOIN organisations o ON o.id = m.cell_id "
                                                 "WHERE substr(o.path, 1, length(?)) = ?"),
                                  {communePath, communePath});
    ASSERT_GT(members, 0);
    EXPECT_EQ(figure(QStringLiteral("Party members")).toInt(), members);
    EXPECT_LT(members, sql.count(QStringLiteral("SELECT count(*) FROM members")));
}

TEST_F(ReportsPageTest, NoDatabaseOrNoRightToReadGetsAMessage)
{
    ReportsPage alone;
    alone.show();
    EXPECT_TRUE(alone.message().contains(QStringLiteral("No database is open"))) << alone.message().toStdString();
    EXPECT_FALSE(alone.computeButton()->isEnabled());
    EXPECT_FALSE(alone.compute());

    ActingUser nobody;
    nobody.name = QStringLiteral("nobody");
    alone.setDatabase(path, nobody);
    EXPECT_TRUE(alone.message().contains(QStringLiteral("may not read reports"))) << alone.message().toStdString();
    EXPECT_FALSE(alone.computeButton()->isEnabled());
    EXPECT_FALSE(alone.compute());
    EXPECT_FALSE(alone.isComputing());
}

TEST_F(ReportsPageTest, Screenshots)
{
    const QString shots = qEnvironmentVariable("CUTRU_SCREENSHOT_DIR");
    if (shots.isEmpty())
        GTEST_SKIP() << "set CUTRU_SCREENSHOT_DIR to save screenshots";
    for (const QString &lang : {QStringLiteral("vi"), QStringLiteral("en")}) {
        language::apply(lang);
        openAs(QStringLiteral("admin"));
        page->yearSpin()->setValue(2013);
        compute(QStringLiteral("attendance"));
        QTest::qWait(200);
        window->grab().save(QDir(shots).filePath(QStringLiteral("reports-%1.png").arg(lang)));
        page->resultTabs()->setCurrentIndex(page->resultTabs()->count() - 1);
        QTest::qWait(200);
        window->grab().save(QDir(shots).filePath(QStringLiteral("reports-chart-%1.png").arg(lang)));
        window.reset();
    }
}
