#include "services/account_service.h"

#include "services/password_hash.h"
#include "storage/organisation_repository.h"

#include <QCoreApplication>
#include <algorithm>
#include <QLocale>
#include <QRegularExpression>
#include <spdlog/spdlog.h>

namespace cutru {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cutru::AccountService)
};

SaveOutcome failedFrom(const storage::StorageError &e)
{
    spdlog::error("account change failed: {} ({})", e.userMessage().toStdString(), e.detail().toStdString());
    return SaveOutcome::failed(e.userMessage());
}

} // namespace

bool AccountService::hasAccounts() const
{
    return storage::AccountRepository(db_).count() > 0;
}

bool AccountService::isDemoDatabase() const
{
    return storage::AccountRepository(db_).setting(QStringLiteral("demo")) == QLatin1String("1");
}

FieldErrors AccountService::checkUsername(const QString &username)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9._-]{2,31}$"));
    const QString u = username.trimmed().toLower();
    if (u.isEmpty())
        return {{QStringLiteral("username"), Tr::tr("Enter a user name.")}};
    if (!pattern.match(u).hasMatch())
        return {{QStringLiteral("username"),
                 Tr::tr("A user name has 3 to 32 characters: Latin letters without diacritics, digits, dot, "
                        "dash or underscore, starting with a letter or a digit.")}};
    return {};
}

FieldErrors AccountService::checkPassword(const QString &password)
{
    if (password.size() < kMinPasswordLength)
        return {{QStringLiteral("password"),
                 Tr::tr("A password needs at least %n characters.", nullptr, kMinPasswordLength)}};
    bool letter = false, digit = false;
    for (QChar c : password) {
        letter = letter || c.isLetter();
        digit = digit || c.isDigit();
    }
    if (!letter || !digit)
        return {{QStringLiteral("password"), Tr::tr("A password needs both letters and digits.")}};
    return {};
}

FieldErrors AccountService::checkGrants(const QList<RoleGrant> &grants) const
{
    FieldErrors errors;
    const QString field = QStringLiteral("grants");
    if (grants.isEmpty()) {
        errors.append({field, Tr::tr("Give the account at least one role.")});
        return errors;
    }
    storage::OrganisationRepository orgs(db_);
    for (int i = 0; i < grants.size(); ++i) {
        const RoleGrant &g = grants[i];
        for (int j = 0; j < i; ++j)
            if (grants[j].role == g.role && grants[j].organisationId == g.organisationId)
                errors.append({field, Tr::tr("The role %1 is given twice.").arg(grantLabel(g.role, g.organisationName))});
        if (g.organisationId == 0) {
            if (g.role != Role::ProvincialBoard && g.role != Role::Auditor)
                errors.append({field, Tr::tr("The role %1 needs an organisation.").arg(label(g.role))});
            continue;
        }
        const auto org = orgs.byId(g.organisationId);
        if (!org) {
            errors.append({field, Tr::tr("The organisation of the role %1 no longer exists.").arg(label(g.role))});
            continue;
        }
        if (org->level != grantLevel(g.role))
            errors.append({field, Tr::tr("The role %1 is given over a %2, not over %3.")
                                      .arg(label(g.role), label(grantLevel(g.role)), org->name)});
    }
    return errors;
}

ActingUser AccountService::actingUserFor(const Account &a)
{
    ActingUser u;
    u.name = a.username;
    u.fullName = a.fullName;
    u.accountId = a.id;
    u.permissions = Permissions(a.grants);
    return u;
}

