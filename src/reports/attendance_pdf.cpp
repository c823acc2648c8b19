#include "reports/attendance_pdf.h"

#include "reports/official_document.h"

#include <QCoreApplication>
#include <QDir>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextLine>
#include <algorithm>
#include <functional>
#include <memory>
#include <vector>

// The sheets are official Vietnamese party documents (Guideline 36-HD/VPTW),
// always in Vietnamese whatever the interface language: their text is plain
// QStringLiteral; only the error messages, which the program's user reads, are
// translated.

namespace cutru::reports {

using namespace official;

namespace {

// The context is declared, not passed, so that lupdate files the strings under it.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cutru::reports::AttendanceSheets)
};

using Row = AttendanceDocument::Row;

struct Fonts {
    HeadingFonts heading;
    QFont title, subject, body, bodyBold, bodyItalic, cell, cellBold, cellSection, signature, footer;
};

Fonts makeFonts(const QString &family)
{
    Fonts f;
    f.heading = {makeFont(family, 14), makeFont(family, 14, true), makeFont(family, 14), makeFont(family, 15, true),
                 makeFont(family, 14, false, true)};
    f.title = makeFont(family, 16, true);
    f.subject = makeFont(family, 14, true);
    f.body = makeFont(family, 14);
    f.bodyBold = makeFont(family, 14, true);
    f.bodyItalic = makeFont(family, 14, false, true);
    // Tables at 12 pt: five or six columns across 165 mm.
    f.cell = makeFont(family, 12);
    f.cellBold = makeFont(family, 12, true);
    f.cellSection = makeFont(family, 12, true, true);
    f.signature = makeFont(family, 14, true);
    f.footer = makeFont(family, 12);
    return f;
}

Block textBlock(const Text &t, qreal gap, qreal x = kLeft)
{
    return {gap, t.height, 0, {}, [t, x](QPainter &p, qreal top) { t.draw(p, x, top); }};
}

// A paragraph as one block per line, so that long minutes run over pages.
void appendLines(std::vector<Block> &out, const Text &t, qreal gap, qreal x = kLeft)
{
    if (!t.layout)
        return;
    for (int i = 0; i < t.layout->lineCount(); ++i) {
        const auto layout = t.layout;
        out.push_back({i == 0 ? gap : 0, t.layout->lineAt(i).height(), 0, {}, [layout, i, x](QPainter &p, qreal top) {
                           const QTextLine l = layout->lineAt(i);
                           l.draw(&p, QPointF(x, top - l.y()));
                       }});
    }
}

// Free text as entered (several paragraphs, line breaks): one justified
// paragraph per non-empty line; blank lines to fill in by hand when empty.
std::vector<Block> paragraphs(Typesetter &ts, const Fonts &f, const QString &text, qreal gap)
{
    std::vector<Block> out;
    QString normalised = text;
    normalised.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(QLatin1Char('\r'), QLatin1Char('\n'));
    for (const QString &paragraph : normalised.split(QLatin1Char('\n'))) {
        const QString s = clean(paragraph);
        if (!s.isEmpty())
            appendLines(out, ts.text(s, f.body, kWidth, Qt::AlignJustify, kIndent), out.empty() ? gap : 0);
    }
    if (out.empty()) {
        const qreal room = kWidth - mm(1);
        const QString line(int(room / ts.advance(QString(kEllipsis), f.body)), kEllipsis);
        for (int i = 0; i < 3; ++i)
            out.push_back(textBlock(ts.text(line, f.body, kWidth), i == 0 ? gap : 0));
    }
    return out;
}

// "Label: value" with the label bold.
Text labelled(Typesetter &ts, const Fonts &f, const QString &label, const QString &value)
{
    return ts.text(label + QLatin1Char(' ') + value, f.body, kWidth, Qt::AlignLeft, 0, 0, Span{0, int(label.size())});
}

struct Column {
    QString title;
    qreal width;
    Qt::Alignment align;
};

// A ruled table whose rows are blocks; every row carries the header row, which
// the flow draws again at the top of each page the table reaches.
class Table {
public:
    Table(Typesetter &ts, const Fonts &f, std::vector<Column> columns, qreal minRowHeight)
        : ts_(ts), f_(f), columns_(std::move(columns)), minRow_(minRowHeight)
    {
        QStringList titles;
        for (const Column &c : columns_)
            titles << c.title;
        header_ = std::make_shared<const Block>(rowBlock(titles, f_.cellBold, true, 0));
    }

