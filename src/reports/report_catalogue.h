#pragma once

#include "domain/period.h"
#include "reports/report_table.h"
#include "services/acting_user.h"
#include "services/report_scope.h"
#include "storage/database.h"

#include <QList>
#include <QString>
#include <algorithm>
#include <optional>

namespace cutru::reports {

// How rows are grouped where a report lists organisations (the attendance report).
enum class Grouping {
    Children, // one row per organisation one level below the scope (the default)
    District,
    Commune,
    Cell,
};
std::optional<Grouping> groupingFromCode(const QString &code); // "district", "commune", "cell"

// What to compute.
struct ReportRequest {
    QString name;          // a catalogue name: "overview", "coverage", …
    QString scopeCode;     // empty: the user's own scope (see resolveReportScope)
    ReportPeriod period;   // invalid: the current calendar year
    Grouping grouping = Grouping::Children;
    QString member;        // the 'member' report: party card number or CCCD
    int overdueDays = 30;  // a referral not received this many days after issue is overdue
};

// One report of the catalogue, for the report list (GUI) and `report --list` (CLI).
struct ReportInfo {
    QString name;        // stable, the CLI's NAME
    QString title;       // translated
    QString description; // one sentence, translated
    bool needsMember = false;
    bool usesPeriod = true;  // false: a snapshot of today (the overview)
    bool usesGrouping = false;
};
QList<ReportInfo> reportCatalogue();
std::optional<ReportInfo> reportInfo(const QString &name);
// "There is no report called 'x'. The reports are: overview, coverage, …"
QString unknownReportMessage(const QString &name);

// What every report computes from: the database, who asks, the scope (already
// resolved and checked) and the period.
struct ReportContext {
    const storage::Database &db;
    ActingUser user;
    ReportScope scope;
    ReportPeriod period;
    Grouping grouping = Grouping::Children;
    QDate today; // the day the report is made: overdue counts and alerts stop here
    int overdueDays = 30;
    // The last day the figures look at: the period's end, or today if that is sooner.
    QDate asOf() const { return std::min(period.to, today); }
};

// Computes a report. Throws RequestError (unknown name, scope or member; a bad
// period) and AccessDenied (the user may not read that scope), both with a message
// for people; storage::StorageError when the database fails.
Report makeReport(const storage::Database &db, const ActingUser &user, const ReportRequest &request,
                  const QDate &today = QDate::currentDate());

// The reports of the catalogue (one file each, docs/reports/NAME.md defines the figures).
Report overviewReport(const ReportContext &c);
Report coverageReport(const ReportContext &c);
Report attendanceReport(const ReportContext &c);
Report alertsReport(const ReportContext &c);
Report commentsReport(const ReportContext &c);
Report memberRecordReport(const ReportContext &c, const QString &cardOrCccd);
Report liaisonReport(const ReportContext &c);
Report openProblemsReport(const ReportContext &c);

} // namespace cutru::reports
