#include "services/import_mapping.h"

#include "domain/vietnamese_text.h"
#include "services/write_transaction.h"
#include "storage/account_repository.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QSet>
#include <algorithm>

namespace cutru {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cutru::ImportMapping)
};

const char *const kFieldContext = "cutru::ImportField";

ImportField field(const char *key, const char *exportHeader, std::initializer_list<const char *> aliases,
                  bool required = false, bool isDate = false)
{
    ImportField f;
    f.key = QString::fromLatin1(key);
    f.exportHeader = QString::fromUtf8(exportHeader);
    for (const char *a : aliases)
        f.aliases << QString::fromUtf8(a);
    f.required = required;
    f.isDate = isDate;
    return f;
}

// Field labels for the mapping editor, by key (keys are unique across kinds).
const QHash<QString, const char *> &fieldLabels()
{
    static const QHash<QString, const char *> labels = {
        {QStringLiteral("full_name"), QT_TRANSLATE_NOOP("cutru::ImportField", "Full name")},
        {QStringLiteral("gender"), QT_TRANSLATE_NOOP("cutru::ImportField", "Gender")},
        {QStringLiteral("birth_date"), QT_TRANSLATE_NOOP("cutru::ImportField", "Date of birth")},
        {QStringLiteral("cccd"), QT_TRANSLATE_NOOP("cutru::ImportField", "CCCD number")},
        {QStringLiteral("party_card_no"), QT_TRANSLATE_NOOP("cutru::ImportField", "Party card number")},
        {QStringLiteral("personal_record_no"), QT_TRANSLATE_NOOP("cutru::ImportField", "Personal record number")},
        {QStringLiteral("admission_date"), QT_TRANSLATE_NOOP("cutru::ImportField", "Date of admission")},
        {QStringLiteral("official_date"), QT_TRANSLATE_NOOP("cutru::ImportField", "Date of official membership")},
        {QStringLiteral("cell_code"), QT_TRANSLATE_NOOP("cutru::ImportField", "Cell code")},
        {QStringLiteral("cell_name"), QT_TRANSLATE_NOOP("cutru::ImportField", "Cell")},
        {QStringLiteral("workplace"), QT_TRANSLATE_NOOP("cutru::ImportField", "Workplace")},
        {QStringLiteral("position"), QT_TRANSLATE_NOOP("cutru::ImportField", "Position")},
        {QStringLiteral("phone"), QT_TRANSLATE_NOOP("cutru::ImportField", "Phone number")},
        {QStringLiteral("residence_province"), QT_TRANSLATE_NOOP("cutru::ImportField", "Province of residence")},
        {QStringLiteral("residence_commune_code"), QT_TRANSLATE_NOOP("cutru::ImportField", "Residence commune code")},
        {QStringLiteral("residence_commune_name"), QT_TRANSLATE_NOOP("cutru::ImportField", "Residence commune")},
        {QStringLiteral("residence_cell_code"), QT_TRANSLATE_NOOP("cutru::ImportField", "Village / residential group code")},
        {QStringLiteral("residence_cell_name"), QT_TRANSLATE_NOOP("cutru::ImportField", "Village / residential group")},
        {QStringLiteral("residence_address"), QT_TRANSLATE_NOOP("cutru::ImportField", "Address")},
        {QStringLiteral("notes"), QT_TRANSLATE_NOOP("cutru::ImportField", "Notes")},
        {QStringLiteral("code"), QT_TRANSLATE_NOOP("cutru::ImportField", "Code")},
        {QStringLiteral("name"), QT_TRANSLATE_NOOP("cutru::ImportField", "Name")},
        {QStringLiteral("level"), QT_TRANSLATE_NOOP("cutru::ImportField", "Level")},
        {QStringLiteral("kind"), QT_TRANSLATE_NOOP("cutru::ImportField", "Kind")},
        {QStringLiteral("parent_code"), QT_TRANSLATE_NOOP("cutru::ImportField", "Parent organisation code")},
        {QStringLiteral("valid_from"), QT_TRANSLATE_NOOP("cutru::ImportField", "Valid from")},
    };
    return labels;
}

// A header as compared: folded (case and diacritics ignored), every character that
// is not a letter or digit dropped, so that "Thôn / Tổ dân phố", "NGÀY SINH" and
// "ngay_sinh" all meet their field.
QString headerKey(const QString &header)
{
    const QString folded = text::fold(header);
    QString key;
    key.reserve(folded.size());
    for (const QChar c : folded)
        if (c.isLetterOrNumber())
            key.append(c);
    return key;
}