QString AccountService::sessionProblem(const storage::Database &db, const ActingUser &user)
{
    if (user.accountId == 0)
        return {};
    const auto account = storage::AccountRepository(db).byId(user.accountId);
    if (!account || !account->active)
        return Tr::tr("Your account has been disabled since you signed in; nothing was saved.");
    auto sameGrant = [](const RoleGrant &a, const RoleGrant &b) {
        return a.role == b.role && a.organisationId == b.organisationId;
    };
    const QList<RoleGrant> &now = account->grants;
    const QList<RoleGrant> &then = user.permissions.grants();
    const bool same = now.size() == then.size() && std::all_of(now.begin(), now.end(), [&](const RoleGrant &g) {
        return std::any_of(then.begin(), then.end(), [&](const RoleGrant &h) { return sameGrant(g, h); });
    });
    if (!same)
        return Tr::tr("Your roles have changed since you signed in; nothing was saved. Sign in again "
                      "(Account → Sign in as another user…).");
    return {};
}

SaveOutcome AccountService::createFirstAdministrator(const QString &username, const QString &fullName,
                                                     const QString &password, const QString &createdBy)
{
    FieldErrors errors = checkUsername(username);
    if (fullName.trimmed().isEmpty())
        errors.append({QStringLiteral("fullName"), Tr::tr("Enter the person's full name.")});
    errors += checkPassword(password);
    if (!errors.isEmpty())
        return SaveOutcome::invalid(errors);
    try {
        const QString hash = password::hash(password);
        storage::Transaction tx(db_, createdBy);
        storage::AccountRepository repo(db_);
        if (repo.count() > 0)
            return SaveOutcome::denied(Tr::tr("This database already has accounts; sign in instead."));
        Account a;
        a.username = username.trimmed().toLower();
        a.fullName = fullName.trimmed();
        a.grants = {RoleGrant{Role::ProvincialBoard, 0, {}, {}}};
        repo.insert(a, hash);
        if (db_.isPostgres())
            repo.setServerRole(a.username, password, true);
        tx.commit();
        spdlog::info("first administrator {} created by {}", a.username.toStdString(), createdBy.toStdString());
    } catch (const storage::StorageError &e) {
        return failedFrom(e);
    }
    return {};
}

