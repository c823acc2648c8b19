#include "reports/report_pdf.h"

#include "reports/official_document.h"
#include "reports/report_chart.h"
#include "storage/organisation_repository.h"

#include <QAbstractSeries>
#include <QApplication>
#include <QChart>
#include <QDir>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QImage>
#include <QLocale>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QScreen>
#include <QThread>
#include <algorithm>
#include <cmath>
#include <memory>
#include <numeric>
#include <vector>

// A report printed is an official party document (Guideline 36-HD/VPTW): its
// fixed words (BÁO CÁO, Trang, T/M …) are Vietnamese literals whatever the
// interface language, as on the referral letters and attendance sheets; the
// report's own texts (title, headers, rows) are printed as computed. Only the
// error messages, which the program's user reads, are translated.

namespace cutru::reports {

using namespace official;

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cutru::reports::ReportPdf)
};

// Landscape A4 keeps the portrait margins (left 30, right 15, top 20, bottom
// 15 mm): a landscape document is bound on its left edge too.
constexpr qreal kLandscapeWidth = mm(297 - 30 - 15);
constexpr qreal kLandscapeHeight = mm(210 - 20 - 15);

// Tables at 12 pt, as the attendance sheets; a table too wide for landscape
// goes down a point at a time: to 9 pt while that leaves its text columns room,
// to 8 pt at least.
constexpr int kCellPoints = 12;
constexpr int kReadablePoints = 9;
constexpr int kSmallestCellPoints = 8;

constexpr qreal kLevelIndent = mm(4); // a detail row's first cell, per level
// A text column wants its longest text on one line up to this width; beyond,
// it wraps.
constexpr qreal kWideText = mm(60);
constexpr qreal kTextRoom = mm(45);

const QColor kHighlight(0xfc, 0xe4, 0xd6); // light enough to print in grey

struct Fonts {
    HeadingFonts heading;
    QFont docType, title, scope, tableTitle, tableSubtitle, notesLabel, notes, signature, footer;
};

Fonts makeFonts(const QString &family)
{
    Fonts f;
    f.heading = {makeFont(family, 14), makeFont(family, 14, true), makeFont(family, 14), makeFont(family, 15, true),
                 makeFont(family, 14, false, true)};
    f.docType = makeFont(family, 16, true);
    f.title = makeFont(family, 15, true);
    f.scope = makeFont(family, 14, false, true);
    f.tableTitle = makeFont(family, 13, true);
    f.tableSubtitle = makeFont(family, 12, false, true);
    f.notesLabel = makeFont(family, 12, true);
    f.notes = makeFont(family, 12);
    f.signature = makeFont(family, 14, true);
    f.footer = makeFont(family, 12);
    return f;
}

struct CellFonts {
    QFont plain, bold, italic;
};

CellFonts cellFonts(const QString &family, int points)
{
    return {makeFont(family, points), makeFont(family, points, true), makeFont(family, points, false, true)};
}

// Vietnamese number formatting: "." between thousands, "," before decimals
// (QLocale vi_VN), as the attendance record prints its rate.
const QLocale &vietnamese()
{
    static const QLocale locale(QLocale::Vietnamese, QLocale::Vietnam);
    return locale;
}

bool isNumber(const ReportColumn &c)
{
    return c.numeric || c.percent;
}

QString cellText(const QVariant &v, const ReportColumn &c)
{
    // Null: not applicable (a rate with nobody expected), not zero.
    if (!v.isValid() || v.isNull())
        return isNumber(c) ? QStringLiteral("–") : QString();
    const QLocale &vi = vietnamese();
    switch (v.typeId()) {
    case QMetaType::QDate: return v.toDate().toString(QStringLiteral("dd/MM/yyyy"));
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Double:
    case QMetaType::Float: {
        const double d = v.toDouble();
        if (c.percent) // a no-break space keeps "%" with its number
            return vi.toString(d, 'f', 1) + QChar(QChar::Nbsp) + QLatin1Char('%');
        if (v.typeId() != QMetaType::Double && v.typeId() != QMetaType::Float)
            return vi.toString(v.toLongLong());
        if (std::abs(d - std::round(d)) < 1e-9)
            return vi.toString(qint64(std::llround(d)));
        QString s = vi.toString(d, 'f', 2);
        while (s.endsWith(QLatin1Char('0')))
            s.chop(1);
        return s;
    }
    default: return clean(v.toString());
    }
}