    // The header row as a block of its own, kept with the first row.
    Block header(qreal gap, qreal firstRowHeight) const
    {
        Block b = *header_;
        b.gap = gap;
        b.keepWith = firstRowHeight;
        return b;
    }

    Block row(const QStringList &cells) const
    {
        Block b = rowBlock(cells, f_.cell, false, minRow_);
        b.repeat = header_;
        return b;
    }

    // A row across all columns: a group's name, or a note that there are no rows.
    Block spanning(const QString &text, qreal keepWith) const
    {
        const Text t = ts_.text(text, f_.cellSection, kWidth - 2 * kPadX);
        const qreal h = t.height + 2 * kPadY;
        Block b{0, h, keepWith, header_, [t, h](QPainter &p, qreal top) {
                    p.setPen(QPen(Qt::black, kRule));
                    p.drawRect(QRectF(kLeft, top, kWidth, h));
                    t.draw(p, kLeft + kPadX, top + kPadY);
                }};
        return b;
    }

private:

    Block rowBlock(const QStringList &cells, const QFont &font, bool head, qreal minHeight) const
    {
        std::vector<Text> texts;
        qreal h = minHeight;
        for (size_t i = 0; i < columns_.size(); ++i) {
            const Column &c = columns_[i];
            const QString s = i < size_t(cells.size()) ? clean(cells[int(i)]) : QString();
            texts.push_back(s.isEmpty() ? Text{} : ts_.text(s, font, c.width - 2 * kPadX, head ? Qt::AlignHCenter : c.align));
            h = std::max(h, texts.back().height + 2 * kPadY);
        }
        std::vector<qreal> widths;
        for (const Column &c : columns_)
            widths.push_back(c.width);
        return {0, h, 0, {}, [texts, widths, h](QPainter &p, qreal top) { paintRuledRow(p, kLeft, top, h, widths, texts); }};
    }

