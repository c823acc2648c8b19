#include "domain/vietnamese_text.h"

#include <QRegularExpression>

namespace cutru::text {
namespace {

constexpr char16_t kBreve = 0x0306;
constexpr char16_t kCircumflex = 0x0302;
constexpr char16_t kHorn = 0x031B;
constexpr char16_t kGrave = 0x0300;     // huyền
constexpr char16_t kHookAbove = 0x0309; // hỏi
constexpr char16_t kTilde = 0x0303;     // ngã
constexpr char16_t kAcute = 0x0301;     // sắc
constexpr char16_t kDotBelow = 0x0323;  // nặng

constexpr char kTierSeparator = ' ';  // lowest: a shorter name sorts first
constexpr char kWordSeparator = '!';  // below every letter and digit
constexpr char kFirstLetter = 'A';

// Position of a letter in the Vietnamese alphabet, extended with f j w z:
// a ă â b c d đ e ê f g h i j k l m n o ô ơ p q r s t u ư v w x y z
int alphabetIndex(char16_t base, bool breve, bool circumflex, bool horn)
{
    static const char16_t order[] = u"aAAbcdDeEfghijklmnoOOpqrstuUvwxyz";
    // Capital placeholders mark the modified letters; resolve them explicitly.
    switch (base) {
    case u'a': return breve ? 1 : circumflex ? 2 : 0;
    case u'b': return 3;
    case u'c': return 4;
    case u'd': return 5;
    case 0x0111: return 6; // đ
    case u'e': return circumflex ? 8 : 7;
    case u'o': return circumflex ? 19 : horn ? 20 : 18;
    case u'u': return horn ? 27 : 26;
    default: break;
    }
    for (int i = 0; order[i]; ++i)
        if (order[i] == base)
            return i;
    return -1;
}

int toneOf(char16_t mark)
{
    switch (mark) {
    case kGrave: return 1;
    case kHookAbove: return 2;
    case kTilde: return 3;
    case kAcute: return 4;
    case kDotBelow: return 5;
    default: return 0;
    }
}

// Appends the primary letters of one word to `primary` and returns its tone digit.
char encodeWord(const QString &word, QString &primary)
{
    const QString decomposed = word.toLower().normalized(QString::NormalizationForm_D);
    int tone = 0;
    for (qsizetype i = 0; i < decomposed.size(); ++i) {
        const char16_t c = decomposed.at(i).unicode();
        if (QChar(c).isMark())
            continue;
        bool breve = false, circumflex = false, horn = false;
        for (qsizetype j = i + 1; j < decomposed.size() && decomposed.at(j).isMark(); ++j) {
            const char16_t m = decomposed.at(j).unicode();
            breve |= m == kBreve;
            circumflex |= m == kCircumflex;
            horn |= m == kHorn;
            if (int t = toneOf(m))
                tone = t;
        }
        if (c >= u'0' && c <= u'9') {
            primary.append(QChar(c));
            continue;
        }
        const int idx = alphabetIndex(c, breve, circumflex, horn);
        if (idx >= 0)
            primary.append(QChar(char16_t(kFirstLetter + idx)));
        // Punctuation and letters outside the alphabet do not take part in ordering.
    }
    return char('0' + tone);
}

QString keyForWords(const QStringList &words)
{
    QString primary;
    QString tones;
    for (qsizetype i = 0; i < words.size(); ++i) {
        if (i > 0)
            primary.append(QLatin1Char(kWordSeparator));
        tones.append(QLatin1Char(encodeWord(words.at(i), primary)));
    }
    return primary + QLatin1Char(kTierSeparator) + tones;
}

QStringList words(const QString &s)
{
    return normalise(s).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

} // namespace

QString normalise(const QString &s)
{
    QString n = s.normalized(QString::NormalizationForm_C);
    // simplified() copies even a string with nothing to simplify, which most names and
    // cells are: an importer normalises hundreds of thousands.
    bool simple = n.isEmpty() || (n.front() != u' ' && n.back() != u' ');
    for (qsizetype i = 0; simple && i < n.size(); ++i) {
        const QChar c = n.at(i);
        if (c.isSpace() && (c != u' ' || n.at(i - 1) == u' '))
            simple = false;
    }
    return simple ? n : n.simplified();
}

QString fold(const QString &s)
{
    const QString decomposed = s.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.isMark())
            continue;
        if (c.unicode() == 0x0111 || c.unicode() == 0x0110) // đ Đ have no decomposition
            out.append(QLatin1Char('d'));
        else
            out.append(c.toLower());
    }
    return out.simplified();
}

NameParts splitName(const QString &fullName)
{
    const QStringList w = words(fullName);
    NameParts p;
    if (w.isEmpty())
        return p;
    p.given = w.last();
    if (w.size() >= 2)
        p.family = w.first();
    if (w.size() >= 3)
        p.middle = w.mid(1, w.size() - 2).join(QLatin1Char(' '));
    return p;
}

QString nameSortKey(const QString &fullName)
{
    const QStringList w = words(fullName);
    if (w.size() < 2)
        return keyForWords(w);
    QStringList ordered;
    ordered << w.last() << w.first() << w.mid(1, w.size() - 2);
    return keyForWords(ordered);
}

QString sortKey(const QString &s)
{
    return keyForWords(words(s));
}

QStringList searchTerms(const QString &typed)
{
    return fold(typed).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

} // namespace cutru::text
