#pragma once

#include <QCommandLineParser>

// cutru-cli migrate --from FILE --to postgresql://…: a single-office database file
// copied into an empty database on a PostgreSQL server, verified table by table
// (storage/database_copy.h). Progress on stderr; the tables' row counts and checksums
// on stdout, then "verified". Exit code 0 when copied and verified, 1 on an error or
// refusal (the server then holds no CuTru data).
namespace cutru::cli {

int commandMigrate(const QCommandLineParser &p);

} // namespace cutru::cli
