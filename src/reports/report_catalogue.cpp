#include "reports/report_catalogue.h"

#include <QCoreApplication>

namespace cutru::reports {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cutru::reports::Catalogue)
};
} // namespace

std::optional<Grouping> groupingFromCode(const QString &code)
{
    if (code == QLatin1String("district"))
        return Grouping::District;
    if (code == QLatin1String("commune"))
        return Grouping::Commune;
    if (code == QLatin1String("cell"))
        return Grouping::Cell;
    return std::nullopt;
}

QList<ReportInfo> reportCatalogue()
{
    return {
        {QStringLiteral("overview"), Tr::tr("Organisation overview"),
         Tr::tr("Commune-level committees and cells by kind, members held in communes and in wards, working "
                "members by type of workplace, as the database stands today."),
         false, false, false},
        {QStringLiteral("coverage"), Tr::tr("Referral coverage"),
         Tr::tr("Working members referred, received, assigned, pending, overdue and exempt, by type of workplace "
                "and by workplace organisation."),
         false, true, false},
        {QStringLiteral("attendance"), Tr::tr("Attendance at the place of residence"),
         Tr::tr("Meetings due and held, members expected, present and absent, and the attendance rate, by "
                "district, commune or cell."),
         false, true, true},
        {QStringLiteral("alerts"), Tr::tr("Absence alerts and crowded cells"),
         Tr::tr("Members absent from several meetings in a row, and cells with more referred members than a "
                "meeting can seat."),
         false, true, false},
        {QStringLiteral("comments"), Tr::tr("Annual comments"),
         Tr::tr("Annual comments due, written, sent and received, by workplace organisation."), false, true,
         false},
        {QStringLiteral("member"), Tr::tr("Member's residence record"),
         Tr::tr("One member's referrals, receptions, attendance and annual comments."), true, true, false},
        {QStringLiteral("liaison"), Tr::tr("Liaison activity"),
         Tr::tr("Visits of the provincial liaison cadres per cadre and commune, problems raised and resolved."),
         false, true, false},
        {QStringLiteral("open-problems"), Tr::tr("Open problems"),
         Tr::tr("Problems raised at the liaison cadres' visits and not resolved yet, the oldest visit first, as "
                "the database stands today."),
         false, false, false},
    };
}

std::optional<ReportInfo> reportInfo(const QString &name)
{
    for (const ReportInfo &i : reportCatalogue())
        if (i.name == name)
            return i;
    return std::nullopt;
}

QString unknownReportMessage(const QString &name)
{
    QStringList names;
    for (const ReportInfo &i : reportCatalogue())
        names << i.name;
    return Tr::tr("There is no report called '%1'. The reports are: %2.").arg(name, names.join(QStringLiteral(", ")));
}

Report makeReport(const storage::Database &db, const ActingUser &user, const ReportRequest &request,
                  const QDate &today)
{
    const std::optional<ReportInfo> info = reportInfo(request.name);
    if (!info)
        throw RequestError(unknownReportMessage(request.name));
    ReportPeriod period = request.period;
    if (!period.from.isValid() && !period.to.isValid())
        period = ReportPeriod::year(today.year());
    if (!period.isValid())
        throw RequestError(Tr::tr("The period must have a start and an end date, the start not after the end."));
    if (info->needsMember && request.member.trimmed().isEmpty())
        throw RequestError(Tr::tr("The report '%1' needs a member: a party card number or a CCCD.").arg(info->name));

    const ReportContext c{db, user, resolveReportScope(db, user, request.scopeCode), period, request.grouping, today,
                           request.overdueDays};
    Report r;
    if (info->name == QLatin1String("overview"))
        r = overviewReport(c);
    else if (info->name == QLatin1String("coverage"))
        r = coverageReport(c);
    else if (info->name == QLatin1String("attendance"))
        r = attendanceReport(c);
    else if (info->name == QLatin1String("alerts"))
        r = alertsReport(c);
    else if (info->name == QLatin1String("comments"))
        r = commentsReport(c);
    else if (info->name == QLatin1String("member"))
        r = memberRecordReport(c, request.member.trimmed());
    else if (info->name == QLatin1String("open-problems"))
        r = openProblemsReport(c);
    else
        r = liaisonReport(c);
    r.name = info->name;
    if (r.title.isEmpty())
        r.title = info->title;
    r.scopeCode = c.scope.code;
    r.scopeName = c.scope.name;
    r.scopeLevel = c.scope.level;
    if (info->usesPeriod && r.periodLabel.isEmpty())
        r.periodLabel = period.label();
    return r;
}

} // namespace cutru::reports
