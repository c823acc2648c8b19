#include "reports/report_xlsx.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QTemporaryFile>
#include <algorithm>
#include <cmath>
#include <filesystem>
#include <system_error>
#include <vector>
#include <xlsxwriter.h>

namespace cutru::reports {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cutru::reports::ReportXlsx)
};

// Excel refuses a sheet name longer than 31 characters, holding any of
// []:*?/\ or beginning or ending with an apostrophe.
QString sheetName(const Report &report)
{
    QString name = report.title.simplified();
    for (QChar c : QStringLiteral("[]:*?/\\"))
        name.replace(c, QLatin1Char(' '));
    name = name.simplified();
    while (name.startsWith(QLatin1Char('\'')))
        name.remove(0, 1);
    // 31 characters as Excel counts them (UTF-16 code units); a surrogate pair is not cut.
    if (name.size() > 31)
        name.truncate(name.at(30).isHighSurrogate() ? 30 : 31);
    while (name.endsWith(QLatin1Char('\'')) || name.endsWith(QLatin1Char(' ')))
        name.chop(1);
    return name.isEmpty() ? QStringLiteral("Report") : name;
}

enum class Kind { Text, Integer, Decimal, Percent, Date };

Kind kindOf(const QVariant &v, const ReportColumn &c)
{
    switch (v.typeId()) {
    case QMetaType::QDate: return Kind::Date;
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong: return c.percent ? Kind::Percent : Kind::Integer;
    case QMetaType::Double:
    case QMetaType::Float: return c.percent ? Kind::Percent : Kind::Decimal;
    default: return Kind::Text;
    }
}

// A workbook being written: formats made on first use, one per combination.
class Sheet {
public:
    Sheet(lxw_workbook *book, lxw_worksheet *sheet) : book_(book), sheet_(sheet) { }

    struct Style {
        Kind kind = Kind::Text;
        bool bold = false, tinted = false, header = false, boxed = true;
        int indent = 0;
        bool number = false; // a number column: right-aligned even when empty
        double points = 0;   // 0: the default size
        bool italic = false;
    };

    lxw_format *format(const Style &s)
    {
        const QString key = QStringLiteral("%1|%2|%3|%4|%5|%6|%7|%8|%9")
                                .arg(int(s.kind))
                                .arg(s.bold)
                                .arg(s.tinted)
                                .arg(s.header)
                                .arg(s.boxed)
                                .arg(s.indent)
                                .arg(s.number)
                                .arg(s.points)
                                .arg(s.italic);
        auto it = formats_.constFind(key);
        if (it != formats_.cend())
            return *it;
        lxw_format *f = workbook_add_format(book_);
        if (s.bold)
            format_set_bold(f);
        if (s.italic)
            format_set_italic(f);
        if (s.points > 0)
            format_set_font_size(f, s.points);
        if (s.boxed)
            format_set_border(f, LXW_BORDER_THIN);
        if (s.tinted) {
            format_set_pattern(f, LXW_PATTERN_SOLID);
            format_set_bg_color(f, 0xFCE4D6); // as the PDF tints rows worth a look
        }
        if (s.header) {
            format_set_text_wrap(f);
            format_set_align(f, LXW_ALIGN_CENTER);
            format_set_align(f, LXW_ALIGN_VERTICAL_CENTER);
        }
        if (s.indent > 0)
            format_set_indent(f, uint8_t(std::min(s.indent, 15)));
        switch (s.kind) {
        case Kind::Integer: format_set_num_format(f, "#,##0"); break;
        case Kind::Decimal: format_set_num_format(f, "#,##0.00"); break;
        case Kind::Percent: format_set_num_format(f, "0.0%"); break;
        case Kind::Date: format_set_num_format(f, "dd/mm/yyyy"); break;
        case Kind::Text: break;
        }
        if (s.number && s.kind == Kind::Text)
            format_set_align(f, LXW_ALIGN_RIGHT);
        return *formats_.insert(key, f);
    }

