#include "reports/csv_writer.h"

#include "domain/dates.h"
#include "services/csv_format.h"

#include <QStringList>

namespace cutru::reports {

// The one quoting rule of every CSV the program writes.
static QString quoted(const QString &s) { return csv::quoteField(s); }

static QByteArray rows(const ReportTable &table)
{
    QByteArray out;
    QStringList header;
    for (const auto &c : table.columns)
        header << quoted(c.header);
    out += header.join(QLatin1Char(',')).toUtf8() + "\r\n";
    for (const auto &row : table.rows) {
        QStringList cells;
        // Dates as people write them; numbers unformatted, percentages to two decimals
        // (the full double says nothing more and reads as noise in a spreadsheet).
        for (qsizetype i = 0; i < row.cells.size(); ++i) {
            const QVariant &v = row.cells[i];
            const bool percent = i < table.columns.size() && table.columns[i].percent && !v.isNull();
            cells << quoted(v.typeId() == QMetaType::QDate ? displayDate(v.toDate())
                            : percent                      ? QString::number(v.toDouble(), 'f', 2)
                                                           : v.toString());
        }
        out += cells.join(QLatin1Char(',')).toUtf8() + "\r\n";
    }
    return out;
}

QByteArray toCsv(const ReportTable &table)
{
    return QByteArray("\xEF\xBB\xBF") + rows(table);
}

QByteArray toCsv(const Report &report)
{
    QByteArray out("\xEF\xBB\xBF");
    for (qsizetype i = 0; i < report.tables.size(); ++i) {
        const ReportTable &t = report.tables[i];
        if (i > 0)
            out += "\r\n";
        if (!t.title.trimmed().isEmpty())
            out += quoted(t.title.trimmed()).toUtf8() + "\r\n";
        out += rows(t);
    }
    return out;
}

} // namespace cutru::reports
