#pragma once

#include "domain/access.h"
#include "storage/database.h"

#include <QDateTime>
#include <QList>
#include <optional>

namespace cutru::storage {

// One row of `accounts` with its role grants. The password hash stays in storage:
// it is read only by passwordHashOf() for verification.
struct AccountRecord {
    qint64 id = 0;
    QString username; // lower case
    QString fullName;
    bool active = true;
    bool mustChangePassword = false;
    int failedAttempts = 0;
    QDateTime lockedUntil;  // UTC; null when not locked
    QDateTime lastSignIn;   // UTC
    QDateTime passwordChangedAt;
    QDateTime createdAt;
    QList<RoleGrant> grants; // organisation path and name filled in
    int rowVersion = 1;
};

class AccountRepository {
public:
    explicit AccountRepository(const Database &db) : db_(db) {}

    qint64 count() const;
    QList<AccountRecord> all() const;
    std::optional<AccountRecord> byId(qint64 id) const;
    std::optional<AccountRecord> byUsername(const QString &username) const;
    QString passwordHashOf(qint64 id) const;

    // Writes; each must run inside a Transaction.
    void insert(AccountRecord &a, const QString &passwordHash);
    // Name, active flag and grants, if nobody changed the account since it was read;
    // false when the stored row is newer or gone.
    bool update(AccountRecord &a);
    void setPassword(qint64 id, const QString &passwordHash, bool mustChange, const QDateTime &now);
    // Sets the failure counter; when `setLock`, also locked_until (null clears it).
    void recordFailedSignIn(qint64 id, int failedAttempts, const QDateTime &lockedUntil, bool setLock);
    void recordSignIn(qint64 id, const QDateTime &now);
    void unlock(qint64 id);

    // The file's settings (database_settings).
    QString setting(const QString &key) const;
    void setSetting(const QString &key, const QString &value);
    // The keys starting with `prefix`, sorted (saved import mappings live under one).
    QStringList settingKeys(const QString &prefix) const;
    // Removes a setting; nothing happens when there is none.
    void removeSetting(const QString &key);
    // An event on the file as a whole (a restore), logged like any record.
    void recordEvent(const QString &kind, const QString &detail, const QDateTime &now);

    // ---- On a PostgreSQL server, where every account is a database role ----------------
    // Creates the LOGIN role named `username` (member of cutru_user) or changes it: the
    // password unless `password` is empty, LOGIN or NOLOGIN when `canLogIn` is given. The
    // password leaves this process only as a SCRAM verifier (as with psql's \password).
    // The server function cutru_set_account_role does it as the tables' owner, for the
    // administrator, the provincial board, or an account changing its own password; it
    // never touches a role that is not this database's account. Inside the caller's
    // transaction; throws StorageError with a message naming the user name.
    void setServerRole(const QString &username, const QString &password, std::optional<bool> canLogIn);
    // Whether the connection's role owns CuTru's tables (the administrator who created
    // the database; row-level security does not apply to it).
    bool serverRoleOwnsTables() const;

private:
    QList<RoleGrant> grantsOf(qint64 accountId) const;
    void replaceGrants(qint64 accountId, const QList<RoleGrant> &grants);
    const Database &db_;
};

} // namespace cutru::storage
