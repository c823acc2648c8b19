#include "services/csv_reader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

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

// The first line of `text`, up to the first line break outside quotes.
QString headerLine(const QString &text)
{
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == kQuote)
            quoted = !quoted; // a doubled quote toggles twice: still right
        else if (!quoted && (c == QLatin1Char('\n') || c == QLatin1Char('\r')))
            return text.left(i);
    }
    return text;
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
    Table t;
    t.fileName = fileName;
    t.delimiter = QLatin1Char(',');
    const QString text = decode(bytes, fileName, &t.error);
    if (!t.ok())
        return t;
    t.delimiter = detectDelimiter(headerLine(text));
    const QChar delimiter = t.delimiter;

    enum class State { FieldStart, Unquoted, Quoted, AfterQuote };
    State state = State::FieldStart;
    int line = 1;
    int quoteLine = 0;
    Row row;
    row.line = 1;
    QString field;
    auto endField = [&] {
        row.fields.append(field);
        field.clear();
    };
    auto endRow = [&] {
        endField();
        const bool blank = std::all_of(row.fields.cbegin(), row.fields.cend(),
                                       [](const QString &f) { return f.trimmed().isEmpty(); });
        if (!blank)
            t.rows.append(row);
        row = Row{line, {}};
    };
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text[i];
        const bool lineEnd = c == QLatin1Char('\n') || c == QLatin1Char('\r');
        const bool crlf = c == QLatin1Char('\r') && i + 1 < n && text[i + 1] == QLatin1Char('\n');
        if (state == State::Quoted) {
            if (c == kQuote) {
                if (i + 1 < n && text[i + 1] == kQuote) {
                    field.append(kQuote);
                    ++i;
                } else {
                    state = State::AfterQuote;
                }
            } else if (lineEnd) {
                field.append(QLatin1Char('\n')); // one form of line break inside fields
                if (crlf)
                    ++i;
                ++line;
            } else {
                field.append(c);
            }
            continue;
        }
        if (c == delimiter) {
            endField();
            state = State::FieldStart;
        } else if (lineEnd) {
            if (crlf)
                ++i;
            ++line;
            endRow();
            state = State::FieldStart;
        } else if (state == State::FieldStart && c == kQuote) {
            state = State::Quoted;
            quoteLine = line;
        } else {
            // Text after a closing quote, or a quote inside an unquoted field, is kept
            // as written, as spreadsheets do.
            field.append(c);
            if (state == State::FieldStart)
                state = State::Unquoted;
        }
    }
    if (state == State::Quoted) {
        t.rows.clear();
        t.error = Tr::tr("%1, line %2: a quoted field is not closed (a '\"' is missing).")
                      .arg(fileName)
                      .arg(quoteLine);
        return t;
    }
    if (state != State::FieldStart || !field.isEmpty() || !row.fields.isEmpty())
        endRow(); // the last record has no line end
    return t;
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
