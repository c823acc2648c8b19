#include "cli/migrate_command.h"

#include "cli/console.h"
#include "storage/database_copy.h"
#include "storage/database_target.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

namespace cutru::cli {
namespace {

// The same context as main.cpp's: one set of command-line strings for the translators.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cutru::cli)
};

} // namespace

int commandMigrate(const QCommandLineParser &p)
{
    const QString from = p.value(QStringLiteral("from"));
    const QString to = p.value(QStringLiteral("to"));
    if (from.isEmpty() || to.isEmpty())
        return fail(Tr::tr("'migrate' needs --from FILE (the CuTru database file) and --to postgresql://… (an empty "
                           "database on the server)."));
    if (storage::DatabaseTarget::isServerUri(from))
        return fail(Tr::tr("--from takes a CuTru database file; %1 is a server address.").arg(from));
    if (!storage::DatabaseTarget::isServerUri(to))
        return fail(Tr::tr("--to takes the server database's address, postgresql://[user@]host[:port]/database "
                           "(got '%1').")
                        .arg(to));
    QString uriError;
    if (!storage::DatabaseTarget::parse(to, &uriError))
        return fail(uriError);

    QElapsedTimer timer;
    timer.start();
    QString lastStage;
    int lastTenth = -1;
    const storage::ServerCopyReport report = storage::copyDatabaseToServer(
        from, to, [&](const storage::ServerCopyProgress &progress) {
            const int tenth = progress.total > 0 ? int(10 * progress.done / progress.total) : 10;
            if (progress.stage != lastStage || tenth != lastTenth) {
                err() << QStringLiteral("%1: %2%\n").arg(progress.stage).arg(tenth * 10);
                err().flush();
                lastStage = progress.stage;
                lastTenth = tenth;
            }
            return true;
        });
    if (!report.completed)
        return fail(Tr::tr("The copy was cancelled; nothing was copied."));

    int width = 0;
    for (const storage::TableCopyCheck &t : report.tables)
        width = std::max(width, int(t.table.size()));
    for (const storage::TableCopyCheck &t : report.tables)
        out() << Tr::tr("%1  %2 rows  SHA-256 %3")
                     .arg(t.table, -width)
                     .arg(t.serverRows, 9)
                     .arg(t.serverChecksum)
              << Qt::endl;
    out() << Tr::tr("verified: %1 rows in %2 tables copied from %3 to %4, every row count and checksum equal (%5 s).")
                 .arg(report.totalRows())
                 .arg(report.tables.size())
                 .arg(from, storage::DatabaseTarget::parse(to)->display())
                 .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
          << Qt::endl;
    if (!report.accountsNeedingPasswords.isEmpty())
        out() << Tr::tr("The accounts were copied with their passwords, which the server cannot use: an administrator "
                        "must give each account a new password before it can sign in to the server (CuTru connected "
                        "to the server: Accounts → Reset password; or cutru-cli accounts reset-password --account "
                        "NAME). Accounts: %1.")
                     .arg(report.accountsNeedingPasswords.join(QStringLiteral(", ")))
              << Qt::endl;
    return 0;
}

} // namespace cutru::cli
