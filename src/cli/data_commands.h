#pragma once

#include "services/acting_user.h"
#include "storage/database.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>
#include <functional>
#include <optional>

// cutru-cli import members|organisations FILE … and export members|organisations …
// (docs/user-guide.en.md, "Command line"). Exit codes of import: 0 every row accepted
// (written, or analysed with --dry-run); 2 written or analysed, but some rows rejected;
// 1 an error — nothing imported (a bad file, option or mapping, refused, a storage
// failure), or the rejected rows' file could not be written (the message says so).
namespace cutru::cli {

// Who acts (main.cpp: --user, else the file's local administrator); nullopt after the
// refusal was printed.
using SignIn = std::function<std::optional<ActingUser>(storage::Database &db)>;

// The options these commands add to cutru-cli's (--db, --out, --format, --scope,
// --user and --dry-run are cutru-cli's own).
QList<QCommandLineOption> dataOptions();

// args: the positional arguments, "import" or "export" first.
int commandImport(const QCommandLineParser &p, const QStringList &args, const SignIn &signIn);
int commandExport(const QCommandLineParser &p, const QStringList &args, const SignIn &signIn);

} // namespace cutru::cli