// A table's rows as printed text, with each column's alignment.
struct TableText {
    QStringList headers;
    QList<QStringList> rows;
};

TableText tableText(const ReportTable &t)
{
    TableText out;
    for (const ReportColumn &c : t.columns)
        out.headers << clean(c.header);
    for (const ReportRow &r : t.rows) {
        QStringList cells;
        for (qsizetype i = 0; i < t.columns.size(); ++i)
            cells << (i < r.cells.size() ? cellText(r.cells[i], t.columns[i]) : QString());
        out.rows << cells;
    }
    return out;
}

bool boldRow(const ReportRow &r)
{
    return r.emphasised || r.total;
}

// Widths of text as printed, measured once per string and font.
class Measure {
public:
    explicit Measure(Typesetter &ts) : ts_(ts) { }

    qreal width(const QString &s, const QFont &f)
    {
        const QString key = f.key() + QLatin1Char('|') + s;
        auto it = cache_.constFind(key);
        if (it != cache_.cend())
            return *it;
        return *cache_.insert(key, ts_.advance(s, f));
    }
    // Lines break at spaces and after hyphens ("Foreign-|invested").
    qreal longestWord(const QString &s, const QFont &f)
    {
        static const QRegularExpression breaks(QStringLiteral("\\s+|(?<=-)"));
        qreal w = 0;
        for (const QString &word : s.split(breaks, Qt::SkipEmptyParts))
            w = std::max(w, width(word, f));
        return w;
    }

private:
    Typesetter &ts_;
    QHash<QString, qreal> cache_;
};

// What each column needs: `min` with its text wrapped at every space (numbers
// never wrap), `want` to read comfortably (a number and its header in at most
// two lines, a text up to kWideText on one line), `natural` for every text and
// the header on one line.
struct ColumnNeeds {
    std::vector<qreal> min, want, natural;
    std::vector<bool> text;
};

ColumnNeeds needs(Measure &m, const ReportTable &t, const TableText &text, const CellFonts &f)
{
    ColumnNeeds n;
    for (qsizetype c = 0; c < t.columns.size(); ++c) {
        const bool number = isNumber(t.columns[c]);
        const QString &header = text.headers[c];
        qreal cellMin = 0, cellNatural = 0;
        for (qsizetype r = 0; r < t.rows.size(); ++r) {
            const QString &s = text.rows[r][c];
            if (s.isEmpty())
                continue;
            const QFont &font = boldRow(t.rows[r]) ? f.bold : f.plain;
            const qreal indent = c == 0 ? kLevelIndent * std::max(0, t.rows[r].level) : 0;
            const qreal natural = m.width(s, font) + indent;
            cellNatural = std::max(cellNatural, natural);
            cellMin = std::max(cellMin, number ? natural : m.longestWord(s, font) + indent);
        }
        const qreal headerWord = m.longestWord(header, f.bold);
        const qreal headerNatural = m.width(header, f.bold);
        // A point to spare: the layout's line breaking rounds finer than the measures.
        const qreal slack = pt(1);
        const qreal min = std::max(cellMin, headerWord) + 2 * kPadX + slack;
        const qreal want = number ? std::max({cellNatural, headerWord, headerNatural / 2})
                                  : std::max({std::min(cellNatural, kWideText), headerWord, headerNatural / 2});
        n.min.push_back(min);
        n.want.push_back(std::max(min, want + 2 * kPadX + slack));
        n.natural.push_back(std::max(n.want.back(), std::max(cellNatural, headerNatural) + 2 * kPadX + slack));
        n.text.push_back(!number);
    }
    return n;
}

qreal sum(const std::vector<qreal> &v)
{
    return std::accumulate(v.begin(), v.end(), qreal(0));
}

// The width a table needs with its number columns at their narrowest and its
// text columns as wide as they want up to kTextRoom: narrower, names wrap
// into tall rows, and a smaller font reads better.
qreal roomForText(const ColumnNeeds &n)
{
    qreal w = 0;
    for (size_t i = 0; i < n.min.size(); ++i)
        w += n.text[i] ? std::max(n.min[i], std::min(n.want[i], kTextRoom)) : n.min[i];
    return w;
}

