// Referral letters as PDF (issue 4): written with QPdfWriter, read back with
// poppler-utils (pdftotext, pdfinfo, pdffonts; scripts/install-deps.sh installs
// them) so that what is checked is what a reader of the file gets.
#include "reports/pdf_memory.h"
#include "reports/referral_letter.h"
#include "support/test_support.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPointF>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <gtest/gtest.h>
#include <thread>

using namespace cutru;
using reports::ReferralLetter;

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

// One string per page, runs of white space made single spaces (pdftotext -layout
// pads justified lines and columns).
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

int pageCount(const QString &pdf)
{
    const QRegularExpression re(QStringLiteral("^Pages:\\s+(\\d+)"), QRegularExpression::MultilineOption);
    const auto m = re.match(run(QStringLiteral("pdfinfo"), {pdf}));
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

// The lowest and rightmost extent of any word, in points (A4 is 595 × 842).
QPointF textExtent(const QString &pdf)
{
    const QString html = run(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), pdf, QStringLiteral("-")});
    const QRegularExpression re(QStringLiteral("<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" "
                                               "yMax=\"([\\d.]+)\""));
    QPointF most(0, 0);
    for (auto it = re.globalMatch(html); it.hasNext();) {
        const auto m = it.next();
        most.setX(std::max(most.x(), m.captured(3).toDouble()));
        most.setY(std::max(most.y(), m.captured(4).toDouble()));
    }
    return most;
}

int occurrences(const QString &text, const QString &what)
{
    return int(text.count(what));
}

ReferralLetter workplaceLetter()
{
    ReferralLetter l;
    l.superiorBody = QStringLiteral("ĐẢNG BỘ TỈNH THÁI BÌNH");
    l.issuingBody = QStringLiteral("ĐẢNG ỦY CÔNG TY ĐIỆN LỰC THÁI BÌNH");
    l.letterNo = 12;
    l.letterYear = 2012;
    l.numberSuffix = QStringLiteral("GGT/ĐU");
    l.place = QStringLiteral("Thái Bình");
    l.date = QDate(2012, 3, 5);
    l.recipient = QStringLiteral("Đảng ủy phường Bồ Xuyên");
    l.memberName = QStringLiteral("Nguyễn Thị Hằng");
    l.gender = QStringLiteral("Nữ");
    l.partyCardNo = QStringLiteral("34012345");
    l.position = QStringLiteral("Kỹ sư");
    l.workplace = QStringLiteral("Phòng Kỹ thuật an toàn, Công ty Điện lực Thái Bình");
    l.currentCell = QStringLiteral("Chi bộ Phòng Kỹ thuật an toàn");
    l.residenceAddress = QStringLiteral("Số 15 ngõ 42 phố Lê Quý Đôn, tổ dân phố 3, phường Bồ Xuyên, thành phố Thái Bình");
    l.birthDate = QDate(1980, 4, 12);
    l.admissionDate = QDate(2005, 2, 3);
    l.officialDate = QDate(2006, 2, 3);
    l.signatureFor = QStringLiteral("T/M ĐẢNG ỦY");
    l.signatureTitle = QStringLiteral("BÍ THƯ");
    l.signerName = QStringLiteral("Phạm Văn Quyết");
    return l;
}

QList<ReferralLetter> threeLetters()
{
    ReferralLetter first = workplaceLetter();

    ReferralLetter external = workplaceLetter(); // lives in another province
    external.letterNo = 13;
    external.memberName = QStringLiteral("Trần Văn Đức");
    external.gender = QStringLiteral("Nam");
    external.recipient = QStringLiteral("Đảng ủy xã Tân Hội");
    external.recipientAddress = QStringLiteral("Xã Tân Hội, huyện Đan Phượng, thành phố Hà Nội");
    external.residenceAddress = QStringLiteral("Thôn Hạ Hội, xã Tân Hội, huyện Đan Phượng, thành phố Hà Nội");

    ReferralLetter probationary = workplaceLetter(); // no official date, no card yet, unsigned
    probationary.letterNo = 14;
    // Entered decomposed (combining marks): printed precomposed.
    probationary.memberName = QStringLiteral("Lê Thị Ngọc Ánh").normalized(QString::NormalizationForm_D);
    probationary.officialDate = QDate();
    probationary.partyCardNo.clear();
    probationary.signerName.clear();
    return {first, external, probationary};
}

} // namespace

