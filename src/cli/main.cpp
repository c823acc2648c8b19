// cutru-cli: the headless front end. Thin: it parses, calls services and reports,
// and prints. Data goes to stdout, progress and logs to stderr.
#include "domain/codes.h"
#include "reports/overview_report.h"
#include "reports/report_catalogue.h"
#include "reports/report_pdf.h"
#include "reports/report_xlsx.h"
#include "domain/dates.h"
#include "domain/period.h"
#include "reports/csv_writer.h"
#include "reports/pdf_memory.h"
#include "reports/referral_letters_data.h"
#include "reports/attendance_document_data.h"
#include "reports/attendance_pdf.h"
#include "services/attendance_import.h"
#include "services/meeting_service.h"
#include "services/referral_queries.h"
#include "storage/organisation_repository.h"
#include "services/account_service.h"
#include "services/app_paths.h"
#include "services/backup_service.h"
#include "services/demo_province.h"
#include "services/logging.h"
#include "services/translations.h"
#include "cli/comment_commands.h"
#include "cli/console.h"
#include "cli/data_commands.h"
#include "cli/migrate_command.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QApplication>
#include <QSaveFile>
#include <QHash>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QMap>
#include <QTextStream>
#include <QTranslator>
#include <cstdio>
#include <optional>
#include <termios.h>
#include <unistd.h>
#include <spdlog/spdlog.h>

using cutru::cli::err;
using cutru::cli::fail;
using cutru::cli::out;
using cutru::cli::outcomeMessage;

namespace {

// The context is declared, not passed, so that lupdate files the strings under it
// (a free tr() would land in the enclosing namespace's or class's context).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cutru::cli)
};