// Column widths filling `width` exactly: what each wants, then room left over
// going towards each column's natural width (headers on fewer lines), then to
// the text columns; when too narrow, the columns give up what they want beyond
// their minimum, number columns first. Empty when even the minimums do not fit.
std::vector<qreal> fitColumns(const ColumnNeeds &n, qreal width)
{
    std::vector<qreal> w = n.want;
    if (w.empty())
        return w;
    const qreal wanted = sum(n.want);
    if (wanted <= width) {
        const qreal natural = sum(n.natural);
        const qreal grow = std::min(width - wanted, natural - wanted);
        for (size_t i = 0; i < w.size(); ++i)
            if (natural > wanted)
                w[i] += grow * (n.natural[i] - n.want[i]) / (natural - wanted);
        const qreal rest = width - sum(w);
        qreal textWidth = 0;
        for (size_t i = 0; i < w.size(); ++i)
            if (n.text[i])
                textWidth += w[i];
        const qreal all = sum(w);
        for (size_t i = 0; i < w.size(); ++i) {
            if (textWidth > 0)
                w[i] += n.text[i] ? rest * w[i] / textWidth : 0;
            else
                w[i] += rest * w[i] / all;
        }
        return w;
    }
    if (sum(n.min) > width)
        return {};
    // Number columns give up first (their headers take more lines, one row);
    // then text columns (every row they wrap grows taller).
    qreal excess = wanted - width;
    for (const bool text : {false, true}) {
        qreal slack = 0;
        for (size_t i = 0; i < w.size(); ++i)
            if (n.text[i] == text)
                slack += n.want[i] - n.min[i];
        if (slack <= 0)
            continue;
        const qreal give = std::min(excess, slack);
        for (size_t i = 0; i < w.size(); ++i)
            if (n.text[i] == text)
                w[i] -= (n.want[i] - n.min[i]) * give / slack;
        excess -= give;
    }
    return w;
}

// One table ready to lay out: its widths and fonts.
struct TablePlan {
    const ReportTable *table = nullptr;
    TableText text;
    CellFonts fonts;
    std::vector<qreal> widths;
};

// The rows of a table as blocks; each carries the header row, which the flow
// draws again at the top of every page the table reaches.
class TableBlocks {
public:
    TableBlocks(Typesetter &ts, const TablePlan &plan) : ts_(ts), plan_(plan)
    {
        header_ = std::make_shared<const Block>(header());
    }

    std::shared_ptr<const Block> headerBlock() const { return header_; }

    Block row(qsizetype r) const
    {
        const ReportRow &row = plan_.table->rows[r];
        const QFont &font = boldRow(row) ? plan_.fonts.bold : plan_.fonts.plain;
        std::vector<Text> texts;
        std::vector<qreal> offsets;
        qreal h = 0;
        for (qsizetype c = 0; c < plan_.table->columns.size(); ++c) {
            const QString &s = plan_.text.rows[r][c];
            const qreal indent = c == 0 ? kLevelIndent * std::max(0, row.level) : 0;
            const Qt::Alignment align = isNumber(plan_.table->columns[c]) ? Qt::AlignRight : Qt::AlignLeft;
            texts.push_back(
                s.isEmpty() ? Text{} : ts_.text(s, font, plan_.widths[size_t(c)] - 2 * kPadX, align, indent, indent));
            h = std::max(h, texts.back().height);
        }
        return cells(std::move(texts), h + 2 * kPadY, row.highlighted, false);
    }

    // A row across the table: "no figures" for an empty table.
    Block spanning(const QString &s) const
    {
        const qreal width = sum(plan_.widths);
        const Text t = ts_.text(s, plan_.fonts.italic, width - 2 * kPadX, Qt::AlignHCenter);
        const qreal h = t.height + 2 * kPadY;
        return {0, h, 0, header_, [t, h, width](QPainter &p, qreal top) {
                    p.setPen(QPen(Qt::black, kRule));
                    p.drawRect(QRectF(kLeft, top, width, h));
                    t.draw(p, kLeft + kPadX, top + kPadY);
                }};
    }

private:
    Block header() const
    {
        std::vector<Text> texts;
        qreal h = 0;
        for (qsizetype c = 0; c < plan_.table->columns.size(); ++c) {
            texts.push_back(ts_.text(plan_.text.headers[c], plan_.fonts.bold, plan_.widths[size_t(c)] - 2 * kPadX,
                                     Qt::AlignHCenter));
            h = std::max(h, texts.back().height);
        }
        Block b = cells(std::move(texts), h + 2 * kPadY, false, true);
        b.repeat = nullptr;
        return b;
    }

