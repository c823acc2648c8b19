#include "services/import_report.h"

#include "services/csv_format.h"

#include <QCoreApplication>
#include <QHash>
#include <QSaveFile>
#include <algorithm>

namespace cutru {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cutru::ImportReport)
};

struct ModeEntry {
    DuplicateMode mode;
    const char *code;
    const char *label;
};

const ModeEntry kModes[] = {
    {DuplicateMode::Skip, "skip", QT_TRANSLATE_NOOP("cutru::ImportReport", "Skip: leave the stored record alone")},
    {DuplicateMode::Update, "update",
     QT_TRANSLATE_NOOP("cutru::ImportReport", "Update: the file's filled cells replace the stored values")},
    {DuplicateMode::Fill, "fill",
     QT_TRANSLATE_NOOP("cutru::ImportReport", "Fill: the file's cells fill only the stored record's empty fields")},
};

const ModeEntry &entry(DuplicateMode m)
{
    for (const ModeEntry &e : kModes)
        if (e.mode == m)
            return e;
    return kModes[0]; // unreachable: every mode has an entry
}

} // namespace

QString code(DuplicateMode m)
{
    return QString::fromLatin1(entry(m).code);
}

std::optional<DuplicateMode> duplicateModeFromCode(const QString &c)
{
    const QString wanted = c.trimmed().toLower();
    for (const ModeEntry &e : kModes)
        if (wanted == QLatin1String(e.code))
            return e.mode;
    return std::nullopt;
}

QString label(DuplicateMode m)
{
    return QCoreApplication::translate("cutru::ImportReport", entry(m).label);
}

bool writeRejectedRows(const tabular::Sheet &sheet, const ImportReport &report, const QString &path, QString *error)
{
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };

    QHash<int, QStringList> problemsByRow; // Row::number → "<column>: <message>", in report order
    for (const ImportProblem &p : report.problems)
        problemsByRow[p.row] << (p.column.isEmpty() ? p.message : p.column + QStringLiteral(": ") + p.message);

    QList<const tabular::Row *> rejected;
    qsizetype width = sheet.header.size();
    for (qsizetype i = 0; i < sheet.rows.size() && i < report.fates.size(); ++i) {
        if (report.fates[i] != RowFate::Invalid && report.fates[i] != RowFate::Repeated)
            continue;
        rejected << &sheet.rows[i];
        width = std::max(width, sheet.rows[i].cells.size());
    }

    // Cells beyond the header (kept when not empty) stay in their columns, so the
    // "error" column comes after the widest row, under a header padded with blanks.
    QStringList header = sheet.header;
    while (header.size() < width)
        header << QString();
    header << QStringLiteral("error");

    QByteArray out(csv::kUtf8ByteOrderMark);
    out += csv::record(header);
    for (const tabular::Row *row : rejected) {
        QStringList cells = row->cells;
        while (cells.size() < width)
            cells << QString();
        cells << problemsByRow.value(row->number).join(QStringLiteral("; "));
        out += csv::record(cells);
    }

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(Tr::tr("Cannot write the rejected rows to %1: %2").arg(path, file.errorString()));
    if (file.write(out) != out.size() || !file.commit())
        return fail(Tr::tr("Cannot write the rejected rows to %1: %2").arg(path, file.errorString()));
    return true;
}

SaveOutcome invalidImport(const QString &message)
{
    SaveOutcome out;
    out.status = SaveOutcome::Status::Invalid;
    out.message = message;
    return out;
}

} // namespace cutru