    void text(int row, int col, const QString &s, lxw_format *f, bool measured = true)
    {
        note(worksheet_write_string(sheet_, lxw_row_t(row), lxw_col_t(col), s.toUtf8().constData(), f));
        if (measured)
            fit(col, s);
    }
    void number(int row, int col, double v, lxw_format *f, const QString &shown)
    {
        note(worksheet_write_number(sheet_, lxw_row_t(row), lxw_col_t(col), v, f));
        fit(col, shown);
    }
    void date(int row, int col, const QDate &d, lxw_format *f)
    {
        lxw_datetime dt{d.year(), d.month(), d.day(), 0, 0, 0};
        note(worksheet_write_datetime(sheet_, lxw_row_t(row), lxw_col_t(col), &dt, f));
        fit(col, QStringLiteral("00/00/0000"));
    }
    void blank(int row, int col, lxw_format *f)
    {
        note(worksheet_write_blank(sheet_, lxw_row_t(row), lxw_col_t(col), f));
    }

    // Header texts wrap: they count by their longest word, or half their
    // length when that is more (two lines).
    void fitHeader(int col, const QString &s)
    {
        qsizetype longest = 0;
        for (const QString &w : s.split(QLatin1Char(' '), Qt::SkipEmptyParts))
            longest = std::max(longest, w.size());
        widen(col, double(std::max(longest, (s.size() + 1) / 2)));
    }

    // Approximate widths in characters of the default font: the longest text
    // of each column, a little air, capped so that long texts wrap instead.
    void setWidths()
    {
        for (size_t c = 0; c < widths_.size(); ++c)
            note(worksheet_set_column(sheet_, lxw_col_t(c), lxw_col_t(c), std::min(widths_[c] * 1.1 + 2, 60.0),
                                      nullptr));
    }

    lxw_error firstError() const { return error_; }
    lxw_worksheet *sheet() const { return sheet_; }

private:
    void fit(int col, const QString &s)
    {
        qsizetype longest = 0; // the longest line
        for (const QString &line : s.split(QLatin1Char('\n')))
            longest = std::max(longest, line.size());
        widen(col, double(longest));
    }
    void widen(int col, double chars)
    {
        if (size_t(col) >= widths_.size())
            widths_.resize(size_t(col) + 1, 0);
        widths_[size_t(col)] = std::max(widths_[size_t(col)], chars);
    }
    void note(lxw_error e)
    {
        if (e != LXW_NO_ERROR && error_ == LXW_NO_ERROR)
            error_ = e;
    }

    lxw_workbook *book_;
    lxw_worksheet *sheet_;
    QHash<QString, lxw_format *> formats_;
    std::vector<double> widths_;
    lxw_error error_ = LXW_NO_ERROR;
};

// The text a number shows (for the column width), near enough.
QString shownNumber(double v, Kind kind)
{
    switch (kind) {
    case Kind::Percent: return QString::number(v, 'f', 1) + QLatin1Char('%');
    case Kind::Decimal: return QString::number(v, 'f', 2);
    default: {
        // Thousands separators.
        const QString digits = QString::number(qint64(std::llround(v)));
        return digits + QString((digits.size() - 1) / 3, QLatin1Char(','));
    }
    }
}