    Typesetter &ts_;
    const Fonts &f_;
    std::vector<Column> columns_;
    qreal minRow_;
    std::shared_ptr<const Block> header_;
};

// The column of width 0 takes what the others leave, so the table is exactly
// the text width.
std::vector<Column> columns(std::vector<Column> cs)
{
    qreal used = 0;
    for (const Column &c : cs)
        used += c.width;
    for (Column &c : cs)
        if (c.width == 0)
            c.width = kWidth - used;
    return cs;
}

// "Sinh hoạt định kỳ ngày 05/03/2012, tại Nhà văn hóa thôn Đoài Thọ"
QString meetingLine(const AttendanceDocument &d)
{
    const QString kind = clean(d.kind);
    return QStringLiteral("%1 ngày %2, tại %3")
        .arg(kind.isEmpty() ? QStringLiteral("Sinh hoạt") : kind, dayMonthYear(d.date), orDots(clean(d.venue), 30));
}

// Heading, title and meeting line: the top of the first page.
void addTop(Flow &flow, Typesetter &ts, const Fonts &f, const AttendanceDocument &d, const QString &title)
{
    const Heading h = heading(ts, f.heading, d.superiorBody, d.cellName, {}, placeAndDate(clean(d.place), d.date));
    flow.add({0, h.height, 0, {}, h.paint});
    flow.add(textBlock(ts.text(title, f.title, kWidth, Qt::AlignHCenter), pt(18)));
    flow.add(textBlock(ts.text(meetingLine(d), f.subject, kWidth, Qt::AlignHCenter), pt(4)));
}

// The members' rows: the referred members, then (under group rows, when the
// secretary added any) the cell's own members; numbered straight through.
void addRows(Flow &flow, const Table &table, const AttendanceDocument &d, qreal gap, qreal keepLastWith,
             const std::function<QStringList(int no, const Row &)> &cells)
{
    std::vector<Block> blocks;
    int no = 0;
    const bool groups = !d.ownMembers.isEmpty();
    auto group = [&](const QList<Row> &rows, const QString &name) {
        if (rows.isEmpty())
            return;
        std::vector<Block> part;
        for (const Row &r : rows)
            part.push_back(table.row(cells(++no, r)));
        if (groups)
            blocks.push_back(table.spanning(name, part.front().height));
        blocks.insert(blocks.end(), part.begin(), part.end());
    };
    group(d.members, QStringLiteral("Đảng viên đang công tác được giới thiệu về sinh hoạt nơi cư trú"));
    group(d.ownMembers, QStringLiteral("Đảng viên của chi bộ"));
    if (blocks.empty())
        blocks.push_back(table.spanning(QStringLiteral("(Không có đảng viên phải dự sinh hoạt)"), 0));
    blocks.back().keepWith = std::max(blocks.back().keepWith, keepLastWith);
    flow.add(table.header(gap, blocks.front().height + blocks.front().keepWith));
    for (const Block &b : blocks)
        flow.add(b);
}

// Signatures: the committee on the right, optionally the minute-taker on the
// left, with room to sign; one block, never split from its signing space.
Block signatures(Typesetter &ts, const Fonts &f, bool minuteTaker)
{
    const Text forWhom = ts.text(QStringLiteral("T/M CHI ỦY"), f.signature, kRightColumn, Qt::AlignHCenter);
    const Text title = ts.text(QStringLiteral("BÍ THƯ"), f.signature, kRightColumn, Qt::AlignHCenter);
    const Text taker = minuteTaker ? ts.text(QStringLiteral("NGƯỜI GHI BIÊN BẢN"), f.signature, kLeftColumn,
                                             Qt::AlignHCenter)
                                   : Text{};
    const qreal height = forWhom.height + title.height + mm(25);
    return {pt(14), height, 0, {}, [=](QPainter &p, qreal top) {
                taker.draw(p, kLeft, top + forWhom.height);
                forWhom.draw(p, kLeft + kRightColumnX, top);
                title.draw(p, kLeft + kRightColumnX, top + forWhom.height);
            }};
}

void composeSignInSheet(Flow &flow, Typesetter &ts, const Fonts &f, const AttendanceDocument &d)
{
    addTop(flow, ts, f, d, QStringLiteral("DANH SÁCH ĐẢNG VIÊN DỰ SINH HOẠT"));
    const Table table(ts, f,
                      columns({{QStringLiteral("STT"), mm(12), Qt::AlignHCenter},
                               {QStringLiteral("Họ và tên"), mm(50), Qt::AlignLeft},
                               {QStringLiteral("Số thẻ đảng viên"), mm(28), Qt::AlignHCenter},
                               {QStringLiteral("Nơi công tác"), mm(45), Qt::AlignLeft},
                               {QStringLiteral("Ký tên"), 0, Qt::AlignLeft}}), // the rest
                      mm(10)); // room for a signature
    // The last row goes over with the signatures rather than leave them alone on a page.
    const Block sign = signatures(ts, f, false);
    addRows(flow, table, d, pt(12), sign.gap + sign.height, [](int no, const Row &r) {
        return QStringList{QString::number(no), r.name, r.partyCardNo, r.workplace, QString()};
    });
    flow.add(sign);
}

QString percent(int part, int whole)
{
    // One decimal, Vietnamese decimal comma; a no-break space keeps "%" with its number.
    return QString::number(100.0 * part / whole, 'f', 1).replace(QLatin1Char('.'), QLatin1Char(','))
           + QChar(QChar::Nbsp) + QLatin1Char('%');
}

void composeRecord(Flow &flow, Typesetter &ts, const Fonts &f, const AttendanceDocument &d)
{
    addTop(flow, ts, f, d, QStringLiteral("BIÊN BẢN SINH HOẠT CHI BỘ"));

    flow.add(textBlock(labelled(ts, f, QStringLiteral("Chủ trì:"), orDots(clean(d.chairedBy), 40)), pt(12)));

    // Agenda: the checked items, then the notes.
    {
        const Text head = ts.text(QStringLiteral("Nội dung sinh hoạt:"), f.bodyBold, kWidth);
        const qreal dash = ts.advance(QStringLiteral("- "), f.body);
        std::vector<Text> items;
        for (const QString &item : d.agendaItems) {
            const QString s = clean(item);
            if (!s.isEmpty())
                items.push_back(ts.text(QStringLiteral("- ") + s, f.body, kWidth, Qt::AlignLeft, kIndent, kIndent + dash));
        }
        Block b = textBlock(head, pt(6));
        b.keepWith = items.empty() ? 0 : items.front().height;
        flow.add(b);
        for (const Text &t : items)
            flow.add(textBlock(t, 0));
        if (!clean(d.agendaNotes).isEmpty() || items.empty())
            for (const Block &line : paragraphs(ts, f, d.agendaNotes, 0))
                flow.add(line);
    }

    // Attendance.
    {
        // The status column as wide as the longest status, so that none wraps
        // ("Vắng không lý do"); the workplace column takes the rest.
        qreal status = ts.advance(QStringLiteral("Vắng không lý do"), f.cell);
        for (const QList<Row> *rows : {&d.members, &d.ownMembers})
            for (const Row &r : *rows)
                status = std::max(status, ts.advance(clean(r.status), f.cell));
        status = std::min(status + mm(3.5), mm(40)); // the cell padding and a little air
        const Table table(ts, f,
                          columns({{QStringLiteral("STT"), mm(10), Qt::AlignHCenter},
                                   {QStringLiteral("Họ và tên"), mm(40), Qt::AlignLeft},
                                   {QStringLiteral("Số thẻ"), mm(20), Qt::AlignHCenter},
                                   {QStringLiteral("Nơi công tác"), 0, Qt::AlignLeft},
                                   {QStringLiteral("Tình hình tham dự"), status, Qt::AlignLeft},
                                   {QStringLiteral("Lý do"), mm(26), Qt::AlignLeft}}),
                          mm(7));
        const Text head = ts.text(QStringLiteral("Đảng viên dự sinh hoạt:"), f.bodyBold, kWidth);
        Block b = textBlock(head, pt(6));
        b.keepWith = table.header(0, 0).height + mm(7);
        flow.add(b);
        addRows(flow, table, d, pt(4), 0, [](int no, const Row &r) {
            return QStringList{QString::number(no), r.name, r.partyCardNo, r.workplace, r.status, r.reason};
        });
    }

    // Exempt members: named, apart, and not in the figures.
    if (!d.exempt.isEmpty()) {
        std::vector<Text> items;
        int no = 0;
        for (const Row &r : d.exempt) {
            QString s = QStringLiteral("%1. %2").arg(++no).arg(orDots(clean(r.name)));
            if (!clean(r.workplace).isEmpty())
                s += QStringLiteral(" – ") + clean(r.workplace);
            if (!clean(r.reason).isEmpty())
                s += QStringLiteral(" – Lý do: ") + clean(r.reason);
            const qreal hang = ts.advance(QStringLiteral("%1. ").arg(no), f.body);
            items.push_back(ts.text(s, f.body, kWidth, Qt::AlignLeft, kIndent, kIndent + hang));
        }
        Block b = textBlock(ts.text(QStringLiteral("Đảng viên được miễn sinh hoạt (không tính):"), f.bodyBold, kWidth),
                            pt(8));
        b.keepWith = items.front().height;
        flow.add(b);
        for (const Text &t : items)
            flow.add(textBlock(t, 0));
    }

    // Figures.
    {
        QString totals = QStringLiteral("Tổng số phải dự: %1; có mặt: %2; vắng có lý do: %3; vắng không lý do: %4")
                             .arg(d.expected)
                             .arg(d.present)
                             .arg(d.absentExcused)
                             .arg(d.absentUnexcused);
        // No rate when nobody was expected: 0 % would read as everyone absent.
        if (d.expected > 0)
            totals += QStringLiteral("; tỷ lệ: ") + percent(d.present, d.expected);
        totals += QLatin1Char('.');
        flow.add(textBlock(ts.text(totals, f.body, kWidth), pt(8)));
        flow.add(textBlock(
            ts.text(QStringLiteral("Nhân dân, khách mời dự (ngoài đảng viên): %1 người.").arg(d.guests), f.body, kWidth),
            0));
    }

    // Minutes; their last line goes over with the signatures rather than leave
    // them alone on a page.
    {
        std::vector<Block> lines = paragraphs(ts, f, d.minutes, 0);
        Block b = textBlock(ts.text(QStringLiteral("Diễn biến sinh hoạt:"), f.bodyBold, kWidth), pt(8));
        b.keepWith = lines.front().height;
        flow.add(b);
        const Block sign = signatures(ts, f, true);
        lines.back().keepWith = sign.gap + sign.height;
        for (const Block &line : lines)
            flow.add(line);
        flow.add(sign);
    }
}

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

enum class Kind { SignInSheet, Record };

bool write(Kind kind, const AttendanceDocument &doc, const QString &pdfPath, QString *error)
{
    if (error)
        error->clear();
    const QString shown = QDir::toNativeSeparators(pdfPath);
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
    // Full sentences per document, so that translators see each whole.
    auto cannotWrite = [&](const QString &why) {
        if (kind == Kind::SignInSheet)
            return why.isEmpty() ? Tr::tr("Cannot write the sign-in sheet to %1.").arg(shown)
                                 : Tr::tr("Cannot write the sign-in sheet to %1: %2").arg(shown, why);
        return why.isEmpty() ? Tr::tr("Cannot write the attendance record to %1.").arg(shown)
                             : Tr::tr("Cannot write the attendance record to %1: %2").arg(shown, why);
    };

    QSaveFile file(pdfPath);
    if (!file.open(QIODevice::WriteOnly))
        return fail(error, cannotWrite(file.errorString()));
    {
        QPdfWriter writer(&file);
        setUpWriter(writer, kind == Kind::SignInSheet ? QStringLiteral("Danh sách đảng viên dự sinh hoạt")
                                                      : QStringLiteral("Biên bản sinh hoạt chi bộ"));
        QPainter painter;
        if (!painter.begin(&writer)) {
            file.cancelWriting();
            return fail(error, cannotWrite({}));
        }
        Typesetter ts(&writer);
        const Fonts fonts = makeFonts(family);

        // Everything is laid out first: the page numbers need the page count.
        Flow flow(kHeight - footerSpace(ts, fonts.footer));
        if (kind == Kind::SignInSheet)
            composeSignInSheet(flow, ts, fonts, doc);
        else
            composeRecord(flow, ts, fonts, doc);
        paintPages(painter, writer, ts, flow, fonts.footer);
        painter.end();
    }
    if (!file.commit())
        return fail(error, cannotWrite(file.errorString()));
    return true;
}

} // namespace

bool writeSignInSheet(const AttendanceDocument &doc, const QString &pdfPath, QString *error)
{
    return write(Kind::SignInSheet, doc, pdfPath, error);
}

bool writeAttendanceRecord(const AttendanceDocument &doc, const QString &pdfPath, QString *error)
{
    return write(Kind::Record, doc, pdfPath, error);
}

} // namespace cutru::reports
