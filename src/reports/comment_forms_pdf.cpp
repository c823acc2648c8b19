#include "reports/comment_forms_pdf.h"

#include "reports/official_document.h"

#include <QCoreApplication>
#include <QDir>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextLine>
#include <algorithm>
#include <vector>

// The form is an official Vietnamese party document (Guideline 36-HD/VPTW): always
// Vietnamese whatever the interface language, so its text is plain QStringLiteral,
// never tr() — including the conclusions, whose labels in codes.cpp are English
// source strings for the interface. Only the error messages are translated.

namespace cutru::reports {

using namespace official;

namespace {

// The context is declared, not passed, so that lupdate files the strings under it.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cutru::reports::CommentForms)
};

struct Fonts {
    HeadingFonts heading;
    QFont draftMark, title, year, body, bodyBold, bodyItalic, signature, receiversHead, receivers, footer;
};

Fonts makeFonts(const QString &family)
{
    Fonts f;
    f.heading = {makeFont(family, 14), makeFont(family, 14, true), makeFont(family, 14), makeFont(family, 15, true),
                 makeFont(family, 14, false, true)};
    f.draftMark = makeFont(family, 13, true);
    f.title = makeFont(family, 15, true);
    f.year = makeFont(family, 14, true);
    f.body = makeFont(family, 14);
    f.bodyBold = makeFont(family, 14, true);
    f.bodyItalic = makeFont(family, 14, false, true);
    f.signature = makeFont(family, 14, true);
    f.receiversHead = makeFont(family, 12, true, true);
    f.receivers = makeFont(family, 11);
    f.footer = makeFont(family, 12);
    return f;
}

// The conclusions' wording on the form (Regulation 213's three levels).
QString conclusionText(CommentConclusion c)
{
    switch (c) {
    case CommentConclusion::FulfilsWell: return QStringLiteral("Hoàn thành tốt nhiệm vụ");
    case CommentConclusion::Fulfils: return QStringLiteral("Hoàn thành nhiệm vụ");
    case CommentConclusion::DoesNotFulfil: return QStringLiteral("Không hoàn thành nhiệm vụ");
    }
    return {};
}

Block textBlock(const Text &t, qreal gap, qreal x = kLeft)
{
    return {gap, t.height, 0, {}, [t, x](QPainter &p, qreal top) { t.draw(p, x, top); }};
}

// A paragraph as one block per line, so that a long point runs over pages.
void appendLines(std::vector<Block> &out, const Text &t, qreal gap)
{
    if (!t.layout)
        return;
    for (int i = 0; i < t.layout->lineCount(); ++i) {
        const auto layout = t.layout;
        out.push_back({i == 0 ? gap : 0, layout->lineAt(i).height(), 0, {}, [layout, i](QPainter &p, qreal top) {
                           const QTextLine l = layout->lineAt(i);
                           l.draw(&p, QPointF(kLeft, top - l.y()));
                       }});
    }
}

// A line of dots across the text width: room to write by hand.
QString dottedLine(Typesetter &ts, const QFont &font, qreal width)
{
    return QString(int((width - mm(1)) / ts.advance(QString(kEllipsis), font)), kEllipsis);
}

// A point's text as written (one justified paragraph per line of the entry), or
// dotted lines to fill in by hand when nothing is written yet.
std::vector<Block> paragraphs(Typesetter &ts, const Fonts &f, const QString &text, int blankLines)
{
    std::vector<Block> out;
    QString normalised = text;
    normalised.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(QLatin1Char('\r'), QLatin1Char('\n'));
    for (const QString &paragraph : normalised.split(QLatin1Char('\n'))) {
        const QString s = clean(paragraph);
        if (!s.isEmpty())
            appendLines(out, ts.text(s, f.body, kWidth, Qt::AlignJustify, kIndent), 0);
    }
    if (out.empty())
        for (int i = 0; i < blankLines; ++i)
            out.push_back(textBlock(ts.text(dottedLine(ts, f.body, kWidth), f.body, kWidth), 0));
    return out;
}

// A numbered point: its heading (bold, kept with its first line), then its lines.
void addPoint(Flow &flow, Typesetter &ts, const Fonts &f, const QString &heading, std::vector<Block> lines)
{
    Block head = textBlock(ts.text(heading, f.bodyBold, kWidth, Qt::AlignJustify, kIndent), pt(6));
    head.keepWith = lines.empty() ? 0 : lines.front().height;
    flow.add(head);
    for (const Block &b : lines)
        flow.add(b);
}

// "- Label: value", wrapped under the value.
Block detail(Typesetter &ts, const Fonts &f, const QString &label, const QString &value)
{
    const QString line = QStringLiteral("- ") + label + QStringLiteral(": ") + value;
    return textBlock(ts.text(line, f.body, kWidth, Qt::AlignLeft, kIndent, kIndent + ts.advance(QStringLiteral("- "), f.body)),
                     0);
}

// "dự 2/2 buổi, vắng có lý do 0, vắng không lý do 0": the record's figures. Members
// left unmarked on a sheet are counted as absent without a reason, as the comment
// stores them (held − present − excused).
QString attendanceLine(const AnnualComment &c)
{
    return QStringLiteral("Trong năm, đồng chí dự %1/%2 buổi, vắng có lý do %3, vắng không lý do %4 buổi "
                          "sinh hoạt của chi bộ nơi cư trú.")
        .arg(c.meetingsAttended)
        .arg(c.meetingsHeld)
        .arg(c.meetingsExcused)
        .arg(std::max(0, c.meetingsMissed()));
}

void composeForm(Flow &flow, Typesetter &ts, const Fonts &f, const CommentForm &form)
{
    const AnnualComment &c = form.comment;
    const bool draft = c.state() == CommentState::Draft;
    const QString cell = clean(form.cellName);
    const QString commune = clean(form.communeName);

    // Heading: the commune's party organisation and the cell (left), the party name
    // and the place and day of signing (right); a draft's day is left to fill in.
    {
        const QString place = placeOf(commune);
        const QString dateLine = draft || !c.signedDate.isValid()
                                     ? QStringLiteral("%1, ngày %2 tháng %3 năm %4")
                                           .arg(place.isEmpty() ? dots(16) : place, dots(6), dots(6), dots(8))
                                     : placeAndDate(place, c.signedDate);
        const Heading h = heading(ts, f.heading, commune, cell, {}, dateLine);
        flow.add({0, h.height, 0, {}, h.paint});
    }

    // Title and year; a draft says so in a box level with the year, at the right, so
    // that it is never taken for the signed form.
    flow.add(textBlock(ts.text(QStringLiteral("BẢN NHẬN XÉT ĐẢNG VIÊN ĐANG CÔNG TÁC THỰC HIỆN NHIỆM VỤ NƠI CƯ TRÚ"),
                               f.title, kWidth, Qt::AlignHCenter),
                       pt(18)));
    {
        const Text year = ts.text(QStringLiteral("Năm %1").arg(c.year), f.year, kWidth, Qt::AlignHCenter);
        const Text mark = draft ? ts.text(QStringLiteral("DỰ THẢO"), f.draftMark, kWidth) : Text{};
        const qreal markWidth = mark.width + 2 * mm(2);
        const qreal markHeight = mark.height + 2 * mm(0.8);
        flow.add({pt(2), std::max(year.height, draft ? markHeight : 0), 0, {},
                  [year, mark, draft, markWidth, markHeight](QPainter &p, qreal top) {
                      year.draw(p, kLeft, top);
                      if (!draft)
                          return;
                      const qreal x = kLeft + kWidth - markWidth;
                      p.setPen(QPen(Qt::black, pt(1)));
                      p.drawRect(QRectF(x, top, markWidth, markHeight));
                      mark.draw(p, x + mm(2), top + mm(0.8));
                  }});
    }

    // Recipient: the committee of the workplace organisation the comment goes to.
    const QString workplace = clean(form.workplaceName);
    flow.add(textBlock(ts.text(QStringLiteral("Kính gửi: ") + orDots(committeeOf(workplace)), f.body, kWidth,
                               Qt::AlignHCenter),
                       pt(10)));

    // Who writes, about whom.
    {
        const QString lead = QStringLiteral("%1 nhận xét đảng viên đang công tác thường xuyên giữ mối liên hệ với "
                                            "tổ chức đảng và nhân dân nơi cư trú (Quy định số 213-QĐ/TW ngày "
                                            "02/01/2020 của Bộ Chính trị) như sau:")
                                 .arg(cell.isEmpty() ? QStringLiteral("Chi ủy chi bộ nơi cư trú") : committeeOf(cell));
        flow.add(textBlock(ts.text(lead, f.body, kWidth, Qt::AlignJustify, kIndent), pt(10)));
    }
    {
        const QString name = clean(form.memberName);
        const QString label = QStringLiteral("- Họ và tên đảng viên: ");
        const QString who = name.isEmpty() ? dots(40) : name;
        flow.add(textBlock(ts.text(label + who, f.body, kWidth, Qt::AlignLeft, kIndent, kIndent, Span{int(label.size()), int(who.size())}),
                           pt(4)));
    }
    flow.add(detail(ts, f, QStringLiteral("Ngày sinh"), dayMonthYear(form.birthDate)));
    flow.add(detail(ts, f, QStringLiteral("Số thẻ đảng viên"), orDots(clean(form.partyCardNo), 20)));
    flow.add(detail(ts, f, QStringLiteral("Nơi công tác (tổ chức đảng nhận bản nhận xét)"), orDots(workplace, 50)));
    flow.add(detail(ts, f, QStringLiteral("Nơi cư trú"), orDots(clean(form.residenceAddress), 60)));

    // The four points of the regulation.
    addPoint(flow, ts, f,
             QStringLiteral("1. Gương mẫu chấp hành chủ trương, đường lối của Đảng, chính sách, pháp luật của Nhà nước "
                            "và quy định của địa phương:"),
             paragraphs(ts, f, c.citizenConduct, 2));
    {
        std::vector<Block> lines;
        appendLines(lines, ts.text(attendanceLine(c), f.body, kWidth, Qt::AlignJustify, kIndent), 0);
        const std::vector<Block> remarks = paragraphs(ts, f, c.meetingParticipation, 1);
        lines.insert(lines.end(), remarks.begin(), remarks.end());
        addPoint(flow, ts, f, QStringLiteral("2. Tham gia sinh hoạt nơi cư trú:"), lines);
    }
    addPoint(flow, ts, f, QStringLiteral("3. Quan hệ với nhân dân, hàng xóm, cộng đồng nơi cư trú:"),
             paragraphs(ts, f, c.communityRelations, 2));
    addPoint(flow, ts, f, QStringLiteral("4. Ý kiến khác:"), paragraphs(ts, f, c.otherRemarks, 1));

    // Copies (left) and the signature (right): one block with its signing space, so
    // that it is never split; the conclusion goes over with it.
    Block signature;
    {
        const Text receiversHead = ts.text(QStringLiteral("Nơi nhận:"), f.receiversHead, kLeftColumn);
        const Text receivers = ts.text(QStringLiteral("- Như trên,") + QChar(QChar::LineSeparator)
                                           + QStringLiteral("- Lưu chi bộ."),
                                       f.receivers, kLeftColumn);
        const Text forWhom = ts.text(QStringLiteral("T/M CHI ỦY"), f.signature, kRightColumn, Qt::AlignHCenter);
        const QString titleText = clean(c.signerTitle).toUpper();
        const Text title = ts.text(titleText.isEmpty() ? dots(16) : titleText, f.signature, kRightColumn,
                                   Qt::AlignHCenter);
        const QString signerText = clean(c.signedBy);
        const Text signer = ts.text(signerText.isEmpty() ? dots(24) : signerText, f.signature, kRightColumn,
                                    Qt::AlignHCenter);
        const qreal signing = mm(20);
        const qreal height = std::max(forWhom.height + title.height + signing + signer.height,
                                      receiversHead.height + receivers.height);
        signature = {pt(12), height, 0, {}, [=](QPainter &p, qreal top) {
                      receiversHead.draw(p, kLeft, top);
                      receivers.draw(p, kLeft, top + receiversHead.height);
                      forWhom.draw(p, kLeft + kRightColumnX, top);
                      title.draw(p, kLeft + kRightColumnX, top + forWhom.height);
                      signer.draw(p, kLeft + kRightColumnX, top + forWhom.height + title.height + signing);
                  }};
    }

    // Conclusion: the level chosen, or (a draft without one) the three to choose from.
    {
        const QString label = QStringLiteral("Kết luận: ");
        QString value;
        if (c.conclusion)
            value = conclusionText(*c.conclusion);
        else
            value = dots(20) + QStringLiteral(" (%1 / %2 / %3)")
                                   .arg(conclusionText(CommentConclusion::FulfilsWell),
                                        conclusionText(CommentConclusion::Fulfils),
                                        conclusionText(CommentConclusion::DoesNotFulfil));
        const Text t = ts.text(label + value, f.body, kWidth, Qt::AlignLeft, kIndent, 0,
                               Span{0, int(label.size() + (c.conclusion ? value.size() : 0))});
        Block conclusion = textBlock(t, pt(10));
        conclusion.keepWith = signature.gap + signature.height;
        flow.add(conclusion);
    }

    flow.add(signature);
}

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

} // namespace

