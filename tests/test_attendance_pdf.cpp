// Attendance sheets as PDF (issue 5): the blank sign-in sheet and the filled
// attendance record, read back with poppler-utils (pdftotext, pdfinfo, pdffonts)
// so that what is checked is what a reader of the file gets.
#include "reports/attendance_pdf.h"
#include "support/test_support.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <gtest/gtest.h>
#include <thread>

using namespace cutru;
using reports::AttendanceDocument;

namespace {

bool havePoppler()
{
    return !QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()
           && !QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty()
           && !QStandardPaths::findExecutable(QStringLiteral("pdffonts")).isEmpty();
}

#define REQUIRE_POPPLER()                                                                                     \
    if (!havePoppler())                                                                                       \
    GTEST_SKIP() << "pdftotext/pdfinfo/pdffonts not found: install poppler-utils (scripts/install-deps.sh)"

QString run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        ADD_FAILURE() << program.toStdString() << " failed: " << p.readAllStandardError().toStdString();
        return {};
    }
    return QString::fromUtf8(p.readAllStandardOutput());
}

// One string per page, runs of white space made single spaces.
QStringList pagesText(const QString &pdf)
{
    const QString all = run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), QStringLiteral("-enc"),
                                                          QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    QStringList pages = all.split(QLatin1Char('\f'));
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    for (QString &p : pages)
        p = p.simplified();
    return pages;
}

