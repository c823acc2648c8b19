#include "cli/data_commands.h"

#include "cli/console.h"
#include "reports/data_export.h"
#include "services/import_mapping.h"
#include "services/import_report.h"
#include "services/member_import.h"
#include "services/organisation_import.h"
#include "services/tabular_file.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <spdlog/spdlog.h>

namespace cutru::cli {
namespace {

// The same context as main.cpp's: one set of command-line strings for the translators.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cutru::cli)
};

// "members" / "organisations" as the second word; nullopt after saying what is wrong.
std::optional<ImportKind> kindArgument(const QStringList &args, const QString &command)
{
    const auto kind = importKindFromCode(args.value(1));
    if (!kind && args.value(1).isEmpty())
        fail(Tr::tr("'%1' needs members or organisations (see cutru-cli --help).").arg(command));
    else if (!kind)
        fail(Tr::tr("'%1' takes members or organisations (got '%2').").arg(command, args.value(1)));
    return kind;
}

// Options given to a command that does not use them are said, not silently dropped.
void noteUnused(const QCommandLineParser &p, const QString &command, const QStringList &options)
{
    QStringList unused;
    for (const QString &o : options)
        if (p.isSet(o))
            unused << QStringLiteral("--") + o;
    if (!unused.isEmpty())
        err() << Tr::tr("Note: '%1' does not use %2.").arg(command, unused.join(QStringLiteral(", "))) << Qt::endl;
}

// Progress on stderr every tenth.
ImportProgress tenths(const QString &what)
{
    return [what, last = -1](qint64 done, qint64 total) mutable {
        const int tenth = total > 0 ? int(10 * done / total) : 10;
        if (tenth != last) {
            err() << QStringLiteral("%1: %2% (%3/%4)\n").arg(what).arg(tenth * 10).arg(done).arg(total);
            err().flush();
            last = tenth;
        }
        return true;
    };
}

QString delimiterName(QChar d)
{
    if (d == QLatin1Char(','))
        return Tr::tr("comma");
    if (d == QLatin1Char(';'))
        return Tr::tr("semicolon");
    if (d == QLatin1Char('\t'))
        return Tr::tr("tab");
    return QString(d);
}

// The mapping of --mapping (an existing file: a JSON mapping as ColumnMapping::toJson
// writes it; anything else: the name of a mapping saved in the database), else the guess.
std::optional<ColumnMapping> chooseMapping(const QCommandLineParser &p, storage::Database &db, const ActingUser &user,
                                           ImportKind kind, const QStringList &header)
{
    if (!p.isSet(QStringLiteral("mapping")))
        return ColumnMapping::guess(kind, header);
    const QString given = p.value(QStringLiteral("mapping"));
    if (QFileInfo(given).isFile()) {
        QFile file(given);
        if (!file.open(QIODevice::ReadOnly)) {
            fail(Tr::tr("Cannot read the mapping file %1: %2").arg(given, file.errorString()));
            return std::nullopt;
        }
        QJsonParseError parseError{};
        const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
        if (!doc.isObject() || !doc.object().value(QStringLiteral("columns")).isObject()) {
            fail(Tr::tr("%1 is not a column mapping: a JSON object {\"kind\": …, \"columns\": {\"header\": \"field\", "
                        "…}} is expected%2.")
                     .arg(given, parseError.error != QJsonParseError::NoError
                                     ? Tr::tr(" (%1 at character %2)").arg(parseError.errorString()).arg(parseError.offset)
                                     : QString()));
            return std::nullopt;
        }
        const QString fileKind = doc.object().value(QStringLiteral("kind")).toString();
        if (!fileKind.isEmpty() && fileKind != code(kind)) {
            fail(Tr::tr("%1 is a mapping for %2, not for %3.").arg(given, fileKind, code(kind)));
            return std::nullopt;
        }
        return ColumnMapping::fromJson(kind, header, doc.object());
    }
    const ImportMappingStore store(db, user);
    const auto saved = store.load(kind, given);
    if (!saved) {
        const QStringList names = store.names(kind);
        fail(Tr::tr("There is no file %1 and no saved mapping of that name for %2. Saved mappings: %3.")
                 .arg(given, code(kind), names.isEmpty() ? Tr::tr("none") : names.join(QStringLiteral(", "))));
        return std::nullopt;
    }
    return ColumnMapping::fromJson(kind, header, *saved);
}

void printMapping(const ColumnMapping &mapping, const QString &how)
{
    err() << how << '\n';
    for (qsizetype c = 0; c < mapping.header.size(); ++c) {
        const QString key = mapping.fieldOfColumn.value(c);
        const ImportField *f = key.isEmpty() ? nullptr : importField(mapping.kind, key);
        err() << QStringLiteral("  %1 → %2\n")
                     .arg(mapping.header[c].isEmpty() ? Tr::tr("(column %1)").arg(c + 1) : mapping.header[c],
                          f ? QStringLiteral("%1 (%2)").arg(f->label(), f->key) : Tr::tr("(not imported)"));
    }
    err().flush();
}

QString problemLine(const ImportProblem &problem)
{
    if (problem.column.isEmpty())
        return Tr::tr("row %1: %2").arg(problem.row).arg(problem.message);
    return Tr::tr("row %1, column %2: %3").arg(problem.row).arg(problem.column, problem.message);
}

} // namespace

