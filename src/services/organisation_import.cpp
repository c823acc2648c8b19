#include "services/organisation_import.h"

#include "domain/dates.h"
#include "domain/organisation.h"
#include "domain/period.h"
#include "domain/vietnamese_text.h"
#include "services/write_transaction.h"
#include "storage/organisation_repository.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QSet>
#include <algorithm>
#include <spdlog/spdlog.h>

namespace cutru {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cutru::OrganisationImport)
};

// Words as compared: folded (no case, no diacritics, đ → d), punctuation as spaces:
// "Chi bộ Tổ dân phố" → "chi bo to dan pho", "thi_tran" → "thi tran".
QString wordKey(const QString &text)
{
    QString folded = text::fold(text);
    for (QChar &c : folded)
        if (!c.isLetterOrNumber())
            c = QLatin1Char(' ');
    return folded.simplified();
}

// Codes are letters, digits and . _ -: compared without case, so that "tb.d01" in a
// file names the stored "TB.D01" rather than a second organisation.
QString codeKey(const QString &code)
{
    return code.trimmed().toUpper();
}

// What a level cell may say. Some words name a kind as well ("Xã", "Chi bộ thôn"):
// that kind is used when the kind cell is empty.
struct LevelWord {
    OrgLevel level;
    QString kind;
};

void addWords(QHash<QString, LevelWord> &h, OrgLevel level, const char *kind, std::initializer_list<const char *> words)
{
    for (const char *w : words)
        h.insert(wordKey(QString::fromUtf8(w)), {level, QString::fromLatin1(kind)});
}

std::optional<LevelWord> levelFrom(const QString &cell)
{
    static const QHash<QString, LevelWord> words = [] {
        QHash<QString, LevelWord> h;
        // Codes, English labels, Vietnamese labels (as in cutru_vi.ts) and the usual
        // names of each tier's committee.
        addWords(h, OrgLevel::Province, "", {"province", "Tỉnh", "Tỉnh ủy", "Tỉnh uỷ", "Đảng bộ tỉnh", "Cấp tỉnh"});
        addWords(h, OrgLevel::District, "",
                 {"district", "District / city", "Huyện, thành phố", "Huyện", "Huyện ủy", "Huyện uỷ", "Quận",
                  "Quận ủy", "Quận uỷ", "Thị xã", "Thị ủy", "Thị uỷ", "Thành ủy", "Thành uỷ", "Cấp huyện",
                  "Đảng bộ huyện"});
        addWords(h, OrgLevel::Commune, "",
                 {"commune", "Commune-level committee", "Đảng bộ cấp xã", "Cấp xã", "Đảng bộ cơ sở xã"});
        addWords(h, OrgLevel::Commune, "xa", {"Xã", "Đảng bộ xã"});
        addWords(h, OrgLevel::Commune, "phuong", {"Phường", "Đảng bộ phường", "ward"});
        addWords(h, OrgLevel::Commune, "thi_tran", {"Thị trấn", "Đảng bộ thị trấn", "township"});
        addWords(h, OrgLevel::Commune, "dac_khu", {"Đặc khu", "Đảng bộ đặc khu", "special zone"});
        addWords(h, OrgLevel::Cell, "", {"cell", "Chi bộ", "Cấp chi bộ"});
        addWords(h, OrgLevel::Cell, "village", {"Chi bộ thôn", "Village cell", "Thôn"});
        addWords(h, OrgLevel::Cell, "residential_group",
                 {"Chi bộ tổ dân phố", "Residential-group cell", "Tổ dân phố", "Chi bộ khu phố"});
        addWords(h, OrgLevel::Cell, "other", {"Chi bộ khác", "Other cell"});
        addWords(h, OrgLevel::Workplace, "",
                 {"workplace", "Workplace party organisation", "Tổ chức đảng cơ quan, doanh nghiệp",
                  "Tổ chức đảng cơ quan", "Đảng bộ cơ quan", "Đảng bộ doanh nghiệp", "Cơ quan, doanh nghiệp",
                  "Cơ quan", "Doanh nghiệp"});
        return h;
    }();
    const QString key = wordKey(cell);
    if (const auto it = words.constFind(key); it != words.cend())
        return *it;
    // The label in the language the program runs in, should a translation say it otherwise.
    for (OrgLevel l : allValues<OrgLevel>())
        if (key == wordKey(label(l)))
            return LevelWord{l, {}};
    return std::nullopt;
}

