#include "reports/official_document.h"

#include <QCoreApplication>
#include <QFile>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QTextOption>
#include <algorithm>

namespace cutru::reports::official {

QString fontFamily()
{
    // Registered once per process (C++ guarantees one initialisation even across
    // threads). The system copy serves if the files are elsewhere.
    static const QString family = [] {
        const QStringList dirs{QStringLiteral("/usr/share/fonts/truetype/liberation2/"),
                               QStringLiteral("/usr/share/fonts/truetype/liberation/")};
        const char *const files[] = {"LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf",
                                     "LiberationSerif-Italic.ttf", "LiberationSerif-BoldItalic.ttf"};
        QString found;
        for (const QString &dir : dirs) {
            for (const char *file : files) {
                const QString path = dir + QLatin1String(file);
                if (!QFile::exists(path))
                    continue;
                const int id = QFontDatabase::addApplicationFont(path);
                if (id >= 0 && found.isEmpty() && !QFontDatabase::applicationFontFamilies(id).isEmpty())
                    found = QFontDatabase::applicationFontFamilies(id).first();
            }
            if (!found.isEmpty())
                break;
        }
        if (found.isEmpty() && QFontDatabase::families().contains(QStringLiteral("Liberation Serif")))
            found = QStringLiteral("Liberation Serif");
        return found;
    }();
    return family;
}

QFont makeFont(const QString &family, qreal points, bool bold, bool italic)
{
    QFont f(family);
    f.setPointSizeF(points);
    f.setBold(bold);
    f.setItalic(italic);
    f.setHintingPreference(QFont::PreferNoHinting); // metrics as printed, not as on screen
    return f;
}

Readiness readiness(QString *family)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return Readiness::NoGuiApplication;
    const QString f = fontFamily();
    if (f.isEmpty())
        return Readiness::NoFont;
    if (family)
        *family = f;
    return Readiness::Ready;
}

void setUpWriter(QPdfWriter &writer, const QString &title)
{
    writer.setResolution(kDpi);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("CuTru"));
}

QString clean(const QString &s)
{
    return s.normalized(QString::NormalizationForm_C).simplified();
}

QString dots(int n)
{
    return QString(std::max(1, n / 3), kEllipsis);
}

QString orDots(const QString &s, int n)
{
    return s.isEmpty() ? dots(n) : s;
}

QString dayMonthYear(const QDate &d)
{
    return d.isValid() ? d.toString(QStringLiteral("dd/MM/yyyy")) : dots(20);
}

QString placeAndDate(const QString &place, const QDate &d)
{
    const QString where = place.isEmpty() ? dots(16) : place;
    if (!d.isValid())
        return QStringLiteral("%1, ngày %2 tháng %3 năm %4").arg(where, dots(6), dots(6), dots(8));
    return QStringLiteral("%1, ngày %2 tháng %3 năm %4").arg(where).arg(d.day()).arg(d.month()).arg(d.year());
}

QString committeeOf(const QString &organisationName)
{
    if (organisationName.startsWith(QStringLiteral("Đảng bộ ")))
        return QStringLiteral("Đảng ủy ") + organisationName.mid(8);
    if (organisationName.startsWith(QStringLiteral("Chi bộ ")))
        return QStringLiteral("Chi ủy ") + organisationName.mid(7);
    return organisationName;
}

QString placeName(const QString &organisationName)
{
    for (const QString &prefix : {QStringLiteral("Chi bộ "), QStringLiteral("Đảng bộ ")})
        if (organisationName.startsWith(prefix))
            return organisationName.mid(prefix.size());
    return organisationName;
}

