#include "app/recent_files.h"

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
    for (const QString &f : stored)
        if (QFileInfo::exists(f) && !kept.contains(f))
            kept << f;
    while (kept.size() > kMaximum)
        kept.removeLast();
    if (kept != stored)
        store(kept);
    return kept;
}

void add(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
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
