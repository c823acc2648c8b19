#include "services/csv_reader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>
#include <algorithm>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace cutru::csv {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cutru::csv)
};

const QChar kQuote = QLatin1Char('"');

// The 1-based line of the first line of `bytes` that is not valid UTF-8 (line ends
// CRLF, LF or CR; none of their bytes occur inside a UTF-8 sequence), 0 if all are.
int firstBadUtf8Line(const QByteArray &bytes)
{
    int line = 1;
    qsizetype start = 0;
    const qsizetype n = bytes.size();
    for (qsizetype i = 0; i <= n; ++i) {
        const bool end = i == n || bytes[i] == '\n' || bytes[i] == '\r';
        if (!end)
            continue;
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString text = decoder.decode(QByteArrayView(bytes.constData() + start, i - start));
        Q_UNUSED(text);
        if (decoder.hasError())
            return line;
        if (i < n && bytes[i] == '\r' && i + 1 < n && bytes[i + 1] == '\n')
            ++i;
        ++line;
        start = i + 1;
    }
    return 0;
}

// The text of `bytes` by its byte-order mark; an error message when it cannot be decoded.
QString decode(const QByteArray &bytes, const QString &fileName, QString *error)
{
    auto decodeWith = [&](QStringDecoder::Encoding encoding, qsizetype skip) {
        QStringDecoder decoder(encoding, QStringDecoder::Flag::Stateless);
        QString text = decoder.decode(QByteArrayView(bytes).sliced(skip));
        if (decoder.hasError())
            *error = Tr::tr("%1 is not valid UTF-16 text.").arg(fileName);
        return text;
    };
    if (bytes.startsWith("\xFF\xFE"))
        return decodeWith(QStringDecoder::Utf16LE, 2);
    if (bytes.startsWith("\xFE\xFF"))
        return decodeWith(QStringDecoder::Utf16BE, 2);
    const qsizetype skip = bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    // Text without a mark holding NUL bytes is UTF-16 whose mark was lost: say so
    // rather than report a line of garbage.
    if (skip == 0 && bytes.left(512).contains('\0')) {
        *error = Tr::tr("%1 looks like UTF-16 text without a byte-order mark. Save it as \"CSV UTF-8\" and try "
                        "again.")
                     .arg(fileName);
        return {};
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(QByteArrayView(bytes).sliced(skip));
    if (decoder.hasError()) {
        *error = Tr::tr("%1, line %2: the text is not UTF-8. Save the file as \"CSV UTF-8\" and try again.")
                     .arg(fileName)
                     .arg(firstBadUtf8Line(bytes.mid(skip)));
        return {};
    }
    return text;
}

// The first line of `text` that is not blank (the header follows the blank lines
// some exports put first), up to the first line break outside quotes.
QString headerLine(const QString &text)
{
    qsizetype start = 0;
    while (start < text.size() && text[start].isSpace())
        ++start;
    bool quoted = false;
    for (qsizetype i = start; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == kQuote)
            quoted = !quoted; // a doubled quote toggles twice: still right
        else if (!quoted && (c == QLatin1Char('\n') || c == QLatin1Char('\r')))
            return text.mid(start, i - start);
    }
    return text.mid(start);
}

} // namespace

QChar detectDelimiter(const QString &line)
{
    int comma = 0, semicolon = 0, tab = 0;
    bool quoted = false;
    for (const QChar c : line) {
        if (c == kQuote)
            quoted = !quoted;
        else if (quoted)
            continue;
        else if (c == QLatin1Char(','))
            ++comma;
        else if (c == QLatin1Char(';'))
            ++semicolon;
        else if (c == QLatin1Char('\t'))
            ++tab;
    }
    // Ties go to the comma (the standard), then the semicolon (spreadsheets in
    // locales whose decimal separator is the comma, Vietnamese among them).
    if (tab > comma && tab > semicolon)
        return QLatin1Char('\t');
    if (semicolon > comma)
        return QLatin1Char(';');
    return QLatin1Char(',');
}