// Reading order, not layout: the minutes' sentences come out whole.
QString plainText(const QString &pdf)
{
    return run(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")})
        .simplified();
}

int pageCount(const QString &pdf)
{
    const QRegularExpression re(QStringLiteral("^Pages:\\s+(\\d+)"), QRegularExpression::MultilineOption);
    const auto m = re.match(run(QStringLiteral("pdfinfo"), {pdf}));
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

QString pageSize(const QString &pdf)
{
    const QRegularExpression re(QStringLiteral("^Page size:\\s+(.*)$"), QRegularExpression::MultilineOption);
    return re.match(run(QStringLiteral("pdfinfo"), {pdf})).captured(1).trimmed();
}

int occurrences(const QString &text, const QString &what)
{
    return int(text.count(what));
}

AttendanceDocument::Row row(const QString &name, const QString &card, const QString &workplace,
                            const QString &status = {}, const QString &reason = {})
{
    return {name, card, workplace, status, reason};
}

AttendanceDocument meeting()
{
    AttendanceDocument d;
    d.superiorBody = QStringLiteral("ĐẢNG BỘ XÃ VŨ HỘI");
    d.cellName = QStringLiteral("CHI BỘ THÔN ĐOÀI THỌ");
    d.place = QStringLiteral("Vũ Hội");
    d.date = QDate(2012, 3, 5);
    d.kind = QStringLiteral("Sinh hoạt định kỳ");
    d.venue = QStringLiteral("Nhà văn hóa thôn Đoài Thọ");
    d.agendaItems = {QStringLiteral("Thông báo tình hình địa phương"),
                     QStringLiteral("Đảng viên báo cáo việc thực hiện nghĩa vụ công dân nơi cư trú")};
    d.agendaNotes = QStringLiteral("Góp ý kế hoạch làm đường liên thôn năm 2012.");
    d.chairedBy = QStringLiteral("Đỗ Văn Thắng, Bí thư chi bộ");
    d.minutes = QStringLiteral("Đồng chí Bí thư thông báo tình hình kinh tế, xã hội của thôn trong quý I.\n"
                               "Các đảng viên thống nhất tham gia vận động nhân dân hiến đất làm đường.");
    d.guests = 3;
    d.members = {row(QStringLiteral("Nguyễn Thị Hậu"), QStringLiteral("34012345"),
                     QStringLiteral("Trường THCS Vũ Hội"), QStringLiteral("Có mặt")),
                 row(QStringLiteral("Trần Văn Đức"), QStringLiteral("34012346"), QStringLiteral("Công ty Điện lực Thái Bình"),
                     QStringLiteral("Vắng có lý do"), QStringLiteral("Đi công tác")),
                 row(QStringLiteral("Phạm Ngọc Ánh"), QString(), QStringLiteral("UBND huyện Vũ Thư"),
                     QStringLiteral("Có mặt")),
                 row(QStringLiteral("Lê Quang Vinh"), QStringLiteral("34012348"), QStringLiteral("Bệnh viện huyện"),
                     QStringLiteral("Vắng không lý do"))};
    d.ownMembers = {row(QStringLiteral("Vũ Thị Lựu"), QStringLiteral("34000001"), QStringLiteral("Hưu trí"),
                        QStringLiteral("Có mặt"))};
    d.exempt = {row(QStringLiteral("Hoàng Văn Bảy"), QStringLiteral("34000099"), QStringLiteral("Sở Tài chính"),
                    {}, QStringLiteral("Tuổi cao, sức yếu"))};
    d.expected = 5;
    d.present = 3;
    d.absentExcused = 1;
    d.absentUnexcused = 1;
    return d;
}

// Names with diacritics that differ only in tones, so a lost mark shows.
AttendanceDocument bigMeeting(int n)
{
    AttendanceDocument d = meeting();
    d.members.clear();
    d.ownMembers.clear();
    const QStringList family{QStringLiteral("Nguyễn"), QStringLiteral("Trần"), QStringLiteral("Lê"),
                             QStringLiteral("Phạm"), QStringLiteral("Đặng")};
    const QStringList given{QStringLiteral("Hậu"), QStringLiteral("Hầu"), QStringLiteral("Hữu"), QStringLiteral("Hưng"),
                            QStringLiteral("Thủy"), QStringLiteral("Ánh")};
    for (int i = 0; i < n; ++i)
        d.members.append(row(QStringLiteral("%1 Thị %2 %3").arg(family[i % family.size()], given[i % given.size()]).arg(i + 1),
                             QString::number(34100000 + i), QStringLiteral("Công ty Điện lực Thái Bình"),
                             i % 10 == 0 ? QStringLiteral("Vắng có lý do") : QStringLiteral("Có mặt"),
                             i % 10 == 0 ? QStringLiteral("Ốm") : QString()));
    d.expected = n;
    d.present = n - (n + 9) / 10;
    d.absentExcused = (n + 9) / 10;
    d.absentUnexcused = 0;
    return d;
}

void expectHeading(const QString &page)
{
    EXPECT_TRUE(page.contains(QStringLiteral("ĐẢNG BỘ XÃ VŨ HỘI"))) << page.toStdString();
    EXPECT_TRUE(page.contains(QStringLiteral("CHI BỘ THÔN ĐOÀI THỌ")));
    EXPECT_TRUE(page.contains(QStringLiteral("ĐẢNG CỘNG SẢN VIỆT NAM")));
    EXPECT_TRUE(page.contains(QStringLiteral("Vũ Hội, ngày 5 tháng 3 năm 2012")));
    EXPECT_TRUE(page.contains(QStringLiteral("Sinh hoạt định kỳ ngày 05/03/2012, tại Nhà văn hóa thôn Đoài Thọ")));
}

void expectEmbeddedLiberation(const QString &pdf)
{
    // name  type  encoding  emb sub uni  object ID — the type may be two words,
    // so the columns are counted from the end.
    const QStringList lines = run(QStringLiteral("pdffonts"), {pdf}).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_GT(lines.size(), 2);
    for (const QString &line : lines.mid(2)) {
        const QStringList cols = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        ASSERT_GE(cols.size(), 7) << line.toStdString();
        EXPECT_TRUE(cols.first().contains(QStringLiteral("LiberationSerif"))) << "another font: " << line.toStdString();
        EXPECT_EQ(cols[cols.size() - 5], QStringLiteral("yes")) << "not embedded: " << line.toStdString();
    }
}

} // namespace

TEST(AttendancePdf, SignInSheetListsExpectedMembersOnly)
{
    REQUIRE_POPPLER();
    test::TempFolder dir;
    const QString pdf = dir.file(QStringLiteral("sign-in.pdf"));
    QString error = QStringLiteral("untouched");
    ASSERT_TRUE(reports::writeSignInSheet(meeting(), pdf, &error)) << error.toStdString();
    EXPECT_TRUE(error.isEmpty());

    EXPECT_EQ(pageCount(pdf), 1);
    EXPECT_TRUE(pageSize(pdf).contains(QStringLiteral("A4"))) << pageSize(pdf).toStdString();
    const QString page = pagesText(pdf).value(0);
    expectHeading(page);
    EXPECT_TRUE(page.contains(QStringLiteral("DANH SÁCH ĐẢNG VIÊN DỰ SINH HOẠT")));
    EXPECT_TRUE(page.contains(QStringLiteral("STT Họ và tên"))) << page.toStdString();
    EXPECT_TRUE(page.contains(QStringLiteral("Ký tên")));
    for (const QString &name : {QStringLiteral("Nguyễn Thị Hậu"), QStringLiteral("Trần Văn Đức"),
                                QStringLiteral("Phạm Ngọc Ánh"), QStringLiteral("Lê Quang Vinh"),
                                QStringLiteral("Vũ Thị Lựu")})
        EXPECT_EQ(occurrences(page, name), 1) << name.toStdString();
    EXPECT_TRUE(page.contains(QStringLiteral("1 Nguyễn Thị Hậu 34012345 Trường THCS Vũ Hội"))) << page.toStdString();
    // The cell's own members come after the referred ones, numbered on.
    EXPECT_TRUE(page.contains(QStringLiteral("Đảng viên của chi bộ 5 Vũ Thị Lựu")));
    EXPECT_LT(page.indexOf(QStringLiteral("Lê Quang Vinh")), page.indexOf(QStringLiteral("Vũ Thị Lựu")));
    // Exempt members are not expected: not on the sheet at all.
    EXPECT_FALSE(page.contains(QStringLiteral("Hoàng Văn Bảy")));
    // Nothing filled in yet.
    EXPECT_FALSE(page.contains(QStringLiteral("Có mặt")));
    EXPECT_FALSE(page.contains(QStringLiteral("Đi công tác")));
    EXPECT_TRUE(page.contains(QStringLiteral("T/M CHI ỦY")));
    EXPECT_TRUE(page.contains(QStringLiteral("BÍ THƯ")));
    EXPECT_TRUE(page.endsWith(QStringLiteral("Trang 1/1"))) << page.toStdString();
    expectEmbeddedLiberation(pdf);
}

TEST(AttendancePdf, RecordHasAgendaTableExemptTotalsAndMinutes)
{
    REQUIRE_POPPLER();
    test::TempFolder dir;
    const QString pdf = dir.file(QStringLiteral("record.pdf"));
    QString error;
    ASSERT_TRUE(reports::writeAttendanceRecord(meeting(), pdf, &error)) << error.toStdString();

    const QStringList pages = pagesText(pdf);
    ASSERT_EQ(pages.size(), pageCount(pdf));
    ASSERT_GE(pages.size(), 1);
    const QString all = pages.join(QLatin1Char(' '));
    expectHeading(pages[0]);
    EXPECT_TRUE(pages[0].contains(QStringLiteral("BIÊN BẢN SINH HOẠT CHI BỘ")));
    EXPECT_TRUE(all.contains(QStringLiteral("Chủ trì: Đỗ Văn Thắng, Bí thư chi bộ")));
    EXPECT_TRUE(all.contains(QStringLiteral("Nội dung sinh hoạt: - Thông báo tình hình địa phương")));
    EXPECT_TRUE(all.contains(QStringLiteral("- Đảng viên báo cáo việc thực hiện nghĩa vụ công dân nơi cư trú")));
    EXPECT_TRUE(all.contains(QStringLiteral("Góp ý kế hoạch làm đường liên thôn năm 2012.")));
    EXPECT_TRUE(all.contains(QStringLiteral("Tình hình")) && all.contains(QStringLiteral("Lý do")));

    for (const QString &name : {QStringLiteral("Nguyễn Thị Hậu"), QStringLiteral("Trần Văn Đức"),
                                QStringLiteral("Phạm Ngọc Ánh"), QStringLiteral("Lê Quang Vinh"),
                                QStringLiteral("Vũ Thị Lựu"), QStringLiteral("Hoàng Văn Bảy")})
        EXPECT_EQ(occurrences(all, name), 1) << name.toStdString();
    // Narrow columns wrap (workplace), so the row is checked in pieces.
    EXPECT_TRUE(all.contains(QStringLiteral("1 Nguyễn Thị Hậu 34012345"))) << all.toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("Vắng có lý do Đi công tác")));
    EXPECT_TRUE(all.contains(QStringLiteral("Vắng không lý do")));

    // Exempt members apart, after the table, with their reason.
    const qsizetype exemptAt = all.indexOf(QStringLiteral("Đảng viên được miễn sinh hoạt (không tính):"));
    ASSERT_GE(exemptAt, 0);
    EXPECT_GT(exemptAt, all.indexOf(QStringLiteral("Vũ Thị Lựu")));
    EXPECT_TRUE(all.contains(QStringLiteral("1. Hoàng Văn Bảy – Sở Tài chính – Lý do: Tuổi cao, sức yếu")));

    EXPECT_TRUE(all.contains(QStringLiteral(
        "Tổng số phải dự: 5; có mặt: 3; vắng có lý do: 1; vắng không lý do: 1; tỷ lệ: 60,0 %")))
        << all.toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("Nhân dân, khách mời dự (ngoài đảng viên): 3 người.")));

    const QString plain = plainText(pdf);
    EXPECT_TRUE(plain.contains(QStringLiteral("Diễn biến sinh hoạt:")));
    EXPECT_TRUE(plain.contains(QStringLiteral("Các đảng viên thống nhất tham gia vận động nhân dân hiến đất làm đường.")))
        << plain.toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("T/M CHI ỦY")));
    EXPECT_TRUE(all.contains(QStringLiteral("NGƯỜI GHI BIÊN BẢN")));
    for (int i = 0; i < pages.size(); ++i)
        EXPECT_TRUE(pages[i].endsWith(QStringLiteral("Trang %1/%2").arg(i + 1).arg(pages.size())));
    expectEmbeddedLiberation(pdf);
}

