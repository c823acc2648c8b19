#pragma once

#include <QString>

// Where CuTru keeps its files on this machine.
namespace cutru::paths {

// ~/.local/share/CuTru/cutru on Linux (QStandardPaths::AppDataLocation); created.
QString appData();
// The demo database created on first start.
QString demoDatabase();
// Folder of the rotating log files; created.
QString logs();
// The operating-system user running the program.
QString osUser();

} // namespace cutru::paths