// The kinds of a level, by code, English and Vietnamese label and usual words.
template <typename E> void addKinds(QHash<QString, QString> &h, std::initializer_list<std::pair<E, std::initializer_list<const char *>>> rows)
{
    for (const auto &[value, words] : rows) {
        h.insert(wordKey(code(value)), code(value));
        for (const char *w : words)
            h.insert(wordKey(QString::fromUtf8(w)), code(value));
    }
}

const QHash<QString, QString> &kindWords(OrgLevel level)
{
    static const QHash<QString, QString> communes = [] {
        QHash<QString, QString> h;
        addKinds<CommuneKind>(h, {{CommuneKind::Commune, {"Commune", "Xã", "Đảng bộ xã"}},
                                  {CommuneKind::Ward, {"Ward", "Phường", "Đảng bộ phường"}},
                                  {CommuneKind::Township, {"Township", "Thị trấn", "Đảng bộ thị trấn"}},
                                  {CommuneKind::SpecialZone, {"Special zone", "Đặc khu", "Đảng bộ đặc khu"}}});
        return h;
    }();
    static const QHash<QString, QString> cells = [] {
        QHash<QString, QString> h;
        addKinds<CellKind>(h, {{CellKind::Village, {"Village cell", "Village", "Chi bộ thôn", "Thôn", "Xóm", "Ấp", "Bản", "Làng"}},
                               {CellKind::ResidentialGroup,
                                {"Residential-group cell", "Residential group", "Chi bộ tổ dân phố", "Tổ dân phố", "TDP",
                                 "Khu phố", "Chi bộ khu phố"}},
                               {CellKind::Other, {"Other cell", "Other", "Chi bộ khác", "Khác"}}});
        return h;
    }();
    static const QHash<QString, QString> workplaces = [] {
        QHash<QString, QString> h;
        addKinds<WorkplaceType>(
            h, {{WorkplaceType::StateOwnedEnterprise, {"State-owned enterprise", "Doanh nghiệp nhà nước", "DNNN"}},
                {WorkplaceType::JointStockEnterprise, {"Joint-stock enterprise", "Doanh nghiệp cổ phần", "Công ty cổ phần"}},
                {WorkplaceType::PrivateEnterprise, {"Private enterprise", "Doanh nghiệp tư nhân"}},
                {WorkplaceType::ForeignInvestedEnterprise,
                 {"Foreign-invested enterprise", "Doanh nghiệp có vốn đầu tư nước ngoài", "Doanh nghiệp FDI", "FDI"}},
                {WorkplaceType::AdministrativeAgency, {"Administrative agency", "Cơ quan hành chính", "Cơ quan hành chính nhà nước"}},
                {WorkplaceType::PublicServiceUnit, {"Public service unit", "Đơn vị sự nghiệp", "Đơn vị sự nghiệp công lập"}},
                {WorkplaceType::ArmyAndPolice, {"Army and police", "Quân đội và công an", "Quân đội", "Công an", "Lực lượng vũ trang"}},
                {WorkplaceType::Other, {"Other workplace", "Other", "Loại hình khác", "Khác"}}});
        return h;
    }();
    static const QHash<QString, QString> none;
    switch (level) {
    case OrgLevel::Commune: return communes;
    case OrgLevel::Cell: return cells;
    case OrgLevel::Workplace: return workplaces;
    default: return none;
    }
}

template <typename E> std::optional<QString> kindByLabel(const QString &key)
{
    for (E v : allValues<E>())
        if (key == wordKey(label(v)))
            return code(v);
    return std::nullopt;
}

