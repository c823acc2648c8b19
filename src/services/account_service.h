#pragma once

#include "services/acting_user.h"
#include "services/outcome.h"
#include "storage/account_repository.h"
#include "storage/database.h"

#include <QDateTime>

namespace cutru {

using Account = storage::AccountRecord;

struct SignInResult {
    enum class Status { SignedIn, WrongCredentials, Locked, Inactive, Failed };
    Status status = Status::WrongCredentials;
    ActingUser user;          // when SignedIn
    bool mustChangePassword = false;
    QDateTime lockedUntil;    // when Locked (UTC)
    QString message;          // for every status but SignedIn

    bool ok() const { return status == Status::SignedIn; }
};

// Accounts, sign-in and roles. Passwords are Argon2id hashes (libsodium); after
// kMaxFailedAttempts wrong passwords in a row an account is locked for kLockMinutes.
// Managing accounts needs the provincial board role over the organisations granted.
class AccountService {
public:
    static constexpr int kMaxFailedAttempts = 5;
    static constexpr int kLockMinutes = 15;
    static constexpr int kMinPasswordLength = 8;

    explicit AccountService(storage::Database &db) : db_(db) {}

    bool hasAccounts() const;
    // The built-in demo province: the sign-in dialog shows its documented accounts.
    bool isDemoDatabase() const;

    // Only on a database without accounts: a provincial board account over the whole
    // database, recorded in the log as created by `createdBy` (the local OS user).
    SaveOutcome createFirstAdministrator(const QString &username, const QString &fullName, const QString &password,
                                         const QString &createdBy);

    SignInResult signIn(const QString &username, const QString &password,
                        const QDateTime &now = QDateTime::currentDateTimeUtc());
    // On a PostgreSQL server the connection itself is the sign-in (the server checked
    // the role's password): the account named like the connection's role, with its
    // grants. Refused (WrongCredentials, with a message naming the role) when no
    // active account has that name; the schema owner without an account acts as the
    // database's administrator (like the local administrator of a file).
    SignInResult signInToServer(const QDateTime &now = QDateTime::currentDateTimeUtc());
    SaveOutcome changeOwnPassword(const ActingUser &user, const QString &currentPassword,
                                  const QString &newPassword);

    // Provincial board. Throws AccessDenied.
    QList<Account> accounts(const ActingUser &by) const;
    // Creates `a` (fills id) with an initial password that must be changed at first sign-in.
    SaveOutcome create(const ActingUser &by, Account &a, const QString &initialPassword);
    // Full name, active flag and role grants; Stale if someone changed it meanwhile.
    SaveOutcome update(const ActingUser &by, Account &a);
    SaveOutcome resetPassword(const ActingUser &by, qint64 accountId, const QString &newPassword);
    SaveOutcome unlock(const ActingUser &by, qint64 accountId);

    // Rules, field by field ("username", "fullName", "password", "grants").
    static FieldErrors checkUsername(const QString &username);
    static FieldErrors checkPassword(const QString &password);
    FieldErrors checkGrants(const QList<RoleGrant> &grants) const;

    // The permissions of an account as stored now (paths resolved).
    static ActingUser actingUserFor(const Account &a);
    // Before a write: is the session's account still enabled, with the roles it signed
    // in with? A message to show when not (the user signs in again); empty when fine.
    // The local administrator has no account and always passes.
    static QString sessionProblem(const storage::Database &db, const ActingUser &user);

private:
    SaveOutcome requireBoardOver(const ActingUser &by, const QList<RoleGrant> &grants) const;
    bool leavesNoAdministrator(const Account &changed) const;
    storage::Database &db_;
};

} // namespace cutru