TEST(AttendancePdf, RateHasOneDecimalWithAComma)
{
    REQUIRE_POPPLER();
    test::TempFolder dir;
    const QString pdf = dir.file(QStringLiteral("record.pdf"));
    AttendanceDocument d = meeting();
    d.expected = 7;
    d.present = 6; // 85.714… %
    d.absentExcused = 1;
    d.absentUnexcused = 0;
    ASSERT_TRUE(reports::writeAttendanceRecord(d, pdf));
    EXPECT_TRUE(pagesText(pdf).join(QLatin1Char(' ')).contains(QStringLiteral("; tỷ lệ: 85,7 %")));

    // Nobody expected: no rate at all rather than a misleading 0 %.
    d.expected = d.present = d.absentExcused = 0;
    ASSERT_TRUE(reports::writeAttendanceRecord(d, pdf));
    const QString all = pagesText(pdf).join(QLatin1Char(' '));
    EXPECT_TRUE(all.contains(QStringLiteral("Tổng số phải dự: 0; có mặt: 0; vắng có lý do: 0; vắng không lý do: 0.")));
    EXPECT_FALSE(all.contains(QStringLiteral("tỷ lệ")));
}

TEST(AttendancePdf, LongSignInSheetRepeatsTheHeaderRowOnEveryPage)
{
    REQUIRE_POPPLER();
    test::TempFolder dir;
    const QString pdf = dir.file(QStringLiteral("big.pdf"));
    const AttendanceDocument d = bigMeeting(200);
    QString error;
    ASSERT_TRUE(reports::writeSignInSheet(d, pdf, &error)) << error.toStdString();

    const int n = pageCount(pdf);
    EXPECT_GE(n, 4);
    const QStringList pages = pagesText(pdf);
    ASSERT_EQ(pages.size(), n);
    const QString all = pages.join(QLatin1Char(' '));
    EXPECT_EQ(occurrences(all, QStringLiteral("Họ và tên")), n);
    EXPECT_EQ(occurrences(all, QStringLiteral("Nơi công tác")), n);
    EXPECT_EQ(occurrences(all, QStringLiteral("DANH SÁCH ĐẢNG VIÊN DỰ SINH HOẠT")), 1); // the top only on page 1
    for (int i = 0; i < n; ++i) {
        SCOPED_TRACE(i + 1);
        EXPECT_TRUE(pages[i].contains(QStringLiteral("STT Họ và tên"))) << pages[i].toStdString();
        EXPECT_TRUE(pages[i].endsWith(QStringLiteral("Trang %1/%2").arg(i + 1).arg(n))) << pages[i].toStdString();
    }
    // Every member once, whole (a row split over two pages would break a name
    // or the number from its name), numbered 1 to 200 in order.
    qsizetype last = -1;
    for (int i = 0; i < d.members.size(); ++i) {
        const QString line = QStringLiteral("%1 %2 %3").arg(i + 1).arg(d.members[i].name, d.members[i].partyCardNo);
        EXPECT_EQ(occurrences(all, line), 1) << line.toStdString();
        const qsizetype at = all.indexOf(line);
        EXPECT_GT(at, last) << line.toStdString();
        last = at;
    }
    EXPECT_TRUE(pages.last().contains(QStringLiteral("T/M CHI ỦY")));
    expectEmbeddedLiberation(pdf);
}

