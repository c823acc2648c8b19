#pragma once

#include <QChar>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

// Reading the spreadsheets users bring (CSV in any of the encodings Vietnamese
// offices produce, and XLSX) into one shape, so that importers never care which
// format a file was. See docs/data-formats.md, "Import files".
namespace cutru::tabular {

enum class Format { Csv, Xlsx };

// Text encodings of CSV files. Auto: a byte-order mark decides (UTF-8, UTF-16 LE/BE);
// without one, NUL bytes in the pattern of UTF-16 mean UTF-16 LE or BE, text that is
// valid UTF-8 is UTF-8, anything else is Windows-1258 (the Vietnamese ANSI code page
// of older Excel and Windows programs).
enum class Encoding { Auto, Utf8, Utf16LE, Utf16BE, Windows1258 };

// Stable names for options and saved settings: "auto", "utf-8", "utf-16le",
// "utf-16be", "windows-1258". encodingFromName also takes "utf8", "utf16le", "cp1258",
// any case; nullopt for anything else.
QString encodingName(Encoding e);
std::optional<Encoding> encodingFromName(const QString &name);
// For people: "UTF-8", "UTF-16 (little-endian)", "Windows-1258 (Vietnamese)", …
QString encodingLabel(Encoding e);

struct ReadOptions {
    Encoding encoding = Encoding::Auto; // CSV only
    QChar delimiter;                    // CSV only: ',', ';' or '\t'; null: detected from the header line
    QString sheet;                      // XLSX only: a sheet's name; empty: the first sheet
};

// One data row: its number as the user sees it (CSV: the 1-based line where the
// record starts; XLSX: the sheet's row number) and its cells as text, as many as
// the header has (short rows are padded with empty strings; extra cells are kept
// beyond the header's width only if not empty — `extraCells` counts them).
struct Row {
    int number = 0;
    QStringList cells;
    int extraCells = 0;
};

// A file read. XLSX cells come as text too: a number as its shortest exact decimal
// ("34095001234", "45292", "45292.5"; never an exponent for whole numbers below
// 10^15), a boolean as "TRUE"/"FALSE", a shared or inline string as written. Dates
// stored as Excel serial numbers therefore arrive as numbers in text; the importers
// know which columns hold dates.
struct Sheet {
    QString fileName;             // as given, for messages
    Format format = Format::Csv;
    Encoding encoding = Encoding::Utf8; // CSV: the encoding used (detected or chosen)
    QChar delimiter;                    // CSV: the delimiter used
    QStringList sheetNames;             // XLSX: all sheets of the workbook, in order
    QString sheetName;                  // XLSX: the sheet read
    QStringList header;                 // the first non-empty row, cells trimmed
    QList<Row> rows;                    // the data rows; rows whose cells are all empty are left out
    QString error; // translated, naming the file (and line, sheet or part); empty when read

    bool ok() const { return error.isEmpty(); }
};

// Reads a file: XLSX when it is a ZIP archive (whatever its extension), CSV otherwise.
// Never throws: problems (missing, unreadable, empty, no header, truncated or not an
// Excel workbook, undecodable text, a sheet that does not exist) come back in
// Sheet::error with the header and rows empty.
Sheet readFile(const QString &path, const ReadOptions &options = {});
// The same for CSV bytes already in memory; `fileName` is used in messages.
Sheet readCsv(const QByteArray &bytes, const QString &fileName, const ReadOptions &options = {});

// The names of an XLSX workbook's sheets, in order; empty with *error set when the
// file is not a readable workbook.
QStringList xlsxSheetNames(const QString &path, QString *error = nullptr);

} // namespace cutru::tabular
