#include "reports/official_document.h"

#include <QCoreApplication>
#include <QFile>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QGuiApplication>
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
                const QString &numberLine, const QString &placeDateLine)
{
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
        party.draw(p, kLeft + kRightColumnX, top);
        const qreal x0 = kLeft + kRightColumnX + (kRightColumn - partyWidth) / 2;
        p.setPen(QPen(Qt::black, pt(0.75)));
        p.drawLine(QPointF(x0, top + ruleY), QPointF(x0 + partyWidth, top + ruleY));
        date.draw(p, kLeft + kRightColumnX, top + dateTop);
    };
    return h;
}

} // namespace cutru::reports::official