Table parse(const QByteArray &bytes, const QString &fileName)
{
    QString error;
    const QString text = decode(bytes, fileName, &error);
    if (!error.isEmpty()) {
        Table t;
        t.fileName = fileName;
        t.delimiter = QLatin1Char(',');
        t.error = error;
        return t;
    }
    return parseText(text, fileName);
}

namespace {

char16_t unit(char16_t c)
{
    return c;
}
char16_t unit(char c)
{
    return uchar(c);
}

// Repeated values of a column (gender, codes, dates, villages) share one string
// instead of each holding a copy: a 100,000-row file then takes a fraction of the
// memory (and of the time spent obtaining it). A column whose values mostly differ
// (names, CCCD) stops being looked up after a trial.
template <typename Char, typename MakeField>
class FieldInterner {
public:
    explicit FieldInterner(MakeField makeField) : makeField_(makeField) {}

    // `start` must stay valid while parsing: the key points into the text parsed.
    QString field(qsizetype column, const Char *start, qsizetype length)
    {
        if (column >= qsizetype(columns_.size()))
            columns_.resize(size_t(column + 1));
        Column &c = columns_[size_t(column)];
        if (!c.interning)
            return makeField_(start, length);
        const std::basic_string_view<Char> key(start, size_t(length));
        ++c.lookups;
        if (const auto found = c.values.find(key); found != c.values.end()) {
            ++c.hits;
            return found->second;
        }
        QString value = makeField_(start, length);
        if (c.lookups >= kTrial && c.hits * 4 < c.lookups) { // fewer than one in four repeated
            c.interning = false;
            c.values = {};
        } else if (c.values.size() < kMaxValues) {
            c.values.emplace(key, value);
        }
        return value;
    }

private:
    static constexpr qsizetype kTrial = 2000;
    static constexpr size_t kMaxValues = 20000;
    struct Column {
        std::unordered_map<std::basic_string_view<Char>, QString> values;
        qsizetype lookups = 0;
        qsizetype hits = 0;
        bool interning = true;
    };
    MakeField makeField_;
    std::vector<Column> columns_;
};

// The parser, over decoded text (UTF-16) or UTF-8 bytes (char: delimiters, quotes and
// line ends are ASCII, so never part of a multi-byte sequence); `makeField` turns
// a stretch of characters into a field. Parsing UTF-8 in place spares a large file
// a second, decoded copy of itself.
template <typename Char, typename MakeField>
Table parseRecords(const Char *const p, const qsizetype n, const QString &fileName, const QChar delimiterChar,
                   MakeField makeField)
{
    Table t;
    t.fileName = fileName;
    t.delimiter = delimiterChar;
    const char16_t delimiter = delimiterChar.unicode();
    auto isLineEnd = [](char16_t c) { return c == u'\n' || c == u'\r'; };
    // Unquoted text (also after a closing quote, and quotes inside it) runs to the
    // next delimiter or line end and is kept as written, as spreadsheets do.
    auto plainEnd = [&](qsizetype i) {
        while (i < n && unit(p[i]) != delimiter && !isLineEnd(unit(p[i])))
            ++i;
        return i;
    };
    t.rows.reserve(std::count_if(p, p + n, [](Char c) { return unit(c) == u'\n'; }) + 1);

    int line = 1;
    Row row;
    row.line = 1;
    qsizetype width = 0; // the previous record's field count, to size the next one at once
    auto endRow = [&] {
        const bool blank = std::all_of(row.fields.cbegin(), row.fields.cend(), [](const QString &f) {
            return std::all_of(f.cbegin(), f.cend(), [](QChar c) { return c.isSpace(); });
        });
        width = row.fields.size();
        if (!blank)
            t.rows.append(std::move(row));
        row = Row{line, {}};
        row.fields.reserve(width);
    };

    FieldInterner<Char, MakeField> interner(makeField);
    std::basic_string<Char> quoted; // a quoted field's characters, quotes undoubled
    qsizetype i = 0;
    while (i < n) {
        // Here a field starts.
        QString field;
        if (unit(p[i]) == u'"') {
            const int quoteLine = line;
            quoted.clear();
            qsizetype segment = ++i;
            bool closed = false;
            while (i < n) {
                const char16_t c = unit(p[i]);
                if (c == u'"') {
                    quoted.append(p + segment, size_t(i - segment));
                    if (i + 1 < n && unit(p[i + 1]) == u'"') { // a doubled quote stands for one
                        quoted.push_back(p[i]);
                        i += 2;
                        segment = i;
                        continue;
                    }
                    ++i;
                    closed = true;
                    break;
                }
                if (isLineEnd(c)) {
                    quoted.append(p + segment, size_t(i - segment));
                    quoted.push_back(Char('\n')); // one form of line break inside fields
                    if (c == u'\r' && i + 1 < n && unit(p[i + 1]) == u'\n')
                        ++i;
                    ++line;
                    segment = ++i;
                    continue;
                }
                ++i;
            }
            if (!closed) {
                t.rows.clear();
                t.error = Tr::tr("%1, line %2: a quoted field is not closed (a '\"' is missing).")
                              .arg(fileName)
                              .arg(quoteLine);
                return t;
            }
            const qsizetype end = plainEnd(i);
            quoted.append(p + i, size_t(end - i));
            i = end;
            if (!quoted.empty())
                field = makeField(quoted.data(), qsizetype(quoted.size()));
        } else {
            const qsizetype end = plainEnd(i);
            if (end > i)
                field = interner.field(row.fields.size(), p + i, end - i);
            i = end;
        }
        row.fields.append(std::move(field));
        if (i == n) { // the last record has no line end
            endRow();
            break;
        }
        if (unit(p[i]) == delimiter) {
            ++i;
            if (i == n) { // a delimiter ends the text: one more empty field
                row.fields.append(QString());
                endRow();
            }
            continue;
        }
        if (unit(p[i]) == u'\r' && i + 1 < n && unit(p[i + 1]) == u'\n')
            ++i;
        ++i;
        ++line;
        endRow();
    }
    return t;
}

} // namespace

