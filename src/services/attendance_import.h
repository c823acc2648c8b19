#pragma once

#include "domain/codes.h"
#include "services/acting_user.h"
#include "services/csv_reader.h"
#include "services/outcome.h"
#include "storage/database.h"

#include <QDate>
#include <QList>
#include <QString>

// Importing attendance from a CSV file (docs/data-formats.md, "Attendance CSV").
namespace cutru {

struct AttendanceImportOptions {
    qint64 meetingId = 0; // 0: each row names its meeting by cell code and date
    bool dryRun = false;  // check and report, write nothing
};

// A row matched to a member on a meeting's sheet.
struct ImportedMark {
    enum class Change { New, Changed, Unchanged };
    int line = 0;
    qint64 meetingId = 0;
    qint64 memberId = 0;
    QString memberName;
    AttendanceStatus status = AttendanceStatus::Present;
    QString reason;
    Change change = Change::New; // against the marks stored before the import
};

// A row left out, and why (translated).
struct UnmatchedRow {
    int line = 0;
    QString reason;
};

struct AttendanceImportResult {
    // Invalid (a bad file: its message names the file; or a bad --meeting), Denied,
    // Failed or Stale: nothing was written. Saved: the matched marks were written (or,
    // in a dry run, would be).
    SaveOutcome outcome;
    QList<ImportedMark> matched;
    QList<UnmatchedRow> unmatched;
    QList<qint64> meetingIds; // the meetings the matched rows belong to, ascending
    bool written = false;     // whether marks were written (not in a dry run, not when refused)

    int count(ImportedMark::Change change) const;
    // The outcome's message, or its first field error's: what to tell the user.
    QString problem() const;
};

// Reads an attendance file and merges its marks into the meetings' sheets
// (MeetingService::mergeMarks): each row is matched to a member by party card number,
// else CCCD, who must be expected on the meeting's sheet or one of the cell's own
// members. The matched marks of all meetings are written in one transaction: all or
// nothing. Marks are keyed by meeting and member, so importing a file twice counts
// nothing twice (the second time every row is Unchanged and nothing is written).
// Needs RecordAttendance over each meeting's cell.
class AttendanceImport {
public:
    AttendanceImport(storage::Database &db, ActingUser user);

    AttendanceImportResult run(const QString &csvPath, const AttendanceImportOptions &options);
    AttendanceImportResult run(const csv::Table &table, const AttendanceImportOptions &options);

    // The status a cell of the status column stands for (Vietnamese or English,
    // case and diacritics ignored), nullopt when it stands for none.
    static std::optional<AttendanceStatus> statusFrom(const QString &text);
    // A date as written in the file: dd/MM/yyyy (also d/M/yyyy) or yyyy-MM-dd.
    static QDate dateFrom(const QString &text);

private:
    storage::Database &db_;
    ActingUser user_;
};

} // namespace cutru
