#pragma once

// Internal to cutru_reports: what the PDF renderers of official party documents
// (Guideline 36-HD/VPTW; referral letters, attendance sheets, reports) share —
// page geometry, the embedded font, text layout, the heading blocks, pages laid
// out as blocks and numbered. Not part of the library's interface.

#include <QDate>
#include <QFont>
#include <QHash>
#include <QString>
#include <QTextLayout>
#include <functional>
#include <memory>
#include <vector>

class QPainter;
class QPaintDevice;
class QPagedPaintDevice;
class QPdfWriter;

namespace cutru::reports::official {

// Device units are QPdfWriter pixels at kDpi.
constexpr int kDpi = 300;
constexpr qreal mm(qreal v) { return v * kDpi / 25.4; }
constexpr qreal pt(qreal v) { return v * kDpi / 72.0; }

// A4 with the margins of the guideline: left 30 mm, right 15 mm, top 20 mm,
// bottom 15 mm. The left column of the heading (issuing body) and the right one
// (party name, date, signature) split the text width.
constexpr qreal kLeft = mm(30);
constexpr qreal kTop = mm(20);
constexpr qreal kWidth = mm(210 - 30 - 15);
constexpr qreal kHeight = mm(297 - 20 - 15);
constexpr qreal kLeftColumn = mm(78);                 // width of the top-left block
constexpr qreal kRightColumnX = mm(78);               // from kLeft
constexpr qreal kRightColumn = kWidth - kRightColumnX; // party name, date, signatures
constexpr qreal kIndent = mm(10);                     // first line of a paragraph, list items

// The family name of Liberation Serif (fonts-liberation2), registered with
// QFontDatabase on first use; empty when it is not installed.
QString fontFamily();

QFont makeFont(const QString &family, qreal points, bool bold = false, bool italic = false);

// What a renderer checks before opening its file.
enum class Readiness { Ready, NoGuiApplication, NoFont };
Readiness readiness(QString *family);

// A4, no printer margins (the renderers keep their own), kDpi, title and creator.
void setUpWriter(QPdfWriter &writer, const QString &title);

// Text as entered may be decomposed (combining tone marks); the fonts and PDF
// readers do best with precomposed letters. Also collapses white space.
QString clean(const QString &s);

// A blank to fill in by hand, about as wide as `n` full stops: a run of
// ellipses ("……"), as on printed forms (a third of the glyphs of full stops,
// which keeps the PDF small).
constexpr QChar kEllipsis(0x2026);
QString dots(int n);
QString orDots(const QString &s, int n = 40);

// "05/03/2012", or a blank.
QString dayMonthYear(const QDate &d);

// "Thái Bình, ngày 5 tháng 3 năm 2012" (blanks for what is missing).
QString placeAndDate(const QString &place, const QDate &d);

// Organisations' names as documents print them.
// "Đảng bộ phường Bồ Xuyên" → "Đảng ủy phường Bồ Xuyên", "Chi bộ thôn Đoài" →
// "Chi ủy thôn Đoài": documents come from (and go to) the committee.
QString committeeOf(const QString &organisationName);
// "Chi bộ tổ dân phố số 1" → "tổ dân phố số 1", "Đảng bộ phường Bồ Xuyên" →
// "phường Bồ Xuyên": a place, for a residence line.
QString placeName(const QString &organisationName);
// "Tỉnh ủy Thái Bình" → "Thái Bình", "Đảng bộ xã Vũ Hội" → "Vũ Hội": the place
// in the date line.
QString placeOf(const QString &organisationName);

// A piece of text laid out once (wrapped to a width, aligned, first-line and
// following-line indents), drawn at its top-left corner.
struct Text {
    std::shared_ptr<QTextLayout> layout;
    qreal height = 0;
    qreal width = 0; // the widest line's natural width, indents included

