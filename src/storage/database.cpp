#include "storage/database.h"

#include "storage/migrations.h"
#include "storage/sql_util.h"
#include "storage/sqlite_native.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QHash>
#include <QMutex>
#include <QRegularExpression>
#include <QSqlQuery>
#include <algorithm>
#include <atomic>
#include <utility>
#include <spdlog/spdlog.h>
#include <sqlite3.h>

namespace cutru::storage {

// The context is declared, not passed, so that lupdate files the strings under it
// (a free tr() would land in the enclosing namespace's or class's context).
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cutru::storage)
};

// A quick look at the header gives a clear message for files that are not SQLite
// at all, instead of a driver error later.
void checkSqliteHeader(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw StorageError(Tr::tr("The database file %1 cannot be opened: %2").arg(path, f.errorString()));
    const QByteArray head = f.read(16);
    if (!head.isEmpty() && head != QByteArray("SQLite format 3\0", 16))
        throw StorageError(Tr::tr("The file %1 is not a CuTru database.").arg(path));
}
} // namespace

namespace {
// Passwords given at a prompt, by target, for the worker threads' own connections:
// this process's memory only.
QMutex passwordsMutex;
QHash<QString, QString> &rememberedPasswords()
{
    static QHash<QString, QString> passwords;
    return passwords;
}
PasswordPrompt &passwordPrompt()
{
    static PasswordPrompt prompt;
    return prompt;
}

bool needsPassword(const QString &serverMessage)
{
    return serverMessage.contains(QLatin1String("password"), Qt::CaseInsensitive);
}

// libpq's reason a connection failed, fit for a message that already names the server:
// without Qt's "QPSQL: Unable to connect", libpq's "connection to server at … failed:"
// preamble and the severity, on one line ("Connection refused. Is the server running on
// that host…?", "password authentication failed for user "x"").
QString serverReason(const QSqlError &error)
{
    const QString text = error.databaseText().trimmed().isEmpty() ? error.text() : error.databaseText();
    static const QRegularExpression preamble(QStringLiteral("^connection to server (at|on) .*? failed: "));
    static const QRegularExpression severity(QStringLiteral("^(FATAL|ERROR):\\s+"));
    QStringList parts;
    for (QString line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        line = line.trimmed();
        line.remove(preamble);
        line.remove(severity);
        // Every address libpq tried repeats the same reason.
        if (!line.isEmpty() && !parts.contains(line))
            parts << line;
    }
    QString reason;
    for (const QString &part : std::as_const(parts)) {
        if (!reason.isEmpty())
            reason += QLatin1String(reason.back().isPunct() ? " " : ". ");
        reason += part;
    }
    return reason.isEmpty() ? error.text().trimmed() : reason;
}

QString nextConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("cutru-%1").arg(counter++);
}
} // namespace

void setPasswordPrompt(PasswordPrompt prompt)
{
    const QMutexLocker lock(&passwordsMutex);
    passwordPrompt() = std::move(prompt);
}

void forgetPasswords()
{
    const QMutexLocker lock(&passwordsMutex);
    rememberedPasswords().clear();
}

StorageError::StorageError(QString userMessage, QString detail)
    : std::runtime_error(userMessage.toStdString()), userMessage_(std::move(userMessage)),
      detail_(std::move(detail))
{
}

Database::Database(QString path, QString connectionName, Engine engine)
    : path_(std::move(path)), connectionName_(std::move(connectionName)), engine_(engine)
{
}

Database::Database(Database &&other) noexcept
    : path_(std::move(other.path_)), connectionName_(std::exchange(other.connectionName_, QString())),
      engine_(other.engine_)
{
}

Database &Database::operator=(Database &&other) noexcept
{
    if (this != &other) {
        release();
        path_ = std::move(other.path_);
        connectionName_ = std::exchange(other.connectionName_, QString());
        engine_ = other.engine_;
    }
    return *this;
}

Database::~Database()
{
    release();
}