TEST(AttendancePdf, LongRecordRunsOverPagesWithTheHeaderRowOnEach)
{
    REQUIRE_POPPLER();
    test::TempFolder dir;
    const QString pdf = dir.file(QStringLiteral("big-record.pdf"));
    AttendanceDocument d = bigMeeting(200);
    QString minutes;
    for (int i = 1; i <= 40; ++i)
        minutes += QStringLiteral("Ý kiến thứ %1: đảng viên phát biểu về công tác vệ sinh môi trường, an ninh trật tự "
                                  "và phong trào xây dựng nông thôn mới của thôn.\n")
                       .arg(i);
    d.minutes = minutes;
    QString error;
    ASSERT_TRUE(reports::writeAttendanceRecord(d, pdf, &error)) << error.toStdString();

    const int n = pageCount(pdf);
    const QStringList pages = pagesText(pdf);
    ASSERT_EQ(pages.size(), n);
    const QString all = pages.join(QLatin1Char(' '));
    // Pages holding table rows carry the header row; the minutes' pages do not.
    int tablePages = 0;
    for (const QString &page : pages)
        tablePages += page.contains(QStringLiteral("34100")) ? 1 : 0; // party card numbers
    EXPECT_GE(tablePages, 4);
    EXPECT_EQ(occurrences(all, QStringLiteral("Họ và tên")), tablePages);
    for (int i = 0; i < n; ++i)
        EXPECT_TRUE(pages[i].endsWith(QStringLiteral("Trang %1/%2").arg(i + 1).arg(n))) << i + 1;
    EXPECT_TRUE(all.contains(QStringLiteral("Tổng số phải dự: 200; có mặt: 180; vắng có lý do: 20; vắng không lý do: 0; "
                                            "tỷ lệ: 90,0 %")));
    const QString plain = plainText(pdf);
    for (int i = 1; i <= 40; ++i)
        EXPECT_TRUE(plain.contains(QStringLiteral("Ý kiến thứ %1: đảng viên phát biểu").arg(i))) << i;
    EXPECT_TRUE(pages.last().contains(QStringLiteral("T/M CHI ỦY")));
    EXPECT_GT(all.indexOf(QStringLiteral("T/M CHI ỦY")), all.indexOf(QStringLiteral("Ý kiến thứ 40")));
}

