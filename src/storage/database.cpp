#include "storage/database.h"

#include "storage/migrations.h"
#include "storage/sql_util.h"
#include "storage/sqlite_native.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
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

StorageError::StorageError(QString userMessage, QString detail)
    : std::runtime_error(userMessage.toStdString()), userMessage_(std::move(userMessage)),
      detail_(std::move(detail))
{
}

Database::Database(QString path, QString connectionName)
    : path_(std::move(path)), connectionName_(std::move(connectionName))
{
}

Database::Database(Database &&other) noexcept
    : path_(std::move(other.path_)), connectionName_(std::exchange(other.connectionName_, QString()))
{
}

Database &Database::operator=(Database &&other) noexcept
{
    if (this != &other) {
        release();
        path_ = std::move(other.path_);
        connectionName_ = std::exchange(other.connectionName_, QString());
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

Database Database::openRaw(const QString &path, Create create)
{
    const bool exists = QFileInfo::exists(path);
    if (create == Create::MustExist && !exists)
        throw StorageError(Tr::tr("The database file %1 does not exist.").arg(path));
    if (create == Create::MustNotExist && exists)
        throw StorageError(Tr::tr("The file %1 already exists; choose a new name.").arg(path));
    if (exists)
        checkSqliteHeader(path);

    static std::atomic<int> counter{0};
    const QString name = QStringLiteral("cutru-%1").arg(counter++);
    Database result(path, name);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
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

void Database::setActor(const QString &actor)
{
    QSqlQuery q = sql::prepare(*this, QStringLiteral("UPDATE session_actor SET actor = ? WHERE id = 1"));
    q.addBindValue(actor);
    sql::exec(q, "record the acting user");
}

void Database::beginBulkLoad(int cacheMegabytes)
{
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
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
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