bool writeCommentFormsPdf(const QList<CommentForm> &forms, const QString &pdfPath,
                          const std::function<bool(int done, int total)> &progress, QString *error)
{
    if (error)
        error->clear();
    const QString shown = QDir::toNativeSeparators(pdfPath);
    if (forms.isEmpty())
        return fail(error, Tr::tr("There are no comment forms to write to %1.").arg(shown));
    QString family;
    switch (readiness(&family)) {
    case Readiness::Ready:
        break;
    case Readiness::NoGuiApplication:
        return fail(error, Tr::tr("Cannot write %1: printing needs the program's graphical part (QGuiApplication).")
                               .arg(shown));
    case Readiness::NoFont:
        return fail(error, Tr::tr("Cannot write %1: the font Liberation Serif is not installed "
                                  "(Debian package fonts-liberation2).")
                               .arg(shown));
    }

    QSaveFile file(pdfPath);
    if (!file.open(QIODevice::WriteOnly))
        return fail(error, Tr::tr("Cannot write the comment forms to %1: %2").arg(shown, file.errorString()));

    bool cancelled = false;
    {
        QPdfWriter writer(&file);
        setUpWriter(writer, QStringLiteral("Bản nhận xét đảng viên đang công tác thực hiện nhiệm vụ nơi cư trú"));
        QPainter painter;
        if (!painter.begin(&writer)) {
            file.cancelWriting();
            return fail(error, Tr::tr("Cannot write the comment forms to %1.").arg(shown));
        }
        Typesetter ts(&writer);
        const Fonts fonts = makeFonts(family);
        const qreal body = kHeight - footerSpace(ts, fonts.footer);
        const int total = int(forms.size());
        for (int i = 0; i < total; ++i) {
            // Each form is laid out whole first: its page numbers need its page count.
            Flow flow(body);
            composeForm(flow, ts, fonts, forms[i]);
            if (i > 0)
                writer.newPage();
            paintPages(painter, writer, ts, flow, fonts.footer);
            if (progress && !progress(i + 1, total)) {
                cancelled = true;
                break;
            }
        }
        painter.end();
    }
    if (cancelled) {
        file.cancelWriting(); // the temporary file goes with `file`
        return false;
    }
    if (!file.commit())
        return fail(error, Tr::tr("Cannot write the comment forms to %1: %2").arg(shown, file.errorString()));
    return true;
}

} // namespace cutru::reports
