#include "storage/account_repository.h"

#include "storage/sql_util.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>
#include <libpq-fe.h>
#include <spdlog/spdlog.h>

namespace cutru::storage {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cutru::storage)
};

const char *kColumns = "id, username, full_name, active, must_change_password, failed_attempts, locked_until, "
                       "last_sign_in, password_changed_at, created_at, row_version";

QVariant timestamp(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toUTC().toString(Qt::ISODateWithMs)) : QVariant(QMetaType(QMetaType::QString));
}

QDateTime toTimestamp(const QVariant &v)
{
    if (v.isNull())
        return {};
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(v.toString(), Qt::ISODate);
    t.setTimeSpec(Qt::UTC);
    return t;
}

AccountRecord fromRow(const QSqlQuery &q)
{
    AccountRecord a;
    a.id = q.value(0).toLongLong();
    a.username = q.value(1).toString();
    a.fullName = q.value(2).toString();
    a.active = q.value(3).toInt() != 0;
    a.mustChangePassword = q.value(4).toInt() != 0;
    a.failedAttempts = q.value(5).toInt();
    a.lockedUntil = toTimestamp(q.value(6));
    a.lastSignIn = toTimestamp(q.value(7));
    a.passwordChangedAt = toTimestamp(q.value(8));
    a.createdAt = toTimestamp(q.value(9));
    a.rowVersion = q.value(10).toInt();
    return a;
}

} // namespace

qint64 AccountRepository::count() const
{
    QSqlQuery q = sql::prepare(db_, QStringLiteral("SELECT count(*) FROM accounts"));
    sql::exec(q, "count accounts");
    return q.next() ? q.value(0).toLongLong() : 0;
}

QList<AccountRecord> AccountRepository::all() const
{
    QSqlQuery q = sql::prepare(db_, QStringLiteral("SELECT %1 FROM accounts ORDER BY username").arg(QLatin1String(kColumns)));
    sql::exec(q, "read accounts");
    QList<AccountRecord> out;
    while (q.next())
        out << fromRow(q);
    for (auto &a : out)
        a.grants = grantsOf(a.id);
    return out;
}

std::optional<AccountRecord> AccountRepository::byId(qint64 id) const
{
    QSqlQuery q = sql::prepare(db_, QStringLiteral("SELECT %1 FROM accounts WHERE id = ?").arg(QLatin1String(kColumns)));
    q.addBindValue(id);
    sql::exec(q, "read an account");
    if (!q.next())
        return std::nullopt;
    AccountRecord a = fromRow(q);
    a.grants = grantsOf(a.id);
    return a;
}

std::optional<AccountRecord> AccountRepository::byUsername(const QString &username) const
{
    QSqlQuery q = sql::prepare(db_, QStringLiteral("SELECT %1 FROM accounts WHERE username = ?").arg(QLatin1String(kColumns)));
    q.addBindValue(username.trimmed().toLower());
    sql::exec(q, "read an account");
    if (!q.next())
        return std::nullopt;
    AccountRecord a = fromRow(q);
    a.grants = grantsOf(a.id);
    return a;
}

QString AccountRepository::passwordHashOf(qint64 id) const
{
    QSqlQuery q = sql::prepare(db_, QStringLiteral("SELECT password_hash FROM accounts WHERE id = ?"));
    q.addBindValue(id);
    sql::exec(q, "read an account");
    return q.next() ? q.value(0).toString() : QString();
}

QList<RoleGrant> AccountRepository::grantsOf(qint64 accountId) const
{
    QSqlQuery q = sql::prepare(db_, QStringLiteral(
        "SELECT r.role, coalesce(r.organisation_id, 0), coalesce(o.path, ''), coalesce(o.name, '') "
        "FROM account_roles r LEFT JOIN organisations o ON o.id = r.organisation_id "
        "WHERE r.account_id = ? ORDER BY r.id"));
    q.addBindValue(accountId);
    sql::exec(q, "read account roles");
    QList<RoleGrant> out;
    while (q.next()) {
        const auto role = roleFromCode(q.value(0).toString());
        if (!role)
            continue;
        out << RoleGrant{*role, q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString()};
    }
    return out;
}

void AccountRepository::replaceGrants(qint64 accountId, const QList<RoleGrant> &grants)
{
    const QList<RoleGrant> old = grantsOf(accountId);
    // Only the differences, so that the change log shows what was granted or withdrawn.
    for (const auto &g : old) {
        bool kept = false;
        for (const auto &n : grants)
            kept = kept || (n.role == g.role && n.organisationId == g.organisationId);
        if (kept)
            continue;
        QSqlQuery q = sql::prepare(db_, QStringLiteral(
            "DELETE FROM account_roles WHERE account_id = ? AND role = ? AND coalesce(organisation_id, 0) = ?"));
        q.addBindValue(accountId);
        q.addBindValue(code(g.role));
        q.addBindValue(g.organisationId);
        sql::exec(q, "withdraw a role");
    }
    for (const auto &n : grants) {
        bool had = false;
        for (const auto &g : old)
            had = had || (n.role == g.role && n.organisationId == g.organisationId);
        if (had)
            continue;
        QSqlQuery q = sql::prepare(db_, QStringLiteral(
            "INSERT INTO account_roles (account_id, role, organisation_id) VALUES (?, ?, ?)"));
        q.addBindValue(accountId);
        q.addBindValue(code(n.role));
        q.addBindValue(sql::id(n.organisationId));
        sql::exec(q, "grant a role");
    }
}

