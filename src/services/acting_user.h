#pragma once

#include <QString>

namespace cutru {

// Who is acting. Every service call receives one, and it is what the change log
// records. Roles arrive with the accounts issue; until then the local user of a
// database file acts as its administrator.
struct ActingUser {
    QString name;

    static ActingUser localAdministrator(const QString &osUser)
    {
        return {QStringLiteral("local:") + (osUser.isEmpty() ? QStringLiteral("admin") : osUser)};
    }
};

} // namespace cutru
