#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

// Reading CSV files that users save from spreadsheets (attendance now, members
// later): RFC 4180 with the variations spreadsheets produce. See
// docs/data-formats.md, "CSV input".
namespace cutru::csv {

// One record: its fields as written (not trimmed) and the 1-based line of the
// file where it starts (a quoted field may run over several lines).
struct Row {
    int line = 0;
    QStringList fields;
};

struct Table {
    QString fileName;  // as given, for messages
    QChar delimiter;   // ',', ';' or '\t'
    QList<Row> rows;   // the header first; records whose fields are all empty are left out
    QString error;     // translated, naming the file (and line); empty when read

    bool ok() const { return error.isEmpty(); }
};

// Reads and parses a file: the encoding from its byte-order mark (UTF-8, UTF-16 LE
// or BE; none: UTF-8), the delimiter from the header line (the most frequent of
// comma, semicolon and tab outside quotes; comma when none). Quoted fields may hold
// delimiters, doubled quotes and line breaks; line ends may be CRLF, LF or CR.
Table readFile(const QString &path);
// The same for bytes already read; `fileName` is used in messages.
Table parse(const QByteArray &bytes, const QString &fileName);
// Parses text already decoded (the encoding chosen elsewhere, e.g. by
// tabular::readCsv); `delimiter` null: detected from the header line.
Table parseText(const QString &text, const QString &fileName, QChar delimiter = QChar());
// The same for valid UTF-8 without a byte-order mark, parsed in place: a large
// file is not held a second time as decoded text.
Table parseUtf8(QByteArrayView utf8, const QString &fileName, QChar delimiter = QChar());
// The delimiter of a header line (see readFile).
QChar detectDelimiter(const QString &headerLine);

} // namespace cutru::csv
