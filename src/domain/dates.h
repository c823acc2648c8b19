#pragma once

#include <QDate>
#include <QString>

namespace cutru {

// A date as every screen, message and file of CuTru shows it: dd/MM/yyyy (empty for
// a null date). Stored dates are ISO 8601; this is only for people.
inline QString displayDate(const QDate &d)
{
    return d.isValid() ? d.toString(QStringLiteral("dd/MM/yyyy")) : QString();
}

} // namespace cutru