// A kind cell read for a level: its code; nullopt when it is none of that level's kinds.
std::optional<QString> kindFrom(OrgLevel level, const QString &cell)
{
    const QString key = wordKey(cell);
    const auto &words = kindWords(level);
    if (const auto it = words.constFind(key); it != words.cend())
        return *it;
    switch (level) {
    case OrgLevel::Commune: return kindByLabel<CommuneKind>(key);
    case OrgLevel::Cell: return kindByLabel<CellKind>(key);
    case OrgLevel::Workplace: return kindByLabel<WorkplaceType>(key);
    default: return std::nullopt;
    }
}

// The codes a level's kind cell accepts, for messages: "xa, phuong, thi_tran, dac_khu".
QString kindCodes(OrgLevel level)
{
    QStringList codes;
    switch (level) {
    case OrgLevel::Commune:
        for (CommuneKind v : allValues<CommuneKind>())
            codes << code(v);
        break;
    case OrgLevel::Cell:
        for (CellKind v : allValues<CellKind>())
            codes << code(v);
        break;
    case OrgLevel::Workplace:
        for (WorkplaceType v : allValues<WorkplaceType>())
            codes << code(v);
        break;
    default: break;
    }
    return codes.join(QStringLiteral(", "));
}

// The kind a file leaves empty, from the name as committees are named: "Đảng bộ xã
// Vũ Hội" is a xã, "Chi bộ thôn Đông" a village cell; cells and workplaces named
// otherwise are "other". Empty when a commune's name says nothing.
QString kindFromName(OrgLevel level, const QString &name)
{
    QString key = wordKey(name) + QLatin1Char(' ');
    auto stripPrefix = [&key](const char *prefix) {
        if (key.startsWith(QLatin1String(prefix)))
            key = key.mid(int(qstrlen(prefix)));
    };
    switch (level) {
    case OrgLevel::Commune:
        stripPrefix("dang bo ");
        stripPrefix("dang uy ");
        for (const auto &[prefix, kind] : {std::pair{"xa ", CommuneKind::Commune}, std::pair{"phuong ", CommuneKind::Ward},
                                           std::pair{"thi tran ", CommuneKind::Township},
                                           std::pair{"dac khu ", CommuneKind::SpecialZone}})
            if (key.startsWith(QLatin1String(prefix)))
                return code(kind);
        return {};
    case OrgLevel::Cell:
        stripPrefix("chi bo ");
        for (const char *prefix : {"thon ", "xom ", "ap ", "ban ", "lang "})
            if (key.startsWith(QLatin1String(prefix)))
                return code(CellKind::Village);
        for (const char *prefix : {"to dan pho ", "tdp ", "khu pho ", "to "})
            if (key.startsWith(QLatin1String(prefix)))
                return code(CellKind::ResidentialGroup);
        return code(CellKind::Other);
    case OrgLevel::Workplace: return code(WorkplaceType::Other);
    default: return {};
    }
}

// One data row as the import sees it.
struct OrgRow {
    int number = 0;
    Organisation org;         // code, name, level, kind, validFrom as read
    QString parentCode;       // as written
    bool levelKnown = false;
    bool kindGiven = false;   // the kind came from the file's cell (not from the name)
    std::optional<Organisation> stored; // the stored organisation with this code
    int firstRow = -1;        // index of the earlier row with the same code (Repeated)
    int fileParent = -1;      // index of the row defining the parent code, if any
    QList<ImportProblem> problems;
    RowFate fate = RowFate::New;
    // Where it goes: a stored parent, or a row of the file written before it.
    qint64 storedParentId = 0;
    int parentRow = -1;
    qint64 writtenId = 0;     // after writing (or the stored id of a duplicate)
};

// The analysis of a sheet against the database as it is, and the writing it plans.
class Analysis {
public:
    Analysis(storage::Database &db, const QDate &today, const ImportProgress &progress, qint64 progressTotal)
        : db_(db), today_(today), progress_(progress), progressTotal_(progressTotal)
    {
    }

