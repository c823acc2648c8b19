#pragma once

#include "services/outcome.h"
#include "services/tabular_file.h"

#include <QList>
#include <QString>
#include <functional>

// What the importers share: options, progress, and the report a preview or an import
// gives back (counts, problems row by row, the rejected rows).
namespace cutru {

// What to do with a row that matches a record already in the database (for members:
// the same CCCD or party card number; for organisations: the same code).
enum class DuplicateMode {
    Skip,   // leave the stored record alone
    Update, // the file's non-empty cells replace the stored values
    Fill    // the file's cells fill only the stored record's empty fields
};
QString code(DuplicateMode m); // "skip" / "update" / "fill"
std::optional<DuplicateMode> duplicateModeFromCode(const QString &code);
QString label(DuplicateMode m); // translated

struct ImportOptions {
    DuplicateMode mode = DuplicateMode::Skip;
    bool dryRun = false; // check and report, write nothing
};

// Called now and then with rows done of total; returns false to cancel.
using ImportProgress = std::function<bool(qint64 done, qint64 total)>;

// One thing wrong with (or worth knowing about) one row.
struct ImportProblem {
    int row = 0;     // Row::number: what the user sees in the spreadsheet
    QString column;  // the file's header of the column at fault; empty for the whole row
    QString message; // translated, e.g. "not a date (dd/MM/yyyy): 31/02/1980"
};

// What happens to a data row.
enum class RowFate {
    New,       // valid, not in the database: inserted
    Duplicate, // matches a stored record (certain): skipped, updated or filled per the mode
    Invalid,   // rejected: at least one problem
    Repeated   // the same record as an earlier row of the file: rejected
};

struct ImportReport {
    // Invalid (a bad file or mapping: `outcome.message` says what; nothing analysed),
    // Denied (the user may not import this), Failed (storage; nothing written), or
    // Saved: analysed (and written unless a dry run, a preview or cancelled).
    SaveOutcome outcome;
    bool cancelled = false; // cancelled by the progress callback: nothing written
    bool written = false;   // the rows were written (one transaction)

    int total = 0;      // data rows in the file
    int valid = 0;      // New rows
    int invalid = 0;    // Invalid rows
    int duplicates = 0; // Duplicate rows (certain matches with stored records)
    int possible = 0;   // New rows that look like a stored record (members: same name and
                        // date of birth, another CCCD): imported, listed in `warnings`
    int repeated = 0;   // Repeated rows

    // After a write: what was done.
    int inserted = 0;
    int updated = 0;   // duplicates changed (mode Update or Fill) — rows where nothing
    int unchanged = 0; // would change count as unchanged; mode Skip: all duplicates
    int skipped = 0;   // duplicates left alone because of mode Skip

    QList<RowFate> fates;          // one per Sheet::rows entry, same order
    QList<ImportProblem> problems; // why rows were rejected (Invalid and Repeated), by row
    QList<ImportProblem> warnings; // accepted rows worth a look (possible duplicates,
                                   // a CCCD whose lost leading zero was restored, …)
    // Organisation names or codes the file refers to that match nothing (or more than
    // one organisation), each once, with how many rows name it: "Chi bộ thôn Đông (12 rows)".
    QStringList unknownOrganisations;

    int rejected() const { return invalid + repeated; }
};

// Invalid with a message and no field errors: a file or mapping an import cannot use.
SaveOutcome invalidImport(const QString &message);

// Writes the rejected rows (Invalid and Repeated) to a CSV file (UTF-8 with BOM, comma)
// as they were in the file — the header, then each rejected row's cells — with an
// added last column "error" holding its problems ("Ngày sinh: not a date …; …"), so
// that the user can correct them and import that file again. Returns false with
// *error (translated, naming the file) when the file cannot be written.
bool writeRejectedRows(const tabular::Sheet &sheet, const ImportReport &report, const QString &path,
                       QString *error = nullptr);

} // namespace cutru
