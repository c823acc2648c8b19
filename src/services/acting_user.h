#pragma once

#include "domain/access.h"

#include <QString>

namespace cutru {

// Who is acting: every service call receives one. `name` is what the change log
// records (the account's username, or "local:<os user>" for the local administrator
// of a file opened without signing in, which only the command line does).
struct ActingUser {
    QString name;
    QString fullName;
    qint64 accountId = 0;
    Permissions permissions;

    bool isLocalAdministrator() const { return accountId == 0 && name.startsWith(QLatin1String("local:")); }
    bool may(Action a) const { return permissions.may(a); }
    bool may(Action a, const QStringList &targetPaths) const { return permissions.may(a, targetPaths); }

    // Whoever can read an SQLite file has its data: acting as the file's local
    // administrator protects against mistakes and records who did what, no more.
    static ActingUser localAdministrator(const QString &osUser)
    {
        ActingUser u;
        u.name = QStringLiteral("local:") + (osUser.isEmpty() ? QStringLiteral("admin") : osUser);
        u.fullName = u.name;
        u.permissions = Permissions::everything();
        return u;
    }
};

} // namespace cutru