    Block cells(std::vector<Text> texts, qreal h, bool tinted, bool header) const
    {
        const std::vector<qreal> widths = plan_.widths;
        const qreal width = sum(widths);
        Block b{0, h, 0, header ? nullptr : header_,
                [texts = std::move(texts), widths, width, h, tinted](QPainter &p, qreal top) {
                    if (tinted)
                        p.fillRect(QRectF(kLeft, top, width, h), kHighlight);
                    paintRuledRow(p, kLeft, top, h, widths, texts);
                }};
        return b;
    }

    Typesetter &ts_;
    const TablePlan &plan_;
    std::shared_ptr<const Block> header_;
};

Block textBlock(const Text &t, qreal gap, qreal x = kLeft)
{
    return {gap, t.height, 0, {}, [t, x](QPainter &p, qreal top) { t.draw(p, x, top); }};
}

QString numberLine(const ReportDocumentDetails &d)
{
    const QString number = clean(d.number);
    if (!number.isEmpty())
        return number;
    const QString suffix = clean(d.numberSuffix);
    return QStringLiteral("Số ") + dots(12) + QLatin1Char('-')
           + (suffix.isEmpty() ? QStringLiteral("BC/") + dots(12) : suffix);
}

// Signature: on the right, who the signer acts for, the title, room to sign,
// the name; one block.
Block signature(Typesetter &ts, const Fonts &f, const ReportDocumentDetails &d, qreal textWidth)
{
    const QString forWhom = clean(d.onBehalfOf).toUpper();
    const Text onBehalf = forWhom.isEmpty() ? Text{} : ts.text(forWhom, f.signature, kRightColumn, Qt::AlignHCenter);
    const Text title = ts.text(orDots(clean(d.signerTitle).toUpper(), 20), f.signature, kRightColumn, Qt::AlignHCenter);
    const QString who = clean(d.signerName);
    const Text name = who.isEmpty() ? Text{} : ts.text(who, f.signature, kRightColumn, Qt::AlignHCenter);
    const qreal signing = mm(25);
    const qreal x = kLeft + textWidth - kRightColumn;
    const qreal height = onBehalf.height + title.height + signing + std::max(name.height, mm(7));
    return {pt(14), height, 0, {}, [=](QPainter &p, qreal top) {
                onBehalf.draw(p, x, top);
                title.draw(p, x, top + onBehalf.height);
                name.draw(p, x, top + onBehalf.height + title.height + signing);
            }};
}

// What stops the report from being painted, as a clause for either message.
QString problem(const Report &report, QString *family)
{
    switch (readiness(family)) {
    case Readiness::Ready: break;
    case Readiness::NoGuiApplication: return Tr::tr("printing needs the program's graphical part (QGuiApplication)");
    case Readiness::NoFont:
        return Tr::tr("the font Liberation Serif is not installed (Debian package fonts-liberation2)");
    }
    if (report.chart) {
        const auto *app = qobject_cast<QApplication *>(QCoreApplication::instance());
        if (!app)
            return Tr::tr("the chart needs the program's graphical part (QApplication)");
        if (QThread::currentThread() != app->thread())
            return Tr::tr("the chart can only be drawn on the program's main thread");
    }
    return {};
}

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

