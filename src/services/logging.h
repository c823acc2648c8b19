#pragma once

#include <QString>

namespace cutru::logging {

// GUI: a rotating file in the application data folder (5 MB × 3 files).
// Returns the log file's path.
QString toRotatingFile(bool verbose);
// CLI: stderr, so that stdout stays clean for data.
void toStderr(bool verbose);

} // namespace cutru::logging
