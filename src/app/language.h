#pragma once

#include <QString>
#include <QStringList>

// The user-interface language: Vietnamese by default, English selectable.
namespace cutru::language {

// "vi" or "en".
QStringList available();
// The stored preference (QSettings "ui/language"), "vi" when unset or unknown.
QString preferred();
void setPreferred(const QString &code);

// Installs CuTru's (and, when present, Qt's own) translations for `code` in place of
// the ones installed before, and the matching default QLocale for numbers. Widgets
// receive QEvent::LanguageChange. Returns false if CuTru's translation is missing.
bool apply(const QString &code);
// The language applied last ("" before the first apply()).
QString current();

} // namespace cutru::language
