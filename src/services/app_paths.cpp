#include "services/app_paths.h"

#include <QDir>
#include <QStandardPaths>

namespace cutru::paths {

QString appData()
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return dir;
}

QString demoDatabase()
{
    return appData() + QStringLiteral("/demo-thai-binh-2012.cutru");
}

QString logs()
{
    const QString dir = appData() + QStringLiteral("/logs");
    QDir().mkpath(dir);
    return dir;
}

QString osUser()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    return user;
}

} // namespace cutru::paths
