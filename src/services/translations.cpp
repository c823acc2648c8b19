#include "services/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>
#include <memory>
#include <spdlog/spdlog.h>

namespace cutru::translations {
namespace {

struct Installed {
    std::unique_ptr<QTranslator> app;
    std::unique_ptr<QTranslator> qt;
    QString code;
};

Installed &installed()
{
    static Installed i;
    return i;
}

} // namespace

QStringList available()
{
    return {QStringLiteral("vi"), QStringLiteral("en")};
}

bool install(const QString &code)
{
    Installed &i = installed();
    if (i.app)
        QCoreApplication::removeTranslator(i.app.get());
    if (i.qt)
        QCoreApplication::removeTranslator(i.qt.get());
    i.app.reset();
    i.qt.reset();

    // Numbers follow the language (96.757 in Vietnamese, 96,757 in English); dates
    // are always shown dd/MM/yyyy, whatever the locale.
    QLocale::setDefault(code == QLatin1String("vi") ? QLocale(QLocale::Vietnamese, QLocale::Vietnam)
                                                    : QLocale(QLocale::English, QLocale::UnitedKingdom));

    auto qt = std::make_unique<QTranslator>();
    if (qt->load(QStringLiteral("qtbase_") + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        i.qt = std::move(qt);
    }
    // Installed last so that it is searched first.
    auto app = std::make_unique<QTranslator>();
    const bool ok = app->load(QStringLiteral(":/i18n/cutru_") + code + QStringLiteral(".qm"));
    if (ok) {
        QCoreApplication::installTranslator(app.get());
        i.app = std::move(app);
    } else {
        spdlog::warn("translation {} is missing from the resources", code.toStdString());
    }
    i.code = code;
    return ok;
}

QString current()
{
    return installed().code;
}

} // namespace cutru::translations