TEST(ReferralLetters, OneLetterPerPageInTheOfficialFormat)
{
    REQUIRE_POPPLER();
    test::TempFolder dir;
    const QString pdf = dir.file(QStringLiteral("letters.pdf"));
    QList<std::pair<int, int>> calls;
    QString error;
    ASSERT_TRUE(reports::writeReferralLetters(
        threeLetters(), pdf,
        [&calls](int done, int total) {
            calls.append({done, total});
            return true;
        },
        &error))
        << error.toStdString();
    EXPECT_TRUE(error.isEmpty());
    EXPECT_EQ(calls, (QList<std::pair<int, int>>{{1, 3}, {2, 3}, {3, 3}}));

    EXPECT_EQ(pageCount(pdf), 3);
    const QStringList pages = pagesText(pdf);
    ASSERT_EQ(pages.size(), 3);
    const QStringList names{QStringLiteral("Nguyễn Thị Hằng"), QStringLiteral("Trần Văn Đức"),
                            QStringLiteral("Lê Thị Ngọc Ánh")};
    for (int i = 0; i < 3; ++i) {
        SCOPED_TRACE(i + 1);
        const QString &page = pages[i];
        EXPECT_TRUE(page.contains(QStringLiteral("ĐẢNG BỘ TỈNH THÁI BÌNH"))) << page.toStdString();
        EXPECT_TRUE(page.contains(QStringLiteral("ĐẢNG ỦY CÔNG TY ĐIỆN LỰC")));
        EXPECT_TRUE(page.contains(QStringLiteral("ĐẢNG CỘNG SẢN VIỆT NAM")));
        EXPECT_TRUE(page.contains(QStringLiteral("Số %1-GGT/ĐU").arg(12 + i)));
        EXPECT_TRUE(page.contains(QStringLiteral("Thái Bình, ngày 5 tháng 3 năm 2012")));
        EXPECT_TRUE(page.contains(QStringLiteral("GIẤY GIỚI THIỆU")));
        EXPECT_TRUE(page.contains(QStringLiteral("Kính gửi:")));
        // The name twice: in the letter and in the reply slip.
        EXPECT_GE(occurrences(page, names[i]), 2) << page.toStdString();
        EXPECT_TRUE(page.contains(QStringLiteral("Quy định số 213-QĐ/TW ngày 02/01/2020")));
        EXPECT_TRUE(page.contains(QStringLiteral("Ngày sinh: 12/04/1980")));
        EXPECT_TRUE(page.contains(QStringLiteral("Ngày vào Đảng: 03/02/2005")));
        EXPECT_TRUE(page.contains(QStringLiteral("Đang sinh hoạt tại: Chi bộ Phòng Kỹ thuật an toàn")));
        EXPECT_TRUE(page.contains(QStringLiteral("BÍ THƯ")));
        // Reply slip: heading, the letter it answers, blanks, signature for the committee.
        EXPECT_TRUE(page.contains(QStringLiteral("PHIẾU BÁO TIẾP NHẬN")));
        EXPECT_TRUE(page.contains(QStringLiteral("đã nhận giấy giới thiệu số %1-GGT/ĐU ngày 05/03/2012").arg(12 + i)));
        EXPECT_TRUE(page.contains(QStringLiteral("Phân công về sinh hoạt tại chi bộ: ……")));
        EXPECT_EQ(occurrences(page, QStringLiteral("T/M ĐẢNG ỦY")), 2);
    }
    EXPECT_TRUE(pages[0].contains(QStringLiteral("Kính gửi: Đảng ủy phường Bồ Xuyên")));
    EXPECT_TRUE(pages[0].contains(QStringLiteral("Ngày chính thức: 03/02/2006")));
    EXPECT_TRUE(pages[0].contains(QStringLiteral("Giới tính: Nữ")));
    EXPECT_TRUE(pages[0].contains(QStringLiteral("Phạm Văn Quyết")));
    EXPECT_FALSE(pages[0].contains(QStringLiteral("Địa chỉ:")));

    EXPECT_TRUE(pages[1].contains(QStringLiteral("Kính gửi: Đảng ủy xã Tân Hội")));
    EXPECT_TRUE(pages[1].contains(QStringLiteral("(Địa chỉ: Xã Tân Hội, huyện Đan Phượng, thành phố Hà Nội)")));
    EXPECT_TRUE(pages[1].contains(QStringLiteral("Đề nghị Đảng ủy xã Tân Hội tiếp nhận")));

    EXPECT_TRUE(pages[2].contains(QStringLiteral("Đảng viên dự bị")));
    EXPECT_FALSE(pages[2].contains(QStringLiteral("Ngày chính thức")));
    EXPECT_TRUE(pages[2].contains(QStringLiteral("Số thẻ đảng viên: ……")));
    EXPECT_FALSE(pages[2].contains(QStringLiteral("Phạm Văn Quyết")));

    // Everything inside the margins (bottom 15 mm, right 15 mm) of the one page.
    const QPointF extent = textExtent(pdf);
    EXPECT_LE(extent.y(), 842 - 15 * 72 / 25.4 + 0.5);
    EXPECT_LE(extent.x(), 595 - 15 * 72 / 25.4 + 0.5);
}

