#pragma once

#include <QString>
#include <functional>
#include <optional>

namespace cutru::storage {

enum class Engine { SQLite, PostgreSQL };

// Where a CuTru database lives: an SQLite file (one office), or a database on a
// PostgreSQL server (a province's offices at once), named by a URI
//   postgresql://[user@]host[:port]/database[?sslmode=…&sslrootcert=…&connect_timeout=…]
// A password in the URI is refused: passwords come from a prompt, PGPASSWORD or a
// pgpass file, never from text that ends up in settings, logs or recent-file lists.
struct DatabaseTarget {
    Engine engine = Engine::SQLite;
    QString path;          // SQLite: the file
    QString host;          // PostgreSQL: host name or address ("localhost" when omitted)
    int port = 5432;
    QString databaseName;
    QString user;          // empty: libpq's default (PGUSER, then the OS user)
    QString options;       // libpq options for Qt's QPSQL driver: "sslmode=require;connect_timeout=10"

    // A `postgresql://` or `postgres://` text is a server URI; anything else is a file
    // path. Returns nullopt with `*error` set (translated, naming the part) for a URI
    // that cannot be used.
    static std::optional<DatabaseTarget> parse(const QString &text, QString *error = nullptr);
    static bool isServerUri(const QString &text);

    // The text that names the database again in messages, settings and worker threads:
    // the path, or the URI without any password.
    QString display() const;
    bool isServer() const { return engine == Engine::PostgreSQL; }
};

// How a connection to a server gets a password libpq did not find (PGPASSWORD, pgpass
// file): the GUI shows a dialog, the command line asks on the terminal. Returns nullopt
// when the user gives up. `problem` is the server's reason the previous attempt failed
// (empty on the first ask). The password is kept in this process's memory only, for the
// worker threads' own connections to the same target; it is never written anywhere.
using PasswordPrompt = std::function<std::optional<QString>(const DatabaseTarget &target, const QString &problem)>;
void setPasswordPrompt(PasswordPrompt prompt);
// Forgets the passwords remembered for this process (tests: a connection that must
// ask again).
void forgetPasswords();

} // namespace cutru::storage