// Folded header → field key, for one kind; the first field to claim a form keeps it.
const QHash<QString, QString> &headerIndex(ImportKind kind)
{
    auto build = [](ImportKind k) {
        QHash<QString, QString> index;
        for (const ImportField &f : importFields(k)) {
            QStringList forms{f.key, f.exportHeader};
            forms += f.aliases;
            for (const QString &form : std::as_const(forms)) {
                const QString key = headerKey(form);
                if (!key.isEmpty() && !index.contains(key))
                    index.insert(key, f.key);
            }
        }
        return index;
    };
    static const QHash<QString, QString> members = build(ImportKind::Members);
    static const QHash<QString, QString> organisations = build(ImportKind::Organisations);
    return kind == ImportKind::Members ? members : organisations;
}

const QString kMappingPrefix = QStringLiteral("import.mapping.");

QString settingPrefix(ImportKind kind)
{
    return kMappingPrefix + code(kind) + QLatin1Char('.');
}

Action importAction(ImportKind kind)
{
    return kind == ImportKind::Members ? Action::EditMembers : Action::ManageOrganisations;
}

} // namespace

QString code(ImportKind kind)
{
    return kind == ImportKind::Members ? QStringLiteral("members") : QStringLiteral("organisations");
}

std::optional<ImportKind> importKindFromCode(const QString &code)
{
    if (code == QLatin1String("members"))
        return ImportKind::Members;
    if (code == QLatin1String("organisations"))
        return ImportKind::Organisations;
    return std::nullopt;
}

QString ImportField::label() const
{
    const char *source = fieldLabels().value(key);
    return source ? QCoreApplication::translate(kFieldContext, source) : key;
}

const QList<ImportField> &importFields(ImportKind kind)
{
    // Export headers are Vietnamese whatever the interface language: they are what a
    // file exported here carries back in.
    static const QList<ImportField> members = {
        field("full_name", "Họ và tên", {"Họ tên", "Full name", "Name", "Tên đảng viên"}, true),
        field("gender", "Giới tính", {"Gender", "Sex"}, true),
        field("birth_date", "Ngày sinh", {"Ngày tháng năm sinh", "Date of birth", "Birth date", "DOB"}, true, true),
        field("cccd", "Số CCCD",
              {"CCCD", "Số định danh", "Số định danh cá nhân", "Căn cước công dân", "Số CMND/CCCD", "National ID"},
              true),
        field("party_card_no", "Số thẻ đảng viên",
              {"Số thẻ Đảng", "Thẻ đảng viên", "Party card", "Party card number"}),
        field("personal_record_no", "Số lý lịch", {"Personal record number"}),
        field("admission_date", "Ngày vào Đảng", {"Admission date", "Date of admission"}, true, true),
        field("official_date", "Ngày chính thức", {"Official date", "Ngày công nhận chính thức"}, false, true),
        field("cell_code", "Mã chi bộ", {"Cell code"}),
        field("cell_name", "Chi bộ", {"Chi bộ sinh hoạt", "Cell", "Tổ chức đảng"}),
        field("workplace", "Nơi công tác", {"Cơ quan", "Đơn vị công tác", "Workplace"}),
        field("position", "Chức vụ", {"Position"}),
        field("phone", "Số điện thoại", {"Điện thoại", "SĐT", "Phone"}),
        field("residence_province", "Tỉnh cư trú", {"Tỉnh/Thành phố", "Province"}),
        field("residence_commune_code", "Mã xã cư trú", {}),
        field("residence_commune_name", "Xã/Phường cư trú", {"Xã/Phường/Thị trấn", "Xã", "Phường", "Commune"}),
        field("residence_cell_code", "Mã thôn/tổ dân phố", {}),
        field("residence_cell_name", "Thôn/Tổ dân phố", {"Thôn", "Tổ dân phố", "Village", "Residential group"}),
        field("residence_address", "Địa chỉ", {"Địa chỉ cư trú", "Nơi ở hiện nay", "Address"}),
        field("notes", "Ghi chú", {"Notes"}),
    };
    static const QList<ImportField> organisations = {
        field("code", "Mã", {"Mã tổ chức", "Code"}, true),
        field("name", "Tên", {"Tên tổ chức", "Name"}, true),
        field("level", "Cấp", {"Level"}, true),
        field("kind", "Loại", {"Kind", "Type"}),
        field("parent_code", "Mã cấp trên", {"Parent code", "Parent"}),
        field("valid_from", "Hiệu lực từ", {"Valid from"}, false, true),
    };
    return kind == ImportKind::Members ? members : organisations;
}

