#pragma once

#include <QString>
#include <QStringList>

// CuTru's translations, embedded as :/i18n/cutru_<code>.qm, for both front ends:
// the desktop application (its language menu) and cutru-cli (--lang, or the locale).
namespace cutru::translations {

// "vi" and "en".
QStringList available();

// Installs CuTru's (and, when present, Qt's own) translations for `code` in place of
// the ones installed before, and the matching default QLocale for numbers. Returns
// false if CuTru's translation is missing.
bool install(const QString &code);
// The language installed last ("" before the first install()).
QString current();

} // namespace cutru::translations
