// The renderers of a computed report (issue 6): PDF in the official format, XLSX
// through libxlsxwriter, CSV. Reports are built by hand here, so that what is
// checked is the rendering alone; the files are read back with poppler-utils
// (pdftotext, pdfinfo, pdffonts, pdftoppm) and unzip, as a reader of them would.
#include "reports/csv_writer.h"
#include "reports/report_chart.h"
#include "reports/report_pdf.h"
#include "reports/report_catalogue.h"
#include "reports/report_xlsx.h"
#include "services/liaison_service.h"
#include "support/test_support.h"

#include <QChart>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <gtest/gtest.h>
#include <memory>
#include <thread>

using namespace cutru;
using reports::Report;
using reports::ReportColumn;
using reports::ReportDocumentDetails;
using reports::ReportRow;
using reports::ReportTable;

namespace {

bool haveTools()
{
    for (const char *tool : {"pdftotext", "pdfinfo", "pdffonts", "pdftoppm", "unzip"})
        if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty())
            return false;
    return true;
}

#define REQUIRE_TOOLS()                                                                                                \
    if (!haveTools())                                                                                                  \
    GTEST_SKIP() << "poppler-utils or unzip not found (scripts/install-deps.sh)"

QByteArray runBytes(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        ADD_FAILURE() << program.toStdString() << " " << args.join(QLatin1Char(' ')).toStdString()
                      << " failed: " << p.readAllStandardError().toStdString();
        return {};
    }
    return p.readAllStandardOutput();
}

QString run(const QString &program, const QStringList &args)
{
    return QString::fromUtf8(runBytes(program, args));
}

// One string per page as laid out (-layout), lines kept.
QStringList pagesText(const QString &pdf)
{
    const QString all = run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), QStringLiteral("-enc"),
                                                          QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    QStringList pages = QString(all).replace(QChar(QChar::Nbsp), QLatin1Char(' ')).split(QLatin1Char('\f'));
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}

QString simplified(const QString &s)
{
    return s.simplified();
}

QString info(const QString &pdf)
{
    return run(QStringLiteral("pdfinfo"), {pdf});
}

