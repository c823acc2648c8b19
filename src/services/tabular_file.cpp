#include "services/tabular_file.h"

#include "services/csv_reader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QIODevice>
#include <QStringDecoder>
#include <QXmlStreamReader>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstring>
#include <iconv.h>
#include <memory>
#include <zip.h>

namespace cutru::tabular {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cutru::tabular)
};

bool isBlank(const QString &cell)
{
    return std::all_of(cell.cbegin(), cell.cend(), [](QChar c) { return c.isSpace(); });
}

// Turns raw rows (as read, in order) into a Sheet's header and data rows: the first
// non-empty row is the header, later all-empty rows are left out, short rows are
// padded and extra cells beyond the header are kept only up to the last filled one.
class SheetBuilder {
public:
    explicit SheetBuilder(Sheet &sheet) : sheet_(sheet) {}

    bool hasHeader() const { return headerSeen_; }

    void addRow(int number, QStringList &&cells)
    {
        if (std::all_of(cells.cbegin(), cells.cend(), isBlank))
            return;
        if (!headerSeen_) {
            headerSeen_ = true;
            for (QString &cell : cells)
                cell = cell.trimmed();
            // Empty cells at the end of the header name no column (Excel keeps
            // formatted empty cells); the columns are those up to the last name.
            while (!cells.isEmpty() && cells.last().isEmpty())
                cells.removeLast();
            sheet_.header = std::move(cells);
            width_ = sheet_.header.size();
            return;
        }
        Row row;
        row.number = number;
        if (cells.size() < width_) {
            cells.reserve(width_);
            while (cells.size() < width_)
                cells.append(QString());
        } else if (cells.size() > width_) {
            qsizetype keep = cells.size();
            while (keep > width_ && isBlank(cells[keep - 1]))
                --keep;
            cells.resize(keep);
            row.extraCells = int(keep - width_);
        }
        row.cells = std::move(cells);
        sheet_.rows.append(std::move(row));
    }

private:
    Sheet &sheet_;
    bool headerSeen_ = false;
    qsizetype width_ = 0;
};

Sheet failed(Sheet sheet, const QString &error)
{
    sheet.error = error;
    sheet.header.clear();
    sheet.rows.clear();
    return sheet;
}

// ---------------------------------------------------------------------------
// CSV text encodings

// The 1-based line holding byte `offset` of single-byte-compatible text (UTF-8,
// Windows-1258): line ends CRLF, LF or CR.
int lineOfByte(QByteArrayView bytes, qsizetype offset)
{
    int line = 1;
    for (qsizetype i = 0; i < offset && i < bytes.size(); ++i) {
        if (bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 >= bytes.size() || bytes[i + 1] != '\n')))
            ++line;
    }
    return line;
}

// The offset of the first byte that does not start a well-formed UTF-8 sequence, -1 if none.
qsizetype firstInvalidUtf8(QByteArrayView bytes)
{
    const auto *s = reinterpret_cast<const uchar *>(bytes.data());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const uchar c = s[i];
        if (c < 0x80) {
            // Runs of ASCII (most of a CSV file), eight bytes at a time.
            quint64 word = 0;
            while (i + 8 <= n && (std::memcpy(&word, s + i, 8), (word & 0x8080808080808080ULL) == 0))
                i += 8;
            if (i < n && s[i] < 0x80)
                ++i;
            continue;
        }
        int length = 0;
        char32_t cp = 0;
        if ((c & 0xE0) == 0xC0) {
            length = 2;
            cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            length = 3;
            cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            length = 4;
            cp = c & 0x07;
        } else {
            return i;
        }
        if (i + length > n)
            return i;
        for (int k = 1; k < length; ++k) {
            if ((s[i + k] & 0xC0) != 0x80)
                return i;
            cp = (cp << 6) | (s[i + k] & 0x3F);
        }
        const bool overlong = (length == 2 && cp < 0x80) || (length == 3 && cp < 0x800) || (length == 4 && cp < 0x10000);
        if (overlong || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return i;
        i += length;
    }
    return -1;
}

