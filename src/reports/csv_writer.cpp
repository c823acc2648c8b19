#include "reports/csv_writer.h"

#include <QStringList>

namespace cutru::reports {

static QString quoted(const QString &s)
{
    if (!s.contains(QLatin1Char(',')) && !s.contains(QLatin1Char('"')) && !s.contains(QLatin1Char('\n'))
        && !s.contains(QLatin1Char('\r')))
        return s;
    QString q = s;
    q.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

QByteArray toCsv(const ReportTable &table)
{
    QByteArray out("\xEF\xBB\xBF");
    QStringList header;
    for (const auto &c : table.columns)
        header << quoted(c.header);
    out += header.join(QLatin1Char(',')).toUtf8() + "\r\n";
    for (const auto &row : table.rows) {
        QStringList cells;
        for (const auto &v : row.cells)
            cells << quoted(v.toString());
        out += cells.join(QLatin1Char(',')).toUtf8() + "\r\n";
    }
    return out;
}

} // namespace cutru::reports