int pageCount(const QString &pdf)
{
    const QRegularExpression re(QStringLiteral("^Pages:\\s+(\\d+)"), QRegularExpression::MultilineOption);
    const auto m = re.match(info(pdf));
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

QString pageSize(const QString &pdf)
{
    const QRegularExpression re(QStringLiteral("^Page size:\\s+(.*)$"), QRegularExpression::MultilineOption);
    return re.match(info(pdf)).captured(1).trimmed();
}

// A4 as pdfinfo gives it ("595 x 842 pts (A4)", or with decimals).
bool portrait(const QString &pdf)
{
    return QRegularExpression(QStringLiteral("^595(\\.\\d+)? x 84[12](\\.\\d+)? pts")).match(pageSize(pdf)).hasMatch();
}
bool landscape(const QString &pdf)
{
    return QRegularExpression(QStringLiteral("^84[12](\\.\\d+)? x 595(\\.\\d+)? pts")).match(pageSize(pdf)).hasMatch();
}

// The line of the page text holding `what` (empty if none).
QString lineWith(const QString &page, const QString &what)
{
    for (const QString &line : page.split(QLatin1Char('\n')))
        if (line.contains(what))
            return line;
    return {};
}

// Words with their boxes, from `pdftotext -bbox` (page 1-based).
struct Word {
    int page;
    double xMin, yMin, xMax, yMax;
    QString text;
};

QList<Word> words(const QString &pdf)
{
    const QString html = run(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), QStringLiteral("-enc"),
                                                           QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    QList<Word> out;
    int page = 0;
    const QRegularExpression re(QStringLiteral("<page |<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" "
                                               "yMax=\"([\\d.]+)\">([^<]*)</word>"));
    for (auto it = re.globalMatch(html); it.hasNext();) {
        const auto m = it.next();
        if (m.captured(0).startsWith(QStringLiteral("<page"))) {
            ++page;
            continue;
        }
        out.append({page, m.captured(1).toDouble(), m.captured(2).toDouble(), m.captured(3).toDouble(),
                    m.captured(4).toDouble(), m.captured(5)});
    }
    return out;
}

ReportDocumentDetails details()
{
    ReportDocumentDetails d;
    d.superiorBody = QStringLiteral("TỈNH ỦY THÁI BÌNH");
    d.issuingBody = QStringLiteral("BAN TỔ CHỨC");
    d.numberSuffix = QStringLiteral("BC/BTCTU");
    d.place = QStringLiteral("Thái Bình");
    d.date = QDate(2012, 3, 5);
    d.onBehalfOf = QStringLiteral("T/M BAN THƯỜNG VỤ");
    d.signerTitle = QStringLiteral("BÍ THƯ");
    d.signerName = QStringLiteral("Phạm Văn Sinh");
    return d;
}

ReportRow row(QVariantList cells, int level = 1, bool emphasised = false)
{
    ReportRow r;
    r.cells = std::move(cells);
    r.level = level;
    r.emphasised = emphasised;
    return r;
}

// Two columns, the overview's shape: headings (bold) and indented details.
Report narrowReport()
{
    Report r;
    r.name = QStringLiteral("overview");
    r.title = QStringLiteral("Tổng quan tổ chức đảng");
    r.scopeCode = QStringLiteral("P");
    r.scopeName = QStringLiteral("Tỉnh ủy Thái Bình");
    r.periodLabel = QStringLiteral("Tính đến ngày 05/03/2012");
    ReportTable t;
    t.columns = {{QStringLiteral("Chỉ tiêu"), false, false}, {QStringLiteral("Số lượng"), true, false}};
    t.rows << row({QStringLiteral("Đảng bộ cấp xã"), 285}, 0, true) << row({QStringLiteral("Xã"), 267})
           << row({QStringLiteral("Phường, thị trấn"), 18}) << row({QStringLiteral("Đảng viên"), 96757}, 0, true)
           << row({QStringLiteral("Đảng viên đang công tác"), 31226});
    r.tables << t;
    r.notes << QStringLiteral("Số liệu tính đến ngày lập báo cáo.");
    return r;
}

QString communeName(int i)
{
    return QStringLiteral("Đảng bộ xã Vũ Hội số %1").arg(i, 3, 10, QLatin1Char('0'));
}

// The attendance report's shape: 9 columns, 285 communes, a totals row, one row
// under the target (highlighted), one with nobody expected (no rate), a chart.
Report wideReport(int rows = 285)
{
    Report r;
    r.name = QStringLiteral("attendance");
    r.title = QStringLiteral("Tình hình sinh hoạt của đảng viên nơi cư trú");
    r.scopeCode = QStringLiteral("P");
    r.scopeName = QStringLiteral("Tỉnh ủy Thái Bình");
    r.periodLabel = QStringLiteral("Từ 01/01/2012 đến 31/12/2014");
    ReportTable t;
    t.columns = {
        {QStringLiteral("Đơn vị"), false, false},        {QStringLiteral("Số cuộc phải họp"), true, false},
        {QStringLiteral("Số cuộc đã họp"), true, false}, {QStringLiteral("Đảng viên được giới thiệu"), true, false},
        {QStringLiteral("Lượt phải dự"), true, false},   {QStringLiteral("Có mặt"), true, false},
        {QStringLiteral("Vắng có lý do"), true, false},  {QStringLiteral("Vắng không lý do"), true, false},
        {QStringLiteral("Tỷ lệ dự"), true, true}};
    int sums[7] = {};
    reports::ReportChart chart;
    chart.title = QStringLiteral("Tỷ lệ dự sinh hoạt theo xã");
    chart.valueAxisTitle = QStringLiteral("Tỷ lệ dự");
    chart.percent = true;
    chart.target = 80.0;
    for (int i = 1; i <= rows; ++i) {
        const int due = 6, held = 6, referred = 100 + i, expected = referred * 2;
        int present = expected * 9 / 10, excused = (expected - present) / 2;
        if (i == 7)
            present = expected / 2; // under the target
        const int unexcused = expected - present - excused;
        ReportRow rr;
        rr.cells = {
            communeName(i), due, held, referred, expected, present, excused, unexcused, 100.0 * present / expected};
        if (i == 9) { // nobody expected: no rate
            rr.cells = {communeName(i), due, 0, 0, 0, 0, 0, 0, QVariant()};
        }
        rr.level = 1;
        rr.highlighted = i == 7;
        rr.drillScope = QStringLiteral("TB.C%1").arg(i);
        for (int c = 0; c < 7; ++c)
            sums[c] += rr.cells[c + 1].toInt();
        t.rows << rr;
        chart.categories << communeName(i);
        chart.values << (rr.cells[8].isNull() ? 0.0 : rr.cells[8].toDouble());
    }
    ReportRow total;
    total.cells = {QStringLiteral("Tổng cộng"), sums[0], sums[1], sums[2], sums[3], sums[4], sums[5], sums[6],
                   100.0 * sums[4] / sums[3]};
    total.total = total.emphasised = true;
    t.rows << total;
    r.tables << t;
    r.chart = chart;
    r.notes << QStringLiteral("Tỷ lệ dự = có mặt ÷ lượt phải dự; hàng tô màu: dưới 80 %.");
    return r;
}

// Three tables of different widths, each with a title.
Report multiReport()
{
    Report r;
    r.name = QStringLiteral("alerts");
    r.title = QStringLiteral("Cảnh báo vắng sinh hoạt và chi bộ đông");
    r.scopeCode = QStringLiteral("P");
    r.scopeName = QStringLiteral("Tỉnh ủy Thái Bình");
    r.periodLabel = QStringLiteral("Năm 2013");
    ReportTable a;
    a.title = QStringLiteral("Đảng viên vắng liên tiếp");
    a.columns = {{QStringLiteral("Họ và tên"), false, false},
                 {QStringLiteral("Chi bộ nơi cư trú"), false, false},
                 {QStringLiteral("Số lần vắng"), true, false},
                 {QStringLiteral("Lần vắng gần nhất"), false, false}};
    a.rows << row({QStringLiteral("Nguyễn Văn An"), QStringLiteral("Chi bộ thôn Đoài Thọ"), 3, QDate(2013, 8, 15)})
           << row({QStringLiteral("Trần Thị Bình"), QStringLiteral("Chi bộ tổ dân phố số 1"), 2, QDate(2013, 2, 15)});
    ReportTable b;
    b.title = QStringLiteral("Chi bộ đông");
    b.subtitle = QStringLiteral("Trên 150 đảng viên phải dự");
    b.columns = {{QStringLiteral("Chi bộ"), false, false}, {QStringLiteral("Số phải dự"), true, false}};
    b.rows << row({QStringLiteral("Chi bộ thôn Phất Lộc Tây"), 183});
    ReportTable c;
    c.title = QStringLiteral("Cuộc họp quá hạn");
    c.columns = {{QStringLiteral("Chi bộ"), false, false}, {QStringLiteral("Ngày dự kiến"), false, false}};
    r.tables << a << b << c; // the last one empty
    return r;
}

} // namespace

// --- PDF ------------------------------------------------------------------------

