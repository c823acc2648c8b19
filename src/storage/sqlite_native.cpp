#include "storage/sqlite_native.h"

#include "storage/database.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QVariant>
#include <cstring>
#include <sqlite3.h>

namespace cutru::storage::native {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cutru::storage)
};

// ---- Change-log protection ----------------------------------------------------------

// The authorizer's user data: what the connection may do to the schema right now.
struct Policy {
    bool migrating;
};
const Policy kNormal{false};
const Policy kMigrating{true};

bool named(const char *name, const char *expected)
{
    return name != nullptr && sqlite3_stricmp(name, expected) == 0;
}

// change_log_append_only_update / _delete (and any future sibling).
bool isAppendOnlyTrigger(const char *name)
{
    static const char prefix[] = "change_log_append_only_";
    return name != nullptr && sqlite3_strnicmp(name, prefix, int(sizeof prefix - 1)) == 0;
}

// <table>_log_insert / _log_update / _log_delete, as migrations.cpp names them.
bool isAuditTrigger(const char *name)
{
    if (name == nullptr)
        return false;
    const size_t length = std::strlen(name);
    for (const char *suffix : {"_log_insert", "_log_update", "_log_delete"}) {
        const size_t n = std::strlen(suffix);
        if (length > n && sqlite3_stricmp(name + (length - n), suffix) == 0)
            return true;
    }
    return false;
}

// Called by SQLite while it compiles each statement (the statements of the
// triggers it fires included, with `trigger` naming the innermost one).
// Arguments per action: https://sqlite.org/c3ref/c_alter_table.html
int authorize(void *userData, int action, const char *arg1, const char *arg2, const char *database,
              const char *trigger)
{
    const bool migrating = static_cast<const Policy *>(userData)->migrating;
    const bool topLevel = trigger == nullptr;
    switch (action) {
    case SQLITE_INSERT:
        if (!named(arg1, "change_log"))
            return SQLITE_OK;
        // VACUUM copies every table into its temporary database "vacuum_db" with
        // top-level INSERT … SELECT; attaching files is refused below, so no other
        // schema can carry that name.
        if (topLevel)
            return named(database, "vacuum_db") ? SQLITE_OK : SQLITE_DENY;
        return isAuditTrigger(trigger) ? SQLITE_OK : SQLITE_DENY;
    case SQLITE_UPDATE:
    case SQLITE_DELETE:
        // Never, from anywhere (the append-only triggers say the same at run time).
        return named(arg1, "change_log") ? SQLITE_DENY : SQLITE_OK;
    case SQLITE_DROP_TABLE:
    case SQLITE_DROP_TEMP_TABLE:
        return named(arg1, "change_log") ? SQLITE_DENY : SQLITE_OK;
    case SQLITE_ALTER_TABLE: // arg1: schema, arg2: table
        return named(arg2, "change_log") ? SQLITE_DENY : SQLITE_OK;
    case SQLITE_DROP_TRIGGER:
    case SQLITE_DROP_TEMP_TRIGGER: // arg1: trigger, arg2: table
        if (isAppendOnlyTrigger(arg1) || named(arg2, "change_log"))
            return SQLITE_DENY;
        return isAuditTrigger(arg1) && !migrating ? SQLITE_DENY : SQLITE_OK;
    case SQLITE_CREATE_TEMP_TRIGGER: // a temporary trigger could silence the log: never
        return named(arg2, "change_log") || isAuditTrigger(arg1) || isAppendOnlyTrigger(arg1) ? SQLITE_DENY
                                                                                              : SQLITE_OK;
    case SQLITE_CREATE_TRIGGER:
        // A trigger on change_log (BEFORE INSERT … RAISE(IGNORE)) could drop log rows;
        // a trigger named like an audit trigger could forge them.
        if (migrating)
            return SQLITE_OK;
        return named(arg2, "change_log") || isAuditTrigger(arg1) || isAppendOnlyTrigger(arg1) ? SQLITE_DENY
                                                                                              : SQLITE_OK;
    case SQLITE_PRAGMA: // arg1: pragma name
        return named(arg1, "writable_schema") ? SQLITE_DENY : SQLITE_OK;
    case SQLITE_ATTACH: // arg1: file name; VACUUM attaches an unnamed temporary database
        return arg1 == nullptr || arg1[0] == '\0' || std::strcmp(arg1, ":memory:") == 0 ? SQLITE_OK : SQLITE_DENY;
    default:
        return SQLITE_OK;
    }
}

void installPolicy(sqlite3 *db, const Policy &policy)
{
    // The user data is only read; SQLite's signature wants a non-const pointer.
    sqlite3_set_authorizer(db, authorize, const_cast<Policy *>(&policy));
}

// ---- Integrity check -----------------------------------------------------------------

struct Interrupt {
    const std::function<bool()> *keepGoing;
    bool stopped = false;
};

int progressHandler(void *data)
{
    auto *interrupt = static_cast<Interrupt *>(data);
    if (!(*interrupt->keepGoing)()) {
        interrupt->stopped = true;
        return 1;
    }
    return 0;
}

} // namespace

sqlite3 *handleOf(const QSqlDatabase &db)
{
    if (!db.isValid() || db.driver() == nullptr)
        return nullptr;
    const QVariant v = db.driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.constData());
}