SignInResult AccountService::signIn(const QString &username, const QString &password, const QDateTime &now)
{
    SignInResult r;
    const QString wrong = Tr::tr("The user name or the password is wrong.");
    try {
        storage::AccountRepository repo(db_);
        const auto account = repo.byUsername(username);
        if (!account) {
            // The same cost as a real check, so that timing does not tell which names exist.
            static const QString dummy = password::hash(QStringLiteral("no such account 0"));
            password::verify(dummy, password);
            r.message = wrong;
            spdlog::warn("sign-in refused: unknown user name");
            return r;
        }
        if (!account->active) {
            r.status = SignInResult::Status::Inactive;
            r.message = Tr::tr("The account %1 is disabled. Ask the provincial board to enable it.").arg(account->username);
            return r;
        }
        if (account->lockedUntil.isValid() && account->lockedUntil > now) {
            r.status = SignInResult::Status::Locked;
            r.lockedUntil = account->lockedUntil;
            r.message = Tr::tr("The account %1 is locked after %2 wrong passwords until %3. The provincial board "
                               "can unlock it sooner.")
                            .arg(account->username)
                            .arg(kMaxFailedAttempts)
                            .arg(QLocale().toString(account->lockedUntil.toLocalTime(), QStringLiteral("HH:mm dd/MM/yyyy")));
            return r;
        }
        const QString stored = repo.passwordHashOf(account->id);
        if (!password::verify(stored, password)) {
            // Counted inside the write transaction, from the stored row as it is now:
            // attempts running in parallel (several cutru-cli at once) each count.
            // Written as "system": the account's owner did not necessarily make them.
            storage::Transaction tx(db_, QStringLiteral("system"));
            const auto current = repo.byId(account->id);
            if (!current) {
                r.message = wrong;
                return r;
            }
            if (current->lockedUntil.isValid() && current->lockedUntil > now) {
                r.status = SignInResult::Status::Locked; // a parallel attempt locked it meanwhile
                r.lockedUntil = current->lockedUntil;
                r.message = Tr::tr("Wrong password %1 times: the account %2 is locked until %3.")
                                .arg(kMaxFailedAttempts)
                                .arg(account->username, QLocale().toString(current->lockedUntil.toLocalTime(),
                                                                           QStringLiteral("HH:mm dd/MM/yyyy")));
                return r;
            }
            // A lock that has run out starts a fresh count, and is cleared.
            const bool lockExpired = current->lockedUntil.isValid();
            const int failures = (lockExpired ? 0 : current->failedAttempts) + 1;
            const QDateTime lockUntil =
                failures >= kMaxFailedAttempts ? now.addSecs(kLockMinutes * 60) : QDateTime();
            repo.recordFailedSignIn(account->id, lockUntil.isValid() ? 0 : failures, lockUntil,
                                    lockUntil.isValid() || lockExpired);
            tx.commit();
            spdlog::warn("sign-in refused for {} (failure {})", account->username.toStdString(), failures);
            if (lockUntil.isValid()) {
                r.status = SignInResult::Status::Locked;
                r.lockedUntil = lockUntil;
                r.message = Tr::tr("Wrong password %1 times: the account %2 is locked until %3.")
                                .arg(kMaxFailedAttempts)
                                .arg(account->username,
                                     QLocale().toString(lockUntil.toLocalTime(), QStringLiteral("HH:mm dd/MM/yyyy")));
            } else {
                r.message = wrong + QLatin1Char(' ')
                            + Tr::tr("%n attempt(s) left before the account is locked.", nullptr,
                                     kMaxFailedAttempts - failures);
            }
            return r;
        }
        storage::Transaction tx(db_, account->username);
        repo.recordSignIn(account->id, now);
        if (password::needsRehash(stored))
            repo.setPassword(account->id, password::hash(password), account->mustChangePassword, now);
        tx.commit();
        r.status = SignInResult::Status::SignedIn;
        r.user = actingUserFor(*account);
        r.mustChangePassword = account->mustChangePassword;
        spdlog::info("{} signed in as {}", account->username.toStdString(),
                     r.user.permissions.describe().toStdString());
    } catch (const storage::StorageError &e) {
        spdlog::error("sign-in failed: {} ({})", e.userMessage().toStdString(), e.detail().toStdString());
        r.status = SignInResult::Status::Failed;
        r.message = e.userMessage();
    }
    return r;
}

SignInResult AccountService::signInToServer(const QDateTime &now)
{
    SignInResult r;
    try {
        const QString role = db_.serverRole();
        storage::AccountRepository repo(db_);
        // Row-level security shows a role its own account only (the board: all).
        const auto account = repo.byUsername(role);
        if (account && account->username == role) {
            if (!account->active) {
                r.status = SignInResult::Status::Inactive;
                r.message =
                    Tr::tr("The account %1 is disabled. Ask the provincial board to enable it.").arg(account->username);
                return r;
            }
            storage::Transaction tx(db_, account->username);
            repo.recordSignIn(account->id, now);
            tx.commit();
            r.status = SignInResult::Status::SignedIn;
            r.user = actingUserFor(*account);
            r.mustChangePassword = account->mustChangePassword;
            spdlog::info("{} connected to the server as {}", account->username.toStdString(),
                         r.user.permissions.describe().toStdString());
            return r;
        }
        if (repo.serverRoleOwnsTables()) {
            // The administrator who created the database, like the local administrator
            // of a file: everything, in the role's own name.
            r.status = SignInResult::Status::SignedIn;
            r.user.name = role;
            r.user.fullName = role;
            r.user.permissions = Permissions::everything();
            spdlog::info("{} connected to the server as the owner of the database", role.toStdString());
            return r;
        }
        r.message = Tr::tr("The database role %1 has no CuTru account in this database. Connect with the user name "
                           "of your account, or ask the provincial board to create one.")
                        .arg(role);
        spdlog::warn("server sign-in refused: role {} has no account", role.toStdString());
    } catch (const storage::StorageError &e) {
        spdlog::error("server sign-in failed: {} ({})", e.userMessage().toStdString(), e.detail().toStdString());
        r.status = SignInResult::Status::Failed;
        r.message = e.userMessage();
    }
    return r;
}