// The 1-based line of the first unpaired surrogate (or a lone last byte) in UTF-16
// bytes, 0 if there is none (Qt's decoder lets unpaired surrogates through).
int firstBadUtf16Line(QByteArrayView bytes, bool bigEndian)
{
    int line = 1;
    const qsizetype units = bytes.size() / 2;
    auto unit = [&](qsizetype k) {
        const auto lo = uchar(bytes[2 * k + (bigEndian ? 1 : 0)]);
        const auto hi = uchar(bytes[2 * k + (bigEndian ? 0 : 1)]);
        return char16_t(hi << 8 | lo);
    };
    for (qsizetype k = 0; k < units; ++k) {
        const char16_t u = unit(k);
        if (QChar::isHighSurrogate(u)) {
            if (k + 1 >= units || !QChar::isLowSurrogate(unit(k + 1)))
                return line;
            ++k;
        } else if (QChar::isLowSurrogate(u)) {
            return line;
        } else if (u == u'\n' || (u == u'\r' && (k + 1 >= units || unit(k + 1) != u'\n'))) {
            ++line;
        }
    }
    return bytes.size() % 2 ? line : 0; // an odd number of bytes: the last line is cut
}

// Windows-1258 writes most Vietnamese letters as a base letter plus a combining
// tone mark; glibc's converter composes what it can and NFC does the rest, so the
// text compares equal to what other encodings give. -1 in *badOffset: decoded.
QString decodeWindows1258(QByteArrayView bytes, qsizetype *badOffset, bool *noConverter)
{
    *badOffset = -1;
    *noConverter = false;
    iconv_t cd = iconv_open("UTF-8", "CP1258");
    if (cd == iconv_t(-1)) {
        *noConverter = true;
        return {};
    }
    QByteArray utf8;
    utf8.reserve(bytes.size() + bytes.size() / 2);
    char *in = const_cast<char *>(bytes.data());
    size_t inLeft = size_t(bytes.size());
    char buffer[64 * 1024];
    while (true) {
        char *out = buffer;
        size_t outLeft = sizeof buffer;
        const size_t result = inLeft > 0 ? iconv(cd, &in, &inLeft, &out, &outLeft)
                                         : iconv(cd, nullptr, nullptr, &out, &outLeft); // flush the last letter
        const int error = errno;
        utf8.append(buffer, out - buffer);
        if (result == size_t(-1) && error == E2BIG)
            continue;
        if (result == size_t(-1)) {
            *badOffset = in - bytes.data();
            iconv_close(cd);
            return {};
        }
        if (inLeft == 0 && out == buffer)
            break;
    }
    iconv_close(cd);
    return QString::fromUtf8(utf8).normalized(QString::NormalizationForm_C);
}

struct Detected {
    Encoding encoding;
    qsizetype bomLength;
};

// UTF-16 without a mark: ASCII characters (digits, delimiters, spaces, many letters)
// put a NUL in every second byte, high bytes in UTF-16 LE, low in BE; real text in a
// byte encoding has no NUL at all.
std::optional<Encoding> utf16ByNulPattern(QByteArrayView bytes)
{
    const qsizetype sample = std::min<qsizetype>(bytes.size(), 4096) & ~qsizetype(1);
    qsizetype evenNuls = 0, oddNuls = 0;
    for (qsizetype i = 0; i < sample; ++i) {
        if (bytes[i] == '\0')
            (i % 2 ? oddNuls : evenNuls) += 1;
    }
    const qsizetype pairs = sample / 2;
    if (pairs == 0)
        return std::nullopt;
    if (oddNuls * 4 >= pairs && evenNuls * 10 <= oddNuls)
        return Encoding::Utf16LE;
    if (evenNuls * 4 >= pairs && oddNuls * 10 <= evenNuls)
        return Encoding::Utf16BE;
    return std::nullopt;
}

Detected detectEncoding(QByteArrayView bytes)
{
    if (bytes.startsWith("\xEF\xBB\xBF"))
        return {Encoding::Utf8, 3};
    if (bytes.startsWith("\xFF\xFE"))
        return {Encoding::Utf16LE, 2};
    if (bytes.startsWith("\xFE\xFF"))
        return {Encoding::Utf16BE, 2};
    if (const auto utf16 = utf16ByNulPattern(bytes))
        return {*utf16, 0};
    // Valid UTF-8 is decided later, by decoding; here: not yet known.
    return {Encoding::Auto, 0};
}

qsizetype bomLengthFor(Encoding encoding, QByteArrayView bytes)
{
    switch (encoding) {
    case Encoding::Utf8:
        return bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    case Encoding::Utf16LE:
        return bytes.startsWith("\xFF\xFE") ? 2 : 0;
    case Encoding::Utf16BE:
        return bytes.startsWith("\xFE\xFF") ? 2 : 0;
    case Encoding::Auto:
    case Encoding::Windows1258:
        break;
    }
    return 0;
}

