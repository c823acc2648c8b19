// cutru-cli: the headless front end. Thin: it parses, calls services and reports,
// and prints. Data goes to stdout, progress and logs to stderr.
#include "domain/codes.h"
#include "reports/overview_report.h"
#include "services/app_paths.h"
#include "services/demo_province.h"
#include "services/logging.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QTextStream>
#include <QTranslator>
#include <cstdio>
#include <spdlog/spdlog.h>

namespace {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

// The context is declared, not passed, so that lupdate files the strings under it
// (a free tr() would land in the enclosing namespace's or class's context).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cutru::cli)
};

int fail(const QString &message)
{
    err() << Tr::tr("Error: %1").arg(message) << Qt::endl;
    return 1;
}

int commandInit(const QCommandLineParser &p)
{
    const QString path = p.value(QStringLiteral("out"));
    if (path.isEmpty())
        return fail(Tr::tr("'init' needs --out FILE."));
    cutru::storage::Database db = cutru::storage::Database::open(path, cutru::storage::Database::Create::MustNotExist);
    out() << Tr::tr("Created %1 (schema version %2).").arg(path).arg(db.schemaVersion()) << Qt::endl;
    return 0;
}

int commandDemo(const QCommandLineParser &p)
{
    const QString path = p.value(QStringLiteral("out"));
    if (path.isEmpty())
        return fail(Tr::tr("'demo' needs --out FILE."));
    cutru::DemoOptions options;
    if (p.isSet(QStringLiteral("seed"))) {
        bool ok = false;
        options.seed = p.value(QStringLiteral("seed")).toUInt(&ok);
        if (!ok)
            return fail(Tr::tr("--seed takes a whole number from 0 to 4294967295."));
    }
    if (p.isSet(QStringLiteral("scale"))) {
        bool ok = false;
        options.scale = p.value(QStringLiteral("scale")).toDouble(&ok);
        if (!ok || options.scale <= 0.0 || options.scale > 1.0)
            return fail(Tr::tr("--scale takes a number greater than 0 and at most 1."));
    }
    QElapsedTimer timer;
    timer.start();
    QString lastStage;
    int lastPercent = -1;
    cutru::DemoProvinceGenerator generator(options);
    generator.generate(path, [&](const cutru::DemoProgress &progress) {
        const int percent = progress.total > 0 ? int(100LL * progress.done / progress.total) : 0;
        if (progress.stage != lastStage || percent / 10 != lastPercent / 10) {
            err() << QStringLiteral("%1: %2/%3 (%4%)\n")
                         .arg(progress.stage)
                         .arg(progress.done)
                         .arg(progress.total)
                         .arg(percent);
            err().flush();
            lastStage = progress.stage;
            lastPercent = percent;
        }
    });
    out() << Tr::tr("Created the demo province in %1 in %2 s.")
                 .arg(path)
                 .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
          << Qt::endl;
    return 0;
}

int commandInfo(const QCommandLineParser &p)
{
    const QString path = p.value(QStringLiteral("db"));
    if (path.isEmpty())
        return fail(Tr::tr("'info' needs --db FILE."));
    cutru::storage::Database db = cutru::storage::Database::open(path, cutru::storage::Database::Create::MustExist);
    out() << Tr::tr("Database: %1").arg(QFileInfo(path).absoluteFilePath()) << '\n'
          << Tr::tr("Schema version: %1").arg(db.schemaVersion()) << '\n';
    const auto table = cutru::reports::overviewReport(db, QString(), QString());
    for (const auto &row : table.rows)
        out() << QString(row.level * 2, QLatin1Char(' ')) << row.cells.value(0).toString() << ": "
              << row.cells.value(1).toString() << '\n';
    out().flush();
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("CuTru"));
    QCoreApplication::setApplicationName(QStringLiteral("cutru"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CUTRU_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("CuTru command line: party members at their place of residence.\n\n"
           "Commands:\n"
           "  init --out FILE              create an empty database of the current schema\n"
           "  demo --out FILE [--seed N]   build the Thái Bình 2012 demo province\n"
           "  info --db FILE               schema version and the organisation overview"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("command"), Tr::tr("init, demo or info"));
    parser.addOptions({
        {QStringLiteral("db"), Tr::tr("The database file to open."), Tr::tr("FILE")},
        {QStringLiteral("out"), Tr::tr("The file to create."), Tr::tr("FILE")},
        {QStringLiteral("seed"), Tr::tr("Random seed of the demo province (default 2012)."), Tr::tr("N")},
        {QStringLiteral("scale"), Tr::tr("Size of the demo province, 0 < X <= 1 (default 1)."), Tr::tr("X")},
        {QStringLiteral("verbose"), Tr::tr("Log more detail to stderr.")},
    });
    parser.process(app);

    cutru::logging::toStderr(parser.isSet(QStringLiteral("verbose")));
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1) {
        err() << parser.helpText();
        return 2;
    }
    const QString command = args.first();
    try {
        if (command == QLatin1String("init"))
            return commandInit(parser);
        if (command == QLatin1String("demo"))
            return commandDemo(parser);
        if (command == QLatin1String("info"))
            return commandInfo(parser);
    } catch (const cutru::storage::StorageError &e) {
        spdlog::debug("storage error detail: {}", e.detail().toStdString());
        return fail(e.userMessage());
    }
    return fail(Tr::tr("Unknown command '%1'. Run cutru-cli --help.").arg(command));
}
