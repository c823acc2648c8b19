#include "cli/console.h"

#include <QCoreApplication>

namespace cutru::cli {
namespace {
// The context is declared, not passed, so that lupdate files the strings under it.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cutru::cli)
};
} // namespace

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

int fail(const QString &message)
{
    out().flush();
    err() << Tr::tr("Error: %1").arg(message) << Qt::endl;
    return 1;
}

QString outcomeMessage(const SaveOutcome &o)
{
    return o.errors.isEmpty() ? o.message : o.errors.first().message;
}

} // namespace cutru::cli
