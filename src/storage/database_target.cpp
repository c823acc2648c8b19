#include "storage/database_target.h"

#include <QCoreApplication>
#include <QUrl>
#include <QUrlQuery>

namespace cutru::storage {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cutru::storage)
};

// libpq connection options a URI may carry (passed on to the QPSQL driver).
const char *const kAllowedOptions[] = {"sslmode", "sslrootcert", "sslcert", "sslkey", "connect_timeout",
                                       "application_name", "target_session_attrs"};

bool allowedOption(const QString &key)
{
    for (const char *o : kAllowedOptions)
        if (key == QLatin1String(o))
            return true;
    return false;
}
} // namespace

bool DatabaseTarget::isServerUri(const QString &text)
{
    const QString t = text.trimmed();
    return t.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
           || t.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

std::optional<DatabaseTarget> DatabaseTarget::parse(const QString &text, QString *error)
{
    auto refuse = [&](const QString &message) -> std::optional<DatabaseTarget> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    DatabaseTarget t;
    if (!isServerUri(text)) {
        if (text.trimmed().isEmpty())
            return refuse(Tr::tr("No database was given: name an SQLite file or a postgresql:// address."));
        t.engine = Engine::SQLite;
        t.path = text;
        return t;
    }
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!url.isValid())
        return refuse(Tr::tr("The server address %1 is not a valid postgresql:// address: %2")
                          .arg(text, url.errorString()));
    if (!url.password().isEmpty())
        return refuse(Tr::tr("The server address must not contain a password. CuTru asks for it, or reads it "
                             "from PGPASSWORD or a pgpass file."));
    t.engine = Engine::PostgreSQL;
    t.host = url.host().isEmpty() ? QStringLiteral("localhost") : url.host();
    t.port = url.port(5432);
    if (t.port <= 0 || t.port > 65535)
        return refuse(Tr::tr("The server address %1 has an invalid port.").arg(text));
    t.databaseName = url.path().mid(1); // after the leading '/'
    if (t.databaseName.isEmpty() || t.databaseName.contains(QLatin1Char('/')))
        return refuse(Tr::tr("The server address %1 does not name a database (postgresql://host/database).")
                          .arg(text));
    t.user = url.userName();
    QStringList options;
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("user")) {
            t.user = value;
            continue;
        }
        if (!allowedOption(key))
            return refuse(Tr::tr("The server address option \"%1\" is not supported.").arg(key));
        if (value.contains(QLatin1Char(';')))
            return refuse(Tr::tr("The server address option \"%1\" has an invalid value.").arg(key));
        options << key + QLatin1Char('=') + value;
    }
    if (!options.join(QLatin1Char(';')).contains(QLatin1String("connect_timeout=")))
        options << QStringLiteral("connect_timeout=10");
    t.options = options.join(QLatin1Char(';'));
    return t;
}

QString DatabaseTarget::display() const
{
    if (engine == Engine::SQLite)
        return path;
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(host);
    if (port != 5432)
        url.setPort(port);
    if (!user.isEmpty())
        url.setUserName(user);
    url.setPath(QLatin1Char('/') + databaseName);
    QUrlQuery query;
    for (const QString &o : options.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const qsizetype eq = o.indexOf(QLatin1Char('='));
        if (o.left(eq) == QLatin1String("connect_timeout") && o.mid(eq + 1) == QLatin1String("10"))
            continue; // the default CuTru adds
        query.addQueryItem(o.left(eq), o.mid(eq + 1));
    }
    url.setQuery(query);
    // Fully encoded, so that parse() (strict) reads it back: a database or user name may
    // hold spaces, '@', ':' or Vietnamese letters.
    return url.toString(QUrl::FullyEncoded);
}

} // namespace cutru::storage
