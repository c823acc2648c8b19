#pragma once

#include "services/outcome.h"

#include <QString>
#include <QTextStream>

// What every command writes to: one stream per standard file for the whole program
// (two streams buffering stdout separately could put their lines out of order).
namespace cutru::cli {

QTextStream &out();
QTextStream &err();
// Writes "Error: message" to stderr (after anything pending on stdout); returns 1, the
// exit code of a command that did nothing.
int fail(const QString &message);
// The first message of a refused write.
QString outcomeMessage(const SaveOutcome &o);

} // namespace cutru::cli