// The chart, scaled onto the page: laid out at the size it is printed (in the
// scene's units, the screen's logical dpi, so that its fonts keep their point
// sizes) and rendered as vectors.
Block chartBlock(const ReportChart &spec, const QString &family, qreal width, qreal height)
{
    auto scene = std::make_shared<QGraphicsScene>();
    QChart *chart = makeChart(spec);
    if (!chart) // not without a QApplication, which paintReport has checked
        return {0, 0, 0, {}, [](QPainter &, qreal) {}};
    scene->addItem(chart); // the scene owns it
    chart->setTitleFont(makeFont(family, 14, true));
    chart->legend()->setFont(makeFont(family, 11));
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsFont(makeFont(family, 10));
        axis->setTitleFont(makeFont(family, 11, true));
    }
    chart->setBackgroundVisible(false);
    // The legend's fixed word in Vietnamese, as the rest of the document.
    if (spec.target)
        for (QAbstractSeries *series : chart->series())
            if (series->type() == QAbstractSeries::SeriesTypeLine)
                series->setName(spec.percent ? QStringLiteral("Mục tiêu %1 %").arg(*spec.target)
                                             : QStringLiteral("Mục tiêu %1").arg(*spec.target));
    const QScreen *screen = QGuiApplication::primaryScreen();
    const qreal sceneDpi = screen ? screen->logicalDotsPerInch() : 96.0;
    const QSizeF size(width * sceneDpi / kDpi, height * sceneDpi / kDpi);
    chart->resize(size);
    if (chart->layout())
        chart->layout()->activate();
    return {0, height, 0, {}, [scene, size, width, height](QPainter &p, qreal top) {
                scene->render(&p, QRectF(kLeft, top, width, height), QRectF(QPointF(0, 0), size), Qt::KeepAspectRatio);
            }};
}

// The tables' widths and fonts, and the orientation they need.
struct Plan {
    bool landscape = false;
    std::vector<TablePlan> tables;
};

Plan plan(Typesetter &ts, const Report &report, const QString &family)
{
    Measure measure(ts);
    Plan p;
    std::vector<TableText> texts;
    const CellFonts regular = cellFonts(family, kCellPoints);
    for (const ReportTable &t : report.tables) {
        texts.push_back(tableText(t));
        if (sum(needs(measure, t, texts.back(), regular).want) > kWidth)
            p.landscape = true;
    }
    const qreal width = p.landscape ? kLandscapeWidth : kWidth;
    for (size_t i = 0; i < texts.size(); ++i) {
        const ReportTable &t = report.tables[qsizetype(i)];
        TablePlan tp{&t, texts[i], regular, {}};
        // The largest size leaving the text columns room to read (numbers and
        // headers at their narrowest); failing that, the largest that fits at all.
        for (const bool comfortable : {true, false}) {
            for (int points = kCellPoints; points >= (comfortable ? kReadablePoints : kSmallestCellPoints); --points) {
                tp.fonts = cellFonts(family, points);
                const ColumnNeeds n = needs(measure, t, tp.text, tp.fonts);
                if (comfortable && roomForText(n) > width)
                    continue;
                tp.widths = fitColumns(n, width);
                if (!tp.widths.empty())
                    break;
            }
            if (!tp.widths.empty())
                break;
        }
        if (tp.widths.empty() && !t.columns.isEmpty()) // words longer than a page: evenly, the text overflowing
            tp.widths.assign(size_t(t.columns.size()), width / qreal(t.columns.size()));
        p.tables.push_back(std::move(tp));
    }
    return p;
}

