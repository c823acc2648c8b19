#include "reports/referral_letter.h"

#include "reports/official_document.h"

#include <QCoreApplication>
#include <QDir>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <algorithm>
#include <memory>
#include <vector>

// The letter's own text is an official Vietnamese party document (Guideline
// 36-HD/VPTW): it is always Vietnamese whatever the interface language, so those
// strings are plain QStringLiteral, never tr(). Only the error messages, which
// the user of the program reads, are translated.

namespace cutru::reports {

using namespace official;

namespace {

// The context is declared, not passed, so that lupdate files the strings under it.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cutru::reports::ReferralLetters)
};

constexpr qreal kSecondColumnX = mm(85); // second item of a two-item detail row

struct Styles {
    QFont superior, issuing, heading, partyName, dateLine, title;
    QFont body, bodyItalic, signature, receiversHead, receivers, slipNote;
};

Styles makeStyles(const QString &family, qreal bodyPoints)
{
    Styles s;
    s.superior = makeFont(family, 14);
    s.issuing = makeFont(family, 14, true);
    s.heading = makeFont(family, 14);
    s.partyName = makeFont(family, 15, true);
    s.dateLine = makeFont(family, 14, false, true);
    s.title = makeFont(family, 16, true);
    s.body = makeFont(family, bodyPoints);
    s.bodyItalic = makeFont(family, bodyPoints, false, true);
    s.signature = makeFont(family, 14, true);
    s.receiversHead = makeFont(family, 12, true, true);
    s.receivers = makeFont(family, 11);
    s.slipNote = makeFont(family, 13, false, true);
    return s;
}

// A horizontal band of the page. Gaps above bands shrink (down to minGap) when
// the page is full; the signing spaces are such gaps.
struct Band {
    qreal gap = 0;
    qreal minGap = 0;
    qreal height = 0;
    std::function<void(QPainter &, qreal top)> paint;
};

struct Page {
    std::vector<Band> letter; // from the top of the page down
    std::vector<Band> slip;   // the reply slip, kept at the bottom of the page
};

// One detail line "- Label: value", wrapped under its value.
Band detail(Typesetter &ts, const Styles &st, const QString &line)
{
    const Text t = ts.text(line, st.body, kWidth, Qt::AlignLeft, kIndent,
                           kIndent + ts.advance(QStringLiteral("- "), st.body));
    return {0, 0, t.height, [t](QPainter &p, qreal top) { t.draw(p, kLeft, top); }};
}

// Two short details on one line when both fit ("- Giới tính: Nữ    Ngày sinh: …"),
// else one line each.
void detailPair(std::vector<Band> &out, Typesetter &ts, const Styles &st, const QString &a, const QString &b)
{
    const Text ta = ts.text(a, st.body, kWidth, Qt::AlignLeft, kIndent, kIndent);
    const Text tb = ts.text(b, st.body, kWidth - kSecondColumnX);
    if (ta.layout->lineCount() == 1 && tb.layout->lineCount() == 1 && ta.width + mm(3) <= kSecondColumnX) {
        out.push_back({0, 0, std::max(ta.height, tb.height), [ta, tb](QPainter &p, qreal top) {
                           ta.draw(p, kLeft, top);
                           tb.draw(p, kLeft + kSecondColumnX, top);
                       }});
        return;
    }
    out.push_back(detail(ts, st, a));
    out.push_back(detail(ts, st, QStringLiteral("- ") + b));
}

Page composeLetter(Typesetter &ts, const Styles &st, const ReferralLetter &in)
{
    Page page;
    auto &bands = page.letter;
    const QString name = clean(in.memberName);
    const QString recipient = clean(in.recipient);
    const QString number = QStringLiteral("%1-%2").arg(in.letterNo > 0 ? QString::number(in.letterNo) : dots(8),
                                                       clean(in.numberSuffix));

    // Heading: superior and issuing bodies, "*", number (left); party name with
    // a rule under it, then place and date (right).
    {
        const Heading h = heading(ts, {st.superior, st.issuing, st.heading, st.partyName, st.dateLine},
                                  in.superiorBody, in.issuingBody, QStringLiteral("Số ") + number,
                                  placeAndDate(clean(in.place), in.date));
        bands.push_back({0, 0, h.height, h.paint});
    }

    // Title.
    {
        const Text title = ts.text(QStringLiteral("GIẤY GIỚI THIỆU"), st.title, kWidth, Qt::AlignHCenter);
        bands.push_back({pt(18), pt(8), title.height, [title](QPainter &p, qreal top) { title.draw(p, kLeft, top); }});
    }

    // Recipient (and the address of a committee outside the province).
    {
        const Text to = ts.text(QStringLiteral("Kính gửi: ") + orDots(recipient), st.body, kWidth, Qt::AlignHCenter);
        const QString address = clean(in.recipientAddress);
        const Text where = address.isEmpty()
                               ? Text{}
                               : ts.text(QStringLiteral("(Địa chỉ: %1)").arg(address), st.bodyItalic, kWidth,
                                         Qt::AlignHCenter);
        bands.push_back({pt(10), pt(4), to.height + where.height, [to, where](QPainter &p, qreal top) {
                             to.draw(p, kLeft, top);
                             where.draw(p, kLeft, top + to.height);
                         }});
    }

    // The member.
    {
        const QString lead = QStringLiteral("Trân trọng giới thiệu đồng chí: ");
        const QString who = name.isEmpty() ? dots(40) : name;
        const Text intro = ts.text(lead + who, st.body, kWidth, Qt::AlignLeft, kIndent, 0,
                                   Span{int(lead.size()), int(who.size())});
        bands.push_back({pt(10), pt(4), intro.height, [intro](QPainter &p, qreal top) { intro.draw(p, kLeft, top); }});
    }
    detailPair(bands, ts, st, QStringLiteral("- Giới tính: ") + orDots(clean(in.gender), 12),
               QStringLiteral("Ngày sinh: ") + dayMonthYear(in.birthDate));
    detailPair(bands, ts, st, QStringLiteral("- Ngày vào Đảng: ") + dayMonthYear(in.admissionDate),
               in.officialDate.isValid() ? QStringLiteral("Ngày chính thức: ") + dayMonthYear(in.officialDate)
                                         : QStringLiteral("Đảng viên dự bị"));
    detailPair(bands, ts, st, QStringLiteral("- Số thẻ đảng viên: ") + orDots(clean(in.partyCardNo), 20),
               QStringLiteral("Chức vụ: ") + orDots(clean(in.position), 30));
    bands.push_back(detail(ts, st, QStringLiteral("- Đơn vị công tác: ") + orDots(clean(in.workplace), 60)));
    bands.push_back(detail(ts, st, QStringLiteral("- Đang sinh hoạt tại: ") + orDots(clean(in.currentCell), 60)));
    bands.push_back(detail(ts, st, QStringLiteral("- Nơi cư trú: ") + orDots(clean(in.residenceAddress), 70)));

    // The request.
    {
        const Text why = ts.text(
            QStringLiteral("Được giới thiệu về sinh hoạt, giữ mối liên hệ với tổ chức đảng và nhân dân nơi cư trú "
                           "theo Quy định số 213-QĐ/TW ngày 02/01/2020 của Bộ Chính trị về trách nhiệm của đảng "
                           "viên đang công tác thường xuyên giữ mối liên hệ với tổ chức đảng và nhân dân nơi cư trú."),
            st.body, kWidth, Qt::AlignJustify, kIndent);
        const Text ask = ts.text(
            QStringLiteral("Đề nghị %1 tiếp nhận và giúp đỡ đồng chí hoàn thành nhiệm vụ; sau khi tiếp nhận, "
                           "gửi lại phiếu báo dưới đây cho cấp ủy nơi đồng chí công tác.")
                .arg(recipient.isEmpty() ? QStringLiteral("cấp ủy nơi cư trú") : recipient),
            st.body, kWidth, Qt::AlignJustify, kIndent);
        bands.push_back({pt(6), pt(2), why.height + ask.height, [why, ask](QPainter &p, qreal top) {
                             why.draw(p, kLeft, top);
                             ask.draw(p, kLeft, top + why.height);
                         }});
    }

    // Signature (right) and recipients of copies (left); the signing space is a
    // gap that may shrink, down to 12 mm.
    {
        const Text receiversHead = ts.text(QStringLiteral("Nơi nhận:"), st.receiversHead, kLeftColumn);
        const Text receivers = ts.text(QStringLiteral("- Như trên,") + QChar(QChar::LineSeparator) + QStringLiteral("- Lưu."),
                                       st.receivers, kLeftColumn);
        const Text forWhom = ts.text(clean(in.signatureFor).toUpper(), st.signature, kRightColumn, Qt::AlignHCenter);
        const Text title = ts.text(clean(in.signatureTitle).toUpper(), st.signature, kRightColumn, Qt::AlignHCenter);
        const qreal right = forWhom.height + title.height;
        bands.push_back({pt(8), pt(4), std::max(right, receiversHead.height + receivers.height),
                         [=](QPainter &p, qreal top) {
                             receiversHead.draw(p, kLeft, top);
                             receivers.draw(p, kLeft, top + receiversHead.height);
                             forWhom.draw(p, kLeft + kRightColumnX, top);
                             title.draw(p, kLeft + kRightColumnX, top + forWhom.height);
                         }});
        const Text signer = ts.text(clean(in.signerName), st.signature, kRightColumn, Qt::AlignHCenter);
        bands.push_back({mm(22), mm(12), signer.height,
                         [signer](QPainter &p, qreal top) { signer.draw(p, kLeft + kRightColumnX, top); }});
    }

    // The reply slip, below a dashed cut line, for the residence committee to
    // fill in by hand and send back.
    auto &slip = page.slip;
    slip.push_back({pt(14), pt(8), pt(2), [](QPainter &p, qreal top) {
                        QPen pen(Qt::black, pt(0.75), Qt::DashLine);
                        p.setPen(pen);
                        p.drawLine(QPointF(kLeft - mm(10), top), QPointF(kLeft + kWidth + mm(5), top));
                    }});
    {
        const Text heading = ts.text(QStringLiteral("PHIẾU BÁO TIẾP NHẬN ĐẢNG VIÊN"), st.signature, kWidth,
                                     Qt::AlignHCenter);
        const Text note = ts.text(QStringLiteral("(Phần trả lời của đảng ủy nơi cư trú, gửi lại cấp ủy đã giới thiệu)"),
                                  st.slipNote, kWidth, Qt::AlignHCenter);
        slip.push_back({pt(8), pt(4), heading.height + note.height, [heading, note](QPainter &p, qreal top) {
                            heading.draw(p, kLeft, top);
                            note.draw(p, kLeft, top + heading.height);
                        }});
    }
    {
        const QString who = name.isEmpty() ? dots(40) : name;
        const QString before = QStringLiteral("%1 đã nhận giấy giới thiệu số %2 ngày %3 và tiếp nhận đồng chí ")
                                   .arg(orDots(recipient), number, dayMonthYear(in.date));
        const QString after = QStringLiteral(" về sinh hoạt, giữ mối liên hệ với tổ chức đảng và nhân dân nơi cư "
                                             "trú từ ngày %1 tháng %2 năm %3.")
                                  .arg(dots(8), dots(8), dots(10));
        const Text received = ts.text(before + who + after, st.body, kWidth, Qt::AlignJustify, kIndent, 0,
                                      Span{int(before.size()), int(who.size())});
        const QString label = QStringLiteral("Phân công về sinh hoạt tại chi bộ: ");
        const qreal room = kWidth - kIndent - ts.advance(label, st.body) - mm(1);
        const Text cell = ts.text(label + QString(int(room / ts.advance(QString(kEllipsis), st.body)), kEllipsis),
                                  st.body, kWidth, Qt::AlignLeft, kIndent);
        slip.push_back({pt(4), pt(2), received.height + cell.height, [received, cell](QPainter &p, qreal top) {
                            received.draw(p, kLeft, top);
                            cell.draw(p, kLeft, top + received.height);
                        }});
    }
    {
        const Text date = ts.text(QStringLiteral("%1, ngày %2 tháng %3 năm %4").arg(dots(16), dots(6), dots(6), dots(8)),
                                  st.dateLine, kRightColumn, Qt::AlignHCenter);
        const Text forWhom = ts.text(QStringLiteral("T/M ĐẢNG ỦY"), st.signature, kRightColumn, Qt::AlignHCenter);
        slip.push_back({pt(4), pt(2), date.height + forWhom.height, [date, forWhom](QPainter &p, qreal top) {
                            date.draw(p, kLeft + kRightColumnX, top);
                            forWhom.draw(p, kLeft + kRightColumnX, top + date.height);
                        }});
        slip.push_back({mm(18), mm(10), 0, {}}); // signing space down to the bottom margin
    }
    return page;
}

struct Fit {
    bool fits = false;
    qreal shrink = 0; // how far gaps shrink: 0 nominal, 1 minimum
    qreal scale = 1;  // below 1 only when even the minimum gaps leave too little room
};

Fit fit(const Page &page)
{
    qreal heights = 0, nominal = 0, minimum = 0;
    for (const auto *bands : {&page.letter, &page.slip})
        for (const Band &b : *bands) {
            heights += b.height;
            nominal += b.gap;
            minimum += b.minGap;
        }
    if (heights + nominal <= kHeight)
        return {true, 0, 1};
    if (heights + minimum > kHeight)
        return {false, 1, kHeight / (heights + minimum)};
    return {true, (heights + nominal - kHeight) / (nominal - minimum), 1};
}

void paint(QPainter &p, const Page &page, const Fit &f)
{
    if (f.scale < 1) {
        // Last resort for text far longer than any real letter: the whole page
        // a little smaller, rather than anything cut off at the bottom.
        p.save();
        p.translate(kLeft, kTop);
        p.scale(f.scale, f.scale);
        p.translate(-kLeft, -kTop);
    }
    const qreal bottom = kTop + kHeight / f.scale;
    auto gap = [&f](const Band &b) { return b.gap - f.shrink * (b.gap - b.minGap); };
    qreal y = kTop;
    for (const Band &b : page.letter) {
        y += gap(b);
        if (b.paint)
            b.paint(p, y);
        y += b.height;
    }
    // The slip hangs from the bottom margin; whatever room is left goes above it.
    qreal slipHeight = 0;
    for (size_t i = 0; i < page.slip.size(); ++i)
        slipHeight += (i == 0 ? 0 : gap(page.slip[i])) + page.slip[i].height;
    y = std::max(y + (page.slip.empty() ? 0 : gap(page.slip.front())), bottom - slipHeight);
    for (size_t i = 0; i < page.slip.size(); ++i) {
        const Band &b = page.slip[i];
        if (i > 0)
            y += gap(b);
        if (b.paint)
            b.paint(p, y);
        y += b.height;
    }
    if (f.scale < 1)
        p.restore();
}

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

} // namespace

