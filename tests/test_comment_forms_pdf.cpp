// Annual comment forms as PDF (issue 8): several forms in one file, read back with
// poppler-utils (pdftotext, pdfinfo, pdffonts) so that what is checked is what a
// reader of the file gets.
#include "reports/comment_forms_pdf.h"
#include "support/test_support.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <gtest/gtest.h>

using namespace cutru;

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

// One string per page in reading order, runs of white space made single spaces.
QStringList pagesText(const QString &pdf)
{
    const QString all =
        run(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
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

CommentForm form(const QString &name, const QString &card, int attended, int excused, int held)
{
    CommentForm f;
    f.memberName = name;
    f.birthDate = QDate(1980, 4, 12);
    f.partyCardNo = card;
    f.workplaceName = QStringLiteral("Đảng bộ Công ty Điện lực Thái Bình");
    f.residenceAddress = QStringLiteral("Số 12, thôn Đông, xã Thái Giang");
    f.cellName = QStringLiteral("Chi bộ thôn Đông");
    f.communeName = QStringLiteral("Đảng bộ xã Thái Giang");
    AnnualComment &c = f.comment;
    c.id = 1;
    c.year = 2025;
    c.citizenConduct = QStringLiteral("Gương mẫu chấp hành pháp luật, quy ước của thôn.");
    c.meetingParticipation = QStringLiteral("Đóng góp nhiều ý kiến xây dựng.");
    c.communityRelations = QStringLiteral("Hòa nhã, đoàn kết với hàng xóm.");
    c.otherRemarks = QStringLiteral("Không có.");
    c.meetingsHeld = held;
    c.meetingsAttended = attended;
    c.meetingsExcused = excused;
    c.conclusion = CommentConclusion::FulfilsWell;
    c.draftedDate = QDate(2025, 11, 20);
    c.signedDate = QDate(2025, 12, 3);
    c.signedBy = QStringLiteral("Đỗ Văn Thắng");
    c.signerTitle = QStringLiteral("Bí thư");
    return f;
}

} // namespace

TEST(CommentFormsPdf, ThreeFormsSignedDraftAndLongEachFromANewPage)
{
    REQUIRE_POPPLER();
    test::TempFolder dir;
    const QString pdf = dir.file(QStringLiteral("forms.pdf"));

    const CommentForm signedForm = form(QStringLiteral("Nguyễn Thị Hậu"), QStringLiteral("34012345"), 1, 1, 3);

    CommentForm draft = form(QStringLiteral("Trần Văn Đức"), QStringLiteral("34012346"), 2, 0, 2);
    draft.comment.citizenConduct.clear();
    draft.comment.conclusion.reset();
    draft.comment.signedDate = QDate();
    draft.comment.signedBy.clear();
    draft.comment.signerTitle.clear();

    CommentForm longForm = form(QStringLiteral("Lê Quang Vinh"), QStringLiteral("34012348"), 0, 0, 2);
    longForm.comment.conclusion = CommentConclusion::DoesNotFulfil;
    longForm.comment.signerTitle = QStringLiteral("Phó Bí thư");
    longForm.comment.signedBy = QStringLiteral("Vũ Thị Lựu");
    QStringList sentences;
    for (int i = 1; i <= 60; ++i)
        sentences << QStringLiteral("Câu nhận xét số %1 về việc giữ gìn vệ sinh môi trường và trật tự xóm.").arg(i);
    longForm.comment.communityRelations = sentences.join(QLatin1Char(' '));

    QString error = QStringLiteral("untouched");
    QList<int> progress;
    ASSERT_TRUE(reports::writeCommentFormsPdf({signedForm, draft, longForm}, pdf,
                                              [&](int done, int total) {
                                                  progress << done * 10 + total;
                                                  return true;
                                              },
                                              &error))
        << error.toStdString();
    EXPECT_TRUE(error.isEmpty());
    EXPECT_EQ(progress, (QList<int>{13, 23, 33}));

    // One page each for the first two (the draft's blanks included); the long one
    // runs over further pages, numbered on their own.
    const int n = pageCount(pdf);
    const QStringList pages = pagesText(pdf);
    ASSERT_EQ(pages.size(), n);
    ASSERT_GE(n, 4);
    const int longPages = n - 2;

    // The signed form: heading, title, particulars, figures, conclusion, signer.
    const QString &p1 = pages[0];
    for (const QString &s : {QStringLiteral("ĐẢNG BỘ XÃ THÁI GIANG"), QStringLiteral("CHI BỘ THÔN ĐÔNG"),
                             QStringLiteral("ĐẢNG CỘNG SẢN VIỆT NAM"), QStringLiteral("Thái Giang, ngày 3 tháng 12 năm 2025"),
                             QStringLiteral("BẢN NHẬN XÉT ĐẢNG VIÊN ĐANG CÔNG TÁC THỰC HIỆN NHIỆM VỤ NƠI CƯ TRÚ"),
                             QStringLiteral("Năm 2025"), QStringLiteral("Kính gửi: Đảng ủy Công ty Điện lực Thái Bình"),
                             QStringLiteral("Nguyễn Thị Hậu"), QStringLiteral("12/04/1980"), QStringLiteral("34012345"),
                             QStringLiteral("Số 12, thôn Đông, xã Thái Giang"),
                             QStringLiteral("dự 1/3 buổi, vắng có lý do 1, vắng không lý do 1"),
                             QStringLiteral("Gương mẫu chấp hành pháp luật, quy ước của thôn."),
                             QStringLiteral("Kết luận: Hoàn thành tốt nhiệm vụ"), QStringLiteral("T/M CHI ỦY"),
                             QStringLiteral("BÍ THƯ"), QStringLiteral("Đỗ Văn Thắng"), QStringLiteral("Trang 1/1")})
        EXPECT_TRUE(p1.contains(s)) << s.toStdString() << "\n" << p1.toStdString();
    EXPECT_FALSE(p1.contains(QStringLiteral("DỰ THẢO")));
    EXPECT_FALSE(p1.contains(QStringLiteral("Trần Văn Đức")));

    // The draft: marked, its figures, blanks where nothing is written or chosen.
    const QString &p2 = pages[1];
    EXPECT_TRUE(p2.contains(QStringLiteral("DỰ THẢO"))) << p2.toStdString();
    EXPECT_TRUE(p2.contains(QStringLiteral("Trần Văn Đức")));
    EXPECT_TRUE(p2.contains(QStringLiteral("dự 2/2 buổi, vắng có lý do 0, vắng không lý do 0")));
    EXPECT_TRUE(p2.contains(QStringLiteral("Thái Giang, ngày ……")));
    EXPECT_TRUE(p2.contains(QStringLiteral("Hoàn thành tốt nhiệm vụ / Hoàn thành nhiệm vụ / Không hoàn thành nhiệm vụ")));
    EXPECT_TRUE(p2.contains(QStringLiteral("1. Gương mẫu chấp hành chủ trương, đường lối của Đảng")));
    const qsizetype point1 = p2.indexOf(QStringLiteral("1. Gương mẫu"));
    const qsizetype point2 = p2.indexOf(QStringLiteral("2. Tham gia sinh hoạt nơi cư trú"));
    ASSERT_GT(point2, point1);
    EXPECT_TRUE(p2.mid(point1, point2 - point1).contains(QString(10, QChar(0x2026)))) << "no blank lines to fill";
    EXPECT_FALSE(p2.contains(QStringLiteral("Đỗ Văn Thắng")));
    EXPECT_FALSE(p2.contains(QStringLiteral("Kết luận: Hoàn thành tốt")));
    EXPECT_TRUE(p2.contains(QStringLiteral("Trang 1/1")));

    // The long form: its text whole across its pages, the signature on the last.
    EXPECT_TRUE(pages[2].contains(QStringLiteral("Lê Quang Vinh")));
    for (int i = 0; i < longPages; ++i)
        EXPECT_TRUE(pages[2 + i].endsWith(QStringLiteral("Trang %1/%2").arg(i + 1).arg(longPages))) << i;
    const QString whole = pages.mid(2).join(QLatin1Char(' '));
    for (int i = 1; i <= 60; ++i)
        EXPECT_TRUE(whole.contains(QStringLiteral("Câu nhận xét số %1 về").arg(i))) << i;
    const QString &last = pages.last();
    EXPECT_TRUE(last.contains(QStringLiteral("Kết luận: Không hoàn thành nhiệm vụ"))) << last.toStdString();
    EXPECT_TRUE(last.contains(QStringLiteral("PHÓ BÍ THƯ")));
    EXPECT_TRUE(last.contains(QStringLiteral("Vũ Thị Lựu")));
    EXPECT_FALSE(pages[2].contains(QStringLiteral("Vũ Thị Lựu")));
    EXPECT_TRUE(pages[2].contains(QStringLiteral("dự 0/2 buổi, vắng có lý do 0, vắng không lý do 2")));

    // Liberation Serif only, embedded: name type encoding emb sub uni object ID, the
    // type may be two words, so the columns are counted from the end.
    const QStringList lines = run(QStringLiteral("pdffonts"), {pdf}).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_GT(lines.size(), 2);
    for (const QString &line : lines.mid(2)) {
        const QStringList cols = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        ASSERT_GE(cols.size(), 7) << line.toStdString();
        EXPECT_TRUE(cols.first().contains(QStringLiteral("LiberationSerif"))) << line.toStdString();
        EXPECT_EQ(cols[cols.size() - 5], QStringLiteral("yes")) << "not embedded: " << line.toStdString();
    }
}

TEST(CommentFormsPdf, CancelLeavesNoFileAndNoFormsIsAnError)
{
    test::TempFolder dir;
    const QString pdf = dir.file(QStringLiteral("cancelled.pdf"));
    const CommentForm f = form(QStringLiteral("Nguyễn Thị Hậu"), QStringLiteral("34012345"), 2, 0, 2);
    QString error = QStringLiteral("untouched");
    EXPECT_FALSE(reports::writeCommentFormsPdf({f, f, f}, pdf, [](int done, int) { return done < 2; }, &error));
    EXPECT_TRUE(error.isEmpty());
    EXPECT_FALSE(QFile::exists(pdf));

    EXPECT_FALSE(reports::writeCommentFormsPdf({}, pdf, {}, &error));
    EXPECT_TRUE(error.contains(pdf)) << error.toStdString();
    EXPECT_FALSE(QFile::exists(pdf));
}