TEST(ReportPdf, NarrowReportIsPortraitWithTheOfficialHeadingAndVietnameseNumbers)
{
    REQUIRE_TOOLS();
    test::TempFolder dir;
    const QString pdf = dir.file(QStringLiteral("overview.pdf"));
    QString error;
    ASSERT_TRUE(reports::writeReportPdf(narrowReport(), details(), pdf, {}, &error)) << error.toStdString();

    EXPECT_EQ(pageCount(pdf), 1);
    EXPECT_TRUE(portrait(pdf)) << pageSize(pdf).toStdString();
    const QString fonts = run(QStringLiteral("pdffonts"), {pdf});
    EXPECT_TRUE(fonts.contains(QStringLiteral("LiberationSerif"))) << fonts.toStdString();
    for (const QString &line : fonts.split(QLatin1Char('\n')).mid(2)) {
        if (!line.trimmed().isEmpty()) {
            EXPECT_TRUE(line.contains(QStringLiteral(" yes "))) << "not embedded: " << line.toStdString();
        }
    }

    const QString text = simplified(pagesText(pdf).value(0));
    for (const QString &expected :
         {QStringLiteral("TỈNH ỦY THÁI BÌNH"), QStringLiteral("ĐẢNG CỘNG SẢN VIỆT NAM"), QStringLiteral("BAN TỔ CHỨC"),
          QStringLiteral("-BC/BTCTU"), QStringLiteral("Thái Bình, ngày 5 tháng 3 năm 2012"), QStringLiteral("BÁO CÁO"),
          QStringLiteral("TỔNG QUAN TỔ CHỨC ĐẢNG"), QStringLiteral("Tỉnh ủy Thái Bình – Tính đến ngày 05/03/2012"),
          QStringLiteral("Chỉ tiêu Số lượng"), QStringLiteral("Đảng viên 96.757"),
          QStringLiteral("Đảng viên đang công tác 31.226"), QStringLiteral("Ghi chú:"),
          QStringLiteral("Số liệu tính đến ngày lập báo cáo."), QStringLiteral("T/M BAN THƯỜNG VỤ"),
          QStringLiteral("BÍ THƯ"), QStringLiteral("Phạm Văn Sinh"), QStringLiteral("Trang 1/1")})
        EXPECT_TRUE(text.contains(expected)) << expected.toStdString() << "\nin: " << text.toStdString();
    // The number line has a blank before the code.
    EXPECT_TRUE(QRegularExpression(QStringLiteral("Số …+-BC/BTCTU")).match(text).hasMatch()) << text.toStdString();

    // Numbers right-aligned (their right edges level); details indented past headings.
    const QList<Word> ws = words(pdf);
    QList<double> rights;
    double heading = 0, detail = 0;
    for (const Word &w : ws) {
        if (w.text == QStringLiteral("285") || w.text == QStringLiteral("267") || w.text == QStringLiteral("18")
            || w.text == QStringLiteral("96.757"))
            rights << w.xMax;
        if (w.text == QStringLiteral("Đảng") && heading == 0)
            heading = w.xMin; // "Đảng bộ cấp xã", the first heading row
        if (w.text == QStringLiteral("Xã"))
            detail = w.xMin;
    }
    ASSERT_EQ(rights.size(), 4);
    for (double r : rights)
        EXPECT_NEAR(r, rights.first(), 0.5);
    EXPECT_GT(detail, heading + 5); // 4 mm ≈ 11 pt
}

TEST(ReportPdf, WideReportIsLandscapeWithTheHeaderOnEveryPageAndTheChartLast)
{
    REQUIRE_TOOLS();
    test::TempFolder dir;
    const QString pdf = dir.file(QStringLiteral("attendance.pdf"));
    QString error;
    int lastDone = 0, lastTotal = 0;
    ASSERT_TRUE(reports::writeReportPdf(
        wideReport(), details(), pdf,
        [&](int done, int total) {
            lastDone = done;
            lastTotal = total;
            return true;
        },
        &error))
        << error.toStdString();

    EXPECT_TRUE(landscape(pdf)) << pageSize(pdf).toStdString();
    const QStringList pages = pagesText(pdf);
    const int n = int(pages.size());
    EXPECT_EQ(pageCount(pdf), n);
    EXPECT_GT(n, 8); // 287 rows of at least 7 mm on 16 cm of body per page, and the chart
    EXPECT_EQ(lastDone, n);
    EXPECT_EQ(lastTotal, n);

    // Every page numbered; every page but the chart's carries the table's header row.
    QMap<QString, int> pageOfRow;
    for (int i = 0; i < n; ++i) {
        const QString text = simplified(pages[i]);
        EXPECT_TRUE(text.contains(QStringLiteral("Trang %1/%2").arg(i + 1).arg(n))) << "page " << i + 1;
        const bool chartPage = i == n - 1;
        EXPECT_EQ(text.contains(QStringLiteral("Đơn vị")), !chartPage) << "page " << i + 1;
        // Each commune's row whole on one page: its name and its rate on one line.
        for (int r = 1; r <= 285; ++r) {
            const QString line = lineWith(pages[i], communeName(r));
            if (line.isEmpty())
                continue;
            EXPECT_FALSE(pageOfRow.contains(communeName(r))) << communeName(r).toStdString() << " twice";
            pageOfRow[communeName(r)] = i;
            // No rate for commune 9 (nobody expected); a percentage for the others.
            EXPECT_TRUE(line.contains(r == 9 ? QStringLiteral("–") : QStringLiteral(" %"))) << line.toStdString();
        }
    }
    EXPECT_EQ(pageOfRow.size(), 285);
    // The header row at the top of every table page: words found only in the
    // header ("không", "Tỷ") above the first row of the page.
    const QList<Word> ws = words(pdf);
    for (int page = 1; page < n; ++page) {
        double headerBottom = 1e9, firstRow = 1e9; // the notes say "Tỷ" too: the first of each
        for (const Word &w : ws) {
            if (w.page != page)
                continue;
            if (w.text == QStringLiteral("không") || w.text == QStringLiteral("Tỷ"))
                headerBottom = std::min(headerBottom, w.yMax);
            if (w.text == QStringLiteral("Vũ") || w.text == QStringLiteral("Tổng"))
                firstRow = std::min(firstRow, w.yMin);
        }
        EXPECT_LT(headerBottom, 1e9) << "no header on page " << page;
        EXPECT_LT(headerBottom, firstRow) << "page " << page;
    }
    EXPECT_TRUE(lineWith(pages[0], communeName(7)).contains(QStringLiteral("50,0 %")))
        << lineWith(pages[0], communeName(7)).toStdString();

    // The totals row: sums with "." between thousands; the signature on the same page.
    int totalsPage = -1;
    for (int i = 0; i < n; ++i)
        if (pages[i].contains(QStringLiteral("Tổng cộng")))
            totalsPage = i;
    ASSERT_EQ(totalsPage, n - 2);
    const QString totals = simplified(lineWith(pages[totalsPage], QStringLiteral("Tổng cộng")));
    // 285 communes × 6 meetings due; referred 100+i over i = 1..285 minus commune 9's.
    const int referred = 285 * 100 + 285 * 286 / 2 - 109;
    EXPECT_TRUE(totals.startsWith(
        QStringLiteral("Tổng cộng 1.710 1.704 %1").arg(QLocale(QLocale::Vietnamese).toString(referred))))
        << totals.toStdString();
    EXPECT_TRUE(pages[totalsPage].contains(QStringLiteral("T/M BAN THƯỜNG VỤ")));
    EXPECT_TRUE(pages[totalsPage].contains(QStringLiteral("Phạm Văn Sinh")));

    // The chart alone on the last page, with its title.
    EXPECT_TRUE(simplified(pages[n - 1]).contains(QStringLiteral("Tỷ lệ dự sinh hoạt theo xã")))
        << pages[n - 1].toStdString();
    EXPECT_FALSE(pages[n - 1].contains(communeName(1)));

    // The row under the target is tinted: that colour on page 1 and nowhere on page 2
    // (where no row is highlighted).
    const QString prefix = dir.file(QStringLiteral("page"));
    runBytes(QStringLiteral("pdftoppm"),
             {QStringLiteral("-r"), QStringLiteral("40"), QStringLiteral("-f"), QStringLiteral("1"),
              QStringLiteral("-l"), QStringLiteral("2"), QStringLiteral("-png"), pdf, prefix});
    auto tinted = [](const QString &png) {
        const QImage img(png);
        int count = 0;
        for (int y = 0; y < img.height(); ++y)
            for (int x = 0; x < img.width(); ++x) {
                const QColor c = img.pixelColor(x, y);
                count += std::abs(c.red() - 0xfc) < 6 && std::abs(c.green() - 0xe4) < 6
                         && std::abs(c.blue() - 0xd6) < 6;
            }
        return count;
    };
    const QStringList pngs
        = QDir(QFileInfo(prefix).path()).entryList({QStringLiteral("page-*.png")}, QDir::Files, QDir::Name);
    ASSERT_EQ(pngs.size(), 2);
    EXPECT_GT(tinted(QFileInfo(prefix).path() + QLatin1Char('/') + pngs[0]), 100);
    EXPECT_EQ(tinted(QFileInfo(prefix).path() + QLatin1Char('/') + pngs[1]), 0);

    const QString fonts = run(QStringLiteral("pdffonts"), {pdf});
    EXPECT_TRUE(fonts.contains(QStringLiteral("LiberationSerif-Bold"))) << fonts.toStdString();
    EXPECT_TRUE(fonts.contains(QStringLiteral("LiberationSerif"))) << fonts.toStdString();
}