    void draw(QPainter &p, qreal x, qreal top) const;
};

struct Span {
    int start = 0, length = 0; // a bold stretch (a member's name, a label)
};

// Lays out text and keeps layouts that recur (labels, headings, bodies'
// names) so that a long batch shapes each of them once.
class Typesetter {
public:
    explicit Typesetter(QPaintDevice *device) : device_(device) {}

    Text text(const QString &s, const QFont &font, qreal width, Qt::Alignment align = Qt::AlignLeft,
              qreal firstIndent = 0, qreal restIndent = 0, Span bold = {});
    qreal advance(const QString &s, const QFont &font) const;

private:
    static constexpr qsizetype kCacheLimit = 2000;
    QPaintDevice *device_;
    QHash<QString, Text> cache_;
};

// The heading of the guideline. Left, centred in kLeftColumn: the superior body
// (capitals), the issuing body (capitals, bold), "*", then the number line if
// any. Right, centred in kRightColumn: "ĐẢNG CỘNG SẢN VIỆT NAM" with a rule
// under it, then place and date (italic), level with the number or under the
// rule if that is lower.
struct HeadingFonts {
    QFont superior, issuing, plain, partyName, dateLine;
};
struct Heading {
    qreal height = 0;
    std::function<void(QPainter &, qreal top)> paint;
};
// `textWidth`: a landscape page's wider text area puts the right block at its
// right edge.
Heading heading(Typesetter &ts, const HeadingFonts &fonts, const QString &superiorBody, const QString &issuingBody,
                const QString &numberLine, const QString &placeDateLine, qreal textWidth = kWidth);

// Ruled tables (attendance sheets, reports): cell padding and rule width.
constexpr qreal kPadX = mm(1.5);
constexpr qreal kPadY = mm(1.2);
constexpr qreal kRule = pt(0.5);

// One ruled table row at `left`, `top`: a box around it, a line between cells, each
// cell's text (laid out to its width less 2 × kPadX) centred vertically.
void paintRuledRow(QPainter &p, qreal left, qreal top, qreal height, const std::vector<qreal> &widths,
                   const std::vector<Text> &texts);

// Documents that run over pages (attendance sheets, reports) are laid out as
// blocks first, then painted: the page numbers need the page count.
using Paint = std::function<void(QPainter &, qreal top)>;

// A piece of a document that stays on one page.
struct Block {
    qreal gap = 0;      // space above; dropped at the top of a page
    qreal height = 0;
    qreal keepWith = 0; // height of what must follow on the same page (a heading and its first line)
    std::shared_ptr<const Block> repeat; // drawn first whenever this block opens a page: a table's header row
    Paint paint;
};

// Lays blocks out down the pages: a block that does not fit goes to the next
// page, so neither a table row nor a signature block is ever split.
class Flow {
public:
    struct Placed {
        qreal top = 0;   // from the top margin
        qreal scale = 1; // below 1 only for a block taller than a whole page
        Paint paint;
    };

    explicit Flow(qreal bodyHeight);

    void add(const Block &b);
    // The next block opens a new page (a chart on a page of its own).
    void breakPage();
    // What is left of the current page's body.
    qreal room() const { return body_ - y_; }

    const std::vector<std::vector<Placed>> &pages() const { return pages_; }

private:
    void place(const Block &b, qreal gap);

    qreal body_;
    qreal y_ = 0;
    bool atTop_ = true;
    std::vector<std::vector<Placed>> pages_;
};

// The height the page number takes at the foot of the text area, with the gap
// above it: what a Flow's body leaves free.
qreal footerSpace(Typesetter &ts, const QFont &footer);

// Paints the flow's pages (text area at kLeft, kTop, `width` × `height`), each
// with "Trang 2/7" at the bottom right of the text area, calling
// `device.newPage()` between pages and `progress(done, total)` after each;
// false when `progress` returned false (the rest is not painted).
bool paintPages(QPainter &painter, QPagedPaintDevice &device, Typesetter &ts, const Flow &flow, const QFont &footer,
                qreal width = kWidth, qreal height = kHeight,
                const std::function<bool(int done, int total)> &progress = {});

} // namespace cutru::reports::official