void compose(Flow &flow, Typesetter &ts, const Fonts &f, const Report &report, const ReportDocumentDetails &details,
             const Plan &plan, const QString &family, qreal width, qreal bodyHeight)
{
    const Heading h = heading(ts, f.heading, details.superiorBody, details.issuingBody, numberLine(details),
                              placeAndDate(clean(details.place), details.date), width);
    flow.add({0, h.height, 0, {}, h.paint});
    flow.add(textBlock(ts.text(QStringLiteral("BÁO CÁO"), f.docType, width, Qt::AlignHCenter), pt(18)));
    flow.add(textBlock(ts.text(clean(report.title).toUpper(), f.title, width, Qt::AlignHCenter), pt(2)));
    QStringList scope;
    for (const QString &s : {clean(report.scopeName), clean(report.periodLabel)})
        if (!s.isEmpty())
            scope << s;
    if (!scope.isEmpty())
        flow.add(textBlock(ts.text(scope.join(QStringLiteral(" – ")), f.scope, width, Qt::AlignHCenter), pt(4)));

    // Notes and signature, laid out first: the last table row goes over with
    // them (or, when the notes are long, the last note with the signature),
    // so the signature never stands alone at the top of a page.
    std::vector<Block> notes;
    const qreal dash = ts.advance(QStringLiteral("- "), f.notes);
    for (const QString &note : report.notes)
        if (!clean(note).isEmpty())
            notes.push_back(
                textBlock(ts.text(QStringLiteral("- ") + clean(note), f.notes, width, Qt::AlignJustify, 0, dash), 0));
    if (!notes.empty())
        notes.insert(notes.begin(), textBlock(ts.text(QStringLiteral("Ghi chú:"), f.notesLabel, width), pt(10)));
    const Block sign = signature(ts, f, details, width);
    qreal tail = sign.gap + sign.height;
    for (const Block &b : notes)
        tail += b.gap + b.height;
    if (notes.size() > 1) {
        notes.front().keepWith = notes[1].height;
        notes.back().keepWith = sign.gap + sign.height;
    }

    std::vector<Block> blocks;
    for (const TablePlan &tp : plan.tables) {
        const TableBlocks table(ts, tp);
        std::vector<Block> rows;
        for (qsizetype r = 0; r < tp.table->rows.size(); ++r)
            rows.push_back(table.row(r));
        if (rows.empty())
            rows.push_back(table.spanning(QStringLiteral("(Không có số liệu)")));
        // Title, subtitle and header stay with the first row.
        const Block header = *table.headerBlock();
        std::vector<Block> head;
        const qreal gap = pt(12);
        if (!clean(tp.table->title).isEmpty())
            head.push_back(textBlock(ts.text(clean(tp.table->title), f.tableTitle, width), gap));
        if (!clean(tp.table->subtitle).isEmpty())
            head.push_back(
                textBlock(ts.text(clean(tp.table->subtitle), f.tableSubtitle, width), head.empty() ? gap : 0));
        head.push_back({head.empty() ? gap : pt(4), header.height, 0, {}, header.paint});
        qreal after = rows.front().height;
        for (auto it = head.rbegin(); it != head.rend(); ++it) {
            it->keepWith = after;
            after += it->gap + it->height;
        }
        blocks.insert(blocks.end(), head.begin(), head.end());
        blocks.insert(blocks.end(), rows.begin(), rows.end());
    }
    if (!blocks.empty() && tail <= bodyHeight / 2) // the last row of the last table
        blocks.back().keepWith = tail;
    for (const Block &b : blocks)
        flow.add(b);
    for (const Block &b : notes)
        flow.add(b);
    flow.add(sign);

    if (report.chart) {
        flow.breakPage();
        flow.add(chartBlock(*report.chart, family, width, std::min(bodyHeight, width * 0.62)));
    }
}

} // namespace

ReportDocumentDetails defaultDocumentDetails(const storage::Database &db, const Report &report, const QDate &date)
{
    ReportDocumentDetails d;
    d.date = date;
    const storage::OrganisationRepository orgs(db);
    const auto scope = orgs.byCode(report.scopeCode);
    if (!scope)
        return d;
    const auto parent = scope->parentId > 0 ? orgs.byId(scope->parentId) : std::nullopt;
    std::optional<Organisation> province = scope;
    while (province && province->parentId > 0)
        province = orgs.byId(province->parentId);
    d.place = province ? placeOf(province->name) : QString();

    const QString committee = committeeOf(scope->name);
    const bool cell = scope->name.startsWith(QStringLiteral("Chi bộ"));
    switch (scope->level) {
    case OrgLevel::Province:
        // The provincial committee's reports of this kind come from its
        // Organization Board (Ban Tổ chức), as Guideline 08-HD/BTCTU did; the
        // head of the board signs in the board's own name.
        d.superiorBody = committee.toUpper();
        d.issuingBody = QStringLiteral("BAN TỔ CHỨC");
        d.numberSuffix = QStringLiteral("BC/BTCTU");
        d.signerTitle = QStringLiteral("TRƯỞNG BAN");
        return d;
    case OrgLevel::District:
        d.numberSuffix = committee.startsWith(QStringLiteral("Thành ủy")) ? QStringLiteral("BC/TU")
                         : committee.startsWith(QStringLiteral("Thị ủy")) ? QStringLiteral("BC/ThU")
                                                                          : QStringLiteral("BC/HU");
        d.onBehalfOf = QStringLiteral("T/M BAN THƯỜNG VỤ");
        break;
    case OrgLevel::Commune:
    case OrgLevel::Cell:
    case OrgLevel::Workplace:
        d.numberSuffix = cell ? QStringLiteral("BC/CB") : QStringLiteral("BC/ĐU");
        d.onBehalfOf = cell ? QStringLiteral("T/M CHI ỦY") : QStringLiteral("T/M ĐẢNG ỦY");
        break;
    }
    d.superiorBody = parent ? committeeOf(parent->name).toUpper() : QString();
    d.issuingBody = committee.toUpper();
    d.signerTitle = QStringLiteral("BÍ THƯ");
    return d;
}