TEST(AttendancePdf, DecomposedInputPrintsPrecomposed)
{
    REQUIRE_POPPLER();
    test::TempFolder dir;
    const QString pdf = dir.file(QStringLiteral("nfd.pdf"));
    AttendanceDocument d = meeting();
    d.members[0].name = QStringLiteral("Nguyễn Thị Hậu").normalized(QString::NormalizationForm_D);
    ASSERT_TRUE(reports::writeSignInSheet(d, pdf));
    EXPECT_TRUE(pagesText(pdf).value(0).contains(QStringLiteral("Nguyễn Thị Hậu")));
}

TEST(AttendancePdf, EmptyMeetingPrintsBlanks)
{
    REQUIRE_POPPLER();
    test::TempFolder dir;
    const QString pdf = dir.file(QStringLiteral("empty.pdf"));
    AttendanceDocument d;
    ASSERT_TRUE(reports::writeSignInSheet(d, pdf));
    QString page = pagesText(pdf).value(0);
    EXPECT_TRUE(page.contains(QStringLiteral("(Không có đảng viên phải dự sinh hoạt)")));
    EXPECT_TRUE(page.contains(QStringLiteral("ngày …… tháng …… năm")));
    ASSERT_TRUE(reports::writeAttendanceRecord(d, pdf));
    page = pagesText(pdf).join(QLatin1Char(' '));
    EXPECT_TRUE(page.contains(QStringLiteral("Chủ trì: ……")));
    EXPECT_FALSE(page.contains(QStringLiteral("miễn sinh hoạt")));
}