bool writeReferralLetters(const QList<ReferralLetter> &letters, const QString &pdfPath,
                          const std::function<bool(int done, int total)> &progress, QString *error)
{
    if (error)
        error->clear();
    const QString shown = QDir::toNativeSeparators(pdfPath);
    if (letters.isEmpty())
        return fail(error, Tr::tr("There are no referral letters to write to %1.").arg(shown));
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
        return fail(error, Tr::tr("Cannot write the referral letters to %1: %2").arg(shown, file.errorString()));

    bool cancelled = false;
    {
        QPdfWriter writer(&file);
        setUpWriter(writer, QStringLiteral("Giấy giới thiệu"));
        QPainter painter;
        if (!painter.begin(&writer)) {
            file.cancelWriting();
            return fail(error, Tr::tr("Cannot write the referral letters to %1.").arg(shown));
        }
        Typesetter ts(&writer);
        const Styles regular = makeStyles(family, 14);
        std::unique_ptr<Styles> compact; // body at 13 pt, for letters too long for 14 pt
        const int total = int(letters.size());
        for (int i = 0; i < total; ++i) {
            if (i > 0)
                writer.newPage();
            Page page = composeLetter(ts, regular, letters[i]);
            Fit f = fit(page);
            if (!f.fits) {
                if (!compact)
                    compact = std::make_unique<Styles>(makeStyles(family, 13));
                page = composeLetter(ts, *compact, letters[i]);
                f = fit(page);
            }
            paint(painter, page, f);
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
        return fail(error, Tr::tr("Cannot write the referral letters to %1: %2").arg(shown, file.errorString()));
    return true;
}

} // namespace cutru::reports