// One line of stdin; on a terminal after `prompt` on stderr, without echo. nullopt at
// the end of the input (Ctrl+D).
std::optional<QString> readSecretLine(const QString &prompt)
{
    const bool terminal = isatty(STDIN_FILENO) != 0;
    termios saved{};
    if (terminal) {
        err() << prompt;
        err().flush();
        tcgetattr(STDIN_FILENO, &saved);
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    QTextStream in(stdin);
    QString line;
    const bool got = in.readLineInto(&line);
    if (terminal) {
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        err() << Qt::endl;
    }
    if (!got)
        return std::nullopt;
    return line;
}

// The password of --user: CUTRU_PASSWORD, else asked on the terminal without echo,
// else one line of stdin (scripts).
QString readPassword(const QString &prompt)
{
    if (qEnvironmentVariableIsSet("CUTRU_PASSWORD"))
        return qEnvironmentVariable("CUTRU_PASSWORD");
    return readSecretLine(prompt).value_or(QString());
}

// A server's password that libpq did not find (PGPASSWORD, pgpass file): asked on the
// terminal, naming user@host/database, with the server's reason when the previous one
// was refused. Installed only when stdin is a terminal: a script gets libpq's sources
// or a clear refusal, never a hang on a prompt nobody sees.
void installServerPasswordPrompt()
{
    if (isatty(STDIN_FILENO) == 0)
        return;
    cutru::storage::setPasswordPrompt([](const cutru::storage::DatabaseTarget &target,
                                         const QString &problem) -> std::optional<QString> {
        if (!problem.isEmpty())
            err() << Tr::tr("The server refused the password: %1").arg(problem) << Qt::endl;
        const QString user = !target.user.isEmpty() ? target.user
                                                    : qEnvironmentVariable("PGUSER", cutru::paths::osUser());
        const auto answer =
            readSecretLine(Tr::tr("Password for %1@%2/%3: ").arg(user, target.host, target.databaseName));
        if (!answer || answer->isEmpty())
            return std::nullopt;
        return answer;
    });
}

// Who acts: the account of --user (signed in like the desktop application: wrong
// passwords count towards the lock-out), or without --user the file's local
// administrator, recorded in the change log as local:<os user>. Whoever can read an
// SQLite file has its data anyway; separation between offices is PostgreSQL's job.
std::optional<cutru::ActingUser> actingUser(const QCommandLineParser &p, cutru::storage::Database &db)
{
    // On a server the connection is the sign-in: the server checked the role's password,
    // and the account of that name acts (its grants; the schema owner as administrator).
    if (db.isPostgres()) {
        const QString role = db.serverRole();
        if (p.isSet(QStringLiteral("user")) && p.value(QStringLiteral("user")).trimmed().toLower() != role) {
            fail(Tr::tr("On a server, --user does not choose the account: the connection's user does. Name it "
                        "in the address: postgresql://%1@host/database.")
                     .arg(p.value(QStringLiteral("user")).trimmed()));
            return std::nullopt;
        }
        const cutru::SignInResult r = cutru::AccountService(db).signInToServer();
        if (!r.ok()) {
            fail(r.message);
            return std::nullopt;
        }
        spdlog::info("connected to {} as {}", db.path().toStdString(), r.user.name.toStdString());
        if (r.mustChangePassword)
            err() << Tr::tr("Note: the password of %1 must be changed; sign in to the desktop application to "
                            "change it.")
                         .arg(r.user.name)
                  << Qt::endl;
        return r.user;
    }
    if (!p.isSet(QStringLiteral("user"))) {
        const cutru::ActingUser local = cutru::ActingUser::localAdministrator(cutru::paths::osUser());
        spdlog::info("no --user: acting as the local administrator {} of {}", local.name.toStdString(),
                     db.path().toStdString());
        return local;
    }
    const QString username = p.value(QStringLiteral("user"));
    const QString password = readPassword(Tr::tr("Password for %1: ").arg(username));
    cutru::SignInResult r = cutru::AccountService(db).signIn(username, password);
    if (!r.ok()) {
        fail(r.message);
        return std::nullopt;
    }
    if (r.mustChangePassword)
        err() << Tr::tr("Note: the password of %1 must be changed; sign in to the desktop application to change "
                        "it.")
                     .arg(username)
              << Qt::endl;
    return r.user;
}

int commandInit(const QCommandLineParser &p)
{
    const QString path = p.value(QStringLiteral("out"));
    if (path.isEmpty())
        return fail(Tr::tr("'init' needs --out FILE."));
    const QString admin = p.value(QStringLiteral("admin"));
    QString password;
    if (!admin.isEmpty()) {
        // Checked before the file exists, so that a bad name or password leaves nothing behind.
        cutru::FieldErrors errors = cutru::AccountService::checkUsername(admin);
        password = readPassword(Tr::tr("Password for the new administrator %1: ").arg(admin));
        errors += cutru::AccountService::checkPassword(password);
        if (!errors.isEmpty())
            return fail(errors.first().message);
    }
    cutru::storage::Database db = cutru::storage::Database::open(path, cutru::storage::Database::Create::MustNotExist);
    if (!admin.isEmpty()) {
        const cutru::SaveOutcome outcome = cutru::AccountService(db).createFirstAdministrator(
            admin, p.value(QStringLiteral("name")).isEmpty() ? admin : p.value(QStringLiteral("name")), password,
            cutru::ActingUser::localAdministrator(cutru::paths::osUser()).name);
        if (!outcome.ok())
            return fail(outcome.errors.isEmpty() ? outcome.message : outcome.errors.first().message);
        out() << Tr::tr("Created the administrator account %1 (provincial board over the whole database).")
                     .arg(admin.trimmed().toLower())
              << Qt::endl;
    }
    out() << Tr::tr("Created %1 (schema version %2).").arg(path).arg(db.schemaVersion()) << Qt::endl;
    return 0;
}

int commandDemo(const QCommandLineParser &p)
{
    // A new file with --out; with --db, an empty database on a server (created by its
    // administrator with createdb).
    const QString outPath = p.value(QStringLiteral("out")), dbPath = p.value(QStringLiteral("db"));
    if (!outPath.isEmpty() && !dbPath.isEmpty())
        return fail(Tr::tr("'demo' takes either --out FILE or --db postgresql://…, not both."));
    if (!dbPath.isEmpty() && !cutru::storage::DatabaseTarget::isServerUri(dbPath))
        return fail(Tr::tr("'demo --db' takes the address of an empty database on a server, postgresql://…; a new "
                           "file is made with --out FILE."));
    const QString path = outPath.isEmpty() ? dbPath : outPath;
    if (path.isEmpty())
        return fail(Tr::tr("'demo' needs --out FILE, or --db postgresql://… for an empty database on a server."));
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
    if (cutru::storage::DatabaseTarget::isServerUri(path)) {
        // On a server every account signs in as a database role, which the load does not
        // make (roles belong to the whole server, and their names to one database).
        QStringList names;
        for (const cutru::DemoAccount &a : cutru::demoAccounts())
            names << a.username;
        out() << Tr::tr("The demo accounts (%1) have no database roles on the server yet: an administrator gives "
                        "each a password to sign in with (CuTru connected to the server: Accounts → Reset "
                        "password; or cutru-cli accounts reset-password --account NAME).")
                     .arg(names.join(QStringLiteral(", ")))
              << Qt::endl;
    }
    return 0;
}

int commandInfo(const QCommandLineParser &p)
{
    const QString path = p.value(QStringLiteral("db"));
    if (path.isEmpty())
        return fail(Tr::tr("'info' needs --db FILE."));
    cutru::storage::Database db = cutru::storage::Database::open(path, cutru::storage::Database::Create::MustExist);
    const auto user = actingUser(p, db);
    if (!user)
        return 1;
    if (!user->may(cutru::Action::ReadMembers))
        return fail(cutru::refusalMessage(cutru::Action::ReadMembers));
    out() << Tr::tr("Database: %1").arg(db.isPostgres() ? db.path() : QFileInfo(path).absoluteFilePath()) << '\n'
          << Tr::tr("Schema version: %1").arg(db.schemaVersion()) << '\n'
          << Tr::tr("Acting as: %1 (%2)").arg(user->name, user->permissions.describe()) << '\n';
    // The overview of each organisation the user's roles reach (everything for a
    // whole-database role).
    QList<QPair<QString, QString>> scopes; // path, name
    for (const auto &g : user->permissions.grants()) {
        if (!cutru::roleMay(g.role, cutru::Action::ReadMembers))
            continue;
        if (g.organisationId == 0 || g.organisationPath.isEmpty()) {
            scopes = {{QString(), QString()}};
            break;
        }
        scopes << qMakePair(g.organisationPath, g.organisationName);
    }
    for (const auto &[scopePath, scopeName] : std::as_const(scopes)) {
        const auto table = cutru::reports::overviewReport(db, scopePath, scopeName);
        for (const auto &row : table.rows)
            out() << QString(row.level * 2, QLatin1Char(' ')) << row.cells.value(0).toString() << ": "
                  << row.cells.value(1).toString() << '\n';
    }
    out().flush();
    return 0;
}

// Progress of a page copy on stderr, every tenth.
cutru::storage::CopyProgress copyProgress(const QString &what)
{
    return [what, last = -1](qint64 done, qint64 total) mutable {
        const int percent = total > 0 ? int(100 * done / total) : 0;
        if (percent / 10 != last / 10) {
            err() << QStringLiteral("%1: %2%\n").arg(what).arg(percent);
            err().flush();
            last = percent;
        }
        return true;
    };
}

// The user the backup commands act as. They do not open the database through
// Database::open (a backup copies the file as it is, without upgrading it; a restore
// may be repairing a damaged one): --user signs in on a plain connection, which needs
// a database with accounts; without --user the local administrator acts.
std::optional<cutru::BackupService> backupService(const QCommandLineParser &p, const QString &databasePath)
{
    if (!p.isSet(QStringLiteral("user")))
        return cutru::BackupService(cutru::ActingUser::localAdministrator(cutru::paths::osUser()));
    cutru::storage::Database db =
        cutru::storage::Database::openRaw(databasePath, cutru::storage::Database::Create::MustExist);
    if (db.schemaVersion() < 4) {
        fail(Tr::tr("%1 has no user accounts yet (it was made by an older CuTru): run the command without --user, "
                    "as the file's local administrator.")
                 .arg(databasePath));
        return std::nullopt;
    }
    const auto user = actingUser(p, db);
    if (!user)
        return std::nullopt;
    return cutru::BackupService(*user);
}

// backup and restore copy SQLite files page by page; a server database is backed up
// and restored with PostgreSQL's own tools.
bool refusedOnServer(const QString &command, const QStringList &databases)
{
    for (const QString &d : databases)
        if (cutru::storage::DatabaseTarget::isServerUri(d)) {
            fail(command == QLatin1String("backup")
                     ? Tr::tr("'backup' copies SQLite files only. Back up a database on a PostgreSQL server with "
                              "pg_dump.")
                     : Tr::tr("'restore' restores SQLite files only. Restore a database on a PostgreSQL server "
                              "from its pg_dump archive with pg_restore."));
            return true;
        }
    return false;
}

int commandBackup(const QCommandLineParser &p)
{
    const QString db = p.value(QStringLiteral("db"));
    const QString target = p.value(QStringLiteral("out"));
    if (db.isEmpty() || target.isEmpty())
        return fail(Tr::tr("'backup' needs --db FILE and --out FILE."));
    if (refusedOnServer(QStringLiteral("backup"), {db, target}))
        return 1;
    if (!QFileInfo::exists(db))
        return fail(Tr::tr("The database file %1 does not exist.").arg(db));
    const auto service = backupService(p, db);
    if (!service)
        return 1;
    QElapsedTimer timer;
    timer.start();
    service->backUp(db, target, copyProgress(Tr::tr("Backing up")));
    out() << Tr::tr("Backed up %1 to %2 in %3 s.")
                 .arg(db, target)
                 .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
          << Qt::endl;
    return 0;
}

int commandRestore(const QCommandLineParser &p)
{
    const QString db = p.value(QStringLiteral("db"));
    const QString from = p.value(QStringLiteral("from"));
    if (db.isEmpty() || from.isEmpty())
        return fail(Tr::tr("'restore' needs --db FILE and --from FILE."));
    if (refusedOnServer(QStringLiteral("restore"), {db, from}))
        return 1;
    const auto service = backupService(p, db);
    if (!service)
        return 1;
    err() << Tr::tr("Checking %1…").arg(from) << Qt::endl;
    const cutru::storage::BackupInfo info = service->inspect(from);
    const QLocale locale;
    out() << Tr::tr("Backup: %1").arg(QFileInfo(from).absoluteFilePath()) << '\n'
          << Tr::tr("Schema version: %1").arg(info.schemaVersion) << '\n'
          << Tr::tr("Members: %1, organisations: %2")
                 .arg(locale.toString(info.members), locale.toString(info.organisations))
          << '\n'
          << Tr::tr("Newest change: %1")
                 .arg(info.newestChange.isValid()
                          ? info.newestChange.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm"))
                          : Tr::tr("none"))
          << Qt::endl;
    const cutru::storage::RestoreResult r = service->restore(db, from, copyProgress(Tr::tr("Restoring")));
    out() << Tr::tr("Restored %1 from %2.").arg(db, from) << '\n';
    if (!r.safetyCopy.isEmpty())
        out() << Tr::tr("The database as it was before is kept in %1.").arg(r.safetyCopy) << '\n';
    out().flush();
    return 0;
}

// A listing on stdout: CSV (UTF-8 with BOM, as the reports write it) or tab-separated text.
int printTable(const cutru::reports::ReportTable &table, const QString &format)
{
    if (format == QLatin1String("csv")) {
        const QByteArray csv = cutru::reports::toCsv(table);
        fwrite(csv.constData(), 1, size_t(csv.size()), stdout);
        fflush(stdout);
        return 0;
    }
    QStringList header;
    for (const auto &c : table.columns)
        header << c.header;
    out() << header.join(QLatin1Char('\t')) << '\n';
    for (const auto &row : table.rows) {
        QStringList cells;
        for (const QVariant &v : row.cells)
            cells << v.toString();
        out() << cells.join(QLatin1Char('\t')) << '\n';
    }
    out().flush();
    return 0;
}

// referrals list --db FILE [--status S] [--commune CODE] [--format csv]
int commandReferralList(const QCommandLineParser &p)
{
    const QString path = p.value(QStringLiteral("db"));
    if (path.isEmpty())
        return fail(Tr::tr("'referrals list' needs --db FILE."));
    cutru::storage::ReferralListQuery query;
    const QString status = p.value(QStringLiteral("status"));
    if (!status.isEmpty()) {
        static const QHash<QString, cutru::ReferralState> states{
            {QStringLiteral("issued"), cutru::ReferralState::Issued},
            {QStringLiteral("received"), cutru::ReferralState::Received},
            {QStringLiteral("assigned"), cutru::ReferralState::Assigned},
            {QStringLiteral("ended"), cutru::ReferralState::Ended},
        };
        if (!states.contains(status))
            return fail(Tr::tr("--status takes issued, received, assigned or ended."));
        query.states = {states.value(status)};
    }
    const QString format = p.value(QStringLiteral("format"));
    if (!format.isEmpty() && format != QLatin1String("csv") && format != QLatin1String("text"))
        return fail(Tr::tr("--format takes csv or text."));
    cutru::storage::Database db = cutru::storage::Database::open(path, cutru::storage::Database::Create::MustExist);
    const auto user = actingUser(p, db);
    if (!user)
        return 1;
    const QString communeCode = p.value(QStringLiteral("commune"));
    if (!communeCode.isEmpty()) {
        const auto commune = cutru::storage::OrganisationRepository(db).byCode(communeCode);
        if (!commune || commune->level != cutru::OrgLevel::Commune)
            return fail(Tr::tr("There is no commune-level committee with the code %1 in %2.").arg(communeCode, path));
        query.communeId = commune->id;
    }
    const cutru::ReferralQueries referrals(db, *user);
    cutru::reports::ReportTable table;
    for (const QString &h : {Tr::tr("Party card"), Tr::tr("Member"), Tr::tr("Issuing code"), Tr::tr("Issuing organisation"),
                             Tr::tr("Letter"), Tr::tr("Issued"), Tr::tr("Receiving code"), Tr::tr("Receiving committee"),
                             Tr::tr("Status"), Tr::tr("Received"), Tr::tr("Assigned cell"), Tr::tr("Assigned"),
                             Tr::tr("Ended"), Tr::tr("Exempt")})
        table.columns.append({h, false});
    static const char *stateCodes[] = {"issued", "received", "assigned", "ended"};
    auto day = [](const QDate &d) { return d.isValid() ? d.toString(QStringLiteral("dd/MM/yyyy")) : QString(); };
    const int total = referrals.count(query);
    constexpr int kPage = 5000;
    for (int offset = 0; offset < total; offset += kPage) {
        for (const cutru::storage::ReferralRow &r : referrals.window(query, offset, kPage)) {
            table.rows.append({{r.partyCardNo, r.memberName, r.issuingOrgCode, r.issuingOrgName,
                                QStringLiteral("%1/%2").arg(r.letterNo).arg(r.letterYear), day(r.issueDate),
                                r.toCommuneCode, r.toCommuneId > 0 ? r.toCommuneName : r.externalCommittee,
                                QString::fromLatin1(stateCodes[int(r.state)]), day(r.receivedDate),
                                r.assignedCellName, day(r.assignedDate), day(r.endedDate),
                                r.exempt ? QStringLiteral("yes") : QString()},
                               1, false});
        }
        if (total > kPage)
            err() << Tr::tr("Referrals: %1/%2").arg(std::min(offset + kPage, total)).arg(total) << Qt::endl;
    }
    return printTable(table, format);
}

// referrals letters --db FILE --org CODE --year Y --out FILE.pdf
int commandReferralLetters(const QCommandLineParser &p)
{
    const QString path = p.value(QStringLiteral("db"));
    const QString orgCode = p.value(QStringLiteral("org"));
    const QString target = p.value(QStringLiteral("out"));
    bool yearOk = false;
    const int year = p.value(QStringLiteral("year")).toInt(&yearOk);
    if (path.isEmpty() || orgCode.isEmpty() || target.isEmpty() || !yearOk)
        return fail(Tr::tr("'referrals letters' needs --db FILE, --org CODE, --year YEAR and --out FILE.pdf."));
    cutru::storage::Database db = cutru::storage::Database::open(path, cutru::storage::Database::Create::MustExist);
    const auto user = actingUser(p, db);
    if (!user)
        return 1;
    const auto org = cutru::storage::OrganisationRepository(db).byCode(orgCode);
    if (!org)
        return fail(Tr::tr("There is no organisation with the code %1 in %2.").arg(orgCode, path));
    const QList<cutru::reports::ReferralLetter> letters = cutru::reports::referralLettersFor(db, *user, org->id, year);
    if (letters.isEmpty())
        return fail(Tr::tr("%1 issued no referral letters in %2.").arg(org->name).arg(year));
    QString error;
    int lastTenth = -1;
    const bool ok = cutru::reports::writeReferralLetters(letters, target, [&](int done, int total) {
        const int tenth = total > 0 ? 10 * done / total : 10;
        if (tenth != lastTenth) {
            err() << Tr::tr("Letters: %1/%2").arg(done).arg(total) << Qt::endl;
            lastTenth = tenth;
        }
        return true;
    }, &error);
    if (!ok)
        return fail(error);
    out() << Tr::tr("Wrote %n letter(s) of %1 for %2 to %3.", nullptr, int(letters.size()))
                 .arg(org->name)
                 .arg(year)
                 .arg(target)
          << Qt::endl;
    return 0;
}

// The organisation named by a --scope/--cell option, or a message saying why not.
std::optional<cutru::Organisation> organisationByCode(cutru::storage::Database &db, const QString &code,
                                                      const QString &path)
{
    cutru::storage::OrganisationRepository orgs(db);
    auto org = orgs.byCode(code);
    if (!org && code != code.toUpper())
        org = orgs.byCode(code.toUpper());
    if (!org)
        fail(Tr::tr("There is no organisation with the code %1 in %2.").arg(code, path));
    return org;
}

QString cliDay(const QDate &d)
{
    return d.isValid() ? d.toString(QStringLiteral("dd/MM/yyyy")) : QString();
}

// accounts reset-password --db FILE|URI --account NAME: a new password the account must
// change at its next sign-in. On a server it also creates the account's database role
// when it has none (accounts moved from a file or loaded with the demo). The password
// comes from CUTRU_NEW_PASSWORD, else it is asked twice on the terminal without echo.
int commandAccountsResetPassword(const QCommandLineParser &p)
{
    const QString path = p.value(QStringLiteral("db"));
    const QString name = p.value(QStringLiteral("account")).trimmed().toLower();
    if (path.isEmpty() || name.isEmpty())
        return fail(Tr::tr("'accounts reset-password' needs --db FILE and --account NAME."));
    cutru::storage::Database db = cutru::storage::Database::open(path, cutru::storage::Database::Create::MustExist);
    const auto user = actingUser(p, db);
    if (!user)
        return 1;
    const cutru::AccountService service(db);
    std::optional<cutru::Account> account;
    for (const cutru::Account &a : service.accounts(*user))
        if (a.username == name)
            account = a;
    if (!account)
        return fail(Tr::tr("No account is named %1.").arg(name));
    QString password;
    if (qEnvironmentVariableIsSet("CUTRU_NEW_PASSWORD")) {
        password = qEnvironmentVariable("CUTRU_NEW_PASSWORD");
    } else {
        const auto first = readSecretLine(Tr::tr("New password for %1: ").arg(name));
        const auto again = first ? readSecretLine(Tr::tr("The same password again: ")) : std::nullopt;
        if (!first || !again || first->isEmpty())
            return fail(Tr::tr("No new password was given (CUTRU_NEW_PASSWORD, or typed on the terminal)."));
        if (*first != *again)
            return fail(Tr::tr("The two passwords differ; nothing was changed."));
        password = *first;
    }
    const cutru::SaveOutcome reset = cutru::AccountService(db).resetPassword(*user, account->id, password);
    if (!reset.ok())
        return fail(outcomeMessage(reset));
    out() << Tr::tr("The password of %1 was reset; it must be changed at the next sign-in.").arg(name) << Qt::endl;
    return 0;
}

// meetings plan --db FILE --year Y [--scope CODE]
int commandMeetingsPlan(const QCommandLineParser &p)
{
    const QString path = p.value(QStringLiteral("db"));
    bool yearOk = false;
    const int year = p.value(QStringLiteral("year")).toInt(&yearOk);
    if (path.isEmpty() || !yearOk)
        return fail(Tr::tr("'meetings plan' needs --db FILE and --year YEAR."));
    cutru::storage::Database db = cutru::storage::Database::open(path, cutru::storage::Database::Create::MustExist);
    const auto user = actingUser(p, db);
    if (!user)
        return 1;
    std::optional<cutru::Organisation> scope;
    if (p.isSet(QStringLiteral("scope"))) {
        scope = organisationByCode(db, p.value(QStringLiteral("scope")), path);
        if (!scope)
            return 1;
    } else {
        // The province: the root of the tree.
        for (const cutru::Organisation &o : cutru::storage::OrganisationRepository(db).all())
            if (o.parentId == 0) {
                scope = o;
                break;
            }
        if (!scope)
            return fail(Tr::tr("%1 has no organisations yet.").arg(path));
    }
    const cutru::PlanResult r = cutru::MeetingService(db, *user).planYear(scope->id, year);
    if (!r.outcome.ok()) {
        if (r.outcome.status == cutru::SaveOutcome::Status::Denied && !p.isSet(QStringLiteral("scope")))
            return fail(Tr::tr("%1 Give --scope CODE: the commune or district you plan for.").arg(r.outcome.message));
        return fail(outcomeMessage(r.outcome));
    }
    out() << Tr::tr("Scope: %1 (%2)").arg(scope->name, scope->code) << '\n'
          << Tr::tr("Year: %1").arg(year) << '\n'
          << Tr::tr("Residence cells: %1").arg(r.cells) << '\n'
          << Tr::tr("Meetings created: %1").arg(r.created) << '\n'
          << Tr::tr("Already planned or held: %1").arg(r.existing) << Qt::endl;
    return 0;
}

// meetings list --db FILE --cell CODE [--year Y] [--format csv]
int commandMeetingsList(const QCommandLineParser &p)
{
    const QString path = p.value(QStringLiteral("db"));
    const QString cellCode = p.value(QStringLiteral("cell"));
    if (path.isEmpty() || cellCode.isEmpty())
        return fail(Tr::tr("'meetings list' needs --db FILE and --cell CODE."));
    QDate from, to;
    if (p.isSet(QStringLiteral("year"))) {
        bool ok = false;
        const int year = p.value(QStringLiteral("year")).toInt(&ok);
        if (!ok || year < 1990 || year > 2100)
            return fail(Tr::tr("--year takes a year from 1990 to 2100."));
        from = QDate(year, 1, 1);
        to = QDate(year, 12, 31);
    }
    const QString format = p.value(QStringLiteral("format"));
    if (!format.isEmpty() && format != QLatin1String("csv") && format != QLatin1String("text"))
        return fail(Tr::tr("--format takes csv or text."));
    cutru::storage::Database db = cutru::storage::Database::open(path, cutru::storage::Database::Create::MustExist);
    const auto user = actingUser(p, db);
    if (!user)
        return 1;
    const auto cell = organisationByCode(db, cellCode, path);
    if (!cell)
        return 1;
    if (cell->level != cutru::OrgLevel::Cell)
        return fail(Tr::tr("%1 (%2) is not a cell.").arg(cell->name, cell->code));
    const cutru::MeetingService service(db, *user);
    cutru::reports::ReportTable table;
    for (const QString &h : {Tr::tr("Meeting"), Tr::tr("Date"), Tr::tr("Kind"), Tr::tr("State"), Tr::tr("Expected"),
                             Tr::tr("Present"), Tr::tr("Rate (%)")})
        table.columns.append({h, false});
    for (const cutru::Meeting &m : service.meetingsOf(cell->id, from, to)) {
        const cutru::AttendanceTally t = service.sheet(m.id).tally();
        const auto rate = t.rate();
        table.rows.append({{m.id, cliDay(m.date), cutru::code(m.kind),
                            m.held ? QStringLiteral("held") : QStringLiteral("planned"), t.expected, t.present,
                            rate ? QString::number(*rate * 100.0, 'f', 1) : QString()},
                           1, false});
    }
    return printTable(table, format);
}

// meetings sheet --db FILE --meeting ID --out FILE.pdf [--blank]
int commandMeetingsSheet(const QCommandLineParser &p)
{
    const QString path = p.value(QStringLiteral("db"));
    const QString target = p.value(QStringLiteral("out"));
    bool idOk = false;
    const qint64 meetingId = p.value(QStringLiteral("meeting")).toLongLong(&idOk);
    if (path.isEmpty() || target.isEmpty() || !idOk || meetingId <= 0)
        return fail(Tr::tr("'meetings sheet' needs --db FILE, --meeting ID and --out FILE.pdf."));
    cutru::storage::Database db = cutru::storage::Database::open(path, cutru::storage::Database::Create::MustExist);
    const auto user = actingUser(p, db);
    if (!user)
        return 1;
    const cutru::AttendanceSheet sheet = cutru::MeetingService(db, *user).sheet(meetingId);
    if (sheet.meeting.id == 0)
        return fail(Tr::tr("There is no meeting number %1 in %2.").arg(meetingId).arg(path));
    const cutru::reports::AttendanceDocument doc = cutru::reports::attendanceDocumentFor(sheet);
    const bool blank = p.isSet(QStringLiteral("blank"));
    QString error;
    const bool ok = blank ? cutru::reports::writeSignInSheet(doc, target, &error)
                          : cutru::reports::writeAttendanceRecord(doc, target, &error);
    if (!ok)
        return fail(error);
    out() << (blank ? Tr::tr("Wrote the sign-in sheet of the meeting of %1 on %2 to %3.")
                    : Tr::tr("Wrote the attendance record of the meeting of %1 on %2 to %3."))
                     .arg(sheet.cellName, cliDay(sheet.meeting.date), target)
          << Qt::endl;
    return 0;
}

// attendance import FILE --db FILE [--meeting ID] [--dry-run]
int commandAttendanceImport(const QCommandLineParser &p)
{
    const QString path = p.value(QStringLiteral("db"));
    const QString csvPath = p.positionalArguments().value(2);
    if (path.isEmpty() || csvPath.isEmpty())
        return fail(Tr::tr("'attendance import' needs a CSV file and --db FILE."));
    cutru::AttendanceImportOptions options;
    if (p.isSet(QStringLiteral("meeting"))) {
        bool ok = false;
        options.meetingId = p.value(QStringLiteral("meeting")).toLongLong(&ok);
        if (!ok || options.meetingId <= 0)
            return fail(Tr::tr("--meeting takes a meeting number (see 'meetings list')."));
    }
    options.dryRun = p.isSet(QStringLiteral("dry-run"));
    cutru::storage::Database db = cutru::storage::Database::open(path, cutru::storage::Database::Create::MustExist);
    const auto user = actingUser(p, db);
    if (!user)
        return 1;
    err() << Tr::tr("Reading %1…").arg(csvPath) << Qt::endl;
    const cutru::AttendanceImportResult r = cutru::AttendanceImport(db, *user).run(csvPath, options);
    if (!r.outcome.ok() && r.matched.isEmpty() && r.unmatched.isEmpty())
        return fail(r.problem()); // a bad file, or refused before any row was read

    // Every row in file order: matched and unmatched.
    QMap<int, QString> lines;
    for (const cutru::ImportedMark &m : r.matched) {
        QString change;
        switch (m.change) {
        case cutru::ImportedMark::Change::New: change = Tr::tr("new"); break;
        case cutru::ImportedMark::Change::Changed: change = Tr::tr("changed"); break;
        case cutru::ImportedMark::Change::Unchanged: change = Tr::tr("unchanged"); break;
        }
        QString what = cutru::label(m.status);
        if (!m.reason.isEmpty())
            what = Tr::tr("%1, %2").arg(what, m.reason);
        lines.insert(m.line, Tr::tr("Line %1: %2, %3 (%4)").arg(m.line).arg(m.memberName, what, change));
    }
    for (const cutru::UnmatchedRow &u : r.unmatched)
        lines.insert(u.line, Tr::tr("Line %1: not matched: %2").arg(u.line).arg(u.reason));
    for (const QString &l : std::as_const(lines))
        out() << l << '\n';
    const int fresh = r.count(cutru::ImportedMark::Change::New);
    const int changed = r.count(cutru::ImportedMark::Change::Changed);
    out() << Tr::tr("Matched: %1").arg(r.matched.size()) << '\n'
          << Tr::tr("New: %1").arg(fresh) << '\n'
          << Tr::tr("Changed: %1").arg(changed) << '\n'
          << Tr::tr("Unchanged: %1").arg(r.count(cutru::ImportedMark::Change::Unchanged)) << '\n'
          << Tr::tr("Unmatched: %1").arg(r.unmatched.size()) << '\n'
          << Tr::tr("Meetings: %1").arg(r.meetingIds.size()) << '\n';
    if (!r.outcome.ok()) {
        out().flush();
        return fail(Tr::tr("Nothing was written: %1").arg(r.problem()));
    }
    if (options.dryRun)
        out() << Tr::tr("Dry run: nothing was written.") << '\n';
    else if (r.written)
        out() << Tr::tr("Marks written: %1").arg(fresh + changed) << '\n';
    else if (!r.matched.isEmpty())
        out() << Tr::tr("Nothing to write: every matched row is already recorded.") << '\n';
    out().flush();
    if (r.matched.isEmpty())
        return fail(Tr::tr("No row of %1 matched a member on a meeting's sheet.").arg(csvPath));
    return 0;
}

// report --list
// report NAME --db FILE [--scope CODE] [--from D --to D | --year Y [--half 1|2]] [--by LEVEL]
//        [--member CARD_OR_CCCD] [--overdue-days N] --format pdf|xlsx|csv --out FILE
int commandReportList()
{
    // The names' column as wide as the longest name ("open-problems") and two spaces.
    const QList<cutru::reports::ReportInfo> catalogue = cutru::reports::reportCatalogue();
    qsizetype width = 0;
    for (const cutru::reports::ReportInfo &i : catalogue)
        width = std::max(width, i.name.size() + 2);
    for (const cutru::reports::ReportInfo &i : catalogue)
        out() << i.name.leftJustified(width) << i.title << '\n' << QString(width, QLatin1Char(' ')) << i.description
              << '\n';
    out().flush();
    return 0;
}

// The period of --from/--to or --year [--half]; nullopt after printing what is wrong.
std::optional<cutru::ReportPeriod> reportPeriod(const QCommandLineParser &p)
{
    const bool range = p.isSet(QStringLiteral("from")) || p.isSet(QStringLiteral("to"));
    const bool byYear = p.isSet(QStringLiteral("year"));
    if (range && byYear) {
        fail(Tr::tr("Give either --from and --to, or --year, not both."));
        return std::nullopt;
    }
    if (range) {
        const auto from = cutru::parseDate(p.value(QStringLiteral("from")));
        const auto to = cutru::parseDate(p.value(QStringLiteral("to")));
        if (!from || !to) {
            fail(Tr::tr("--from and --to take dates as dd/MM/yyyy or yyyy-MM-dd (got '%1' and '%2').")
                     .arg(p.value(QStringLiteral("from")), p.value(QStringLiteral("to"))));
            return std::nullopt;
        }
        if (*from > *to) {
            fail(Tr::tr("The period starts (%1) after it ends (%2).")
                     .arg(cutru::displayDate(*from), cutru::displayDate(*to)));
            return std::nullopt;
        }
        return cutru::ReportPeriod::range(*from, *to);
    }
    if (byYear) {
        bool ok = false;
        const int year = p.value(QStringLiteral("year")).toInt(&ok);
        if (!ok || year < 1930 || year > 2200) {
            fail(Tr::tr("--year takes a year such as 2012 (got '%1').").arg(p.value(QStringLiteral("year"))));
            return std::nullopt;
        }
        if (!p.isSet(QStringLiteral("half")))
            return cutru::ReportPeriod::year(year);
        const QString half = p.value(QStringLiteral("half"));
        if (half != QLatin1String("1") && half != QLatin1String("2")) {
            fail(Tr::tr("--half takes 1 (January–June) or 2 (July–December) (got '%1').").arg(half));
            return std::nullopt;
        }
        return cutru::ReportPeriod::halfYear(year, half.toInt());
    }
    if (p.isSet(QStringLiteral("half"))) {
        fail(Tr::tr("--half needs --year."));
        return std::nullopt;
    }
    return cutru::ReportPeriod{}; // the current year
}

int commandReport(const QCommandLineParser &p, const QString &name)
{
    if (p.isSet(QStringLiteral("list")))
        return commandReportList();
    if (name.isEmpty())
        return fail(Tr::tr("'report' needs a report's name, or --list to list them."));
    if (!cutru::reports::reportInfo(name))
        return fail(cutru::reports::unknownReportMessage(name));
    const QString path = p.value(QStringLiteral("db"));
    const QString format = p.value(QStringLiteral("format"));
    const QString target = p.value(QStringLiteral("out"));
    if (path.isEmpty())
        return fail(Tr::tr("'report' needs --db FILE."));
    if (format != QLatin1String("pdf") && format != QLatin1String("xlsx") && format != QLatin1String("csv"))
        return fail(Tr::tr("'report' needs --format pdf, xlsx or csv."));
    if (target.isEmpty() && format != QLatin1String("csv"))
        return fail(Tr::tr("'report' needs --out FILE for %1 (a CSV without --out goes to the standard output).")
                        .arg(format));
    // Options this report does not use are said, not silently dropped.
    const cutru::reports::ReportInfo info = *cutru::reports::reportInfo(name);
    QStringList unused;
    if (!info.usesGrouping && p.isSet(QStringLiteral("by")))
        unused << QStringLiteral("--by");
    if (!info.usesPeriod) {
        for (const char *option : {"from", "to", "year", "half"})
            if (p.isSet(QLatin1String(option)))
                unused << QStringLiteral("--") + QLatin1String(option);
    }
    if (!info.needsMember && p.isSet(QStringLiteral("member")))
        unused << QStringLiteral("--member");
    if (name != QLatin1String("coverage") && p.isSet(QStringLiteral("overdue-days")))
        unused << QStringLiteral("--overdue-days");
    if (format != QLatin1String("pdf")) {
        for (const char *option : {"number", "signer"})
            if (p.isSet(QLatin1String(option)))
                unused << QStringLiteral("--") + QLatin1String(option);
    }
    if (!unused.isEmpty())
        err() << Tr::tr("Note: the report '%1' as %2 does not use %3.").arg(name, format, unused.join(QStringLiteral(", ")))
              << Qt::endl;
    const std::optional<cutru::ReportPeriod> period = reportPeriod(p);
    if (!period)
        return 1;
    cutru::reports::ReportRequest request;
    request.name = name;
    request.scopeCode = p.value(QStringLiteral("scope"));
    request.period = *period;
    request.member = p.value(QStringLiteral("member"));
    if (p.isSet(QStringLiteral("by"))) {
        const auto grouping = cutru::reports::groupingFromCode(p.value(QStringLiteral("by")));
        if (!grouping)
            return fail(Tr::tr("--by takes district, commune or cell (got '%1').").arg(p.value(QStringLiteral("by"))));
        request.grouping = *grouping;
    }
    if (p.isSet(QStringLiteral("overdue-days"))) {
        bool ok = false;
        request.overdueDays = p.value(QStringLiteral("overdue-days")).toInt(&ok);
        if (!ok || request.overdueDays < 1)
            return fail(Tr::tr("--overdue-days takes a number of days, 1 or more."));
    }

    cutru::storage::Database db = cutru::storage::Database::open(path, cutru::storage::Database::Create::MustExist);
    const auto user = actingUser(p, db);
    if (!user)
        return 1;
    QElapsedTimer timer;
    timer.start();
    const cutru::reports::Report report = cutru::reports::makeReport(db, *user, request);
    spdlog::info("report {} computed in {} ms", name.toStdString(), timer.elapsed());

    QString error;
    bool ok = true;
    if (format == QLatin1String("csv")) {
        const QByteArray csv = cutru::reports::toCsv(report);
        if (target.isEmpty()) {
            fwrite(csv.constData(), 1, size_t(csv.size()), stdout);
            fflush(stdout);
            return 0;
        }
        QSaveFile file(target);
        ok = file.open(QIODevice::WriteOnly) && file.write(csv) == csv.size() && file.commit();
        if (!ok)
            error = Tr::tr("Could not write %1: %2").arg(target, file.errorString());
    } else if (format == QLatin1String("xlsx")) {
        ok = cutru::reports::writeReportXlsx(report, target, &error);
    } else {
        cutru::reports::ReportDocumentDetails details =
            cutru::reports::defaultDocumentDetails(db, report, QDate::currentDate());
        if (p.isSet(QStringLiteral("number")))
            details.number = p.value(QStringLiteral("number"));
        if (p.isSet(QStringLiteral("signer")))
            details.signerName = p.value(QStringLiteral("signer"));
        ok = cutru::reports::writeReportPdf(report, details, target, [](int done, int total) {
            err() << Tr::tr("Pages: %1/%2").arg(done).arg(total) << Qt::endl;
            return true;
        }, &error);
    }
    if (!ok)
        return fail(error.isEmpty() ? Tr::tr("Could not write %1.").arg(target) : error);
    err() << Tr::tr("Written: %1").arg(target) << Qt::endl;
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    // 'referrals letters' prints whole organisations into one PDF (see pdf_memory.h).
    cutru::reports::tuneAllocatorForPdfBatches();
    // PDFs are painted with Qt GUI and report charts with Qt Charts (which needs a
    // QApplication); the command line never shows a window.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("CuTru"));
    QCoreApplication::setApplicationName(QStringLiteral("cutru"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CUTRU_VERSION));

    // The language is installed before the help text is built, so that --help is
    // translated too: --lang is looked for by hand first.
    QString lang = QLocale::system().language() == QLocale::Vietnamese ? QStringLiteral("vi") : QStringLiteral("en");
    const QStringList rawArgs = QCoreApplication::arguments();
    for (qsizetype i = 1; i < rawArgs.size(); ++i) {
        if (rawArgs[i] == QLatin1String("--lang") && i + 1 < rawArgs.size())
            lang = rawArgs[i + 1];
        else if (rawArgs[i].startsWith(QLatin1String("--lang=")))
            lang = rawArgs[i].mid(7);
    }
    if (!cutru::translations::available().contains(lang)) {
        QTextStream(stderr) << "Error: --lang takes vi or en." << Qt::endl;
        return 2;
    }
    cutru::translations::install(lang);
    installServerPasswordPrompt();

    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("CuTru command line: party members at their place of residence.\n\n"
           "Commands:\n"
           "  init --out FILE [--admin NAME]  create an empty database of the current schema\n"
           "  demo --out FILE [--seed N]   build the Thái Bình 2012 demo province\n"
           "  demo --db postgresql://… [--seed N]  the same into an empty database on a server\n"
           "  info --db FILE               schema version and the organisation overview\n"
           "  backup --db FILE --out COPY  a consistent copy of the database, also while it is in use\n"
           "  restore --db FILE --from COPY  replace the database with a backup (the database as\n"
           "                               it was is kept beside it as NAME.before-restore-…)\n"
           "  migrate --from FILE --to postgresql://[user@]host[:port]/database\n"
           "                               copy a single-office database file into an empty database on\n"
           "                               a PostgreSQL server, verified by row counts and checksums\n"
           "  accounts reset-password --db FILE --account NAME\n"
           "                               a new password, to be changed at the next sign-in (from\n"
           "                               CUTRU_NEW_PASSWORD or asked); on a server also the account's role\n"
           "  referrals list --db FILE [--status S] [--commune CODE] [--format csv]\n"
           "                               the referrals the user may see\n"
           "  referrals letters --db FILE --org CODE --year Y --out FILE.pdf\n"
           "                               the referral letters an organisation issued in a year\n"
           "  meetings plan --db FILE --year Y [--scope CODE]\n"
           "                               the year's periodic meetings of every residence cell\n"
           "                               under CODE (default: the province)\n"
           "  meetings list --db FILE --cell CODE [--year Y] [--format csv]\n"
           "                               a cell's meetings: number, date, attendance\n"
           "  meetings sheet --db FILE --meeting ID --out FILE.pdf [--blank]\n"
           "                               a meeting's attendance record (--blank: the sign-in sheet)\n"
           "  comments drafts --db FILE --scope CODE --year Y\n"
           "                               annual comment drafts for every member due a comment in the\n"
           "                               residence cells under CODE (see docs/comments.md)\n"
           "  attendance import CSV --db FILE [--meeting ID] [--dry-run]\n"
           "                               marks from a CSV file (see docs/data-formats.md)\n"
           "  import members|organisations FILE --db FILE [--mapping FILE|NAME] [--save-mapping NAME]\n"
           "         [--mode skip|update|fill] [--dry-run] [--encoding E] [--delimiter D] [--sheet S]\n"
           "         [--rejected OUT.csv]\n"
           "                               members or organisations from a CSV or XLSX file; exit code 0:\n"
           "                               every row accepted, 2: some rows rejected, 1: nothing imported\n"
           "  export members|organisations --db FILE [--scope CODE] --format csv|xlsx --out FILE\n"
           "                               the members or organisations of CODE (default: your own scope),\n"
           "                               in the columns the import reads\n"
           "  report --list                the reports (Guideline 08-HD) and what they show\n"
           "  report NAME --db FILE [--scope CODE] [--from D --to D | --year Y [--half 1|2]]\n"
           "         [--by district|commune|cell] [--member CARD_OR_CCCD] --format pdf|xlsx|csv --out FILE\n"
           "                               a report of the organisation CODE (default: your own scope)\n"
           "                               over the period (default: the current year)\n\n"
           "FILE after --db may also be a database on a PostgreSQL server:\n"
           "  postgresql://user@host[:port]/database[?sslmode=verify-full]\n"
           "The password is never part of the address: it comes from PGPASSWORD or a pgpass file\n"
           "(~/.pgpass), else it is asked on the terminal. On a server you act as the account of the\n"
           "connection's user. backup and restore are for SQLite files: use pg_dump and pg_restore."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("command"), Tr::tr("init, demo, info, backup, restore, migrate, accounts, referrals, meetings, attendance, import, export or report"));
    parser.addOptions({
        {QStringLiteral("db"), Tr::tr("The database to open: an SQLite file, or a database on a PostgreSQL "
                                      "server, postgresql://user@host[:port]/database[?sslmode=require]. The "
                                      "server's password comes from PGPASSWORD or a pgpass file, else it is "
                                      "asked on the terminal; it is never part of the address."),
         Tr::tr("FILE|URI")},
        {QStringLiteral("out"), Tr::tr("The file to create."), Tr::tr("FILE")},
        {QStringLiteral("from"), Tr::tr("restore: the backup file to restore from; migrate: the database file to "
                                        "copy; report: the first day of the period (dd/MM/yyyy)."),
         Tr::tr("FILE|DATE")},
        {QStringLiteral("to"), Tr::tr("migrate: the server database to copy into (postgresql://…); report: the last "
                                      "day of the period (dd/MM/yyyy)."),
         Tr::tr("URI|DATE")},
        {QStringLiteral("half"), Tr::tr("report: with --year, the first (1) or second (2) half of the year."),
         Tr::tr("N")},
        {QStringLiteral("by"), Tr::tr("report attendance: one row per district, commune or cell (default: one "
                                      "level below the scope)."),
         Tr::tr("LEVEL")},
        {QStringLiteral("member"), Tr::tr("report member: the member's party card number or CCCD."),
         Tr::tr("CARD_OR_CCCD")},
        {QStringLiteral("overdue-days"), Tr::tr("report coverage: a referral not received after this many days is "
                                                "overdue (default 30)."),
         Tr::tr("N")},
        {QStringLiteral("number"), Tr::tr("report, PDF: the document number line, e.g. \"Số 12-BC/BTCTU\"."),
         Tr::tr("TEXT")},
        {QStringLiteral("signer"), Tr::tr("report, PDF: the name under the signature."), Tr::tr("NAME")},
        {QStringLiteral("list"), Tr::tr("report: list the reports.")},
        {QStringLiteral("seed"), Tr::tr("Random seed of the demo province (default 2012)."), Tr::tr("N")},
        {QStringLiteral("scale"), Tr::tr("Size of the demo province, 0 < X <= 1 (default 1)."), Tr::tr("X")},
        {QStringLiteral("user"),
         Tr::tr("Act as this account (password from CUTRU_PASSWORD or asked). Without it: the file's local "
                "administrator. On a server the connection's user is the account, and --user is not needed."),
         Tr::tr("NAME")},
        {QStringLiteral("admin"), Tr::tr("init: create this first administrator account (password from "
                                         "CUTRU_PASSWORD or asked)."),
         Tr::tr("NAME")},
        {QStringLiteral("name"), Tr::tr("init: the administrator's full name."), Tr::tr("TEXT")},
        {QStringLiteral("account"), Tr::tr("accounts reset-password: the account's user name."), Tr::tr("NAME")},
        {QStringLiteral("org"), Tr::tr("referrals: the issuing organisation's code."), Tr::tr("CODE")},
        {QStringLiteral("status"), Tr::tr("referrals list: issued, received, assigned or ended."), Tr::tr("STATUS")},
        {QStringLiteral("commune"), Tr::tr("referrals list: the receiving commune's code."), Tr::tr("CODE")},
        {QStringLiteral("format"), Tr::tr("referrals list, meetings list: csv or text (default); report: pdf, xlsx "
                                          "or csv; export: csv or xlsx."),
         Tr::tr("FORMAT")},
        {QStringLiteral("year"), Tr::tr("referrals letters, meetings, report: the year."), Tr::tr("YEAR")},
        {QStringLiteral("scope"), Tr::tr("meetings plan, report, export: the organisation to cover (default: the "
                                         "province; report, export: your own scope)."),
         Tr::tr("CODE")},
        {QStringLiteral("cell"), Tr::tr("meetings list: the cell's code."), Tr::tr("CODE")},
        {QStringLiteral("meeting"), Tr::tr("meetings sheet, attendance import: the meeting's number (see 'meetings "
                                           "list')."),
         Tr::tr("ID")},
        {QStringLiteral("blank"), Tr::tr("meetings sheet: print the blank sign-in sheet.")},
        {QStringLiteral("dry-run"), Tr::tr("attendance import, import: check and report, write nothing.")},
        {QStringLiteral("verbose"), Tr::tr("Log more detail to stderr.")},
        {QStringLiteral("lang"), Tr::tr("Language of messages and reports: vi or en (default: vi when the system "
                                        "locale is Vietnamese, else en)."),
         Tr::tr("CODE")},
    });
    parser.addOptions(cutru::cli::dataOptions());
    parser.process(app);

    cutru::logging::toStderr(parser.isSet(QStringLiteral("verbose")));
    const QStringList args = parser.positionalArguments();
    // "referrals", "meetings" and "attendance" take a subcommand ("attendance import"
    // also its file); everything else is one word.
    static const QStringList grouped{QStringLiteral("referrals"), QStringLiteral("meetings"),
                                     QStringLiteral("attendance"), QStringLiteral("accounts")};
    const bool twoWords = !args.isEmpty() && grouped.contains(args.first());
    const bool takesFile = args.size() >= 2 && args.first() == QLatin1String("attendance")
                           && args.at(1) == QLatin1String("import");
    // "report" takes the report's name, except with --list.
    const bool isReport = !args.isEmpty() && args.first() == QLatin1String("report");
    if (isReport && args.size() > 2)
        return fail(Tr::tr("'report' takes one report's name; '%1' is one word too many.").arg(args.at(2)));
    // "import" and "export" check their own words: their exit code 2 means rejected
    // rows, not a usage error.
    const bool isData = !args.isEmpty() && (args.first() == QLatin1String("import") || args.first() == QLatin1String("export"));
    // "comments" checks its own words too (cli/comment_commands.h).
    const bool isComments = !args.isEmpty() && args.first() == QLatin1String("comments");
    if (!isReport && !isData && !isComments && args.size() != (twoWords ? 2 : 1) + (takesFile ? 1 : 0)) {
        err() << parser.helpText();
        return 2;
    }
    const QString command = twoWords ? args.mid(0, 2).join(QLatin1Char(' ')) : args.first();
    try {
        if (isReport)
            return commandReport(parser, args.value(1));
        if (isData) {
            const cutru::cli::SignIn signIn = [&parser](cutru::storage::Database &db) { return actingUser(parser, db); };
            return args.first() == QLatin1String("import") ? cutru::cli::commandImport(parser, args, signIn)
                                                           : cutru::cli::commandExport(parser, args, signIn);
        }
        if (isComments) {
            const cutru::cli::SignIn signIn = [&parser](cutru::storage::Database &db) { return actingUser(parser, db); };
            return cutru::cli::commandComments(parser, args, signIn);
        }
        if (command == QLatin1String("init"))
            return commandInit(parser);
        if (command == QLatin1String("demo"))
            return commandDemo(parser);
        if (command == QLatin1String("info"))
            return commandInfo(parser);
        if (command == QLatin1String("backup"))
            return commandBackup(parser);
        if (command == QLatin1String("migrate"))
            return cutru::cli::commandMigrate(parser);
        if (command == QLatin1String("restore"))
            return commandRestore(parser);
        if (command == QLatin1String("referrals list"))
            return commandReferralList(parser);
        if (command == QLatin1String("referrals letters"))
            return commandReferralLetters(parser);
        if (command == QLatin1String("meetings plan"))
            return commandMeetingsPlan(parser);
        if (command == QLatin1String("meetings list"))
            return commandMeetingsList(parser);
        if (command == QLatin1String("meetings sheet"))
            return commandMeetingsSheet(parser);
        if (command == QLatin1String("attendance import"))
            return commandAttendanceImport(parser);
        if (command == QLatin1String("accounts reset-password"))
            return commandAccountsResetPassword(parser);
    } catch (const cutru::storage::StorageError &e) {
        spdlog::debug("storage error detail: {}", e.detail().toStdString());
        return fail(e.userMessage());
    } catch (const cutru::AccessDenied &e) {
        return fail(e.userMessage());
    } catch (const cutru::RequestError &e) {
        return fail(e.userMessage());
    }
    return fail(Tr::tr("Unknown command '%1'. Run cutru-cli --help.").arg(command));
}