TEST(AttendancePdf, WritesOnAWorkerThread)
{
    REQUIRE_POPPLER();
    test::TempFolder dir;
    const QString pdf = dir.file(QStringLiteral("thread.pdf"));
    bool ok = false;
    QString error;
    std::thread worker([&] { ok = reports::writeAttendanceRecord(meeting(), pdf, &error); });
    worker.join();
    ASSERT_TRUE(ok) << error.toStdString();
    EXPECT_TRUE(pagesText(pdf).value(0).contains(QStringLiteral("Nguyễn Thị Hậu")));
}

TEST(AttendancePdf, UnwritablePathGivesAMessageNamingIt)
{
    test::TempFolder dir;
    const QString pdf = dir.file(QStringLiteral("no-such-folder/sheet.pdf"));
    QString error;
    EXPECT_FALSE(reports::writeSignInSheet(meeting(), pdf, &error));
    EXPECT_TRUE(error.contains(QDir::toNativeSeparators(pdf))) << error.toStdString();
    EXPECT_FALSE(QFileInfo::exists(pdf));
    error.clear();
    EXPECT_FALSE(reports::writeAttendanceRecord(meeting(), pdf, &error));
    EXPECT_TRUE(error.contains(QDir::toNativeSeparators(pdf))) << error.toStdString();
    EXPECT_FALSE(QFileInfo::exists(pdf));
    // Without an error pointer it still just returns false.
    EXPECT_FALSE(reports::writeAttendanceRecord(meeting(), pdf));
    EXPECT_TRUE(QDir(QFileInfo(dir.file(QStringLiteral("x"))).path()).entryList(QDir::Files | QDir::Hidden).isEmpty())
        << "no temporary file left behind";
}