    // False when cancelled.
    bool analyse(const tabular::Sheet &sheet, const ColumnMapping &mapping);
    // Writes the New rows and applies the mode to the duplicates, parents first.
    // False when cancelled (the caller rolls back).
    bool write(DuplicateMode mode, ImportReport &report);
    ImportReport report;

private:
    QString cell(const tabular::Row &row, const QString &field) const;
    QString header(const QString &field) const;
    void problem(OrgRow &r, const QString &field, const QString &message);
    void readRow(OrgRow &r, const tabular::Row &row);
    void checkAgainstStored(OrgRow &r);
    void resolveParent(int index);
    void finish(int index);
    bool tick(qint64 done);

    storage::Database &db_;
    QDate today_;
    const ImportProgress &progress_;
    qint64 progressTotal_ = 0;
    ColumnMapping mapping_;
    QList<OrgRow> rows_;
    QList<int> order_; // rows to write (New and Duplicate), parents before children
    QHash<QString, Organisation> storedByCode_; // codeKey → stored
    QHash<qint64, QString> storedCodeById_;
    std::optional<Organisation> storedProvince_;
    QHash<QString, QString> siblingNames_; // "<parent ref>|<folded name>" → code of who has it
    QMap<QString, int> unknownParents_;    // code as written → rows naming it
};

QString Analysis::cell(const tabular::Row &row, const QString &field) const
{
    const int column = mapping_.columnOf(field);
    return column < 0 ? QString() : row.cells.value(column).trimmed();
}

QString Analysis::header(const QString &field) const
{
    const int column = mapping_.columnOf(field);
    return column < 0 ? QString() : mapping_.header.value(column);
}

void Analysis::problem(OrgRow &r, const QString &field, const QString &message)
{
    r.problems.append({r.number, field.isEmpty() ? QString() : header(field), message});
}

bool Analysis::tick(qint64 done)
{
    return !progress_ || progress_(done, progressTotal_);
}

void Analysis::readRow(OrgRow &r, const tabular::Row &row)
{
    Organisation &o = r.org;
    o.code = cell(row, QStringLiteral("code"));
    o.name = text::normalise(cell(row, QStringLiteral("name")));
    r.parentCode = cell(row, QStringLiteral("parent_code"));

    const QString levelCell = cell(row, QStringLiteral("level"));
    std::optional<LevelWord> level;
    if (levelCell.isEmpty())
        problem(r, QStringLiteral("level"), Tr::tr("The level is required."));
    else if (!(level = levelFrom(levelCell)))
        problem(r, QStringLiteral("level"),
                Tr::tr("Unknown level “%1”: use province, district, commune, cell or workplace.").arg(levelCell));
    r.levelKnown = level.has_value();
    if (level)
        o.level = level->level;

    const QString kindCell = cell(row, QStringLiteral("kind"));
    bool kindReported = false;
    if (r.levelKnown) {
        const bool hasKinds = o.level == OrgLevel::Commune || o.level == OrgLevel::Cell || o.level == OrgLevel::Workplace;
        if (!kindCell.isEmpty()) {
            if (!hasKinds) {
                problem(r, QStringLiteral("kind"),
                        Tr::tr("A %1 has no kind: leave this cell empty (“%2”).").arg(label(o.level), kindCell));
                kindReported = true;
            } else if (const auto kind = kindFrom(o.level, kindCell)) {
                o.kind = *kind;
                r.kindGiven = true;
            } else {
                problem(r, QStringLiteral("kind"),
                        Tr::tr("“%1” is not a kind of %2: use %3.").arg(kindCell, label(o.level), kindCodes(o.level)));
                kindReported = true;
            }
        } else if (!level->kind.isEmpty()) {
            o.kind = level->kind; // "Xã", "Chi bộ thôn" in the level cell say the kind as well
        } else if (hasKinds) {
            o.kind = kindFromName(o.level, o.name);
            if (o.kind.isEmpty()) {
                problem(r, QStringLiteral("kind"),
                        Tr::tr("Give the kind of this commune-level committee (%1): its name does not say it.")
                            .arg(kindCodes(o.level)));
                kindReported = true;
            }
        }
    }

    const QString validFrom = cell(row, QStringLiteral("valid_from"));
    if (!validFrom.isEmpty()) {
        if (const auto d = dateFromCell(validFrom)) {
            o.validFrom = *d;
            // Allowed (a reorganisation prepared ahead), but more often a typing slip.
            if (o.validFrom > today_)
                report.warnings.append({r.number, header(QStringLiteral("valid_from")),
                                        Tr::tr("Valid from %1, a day still to come.").arg(displayDate(o.validFrom))});
        } else {
            problem(r, QStringLiteral("valid_from"), Tr::tr("Not a date (dd/MM/yyyy): %1").arg(validFrom));
        }
    }

    for (const FieldError &e : validate(o)) {
        if (e.field == QLatin1String("kind") && (kindReported || !r.levelKnown))
            continue;
        problem(r, e.field == QLatin1String("code") || e.field == QLatin1String("name") || e.field == QLatin1String("kind")
                       ? e.field
                       : QString(),
                e.message);
    }

    if (r.levelKnown) {
        if (o.level == OrgLevel::Province && !r.parentCode.isEmpty())
            problem(r, QStringLiteral("parent_code"),
                    Tr::tr("A province has no parent organisation: leave the parent code empty."));
        else if (o.level != OrgLevel::Province && r.parentCode.isEmpty())
            problem(r, QStringLiteral("parent_code"),
                    Tr::tr("The parent organisation's code is required (only the province has none)."));
    }
}

