#include "services/member_import.h"

#include "domain/member.h"
#include "domain/vietnamese_text.h"
#include "services/member_service.h"
#include "services/write_transaction.h"
#include "storage/import_lookup.h"
#include "storage/member_repository.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <algorithm>
#include <spdlog/spdlog.h>

namespace cutru {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cutru::MemberImport)
};

// The fields of a member file, in importFields(ImportKind::Members) order.
enum class Col : int {
    FullName, Gender, BirthDate, Cccd, PartyCard, PersonalRecord, AdmissionDate, OfficialDate, CellCode, CellName,
    Workplace, Position, Phone, ResidenceProvince, ResidenceCommuneCode, ResidenceCommuneName, ResidenceCellCode,
    ResidenceCellName, ResidenceAddress, Notes, Count
};
constexpr int kColumns = int(Col::Count);
const char *const kFieldKeys[kColumns] = {
    "full_name", "gender", "birth_date", "cccd", "party_card_no", "personal_record_no", "admission_date",
    "official_date", "cell_code", "cell_name", "workplace", "position", "phone", "residence_province",
    "residence_commune_code", "residence_commune_name", "residence_cell_code", "residence_cell_name",
    "residence_address", "notes"};

constexpr quint32 bit(Col c)
{
    return 1u << int(c);
}

// Which member field a row gives (a non-empty cell, read without problem), for the
// modes that merge a row into a stored member. The organisations use the bits of
// their code columns, whether the row named them by code or by name.
constexpr quint32 kHolding = 1u << int(Col::CellCode);
constexpr quint32 kCommune = 1u << int(Col::ResidenceCommuneCode);
constexpr quint32 kResidenceCell = 1u << int(Col::ResidenceCellCode);

// ---- Organisations --------------------------------------------------------------

// Names as compared: folded (no case, no diacritics, đ → d), punctuation as spaces.
QString nameKey(const QString &text)
{
    QString folded = text::fold(text);
    for (QChar &c : folded)
        if (!c.isLetterOrNumber())
            c = QLatin1Char(' ');
    return folded.simplified();
}

// A name without the words that say it is a party organisation, so that "Thôn Đông"
// in a file finds "Chi bộ thôn Đông" and "Xã Vũ Hòa" finds "Đảng bộ xã Vũ Hòa".
QString withoutPartyWords(const QString &key)
{
    for (const char *word : {"chi bo ", "dang bo ", "dang uy ", "to chuc dang "})
        if (key.startsWith(QLatin1String(word)))
            return key.mid(qsizetype(qstrlen(word)));
    return key;
}

// A commune's or a cell's name without its kind either: "Vũ Hòa" finds "Đảng bộ xã
// Vũ Hòa", "Phất Lộc Tây" finds "Chi bộ thôn Phất Lộc Tây".
QString withoutKind(OrgLevel level, const QString &key)
{
    static const char *const communeWords[] = {"xa ", "phuong ", "thi tran ", "dac khu "};
    static const char *const cellWords[] = {"thon ", "to dan pho ", "khu pho ", "xom ", "ap ", "ban ", "lang "};
    if (level == OrgLevel::Commune) {
        for (const char *word : communeWords)
            if (key.startsWith(QLatin1String(word)))
                return key.mid(qsizetype(qstrlen(word)));
    } else if (level == OrgLevel::Cell) {
        for (const char *word : cellWords)
            if (key.startsWith(QLatin1String(word)))
                return key.mid(qsizetype(qstrlen(word)));
    }
    return key;
}

using Outline = storage::OrganisationOutline;

// What a row's organisation cell names.
struct OrgMatch {
    enum class Result { None, Found, Unknown, Several };
    Result result = Result::None; // None: the cell is empty
    qint64 id = 0;
    QStringList codes; // Several: the candidates' codes
};

// The whole tree, indexed by id, code and name, loaded once per import.
class OrganisationIndex {
public:
    enum class Role { Holding, Commune, ResidenceCell };

    OrganisationIndex(const storage::Database &db, const QDate &today)
    {
        orgs_ = storage::organisationOutlines(db);
        for (qsizetype i = 0; i < orgs_.size(); ++i) {
            const Outline &o = orgs_.at(i);
            byId_.insert(o.id, i);
            byCode_.insert(o.code.toUpper(), i);
            // Organisations that ended are found by code only: a name is the current one's.
            if (o.validTo.isValid() && o.validTo <= today)
                continue;
            const QString key = nameKey(o.name);
            byName_[key].append(i);
            QStringList shortForms{withoutPartyWords(key)};
            shortForms << withoutKind(o.level, shortForms.first());
            shortForms.removeDuplicates();
            for (const QString &form : std::as_const(shortForms))
                if (form != key && !form.isEmpty())
                    byShortName_[form].append(i);
        }
    }

    const Outline *byId(qint64 id) const
    {
        const auto it = byId_.constFind(id);
        return it == byId_.cend() ? nullptr : &orgs_.at(*it);
    }