TEST(ReferralLetters, LiberationSerifIsEmbedded)
{
    REQUIRE_POPPLER();
    test::TempFolder dir;
    const QString pdf = dir.file(QStringLiteral("letters.pdf"));
    QString error;
    ASSERT_TRUE(reports::writeReferralLetters({workplaceLetter()}, pdf, {}, &error)) << error.toStdString();

    // name  type  encoding  emb sub uni  object ID — the type may be two words,
    // so the columns are counted from the end.
    const QStringList lines = run(QStringLiteral("pdffonts"), {pdf}).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_GT(lines.size(), 2);
    int liberation = 0;
    for (const QString &line : lines.mid(2)) {
        const QStringList cols = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        ASSERT_GE(cols.size(), 7) << line.toStdString();
        EXPECT_TRUE(cols.first().contains(QStringLiteral("LiberationSerif"))) << "another font: " << line.toStdString();
        EXPECT_EQ(cols[cols.size() - 5], QStringLiteral("yes")) << "not embedded: " << line.toStdString();
        liberation += cols.first().contains(QStringLiteral("LiberationSerif")) ? 1 : 0;
    }
    // Regular, bold and italic at least.
    EXPECT_GE(liberation, 3);
}

TEST(ReferralLetters, LongDetailsStillFitOnePage)
{
    REQUIRE_POPPLER();
    test::TempFolder dir;
    const QString pdf = dir.file(QStringLiteral("long.pdf"));
    ReferralLetter l = workplaceLetter();
    l.superiorBody = QStringLiteral("ĐẢNG BỘ KHỐI CÁC CƠ QUAN VÀ DOANH NGHIỆP TỈNH THÁI BÌNH");
    l.issuingBody = QStringLiteral("ĐẢNG ỦY TỔNG CÔNG TY ĐIỆN LỰC MIỀN BẮC - CHI NHÁNH THÁI BÌNH");
    l.position = QStringLiteral("Phó Trưởng phòng Kỹ thuật an toàn kiêm Phó Chủ tịch Công đoàn cơ sở");
    l.workplace = QStringLiteral("Phòng Kỹ thuật an toàn, Ban Quản lý dự án lưới điện, Tổng công ty Điện lực miền "
                                 "Bắc - Chi nhánh Công ty Điện lực Thái Bình");
    l.residenceAddress = QStringLiteral("Số nhà 115, ngách 42/17, ngõ 42 phố Lê Quý Đôn, tổ dân phố số 3, khu đô thị "
                                        "mới Trần Hưng Đạo, phường Bồ Xuyên, thành phố Thái Bình, tỉnh Thái Bình");
    l.recipient = QStringLiteral("Đảng ủy phường Bồ Xuyên, thành phố Thái Bình, tỉnh Thái Bình");
    l.recipientAddress = QStringLiteral("Trụ sở Đảng ủy - Hội đồng nhân dân - Ủy ban nhân dân phường Bồ Xuyên, "
                                        "số 2 phố Lê Quý Đôn, thành phố Thái Bình, tỉnh Thái Bình");
    QString error;
    ASSERT_TRUE(reports::writeReferralLetters({l}, pdf, {}, &error)) << error.toStdString();
    EXPECT_EQ(pageCount(pdf), 1);
    const QString page = pagesText(pdf).value(0);
    EXPECT_TRUE(page.contains(QStringLiteral("PHIẾU BÁO TIẾP NHẬN")));
    EXPECT_EQ(occurrences(page, QStringLiteral("T/M ĐẢNG ỦY")), 2);
    EXPECT_TRUE(page.contains(QStringLiteral("Phạm Văn Quyết")));
    const QPointF extent = textExtent(pdf);
    EXPECT_LE(extent.y(), 842 - 15 * 72 / 25.4 + 0.5);
    EXPECT_LE(extent.x(), 595 - 15 * 72 / 25.4 + 0.5);
}