void writeTables(Sheet &s, const Report &report)
{
    int row = 0;
    s.text(row++, 0, report.title.simplified(), s.format({Kind::Text, true, false, false, false, 0, false, 14}), false);
    QStringList scope;
    for (const QString &t : {report.scopeName.simplified(), report.periodLabel.simplified()})
        if (!t.isEmpty())
            scope << t;
    if (!scope.isEmpty())
        s.text(row++, 0, scope.join(QStringLiteral(" – ")),
               s.format({Kind::Text, false, false, false, false, 0, false, 0, true}), false);
    bool frozen = false;
    for (const ReportTable &t : report.tables) {
        ++row; // a blank row above each table
        if (!t.title.simplified().isEmpty())
            s.text(row++, 0, t.title.simplified(), s.format({Kind::Text, true, false, false, false}), false);
        if (!t.subtitle.simplified().isEmpty())
            s.text(row++, 0, t.subtitle.simplified(),
                   s.format({Kind::Text, false, false, false, false, 0, false, 0, true}), false);
        lxw_format *header = s.format({Kind::Text, true, false, true});
        for (qsizetype c = 0; c < t.columns.size(); ++c) {
            s.text(row, int(c), t.columns[c].header.simplified(), header, false);
            s.fitHeader(int(c), t.columns[c].header.simplified());
        }
        ++row;
        // The first table's header stays in view while scrolling.
        if (!frozen) {
            worksheet_freeze_panes(s.sheet(), lxw_row_t(row), 0);
            frozen = true;
        }
        for (const ReportRow &r : t.rows) {
            for (qsizetype c = 0; c < t.columns.size(); ++c) {
                const ReportColumn &col = t.columns[c];
                const QVariant v = c < r.cells.size() ? r.cells[c] : QVariant();
                Sheet::Style style;
                style.bold = r.emphasised || r.total;
                style.tinted = r.highlighted;
                style.number = col.numeric || col.percent;
                style.indent = c == 0 ? std::max(0, r.level) : 0;
                if (!v.isValid() || v.isNull()) { // not applicable: left empty
                    s.blank(row, int(c), s.format(style));
                    continue;
                }
                style.kind = kindOf(v, col);
                lxw_format *f = s.format(style);
                switch (style.kind) {
                case Kind::Text: s.text(row, int(c), v.toString().simplified(), f); break;
                case Kind::Date: s.date(row, int(c), v.toDate(), f); break;
                case Kind::Percent: // stored as a fraction: Excel's own percentages (see data-formats.md)
                    s.number(row, int(c), v.toDouble() / 100.0, f, shownNumber(v.toDouble(), Kind::Percent));
                    break;
                case Kind::Integer:
                case Kind::Decimal:
                    s.number(row, int(c), v.toDouble(), f, shownNumber(v.toDouble(), style.kind));
                    break;
                }
            }
            ++row;
        }
    }
    if (!report.notes.isEmpty()) {
        ++row;
        for (const QString &note : report.notes)
            s.text(row++, 0, note.simplified(), s.format({Kind::Text, false, false, false, false, 0, false, 0, true}),
                   false);
    }
    s.setWidths();
}

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

} // namespace

bool writeReportXlsx(const Report &report, const QString &path, QString *error)
{
    if (error)
        error->clear();
    const QString shown = QDir::toNativeSeparators(path);
    auto cannot = [&](const QString &why) {
        return fail(error, Tr::tr("Cannot write the workbook %1: %2").arg(shown, why));
    };

    // A temporary name beside the target (same file system, so the rename is
    // atomic): a failed write leaves no file and keeps an earlier one.
    const QFileInfo target(path);
    QString temporary;
    {
        QTemporaryFile reserve(
            target.absoluteDir().filePath(QStringLiteral(".%1.XXXXXX.partial").arg(target.fileName())));
        reserve.setAutoRemove(false);
        if (!reserve.open())
            return cannot(reserve.errorString());
        temporary = reserve.fileName();
    }
    auto discard = [&] { QFile::remove(temporary); };

    lxw_workbook *book = workbook_new(QFile::encodeName(temporary).constData());
    if (!book) {
        discard();
        return cannot(Tr::tr("the file could not be created"));
    }
    const QByteArray title = report.title.simplified().toUtf8();
    lxw_doc_properties properties{};
    properties.title = const_cast<char *>(title.constData());
    properties.author = const_cast<char *>("CuTru");
    workbook_set_properties(book, &properties);

    const QByteArray name = sheetName(report).toUtf8();
    lxw_worksheet *worksheet = workbook_add_worksheet(book, name.constData());
    if (!worksheet) { // not expected: the name is made valid above
        workbook_close(book);
        discard();
        return cannot(Tr::tr("the sheet name '%1' is not valid").arg(QString::fromUtf8(name)));
    }
    Sheet sheet(book, worksheet);
    writeTables(sheet, report);
    const lxw_error written = sheet.firstError();
    const lxw_error closed = workbook_close(book); // frees the workbook whatever happens
    if (written != LXW_NO_ERROR || closed != LXW_NO_ERROR) {
        discard();
        return cannot(QString::fromUtf8(lxw_strerror(written != LXW_NO_ERROR ? written : closed)));
    }
    std::error_code ec;
    std::filesystem::rename(std::filesystem::path(QFile::encodeName(temporary).toStdString()),
                            std::filesystem::path(QFile::encodeName(path).toStdString()), ec);
    if (ec) {
        discard();
        return cannot(QString::fromLocal8Bit(ec.message().c_str()));
    }
    return true;
}

} // namespace cutru::reports
