#include "app/language.h"

#include "services/translations.h"

#include <QSettings>

namespace cutru::language {
namespace {

const char *kSettingsKey = "ui/language";

} // namespace

QStringList available()
{
    return translations::available();
}

QString preferred()
{
    const QString code = QSettings().value(QLatin1String(kSettingsKey)).toString();
    return available().contains(code) ? code : QStringLiteral("vi");
}

void setPreferred(const QString &code)
{
    QSettings().setValue(QLatin1String(kSettingsKey), code);
}

bool apply(const QString &code)
{
    return translations::install(code);
}

QString current()
{
    return translations::current();
}

} // namespace cutru::language
