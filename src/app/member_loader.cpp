#include "app/member_loader.h"

#include <spdlog/spdlog.h>

namespace cutru {

MemberLoader::MemberLoader(QString databasePath, std::shared_ptr<const std::atomic<quint64>> latestGeneration)
    : path_(std::move(databasePath)), latest_(std::move(latestGeneration))
{
}

MemberLoader::~MemberLoader() = default;

storage::MemberRepository &MemberLoader::repository()
{
    if (!repo_) {
        db_.emplace(storage::Database::open(path_, storage::Database::Create::MustExist));
        repo_.emplace(*db_);
    }
    return *repo_;
}

void MemberLoader::count(const storage::MemberQuery &query, quint64 generation)
{
    if (!isCurrent(generation))
        return;
    try {
        const int n = repository().count(query);
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
        emit fetched(generation, page, repository().window(query, page * pageSize, pageSize));
    } catch (const storage::StorageError &e) {
        spdlog::error("member list window failed: {} ({})", e.userMessage().toStdString(),
                      e.detail().toStdString());
        emit failed(generation, e.userMessage());
    }
}

void MemberLoader::close()
{
    repo_.reset();
    db_.reset();
}

} // namespace cutru