void AccountRepository::insert(AccountRecord &a, const QString &passwordHash)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!a.createdAt.isValid())
        a.createdAt = now;
    a.passwordChangedAt = now;
    QSqlQuery q = sql::prepare(db_, QStringLiteral(
        "INSERT INTO accounts (username, full_name, password_hash, password_changed_at, must_change_password, "
        "active, created_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(a.username.trimmed().toLower());
    q.addBindValue(a.fullName.trimmed());
    q.addBindValue(passwordHash);
    q.addBindValue(timestamp(a.passwordChangedAt));
    q.addBindValue(a.mustChangePassword ? 1 : 0);
    q.addBindValue(a.active ? 1 : 0);
    q.addBindValue(timestamp(a.createdAt));
    a.id = sql::execInsert(q, "create an account");
    a.rowVersion = 1;
    replaceGrants(a.id, a.grants);
}

bool AccountRepository::update(AccountRecord &a)
{
    QSqlQuery q = sql::prepare(db_, QStringLiteral(
        "UPDATE accounts SET full_name = ?, active = ?, row_version = row_version + 1 "
        "WHERE id = ? AND row_version = ?"));
    q.addBindValue(a.fullName.trimmed());
    q.addBindValue(a.active ? 1 : 0);
    q.addBindValue(a.id);
    q.addBindValue(a.rowVersion);
    sql::exec(q, "update an account");
    if (q.numRowsAffected() != 1)
        return false;
    ++a.rowVersion;
    replaceGrants(a.id, a.grants);
    return true;
}

void AccountRepository::setPassword(qint64 id, const QString &passwordHash, bool mustChange, const QDateTime &now)
{
    QSqlQuery q = sql::prepare(db_, QStringLiteral(
        "UPDATE accounts SET password_hash = ?, password_changed_at = ?, must_change_password = ?, "
        "failed_attempts = 0, locked_until = NULL, row_version = row_version + 1 WHERE id = ?"));
    q.addBindValue(passwordHash);
    q.addBindValue(timestamp(now));
    q.addBindValue(mustChange ? 1 : 0);
    q.addBindValue(id);
    sql::exec(q, "change a password");
}

void AccountRepository::recordFailedSignIn(qint64 id, int failedAttempts, const QDateTime &lockedUntil,
                                           bool setLock)
{
    // The counter alone is not logged (see the accounts' audit triggers); a lock-out is.
    QSqlQuery q = sql::prepare(db_, setLock
        ? QStringLiteral("UPDATE accounts SET failed_attempts = ?, locked_until = ? WHERE id = ?")
        : QStringLiteral("UPDATE accounts SET failed_attempts = ? WHERE id = ?"));
    q.addBindValue(failedAttempts);
    if (setLock)
        q.addBindValue(timestamp(lockedUntil));
    q.addBindValue(id);
    sql::exec(q, "record a failed sign-in");
}

void AccountRepository::recordSignIn(qint64 id, const QDateTime &now)
{
    QSqlQuery q = sql::prepare(db_, QStringLiteral(
        "UPDATE accounts SET failed_attempts = 0, locked_until = NULL, last_sign_in = ? WHERE id = ?"));
    q.addBindValue(timestamp(now));
    q.addBindValue(id);
    sql::exec(q, "record a sign-in");
}

void AccountRepository::unlock(qint64 id)
{
    QSqlQuery q = sql::prepare(db_, QStringLiteral(
        "UPDATE accounts SET failed_attempts = 0, locked_until = NULL, row_version = row_version + 1 WHERE id = ?"));
    q.addBindValue(id);
    sql::exec(q, "unlock an account");
}

QString AccountRepository::setting(const QString &key) const
{
    QSqlQuery q = sql::prepare(db_, QStringLiteral("SELECT value FROM database_settings WHERE key = ?"));
    q.addBindValue(key);
    sql::exec(q, "read a setting");
    return q.next() ? q.value(0).toString() : QString();
}

void AccountRepository::setSetting(const QString &key, const QString &value)
{
    QSqlQuery q = sql::prepare(db_, QStringLiteral(
        "INSERT INTO database_settings (key, value) VALUES (?, ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(value);
    sql::exec(q, "write a setting");
}

QStringList AccountRepository::settingKeys(const QString &prefix) const
{
    // substr, not LIKE: a prefix holding '%' or '_' means just those characters.
    QSqlQuery q = sql::prepare(db_, QStringLiteral(
        "SELECT key FROM database_settings WHERE substr(key, 1, CAST(? AS INTEGER)) = CAST(? AS TEXT) ORDER BY key"));
    q.addBindValue(prefix.size());
    q.addBindValue(prefix);
    sql::exec(q, "read settings");
    QStringList keys;
    while (q.next())
        keys << q.value(0).toString();
    return keys;
}

void AccountRepository::removeSetting(const QString &key)
{
    QSqlQuery q = sql::prepare(db_, QStringLiteral("DELETE FROM database_settings WHERE key = ?"));
    q.addBindValue(key);
    sql::exec(q, "remove a setting");
}

void AccountRepository::recordEvent(const QString &kind, const QString &detail, const QDateTime &now)
{
    QSqlQuery q = sql::prepare(db_, QStringLiteral(
        "INSERT INTO database_events (happened_at, kind, detail) VALUES (?, ?, ?)"));
    q.addBindValue(timestamp(now));
    q.addBindValue(kind);
    q.addBindValue(sql::text(detail));
    sql::exec(q, "record an event");
}

namespace {

// The SCRAM-SHA-256 verifier of `password` for the role `username`, computed here with
// libpq (a fresh salt each time), so that the clear text appears neither on the wire nor
// in the server's statement log.
QString scramVerifier(const Database &db, const QString &username, const QString &password)
{
    // Qt's QPSQL driver hands out its PGconn (a `struct pg_conn *`, named either way).
    const QVariant handle = db.connection().driver()->handle();
    const char *type = handle.isValid() ? handle.typeName() : nullptr;
    PGconn *connection = type && (qstrcmp(type, "PGconn*") == 0 || qstrcmp(type, "pg_conn*") == 0)
                             ? *static_cast<PGconn *const *>(handle.constData())
                             : nullptr;
    char *verifier = connection ? PQencryptPasswordConn(connection, password.toUtf8().constData(),
                                                        username.toUtf8().constData(), "scram-sha-256")
                                : nullptr;
    if (!verifier)
        throw StorageError(Tr::tr("The password of %1 could not be prepared for the server.").arg(username),
                           connection ? QString::fromUtf8(PQerrorMessage(connection)) : QStringLiteral("no libpq handle"));
    const QString out = QString::fromLatin1(verifier);
    PQfreemem(verifier);
    return out;
}

} // namespace

void AccountRepository::setServerRole(const QString &username, const QString &password, std::optional<bool> canLogIn)
{
    const QString name = username.trimmed().toLower();
    QSqlQuery q = sql::prepare(db_, QStringLiteral(
        "SELECT cutru_set_account_role(CAST(? AS TEXT), CAST(? AS TEXT), CAST(? AS BOOLEAN))"));
    q.addBindValue(name);
    q.addBindValue(password.isEmpty() ? QStringLiteral("") : scramVerifier(db_, name, password));
    // As text: the driver sends a C++ bool or int as a number, which PostgreSQL does not
    // turn into a boolean implicitly.
    q.addBindValue(canLogIn ? QVariant(*canLogIn ? QStringLiteral("true") : QStringLiteral("false"))
                            : QVariant(QMetaType(QMetaType::QString)));
    if (q.exec())
        return;
    // The function's own refusals carry SQLSTATEs of class CU (postgres_security.cpp).
    const QSqlError error = q.lastError();
    const QString code = error.nativeErrorCode();
    const QString detail = QStringLiteral("set the database role of %1: %2").arg(name, error.text());
    spdlog::error("{}", detail.toStdString());
    if (code == QLatin1String("CUT01"))
        throw StorageError(Tr::tr("The user name %1 cannot be used on this server: a database role of that name "
                                  "already exists and is not this database's account (or the name is reserved). "
                                  "Choose another user name.")
                               .arg(name),
                           detail);
    if (code == QLatin1String("CUT02"))
        throw StorageError(Tr::tr("Only the provincial board can change the database role of the account %1.").arg(name),
                           detail);
    if (code == QLatin1String("42501"))
        throw StorageError(Tr::tr("The server did not let CuTru create or change the database role %1: the role "
                                  "that owns the database's tables needs the CREATEROLE attribute.")
                               .arg(name),
                           detail);
    throw StorageError(Tr::tr("The database role of the account %1 could not be created or changed.").arg(name), detail);
}

bool AccountRepository::serverRoleOwnsTables() const
{
    if (!db_.isPostgres())
        return false;
    QSqlQuery q = sql::prepare(db_, QStringLiteral(
        "SELECT coalesce(bool_or(pg_has_role(current_user, c.relowner, 'USAGE')), false) FROM pg_class c "
        "WHERE c.oid = to_regclass('accounts')"));
    sql::exec(q, "read the owner of the tables");
    return q.next() && q.value(0).toBool();
}

} // namespace cutru::storage