const ImportField *importField(ImportKind kind, const QString &key)
{
    for (const ImportField &f : importFields(kind))
        if (f.key == key)
            return &f;
    return nullptr;
}

std::optional<QDate> dateFromCell(const QString &cell)
{
    // By hand rather than by regular expression: an import reads hundreds of thousands.
    QStringView t = QStringView(cell).trimmed();
    // A time after the date ("2025-07-01T00:00:00" — XLSX date cells of type d —,
    // "01/07/2025 00:00") says nothing more.
    for (qsizetype i = 1; i < t.size(); ++i)
        if ((t[i] == u'T' || t[i] == u' ') && t.indexOf(u':', i) > i) {
            t = t.left(i);
            break;
        }
    const qsizetype n = t.size();
    // Reads the digits in [from, to); -1 unless there are between 1 and `maxDigits`.
    auto number = [&](qsizetype from, qsizetype to, qsizetype maxDigits) -> int {
        if (to <= from || to - from > maxDigits)
            return -1;
        int v = 0;
        for (qsizetype i = from; i < to; ++i) {
            const char16_t c = t[i].unicode();
            if (c < u'0' || c > u'9')
                return -1;
            v = v * 10 + (c - u'0');
        }
        return v;
    };
    auto real = [](int y, int m, int d) -> std::optional<QDate> {
        const QDate date(y, m, d);
        return date.isValid() ? std::optional<QDate>(date) : std::nullopt;
    };
    if (const qsizetype slash = t.indexOf(u'/'); slash > 0) {
        const qsizetype second = t.indexOf(u'/', slash + 1);
        if (second < 0 || n - second - 1 != 4)
            return std::nullopt;
        const int d = number(0, slash, 2), m = number(slash + 1, second, 2), y = number(second + 1, n, 4);
        if (d < 0 || m < 0 || y < 0)
            return std::nullopt;
        return real(y, m, d);
    }
    if (n == 10 && t[4] == u'-' && t[7] == u'-') {
        const int y = number(0, 4, 4), m = number(5, 7, 2), d = number(8, 10, 2);
        if (y < 0 || m < 0 || d < 0)
            return std::nullopt;
        return real(y, m, d);
    }
    qsizetype end = t.indexOf(u'.');
    if (end < 0) {
        end = n;
    } else {
        if (end + 1 >= n)
            return std::nullopt; // "45292."
        for (qsizetype i = end + 1; i < n; ++i)
            if (t[i] < u'0' || t[i] > u'9')
                return std::nullopt;
    }
    const int serial = number(0, end, 7);
    if (serial < 1 || serial > 2958465)
        return std::nullopt;
    if (end == 4 && serial >= 1900 && serial <= 2100)
        return std::nullopt; // a year
    // Excel counts a 29/02/1900 that never was: serials from 61 on are days since 30/12/1899.
    return serial >= 61 ? QDate(1899, 12, 30).addDays(serial) : QDate(1899, 12, 31).addDays(serial);
}

ColumnMapping ColumnMapping::guess(ImportKind kind, const QStringList &header)
{
    return fromJson(kind, header, QJsonObject());
}

ColumnMapping ColumnMapping::fromJson(ImportKind kind, const QStringList &header, const QJsonObject &saved)
{
    ColumnMapping m;
    m.kind = kind;
    m.header = header;
    m.fieldOfColumn = QStringList(header.size(), QString());

    QHash<QString, QString> savedByHeader; // folded header → field key
    const QJsonObject columns = saved.value(QStringLiteral("columns")).toObject();
    for (auto it = columns.begin(); it != columns.end(); ++it) {
        const QString key = headerKey(it.key());
        const QString fieldKey = it.value().toString();
        if (!key.isEmpty() && !fieldKey.isEmpty() && !savedByHeader.contains(key))
            savedByHeader.insert(key, fieldKey);
    }

    QSet<QString> taken;
    for (int c = 0; c < header.size(); ++c) {
        const auto it = savedByHeader.constFind(headerKey(header.at(c)));
        if (it != savedByHeader.cend()) {
            m.fieldOfColumn[c] = *it;
            taken.insert(*it);
        }
    }
    const QHash<QString, QString> &index = headerIndex(kind);
    for (int c = 0; c < header.size(); ++c) {
        if (!m.fieldOfColumn.at(c).isEmpty())
            continue;
        const QString key = headerKey(header.at(c));
        if (savedByHeader.contains(key))
            continue;
        const auto it = index.constFind(key);
        if (it != index.cend() && !taken.contains(*it)) {
            m.fieldOfColumn[c] = *it;
            taken.insert(*it);
        }
    }
    return m;
}

