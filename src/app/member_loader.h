#pragma once

#include "storage/database.h"
#include "services/acting_user.h"
#include "services/member_service.h"
#include "storage/member_repository.h"

#include <QObject>
#include <atomic>
#include <memory>
#include <optional>

namespace cutru {

// The member list's worker: lives in its own thread with its own connection to the
// database file (Qt SQL connections belong to the thread that opened them), and
// answers count and window requests for MemberTableModel. Requests of an older
// generation than the model's latest are skipped unanswered, so a burst of typing
// or scrolling does not queue up queries nobody will look at.
class MemberLoader : public QObject {
    Q_OBJECT
public:
    MemberLoader(QString databasePath, ActingUser user, std::shared_ptr<const std::atomic<quint64>> latestGeneration);
    ~MemberLoader() override;

    // Called in the worker thread (queued from the model).
    void count(const cutru::storage::MemberQuery &query, quint64 generation);
    void fetch(const cutru::storage::MemberQuery &query, quint64 generation, int page, int pageSize);
    // Closes the connection; must run in the worker thread before it ends.
    void close();

signals:
    void counted(quint64 generation, int count);
    void fetched(quint64 generation, int page, const QList<cutru::storage::MemberRow> &rows);
    void failed(quint64 generation, const QString &userMessage);

private:
    bool isCurrent(quint64 generation) const { return generation == latest_->load(); }
    // Opens the connection on first use; throws storage::StorageError. The service
    // applies the user's roles: what is listed, what is masked.
    MemberService &service();

    QString path_;
    ActingUser user_;
    std::shared_ptr<const std::atomic<quint64>> latest_;
    std::optional<storage::Database> db_;
    std::optional<MemberService> service_;
};

} // namespace cutru