// A row whose code is stored already: the same organisation, in the same place.
void Analysis::checkAgainstStored(OrgRow &r)
{
    const Organisation &s = *r.stored;
    if (r.levelKnown && r.org.level != s.level)
        problem(r, QStringLiteral("level"),
                Tr::tr("%1 is stored as a %2 (level “%3”); an import does not change levels.")
                    .arg(s.code, label(s.level), code(s.level)));
    const QString storedParent = storedCodeById_.value(s.parentId);
    if (codeKey(storedParent) != codeKey(r.parentCode) && !(r.levelKnown && r.org.level == OrgLevel::Province))
        problem(r, QStringLiteral("parent_code"),
                Tr::tr("%1 sits under %2 in the database, not under %3: an import does not move organisations.")
                    .arg(s.code, storedParent.isEmpty() ? Tr::tr("nothing") : storedParent,
                         r.parentCode.isEmpty() ? Tr::tr("nothing") : r.parentCode));
}

// Where a row goes in the tree; its parent (if in the file) is resolved already.
void Analysis::resolveParent(int index)
{
    OrgRow &r = rows_[index];
    if (r.parentCode.isEmpty() || (r.levelKnown && r.org.level == OrgLevel::Province))
        return; // a missing or superfluous parent is reported by readRow
    std::optional<OrgLevel> parentLevel;
    QString parentName;
    const int p = r.fileParent;
    const auto stored = storedByCode_.constFind(codeKey(r.parentCode));
    if (p >= 0 && rows_[p].fate != RowFate::Invalid) {
        r.parentRow = p;
        if (rows_[p].levelKnown)
            parentLevel = rows_[p].org.level;
        parentName = rows_[p].org.name;
    } else if (stored != storedByCode_.cend()) {
        // A rejected row of the file repeats a stored organisation: the stored one holds.
        r.storedParentId = stored->id;
        parentLevel = stored->level;
        parentName = stored->name;
    } else if (p >= 0) {
        problem(r, QStringLiteral("parent_code"),
                Tr::tr("The parent %1 (row %2) is rejected, so this row cannot be imported either.")
                    .arg(r.parentCode)
                    .arg(rows_[p].number));
        return;
    } else {
        problem(r, QStringLiteral("parent_code"),
                Tr::tr("Unknown parent code %1: it is neither in the database nor in the file.").arg(r.parentCode));
        ++unknownParents_[r.parentCode];
        return;
    }
    if (r.levelKnown && parentLevel && !canBeChildOf(r.org.level, *parentLevel))
        problem(r, QStringLiteral("parent_code"),
                Tr::tr("A %1 cannot sit under a %2 (%3 %4).")
                    .arg(label(r.org.level), label(*parentLevel), r.parentCode, parentName));
}

