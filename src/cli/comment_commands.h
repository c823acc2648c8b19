#pragma once

#include "cli/data_commands.h"

#include <QCommandLineParser>
#include <QStringList>

// cutru-cli comments drafts --db FILE --scope CODE --year Y: the annual comment drafts
// of every residence cell under CODE (docs/comments.md), progress on stderr. Exit code
// 0 when done (also when nothing was new), 1 on an error or refusal, 2 on a usage error.
namespace cutru::cli {

// args: the positional arguments, "comments" first.
int commandComments(const QCommandLineParser &p, const QStringList &args, const SignIn &signIn);

} // namespace cutru::cli