QString placeOf(const QString &organisationName)
{
    QString place = organisationName;
    for (const QString &committee : {QStringLiteral("Tỉnh ủy "), QStringLiteral("Thành ủy ")})
        if (place.startsWith(committee))
            return place.mid(committee.size());
    place = placeName(place);
    for (const QString &kind : {QStringLiteral("tỉnh "), QStringLiteral("thành phố "), QStringLiteral("xã "),
                                QStringLiteral("phường "), QStringLiteral("thị trấn "), QStringLiteral("đặc khu ")})
        if (place.startsWith(kind))
            return place.mid(kind.size());
    return place;
}

void Text::draw(QPainter &p, qreal x, qreal top) const
{
    if (layout)
        layout->draw(&p, QPointF(x, top));
}

Text Typesetter::text(const QString &s, const QFont &font, qreal width, Qt::Alignment align, qreal firstIndent,
                      qreal restIndent, Span bold)
{
    QString key;
    const bool cacheable = bold.length == 0;
    if (cacheable) {
        key = font.key() + QLatin1Char('|') + QString::number(width) + QLatin1Char('|') + QString::number(int(align))
              + QLatin1Char('|') + QString::number(firstIndent) + QLatin1Char('|') + QString::number(restIndent)
              + QLatin1Char('|') + s;
        const auto it = cache_.constFind(key);
        if (it != cache_.constEnd())
            return *it;
    }
    Text t;
    t.layout = std::make_shared<QTextLayout>(s, font, device_);
    QTextOption option(align);
    option.setWrapMode(QTextOption::WordWrap);
    t.layout->setTextOption(option);
    if (bold.length > 0) {
        QTextCharFormat f;
        f.setFontWeight(QFont::Bold);
        t.layout->setFormats({QTextLayout::FormatRange{bold.start, bold.length, f}});
    }
    t.layout->setCacheEnabled(true);
    t.layout->beginLayout();
    qreal y = 0;
    bool first = true;
    for (;;) {
        QTextLine line = t.layout->createLine();
        if (!line.isValid())
            break;
        const qreal indent = first ? firstIndent : restIndent;
        line.setLeadingIncluded(true);
        line.setLineWidth(width - indent);
        line.setPosition(QPointF(indent, y));
        y += line.height();
        t.width = std::max(t.width, indent + line.naturalTextWidth());
        first = false;
    }
    t.layout->endLayout();
    t.height = y;
    if (cacheable) {
        if (cache_.size() >= kCacheLimit) // most entries are one member's details: start afresh
            cache_.clear();
        cache_.insert(key, t);
    }
    return t;
}

qreal Typesetter::advance(const QString &s, const QFont &font) const
{
    return QFontMetricsF(font, device_).horizontalAdvance(s);
}

Heading heading(Typesetter &ts, const HeadingFonts &fonts, const QString &superiorBody, const QString &issuingBody,
                const QString &numberLine, const QString &placeDateLine, qreal textWidth)
{
    const qreal rightX = textWidth - kRightColumn; // kRightColumnX on a portrait page
    const Text superior = ts.text(clean(superiorBody).toUpper(), fonts.superior, kLeftColumn, Qt::AlignHCenter);
    const Text issuing = ts.text(clean(issuingBody).toUpper(), fonts.issuing, kLeftColumn, Qt::AlignHCenter);
    const Text star = ts.text(QStringLiteral("*"), fonts.plain, kLeftColumn, Qt::AlignHCenter);
    const Text no = numberLine.isEmpty() ? Text{} : ts.text(numberLine, fonts.plain, kLeftColumn, Qt::AlignHCenter);
    const Text party = ts.text(QStringLiteral("ĐẢNG CỘNG SẢN VIỆT NAM"), fonts.partyName, kRightColumn, Qt::AlignHCenter);
    const Text date = ts.text(placeDateLine, fonts.dateLine, kRightColumn, Qt::AlignHCenter);
    const qreal numberTop = superior.height + issuing.height + star.height;
    const qreal ruleY = party.height + pt(1);
    // The date sits level with the number, or under the rule if that is lower.
    const qreal dateTop = std::max(numberTop, ruleY + pt(8));
    const qreal partyWidth = party.layout->lineAt(0).naturalTextWidth();
    Heading h;
    h.height = std::max(numberTop + no.height, dateTop + date.height);
    h.paint = [=](QPainter &p, qreal top) {
        superior.draw(p, kLeft, top);
        issuing.draw(p, kLeft, top + superior.height);
        star.draw(p, kLeft, top + superior.height + issuing.height);
        no.draw(p, kLeft, top + numberTop);
        party.draw(p, kLeft + rightX, top);
        const qreal x0 = kLeft + rightX + (kRightColumn - partyWidth) / 2;
        p.setPen(QPen(Qt::black, pt(0.75)));
        p.drawLine(QPointF(x0, top + ruleY), QPointF(x0 + partyWidth, top + ruleY));
        date.draw(p, kLeft + rightX, top + dateTop);
    };
    return h;
}

