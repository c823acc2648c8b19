#pragma once

#include "services/acting_user.h"
#include "services/import_mapping.h"
#include "services/import_report.h"
#include "services/tabular_file.h"
#include "storage/database.h"

#include <QDate>

// Importing the organisation tree (province, districts, commune-level committees,
// cells, workplace organisations) from a spreadsheet, so that a real province can be
// set up without the demo (docs/data-formats.md, "Organisation import").
namespace cutru {

// Each row is one organisation: code, name (normalised), level (a code — province,
// district, commune, cell, workplace — or its Vietnamese or English label), kind (a
// code or label of the level's kinds; empty allowed), parent_code (an organisation in
// the database or in another row of the file, in any order), valid_from (a date).
// Checked: the domain rules (codes, names, kinds), the level under its parent
// (canBeChildOf), one province per database, no cycles. A row whose code is stored
// already is a Duplicate: Skip leaves it, Update sets the name and kind from the file,
// Fill sets the kind when empty; a different parent is a problem (moving organisations
// is not an import's business). The same folded name under the same parent with another
// code is a possible duplicate (imported, warned). Needs ManageOrganisations.
class OrganisationImport {
public:
    OrganisationImport(storage::Database &db, ActingUser user, QDate today = QDate::currentDate());

    ImportReport preview(const tabular::Sheet &sheet, const ColumnMapping &mapping, const ImportOptions &options,
                         const ImportProgress &progress = {}) const;
    // One write transaction, parents before children.
    ImportReport run(const tabular::Sheet &sheet, const ColumnMapping &mapping, const ImportOptions &options,
                     const ImportProgress &progress = {});

private:
    storage::Database &db_;
    ActingUser user_;
    QDate today_;
};

} // namespace cutru