// The row's fate once everything about it is known.
void Analysis::finish(int index)
{
    OrgRow &r = rows_[index];
    if (r.firstRow >= 0) {
        r.fate = RowFate::Repeated;
        return;
    }
    if (!r.problems.isEmpty()) {
        r.fate = RowFate::Invalid;
        return;
    }
    r.fate = r.stored ? RowFate::Duplicate : RowFate::New;
    order_.append(index);
    if (r.fate != RowFate::New)
        return;

    // Another organisation of that name under the same parent may be this one under
    // another code: imported all the same, but worth a look.
    const QString parentRef = r.parentRow >= 0
                                  ? (rows_[r.parentRow].stored ? QStringLiteral("s%1").arg(rows_[r.parentRow].stored->id)
                                                               : QStringLiteral("f%1").arg(r.parentRow))
                                  : QStringLiteral("s%1").arg(r.storedParentId);
    const QString key = parentRef + QLatin1Char('|') + text::fold(r.org.name);
    if (const auto it = siblingNames_.constFind(key); it != siblingNames_.cend()) {
        report.warnings.append({r.number, header(QStringLiteral("name")),
                                Tr::tr("%1 under the same parent has the same name (code %2): check that they are not "
                                       "one organisation.")
                                    .arg(r.org.name, *it)});
        ++report.possible;
    } else {
        siblingNames_.insert(key, r.org.code);
    }
}