Flow::Flow(qreal bodyHeight) : body_(bodyHeight)
{
    pages_.emplace_back();
}

void Flow::add(const Block &b)
{
    if (!atTop_ && y_ + b.gap + b.height + b.keepWith > body_)
        breakPage();
    const bool opening = atTop_;
    if (opening && b.repeat)
        place(*b.repeat, 0);
    place(b, opening ? 0 : b.gap);
}

void Flow::breakPage()
{
    if (atTop_)
        return;
    pages_.emplace_back();
    y_ = 0;
    atTop_ = true;
}

void Flow::place(const Block &b, qreal gap)
{
    y_ += gap;
    // Only text far longer than anything real (a reason running to a page)
    // is taller than a page: shrink it rather than cut it off.
    const qreal scale = (y_ + b.height > body_ && b.height > 0) ? std::max(0.1, (body_ - y_) / b.height) : 1.0;
    pages_.back().push_back({y_, scale, b.paint});
    y_ += b.height * scale;
    atTop_ = false;
}

qreal footerSpace(Typesetter &ts, const QFont &footer)
{
    return ts.text(QStringLiteral("Trang 1/1"), footer, kWidth).height + pt(8);
}

bool paintPages(QPainter &painter, QPagedPaintDevice &device, Typesetter &ts, const Flow &flow, const QFont &footer,
                qreal width, qreal height, const std::function<bool(int done, int total)> &progress)
{
    const auto &pages = flow.pages();
    const int total = int(pages.size());
    for (int i = 0; i < total; ++i) {
        if (i > 0)
            device.newPage();
        for (const Flow::Placed &placed : pages[size_t(i)]) {
            const qreal top = kTop + placed.top;
            if (placed.scale < 1) {
                painter.save();
                painter.translate(kLeft, top);
                painter.scale(placed.scale, placed.scale);
                painter.translate(-kLeft, -top);
            }
            placed.paint(painter, top);
            if (placed.scale < 1)
                painter.restore();
        }
        // Bottom right, inside the text area.
        const Text number = ts.text(QStringLiteral("Trang %1/%2").arg(i + 1).arg(total), footer, width, Qt::AlignRight);
        number.draw(painter, kLeft, kTop + height - number.height);
        if (progress && !progress(i + 1, total))
            return false;
    }
    return true;
}

void paintRuledRow(QPainter &p, qreal left, qreal top, qreal height, const std::vector<qreal> &widths,
                   const std::vector<Text> &texts)
{
    qreal width = 0;
    for (qreal w : widths)
        width += w;
    p.setPen(QPen(Qt::black, kRule));
    p.drawRect(QRectF(left, top, width, height));
    qreal x = left;
    for (size_t i = 0; i < widths.size() && i < texts.size(); ++i) {
        if (i > 0)
            p.drawLine(QPointF(x, top), QPointF(x, top + height));
        texts[i].draw(p, x + kPadX, top + (height - texts[i].height) / 2);
        x += widths[i];
    }
}

} // namespace cutru::reports::official
