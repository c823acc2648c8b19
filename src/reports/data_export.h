#pragma once

#include "services/acting_user.h"
#include "services/import_mapping.h"
#include "services/import_report.h"
#include "storage/database.h"

#include <QString>

// Exporting members and organisations to CSV and XLSX with the columns the importers
// read (ImportField::exportHeader, in importFields() order), so that an export imports
// back into an empty database unchanged. See docs/data-formats.md, "Export files".
namespace cutru::reports {

enum class ExportFormat { Csv, Xlsx };

struct ExportRequest {
    ImportKind kind = ImportKind::Members;
    QString scopeCode;  // an organisation's code; empty: the user's own scope (the
                        // whole database for the provincial board)
    ExportFormat format = ExportFormat::Csv;
    QString path;       // written atomically: a failed or cancelled export leaves no file
};

struct ExportResult {
    SaveOutcome outcome; // Invalid (unknown scope: message), Denied, Failed (cannot write: message names the file)
    bool cancelled = false;
    int rows = 0;        // data rows written
};

// Members: everyone held by, or living in, an organisation of the scope's subtree,
// in name order, that the user may read; exporting them needs ReadMembers and
// ViewPersonalIdentifiers over the scope (a masked CCCD could not come back). Phones
// are left empty for users who see them masked. Organisations: the scope and its
// subtree, parents before children; ReadMembers over the scope.
// CSV: UTF-8 with BOM, comma, one header row. XLSX: one sheet, a bold frozen header
// row, identifiers and codes as text (leading zeros kept), dates as dates (dd/mm/yyyy).
ExportResult exportData(storage::Database &db, const ActingUser &user, const ExportRequest &request,
                        const ImportProgress &progress = {});

} // namespace cutru::reports