SaveOutcome AccountService::changeOwnPassword(const ActingUser &user, const QString &currentPassword,
                                              const QString &newPassword)
{
    if (user.accountId == 0)
        return SaveOutcome::denied(Tr::tr("Only a signed-in account has a password to change."));
    FieldErrors errors = checkPassword(newPassword);
    if (newPassword == currentPassword && errors.isEmpty())
        errors.append({QStringLiteral("password"), Tr::tr("The new password must differ from the current one.")});
    try {
        storage::AccountRepository repo(db_);
        if (!password::verify(repo.passwordHashOf(user.accountId), currentPassword))
            errors.prepend({QStringLiteral("currentPassword"), Tr::tr("The current password is wrong.")});
        if (!errors.isEmpty())
            return SaveOutcome::invalid(errors);
        const QString hash = password::hash(newPassword);
        storage::Transaction tx(db_, user.name);
        repo.setPassword(user.accountId, hash, false, QDateTime::currentDateTimeUtc());
        // On a server the role's password is the one that signs in; LOGIN stays as it is
        // (only the board changes it).
        if (db_.isPostgres())
            repo.setServerRole(user.name, newPassword, std::nullopt);
        tx.commit();
        // The old password no longer opens this account's other connections.
        db_.rememberNewPassword(newPassword);
    } catch (const storage::StorageError &e) {
        return failedFrom(e);
    }
    return {};
}

SaveOutcome AccountService::requireBoardOver(const ActingUser &by, const QList<RoleGrant> &grants) const
{
    if (!by.may(Action::ManageAccounts))
        return SaveOutcome::denied(refusalMessage(Action::ManageAccounts));
    storage::OrganisationRepository orgs(db_);
    for (const auto &g : grants) {
        const QStringList target = g.organisationId == 0 ? QStringList() : QStringList{orgs.pathOf(g.organisationId)};
        if (!by.may(Action::ManageAccounts, target))
            return SaveOutcome::denied(refusalMessage(Action::ManageAccounts));
    }
    return {};
}

QList<Account> AccountService::accounts(const ActingUser &by) const
{
    if (!by.may(Action::ManageAccounts))
        throw AccessDenied(refusalMessage(Action::ManageAccounts));
    return storage::AccountRepository(db_).all();
}

bool AccountService::leavesNoAdministrator(const Account &changed) const
{
    for (const Account &a : storage::AccountRepository(db_).all()) {
        const Account &now = a.id == changed.id ? changed : a;
        if (!now.active)
            continue;
        for (const auto &g : now.grants)
            if (g.role == Role::ProvincialBoard)
                return false;
    }
    return true;
}

SaveOutcome AccountService::create(const ActingUser &by, Account &a, const QString &initialPassword)
{
    SaveOutcome denied = requireBoardOver(by, a.grants);
    if (!denied.ok())
        return denied;
    FieldErrors errors = checkUsername(a.username);
    if (a.fullName.trimmed().isEmpty())
        errors.append({QStringLiteral("fullName"), Tr::tr("Enter the person's full name.")});
    errors += checkPassword(initialPassword);
    try {
        errors += checkGrants(a.grants);
        storage::AccountRepository repo(db_);
        if (!hasErrorFor(errors, QStringLiteral("username")) && repo.byUsername(a.username))
            errors.append({QStringLiteral("username"), Tr::tr("Another account already has this user name.")});
        if (!errors.isEmpty())
            return SaveOutcome::invalid(errors);
        const QString hash = password::hash(initialPassword);
        storage::Transaction tx(db_, by.name);
        if (const QString problem = sessionProblem(db_, by); !problem.isEmpty())
            return SaveOutcome::denied(problem);
        a.username = a.username.trimmed().toLower();
        a.mustChangePassword = true;
        repo.insert(a, hash);
        if (db_.isPostgres())
            repo.setServerRole(a.username, initialPassword, a.active);
        tx.commit();
        spdlog::info("account {} created by {}", a.username.toStdString(), by.name.toStdString());
    } catch (const storage::StorageError &e) {
        return failedFrom(e);
    }
    return {};
}