void Database::release()
{
    if (connectionName_.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(connectionName_, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(connectionName_);
    connectionName_.clear();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(connectionName_, false);
}

void Database::rememberNewPassword(const QString &password) const
{
    if (!isPostgres() || password.isEmpty())
        return;
    const QMutexLocker lock(&passwordsMutex);
    rememberedPasswords().insert(path_, password);
}

QString Database::serverRole() const
{
    if (!isPostgres())
        return {};
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("SELECT current_user")) || !q.next())
        throw StorageError(Tr::tr("The database could not complete the operation."), q.lastError().text());
    return q.value(0).toString();
}

Database Database::openServer(const DatabaseTarget &target, Create create)
{
    const QString where = target.display();
    Database result(where, nextConnectionName(), Engine::PostgreSQL);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), result.connectionName_);
        if (!db.isValid())
            throw StorageError(Tr::tr("CuTru cannot reach PostgreSQL servers on this computer: Qt's PostgreSQL "
                                      "driver is missing (Debian package libqt6sql6-psql)."));
        db.setHostName(target.host);
        db.setPort(target.port);
        db.setDatabaseName(target.databaseName);
        if (!target.user.isEmpty())
            db.setUserName(target.user);
        db.setConnectOptions(target.options);
        QString password;
        {
            const QMutexLocker lock(&passwordsMutex);
            password = rememberedPasswords().value(where);
        }
        if (!password.isEmpty())
            db.setPassword(password);
        // First without a password of ours (libpq reads PGPASSWORD and the pgpass
        // file), then as long as the user answers the prompt, three times at most (as
        // psql and sudo allow).
        int asked = 0;
        while (!db.open()) {
            const QString problem = serverReason(db.lastError());
            PasswordPrompt prompt;
            {
                const QMutexLocker lock(&passwordsMutex);
                prompt = passwordPrompt();
            }
            std::optional<QString> answer;
            if (needsPassword(problem) && prompt && asked++ < 3)
                answer = prompt(target, password.isEmpty() ? QString() : problem);
            if (!answer) {
                // The caller reports the message; the driver's own words are detail.
                const QString detail = db.lastError().text();
                spdlog::info("cannot connect to {}: {}", where.toStdString(), detail.toStdString());
                if (problem.contains(QLatin1String("no password supplied")))
                    throw StorageError(Tr::tr("The server %1 needs a password for this user and none was given "
                                              "(the password prompt, PGPASSWORD or a pgpass file).")
                                           .arg(where),
                                       detail);
                if (needsPassword(problem))
                    throw StorageError(Tr::tr("The server %1 refused the password for this user.").arg(where),
                                       detail);
                throw StorageError(Tr::tr("CuTru cannot connect to the database server %1: %2").arg(where, problem),
                                   detail);
            }
            password = *answer;
            db.setPassword(password);
        }
        if (!password.isEmpty()) {
            const QMutexLocker lock(&passwordsMutex);
            rememberedPasswords().insert(where, password);
        }
    }
    // Every date and time is text, and the change log's times are converted to UTC by
    // its trigger: the session's time zone plays no part.
    const int version = result.schemaVersion();
    if (version == 0) {
        QSqlQuery q(result.connection());
        const bool hasTables = q.exec(QStringLiteral("SELECT count(*) FROM pg_catalog.pg_tables "
                                                     "WHERE schemaname = current_schema()"))
                               && q.next() && q.value(0).toInt() > 0;
        if (hasTables)
            throw StorageError(Tr::tr("The database %1 holds another program's tables, not CuTru's.").arg(where));
    }
    if (create == Create::MustExist && version == 0)
        throw StorageError(Tr::tr("The database %1 on the server is empty: it has no CuTru data yet.").arg(where));
    if (create == Create::MustNotExist && version > 0)
        throw StorageError(Tr::tr("The database %1 on the server already holds CuTru data; give an empty "
                                  "database.")
                               .arg(where));
    return result;
}

