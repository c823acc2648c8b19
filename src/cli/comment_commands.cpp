#include "cli/comment_commands.h"

#include "cli/console.h"
#include "services/comment_service.h"
#include "storage/organisation_repository.h"

#include <QCoreApplication>
#include <QTextStream>

namespace cutru::cli {
namespace {

// The same context as main.cpp's: one set of command-line strings for the translators.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cutru::cli)
};

int commandDrafts(const QCommandLineParser &p, const SignIn &signIn)
{
    const QString path = p.value(QStringLiteral("db"));
    const QString scopeCode = p.value(QStringLiteral("scope"));
    bool yearOk = false;
    const int year = p.value(QStringLiteral("year")).toInt(&yearOk);
    if (path.isEmpty() || scopeCode.isEmpty() || !yearOk) {
        err() << Tr::tr("'comments drafts' needs --db FILE, --scope CODE and --year YEAR.") << Qt::endl;
        return 2;
    }
    storage::Database db = storage::Database::open(path, storage::Database::Create::MustExist);
    const auto user = signIn(db);
    if (!user)
        return 1;
    const storage::OrganisationRepository orgs(db);
    auto scope = orgs.byCode(scopeCode);
    if (!scope)
        scope = orgs.byCode(scopeCode.toUpper());
    if (!scope)
        return fail(Tr::tr("There is no organisation with the code %1 in %2.").arg(scopeCode, path));
    // Progress on stderr every tenth.
    int lastTenth = -1;
    const BulkOutcome r = CommentService(db, *user).prepareDrafts(scope->id, year, [&](qint64 done, qint64 total) {
        const int tenth = total > 0 ? int(10 * done / total) : 10;
        if (tenth != lastTenth) {
            lastTenth = tenth;
            err() << Tr::tr("Drafts: %1% (%2/%3)").arg(tenth * 10).arg(done).arg(total) << Qt::endl;
        }
        return true;
    });
    if (!r.outcome.ok())
        return fail(r.outcome.errors.isEmpty() ? r.outcome.message : r.outcome.errors.first().message);
    out() << Tr::tr("Scope: %1 (%2)").arg(scope->name, scope->code) << '\n'
          << Tr::tr("Year: %1").arg(year) << '\n'
          << Tr::tr("Drafts created: %1").arg(r.done) << '\n'
          << Tr::tr("Already with a comment: %1").arg(r.existing) << Qt::endl;
    return 0;
}

} // namespace

int commandComments(const QCommandLineParser &p, const QStringList &args, const SignIn &signIn)
{
    if (args.size() == 2 && args.at(1) == QLatin1String("drafts"))
        return commandDrafts(p, signIn);
    err() << Tr::tr("'comments' takes drafts (see cutru-cli --help).") << Qt::endl;
    return 2;
}

} // namespace cutru::cli
