#pragma once

#include "services/acting_user.h"
#include "services/outcome.h"
#include "storage/database.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// Which column of an import file feeds which field: guessed from Vietnamese and
// English headers, edited by the user, saved by name in the database and reused.
// See docs/data-formats.md, "Import files".
namespace cutru {

enum class ImportKind { Members, Organisations };

// "members" / "organisations"; nullopt for anything else.
QString code(ImportKind kind);
std::optional<ImportKind> importKindFromCode(const QString &code);

// One field a file may feed.
struct ImportField {
    QString key;            // stable, e.g. "full_name", "birth_date", "cell_code"
    QString exportHeader;   // the column name exports write (Vietnamese, fixed whatever
                            // the interface language, so that exports import back)
    QStringList aliases;    // further headers recognised (Vietnamese and English)
    bool required = false;  // a file without it cannot be imported
    bool isDate = false;    // cells may be dates as text or Excel serial numbers
    QString label() const;  // translated, for the mapping editor

    bool operator==(const ImportField &) const = default;
};

// The fields of a kind, in export column order.
//
// Members: full_name*, gender*, birth_date*, cccd*, party_card_no, personal_record_no,
// admission_date*, official_date, cell_code, cell_name (one of the two is needed: the
// organisation holding the membership), workplace, position, phone,
// residence_province, residence_commune_code, residence_commune_name,
// residence_cell_code, residence_cell_name, residence_address, notes.
//
// Organisations: code*, name*, level*, kind, parent_code (needed except for the
// province), valid_from.
const QList<ImportField> &importFields(ImportKind kind);
const ImportField *importField(ImportKind kind, const QString &key);

// A date cell of an import file: dd/MM/yyyy, d/M/yyyy, yyyy-MM-dd, or an Excel serial
// number (1 = 01/01/1900 … 2958465 = 31/12/9999, as XLSX stores dates and CSV saved
// from Excel may carry; a time of day after the point, or after a 'T' or a space, is
// dropped). A four-digit number
// from 1900 to 2100 is taken for a year, not a serial (that would be a day in 1905),
// and refused like any other text that is not a whole date: nullopt.
std::optional<QDate> dateFromCell(const QString &cell);

struct ColumnMapping {
    ImportKind kind = ImportKind::Members;
    QStringList header;        // the file's header, as read
    QStringList fieldOfColumn; // one per header column: a field key, or empty (ignored)

    // Each column whose header (folded: case, diacritics, spaces and punctuation
    // ignored) is a field's export header, key or alias gets that field; a field
    // goes to its first matching column only.
    static ColumnMapping guess(ImportKind kind, const QStringList &header);
    // A saved mapping applied to a header: columns named in it (folded match) get its
    // field; columns it does not name are guessed as above.
    static ColumnMapping fromJson(ImportKind kind, const QStringList &header, const QJsonObject &saved);
    // {"kind": "members", "columns": {"<header>": "<field key>", …}}; ignored columns
    // are left out.
    QJsonObject toJson() const;

    int columnOf(const QString &fieldKey) const; // -1 when not mapped
    // What stops an import with this mapping, translated: required fields not mapped
    // (by label), a field mapped from two columns (by header), unknown field keys.
    QStringList problems() const;
};

// Mappings saved by name in the database (database_settings), one namespace per
// kind, so that every office using the file and both front ends see them.
class ImportMappingStore {
public:
    ImportMappingStore(storage::Database &db, ActingUser user);

    QStringList names(ImportKind kind) const;                          // sorted
    std::optional<QJsonObject> load(ImportKind kind, const QString &name) const;
    // Needs the right to import that kind (EditMembers somewhere / ManageOrganisations).
    // Invalid for an empty name (field "name").
    SaveOutcome save(const QString &name, const ColumnMapping &mapping);
    SaveOutcome remove(ImportKind kind, const QString &name);

private:
    storage::Database &db_;
    ActingUser user_;
};

} // namespace cutru