void protectChangeLog(sqlite3 *db, const QString &path)
{
    int on = 0;
    if (db == nullptr || sqlite3_db_config(db, SQLITE_DBCONFIG_DEFENSIVE, 1, &on) != SQLITE_OK || on != 1)
        throw StorageError(Tr::tr("The database file %1 cannot be opened safely: the SQLite library in use "
                                  "cannot protect the change history.")
                               .arg(path),
                           QStringLiteral("SQLITE_DBCONFIG_DEFENSIVE unavailable (SQLite %1)")
                               .arg(QString::fromLatin1(sqlite3_libversion())));
    installPolicy(db, kNormal);
}

MigrationWindow::MigrationWindow(sqlite3 *db) : db_(db)
{
    if (db_ != nullptr)
        installPolicy(db_, kMigrating);
}

MigrationWindow::~MigrationWindow()
{
    if (db_ != nullptr)
        installPolicy(db_, kNormal);
}

// ---- Connection ------------------------------------------------------------------------

Connection::~Connection()
{
    close();
}

int Connection::open(const QString &path, Mode mode, int busyTimeoutMs)
{
    close();
    int flags = 0;
    switch (mode) {
    case Mode::ReadOnly: flags = SQLITE_OPEN_READONLY; break;
    case Mode::ReadWrite: flags = SQLITE_OPEN_READWRITE; break;
    case Mode::Create: flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE; break;
    }
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &db_, flags, nullptr);
    if (db_ != nullptr) {
        sqlite3_extended_result_codes(db_, 1);
        sqlite3_busy_timeout(db_, busyTimeoutMs);
        // A look must leave the file as it was found: no checkpoint (a write) on close.
        if (mode == Mode::ReadOnly)
            sqlite3_db_config(db_, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
    }
    return rc;
}

void Connection::close()
{
    if (db_ != nullptr) {
        sqlite3_close_v2(db_);
        db_ = nullptr;
    }
}

int Connection::errorCode() const
{
    return db_ != nullptr ? sqlite3_extended_errcode(db_) : SQLITE_NOMEM;
}

QString Connection::errorMessage() const
{
    return db_ != nullptr ? QString::fromUtf8(sqlite3_errmsg(db_)) : QStringLiteral("out of memory");
}

int Connection::exec(const char *sql)
{
    return sqlite3_exec(db_, sql, nullptr, nullptr, nullptr);
}

QString Connection::scalar(const char *sql, int *rc)
{
    sqlite3_stmt *st = nullptr;
    int code = sqlite3_prepare_v2(db_, sql, -1, &st, nullptr);
    QString value;
    if (code == SQLITE_OK) {
        code = sqlite3_step(st);
        if (code == SQLITE_ROW) {
            const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(st, 0));
            value = text != nullptr ? QString::fromUtf8(text) : QString(QLatin1String(""));
            code = SQLITE_OK;
        } else if (code == SQLITE_DONE) {
            code = SQLITE_OK;
        }
    }
    sqlite3_finalize(st);
    if (rc != nullptr)
        *rc = code;
    return value;
}

bool isDamage(int rc)
{
    switch (rc & 0xff) {
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
    case SQLITE_FORMAT:
        return true;
    default:
        return rc == SQLITE_IOERR_SHORT_READ || rc == SQLITE_IOERR_READ;
    }
}

bool isBusy(int rc)
{
    return (rc & 0xff) == SQLITE_BUSY || (rc & 0xff) == SQLITE_LOCKED;
}

QStringList checkIntegrity(sqlite3 *db, const QString &path, bool quick, const std::function<bool()> &keepGoing,
                           bool *cancelled)
{
    if (cancelled != nullptr)
        *cancelled = false;
    Interrupt interrupt{&keepGoing};
    if (keepGoing)
        sqlite3_progress_handler(db, 20000, progressHandler, &interrupt);
    QStringList lines;
    sqlite3_stmt *st = nullptr;
    int rc = sqlite3_prepare_v2(db, quick ? "PRAGMA quick_check(100)" : "PRAGMA integrity_check(100)", -1, &st,
                                nullptr);
    if (rc == SQLITE_OK) {
        while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
            // A row may hold several lines ("*** in database main ***\nOn tree page …").
            const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(st, 0));
            lines << QString::fromUtf8(text != nullptr ? text : "").split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        }
    }
    const int code = rc == SQLITE_DONE ? SQLITE_OK : sqlite3_extended_errcode(db);
    const QString message = QString::fromUtf8(sqlite3_errmsg(db));
    sqlite3_finalize(st);
    if (keepGoing)
        sqlite3_progress_handler(db, 0, nullptr, nullptr);

    if (code != SQLITE_OK) {
        if (interrupt.stopped) {
            if (cancelled != nullptr)
                *cancelled = true;
            return {};
        }
        if (isDamage(code))
            return lines << message;
        throw StorageError(Tr::tr("The database file %1 could not be checked: it is in use or cannot be read.")
                               .arg(path),
                           QStringLiteral("integrity check: %1 (%2)").arg(message).arg(code));
    }
    if (lines == QStringList{QStringLiteral("ok")})
        return {};
    if (lines.isEmpty()) // never from SQLite; do not call a silent answer sound
        lines << QStringLiteral("integrity check returned nothing");
    return lines;
}

} // namespace cutru::storage::native