QList<QCommandLineOption> dataOptions()
{
    return {
        {QStringLiteral("mapping"),
         Tr::tr("import: the column mapping, a JSON file or the name of a saved mapping (default: guessed from the "
                "header)."),
         Tr::tr("FILE|NAME")},
        {QStringLiteral("save-mapping"), Tr::tr("import: save the mapping used under this name."), Tr::tr("NAME")},
        {QStringLiteral("mode"),
         Tr::tr("import: what to do with rows matching a stored record: skip them (default), update the record, or "
                "fill only its empty fields."),
         Tr::tr("skip|update|fill")},
        {QStringLiteral("encoding"),
         Tr::tr("import, CSV: utf-8, utf-16le, utf-16be or windows-1258 (default: detected)."), Tr::tr("ENCODING")},
        {QStringLiteral("delimiter"), Tr::tr("import, CSV: comma, semicolon or tab (default: detected)."),
         Tr::tr("DELIMITER")},
        {QStringLiteral("sheet"), Tr::tr("import, XLSX: the sheet to read (default: the first)."), Tr::tr("NAME")},
        {QStringLiteral("rejected"),
         Tr::tr("import: write the rejected rows to this CSV file, with their errors in an added column."),
         Tr::tr("FILE")},
    };
}

// import members|organisations FILE --db DB [--mapping M] [--save-mapping NAME]
//        [--mode skip|update|fill] [--dry-run] [--encoding E] [--delimiter D] [--sheet S] [--rejected OUT.csv]
int commandImport(const QCommandLineParser &p, const QStringList &args, const SignIn &signIn)
{
    const auto kind = kindArgument(args, QStringLiteral("import"));
    if (!kind)
        return 1;
    const QString path = p.value(QStringLiteral("db"));
    const QString file = args.value(2);
    if (args.size() != 3 || path.isEmpty())
        return fail(Tr::tr("'import %1' needs one file to import and --db FILE.").arg(code(*kind)));
    noteUnused(p, QStringLiteral("import"), {QStringLiteral("scope"), QStringLiteral("format"), QStringLiteral("out")});

    ImportOptions options;
    options.dryRun = p.isSet(QStringLiteral("dry-run"));
    if (p.isSet(QStringLiteral("mode"))) {
        const auto mode = duplicateModeFromCode(p.value(QStringLiteral("mode")));
        if (!mode)
            return fail(Tr::tr("--mode takes skip, update or fill (got '%1').").arg(p.value(QStringLiteral("mode"))));
        options.mode = *mode;
    }
    tabular::ReadOptions read;
    if (p.isSet(QStringLiteral("encoding"))) {
        const auto encoding = tabular::encodingFromName(p.value(QStringLiteral("encoding")));
        if (!encoding)
            return fail(Tr::tr("--encoding takes utf-8, utf-16le, utf-16be or windows-1258 (got '%1').")
                            .arg(p.value(QStringLiteral("encoding"))));
        read.encoding = *encoding;
    }
    if (p.isSet(QStringLiteral("delimiter"))) {
        const QString d = p.value(QStringLiteral("delimiter")).toLower();
        if (d == QLatin1String(",") || d == QLatin1String("comma"))
            read.delimiter = QLatin1Char(',');
        else if (d == QLatin1String(";") || d == QLatin1String("semicolon"))
            read.delimiter = QLatin1Char(';');
        else if (d == QLatin1String("\t") || d == QLatin1String("tab") || d == QLatin1String("\\t"))
            read.delimiter = QLatin1Char('\t');
        else
            return fail(Tr::tr("--delimiter takes comma, semicolon or tab (got '%1').")
                            .arg(p.value(QStringLiteral("delimiter"))));
    }
    read.sheet = p.value(QStringLiteral("sheet"));
    const QString rejectedPath = p.value(QStringLiteral("rejected"));
    if (p.isSet(QStringLiteral("rejected"))) {
        // Checked before anything is written: the import should not happen when its
        // rejected rows would have nowhere to go.
        const QFileInfo folder(QFileInfo(rejectedPath).absolutePath());
        if (rejectedPath.isEmpty() || !folder.isDir() || !folder.isWritable())
            return fail(Tr::tr("Cannot write the rejected rows to %1: the folder does not exist or is not writable.")
                            .arg(rejectedPath));
    }
    if (p.isSet(QStringLiteral("save-mapping")) && p.value(QStringLiteral("save-mapping")).trimmed().isEmpty())
        return fail(Tr::tr("--save-mapping needs a name."));

    storage::Database db = storage::Database::open(path, storage::Database::Create::MustExist);
    const auto user = signIn(db);
    if (!user)
        return 1;

    err() << Tr::tr("Reading %1…").arg(file) << Qt::endl;
    const tabular::Sheet sheet = tabular::readFile(file, read);
    if (!sheet.ok())
        return fail(sheet.error);
    if (sheet.format == tabular::Format::Csv) {
        noteUnused(p, Tr::tr("import of a CSV file"), {QStringLiteral("sheet")});
        err() << Tr::tr("%1: CSV, %2, delimiter %3, %4 data rows")
                     .arg(file, tabular::encodingLabel(sheet.encoding), delimiterName(sheet.delimiter))
                     .arg(sheet.rows.size())
              << Qt::endl;
    } else {
        noteUnused(p, Tr::tr("import of an XLSX file"), {QStringLiteral("encoding"), QStringLiteral("delimiter")});
        err() << Tr::tr("%1: XLSX, sheet '%2', %3 data rows").arg(file, sheet.sheetName).arg(sheet.rows.size())
              << Qt::endl;
    }

    const auto mapping = chooseMapping(p, db, *user, *kind, sheet.header);
    if (!mapping)
        return 1;
    printMapping(*mapping, p.isSet(QStringLiteral("mapping"))
                               ? Tr::tr("Column mapping (%1), file column → field:").arg(p.value(QStringLiteral("mapping")))
                               : Tr::tr("Column mapping guessed from the header, file column → field (give --mapping "
                                        "to change it):"));
    const QStringList problems = mapping->problems();
    if (!problems.isEmpty())
        return fail(Tr::tr("The file cannot be imported with this mapping: %1").arg(problems.join(QStringLiteral("; "))));

    const ImportReport report = *kind == ImportKind::Members
        ? MemberImport(db, *user).run(sheet, *mapping, options, tenths(Tr::tr("Importing")))
        : OrganisationImport(db, *user).run(sheet, *mapping, options, tenths(Tr::tr("Importing")));
    if (!report.outcome.ok())
        return fail(outcomeMessage(report.outcome));
    if (report.cancelled)
        return fail(Tr::tr("The import was cancelled: nothing was written."));

    for (const ImportProblem &problem : report.problems)
        out() << problemLine(problem) << '\n';
    for (const ImportProblem &warning : report.warnings)
        out() << Tr::tr("Warning: %1").arg(problemLine(warning)) << '\n';
    for (const QString &unknown : report.unknownOrganisations)
        out() << Tr::tr("Unknown organisation: %1").arg(unknown) << '\n';
    out() << Tr::tr("Rows: %1").arg(report.total) << '\n'
          << Tr::tr("Valid: %1").arg(report.valid) << '\n'
          << Tr::tr("Invalid: %1").arg(report.invalid) << '\n'
          << Tr::tr("Duplicates: %1").arg(report.duplicates) << '\n'
          << Tr::tr("Possible duplicates: %1").arg(report.possible) << '\n'
          << Tr::tr("Repeated in the file: %1").arg(report.repeated) << '\n';
    if (report.written)
        out() << Tr::tr("Inserted: %1").arg(report.inserted) << '\n'
              << Tr::tr("Updated: %1").arg(report.updated) << '\n'
              << Tr::tr("Unchanged: %1").arg(report.unchanged) << '\n'
              << Tr::tr("Skipped: %1").arg(report.skipped) << '\n';
    else if (options.dryRun)
        out() << Tr::tr("Dry run: nothing was written.") << '\n';
    else
        out() << Tr::tr("Nothing to write.") << '\n';
    out().flush();

    if (p.isSet(QStringLiteral("save-mapping"))) {
        const QString name = p.value(QStringLiteral("save-mapping")).trimmed();
        const SaveOutcome saved = ImportMappingStore(db, *user).save(name, *mapping);
        if (!saved.ok())
            return fail(Tr::tr("The mapping was not saved: %1").arg(outcomeMessage(saved)));
        err() << Tr::tr("Saved the mapping as '%1'.").arg(name) << Qt::endl;
    }
    if (p.isSet(QStringLiteral("rejected"))) {
        QString error;
        if (!writeRejectedRows(sheet, report, rejectedPath, &error))
            return fail(report.written ? Tr::tr("%1 (the import itself was written).").arg(error) : error);
        err() << Tr::tr("Rejected rows written to %1.").arg(rejectedPath) << Qt::endl;
    }
    return report.rejected() > 0 ? 2 : 0;
}

