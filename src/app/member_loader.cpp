#include "app/member_loader.h"

#include <spdlog/spdlog.h>

namespace cutru {

MemberLoader::MemberLoader(QString databasePath, ActingUser user,
                           std::shared_ptr<const std::atomic<quint64>> latestGeneration)
    : path_(std::move(databasePath)), user_(std::move(user)), latest_(std::move(latestGeneration))
{
}

MemberLoader::~MemberLoader() = default;

MemberService &MemberLoader::service()
{
    if (!service_) {
        // The main window checked the file's integrity when it opened it.
        db_.emplace(storage::Database::open(path_, storage::Database::Create::MustExist,
                                            storage::Database::IntegrityCheck::Skip));
        service_.emplace(*db_, user_);
    }
    return *service_;
}

void MemberLoader::count(const storage::MemberQuery &query, quint64 generation)
{
    if (!isCurrent(generation))
        return;
    try {
        const int n = service().count(query);
        emit counted(generation, n);
    } catch (const storage::StorageError &e) {
        spdlog::error("member list count failed: {} ({})", e.userMessage().toStdString(),
                      e.detail().toStdString());
        emit failed(generation, e.userMessage());
    }
}

void MemberLoader::fetch(const storage::MemberQuery &query, quint64 generation, int page, int pageSize)
{
    if (!isCurrent(generation))
        return;
    try {
        emit fetched(generation, page, service().window(query, page * pageSize, pageSize));
    } catch (const storage::StorageError &e) {
        spdlog::error("member list window failed: {} ({})", e.userMessage().toStdString(),
                      e.detail().toStdString());
        emit failed(generation, e.userMessage());
    }
}

void MemberLoader::close()
{
    service_.reset();
    db_.reset();
}

} // namespace cutru