bool paintReport(const Report &report, const ReportDocumentDetails &details, QPagedPaintDevice &device,
                 const std::function<bool(int done, int total)> &progress, QString *error)
{
    if (error)
        error->clear();
    QString family;
    const QString why = problem(report, &family);
    if (!why.isEmpty())
        return fail(error, Tr::tr("Cannot print the report: %1.").arg(why));

    // Laid out at kDpi: on the device itself, or, when it has another
    // resolution, on an image of kDpi and painted scaled.
    const int dpi = device.logicalDpiX();
    QImage reference;
    QPaintDevice *layoutDevice = &device;
    if (dpi != kDpi) {
        reference = QImage(1, 1, QImage::Format_ARGB32);
        reference.setDotsPerMeterX(qRound(kDpi / 0.0254));
        reference.setDotsPerMeterY(qRound(kDpi / 0.0254));
        layoutDevice = &reference;
    }
    Typesetter ts(layoutDevice);
    const Fonts fonts = makeFonts(family);
    const Plan p = plan(ts, report, family);
    const qreal width = p.landscape ? kLandscapeWidth : kWidth;
    const qreal height = p.landscape ? kLandscapeHeight : kHeight;

    // The document keeps its own margins: the device prints the whole page.
    const QPageLayout layout(QPageSize(QPageSize::A4), p.landscape ? QPageLayout::Landscape : QPageLayout::Portrait,
                             QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
    if (!device.setPageLayout(layout)) {
        // A printer may insist on margins of its own: keep the size and turn the page.
        device.setPageSize(QPageSize(QPageSize::A4));
        device.setPageOrientation(layout.orientation());
    }

    const qreal bodyHeight = height - footerSpace(ts, fonts.footer);
    Flow flow(bodyHeight);
    compose(flow, ts, fonts, report, details, p, family, width, bodyHeight);

    QPainter painter;
    if (!painter.begin(&device))
        return fail(error, Tr::tr("Cannot print the report: the printer or file could not be opened."));
    if (dpi != kDpi)
        painter.scale(qreal(dpi) / kDpi, qreal(dpi) / kDpi);
    // The painter starts at the printable area's corner; the layout measures from the page's.
    const QRectF printable = device.pageLayout().paintRect(QPageLayout::Point);
    painter.translate(-pt(printable.left()), -pt(printable.top()));
    const bool done = paintPages(painter, device, ts, flow, fonts.footer, width, height, progress);
    painter.end();
    return done;
}

bool writeReportPdf(const Report &report, const ReportDocumentDetails &details, const QString &pdfPath,
                    const std::function<bool(int done, int total)> &progress, QString *error)
{
    if (error)
        error->clear();
    const QString shown = QDir::toNativeSeparators(pdfPath);
    QString family;
    const QString why = problem(report, &family);
    if (!why.isEmpty())
        return fail(error, Tr::tr("Cannot write the report to %1: %2.").arg(shown, why));

    QSaveFile file(pdfPath);
    if (!file.open(QIODevice::WriteOnly))
        return fail(error, Tr::tr("Cannot write the report to %1: %2").arg(shown, file.errorString()));
    QString paintError;
    bool painted = false;
    {
        QPdfWriter writer(&file);
        setUpWriter(writer, clean(report.title));
        painted = paintReport(report, details, writer, progress, &paintError);
    }
    if (!painted) {
        file.cancelWriting(); // the temporary file goes with `file`
        if (paintError.isEmpty()) // cancelled
            return false;
        // What is left once the checks above passed: the writer would not open.
        return fail(error, Tr::tr("Cannot write the report to %1.").arg(shown));
    }
    if (!file.commit())
        return fail(error, Tr::tr("Cannot write the report to %1: %2").arg(shown, file.errorString()));
    return true;
}

} // namespace cutru::reports