// Decodes `bytes` (the byte-order mark already cut off) in `encoding`; an empty
// optional with *error set when the text is not in that encoding (`detected`: the
// encoding was guessed, not chosen).
std::optional<QString> decodeAs(Encoding encoding, QByteArrayView bytes, const QString &fileName, QString *error,
                                bool detected)
{
    switch (encoding) {
    case Encoding::Utf8: {
        const qsizetype bad = firstInvalidUtf8(bytes);
        if (bad < 0)
            return QString::fromUtf8(bytes);
        *error = Tr::tr("%1, line %2: the text is not valid UTF-8.").arg(fileName).arg(lineOfByte(bytes, bad));
        return std::nullopt;
    }
    case Encoding::Utf16LE:
    case Encoding::Utf16BE: {
        const bool bigEndian = encoding == Encoding::Utf16BE;
        QStringDecoder decoder(bigEndian ? QStringDecoder::Utf16BE : QStringDecoder::Utf16LE,
                               QStringDecoder::Flag::Stateless);
        const int badLine = firstBadUtf16Line(bytes, bigEndian);
        if (badLine == 0 && bytes.size() % 2 == 0) {
            QString text = decoder.decode(bytes);
            if (!decoder.hasError())
                return text;
        }
        *error = Tr::tr("%1, line %2: the text is not valid UTF-16.").arg(fileName).arg(std::max(badLine, 1));
        return std::nullopt;
    }
    case Encoding::Windows1258: {
        qsizetype bad = -1;
        bool noConverter = false;
        QString text = decodeWindows1258(bytes, &bad, &noConverter);
        if (noConverter) {
            *error = Tr::tr("Cannot read %1: this system has no Windows-1258 converter.").arg(fileName);
            return std::nullopt;
        }
        if (bad < 0)
            return text;
        // Detected: Windows-1258 was the last guess after UTF-8.
        *error = detected ? Tr::tr("%1, line %2: the text is neither UTF-8 nor Windows-1258. Save the file as \"CSV "
                                   "UTF-8\" and try again.")
                                .arg(fileName)
                                .arg(lineOfByte(bytes, bad))
                          : Tr::tr("%1, line %2: the text is not valid Windows-1258.")
                                .arg(fileName)
                                .arg(lineOfByte(bytes, bad));
        return std::nullopt;
    }
    case Encoding::Auto:
        break;
    }
    return std::nullopt;
}

// The CSV path shared by readFile and readCsv; `bytes` is taken by value so that
// readFile's copy is freed once decoded (a large file is held only once as text).
Sheet csvFromBytes(QByteArray bytes, const QString &fileName, const ReadOptions &options)
{
    Sheet sheet;
    sheet.fileName = fileName;
    sheet.format = Format::Csv;
    sheet.delimiter = options.delimiter.isNull() ? QChar(QLatin1Char(',')) : options.delimiter;
    if (bytes.isEmpty())
        return failed(sheet, Tr::tr("%1 is empty.").arg(fileName));
    const QChar d = options.delimiter;
    if (!d.isNull() && (d == QLatin1Char('"') || d == QLatin1Char('\n') || d == QLatin1Char('\r')))
        return failed(sheet, Tr::tr("A quote or a line break cannot separate the columns of %1.").arg(fileName));

    Encoding encoding = options.encoding;
    qsizetype bom = bomLengthFor(encoding, bytes);
    bool validUtf8 = false;
    if (encoding == Encoding::Auto) {
        const Detected detected = detectEncoding(bytes);
        encoding = detected.encoding;
        bom = detected.bomLength;
        // No mark and no NULs: UTF-8 if every byte sequence is valid UTF-8, else
        // Windows-1258, of which every byte but a few is a character.
        if (encoding == Encoding::Auto) {
            validUtf8 = firstInvalidUtf8(bytes) < 0;
            encoding = validUtf8 ? Encoding::Utf8 : Encoding::Windows1258;
        }
    }
    sheet.encoding = encoding;
    const QByteArrayView body = QByteArrayView(bytes).sliced(bom);

    csv::Table table;
    if (encoding == Encoding::Utf8 && (validUtf8 || firstInvalidUtf8(body) < 0)) {
        // Parsed in place: a large file is held once, as bytes, not also as text.
        table = csv::parseUtf8(body, fileName, options.delimiter);
    } else {
        QString error;
        std::optional<QString> text = decodeAs(encoding, body, fileName, &error, options.encoding == Encoding::Auto);
        bytes = QByteArray();
        if (!text)
            return failed(sheet, error);
        table = csv::parseText(*text, fileName, options.delimiter);
    }
    bytes = QByteArray();
    sheet.delimiter = table.delimiter;
    if (!table.ok())
        return failed(sheet, table.error);
    if (table.rows.isEmpty())
        return failed(sheet, Tr::tr("%1 has no header row: all its rows are empty.").arg(fileName));
    sheet.rows.reserve(table.rows.size() - 1);
    SheetBuilder builder(sheet);
    for (csv::Row &row : table.rows)
        builder.addRow(row.line, std::move(row.fields));
    return sheet;
}