Database Database::openRaw(const QString &path, Create create)
{
    if (DatabaseTarget::isServerUri(path)) {
        QString error;
        const auto target = DatabaseTarget::parse(path, &error);
        if (!target)
            throw StorageError(error);
        return openServer(*target, create);
    }
    const bool exists = QFileInfo::exists(path);
    if (create == Create::MustExist && !exists)
        throw StorageError(Tr::tr("The database file %1 does not exist.").arg(path));
    if (create == Create::MustNotExist && exists)
        throw StorageError(Tr::tr("The file %1 already exists; choose a new name.").arg(path));
    if (exists)
        checkSqliteHeader(path);

    Database result(path, nextConnectionName());
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), result.connectionName_);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open())
            throw StorageError(Tr::tr("The database file %1 cannot be opened.").arg(path), db.lastError().text());
        // Before any statement: the change log's protection holds for every connection.
        native::protectChangeLog(native::handleOf(db), path);
    }
    try {
        sql::execDirect(result, QStringLiteral("PRAGMA foreign_keys = ON"), "enable foreign keys");
    } catch (const StorageError &e) {
        throw StorageError(Tr::tr("The file %1 is not a usable CuTru database.").arg(path), e.detail());
    }
    return result;
}

Database Database::open(const QString &path, Create create)
{
    return open(path, create, IntegrityCheck::Full);
}

Database Database::open(const QString &path, Create create, IntegrityCheck check)
{
    if (DatabaseTarget::isServerUri(path)) {
        Database db = openRaw(path, create);
        if (db.schemaVersion() > latestSchemaVersion())
            throw StorageError(Tr::tr("The database %1 was made by a newer version of CuTru (schema %2; this "
                                      "version knows up to %3). Update CuTru to open it.")
                                   .arg(db.path())
                                   .arg(db.schemaVersion())
                                   .arg(latestSchemaVersion()));
        db.migrateTo(latestSchemaVersion());
        return db;
    }
    // Before anything writes to the file (WAL, migrations): a damaged file is
    // refused exactly as it was found.
    const QFileInfo info(path);
    if (check == IntegrityCheck::Full && create != Create::MustNotExist && info.exists() && info.size() > 0) {
        checkSqliteHeader(path);
        const QStringList problems = integrityProblems(path);
        if (!problems.isEmpty()) {
            const QString detail = QStringList(problems.mid(0, 10)).join(QLatin1Char('\n'));
            spdlog::error("integrity check of {} failed: {}", path.toStdString(), detail.toStdString());
            throw StorageError(Tr::tr("The database file %1 is damaged, so CuTru did not open it (nothing in it "
                                      "was changed). Restore it from a backup (File → Restore from a "
                                      "backup…, or cutru-cli restore), or ask your administrator for help.")
                                   .arg(path),
                               detail);
        }
    }
    Database db = openRaw(path, create);
    const int version = db.schemaVersion();
    if (version > latestSchemaVersion())
        throw StorageError(Tr::tr("The database %1 was made by a newer version of CuTru (schema %2; this version "
                              "knows up to %3). Update CuTru to open it.")
                               .arg(path)
                               .arg(version)
                               .arg(latestSchemaVersion()));
    if (version > 0) {
        // A file with a user_version but none of our tables is someone else's database.
        QSqlQuery q(db.connection());
        if (!q.exec(QStringLiteral("SELECT 1 FROM sqlite_master WHERE name = 'members'")) || !q.next())
            throw StorageError(Tr::tr("The file %1 is not a CuTru database.").arg(path));
    } else {
        QSqlQuery q(db.connection());
        if (q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) && q.next() && q.value(0).toInt() > 0)
            throw StorageError(Tr::tr("The file %1 is an SQLite database of another program, not CuTru.").arg(path));
    }
    // WAL only once the file is known to be ours: the journal mode persists in the
    // file, and another program's database must be left as it was.
    try {
        QSqlQuery wal(db.connection());
        if (!wal.exec(QStringLiteral("PRAGMA journal_mode = WAL")))
            throw StorageError(QString(), wal.lastError().text());
        sql::execDirect(db, QStringLiteral("PRAGMA synchronous = NORMAL"), "set synchronous mode");
    } catch (const StorageError &e) {
        throw StorageError(Tr::tr("The file %1 is not a usable CuTru database.").arg(path), e.detail());
    }
    db.migrateTo(latestSchemaVersion());
    return db;
}

