// cutru: the desktop application. Thin: command line, logging, language, the demo
// database on first start; everything else lives in cutru_gui.
#include "app/demo_builder.h"
#include "app/language.h"
#include "app/main_window.h"
#include "app/recent_files.h"
#include "reports/pdf_memory.h"
#include "services/app_paths.h"
#include "services/logging.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QMessageBox>
#include <spdlog/spdlog.h>

namespace {

// Without a FILE: the database used last, else the demo province (built on first start).
QString databaseToOpen(cutru::MainWindow &window)
{
    const QStringList recent = cutru::recent::files();
    if (!recent.isEmpty())
        return recent.first();
    const QString demo = cutru::paths::demoDatabase();
    if (QFileInfo::exists(demo))
        return demo;
    QString error;
    if (cutru::buildDemoDatabase(demo, &window, &error))
        return demo;
    // Cancelled: an empty window; File → New / Open remain.
    if (!error.isEmpty())
        QMessageBox::warning(&window, QCoreApplication::translate("cutru::main", "Demo province"), error);
    return {};
}

} // namespace

int main(int argc, char *argv[])
{
    // Referral letters print whole organisations into one PDF (see pdf_memory.h).
    cutru::reports::tuneAllocatorForPdfBatches();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("CuTru"));
    QApplication::setApplicationName(QStringLiteral("cutru"));
    QApplication::setApplicationVersion(QStringLiteral(CUTRU_VERSION));
    QApplication::setApplicationDisplayName(QStringLiteral("CuTru"));

    cutru::language::apply(cutru::language::preferred());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("cutru::main", "CuTru: party members at their place of residence."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QCoreApplication::translate("cutru::main", "file"),
                                 QCoreApplication::translate("cutru::main", "The database to open."),
                                 QCoreApplication::translate("cutru::main", "[FILE]"));
    const QCommandLineOption verbose(QStringLiteral("verbose"),
                                     QCoreApplication::translate("cutru::main", "Log more detail."));
    parser.addOption(verbose);
    parser.process(app);

    const QString logFile = cutru::logging::toRotatingFile(parser.isSet(verbose));
    spdlog::info("CuTru {} starting", CUTRU_VERSION);

    cutru::MainWindow window;
    window.setLogFile(logFile);
    window.show();

    const QString path = parser.positionalArguments().isEmpty() ? databaseToOpen(window)
                                                                : parser.positionalArguments().first();
    // A file that cannot be opened is reported; the window stays, empty, with File → Open.
    if (!path.isEmpty())
        window.openDatabaseInteractively(path);
    return app.exec();
}