QJsonObject ColumnMapping::toJson() const
{
    QJsonObject columns;
    for (int c = 0; c < header.size() && c < fieldOfColumn.size(); ++c)
        if (!fieldOfColumn.at(c).isEmpty())
            columns.insert(header.at(c), fieldOfColumn.at(c));
    return QJsonObject{{QStringLiteral("kind"), code(kind)}, {QStringLiteral("columns"), columns}};
}

int ColumnMapping::columnOf(const QString &fieldKey) const
{
    if (fieldKey.isEmpty())
        return -1;
    const int c = int(fieldOfColumn.indexOf(fieldKey));
    return c < header.size() ? c : -1;
}

QStringList ColumnMapping::problems() const
{
    QStringList out;
    QHash<QString, int> firstColumn;
    for (int c = 0; c < fieldOfColumn.size() && c < header.size(); ++c) {
        const QString &key = fieldOfColumn.at(c);
        if (key.isEmpty())
            continue;
        const ImportField *f = importField(kind, key);
        if (!f) {
            out << Tr::tr("The column “%1” is set to feed “%2”, which is not a field of this import.")
                       .arg(header.at(c), key);
            continue;
        }
        if (const auto it = firstColumn.constFind(key); it != firstColumn.cend())
            out << Tr::tr("The columns “%1” and “%2” both feed “%3”: keep one.")
                       .arg(header.at(*it), header.at(c), f->label());
        else
            firstColumn.insert(key, c);
    }
    for (const ImportField &f : importFields(kind))
        if (f.required && !firstColumn.contains(f.key))
            out << Tr::tr("No column feeds “%1”, which the import needs.").arg(f.label());
    if (kind == ImportKind::Members && !firstColumn.contains(QStringLiteral("cell_code"))
        && !firstColumn.contains(QStringLiteral("cell_name")))
        out << Tr::tr("No column feeds “%1” or “%2”: the import needs the organisation holding the membership.")
                   .arg(importField(kind, QStringLiteral("cell_code"))->label(),
                        importField(kind, QStringLiteral("cell_name"))->label());
    return out;
}

ImportMappingStore::ImportMappingStore(storage::Database &db, ActingUser user) : db_(db), user_(std::move(user)) {}

QStringList ImportMappingStore::names(ImportKind kind) const
{
    const QString prefix = settingPrefix(kind);
    QStringList names;
    for (const QString &key : storage::AccountRepository(db_).settingKeys(prefix))
        names << key.mid(prefix.size());
    std::sort(names.begin(), names.end(), [](const QString &a, const QString &b) {
        const QString ka = text::sortKey(a), kb = text::sortKey(b);
        return ka != kb ? ka < kb : a < b;
    });
    return names;
}

std::optional<QJsonObject> ImportMappingStore::load(ImportKind kind, const QString &name) const
{
    const QString value = storage::AccountRepository(db_).setting(settingPrefix(kind) + text::normalise(name));
    if (value.isEmpty())
        return std::nullopt;
    const QJsonDocument doc = QJsonDocument::fromJson(value.toUtf8());
    if (!doc.isObject())
        return std::nullopt;
    return doc.object();
}

SaveOutcome ImportMappingStore::save(const QString &name, const ColumnMapping &mapping)
{
    const QString cleanName = text::normalise(name);
    if (cleanName.isEmpty())
        return SaveOutcome::invalid(QStringLiteral("name"), Tr::tr("Give the mapping a name."));
    const Action needed = importAction(mapping.kind);
    if (!user_.may(needed))
        return SaveOutcome::denied(refusalMessage(needed));
    const QString value = QString::fromUtf8(QJsonDocument(mapping.toJson()).toJson(QJsonDocument::Compact));
    return inWriteTransaction(db_, user_, "save an import mapping", [&] {
        storage::AccountRepository(db_).setSetting(settingPrefix(mapping.kind) + cleanName, value);
        return SaveOutcome();
    });
}

SaveOutcome ImportMappingStore::remove(ImportKind kind, const QString &name)
{
    const Action needed = importAction(kind);
    if (!user_.may(needed))
        return SaveOutcome::denied(refusalMessage(needed));
    return inWriteTransaction(db_, user_, "remove an import mapping", [&] {
        storage::AccountRepository(db_).removeSetting(settingPrefix(kind) + text::normalise(name));
        return SaveOutcome();
    });
}

} // namespace cutru
