#include "services/write_transaction.h"

#include "services/account_service.h"

#include <spdlog/spdlog.h>

namespace cutru {

SaveOutcome inWriteTransaction(storage::Database &db, const ActingUser &user, const char *what,
                               const std::function<SaveOutcome()> &work)
{
    try {
        storage::Transaction tx(db, user.name);
        if (const QString problem = AccountService::sessionProblem(db, user); !problem.isEmpty())
            return SaveOutcome::denied(problem);
        SaveOutcome out = work();
        if (out.ok())
            tx.commit();
        return out;
    } catch (const AccessDenied &e) {
        // A read inside the work refused: nothing is committed; the user is told why.
        return SaveOutcome::denied(e.userMessage());
    } catch (const storage::StorageError &e) {
        spdlog::error("{} failed: {} ({})", what, e.userMessage().toStdString(), e.detail().toStdString());
        return SaveOutcome::failed(e.userMessage());
    }
}

} // namespace cutru