bool Analysis::analyse(const tabular::Sheet &sheet, const ColumnMapping &mapping)
{
    mapping_ = mapping;
    const storage::OrganisationRepository repo(db_);
    for (const Organisation &o : repo.all()) {
        storedByCode_.insert(codeKey(o.code), o);
        storedCodeById_.insert(o.id, o.code);
        if (o.level == OrgLevel::Province && !storedProvince_)
            storedProvince_ = o;
    }
    for (const Organisation &o : std::as_const(storedByCode_))
        if (o.parentId > 0)
            siblingNames_.insert(QStringLiteral("s%1|").arg(o.parentId) + text::fold(o.name), o.code);

    const qsizetype n = sheet.rows.size();
    report.total = int(n);
    rows_.resize(n);
    QHash<QString, int> rowByCode; // codeKey → first row with it
    int provinceRow = -1;
    for (qsizetype i = 0; i < n; ++i) {
        if (i % 64 == 0 && !tick(i))
            return false;
        OrgRow &r = rows_[i];
        r.number = sheet.rows[i].number;
        readRow(r, sheet.rows[i]);
        const QString key = codeKey(r.org.code);
        if (!key.isEmpty()) {
            if (const auto first = rowByCode.constFind(key); first != rowByCode.cend()) {
                r.firstRow = *first;
                problem(r, QStringLiteral("code"),
                        Tr::tr("The code %1 is already on row %2.").arg(r.org.code).arg(rows_[*first].number));
                continue;
            }
            rowByCode.insert(key, int(i));
            if (const auto s = storedByCode_.constFind(key); s != storedByCode_.cend()) {
                r.stored = *s;
                checkAgainstStored(r);
            }
        }
        if (r.levelKnown && r.org.level == OrgLevel::Province && !r.stored) {
            if (storedProvince_)
                problem(r, QStringLiteral("level"),
                        Tr::tr("The database has its province already (%1 %2): one province per database.")
                            .arg(storedProvince_->code, storedProvince_->name));
            else if (provinceRow >= 0)
                problem(r, QStringLiteral("level"),
                        Tr::tr("Row %1 is the province already: one province per database.").arg(rows_[provinceRow].number));
            else
                provinceRow = int(i);
        }
    }
    for (OrgRow &r : rows_)
        if (r.firstRow < 0 && !r.parentCode.isEmpty())
            r.fileParent = rowByCode.value(codeKey(r.parentCode), -1);

    // Parents before children: walk up from each row to a row already settled (or the
    // top), then settle the walk downwards. A walk that comes back to itself is a cycle.
    enum class State { Open, OnWalk, Settled };
    QList<State> state(n, State::Open);
    for (qsizetype i = 0; i < n; ++i) {
        if (rows_[i].firstRow >= 0) {
            finish(int(i));
            state[i] = State::Settled;
        }
    }
    for (qsizetype i = 0; i < n; ++i) {
        if (state[i] != State::Open)
            continue;
        QList<int> walk;
        int at = int(i);
        while (at >= 0 && state[at] == State::Open) {
            state[at] = State::OnWalk;
            walk.append(at);
            at = rows_[at].fileParent;
        }
        qsizetype settleFrom = walk.size();
        if (at >= 0 && state[at] == State::OnWalk) {
            const qsizetype start = walk.indexOf(at);
            QStringList circle;
            for (qsizetype k = start; k < walk.size(); ++k)
                circle << rows_[walk[k]].org.code;
            circle << rows_[at].org.code;
            for (qsizetype k = start; k < walk.size(); ++k) {
                OrgRow &r = rows_[walk[k]];
                problem(r, QStringLiteral("parent_code"),
                        Tr::tr("The parent codes go round in a circle: %1.").arg(circle.join(QStringLiteral(" → "))));
                finish(walk[k]);
                state[walk[k]] = State::Settled;
            }
            settleFrom = start;
        }
        for (qsizetype k = settleFrom - 1; k >= 0; --k) {
            resolveParent(walk[k]);
            finish(walk[k]);
            state[walk[k]] = State::Settled;
        }
    }

    for (const OrgRow &r : std::as_const(rows_)) {
        report.fates.append(r.fate);
        report.problems += r.problems;
        switch (r.fate) {
        case RowFate::New: ++report.valid; break;
        case RowFate::Duplicate: ++report.duplicates; break;
        case RowFate::Invalid: ++report.invalid; break;
        case RowFate::Repeated: ++report.repeated; break;
        }
    }
    // Warnings are for rows that go in; a rejected row's problems say enough.
    QSet<int> rejectedRows;
    for (const OrgRow &r : std::as_const(rows_))
        if (r.fate == RowFate::Invalid || r.fate == RowFate::Repeated)
            rejectedRows.insert(r.number);
    report.warnings.removeIf([&](const ImportProblem &w) { return rejectedRows.contains(w.row); });
    std::stable_sort(report.warnings.begin(), report.warnings.end(),
                     [](const ImportProblem &a, const ImportProblem &b) { return a.row < b.row; });
    for (auto it = unknownParents_.cbegin(); it != unknownParents_.cend(); ++it)
        report.unknownOrganisations << Tr::tr("%1 (%n row(s))", nullptr, it.value()).arg(it.key());
    return tick(n);
}

bool Analysis::write(DuplicateMode mode, ImportReport &out)
{
    storage::OrganisationRepository repo(db_);
    const qint64 base = rows_.size();
    for (qsizetype k = 0; k < order_.size(); ++k) {
        if (k % 64 == 0 && !tick(base + k))
            return false;
        OrgRow &r = rows_[order_[k]];
        if (r.fate == RowFate::New) {
            Organisation o = r.org;
            o.parentId = r.parentRow >= 0 ? rows_[r.parentRow].writtenId : r.storedParentId;
            repo.insert(o);
            r.writtenId = o.id;
            ++out.inserted;
            continue;
        }
        Organisation s = *r.stored;
        r.writtenId = s.id;
        if (mode == DuplicateMode::Skip) {
            ++out.skipped;
            ++out.unchanged;
            continue;
        }
        Organisation changed = s;
        if (mode == DuplicateMode::Update) {
            changed.name = r.org.name; // required, so never empty
            if (r.kindGiven)
                changed.kind = r.org.kind;
        } else if (s.kind.isEmpty() && r.kindGiven) {
            changed.kind = r.org.kind;
        }
        if (changed.name == s.name && changed.kind == s.kind) {
            ++out.unchanged;
            continue;
        }
        if (!repo.update(changed))
            throw storage::StorageError(Tr::tr("%1 was changed by someone else during the import; nothing was "
                                               "imported. Try again.")
                                            .arg(s.code),
                                        QStringLiteral("organisation %1 row version %2").arg(s.id).arg(s.rowVersion));
        ++out.updated;
    }
    return tick(progressTotal_);
}