// export members|organisations --db DB [--scope CODE] --format csv|xlsx --out FILE
int commandExport(const QCommandLineParser &p, const QStringList &args, const SignIn &signIn)
{
    const auto kind = kindArgument(args, QStringLiteral("export"));
    if (!kind)
        return 1;
    const QString path = p.value(QStringLiteral("db"));
    const QString target = p.value(QStringLiteral("out"));
    if (args.size() != 2 || path.isEmpty() || target.isEmpty())
        return fail(Tr::tr("'export %1' needs --db FILE and --out FILE.").arg(code(*kind)));
    QString format = p.value(QStringLiteral("format")).toLower();
    if (format.isEmpty()) // from the file's extension
        format = QFileInfo(target).suffix().toLower();
    if (format != QLatin1String("csv") && format != QLatin1String("xlsx"))
        return fail(Tr::tr("'export' needs --format csv or xlsx."));
    noteUnused(p, QStringLiteral("export"),
               {QStringLiteral("mapping"), QStringLiteral("save-mapping"), QStringLiteral("mode"),
                QStringLiteral("dry-run"), QStringLiteral("encoding"), QStringLiteral("delimiter"),
                QStringLiteral("sheet"), QStringLiteral("rejected")});

    storage::Database db = storage::Database::open(path, storage::Database::Create::MustExist);
    const auto user = signIn(db);
    if (!user)
        return 1;
    reports::ExportRequest request;
    request.kind = *kind;
    request.scopeCode = p.value(QStringLiteral("scope"));
    request.format = format == QLatin1String("xlsx") ? reports::ExportFormat::Xlsx : reports::ExportFormat::Csv;
    request.path = target;
    QElapsedTimer timer;
    timer.start();
    const reports::ExportResult r = reports::exportData(db, *user, request, tenths(Tr::tr("Exporting")));
    spdlog::info("export of {} to {}: {} rows in {} ms", code(*kind).toStdString(), target.toStdString(), r.rows,
                 timer.elapsed());
    if (!r.outcome.ok())
        return fail(outcomeMessage(r.outcome));
    if (r.cancelled)
        return fail(Tr::tr("The export was cancelled: nothing was written."));
    out() << Tr::tr("Rows exported: %1").arg(r.rows) << Qt::endl;
    err() << Tr::tr("Written: %1").arg(target) << Qt::endl;
    return 0;
}

} // namespace cutru::cli
