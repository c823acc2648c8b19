#include "services/report_scope.h"

#include "services/outcome.h"
#include "storage/organisation_repository.h"

#include <QCoreApplication>

namespace cutru {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cutru::ReportScope)
};

ReportScope scopeOf(const Organisation &o, const QString &path)
{
    return {o.id, o.code, path, o.name, o.level, o.kind};
}

// A materialised path ends with the organisation's own id: "/1/7/42/" → 42.
qint64 idOfPath(const QString &path)
{
    const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    return parts.isEmpty() ? 0 : parts.last().toLongLong();
}
} // namespace

ReportScope resolveReportScope(const storage::Database &db, const ActingUser &user, const QString &code)
{
    storage::OrganisationRepository organisations(db);
    const std::optional<QStringList> readable = user.permissions.scopesFor(Action::ReadMembers);
    if (readable && readable->isEmpty())
        throw AccessDenied(refusalMessage(Action::ReadMembers));

    std::optional<Organisation> org;
    if (code.trimmed().isEmpty()) {
        const QStringList roots = organisations.rootPaths();
        const QString path = readable ? readable->first() : (roots.isEmpty() ? QString() : roots.first());
        if (path.isEmpty())
            throw RequestError(Tr::tr("The database holds no organisation yet."));
        org = organisations.byId(idOfPath(path));
    } else {
        org = organisations.byCode(code.trimmed());
        if (!org)
            throw RequestError(Tr::tr("No organisation has the code '%1'.").arg(code.trimmed()));
    }
    if (!org)
        throw RequestError(Tr::tr("The organisation of the report could not be found."));
    const QString path = organisations.pathOf(org->id);
    if (readable) {
        bool covered = false;
        for (const QString &p : *readable)
            covered = covered || path.startsWith(p);
        if (!covered)
            throw AccessDenied(Tr::tr("Your account does not reach %1. %2")
                                   .arg(org->name, refusalMessage(Action::ReadMembers)));
    }
    return scopeOf(*org, path);
}

} // namespace cutru