// What stops an import before any row is looked at; empty when nothing does.
std::optional<SaveOutcome> refusal(const ActingUser &user, const tabular::Sheet &sheet, const ColumnMapping &mapping)
{
    // The tree is the province's: only the provincial board over the province (or the
    // whole database, as the local administrator of a new file) may build it.
    if (!user.may(Action::ManageOrganisations, QStringList()))
        return SaveOutcome::denied(refusalMessage(Action::ManageOrganisations));
    if (!sheet.ok())
        return invalidImport(sheet.error);
    if (mapping.kind != ImportKind::Organisations)
        return invalidImport(Tr::tr("This column mapping is for members, not organisations."));
    if (const QStringList problems = mapping.problems(); !problems.isEmpty())
        return invalidImport(problems.join(QLatin1Char('\n')));
    return std::nullopt;
}

} // namespace

OrganisationImport::OrganisationImport(storage::Database &db, ActingUser user, QDate today)
    : db_(db), user_(std::move(user)), today_(today)
{
}

ImportReport OrganisationImport::preview(const tabular::Sheet &sheet, const ColumnMapping &mapping,
                                         const ImportOptions &options, const ImportProgress &progress) const
{
    Q_UNUSED(options); // the mode changes what a write does, not what the rows are
    ImportReport report;
    if (const auto refused = refusal(user_, sheet, mapping)) {
        report.outcome = *refused;
        return report;
    }
    try {
        Analysis analysis(db_, today_, progress, sheet.rows.size());
        if (!analysis.analyse(sheet, mapping)) {
            report.cancelled = true;
            report.total = int(sheet.rows.size());
            return report;
        }
        return analysis.report;
    } catch (const storage::StorageError &e) {
        spdlog::error("organisation import preview failed: {} ({})", e.userMessage().toStdString(),
                      e.detail().toStdString());
        report.outcome = SaveOutcome::failed(e.userMessage());
        return report;
    }
}

ImportReport OrganisationImport::run(const tabular::Sheet &sheet, const ColumnMapping &mapping,
                                     const ImportOptions &options, const ImportProgress &progress)
{
    if (options.dryRun)
        return preview(sheet, mapping, options, progress);
    ImportReport report;
    if (const auto refused = refusal(user_, sheet, mapping)) {
        report.outcome = *refused;
        return report;
    }
    // Analysed inside the write transaction, so that what is written is what was
    // checked, whoever else writes meanwhile.
    bool cancelled = false;
    const SaveOutcome outcome = inWriteTransaction(db_, user_, "organisation import", [&]() -> SaveOutcome {
        Analysis analysis(db_, today_, progress, 2 * qint64(sheet.rows.size()));
        if (!analysis.analyse(sheet, mapping)) {
            cancelled = true;
            return SaveOutcome::failed(QString()); // rolls back
        }
        report = analysis.report;
        if (!analysis.write(options.mode, report)) {
            cancelled = true;
            return SaveOutcome::failed(QString());
        }
        return {};
    });
    if (cancelled) {
        ImportReport cancelledReport;
        cancelledReport.cancelled = true;
        cancelledReport.total = int(sheet.rows.size());
        return cancelledReport;
    }
    if (!outcome.ok()) {
        // Nothing was written: the counts of the analysis stand, the write counts do not.
        report.inserted = report.updated = report.unchanged = report.skipped = 0;
        report.outcome = outcome;
        return report;
    }
    report.written = true;
    spdlog::info("organisations imported from {} by {}: {} inserted, {} updated, {} rejected",
                 sheet.fileName.toStdString(), user_.name.toStdString(), report.inserted, report.updated,
                 report.rejected());
    return report;
}

} // namespace cutru
