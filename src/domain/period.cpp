#include "domain/period.h"

#include "domain/dates.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace cutru {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cutru::Period)
};
} // namespace

ReportPeriod ReportPeriod::year(int y)
{
    return {QDate(y, 1, 1), QDate(y, 12, 31)};
}

ReportPeriod ReportPeriod::halfYear(int y, int half)
{
    return half == 1 ? ReportPeriod{QDate(y, 1, 1), QDate(y, 6, 30)} : ReportPeriod{QDate(y, 7, 1), QDate(y, 12, 31)};
}

ReportPeriod ReportPeriod::range(const QDate &from, const QDate &to)
{
    return {from, to};
}

QString ReportPeriod::label() const
{
    if (!isValid())
        return {};
    const int y = from.year();
    if (to.year() == y && from == QDate(y, 1, 1)) {
        if (to == QDate(y, 12, 31))
            return Tr::tr("Year %1").arg(y);
        if (to == QDate(y, 6, 30))
            return Tr::tr("First half of %1").arg(y);
    }
    if (to == QDate(y, 12, 31) && from == QDate(y, 7, 1))
        return Tr::tr("Second half of %1").arg(y);
    return Tr::tr("From %1 to %2").arg(displayDate(from), displayDate(to));
}

std::optional<QDate> parseDate(const QString &text)
{
    static const QRegularExpression dmy(QStringLiteral("^(\\d{1,2})/(\\d{1,2})/(\\d{4})$"));
    static const QRegularExpression iso(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})$"));
    const QString t = text.trimmed();
    QDate d;
    if (auto m = dmy.match(t); m.hasMatch())
        d = QDate(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());
    else if (auto m2 = iso.match(t); m2.hasMatch())
        d = QDate(m2.captured(1).toInt(), m2.captured(2).toInt(), m2.captured(3).toInt());
    if (!d.isValid())
        return std::nullopt;
    return d;
}

} // namespace cutru