SaveOutcome AccountService::update(const ActingUser &by, Account &a)
{
    try {
        storage::AccountRepository repo(db_);
        const auto stored = repo.byId(a.id);
        if (!stored)
            return {SaveOutcome::Status::Stale, {}, Tr::tr("This account no longer exists.")};
        // Both what the account had and what it gets must be within the board's reach.
        SaveOutcome denied = requireBoardOver(by, stored->grants + a.grants);
        if (!denied.ok())
            return denied;
        FieldErrors errors;
        if (a.fullName.trimmed().isEmpty())
            errors.append({QStringLiteral("fullName"), Tr::tr("Enter the person's full name.")});
        errors += checkGrants(a.grants);
        if (errors.isEmpty() && leavesNoAdministrator(a))
            errors.append({QStringLiteral("grants"),
                           Tr::tr("At least one enabled account must keep the provincial board role.")});
        if (!errors.isEmpty())
            return SaveOutcome::invalid(errors);
        storage::Transaction tx(db_, by.name);
        if (const QString problem = sessionProblem(db_, by); !problem.isEmpty())
            return SaveOutcome::denied(problem);
        if (!repo.update(a))
            return {SaveOutcome::Status::Stale, {},
                    Tr::tr("Someone changed this account after you opened it. Reload it and make your change again.")};
        // A disabled account's role can no longer connect to the server.
        if (db_.isPostgres())
            repo.setServerRole(stored->username, QString(), a.active);
        tx.commit();
    } catch (const storage::StorageError &e) {
        return failedFrom(e);
    }
    return {};
}

SaveOutcome AccountService::resetPassword(const ActingUser &by, qint64 accountId, const QString &newPassword)
{
    try {
        storage::AccountRepository repo(db_);
        const auto stored = repo.byId(accountId);
        if (!stored)
            return {SaveOutcome::Status::Stale, {}, Tr::tr("This account no longer exists.")};
        SaveOutcome denied = requireBoardOver(by, stored->grants);
        if (!denied.ok())
            return denied;
        const FieldErrors errors = checkPassword(newPassword);
        if (!errors.isEmpty())
            return SaveOutcome::invalid(errors);
        const QString hash = password::hash(newPassword);
        storage::Transaction tx(db_, by.name);
        if (const QString problem = sessionProblem(db_, by); !problem.isEmpty())
            return SaveOutcome::denied(problem);
        // Someone else set it: its owner chooses a new one at the next sign-in.
        repo.setPassword(accountId, hash, accountId != by.accountId, QDateTime::currentDateTimeUtc());
        // Also makes the role of an account that has none yet (one moved from a file).
        if (db_.isPostgres())
            repo.setServerRole(stored->username, newPassword, stored->active);
        tx.commit();
        if (accountId == by.accountId)
            db_.rememberNewPassword(newPassword);
    } catch (const storage::StorageError &e) {
        return failedFrom(e);
    }
    return {};
}

SaveOutcome AccountService::unlock(const ActingUser &by, qint64 accountId)
{
    try {
        storage::AccountRepository repo(db_);
        const auto stored = repo.byId(accountId);
        if (!stored)
            return {SaveOutcome::Status::Stale, {}, Tr::tr("This account no longer exists.")};
        SaveOutcome denied = requireBoardOver(by, stored->grants);
        if (!denied.ok())
            return denied;
        storage::Transaction tx(db_, by.name);
        if (const QString problem = sessionProblem(db_, by); !problem.isEmpty())
            return SaveOutcome::denied(problem);
        repo.unlock(accountId);
        tx.commit();
    } catch (const storage::StorageError &e) {
        return failedFrom(e);
    }
    return {};
}

} // namespace cutru