TEST(ReferralLetters, AbsurdlyLongDetailsAreShrunkNotCut)
{
    REQUIRE_POPPLER();
    test::TempFolder dir;
    const QString pdf = dir.file(QStringLiteral("absurd.pdf"));
    ReferralLetter l = workplaceLetter();
    for (int i = 0; i < 4; ++i) {
        l.workplace += QStringLiteral(", Ban Quản lý dự án lưới điện, Tổng công ty Điện lực miền Bắc");
        l.residenceAddress += QStringLiteral(", khu đô thị mới Trần Hưng Đạo, phường Bồ Xuyên, thành phố Thái Bình");
    }
    QString error;
    ASSERT_TRUE(reports::writeReferralLetters({l}, pdf, {}, &error)) << error.toStdString();
    EXPECT_EQ(pageCount(pdf), 1);
    const QString page = pagesText(pdf).value(0);
    EXPECT_EQ(occurrences(page, QStringLiteral("T/M ĐẢNG ỦY")), 2);
    const QPointF extent = textExtent(pdf);
    EXPECT_LE(extent.y(), 842 - 15 * 72 / 25.4 + 0.5);
}

TEST(ReferralLetters, WritesOnAWorkerThread)
{
    // The GUI prints a batch in the background.
    REQUIRE_POPPLER();
    test::TempFolder dir;
    const QString pdf = dir.file(QStringLiteral("thread.pdf"));
    bool ok = false;
    QString error;
    std::thread worker([&] { ok = reports::writeReferralLetters(threeLetters(), pdf, {}, &error); });
    worker.join();
    ASSERT_TRUE(ok) << error.toStdString();
    EXPECT_EQ(pageCount(pdf), 3);
    EXPECT_TRUE(pagesText(pdf).value(0).contains(QStringLiteral("Nguyễn Thị Hằng")));
}

TEST(ReferralLetters, CancellingLeavesNoFile)
{
    test::TempFolder dir;
    const QString pdf = dir.file(QStringLiteral("letters.pdf"));
    QString error = QStringLiteral("untouched");
    int calls = 0;
    EXPECT_FALSE(reports::writeReferralLetters(
        threeLetters(), pdf, [&calls](int done, int) { return ++calls, done < 2; }, &error));
    EXPECT_EQ(calls, 2);
    EXPECT_TRUE(error.isEmpty()) << "a cancel is not an error: " << error.toStdString();
    EXPECT_FALSE(QFileInfo::exists(pdf));
    EXPECT_TRUE(QDir(QFileInfo(pdf).path()).entryList(QDir::Files | QDir::Hidden).isEmpty())
        << "no temporary file left behind";
}

TEST(ReferralLetters, CancellingKeepsAnEarlierFile)
{
    test::TempFolder dir;
    const QString pdf = dir.file(QStringLiteral("letters.pdf"));
    {
        QFile f(pdf);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("earlier");
    }
    EXPECT_FALSE(reports::writeReferralLetters(threeLetters(), pdf, [](int, int) { return false; }));
    QFile f(pdf);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(f.readAll(), QByteArray("earlier"));
}

TEST(ReferralLetters, UnwritablePathGivesAMessageNamingIt)
{
    test::TempFolder dir;
    const QString pdf = dir.file(QStringLiteral("no-such-folder/letters.pdf"));
    QString error;
    EXPECT_FALSE(reports::writeReferralLetters(threeLetters(), pdf, {}, &error));
    EXPECT_TRUE(error.contains(QDir::toNativeSeparators(pdf))) << error.toStdString();
    EXPECT_FALSE(QFileInfo::exists(pdf));
    // Without an error pointer it still just returns false.
    EXPECT_FALSE(reports::writeReferralLetters(threeLetters(), pdf));
}

TEST(ReferralLetters, NoLettersIsAnError)
{
    test::TempFolder dir;
    const QString pdf = dir.file(QStringLiteral("letters.pdf"));
    QString error;
    EXPECT_FALSE(reports::writeReferralLetters({}, pdf, {}, &error));
    EXPECT_TRUE(error.contains(QDir::toNativeSeparators(pdf))) << error.toStdString();
    EXPECT_FALSE(QFileInfo::exists(pdf));
}

// The programs that print letters call this at start-up; under glibc it must
// really set the allocator (a missing <features.h> once made it a silent no-op).
TEST(ReferralLetters, AllocatorTuningTakesEffectUnderGlibc)
{
#if defined(__GLIBC__)
    EXPECT_TRUE(reports::tuneAllocatorForPdfBatches());
    EXPECT_TRUE(reports::tuneAllocatorForPdfBatches()) << "a second call changes nothing and still reports it";
#else
    GTEST_SKIP() << "only glibc's allocator is tuned";
#endif
}
