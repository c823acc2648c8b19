// Placeholder until the generator lands (being written now).
#include "services/demo_province.h"
#include "storage/database.h"
namespace cutru {
bool DemoProvinceGenerator::generate(const QString &, const ProgressFn &, const std::atomic<bool> *)
{
    throw storage::StorageError(QStringLiteral("not yet"));
}
}