Table parseText(const QString &text, const QString &fileName, QChar delimiter)
{
    if (delimiter.isNull())
        delimiter = detectDelimiter(headerLine(text));
    return parseRecords(reinterpret_cast<const char16_t *>(text.constData()), text.size(), fileName, delimiter,
                        [](const char16_t *start, qsizetype length) {
                            return QString(reinterpret_cast<const QChar *>(start), length);
                        });
}

Table parseUtf8(QByteArrayView utf8, const QString &fileName, QChar delimiter)
{
    if (delimiter.isNull()) {
        // The header line is among the first lines; decoding a few KB finds it
        // unless blank lines or a quoted header run longer than that.
        const qsizetype sample = std::min<qsizetype>(utf8.size(), 64 * 1024);
        delimiter = detectDelimiter(headerLine(QString::fromUtf8(utf8.first(sample))));
    }
    if (delimiter.unicode() >= 0x80) // not a single byte in UTF-8
        return parseText(QString::fromUtf8(utf8), fileName, delimiter);
    return parseRecords(utf8.data(), utf8.size(), fileName, delimiter,
                        [](const char *start, qsizetype length) { return QString::fromUtf8(start, length); });
}

Table readFile(const QString &path)
{
    Table t;
    t.fileName = path;
    t.delimiter = QLatin1Char(',');
    const QFileInfo info(path);
    if (!info.exists()) {
        t.error = Tr::tr("The file %1 does not exist.").arg(path);
        return t;
    }
    if (info.isDir()) {
        t.error = Tr::tr("%1 is a folder, not a CSV file.").arg(path);
        return t;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        t.error = Tr::tr("Cannot read %1: %2.").arg(path, file.errorString());
        return t;
    }
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        t.error = Tr::tr("Cannot read %1: %2.").arg(path, file.errorString());
        return t;
    }
    return parse(bytes, path);
}

} // namespace cutru::csv
