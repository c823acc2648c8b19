#pragma once

#include "services/acting_user.h"
#include "services/import_mapping.h"
#include "services/import_report.h"
#include "services/tabular_file.h"
#include "storage/database.h"

#include <QDate>

// Importing members from a spreadsheet (docs/data-formats.md, "Member import").
namespace cutru {

// Each row becomes a Member:
// - texts normalised (Unicode NFC, trimmed, inner spaces collapsed);
// - gender from "Nam"/"Nữ", "M"/"F", "Male"/"Female" (case and diacritics ignored);
// - dates dd/MM/yyyy, d/M/yyyy, yyyy-MM-dd or an Excel serial number (a whole number
//   from 1 to 2958465, as XLSX files store dates and CSV saved from them may carry);
// - CCCD: digits only (spaces and dots dropped); 11 digits are taken as a CCCD whose
//   leading zero a spreadsheet dropped (every province code starts with 0): restored,
//   with a warning; a number in exponent form ("3.4095E+10") is rejected, its digits
//   are lost;
// - organisations by code, else by name ignoring case and diacritics: the holding
//   organisation among cells and workplace organisations, the residence commune
//   among commune-level committees, the residence cell among the cells of that commune
//   (or of any commune when none is given; the commune then follows from the cell).
//   A name matching several organisations is a problem naming their codes; unknown
//   ones are never created, they are listed (ImportReport::unknownOrganisations).
// Then every rule MemberService::save checks (domain rules, the user's right to edit
// members of those organisations), uniqueness within the file (a second row with the
// same CCCD or party card number is Repeated) and against the database: the same
// CCCD, else the same party card number, is a Duplicate handled by the mode; the same
// folded name and date of birth with another CCCD is a possible duplicate (imported,
// warned). In Update/Fill the merged member must pass the same rules, else the row is
// Invalid.
class MemberImport {
public:
    MemberImport(storage::Database &db, ActingUser user, QDate today = QDate::currentDate());

    // Analyses without writing anything (the preview).
    ImportReport preview(const tabular::Sheet &sheet, const ColumnMapping &mapping, const ImportOptions &options,
                         const ImportProgress &progress = {}) const;
    // Analyses and writes the valid rows in one write transaction (inserts through
    // MemberRepository::insertMany; the audit triggers log every row in the user's
    // name). A cancel, a failure or a dry run leaves the database as it was. Rejected
    // rows never stop the others: they are reported.
    ImportReport run(const tabular::Sheet &sheet, const ColumnMapping &mapping, const ImportOptions &options,
                     const ImportProgress &progress = {});

private:
    storage::Database &db_;
    ActingUser user_;
    QDate today_;
};

} // namespace cutru
