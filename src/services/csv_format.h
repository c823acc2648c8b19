#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

// Writing CSV as docs/data-formats.md, "CSV output", describes it: UTF-8 with a
// byte-order mark (so that Excel shows Vietnamese correctly), comma, CRLF, RFC 4180
// quoting. Here, below the reports, so that services (rejected rows of an import)
// and reports (report tables, exports) write the same thing.
namespace cutru::csv {

inline constexpr char kUtf8ByteOrderMark[] = "\xEF\xBB\xBF";

// The field as written: quoted, with quotes doubled, when it holds a comma, a quote
// or a line break; as it is otherwise.
QString quoteField(const QString &field);
// One record: the quoted fields joined by commas, in UTF-8, ending with CRLF.
QByteArray record(const QStringList &fields);

} // namespace cutru::csv
