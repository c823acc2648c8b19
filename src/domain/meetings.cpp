#include "domain/meetings.h"

#include <QCoreApplication>

namespace cutru {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cutru::Meetings)
};

// Months between meetings, and the first meeting's month.
QPair<int, int> spacing(int perYear)
{
    const int step = 12 / std::clamp(perYear, 1, 12);
    return {step, step >= 2 ? 2 : 1};
}

} // namespace

FieldErrors validate(const MeetingRules &rules)
{
    FieldErrors e;
    if (rules.perYear76 < 1 || rules.perYear76 > 12)
        e.append({QStringLiteral("perYear76"), Tr::tr("Meetings a year must be between 1 and 12.")});
    if (rules.absenceAlertAfter < 1 || rules.absenceAlertAfter > 12)
        e.append({QStringLiteral("absenceAlertAfter"), Tr::tr("The absence alert needs between 1 and 12 meetings.")});
    if (rules.crowdedAbove < 1)
        e.append({QStringLiteral("crowdedAbove"), Tr::tr("The venue capacity must be at least 1.")});
    if (rules.targetRate < 1 || rules.targetRate > 100)
        e.append({QStringLiteral("targetRate"), Tr::tr("The target attendance rate must be between 1 and 100 %.")});
    return e;
}

QList<QDate> periodicMeetingDates(int year, int perYear)
{
    const auto [step, first] = spacing(perYear);
    QList<QDate> dates;
    for (int month = first; month <= 12 && dates.size() < std::clamp(perYear, 1, 12); month += step)
        dates.append(QDate(year, month, 15));
    return dates;
}

QPair<QDate, QDate> meetingPeriod(int year, int perYear, int index)
{
    const QList<QDate> dates = periodicMeetingDates(year, perYear);
    if (index < 0 || index >= dates.size())
        return {};
    // The first period starts with the year; each ends the day before the next opens.
    const QDate from = index == 0 ? QDate(year, 1, 1) : QDate(year, dates[index].month(), 1);
    const QDate to = index + 1 < dates.size() ? QDate(year, dates[index + 1].month(), 1).addDays(-1) : QDate(year, 12, 31);
    return {from, to};
}

SheetPlace sheetPlace(const Referral &r, qint64 cellId, const QDate &meetingDate)
{
    if (cellId <= 0 || r.assignedCellId != cellId || !r.assignedDate.isValid() || !meetingDate.isValid())
        return SheetPlace::NotListed;
    if (r.assignedDate > meetingDate)
        return SheetPlace::NotListed;
    if (r.endedDate.isValid() && r.endedDate <= meetingDate)
        return SheetPlace::NotListed;
    const bool exemptThen = r.exempt && (!r.exemptFrom.isValid() || r.exemptFrom <= meetingDate)
                            && (!r.exemptTo.isValid() || r.exemptTo >= meetingDate);
    return exemptThen ? SheetPlace::Exempt : SheetPlace::Expected;
}

std::optional<double> AttendanceTally::rate() const
{
    if (expected <= 0)
        return std::nullopt;
    return double(present) / double(expected);
}

void AttendanceTally::add(std::optional<AttendanceStatus> mark)
{
    ++expected;
    if (!mark)
        ++unmarked;
    else if (*mark == AttendanceStatus::Present)
        ++present;
    else if (*mark == AttendanceStatus::AbsentExcused)
        ++absentExcused;
    else
        ++absentUnexcused;
}

AttendanceTally &AttendanceTally::operator+=(const AttendanceTally &o)
{
    expected += o.expected;
    present += o.present;
    absentExcused += o.absentExcused;
    absentUnexcused += o.absentUnexcused;
    unmarked += o.unmarked;
    exempt += o.exempt;
    return *this;
}

QList<AgendaItem> agendaItemsFromCodes(const QString &codes)
{
    QList<AgendaItem> items;
    for (const QString &c : codes.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (const auto item = fromCode<AgendaItem>(c.trimmed()); item && !items.contains(*item))
            items.append(*item);
    return items;
}

QString agendaCodes(const QList<AgendaItem> &items)
{
    QStringList codes;
    for (AgendaItem i : items)
        codes << code(i);
    return codes.join(QLatin1Char(','));
}

} // namespace cutru
