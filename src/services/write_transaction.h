#pragma once

#include "services/acting_user.h"
#include "services/outcome.h"
#include "storage/database.h"

#include <functional>

namespace cutru {

// One write transaction in the user's name: refused when the session's account
// changed since sign-in (AccountService::sessionProblem); committed only when `work`
// succeeds; storage failures become Failed with their user message (the detail goes
// to the log, tagged with `what`); an AccessDenied thrown by a read inside becomes Denied.
SaveOutcome inWriteTransaction(storage::Database &db, const ActingUser &user, const char *what,
                               const std::function<SaveOutcome()> &work);

} // namespace cutru