int Database::schemaVersion() const
{
    QSqlQuery q(connection());
    if (isPostgres()) {
        // schema_version is created by the first step; before it the database is empty.
        if (!q.exec(QStringLiteral("SELECT to_regclass('schema_version') IS NOT NULL")) || !q.next())
            throw StorageError(Tr::tr("The database %1 cannot be read.").arg(path_), q.lastError().text());
        if (!q.value(0).toBool())
            return 0;
        if (!q.exec(QStringLiteral("SELECT coalesce(max(version), 0) FROM schema_version")) || !q.next())
            throw StorageError(Tr::tr("The database %1 cannot be read.").arg(path_), q.lastError().text());
        return q.value(0).toInt();
    }
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        throw StorageError(Tr::tr("The file %1 is not a CuTru database.").arg(path_), q.lastError().text());
    return q.value(0).toInt();
}

int Database::latestSchemaVersion()
{
    return migrations().back().version;
}

QStringList Database::integrityProblems(const QString &path, const std::function<bool()> &keepGoing)
{
    // A server checks its own pages (checksums, WAL); there is no file to read here.
    if (DatabaseTarget::isServerUri(path))
        return {};
    if (!QFileInfo::exists(path))
        throw StorageError(Tr::tr("The database file %1 does not exist.").arg(path));
    native::Connection c;
    const int rc = c.open(path, native::Connection::Mode::ReadOnly);
    if (rc != SQLITE_OK) {
        if (native::isDamage(rc))
            return {c.errorMessage()};
        throw StorageError(Tr::tr("The database file %1 cannot be opened.").arg(path), c.errorMessage());
    }
    bool cancelled = false;
    QStringList problems = native::checkIntegrity(c.get(), path, false, keepGoing, &cancelled);
    if (cancelled)
        throw OperationCancelled(Tr::tr("The check of %1 was cancelled.").arg(path));
    return problems;
}

void Database::migrateTo(int version)
{
    if (isPostgres()) {
        migrateServerTo(version);
        return;
    }
    // Migrations may recreate audit triggers (a table that gains columns).
    const native::MigrationWindow migrating(native::handleOf(connection()));
    int current = schemaVersion();
    for (const Migration &m : migrations()) {
        if (m.version <= current || m.version > version)
            continue;
        spdlog::info("upgrading {} to schema version {}: {}", path_.toStdString(), m.version, m.description);
        QSqlDatabase db = connection();
        if (!db.transaction())
            throw StorageError(Tr::tr("The database %1 could not be upgraded: it is in use.").arg(path_),
                               db.lastError().text());
        try {
            for (const QString &statement : m.statements)
                sql::execDirect(*this, statement, "schema upgrade");
            // PRAGMA user_version is transactional in SQLite: it commits with the step.
            sql::execDirect(*this, QStringLiteral("PRAGMA user_version = %1").arg(m.version), "schema upgrade");
        } catch (const StorageError &e) {
            db.rollback();
            throw StorageError(Tr::tr("The database %1 could not be upgraded to version %2; it was left unchanged "
                                  "at version %3.")
                                   .arg(path_)
                                   .arg(m.version)
                                   .arg(current),
                               e.detail());
        }
        if (!db.commit())
            throw StorageError(Tr::tr("The database %1 could not be upgraded: it is in use.").arg(path_),
                               db.lastError().text());
        current = m.version;
    }
}

void Database::migrateServerTo(int version)
{
    int current = schemaVersion();
    for (const Migration &m : migrations()) {
        if (m.version <= current || m.version > version || m.version < kFirstPostgresVersion)
            continue;
        spdlog::info("upgrading {} to schema version {}: {}", path_.toStdString(), m.version, m.description);
        QSqlDatabase db = connection();
        if (!db.transaction())
            throw StorageError(Tr::tr("The database %1 could not be upgraded: it is in use.").arg(path_),
                               db.lastError().text());
        try {
            // Offices opening the database at once: one upgrades, the others wait and
            // then find it done.
            sql::execDirect(*this, QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(kApplicationId),
                            "schema upgrade lock");
            if (schemaVersion() >= m.version) {
                db.rollback();
                current = schemaVersion();
                continue;
            }
            for (const QString &statement : m.postgresStatements)
                sql::execDirect(*this, statement, "schema upgrade");
            sql::execDirect(*this, QStringLiteral("DELETE FROM schema_version"), "schema upgrade");
            sql::execDirect(*this, QStringLiteral("INSERT INTO schema_version (version) VALUES (%1)").arg(m.version),
                            "schema upgrade");
        } catch (const StorageError &e) {
            db.rollback();
            throw StorageError(Tr::tr("The database %1 could not be upgraded to version %2; it was left unchanged "
                                      "at version %3.")
                                   .arg(path_)
                                   .arg(m.version)
                                   .arg(current),
                               e.detail());
        }
        if (!db.commit())
            throw StorageError(Tr::tr("The database %1 could not be upgraded: it is in use.").arg(path_),
                               db.lastError().text());
        current = m.version;
    }
}