// ---------------------------------------------------------------------------
// XLSX: a ZIP archive of XML parts (ECMA-376 / ISO/IEC 29500)

struct ZipCloser {
    void operator()(zip_t *archive) const { zip_discard(archive); }
};
using ZipArchive = std::unique_ptr<zip_t, ZipCloser>;

// One decompressed part read as a stream, so that a sheet of 100,000 rows is never
// held whole in memory; a read failure (a damaged entry, a CRC mismatch) is remembered.
class ZipEntryDevice : public QIODevice {
public:
    explicit ZipEntryDevice(zip_file_t *file) : file_(file) { open(QIODevice::ReadOnly); }
    ~ZipEntryDevice() override
    {
        close();
        zip_fclose(file_);
    }
    bool isSequential() const override { return true; }
    bool failed() const { return failed_; }
    bool atEnd() const override { return (finished_ || failed_) && QIODevice::atEnd(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        if (finished_ || failed_)
            return failed_ ? -1 : 0;
        if (maxSize <= 0) // QIODevice asks for 0 bytes now and then: not the end
            return 0;
        const zip_int64_t n = zip_fread(file_, data, zip_uint64_t(maxSize));
        if (n < 0) {
            failed_ = true;
            return -1;
        }
        if (n == 0)
            finished_ = true;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    zip_file_t *file_;
    bool failed_ = false;
    bool finished_ = false;
};

// Reads the parts of one workbook; every failure becomes a message naming the file
// and the part.
class Workbook {
public:
    explicit Workbook(const QString &path) : path_(path) {}

    bool open()
    {
        int code = 0;
        archive_.reset(zip_open(QFile::encodeName(path_).constData(), ZIP_RDONLY, &code));
        if (!archive_) {
            zip_error_t zipError;
            zip_error_init_with_code(&zipError, code);
            const QString reason = QString::fromLocal8Bit(zip_error_strerror(&zipError));
            zip_error_fini(&zipError);
            error_ = Tr::tr("%1 is damaged or incomplete: it cannot be opened as an Excel workbook (%2).")
                         .arg(path_, reason);
            return false;
        }
        return readWorkbookPart();
    }

    const QStringList &sheetNames() const { return sheetNames_; }
    const QString &error() const { return error_; }

    // Reads sheet `index` into `sheet`'s header and rows.
    bool readSheet(qsizetype index, Sheet &sheet)
    {
        if (!readSharedStrings())
            return false;
        const QString part = sheetParts_[index];
        currentPart_ = part;
        std::unique_ptr<ZipEntryDevice> device = openPart(part, true);
        if (!device)
            return false;
        QXmlStreamReader xml(device.get());
        SheetBuilder builder(sheet);
        QStringList cells;
        qsizetype width = 0; // the previous row's cell count, to size the next one at once
        int rowNumber = 0;
        int column = -1;
        CellType cellType = CellType::Number;
        QString value; // reused: cleared without giving its buffer back
        bool inValue = false;
        QString inlineText;
        bool hasInline = false;
        while (!xml.atEnd() && !xml.hasError()) { // a premature end is an error, not "wait for more"
            const QXmlStreamReader::TokenType token = xml.readNext();
            if (token == QXmlStreamReader::Characters) {
                if (inValue)
                    value.append(xml.text());
            } else if (token == QXmlStreamReader::StartElement) {
                const QStringView name = xml.name();
                if (name == u"c") {
                    const QXmlStreamAttributes attributes = xml.attributes();
                    const QStringView reference = attributes.value(QLatin1String("r"));
                    const int referenced = reference.isEmpty() ? -1 : columnOf(reference);
                    column = referenced >= 0 ? referenced : column + 1;
                    cellType = cellTypeOf(attributes.value(QLatin1String("t")));
                    value.resize(0);
                    inlineText.clear();
                    hasInline = false;
                } else if (name == u"v") {
                    inValue = true;
                } else if (name == u"is") {
                    inlineText = readStringItem(xml);
                    hasInline = true;
                } else if (name == u"row") {
                    bool numbered = false;
                    const int r = xml.attributes().value(QLatin1String("r")).toInt(&numbered);
                    rowNumber = numbered && r > 0 ? r : rowNumber + 1;
                    cells.clear();
                    cells.reserve(width);
                    column = -1;
                } else if (name == u"f") {
                    xml.skipCurrentElement(); // formulas: only their cached value counts
                }
            } else if (token == QXmlStreamReader::EndElement) {
                const QStringView name = xml.name();
                if (name == u"v") {
                    inValue = false;
                } else if (name == u"c") {
                    QString text;
                    if (!cellText(cellType, value, hasInline, inlineText, &text)) {
                        error_ = Tr::tr("%1, sheet \"%2\", cell %3%4: the workbook refers to a shared text that "
                                        "it does not hold; the file is damaged.")
                                     .arg(path_, sheetNames_[index], columnName(column))
                                     .arg(rowNumber);
                        return false;
                    }
                    if (!text.isEmpty() && column < kMaxColumns) {
                        if (cells.size() <= column)
                            cells.resize(column + 1);
                        cells[column] = std::move(text);
                    }
                } else if (name == u"row") {
                    width = std::max(width, cells.size());
                    builder.addRow(rowNumber, std::move(cells));
                    cells = QStringList();
                } else if (name == u"sheetData") {
                    break; // what follows (merged cells, page setup) is not data
                }
            }
        }
        if (xml.hasError() || device->failed()) {
            partError(xml, *device);
            return false;
        }
        if (!builder.hasHeader()) {
            error_ = Tr::tr("%1: the sheet \"%2\" has no header row: it is empty.").arg(path_, sheetNames_[index]);
            return false;
        }
        return true;
    }

private:
    static constexpr int kMaxColumns = 16384; // XFD, Excel's last column

    // "B" → 1, "AA12" → 26; -1 when the reference has no letters.
    static int columnOf(QStringView reference)
    {
        int column = 0;
        qsizetype i = 0;
        for (; i < reference.size(); ++i) {
            const char16_t c = reference[i].unicode();
            int letter = 0;
            if (c >= u'A' && c <= u'Z')
                letter = c - u'A' + 1;
            else if (c >= u'a' && c <= u'z')
                letter = c - u'a' + 1;
            else if (c == u'$')
                continue;
            else
                break;
            column = column * 26 + letter;
            if (column > kMaxColumns)
                return -1;
        }
        return column - 1;
    }

    static QString columnName(int column)
    {
        QString name;
        for (int c = column + 1; c > 0; c = (c - 1) / 26)
            name.prepend(QChar(u'A' + (c - 1) % 26));
        return name;
    }

    // `value` is a buffer reused from cell to cell: a cell gets a copy of its own,
    // of the exact size, rather than a share of the buffer.
    static QString exactCopy(const QString &value) { return QString(value.constData(), value.size()); }

    // A numeric cell as text: whole numbers below 10^15 in plain digits (CCCD and
    // card numbers, Excel date serials), others as their shortest exact decimal.
    static QString numberText(const QString &value)
    {
        bool ok = false;
        const double number = value.toDouble(&ok);
        if (!ok || !std::isfinite(number))
            return exactCopy(value);
        if (number == std::floor(number) && std::fabs(number) < 1e15)
            return QString::number(qint64(number));
        return QString::number(number, 'g', QLocale::FloatingPointShortest);
    }

    // The t attribute of a cell: what its <v> holds.
    enum class CellType { Number, Shared, Inline, Boolean, AsWritten };
    static CellType cellTypeOf(QStringView t)
    {
        if (t == u"s")
            return CellType::Shared;
        if (t == u"inlineStr")
            return CellType::Inline;
        if (t == u"b")
            return CellType::Boolean;
        if (t == u"str" || t == u"e" || t == u"d") // formula text, an error such as #N/A, an ISO 8601 date
            return CellType::AsWritten;
        return CellType::Number; // "n" or none
    }

    bool cellText(CellType type, const QString &value, bool hasInline, const QString &inlineText, QString *text) const
    {
        if (hasInline && (type == CellType::Inline || value.isEmpty())) {
            *text = inlineText;
            return true;
        }
        switch (type) {
        case CellType::Shared: {
            bool ok = false;
            const qsizetype index = QStringView(value).toLongLong(&ok);
            if (!ok || index < 0 || index >= sharedStrings_.size())
                return value.isEmpty(); // a shared-string cell with no index is merely empty
            *text = sharedStrings_[index];
            break;
        }
        case CellType::Boolean:
            *text = value == u"1" ? QStringLiteral("TRUE") : value == u"0" ? QStringLiteral("FALSE") : exactCopy(value);
            break;
        case CellType::Inline:
        case CellType::AsWritten:
            *text = exactCopy(value);
            break;
        case CellType::Number:
            *text = value.isEmpty() ? QString() : numberText(value);
            break;
        }
        return true;
    }

    // Excel escapes characters XML cannot hold as _xHHHH_ (e.g. _x000D_ for a carriage return).
    static void unescapeOoxml(QString &text)
    {
        if (!text.contains(QLatin1String("_x")))
            return;
        QString out;
        out.reserve(text.size());
        for (qsizetype i = 0; i < text.size(); ++i) {
            if (text[i] == u'_' && i + 6 < text.size() && text[i + 1] == u'x' && text[i + 6] == u'_') {
                bool ok = false;
                const ushort code = QStringView(text).mid(i + 2, 4).toUShort(&ok, 16);
                if (ok) {
                    out.append(QChar(code));
                    i += 6;
                    continue;
                }
            }
            out.append(text[i]);
        }
        text = out;
    }

    // The text of a shared-string item <si> or an inline string <is>: its <t>, or the
    // <t> of its rich-text runs <r> joined; phonetic runs <rPh> are not part of it.
    static QString readStringItem(QXmlStreamReader &xml)
    {
        QString text;
        int depth = 1;
        while (depth > 0 && !xml.atEnd() && !xml.hasError()) {
            const QXmlStreamReader::TokenType token = xml.readNext();
            if (token == QXmlStreamReader::StartElement) {
                if (xml.name() == u"t") {
                    text += xml.readElementText(QXmlStreamReader::IncludeChildElements);
                } else if (xml.name() == u"rPh") {
                    xml.skipCurrentElement();
                } else {
                    ++depth;
                }
            } else if (token == QXmlStreamReader::EndElement) {
                --depth;
            }
        }
        unescapeOoxml(text);
        return text;
    }

    // Opens a part by its name in the archive; with `required`, its absence is an error.
    std::unique_ptr<ZipEntryDevice> openPart(const QString &part, bool required)
    {
        const QByteArray name = part.toUtf8();
        const zip_int64_t index = zip_name_locate(archive_.get(), name.constData(), ZIP_FL_NOCASE);
        if (index < 0) {
            if (required)
                error_ = Tr::tr("%1 is not a complete Excel workbook: the part %2 is missing.").arg(path_, part);
            return nullptr;
        }
        zip_file_t *file = zip_fopen_index(archive_.get(), zip_uint64_t(index), 0);
        if (!file) {
            error_ = Tr::tr("%1 is damaged: the part %2 cannot be read (%3).")
                         .arg(path_, part, QString::fromLocal8Bit(zip_strerror(archive_.get())));
            return nullptr;
        }
        return std::make_unique<ZipEntryDevice>(file);
    }

    void partError(const QXmlStreamReader &xml, const ZipEntryDevice &device)
    {
        if (device.failed())
            error_ = Tr::tr("%1 is damaged: the part %2 cannot be read.").arg(path_, currentPart_);
        else
            error_ = Tr::tr("%1 is damaged: the part %2 is not well-formed XML (line %3: %4).")
                         .arg(path_, currentPart_)
                         .arg(xml.lineNumber())
                         .arg(xml.errorString());
    }

    // The relationships of a part: id → target part name, resolved against the part's folder.
    bool readRelationships(const QString &sourcePart, QHash<QString, QString> *targets,
                           QHash<QString, QString> *targetsByType)
    {
        const int slash = int(sourcePart.lastIndexOf(u'/'));
        const QString folder = slash < 0 ? QString() : sourcePart.left(slash + 1);
        const QString relsPart = folder + QStringLiteral("_rels/") + sourcePart.mid(slash + 1) + QStringLiteral(".rels");
        currentPart_ = relsPart;
        std::unique_ptr<ZipEntryDevice> device = openPart(relsPart, false);
        if (!device)
            return error_.isEmpty(); // no relationships at all
        QXmlStreamReader xml(device.get());
        while (!xml.atEnd() && !xml.hasError()) { // a premature end is an error, not "wait for more"
            if (xml.readNext() != QXmlStreamReader::StartElement || xml.name() != u"Relationship")
                continue;
            const QXmlStreamAttributes attributes = xml.attributes();
            if (attributes.value(QLatin1String("TargetMode")) == u"External")
                continue;
            QString target = attributes.value(QLatin1String("Target")).toString();
            target = target.startsWith(u'/') ? target.mid(1) : folder + target;
            target = QDir::cleanPath(target);
            const QString type = attributes.value(QLatin1String("Type")).toString();
            targets->insert(attributes.value(QLatin1String("Id")).toString(), target);
            if (targetsByType)
                targetsByType->insert(type.mid(type.lastIndexOf(u'/') + 1), target);
        }
        if (xml.hasError() || device->failed()) {
            partError(xml, *device);
            return false;
        }
        return true;
    }

    // The package's relationships name the workbook part (xl/workbook.xml in every
    // Excel file); the workbook lists the sheets and its relationships their parts.
    bool readWorkbookPart()
    {
        QHash<QString, QString> packageTargets, packageTypes;
        if (!readRelationships(QString(), &packageTargets, &packageTypes))
            return false;
        QString workbookPart = packageTypes.value(QStringLiteral("officeDocument"));
        if (workbookPart.isEmpty() || zip_name_locate(archive_.get(), workbookPart.toUtf8().constData(), ZIP_FL_NOCASE) < 0)
            workbookPart = QStringLiteral("xl/workbook.xml");
        if (zip_name_locate(archive_.get(), workbookPart.toUtf8().constData(), ZIP_FL_NOCASE) < 0) {
            error_ = Tr::tr("%1 is a ZIP archive but not an Excel workbook (it holds no %2).").arg(path_, workbookPart);
            return false;
        }
        QHash<QString, QString> targets, types;
        if (!readRelationships(workbookPart, &targets, &types))
            return false;
        sharedStringsPart_ = types.value(QStringLiteral("sharedStrings"));

        currentPart_ = workbookPart;
        std::unique_ptr<ZipEntryDevice> device = openPart(workbookPart, true);
        if (!device)
            return false;
        QXmlStreamReader xml(device.get());
        while (!xml.atEnd() && !xml.hasError()) { // a premature end is an error, not "wait for more"
            if (xml.readNext() != QXmlStreamReader::StartElement || xml.name() != u"sheet")
                continue;
            QString id;
            for (const QXmlStreamAttribute &attribute : xml.attributes()) {
                if (attribute.name() == u"id") // r:id, whatever the prefix (transitional or strict)
                    id = attribute.value().toString();
            }
            const QString name = xml.attributes().value(QLatin1String("name")).toString();
            QString part = targets.value(id);
            if (part.isEmpty()) {
                error_ = Tr::tr("%1 is damaged: the workbook does not say where its sheet \"%2\" is.").arg(path_, name);
                return false;
            }
            sheetNames_.append(name);
            sheetParts_.append(part);
        }
        if (xml.hasError() || device->failed()) {
            partError(xml, *device);
            return false;
        }
        if (sheetNames_.isEmpty()) {
            error_ = Tr::tr("%1 is an Excel workbook without sheets.").arg(path_);
            return false;
        }
        return true;
    }

    bool readSharedStrings()
    {
        QString part = sharedStringsPart_;
        if (part.isEmpty())
            part = QStringLiteral("xl/sharedStrings.xml");
        currentPart_ = part;
        std::unique_ptr<ZipEntryDevice> device = openPart(part, false);
        if (!device)
            return error_.isEmpty(); // a workbook without texts has no such part
        QXmlStreamReader xml(device.get());
        while (!xml.atEnd() && !xml.hasError()) { // a premature end is an error, not "wait for more"
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (xml.name() == u"sst") {
                bool ok = false;
                const qsizetype count = xml.attributes().value(QLatin1String("uniqueCount")).toLongLong(&ok);
                if (ok && count > 0 && count < 10'000'000)
                    sharedStrings_.reserve(count);
            } else if (xml.name() == u"si") {
                sharedStrings_.append(readStringItem(xml));
            }
        }
        if (xml.hasError() || device->failed()) {
            partError(xml, *device);
            return false;
        }
        return true;
    }

    QString path_;
    ZipArchive archive_;
    QString error_;
    QString currentPart_;
    QStringList sheetNames_;
    QStringList sheetParts_;
    QString sharedStringsPart_;
    QStringList sharedStrings_;
};

Sheet readXlsx(const QString &path, const ReadOptions &options)
{
    Sheet sheet;
    sheet.fileName = path;
    sheet.format = Format::Xlsx;
    Workbook workbook(path);
    if (!workbook.open())
        return failed(sheet, workbook.error());
    sheet.sheetNames = workbook.sheetNames();
    qsizetype index = 0;
    if (!options.sheet.isEmpty()) {
        index = sheet.sheetNames.indexOf(options.sheet);
        if (index < 0) {
            QStringList quoted;
            for (const QString &name : sheet.sheetNames)
                quoted.append(QLatin1Char('"') + name + QLatin1Char('"'));
            return failed(sheet, Tr::tr("%1 has no sheet named \"%2\"; its sheets are %3.")
                                     .arg(path, options.sheet, quoted.join(QLatin1String(", "))));
        }
    }
    sheet.sheetName = sheet.sheetNames[index];
    if (!workbook.readSheet(index, sheet))
        return failed(sheet, workbook.error());
    return sheet;
}

} // namespace

QString encodingName(Encoding e)
{
    switch (e) {
    case Encoding::Auto:
        return QStringLiteral("auto");
    case Encoding::Utf8:
        return QStringLiteral("utf-8");
    case Encoding::Utf16LE:
        return QStringLiteral("utf-16le");
    case Encoding::Utf16BE:
        return QStringLiteral("utf-16be");
    case Encoding::Windows1258:
        return QStringLiteral("windows-1258");
    }
    return {};
}

std::optional<Encoding> encodingFromName(const QString &name)
{
    const QString key = name.trimmed().toLower();
    for (const Encoding e :
         {Encoding::Auto, Encoding::Utf8, Encoding::Utf16LE, Encoding::Utf16BE, Encoding::Windows1258}) {
        if (key == encodingName(e))
            return e;
    }
    if (key == u"utf8")
        return Encoding::Utf8;
    if (key == u"utf16le")
        return Encoding::Utf16LE;
    if (key == u"utf16be")
        return Encoding::Utf16BE;
    if (key == u"cp1258")
        return Encoding::Windows1258;
    return std::nullopt;
}

QString encodingLabel(Encoding e)
{
    switch (e) {
    case Encoding::Auto:
        return Tr::tr("Detect automatically");
    case Encoding::Utf8:
        return QStringLiteral("UTF-8");
    case Encoding::Utf16LE:
        return Tr::tr("UTF-16 (little-endian)");
    case Encoding::Utf16BE:
        return Tr::tr("UTF-16 (big-endian)");
    case Encoding::Windows1258:
        return Tr::tr("Windows-1258 (Vietnamese)");
    }
    return {};
}

Sheet readCsv(const QByteArray &bytes, const QString &fileName, const ReadOptions &options)
{
    return csvFromBytes(bytes, fileName, options);
}

Sheet readFile(const QString &path, const ReadOptions &options)
{
    Sheet sheet;
    sheet.fileName = path;
    const QFileInfo info(path);
    if (!info.exists())
        return failed(sheet, Tr::tr("The file %1 does not exist.").arg(path));
    if (info.isDir())
        return failed(sheet, Tr::tr("%1 is a folder, not a file.").arg(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failed(sheet, Tr::tr("Cannot read %1: %2.").arg(path, file.errorString()));
    const QByteArray start = file.peek(4);
    // Local file header or, for an archive with no entries, the end record.
    if (start == QByteArrayView("PK\x03\x04", 4) || start == QByteArrayView("PK\x05\x06", 4)) {
        file.close();
        return readXlsx(path, options);
    }
    QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return failed(sheet, Tr::tr("Cannot read %1: %2.").arg(path, file.errorString()));
    file.close();
    return csvFromBytes(std::move(bytes), path, options);
}

QStringList xlsxSheetNames(const QString &path, QString *error)
{
    Workbook workbook(path);
    if (!workbook.open()) {
        if (error)
            *error = workbook.error();
        return {};
    }
    if (error)
        error->clear();
    return workbook.sheetNames();
}

} // namespace cutru::tabular