TEST(ReportPdf, SeveralTablesEachWithTitleAndHeaderInOrder)
{
    REQUIRE_TOOLS();
    test::TempFolder dir;
    const QString pdf = dir.file(QStringLiteral("alerts.pdf"));
    QString error;
    ReportDocumentDetails d = details();
    d.number = QStringLiteral("Số 12-BC/BTCTU");
    d.signerName.clear();
    ASSERT_TRUE(reports::writeReportPdf(multiReport(), d, pdf, {}, &error)) << error.toStdString();
    EXPECT_TRUE(portrait(pdf)) << pageSize(pdf).toStdString();
    const QString text = simplified(pagesText(pdf).join(QLatin1Char(' ')));
    EXPECT_TRUE(text.contains(QStringLiteral("Số 12-BC/BTCTU")));
    qsizetype at = 0;
    for (const QString &expected :
         {QStringLiteral("Đảng viên vắng liên tiếp"), QStringLiteral("Họ và tên"), QStringLiteral("Nguyễn Văn An"),
          QStringLiteral("15/08/2013"), QStringLiteral("Chi bộ đông"), QStringLiteral("Trên 150 đảng viên phải dự"),
          QStringLiteral("Chi bộ thôn Phất Lộc Tây 183"), QStringLiteral("Cuộc họp quá hạn"),
          QStringLiteral("Ngày dự kiến"), QStringLiteral("(Không có số liệu)"), QStringLiteral("BÍ THƯ")}) {
        const qsizetype found = text.indexOf(expected, at);
        EXPECT_GE(found, 0) << expected.toStdString() << " after " << at << " in " << text.toStdString();
        if (found >= 0)
            at = found;
    }
}

TEST(ReportPdf, CancelledWriteLeavesNoFileAndKeepsAnEarlierOne)
{
    test::TempFolder dir;
    const QString pdf = dir.file(QStringLiteral("cancelled.pdf"));
    QString error = QStringLiteral("stale");
    EXPECT_FALSE(reports::writeReportPdf(
        wideReport(), details(), pdf, [](int done, int) { return done < 2; }, &error));
    EXPECT_TRUE(error.isEmpty()) << error.toStdString();
    EXPECT_FALSE(QFile::exists(pdf));

    {
        QFile earlier(pdf);
        ASSERT_TRUE(earlier.open(QIODevice::WriteOnly));
        earlier.write("earlier");
    }
    EXPECT_FALSE(reports::writeReportPdf(
        narrowReport(), details(), pdf, [](int, int) { return false; }, &error));
    QFile kept(pdf);
    ASSERT_TRUE(kept.open(QIODevice::ReadOnly));
    EXPECT_EQ(kept.readAll(), QByteArray("earlier"));
    EXPECT_EQ(QDir(QFileInfo(pdf).path()).entryList(QDir::Files | QDir::Hidden).size(), 1); // nothing left beside it
}

TEST(ReportPdf, UnwritablePathIsAClearError)
{
    test::TempFolder dir;
    const QString pdf = dir.file(QStringLiteral("no-such-folder/report.pdf"));
    QString error;
    EXPECT_FALSE(reports::writeReportPdf(narrowReport(), details(), pdf, {}, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("report.pdf"))) << error.toStdString();
}