void Database::setActor(const QString &actor)
{
    if (isPostgres()) {
        // Local to the transaction; the server's triggers decide whether to trust it.
        QSqlQuery q = sql::prepare(*this, QStringLiteral("SELECT set_config('cutru.actor', ?, true)"));
        q.addBindValue(actor);
        sql::exec(q, "record the acting user");
        return;
    }
    QSqlQuery q = sql::prepare(*this, QStringLiteral("UPDATE session_actor SET actor = ? WHERE id = 1"));
    q.addBindValue(actor);
    sql::exec(q, "record the acting user");
}

void Database::beginBulkLoad(int cacheMegabytes)
{
    if (isPostgres()) {
        // The load is one transaction of a new database: losing it in a crash only
        // means loading again.
        sql::execDirect(*this, QStringLiteral("SET synchronous_commit = off"), "speed up the load");
        return;
    }
    // Each insert that fires triggers keeps a statement journal; once one outgrows
    // 64 KiB SQLite moves them all to a temporary file, so keep them in memory.
    sql::execDirect(*this, QStringLiteral("PRAGMA temp_store = MEMORY"), "keep temporary data in memory");
    // A negative cache_size counts KiB rather than pages.
    sql::execDirect(*this, QStringLiteral("PRAGMA cache_size = %1").arg(-1024LL * std::max(cacheMegabytes, 2)),
                    "set the page cache size");
    // Only a speed-up: if SQLite keeps WAL, the load is merely slower.
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("PRAGMA journal_mode = MEMORY")))
        spdlog::warn("bulk load stays in WAL mode: {}", q.lastError().text().toStdString());
}

void Database::endBulkLoad()
{
    if (isPostgres()) {
        sql::execDirect(*this, QStringLiteral("RESET synchronous_commit"), "end the load");
        return;
    }
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !q.next()
        || q.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        throw StorageError(Tr::tr("The database %1 could not be switched back to its normal journal mode.").arg(path_),
                           q.lastError().text());
    q.finish();
    sql::execDirect(*this, QStringLiteral("PRAGMA cache_size = -2000"), "restore the page cache size");
    sql::execDirect(*this, QStringLiteral("PRAGMA temp_store = DEFAULT"), "restore the temporary storage");
}

Transaction::Transaction(Database &db, const QString &actor) : db_(db)
{
    QSqlQuery q(db.connection());
    if (!q.exec(db.isPostgres() ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE")))
        throw StorageError(Tr::tr("The database is busy with another user's change. Try again in a moment."),
                           q.lastError().text());
    open_ = true;
    try {
        db_.setActor(actor);
    } catch (...) {
        QSqlQuery(db.connection()).exec(QStringLiteral("ROLLBACK"));
        open_ = false;
        throw;
    }
}

Transaction::~Transaction()
{
    if (open_) {
        QSqlQuery q(db_.connection());
        if (!q.exec(QStringLiteral("ROLLBACK")))
            spdlog::error("rollback failed: {}", q.lastError().text().toStdString());
    }
}

void Transaction::commit()
{
    QSqlQuery q(db_.connection());
    if (!q.exec(QStringLiteral("COMMIT")))
        throw StorageError(Tr::tr("The change could not be saved: the database is busy or read-only."),
                           q.lastError().text());
    open_ = false;
}

} // namespace cutru::storage
