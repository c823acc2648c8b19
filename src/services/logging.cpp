#include "services/logging.h"

#include "services/app_paths.h"

#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>

namespace cutru::logging {

QString toRotatingFile(bool verbose)
{
    const QString file = paths::logs() + QStringLiteral("/cutru.log");
    try {
        auto logger = spdlog::rotating_logger_mt("cutru", file.toStdString(), 5 * 1024 * 1024, 3);
        spdlog::set_default_logger(logger);
        spdlog::flush_on(spdlog::level::info); // low volume; nothing lost if the app is killed
    } catch (const spdlog::spdlog_ex &) {
        // Unwritable data folder: keep the default stderr logger rather than fail to start.
    }
    spdlog::set_level(verbose ? spdlog::level::debug : spdlog::level::info);
    return file;
}

void toStderr(bool verbose)
{
    auto logger = spdlog::stderr_logger_mt("cutru-cli");
    spdlog::set_default_logger(logger);
    spdlog::set_level(verbose ? spdlog::level::debug : spdlog::level::warn);
}

} // namespace cutru::logging
