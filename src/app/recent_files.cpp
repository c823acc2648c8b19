#include "app/recent_files.h"

#include "storage/database_target.h"

#include <QFileInfo>
#include <QSettings>

namespace cutru::recent {
namespace {

const char *kKey = "files/recent";

void store(const QStringList &list)
{
    QSettings().setValue(QLatin1String(kKey), list);
}

} // namespace

QStringList files()
{
    const QStringList stored = QSettings().value(QLatin1String(kKey)).toStringList();
    QStringList kept;
    // A server database cannot be checked without connecting: it stays until cleared.
    for (const QString &f : stored)
        if ((storage::DatabaseTarget::isServerUri(f) || QFileInfo::exists(f)) && !kept.contains(f))
            kept << f;
    while (kept.size() > kMaximum)
        kept.removeLast();
    if (kept != stored)
        store(kept);
    return kept;
}

void add(const QString &path)
{
    QString absolute;
    if (storage::DatabaseTarget::isServerUri(path)) {
        // Kept as the address says it, never with a password (parse refuses one).
        const auto target = storage::DatabaseTarget::parse(path);
        if (!target)
            return;
        absolute = target->display();
    } else {
        absolute = QFileInfo(path).absoluteFilePath();
    }
    QStringList list = files();
    list.removeAll(absolute);
    list.prepend(absolute);
    while (list.size() > kMaximum)
        list.removeLast();
    store(list);
}

void clear()
{
    store({});
}

} // namespace cutru::recent