    // By code (case ignored), else by name, among the organisations the role allows;
    // a residence cell among the cells of `communeId` (any commune when 0).
    // Remembered per cell text: a file names the same few hundred organisations again and again.
    OrgMatch find(Role role, const QString &code, const QString &name, qint64 communeId)
    {
        if (!code.isEmpty()) {
            auto &cache = codeCache_[int(role)];
            if (const auto it = cache.constFind(code); it != cache.cend())
                return *it;
            OrgMatch m;
            const auto it = byCode_.constFind(code.toUpper());
            m.result = it == byCode_.cend() ? OrgMatch::Result::Unknown : OrgMatch::Result::Found;
            if (it != byCode_.cend())
                m.id = orgs_.at(*it).id;
            cache.insert(code, m);
            return m;
        }
        if (name.isEmpty())
            return {};
        const QString cacheKey = QString::number(communeId) + QLatin1Char('|') + name;
        auto &cache = nameCache_[int(role)];
        if (const auto it = cache.constFind(cacheKey); it != cache.cend())
            return *it;
        const auto fits = [&](const Outline &o) {
            switch (role) {
            case Role::Holding: return o.level == OrgLevel::Cell || o.level == OrgLevel::Workplace;
            case Role::Commune: return o.level == OrgLevel::Commune;
            case Role::ResidenceCell: {
                if (o.level != OrgLevel::Cell)
                    return false;
                if (communeId > 0)
                    return o.parentId == communeId;
                const Outline *parent = byId(o.parentId);
                return parent && parent->level == OrgLevel::Commune;
            }
            }
            return false;
        };
        const QString key = nameKey(name);
        QList<qsizetype> found;
        for (qsizetype i : byName_.value(key))
            if (fits(orgs_.at(i)))
                found << i;
        if (found.isEmpty())
            for (qsizetype i : byShortName_.value(withoutPartyWords(key)))
                if (fits(orgs_.at(i)))
                    found << i;
        OrgMatch m;
        if (found.isEmpty()) {
            m.result = OrgMatch::Result::Unknown;
        } else if (found.size() == 1) {
            m.result = OrgMatch::Result::Found;
            m.id = orgs_.at(found.first()).id;
        } else {
            m.result = OrgMatch::Result::Several;
            for (qsizetype i : std::as_const(found))
                m.codes << orgs_.at(i).code;
            m.codes.sort();
        }
        cache.insert(cacheKey, m);
        return m;
    }

    MemberService::OrganisationFinder finder() const
    {
        return [this](qint64 id) -> std::optional<MemberService::OrganisationFacts> {
            const Outline *o = byId(id);
            if (!o)
                return std::nullopt;
            return MemberService::OrganisationFacts{o->level, o->parentId};
        };
    }

private:
    QList<Outline> orgs_;
    QHash<qint64, qsizetype> byId_;
    QHash<QString, qsizetype> byCode_;
    QHash<QString, QList<qsizetype>> byName_;
    QHash<QString, QList<qsizetype>> byShortName_;
    QHash<QString, OrgMatch> codeCache_[3];
    QHash<QString, OrgMatch> nameCache_[3];
};

// ---- Stored members -------------------------------------------------------------

// A folded name with a date of birth: what makes two records look like one person.
struct NameAndBirth {
    QString nameFolded;
    qint64 day = 0; // Julian day
    bool operator==(const NameAndBirth &) const = default;
};
size_t qHash(const NameAndBirth &k, size_t seed = 0)
{
    return qHashMulti(seed, k.nameFolded, k.day);
}

class StoredMembers {
public:
    explicit StoredMembers(const storage::Database &db) : all_(storage::memberIdentities(db))
    {
        byCccd_.reserve(all_.size());
        byCard_.reserve(all_.size());
        byNameAndBirth_.reserve(all_.size());
        for (qsizetype i = 0; i < all_.size(); ++i) {
            const storage::MemberIdentity &m = all_.at(i);
            byCccd_.insert(m.cccd, i);
            if (!m.partyCardNo.isEmpty())
                byCard_.insert(m.partyCardNo, i);
            byNameAndBirth_.insert({m.nameFolded, m.birthDate.toJulianDay()}, i);
        }
    }

    const storage::MemberIdentity *byCccd(const QString &cccd) const { return find(byCccd_, cccd); }
    const storage::MemberIdentity *byCard(const QString &card) const { return find(byCard_, card); }
    // A stored member with this folded name and date of birth.
    bool hasNameAndBirth(const QString &nameFolded, const QDate &birth) const
    {
        return byNameAndBirth_.contains({nameFolded, birth.toJulianDay()});
    }
    // Gives the memory back once the analysis is done: the write does not need it, and
    // a province's worth matters to peak memory while SQLite's cache fills.
    void release()
    {
        all_ = {};
        byCccd_ = {};
        byCard_ = {};
        byNameAndBirth_ = {};
    }

private:
    const storage::MemberIdentity *find(const QHash<QString, qsizetype> &index, const QString &key) const
    {
        if (key.isEmpty())
            return nullptr;
        const auto it = index.constFind(key);
        return it == index.cend() ? nullptr : &all_.at(*it);
    }

    QList<storage::MemberIdentity> all_;
    QHash<QString, qsizetype> byCccd_;
    QHash<QString, qsizetype> byCard_;
    QHash<NameAndBirth, qsizetype> byNameAndBirth_;
};

// ---- Cells ----------------------------------------------------------------------