// A printer may have another resolution than 300 dpi: the same pages, scaled.
TEST(ReportPdf, PaintsTheSamePagesAtAnotherResolution)
{
    REQUIRE_TOOLS();
    test::TempFolder dir;
    const QString at300 = dir.file(QStringLiteral("300.pdf")), at600 = dir.file(QStringLiteral("600.pdf"));
    QString error;
    const Report report = wideReport(60);
    ASSERT_TRUE(reports::writeReportPdf(report, details(), at300, {}, &error)) << error.toStdString();
    {
        QPdfWriter writer(at600);
        writer.setResolution(600);
        ASSERT_TRUE(reports::paintReport(report, details(), writer, {}, &error)) << error.toStdString();
    }
    EXPECT_EQ(pageCount(at600), pageCount(at300));
    EXPECT_EQ(pageSize(at600), pageSize(at300));
    const QStringList a = pagesText(at300), b = pagesText(at600);
    ASSERT_EQ(a.size(), b.size());
    for (qsizetype i = 0; i + 1 < a.size(); ++i) // the chart's axis labels may differ by rounding
        EXPECT_EQ(simplified(a[i]), simplified(b[i])) << "page " << i + 1;
}

// Qt Charts are graphics widgets, which live on the main thread: a report with a
// chart painted elsewhere is refused with a message, one without a chart prints.
// Print preview paints on a QPrinter: its page turned and its margins taken
// away as on the PDF writer, the same pages come out.
TEST(ReportPdf, PaintsOnAPrinterAsOnThePdfWriter)
{
    REQUIRE_TOOLS();
    test::TempFolder dir;
    const QString written = dir.file(QStringLiteral("written.pdf")), printed = dir.file(QStringLiteral("printed.pdf"));
    const Report report = wideReport(40);
    QString error;
    ASSERT_TRUE(reports::writeReportPdf(report, details(), written, {}, &error)) << error.toStdString();
    {
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(printed);
        printer.setResolution(300);
        ASSERT_TRUE(reports::paintReport(report, details(), printer, {}, &error)) << error.toStdString();
    }
    EXPECT_TRUE(landscape(printed)) << pageSize(printed).toStdString();
    EXPECT_EQ(pageCount(printed), pageCount(written));
    auto firstWord = [](const QString &pdf, const QString &text) {
        for (const Word &w : words(pdf))
            if (w.text == text)
                return w;
        return Word{};
    };
    for (const QString &w : {QStringLiteral("TỈNH"), QStringLiteral("Trang"), communeName(1).section(' ', -1)}) {
        EXPECT_NEAR(firstWord(printed, w).xMin, firstWord(written, w).xMin, 0.5) << w.toStdString();
        EXPECT_NEAR(firstWord(printed, w).yMin, firstWord(written, w).yMin, 0.5) << w.toStdString();
    }
    // The left margin of the guideline, 30 mm, then the cell's padding (1.5 mm) and a detail row's indent (4 mm).
    EXPECT_NEAR(firstWord(printed, QStringLiteral("Đảng")).xMin, (30 + 1.5 + 4) * 72 / 25.4, 1.0);
}

TEST(ReportPdf, ChartOnlyOnTheMainThread)
{
    test::TempFolder dir;
    bool withChart = true, withoutChart = false;
    QString error;
    std::thread worker([&] {
        withChart = reports::writeReportPdf(wideReport(20), details(), dir.file(QStringLiteral("a.pdf")), {}, &error);
        Report plain = wideReport(20);
        plain.chart.reset();
        QString unexpected;
        withoutChart = reports::writeReportPdf(plain, details(), dir.file(QStringLiteral("b.pdf")), {}, &unexpected);
    });
    worker.join();
    EXPECT_FALSE(withChart);
    EXPECT_TRUE(error.contains(QStringLiteral("a.pdf")) && error.contains(QStringLiteral("main thread")))
        << error.toStdString();
    EXPECT_FALSE(QFile::exists(dir.file(QStringLiteral("a.pdf"))));
    EXPECT_TRUE(withoutChart);
}