std::optional<Gender> genderFrom(const QString &cell)
{
    static const QHash<QString, Gender> words = [] {
        QHash<QString, Gender> h;
        for (const char *w : {"nam", "m", "male", "man"})
            h.insert(QString::fromLatin1(w), Gender::Male);
        for (const char *w : {"nu", "f", "female", "woman"})
            h.insert(QString::fromLatin1(w), Gender::Female);
        return h;
    }();
    const auto it = words.constFind(text::fold(cell));
    if (it == words.cend())
        return std::nullopt;
    return *it;
}

// A text cell as stored: NFC, trimmed, inner spaces collapsed.
QString cleanText(const QString &cell)
{
    return cell.isEmpty() ? QString() : text::normalise(cell);
}

bool allDigits(const QString &s)
{
    return !s.isEmpty() && std::all_of(s.cbegin(), s.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

// ---- Rows -----------------------------------------------------------------------

struct Place {
    qint64 cellId = 0, communeId = 0, residenceCellId = 0;
    bool operator==(const Place &) const = default;
};
size_t qHash(const Place &p, size_t seed = 0)
{
    return qHashMulti(seed, p.cellId, p.communeId, p.residenceCellId);
}

Place placeOf(const Member &m)
{
    return {m.cellId, m.residenceCommuneId, m.residenceCellId};
}

// What a row becomes, kept for the write.
struct Planned {
    qsizetype row = 0;       // index into Sheet::rows
    int number = 0;          // Row::number
    Member member;           // New: the member to insert; Duplicate: the stored member as it will be
    bool changed = false;    // Duplicate: the merged member differs from the stored one
};

// Everything an analysis needs, loaded once, and what it finds.
class Analysis {
public:
    Analysis(storage::Database &db, const ActingUser &user, const QDate &today, const ImportProgress &progress,
             qint64 progressTotal)
        : db_(db), user_(user), today_(today), progress_(progress), progressTotal_(progressTotal),
          orgs_(db, today), stored_(db)
    {
    }

    // False when cancelled.
    bool analyse(const tabular::Sheet &sheet, const ColumnMapping &mapping, DuplicateMode mode);
    // False when cancelled; throws StorageError on failure.
    bool write(DuplicateMode mode);

    ImportReport report;

private:
    bool tick(qint64 done)
    {
        return !progress_ || progress_(done, progressTotal_);
    }
    QString header(Col c) const
    {
        const int column = columns_[int(c)];
        return column >= 0 ? header_.value(column) : QString();
    }
    void problem(QList<ImportProblem> &to, int row, Col c, const QString &message) const
    {
        const QString column = header(c);
        if (!column.isEmpty())
            to.append({row, column, message});
        else // a column the mapping leaves out: the field's name tells where
            to.append({row, QString(),
                       importField(ImportKind::Members, QLatin1String(kFieldKeys[int(c)]))->label()
                           + QStringLiteral(": ") + message});
    }
    bool mayEdit(const Place &p);
    void noteUnknown(const QString &written);
    QString unknownName(OrganisationIndex::Role role, const QString &name, qint64 communeId) const;
    // The column a domain rule's field key points at in this file.
    Col columnOfRule(const QString &field, quint32 given) const;
    void addRuleErrors(const FieldErrors &errors, int row, quint32 given, quint32 bad, QList<ImportProblem> &to) const;
    Member merged(const Member &stored, const Member &file, quint32 given, DuplicateMode mode) const;
    void turnAwayHiddenDuplicates();

    storage::Database &db_;
    const ActingUser &user_;
    QDate today_;
    ImportProgress progress_;
    qint64 progressTotal_ = 0;
    OrganisationIndex orgs_;
    StoredMembers stored_;
    QStringList header_;
    int columns_[kColumns] = {};
    QHash<Place, bool> mayEdit_;
    QHash<QString, std::optional<Gender>> genders_;
    // Unknown or ambiguous organisations: folded → (as first written, rows).
    QHash<QString, QPair<QString, int>> unknown_;

    QList<Planned> inserts_;
    QList<Planned> duplicates_;
};

QString Analysis::unknownName(OrganisationIndex::Role role, const QString &name, qint64 communeId) const
{
    switch (role) {
    case OrganisationIndex::Role::Holding:
        return Tr::tr("No cell or workplace party organisation is named “%1”.").arg(name);
    case OrganisationIndex::Role::Commune: return Tr::tr("No commune-level committee is named “%1”.").arg(name);
    case OrganisationIndex::Role::ResidenceCell:
        if (const Outline *commune = orgs_.byId(communeId))
            return Tr::tr("No cell of %1 is named “%2”.").arg(commune->name, name);
        return Tr::tr("No cell of a commune is named “%1”.").arg(name);
    }
    return {};
}

bool Analysis::mayEdit(const Place &p)
{
    const auto it = mayEdit_.constFind(p);
    if (it != mayEdit_.cend())
        return *it;
    QStringList paths;
    for (qint64 id : {p.cellId, p.communeId, p.residenceCellId})
        if (const Outline *o = orgs_.byId(id))
            paths << o->path;
    const bool allowed = user_.may(Action::EditMembers, paths);
    mayEdit_.insert(p, allowed);
    return allowed;
}

void Analysis::noteUnknown(const QString &written)
{
    auto &entry = unknown_[nameKey(written)];
    if (entry.first.isEmpty())
        entry.first = written;
    ++entry.second;
}

Col Analysis::columnOfRule(const QString &field, quint32 given) const
{
    // The code column when the row named the organisation by code (or the file has no
    // name column), the name column otherwise.
    auto pick = [&](Col code, Col name) {
        if (columns_[int(code)] >= 0 && (given & bit(code) || columns_[int(name)] < 0))
            return code;
        return columns_[int(name)] >= 0 ? name : code;
    };
    static const QHash<QString, Col> plain = {
        {QStringLiteral("fullName"), Col::FullName},       {QStringLiteral("gender"), Col::Gender},
        {QStringLiteral("birthDate"), Col::BirthDate},     {QStringLiteral("cccd"), Col::Cccd},
        {QStringLiteral("partyCardNo"), Col::PartyCard},   {QStringLiteral("personalRecordNo"), Col::PersonalRecord},
        {QStringLiteral("admissionDate"), Col::AdmissionDate}, {QStringLiteral("officialDate"), Col::OfficialDate},
        {QStringLiteral("workplace"), Col::Workplace},     {QStringLiteral("position"), Col::Position},
        {QStringLiteral("phone"), Col::Phone},             {QStringLiteral("residenceAddress"), Col::ResidenceAddress},
        {QStringLiteral("notes"), Col::Notes}};
    if (field == QLatin1String("cellId"))
        return pick(Col::CellCode, Col::CellName);
    if (field == QLatin1String("residenceCommuneId"))
        return pick(Col::ResidenceCommuneCode, Col::ResidenceCommuneName);
    if (field == QLatin1String("residenceCellId"))
        return pick(Col::ResidenceCellCode, Col::ResidenceCellName);
    return plain.value(field, Col::Count);
}

void Analysis::addRuleErrors(const FieldErrors &errors, int row, quint32 given, quint32 bad,
                             QList<ImportProblem> &to) const
{
    for (const FieldError &e : errors) {
        const Col c = columnOfRule(e.field, given);
        if (c == Col::Count) {
            to.append({row, QString(), e.message});
            continue;
        }
        // A cell already reported as unreadable needs no second message ("required").
        const bool organisation = c == Col::CellCode || c == Col::CellName || c == Col::ResidenceCommuneCode
                                  || c == Col::ResidenceCommuneName || c == Col::ResidenceCellCode
                                  || c == Col::ResidenceCellName;
        const quint32 cellBits = c == Col::CellCode || c == Col::CellName ? bit(Col::CellCode) | bit(Col::CellName)
                                 : c == Col::ResidenceCommuneCode || c == Col::ResidenceCommuneName
                                     ? bit(Col::ResidenceCommuneCode) | bit(Col::ResidenceCommuneName)
                                     : bit(Col::ResidenceCellCode) | bit(Col::ResidenceCellName);
        if (organisation ? (bad & cellBits) : (bad & bit(c)))
            continue;
        problem(to, row, c, e.message);
    }
}

Member Analysis::merged(const Member &stored, const Member &file, quint32 given, DuplicateMode mode) const
{
    Member m = stored;
    const bool update = mode == DuplicateMode::Update;
    auto text = [&](Col c, QString Member::*field) {
        if ((given & bit(c)) && (update || (stored.*field).isEmpty()))
            m.*field = file.*field;
    };
    auto date = [&](Col c, QDate Member::*field) {
        if ((given & bit(c)) && (update || !(stored.*field).isValid()))
            m.*field = file.*field;
    };
    text(Col::FullName, &Member::fullName);
    if ((given & bit(Col::Gender)) && update) // never empty, so Fill leaves it
        m.gender = file.gender;
    date(Col::BirthDate, &Member::birthDate);
    text(Col::Cccd, &Member::cccd);
    text(Col::PartyCard, &Member::partyCardNo);
    text(Col::PersonalRecord, &Member::personalRecordNo);
    date(Col::AdmissionDate, &Member::admissionDate);
    date(Col::OfficialDate, &Member::officialDate);
    text(Col::Workplace, &Member::workplace);
    text(Col::Position, &Member::position);
    text(Col::Phone, &Member::phone);
    text(Col::ResidenceProvince, &Member::residenceProvince);
    text(Col::ResidenceAddress, &Member::residenceAddress);
    text(Col::Notes, &Member::notes);
    if ((given & kHolding) && (update || stored.cellId <= 0))
        m.cellId = file.cellId;
    if ((given & kCommune) && (update || stored.residenceCommuneId <= 0)) {
        // A cell of the commune the member no longer lives in cannot stay.
        if (m.residenceCommuneId != file.residenceCommuneId && !(given & kResidenceCell))
            m.residenceCellId = 0;
        m.residenceCommuneId = file.residenceCommuneId;
    }
    if ((given & kResidenceCell) && (update || stored.residenceCellId <= 0))
        m.residenceCellId = file.residenceCellId;
    return m;
}

bool sameValues(const Member &a, const Member &b)
{
    return a.fullName == b.fullName && a.gender == b.gender && a.birthDate == b.birthDate && a.cccd == b.cccd
           && a.partyCardNo == b.partyCardNo && a.personalRecordNo == b.personalRecordNo
           && a.admissionDate == b.admissionDate && a.officialDate == b.officialDate && a.cellId == b.cellId
           && a.workplace == b.workplace && a.position == b.position && a.phone == b.phone
           && a.residenceProvince == b.residenceProvince && a.residenceCommuneId == b.residenceCommuneId
           && a.residenceCellId == b.residenceCellId && a.residenceAddress == b.residenceAddress
           && a.notes == b.notes;
}

QString severalMessage(const QString &written, const QStringList &codes)
{
    constexpr qsizetype kShown = 5;
    QString list = QStringList(codes.mid(0, kShown)).join(QStringLiteral(", "));
    if (codes.size() > kShown)
        list += QStringLiteral(", …");
    return Tr::tr("“%1” names several organisations (%2): give the code.").arg(written, list);
}

bool Analysis::analyse(const tabular::Sheet &sheet, const ColumnMapping &mapping, DuplicateMode mode)
{
    header_ = sheet.header;
    for (int c = 0; c < kColumns; ++c)
        columns_[c] = mapping.columnOf(QLatin1String(kFieldKeys[c]));
    const qsizetype n = sheet.rows.size();
    report.total = int(n);
    report.fates.reserve(n);
    inserts_.reserve(n);

    // Rows already accepted, by what makes a member one: a later row with the same is Repeated.
    QHash<QString, int> rowOfCccd, rowOfCard;
    QHash<qint64, int> rowOfStored;
    rowOfCccd.reserve(n);
    rowOfCard.reserve(n);
    QList<qint64> mergeIds; // stored members to read whole for Update/Fill
    struct PendingMerge {
        qsizetype row;
        qint64 storedId;
        Member file;
        quint32 given;
    };
    QList<PendingMerge> pending;
    const MemberService::OrganisationFinder find = orgs_.finder();

    for (qsizetype i = 0; i < n; ++i) {
        if (i % 1000 == 0 && !tick(i))
            return false;
        const tabular::Row &row = sheet.rows.at(i);
        auto cell = [&](Col c) -> QString {
            const int column = columns_[int(c)];
            return column >= 0 && column < row.cells.size() ? row.cells.at(column) : QString();
        };
        QList<ImportProblem> problems;
        QList<ImportProblem> warnings;
        quint32 given = 0, bad = 0;
        auto fail = [&](Col c, const QString &message) {
            problem(problems, row.number, c, message);
            bad |= bit(c);
        };
        Member m;

        auto textField = [&](Col c, QString Member::*field) {
            m.*field = cleanText(cell(c));
            if (!(m.*field).isEmpty())
                given |= bit(c);
        };
        textField(Col::FullName, &Member::fullName);
        textField(Col::PersonalRecord, &Member::personalRecordNo);
        textField(Col::Workplace, &Member::workplace);
        textField(Col::Position, &Member::position);
        textField(Col::ResidenceProvince, &Member::residenceProvince);
        textField(Col::ResidenceAddress, &Member::residenceAddress);
        textField(Col::Notes, &Member::notes);
        // As MemberService::save keeps them: trimmed.
        m.partyCardNo = cell(Col::PartyCard).trimmed();
        if (!m.partyCardNo.isEmpty())
            given |= bit(Col::PartyCard);

        if (const QString g = cell(Col::Gender).trimmed(); !g.isEmpty()) {
            auto it = genders_.constFind(g);
            if (it == genders_.cend())
                it = genders_.insert(g, genderFrom(g));
            if (*it) {
                m.gender = **it;
                given |= bit(Col::Gender);
            } else {
                fail(Col::Gender, Tr::tr("not a gender (Nam or Nữ): %1").arg(g));
            }
        }

        auto dateField = [&](Col c, QDate Member::*field) {
            const QString text = cell(c).trimmed();
            if (text.isEmpty())
                return;
            if (const auto d = dateFromCell(text)) {
                m.*field = *d;
                given |= bit(c);
            } else {
                fail(c, Tr::tr("not a date (dd/MM/yyyy): %1").arg(text));
            }
        };
        dateField(Col::BirthDate, &Member::birthDate);
        dateField(Col::AdmissionDate, &Member::admissionDate);
        dateField(Col::OfficialDate, &Member::officialDate);

        // CCCD: digits only. A spreadsheet that took the number for a number dropped
        // its leading zero (every province code starts with 0) or, worse, showed it in
        // exponent form, which has lost the last digits.
        if (const QString written = cell(Col::Cccd).trimmed(); !written.isEmpty()) {
            if (written.contains(QLatin1Char('E'), Qt::CaseInsensitive) && written.contains(QLatin1Char('+'))) {
                fail(Col::Cccd, Tr::tr("a number in exponent form (%1) has lost its last digits: format the "
                                       "column as text and type the CCCD number again")
                                    .arg(written));
            } else {
                QString digits = written;
                if (!allDigits(digits))
                    digits.removeIf([](QChar c) { return c.isSpace() || c == u'.' || c == u'\''; });
                if (digits.size() == 11 && allDigits(digits)) {
                    digits.prepend(QLatin1Char('0'));
                    problem(warnings, row.number, Col::Cccd,
                            Tr::tr("%1 has 11 digits: the leading zero a spreadsheet dropped was restored (%2).")
                                .arg(written, digits));
                }
                m.cccd = digits;
                given |= bit(Col::Cccd);
            }
        }

        // Phone numbers suffer the same: a mobile number of 9 digits lost its 0.
        if (const QString written = cell(Col::Phone).trimmed(); !written.isEmpty()) {
            m.phone = written;
            if (written.size() == 9 && allDigits(written) && QStringLiteral("35789").contains(written.front())) {
                m.phone.prepend(QLatin1Char('0'));
                problem(warnings, row.number, Col::Phone,
                        Tr::tr("%1 has 9 digits: the leading zero a spreadsheet dropped was restored (%2).")
                            .arg(written, m.phone));
            }
            given |= bit(Col::Phone);
        }

        // Organisations: unknown or ambiguous ones are the row's problem and are listed.
        auto organisation = [&](OrganisationIndex::Role role, Col codeCol, Col nameCol, qint64 communeId) -> qint64 {
            const QString code = cell(codeCol).trimmed();
            const QString name = code.isEmpty() ? cleanText(cell(nameCol)) : QString();
            const OrgMatch match = orgs_.find(role, code, name, communeId);
            const Col at = code.isEmpty() ? nameCol : codeCol;
            switch (match.result) {
            case OrgMatch::Result::None: return 0;
            case OrgMatch::Result::Found: given |= bit(codeCol); return match.id;
            case OrgMatch::Result::Unknown:
                fail(at, code.isEmpty() ? unknownName(role, name, communeId)
                                        : Tr::tr("No organisation has the code %1.").arg(code));
                bad |= bit(codeCol) | bit(nameCol);
                noteUnknown(code.isEmpty() ? name : code);
                return 0;
            case OrgMatch::Result::Several:
                fail(at, severalMessage(name, match.codes));
                bad |= bit(codeCol) | bit(nameCol);
                noteUnknown(name);
                return 0;
            }
            return 0;
        };
        m.cellId = organisation(OrganisationIndex::Role::Holding, Col::CellCode, Col::CellName, 0);
        m.residenceCommuneId = organisation(OrganisationIndex::Role::Commune, Col::ResidenceCommuneCode,
                                            Col::ResidenceCommuneName, 0);
        const bool communeBad = bad & bit(Col::ResidenceCommuneCode);
        if (!communeBad) {
            m.residenceCellId = organisation(OrganisationIndex::Role::ResidenceCell, Col::ResidenceCellCode,
                                             Col::ResidenceCellName, m.residenceCommuneId);
            // The commune follows from the cell when the file does not say it.
            if (m.residenceCellId > 0 && m.residenceCommuneId <= 0)
                if (const Outline *cellOrg = orgs_.byId(m.residenceCellId))
                    if (const Outline *parent = orgs_.byId(cellOrg->parentId); parent && parent->level == OrgLevel::Commune) {
                        m.residenceCommuneId = parent->id;
                        given |= kCommune;
                    }
        }

        // Which stored member the row is: the same CCCD, else the same party card number.
        const storage::MemberIdentity *same = stored_.byCccd(m.cccd);
        if (!same)
            same = stored_.byCard(m.partyCardNo);

        RowFate fate = RowFate::New;
        if (!problems.isEmpty()) {
            fate = RowFate::Invalid;
        } else if (!same) {
            FieldErrors errors = validate(m, today_);
            // Only a new member needs every cell: a duplicate's empty cells leave the stored values.
            if (!(given & bit(Col::Gender)))
                errors.prepend({QStringLiteral("gender"), Tr::tr("The gender is required.")});
            MemberService::checkOrganisations(m, find, errors);
            addRuleErrors(errors, row.number, given, bad, problems);
            if (problems.isEmpty() && !mayEdit(placeOf(m)))
                problems.append({row.number, QString(), refusalMessage(Action::EditMembers)});
            fate = problems.isEmpty() ? RowFate::New : RowFate::Invalid;
        } else {
            fate = RowFate::Duplicate;
        }

        if (fate != RowFate::Invalid) {
            // The same member as an earlier row of the file.
            int earlier = -1;
            QString why;
            if (const auto it = rowOfCccd.constFind(m.cccd); !m.cccd.isEmpty() && it != rowOfCccd.cend()) {
                earlier = *it;
                why = Tr::tr("The same CCCD number as row %1.");
            } else if (const auto it2 = rowOfCard.constFind(m.partyCardNo);
                       !m.partyCardNo.isEmpty() && it2 != rowOfCard.cend()) {
                earlier = *it2;
                why = Tr::tr("The same party card number as row %1.");
            } else if (const auto it3 = same ? rowOfStored.constFind(same->id) : rowOfStored.cend();
                       it3 != rowOfStored.cend()) {
                earlier = *it3;
                why = Tr::tr("The same stored member as row %1.");
            }
            if (earlier >= 0) {
                fate = RowFate::Repeated;
                problems.append({row.number, QString(), why.arg(earlier)});
            } else {
                if (!m.cccd.isEmpty())
                    rowOfCccd.insert(m.cccd, row.number);
                if (!m.partyCardNo.isEmpty())
                    rowOfCard.insert(m.partyCardNo, row.number);
                if (same)
                    rowOfStored.insert(same->id, row.number);
            }
        }

        if (fate == RowFate::New) {
            if (stored_.hasNameAndBirth(text::fold(m.fullName), m.birthDate)) {
                ++report.possible;
                warnings.append({row.number, QString(),
                                 Tr::tr("A member with the same name and date of birth is already stored, with "
                                        "another CCCD number: check that this is not the same person.")});
            }
            inserts_.emplaceBack(Planned{i, row.number, std::move(m), true});
        } else if (fate == RowFate::Duplicate) {
            if (mode == DuplicateMode::Skip) {
                duplicates_.emplaceBack(Planned{i, row.number, Member(), false});
            } else {
                mergeIds << same->id;
                pending.emplaceBack(PendingMerge{i, same->id, std::move(m), given});
            }
        }
        report.fates.append(fate);
        if (fate == RowFate::Invalid || fate == RowFate::Repeated)
            report.problems += problems;
        else
            report.warnings += warnings;
    }

    // Update and Fill: the stored members read whole, merged, and checked as saved.
    if (!pending.isEmpty()) {
        QHash<qint64, Member> whole;
        for (Member &s : storage::MemberRepository(db_).byIds(mergeIds))
            whole.insert(s.id, std::move(s));
        for (PendingMerge &p : pending) {
            const tabular::Row &row = sheet.rows.at(p.row);
            const Member stored = whole.value(p.storedId);
            Member m = merged(stored, p.file, p.given, mode);
            FieldErrors errors = validate(m, today_);
            if (!hasErrorFor(errors, QStringLiteral("cccd")))
                if (const auto *other = stored_.byCccd(m.cccd); other && other->id != stored.id)
                    errors.append({QStringLiteral("cccd"), MemberService::cccdTakenMessage()});
            if (!m.partyCardNo.isEmpty() && !hasErrorFor(errors, QStringLiteral("partyCardNo")))
                if (const auto *other = stored_.byCard(m.partyCardNo); other && other->id != stored.id)
                    errors.append({QStringLiteral("partyCardNo"), MemberService::partyCardTakenMessage()});
            MemberService::checkOrganisations(m, find, errors);
            QList<ImportProblem> problems;
            addRuleErrors(errors, row.number, p.given, 0, problems);
            // Both where the member was and where the change puts it must be the user's.
            if (problems.isEmpty() && (!mayEdit(placeOf(stored)) || !mayEdit(placeOf(m))))
                problems.append({row.number, QString(), refusalMessage(Action::EditMembers)});
            if (!problems.isEmpty()) {
                report.fates[p.row] = RowFate::Invalid;
                report.problems += problems;
                report.warnings.removeIf([&](const ImportProblem &w) { return w.row == row.number; });
                continue;
            }
            const bool changed = !sameValues(m, stored);
            m.rowVersion = stored.rowVersion;
            duplicates_.emplaceBack(Planned{p.row, row.number, std::move(m), changed});
        }
        std::stable_sort(report.problems.begin(), report.problems.end(),
                  [](const ImportProblem &a, const ImportProblem &b) { return a.row < b.row; });
    }
    turnAwayHiddenDuplicates();

    for (RowFate f : std::as_const(report.fates)) {
        switch (f) {
        case RowFate::New: ++report.valid; break;
        case RowFate::Duplicate: ++report.duplicates; break;
        case RowFate::Invalid: ++report.invalid; break;
        case RowFate::Repeated: ++report.repeated; break;
        }
    }
    stored_.release();
    QMap<QString, QPair<QString, int>> sorted; // by sort key, so that the list reads in order
    for (auto it = unknown_.cbegin(); it != unknown_.cend(); ++it)
        sorted.insert(text::sortKey(it->first) + QLatin1Char('|') + it.key(), *it);
    for (const auto &[written, rows] : std::as_const(sorted))
        report.unknownOrganisations << Tr::tr("%1 (%n row(s))", nullptr, rows).arg(written);
    return tick(n);
}

// On a server, row-level security hides the members of organisations the account does
// not reach, so a new row may carry a CCCD or party card number such a member holds. It
// is turned away by row, as on a file, instead of failing the whole import on the
// unique index.
void Analysis::turnAwayHiddenDuplicates()
{
    if (!db_.isPostgres() || inserts_.isEmpty())
        return;
    QStringList cccds, cards;
    for (const Planned &p : std::as_const(inserts_)) {
        cccds << p.member.cccd;
        if (!p.member.partyCardNo.isEmpty())
            cards << p.member.partyCardNo;
    }
    const storage::StoredMemberKeys taken = storage::storedMemberKeys(db_, cccds, cards);
    if (taken.cccds.isEmpty() && taken.cards.isEmpty())
        return;
    QList<Planned> kept;
    kept.reserve(inserts_.size());
    for (Planned &p : inserts_) {
        QString message;
        QString column;
        if (taken.cccds.contains(p.member.cccd)) {
            column = header(Col::Cccd);
            message = Tr::tr("A member of an organisation outside your account's reach already has this CCCD "
                             "number: not imported.");
        } else if (!p.member.partyCardNo.isEmpty() && taken.cards.contains(p.member.partyCardNo)) {
            column = header(Col::PartyCard);
            message = Tr::tr("A member of an organisation outside your account's reach already has this party "
                             "card number: not imported.");
        } else {
            kept.append(std::move(p));
            continue;
        }
        report.fates[p.row] = RowFate::Invalid;
        report.problems.append({p.number, column, message});
        report.warnings.removeIf([&](const ImportProblem &w) { return w.row == p.number; });
        if (stored_.hasNameAndBirth(text::fold(p.member.fullName), p.member.birthDate))
            --report.possible; // its warning went with it
    }
    inserts_ = std::move(kept);
    std::stable_sort(report.problems.begin(), report.problems.end(),
                     [](const ImportProblem &a, const ImportProblem &b) { return a.row < b.row; });
}

bool Analysis::write(DuplicateMode mode)
{
    const qint64 rows = report.total;
    const qint64 newCount = inserts_.size();
    const qint64 work = std::max<qint64>(1, newCount + duplicates_.size());
    auto at = [&](qint64 done) { return rows + done * rows / work; };

    QList<Member> members;
    members.reserve(newCount);
    for (Planned &p : inserts_)
        members.append(std::move(p.member));
    inserts_ = {};
    storage::MemberRepository repo(db_);
    if (!repo.insertMany(members, [&](qsizetype done) { return tick(at(done)); }))
        return false;
    report.inserted = int(members.size());

    for (qsizetype k = 0; k < duplicates_.size(); ++k) {
        if (k % 1000 == 0 && !tick(at(newCount + k)))
            return false;
        Planned &p = duplicates_[k];
        if (mode == DuplicateMode::Skip) {
            ++report.skipped;
            ++report.unchanged;
            continue;
        }
        if (!p.changed) {
            ++report.unchanged;
            continue;
        }
        if (!repo.update(p.member))
            throw storage::StorageError(Tr::tr("A member (row %1) was changed by someone else during the import; "
                                               "nothing was imported. Try again.")
                                            .arg(p.number),
                                        QStringLiteral("member %1 row version %2").arg(p.member.id).arg(p.member.rowVersion));
        ++report.updated;
    }
    return tick(progressTotal_);
}

// What stops an import before any row is looked at; nullopt when nothing does.
std::optional<SaveOutcome> refusal(const ActingUser &user, const tabular::Sheet &sheet, const ColumnMapping &mapping)
{
    if (!user.may(Action::EditMembers))
        return SaveOutcome::denied(refusalMessage(Action::EditMembers));
    if (!sheet.ok())
        return invalidImport(sheet.error);
    if (mapping.kind != ImportKind::Members)
        return invalidImport(Tr::tr("This column mapping is for organisations, not members."));
    if (const QStringList problems = mapping.problems(); !problems.isEmpty())
        return invalidImport(problems.join(QLatin1Char('\n')));
    return std::nullopt;
}

ImportReport cancelledReport(const tabular::Sheet &sheet)
{
    ImportReport r;
    r.cancelled = true;
    r.total = int(sheet.rows.size());
    return r;
}

} // namespace

MemberImport::MemberImport(storage::Database &db, ActingUser user, QDate today)
    : db_(db), user_(std::move(user)), today_(today)
{
}

ImportReport MemberImport::preview(const tabular::Sheet &sheet, const ColumnMapping &mapping,
                                   const ImportOptions &options, const ImportProgress &progress) const
{
    ImportReport report;
    if (const auto refused = refusal(user_, sheet, mapping)) {
        report.outcome = *refused;
        return report;
    }
    try {
        Analysis analysis(db_, user_, today_, progress, sheet.rows.size());
        if (!analysis.analyse(sheet, mapping, options.mode))
            return cancelledReport(sheet);
        return analysis.report;
    } catch (const storage::StorageError &e) {
        spdlog::error("member import preview failed: {} ({})", e.userMessage().toStdString(), e.detail().toStdString());
        report.outcome = SaveOutcome::failed(e.userMessage());
        return report;
    }
}

ImportReport MemberImport::run(const tabular::Sheet &sheet, const ColumnMapping &mapping, const ImportOptions &options,
                               const ImportProgress &progress)
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
    const SaveOutcome outcome = inWriteTransaction(db_, user_, "member import", [&]() -> SaveOutcome {
        Analysis analysis(db_, user_, today_, progress, 2 * qint64(sheet.rows.size()));
        if (!analysis.analyse(sheet, mapping, options.mode)) {
            cancelled = true;
            return SaveOutcome::failed(QString()); // rolls back
        }
        report = analysis.report;
        if (!analysis.write(options.mode)) {
            cancelled = true;
            return SaveOutcome::failed(QString());
        }
        report = analysis.report;
        return {};
    });
    if (cancelled)
        return cancelledReport(sheet);
    if (!outcome.ok()) {
        // Nothing was written: the analysis stands, the write counts do not.
        report.inserted = report.updated = report.unchanged = report.skipped = 0;
        report.outcome = outcome;
        return report;
    }
    report.written = true;
    spdlog::info("members imported from {} by {}: {} inserted, {} updated, {} rejected", sheet.fileName.toStdString(),
                 user_.name.toStdString(), report.inserted, report.updated, report.rejected());
    return report;
}

} // namespace cutru