TEST(ReportChart, BarsPerCategoryAndTheTargetLine)
{
    reports::ReportChart spec;
    spec.title = QStringLiteral("Tỷ lệ");
    spec.categories = {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")};
    spec.values = {90, 70, 85};
    spec.percent = true;
    spec.target = 80;
    std::unique_ptr<QChart> chart(reports::makeChart(spec));
    ASSERT_TRUE(chart);
    EXPECT_EQ(chart->title(), spec.title);
    ASSERT_EQ(chart->series().size(), 2); // the bars and the target
    const auto axes = chart->axes(Qt::Vertical);
    ASSERT_EQ(axes.size(), 1);
    EXPECT_EQ(axes.first()->property("max").toDouble(), 100.0);
}

// --- default details -------------------------------------------------------------

TEST(ReportPdf, DefaultDetailsFollowTheScope)
{
    test::TempFolder dir;
    storage::Database db = storage::Database::open(dir.database(QStringLiteral("tiny.cutru")));
    test::buildTinyProvince(db);
    const QDate day(2012, 3, 5);
    auto forScope = [&](const char *code) {
        Report r;
        r.scopeCode = QString::fromLatin1(code);
        return reports::defaultDocumentDetails(db, r, day);
    };
    struct Case {
        const char *code;
        QString superior, issuing, suffix, onBehalf, title;
    };
    const Case cases[] = {
        {"P",
         QStringLiteral("TỈNH ỦY THÁI BÌNH"),
         QStringLiteral("BAN TỔ CHỨC"),
         QStringLiteral("BC/BTCTU"),
         {},
         QStringLiteral("TRƯỞNG BAN")},
        {"P.D1", QStringLiteral("TỈNH ỦY THÁI BÌNH"), QStringLiteral("HUYỆN ỦY THÁI THỤY"), QStringLiteral("BC/HU"),
         QStringLiteral("T/M BAN THƯỜNG VỤ"), QStringLiteral("BÍ THƯ")},
        {"P.D1.C1", QStringLiteral("HUYỆN ỦY THÁI THỤY"), QStringLiteral("ĐẢNG ỦY XÃ THÁI GIANG"),
         QStringLiteral("BC/ĐU"), QStringLiteral("T/M ĐẢNG ỦY"), QStringLiteral("BÍ THƯ")},
        {"P.D1.C1.K1", QStringLiteral("ĐẢNG ỦY XÃ THÁI GIANG"), QStringLiteral("CHI ỦY THÔN PHẤT LỘC TÂY"),
         QStringLiteral("BC/CB"), QStringLiteral("T/M CHI ỦY"), QStringLiteral("BÍ THƯ")},
    };
    for (const Case &c : cases) {
        const ReportDocumentDetails d = forScope(c.code);
        EXPECT_EQ(d.superiorBody, c.superior) << c.code;
        EXPECT_EQ(d.issuingBody, c.issuing) << c.code;
        EXPECT_EQ(d.numberSuffix, c.suffix) << c.code;
        EXPECT_TRUE(d.number.isEmpty()) << c.code;
        EXPECT_EQ(d.onBehalfOf, c.onBehalf) << c.code;
        EXPECT_EQ(d.signerTitle, c.title) << c.code;
        EXPECT_EQ(d.place, QStringLiteral("Thái Bình")) << c.code;
        EXPECT_EQ(d.date, day) << c.code;
    }
    EXPECT_TRUE(forScope("NOPE").issuingBody.isEmpty());
}

// --- XLSX ------------------------------------------------------------------------

namespace {

QString unzip(const QString &xlsx, const QString &member)
{
    return run(QStringLiteral("unzip"), {QStringLiteral("-p"), xlsx, member});
}

// The shared strings in order: a cell of type "s" holds an index into them.
QStringList sharedStrings(const QString &xlsx)
{
    QStringList out;
    const QRegularExpression re(QStringLiteral("<si><t[^>]*>([^<]*)</t></si>"));
    for (auto it = re.globalMatch(unzip(xlsx, QStringLiteral("xl/sharedStrings.xml"))); it.hasNext();)
        out << it.next().captured(1).replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    return out;
}

// The <c> element of a cell, e.g. "B5".
QString cell(const QString &sheet, const QString &ref)
{
    const QRegularExpression re(QStringLiteral("<c r=\"%1\"[^>]*?(/>|>.*?</c>)").arg(ref));
    return re.match(sheet).captured(0);
}

QString attribute(const QString &element, const QString &name)
{
    return QRegularExpression(QStringLiteral("\\b%1=\"([^\"]*)\"").arg(name)).match(element).captured(1);
}

QString value(const QString &cellXml)
{
    return QRegularExpression(QStringLiteral("<v>([^<]*)</v>")).match(cellXml).captured(1);
}

// Whether the cell's style (cellXfs[s]) uses a bold font.
bool bold(const QString &styles, const QString &cellXml)
{
    const int s = attribute(cellXml, QStringLiteral("s")).toInt();
    const QString xfs = QRegularExpression(QStringLiteral("<cellXfs[^>]*>(.*)</cellXfs>"),
                                           QRegularExpression::DotMatchesEverythingOption)
                            .match(styles)
                            .captured(1);
    QStringList xf;
    for (auto it = QRegularExpression(QStringLiteral("<xf [^>]*?(/>|>.*?</xf>)")).globalMatch(xfs); it.hasNext();)
        xf << it.next().captured(0);
    if (s >= xf.size())
        return false;
    const int fontId = attribute(xf[s], QStringLiteral("fontId")).toInt();
    const QString fontsXml = QRegularExpression(QStringLiteral("<fonts[^>]*>(.*)</fonts>"),
                                                QRegularExpression::DotMatchesEverythingOption)
                                 .match(styles)
                                 .captured(1);
    QStringList fonts;
    for (auto it = QRegularExpression(QStringLiteral("<font>.*?</font>|<font/>"),
                                      QRegularExpression::DotMatchesEverythingOption)
                       .globalMatch(fontsXml);
         it.hasNext();)
        fonts << it.next().captured(0);
    return fontId < fonts.size() && fonts[fontId].contains(QStringLiteral("<b/>"));
}

} // namespace

TEST(ReportXlsx, NumbersAsNumbersBoldFrozenHeaderFittedColumns)
{
    REQUIRE_TOOLS();
    test::TempFolder dir;
    const QString xlsx = dir.file(QStringLiteral("attendance.xlsx"));
    QString error;
    ASSERT_TRUE(reports::writeReportXlsx(wideReport(), xlsx, &error)) << error.toStdString();
    EXPECT_EQ(QDir(dir.file(QString())).entryList(QDir::Files | QDir::Hidden),
              QStringList{QStringLiteral("attendance.xlsx")});

    const QString sheet = unzip(xlsx, QStringLiteral("xl/worksheets/sheet1.xml"));
    const QString styles = unzip(xlsx, QStringLiteral("xl/styles.xml"));
    const QStringList strings = sharedStrings(xlsx);
    auto text = [&](const QString &ref) {
        const QString c = cell(sheet, ref);
        return attribute(c, QStringLiteral("t")) == QStringLiteral("s") ? strings.value(value(c).toInt()) : QString();
    };
    // Rows: 1 title, 2 scope and period, 3 empty, 4 header, 5… communes, 290 totals.
    EXPECT_EQ(text(QStringLiteral("A1")), QStringLiteral("Tình hình sinh hoạt của đảng viên nơi cư trú"));
    EXPECT_EQ(text(QStringLiteral("A2")), QStringLiteral("Tỉnh ủy Thái Bình – Từ 01/01/2012 đến 31/12/2014"));
    EXPECT_EQ(text(QStringLiteral("A4")), QStringLiteral("Đơn vị"));
    EXPECT_EQ(text(QStringLiteral("H4")), QStringLiteral("Vắng không lý do"));
    EXPECT_EQ(text(QStringLiteral("A5")), communeName(1));
    EXPECT_TRUE(bold(styles, cell(sheet, QStringLiteral("A4"))));
    EXPECT_TRUE(bold(styles, cell(sheet, QStringLiteral("I4"))));
    EXPECT_FALSE(bold(styles, cell(sheet, QStringLiteral("A5"))));

    // Numbers: no type (or "n") and the value; commune 1 referred 101, expected 202.
    const QString d5 = cell(sheet, QStringLiteral("D5"));
    EXPECT_TRUE(attribute(d5, QStringLiteral("t")).isEmpty()
                || attribute(d5, QStringLiteral("t")) == QStringLiteral("n"))
        << d5.toStdString();
    EXPECT_EQ(value(d5), QStringLiteral("101"));
    EXPECT_EQ(value(cell(sheet, QStringLiteral("E5"))), QStringLiteral("202"));
    // The rate as a fraction with a percent format: 181/202.
    const QString i5 = cell(sheet, QStringLiteral("I5"));
    EXPECT_NEAR(value(i5).toDouble(), 181.0 / 202.0, 1e-9) << i5.toStdString();
    EXPECT_TRUE(styles.contains(QStringLiteral("formatCode=\"0.0%\""))) << styles.toStdString();
    // No rate for commune 9: an empty cell, not 0.
    EXPECT_TRUE(value(cell(sheet, QStringLiteral("I13"))).isEmpty())
        << cell(sheet, QStringLiteral("I13")).toStdString();

    // The totals row bold, numbers.
    EXPECT_EQ(text(QStringLiteral("A290")), QStringLiteral("Tổng cộng"));
    EXPECT_TRUE(bold(styles, cell(sheet, QStringLiteral("A290"))));
    EXPECT_TRUE(bold(styles, cell(sheet, QStringLiteral("B290"))));
    EXPECT_EQ(value(cell(sheet, QStringLiteral("B290"))), QStringLiteral("1710"));

    // Frozen under the header row.
    const QString pane = QRegularExpression(QStringLiteral("<pane [^>]*/>")).match(sheet).captured(0);
    EXPECT_EQ(attribute(pane, QStringLiteral("ySplit")), QStringLiteral("4")) << pane.toStdString();
    EXPECT_EQ(attribute(pane, QStringLiteral("state")), QStringLiteral("frozen")) << pane.toStdString();
    EXPECT_EQ(attribute(pane, QStringLiteral("topLeftCell")), QStringLiteral("A5")) << pane.toStdString();

    // Column widths: the names' column wider than "Có mặt" (numbers of 3 digits).
    QMap<int, double> widths;
    for (auto it = QRegularExpression(QStringLiteral("<col [^>]*/>")).globalMatch(sheet); it.hasNext();) {
        const QString col = it.next().captured(0);
        widths[attribute(col, QStringLiteral("min")).toInt()] = attribute(col, QStringLiteral("width")).toDouble();
    }
    ASSERT_EQ(widths.size(), 9);
    EXPECT_GE(widths[1], double(communeName(1).size()));
    EXPECT_LT(widths[6], widths[1]);
    EXPECT_GE(widths[6], 6.0);

    // The one sheet, named after the report within Excel's 31 characters.
    const QString book = unzip(xlsx, QStringLiteral("xl/workbook.xml"));
    EXPECT_EQ(book.count(QStringLiteral("<sheet ")), 1);
    EXPECT_TRUE(book.contains(QStringLiteral("name=\"Tình hình sinh hoạt của đảng vi\""))) << book.toStdString();
}

TEST(ReportXlsx, SeveralTablesOneUnderAnotherAndAValidSheetName)
{
    REQUIRE_TOOLS();
    test::TempFolder dir;
    const QString xlsx = dir.file(QStringLiteral("alerts.xlsx"));
    Report r = multiReport();
    r.title = QStringLiteral("Cảnh báo: vắng/đông [2013]?*'");
    QString error;
    ASSERT_TRUE(reports::writeReportXlsx(r, xlsx, &error)) << error.toStdString();
    const QString sheet = unzip(xlsx, QStringLiteral("xl/worksheets/sheet1.xml"));
    const QStringList strings = sharedStrings(xlsx);
    auto text = [&](const QString &ref) {
        const QString c = cell(sheet, ref);
        return attribute(c, QStringLiteral("t")) == QStringLiteral("s") ? strings.value(value(c).toInt()) : QString();
    };
    // 1 title, 2 scope, 3 empty, 4 table title, 5 header, 6–7 rows, 8 empty, 9 title,
    // 10 subtitle, 11 header, 12 row, 13 empty, 14 title, 15 header.
    EXPECT_EQ(text(QStringLiteral("A4")), QStringLiteral("Đảng viên vắng liên tiếp"));
    EXPECT_EQ(text(QStringLiteral("A5")), QStringLiteral("Họ và tên"));
    EXPECT_EQ(text(QStringLiteral("A6")), QStringLiteral("Nguyễn Văn An"));
    EXPECT_EQ(value(cell(sheet, QStringLiteral("C6"))), QStringLiteral("3"));
    // A date as a date: Excel's serial day number (15/08/2013 = 41501).
    EXPECT_EQ(value(cell(sheet, QStringLiteral("D6"))), QStringLiteral("41501"));
    EXPECT_EQ(text(QStringLiteral("A9")), QStringLiteral("Chi bộ đông"));
    EXPECT_EQ(text(QStringLiteral("A10")), QStringLiteral("Trên 150 đảng viên phải dự"));
    EXPECT_EQ(text(QStringLiteral("B11")), QStringLiteral("Số phải dự"));
    EXPECT_EQ(value(cell(sheet, QStringLiteral("B12"))), QStringLiteral("183"));
    EXPECT_EQ(text(QStringLiteral("A14")), QStringLiteral("Cuộc họp quá hạn"));
    EXPECT_EQ(text(QStringLiteral("B15")), QStringLiteral("Ngày dự kiến"));
    const QString pane = QRegularExpression(QStringLiteral("<pane [^>]*/>")).match(sheet).captured(0);
    EXPECT_EQ(attribute(pane, QStringLiteral("ySplit")), QStringLiteral("5")) << pane.toStdString();

    const QString book = unzip(xlsx, QStringLiteral("xl/workbook.xml"));
    const QString name = QRegularExpression(QStringLiteral("<sheet name=\"([^\"]*)\"")).match(book).captured(1);
    EXPECT_EQ(name, QStringLiteral("Cảnh báo vắng đông 2013")) << name.toStdString();
}

TEST(ReportXlsx, FailedWriteLeavesNoFileAndNamesIt)
{
    test::TempFolder dir;
    const QString xlsx = dir.file(QStringLiteral("missing/report.xlsx"));
    QString error;
    EXPECT_FALSE(reports::writeReportXlsx(narrowReport(), xlsx, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("report.xlsx"))) << error.toStdString();
    EXPECT_FALSE(QFile::exists(xlsx));
}

// --- CSV -------------------------------------------------------------------------

TEST(ReportCsv, SeveralTablesWithTitlesQuotedAndSeparated)
{
    Report r = multiReport();
    r.tables[0].rows[0].cells[0] = QStringLiteral("Nguyễn Văn \"An\", con");
    r.tables[1].rows << row({QStringLiteral("Chi bộ không rõ"), QVariant()});
    const QByteArray csv = reports::toCsv(r);
    ASSERT_TRUE(csv.startsWith("\xEF\xBB\xBF"));
    EXPECT_EQ(csv.count("\xEF\xBB\xBF"), 1);
    const QString text = QString::fromUtf8(csv.mid(3));
    const QString expected = QStringLiteral("Đảng viên vắng liên tiếp\r\n"
                                            "Họ và tên,Chi bộ nơi cư trú,Số lần vắng,Lần vắng gần nhất\r\n"
                                            "\"Nguyễn Văn \"\"An\"\", con\",Chi bộ thôn Đoài Thọ,3,15/08/2013\r\n"
                                            "Trần Thị Bình,Chi bộ tổ dân phố số 1,2,15/02/2013\r\n"
                                            "\r\n"
                                            "Chi bộ đông\r\n"
                                            "Chi bộ,Số phải dự\r\n"
                                            "Chi bộ thôn Phất Lộc Tây,183\r\n"
                                            "Chi bộ không rõ,\r\n"
                                            "\r\n"
                                            "Cuộc họp quá hạn\r\n"
                                            "Chi bộ,Ngày dự kiến\r\n");
    EXPECT_EQ(text, expected) << text.toStdString();
}

TEST(ReportCsv, OneUntitledTableIsPlainCsvWithPercentagesAsNumbers)
{
    const QByteArray csv = reports::toCsv(wideReport(3));
    const QStringList lines = QString::fromUtf8(csv.mid(3)).split(QStringLiteral("\r\n"));
    ASSERT_GE(lines.size(), 5);
    EXPECT_EQ(lines[0], QStringLiteral("Đơn vị,Số cuộc phải họp,Số cuộc đã họp,Đảng viên được giới thiệu,Lượt phải dự,"
                                       "Có mặt,Vắng có lý do,Vắng không lý do,Tỷ lệ dự"));
    const QStringList first = lines[1].split(QLatin1Char(','));
    ASSERT_EQ(first.size(), 9);
    EXPECT_EQ(first[0], communeName(1));
    EXPECT_EQ(first[8], QString::number(100.0 * 181 / 202, 'f', 2)) << "two decimals";
    EXPECT_TRUE(lines[4].startsWith(QStringLiteral("Tổng cộng,18,18,"))) << lines[4].toStdString();
}

// --- The open problems report through every renderer ------------------------------

TEST(OpenProblemsReport, ExportsToCsvXlsxAndPdf)
{
    REQUIRE_TOOLS();
    test::TempFolder dir;
    storage::Database db = storage::Database::open(dir.database(QStringLiteral("liaison.cutru")));
    const test::TinyProvince tiny = test::buildTinyProvince(db);
    const ActingUser board = test::wholeDatabaseUser(QStringLiteral("board"));
    LiaisonService liaison(db, board);
    LiaisonCadre cadre;
    cadre.fullName = QStringLiteral("Nguyễn Văn Tỉnh");
    ASSERT_TRUE(liaison.saveCadre(cadre).ok());
    LiaisonVisit visit;
    visit.cadreId = cadre.id;
    visit.communeId = tiny.commune;
    visit.cellId = tiny.village;
    visit.visitDate = QDate(2012, 3, 20);
    QList<LiaisonProblem> problems{
        {0, 0, ProblemCategory::VenueTooSmall, QStringLiteral("Nhà văn hóa thôn chật"), ProblemStatus::Open, {}, {}, 1},
        {0, 0, ProblemCategory::Other, QStringLiteral("Đã xong"), ProblemStatus::Resolved, QStringLiteral("Xong"),
         QDate(2012, 4, 1), 1}};
    ASSERT_TRUE(liaison.saveVisit(visit, problems).ok());

    reports::ReportRequest request;
    request.name = QStringLiteral("open-problems");
    const Report r = reports::makeReport(db, board, request, QDate(2012, 4, 19));
    ASSERT_EQ(r.tables.size(), 1);
    ASSERT_EQ(r.tables[0].rows.size(), 1) << "the resolved problem is not listed";

    const QString csv = QString::fromUtf8(reports::toCsv(r));
    EXPECT_TRUE(csv.contains(QStringLiteral("Days open"))) << csv.toStdString();
    EXPECT_TRUE(csv.contains(QStringLiteral("20/03/2012,30,Huyện ủy Thái Thụy,Đảng bộ xã Thái Giang,"
                                            "Chi bộ thôn Phất Lộc Tây,Nguyễn Văn Tỉnh,Meeting venue too small,"
                                            "Nhà văn hóa thôn chật,Open")))
        << csv.toStdString();

    const QString xlsx = dir.file(QStringLiteral("open-problems.xlsx"));
    QString error;
    ASSERT_TRUE(reports::writeReportXlsx(r, xlsx, &error)) << error.toStdString();
    const QStringList strings = sharedStrings(xlsx);
    EXPECT_TRUE(strings.contains(QStringLiteral("Nhà văn hóa thôn chật")));
    EXPECT_TRUE(strings.contains(QStringLiteral("Meeting venue too small")));

    const QString pdf = dir.file(QStringLiteral("open-problems.pdf"));
    ASSERT_TRUE(reports::writeReportPdf(r, reports::defaultDocumentDetails(db, r, QDate(2012, 4, 19)), pdf, {}, &error))
        << error.toStdString();
    const QString text = simplified(pagesText(pdf).join(QLatin1Char(' ')));
    EXPECT_TRUE(text.contains(QStringLiteral("Nhà văn hóa thôn chật"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("20/03/2012"))) << text.toStdString();
}
