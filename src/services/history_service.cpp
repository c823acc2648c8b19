#include "services/history_service.h"

#include "domain/access.h"
#include "domain/codes.h"
#include "domain/vietnamese_text.h"
#include "services/member_service.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <spdlog/spdlog.h>

namespace cutru {

// The context is declared, not passed, so that lupdate files the strings under it
// (a free tr() would land in the enclosing namespace's or class's context).
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cutru::HistoryService)
};

const char *const kContext = "cutru::HistoryService";

// How a column's values are shown.
enum class Kind {
    Text,
    Number,
    Date,         // yyyy-MM-dd → dd/MM/yyyy
    Time,         // UTC ISO timestamp → local dd/MM/yyyy HH:mm:ss
    Organisation, // id → current name
    Member,       // id → current full name
    YesNo,
    Gender,
    Level,
    OrganisationKind, // needs the row's level
    MeetingKind,
    Attendance,
    Exemption,
    EndReason,
    Role,
    Conclusion,
    RequestReason,
    ProblemCategory,
    ProblemStatus,
};

struct FieldInfo {
    const char *table;  // nullptr: any table
    const char *column;
    const char *label;  // translated in kContext
    Kind kind;
};

// Table-specific entries first: the first match wins.
const FieldInfo kFields[] = {
    {"organisations", "kind", QT_TRANSLATE_NOOP("cutru::HistoryService", "Kind"), Kind::OrganisationKind},
    {"meetings", "kind", QT_TRANSLATE_NOOP("cutru::HistoryService", "Kind"), Kind::MeetingKind},
    {"database_events", "kind", QT_TRANSLATE_NOOP("cutru::HistoryService", "Event"), Kind::Text},
    {"annual_comments", "received_date", QT_TRANSLATE_NOOP("cutru::HistoryService", "Date received back"), Kind::Date},
    {"annual_comments", "cell_id", QT_TRANSLATE_NOOP("cutru::HistoryService", "Residence cell"), Kind::Organisation},
    {"comment_requests", "reason", QT_TRANSLATE_NOOP("cutru::HistoryService", "Reason for the request"), Kind::RequestReason},
    {"liaison_problems", "status", QT_TRANSLATE_NOOP("cutru::HistoryService", "Status"), Kind::ProblemStatus},
    {"liaison_problems", "text", QT_TRANSLATE_NOOP("cutru::HistoryService", "Problem"), Kind::Text},
    {"liaison_visits", "cell_id", QT_TRANSLATE_NOOP("cutru::HistoryService", "Cell visited"), Kind::Organisation},
    {"liaison_cadres", "organisation", QT_TRANSLATE_NOOP("cutru::HistoryService", "Organisation"), Kind::Text},
    {"liaison_assignments", "organisation_id", QT_TRANSLATE_NOOP("cutru::HistoryService", "Assigned to"), Kind::Organisation},

    {nullptr, "id", QT_TRANSLATE_NOOP("cutru::HistoryService", "Id"), Kind::Number},
    {nullptr, "row_version", QT_TRANSLATE_NOOP("cutru::HistoryService", "Version"), Kind::Number},
    {nullptr, "full_name", QT_TRANSLATE_NOOP("cutru::HistoryService", "Full name"), Kind::Text},
    {nullptr, "gender", QT_TRANSLATE_NOOP("cutru::HistoryService", "Gender"), Kind::Gender},
    {nullptr, "birth_date", QT_TRANSLATE_NOOP("cutru::HistoryService", "Date of birth"), Kind::Date},
    {nullptr, "cccd", QT_TRANSLATE_NOOP("cutru::HistoryService", "CCCD"), Kind::Text},
    {nullptr, "party_card_no", QT_TRANSLATE_NOOP("cutru::HistoryService", "Party card number"), Kind::Text},
    {nullptr, "personal_record_no", QT_TRANSLATE_NOOP("cutru::HistoryService", "Personal record number"), Kind::Text},
    {nullptr, "admission_date", QT_TRANSLATE_NOOP("cutru::HistoryService", "Admission date"), Kind::Date},
    {nullptr, "official_date", QT_TRANSLATE_NOOP("cutru::HistoryService", "Official membership date"), Kind::Date},
    {nullptr, "cell_id", QT_TRANSLATE_NOOP("cutru::HistoryService", "Cell"), Kind::Organisation},
    {nullptr, "workplace", QT_TRANSLATE_NOOP("cutru::HistoryService", "Workplace"), Kind::Text},
    {nullptr, "position", QT_TRANSLATE_NOOP("cutru::HistoryService", "Position"), Kind::Text},
    {nullptr, "phone", QT_TRANSLATE_NOOP("cutru::HistoryService", "Phone"), Kind::Text},
    {nullptr, "residence_province", QT_TRANSLATE_NOOP("cutru::HistoryService", "Residence province"), Kind::Text},
    {nullptr, "residence_commune_id", QT_TRANSLATE_NOOP("cutru::HistoryService", "Residence commune"), Kind::Organisation},
    {nullptr, "residence_cell_id", QT_TRANSLATE_NOOP("cutru::HistoryService", "Residence cell"), Kind::Organisation},
    {nullptr, "residence_address", QT_TRANSLATE_NOOP("cutru::HistoryService", "Residence address"), Kind::Text},
    {nullptr, "notes", QT_TRANSLATE_NOOP("cutru::HistoryService", "Notes"), Kind::Text},
    {"members", "not_referred", QT_TRANSLATE_NOOP("cutru::HistoryService", "Not to be referred"), Kind::YesNo},
    {"members", "not_referred_reason", QT_TRANSLATE_NOOP("cutru::HistoryService", "Why not referred"), Kind::Text},
    {nullptr, "organisation_id", QT_TRANSLATE_NOOP("cutru::HistoryService", "Organisation"), Kind::Organisation},
    {nullptr, "parent_id", QT_TRANSLATE_NOOP("cutru::HistoryService", "Parent organisation"), Kind::Organisation},
    {nullptr, "level", QT_TRANSLATE_NOOP("cutru::HistoryService", "Level"), Kind::Level},
    {nullptr, "kind", QT_TRANSLATE_NOOP("cutru::HistoryService", "Kind"), Kind::Text},
    {nullptr, "code", QT_TRANSLATE_NOOP("cutru::HistoryService", "Code"), Kind::Text},
    {nullptr, "name", QT_TRANSLATE_NOOP("cutru::HistoryService", "Name"), Kind::Text},
    {nullptr, "valid_from", QT_TRANSLATE_NOOP("cutru::HistoryService", "Valid from"), Kind::Date},
    {nullptr, "valid_to", QT_TRANSLATE_NOOP("cutru::HistoryService", "Valid to"), Kind::Date},
    {nullptr, "member_id", QT_TRANSLATE_NOOP("cutru::HistoryService", "Member"), Kind::Member},
    {nullptr, "issuing_org_id", QT_TRANSLATE_NOOP("cutru::HistoryService", "Issuing organisation"), Kind::Organisation},
    {nullptr, "letter_year", QT_TRANSLATE_NOOP("cutru::HistoryService", "Letter year"), Kind::Number},
    {nullptr, "letter_no", QT_TRANSLATE_NOOP("cutru::HistoryService", "Letter number"), Kind::Number},
    {nullptr, "issue_date", QT_TRANSLATE_NOOP("cutru::HistoryService", "Issue date"), Kind::Date},
    {nullptr, "to_commune_id", QT_TRANSLATE_NOOP("cutru::HistoryService", "Receiving commune"), Kind::Organisation},
    {nullptr, "external_committee", QT_TRANSLATE_NOOP("cutru::HistoryService", "Committee outside the province"), Kind::Text},
    {nullptr, "external_address", QT_TRANSLATE_NOOP("cutru::HistoryService", "Address outside the province"), Kind::Text},
    {nullptr, "received_date", QT_TRANSLATE_NOOP("cutru::HistoryService", "Date received"), Kind::Date},
    {nullptr, "assigned_cell_id", QT_TRANSLATE_NOOP("cutru::HistoryService", "Assigned cell"), Kind::Organisation},
    {nullptr, "assigned_date", QT_TRANSLATE_NOOP("cutru::HistoryService", "Date assigned"), Kind::Date},
    {nullptr, "exempt", QT_TRANSLATE_NOOP("cutru::HistoryService", "Exempt"), Kind::YesNo},
    {nullptr, "exemption_reason", QT_TRANSLATE_NOOP("cutru::HistoryService", "Exemption reason"), Kind::Exemption},
    {nullptr, "exempt_from", QT_TRANSLATE_NOOP("cutru::HistoryService", "Exempt from"), Kind::Date},
    {nullptr, "exempt_to", QT_TRANSLATE_NOOP("cutru::HistoryService", "Exempt until"), Kind::Date},
    {nullptr, "ended_date", QT_TRANSLATE_NOOP("cutru::HistoryService", "Date ended"), Kind::Date},
    {nullptr, "end_reason", QT_TRANSLATE_NOOP("cutru::HistoryService", "End reason"), Kind::EndReason},
    {nullptr, "end_note", QT_TRANSLATE_NOOP("cutru::HistoryService", "End note"), Kind::Text},
    {nullptr, "meeting_date", QT_TRANSLATE_NOOP("cutru::HistoryService", "Meeting date"), Kind::Date},
    {nullptr, "venue", QT_TRANSLATE_NOOP("cutru::HistoryService", "Venue"), Kind::Text},
    {nullptr, "venue_capacity", QT_TRANSLATE_NOOP("cutru::HistoryService", "Venue capacity"), Kind::Number},
    {nullptr, "agenda_items", QT_TRANSLATE_NOOP("cutru::HistoryService", "Agenda items"), Kind::Text},
    {nullptr, "agenda_notes", QT_TRANSLATE_NOOP("cutru::HistoryService", "Agenda notes"), Kind::Text},
    {nullptr, "minutes", QT_TRANSLATE_NOOP("cutru::HistoryService", "Minutes"), Kind::Text},
    {nullptr, "chaired_by", QT_TRANSLATE_NOOP("cutru::HistoryService", "Chaired by"), Kind::Text},
    {nullptr, "guests", QT_TRANSLATE_NOOP("cutru::HistoryService", "Guests"), Kind::Number},
    {nullptr, "meeting_id", QT_TRANSLATE_NOOP("cutru::HistoryService", "Meeting"), Kind::Number},
    {nullptr, "status", QT_TRANSLATE_NOOP("cutru::HistoryService", "Attendance"), Kind::Attendance},
    {nullptr, "reason", QT_TRANSLATE_NOOP("cutru::HistoryService", "Reason"), Kind::Text},
    {nullptr, "referral_id", QT_TRANSLATE_NOOP("cutru::HistoryService", "Referral"), Kind::Number},
    {nullptr, "year", QT_TRANSLATE_NOOP("cutru::HistoryService", "Year"), Kind::Number},
    {nullptr, "text", QT_TRANSLATE_NOOP("cutru::HistoryService", "Comment"), Kind::Text},
    {nullptr, "written_date", QT_TRANSLATE_NOOP("cutru::HistoryService", "Date written"), Kind::Date},
    {nullptr, "sent_date", QT_TRANSLATE_NOOP("cutru::HistoryService", "Date sent"), Kind::Date},
    {nullptr, "assigned_org_id", QT_TRANSLATE_NOOP("cutru::HistoryService", "Assigned organisation"), Kind::Organisation},
    {nullptr, "cadre_id", QT_TRANSLATE_NOOP("cutru::HistoryService", "Liaison cadre"), Kind::Number},
    {nullptr, "commune_id", QT_TRANSLATE_NOOP("cutru::HistoryService", "Commune"), Kind::Organisation},
    {nullptr, "visit_date", QT_TRANSLATE_NOOP("cutru::HistoryService", "Visit date"), Kind::Date},
    {nullptr, "problems", QT_TRANSLATE_NOOP("cutru::HistoryService", "Problems"), Kind::Text},
    {nullptr, "resolved", QT_TRANSLATE_NOOP("cutru::HistoryService", "Resolved"), Kind::YesNo},
    {nullptr, "resolved_date", QT_TRANSLATE_NOOP("cutru::HistoryService", "Date resolved"), Kind::Date},
    {nullptr, "citizen_conduct", QT_TRANSLATE_NOOP("cutru::HistoryService", "Conduct as a citizen"), Kind::Text},
    {nullptr, "meeting_participation", QT_TRANSLATE_NOOP("cutru::HistoryService", "Taking part in meetings"), Kind::Text},
    {nullptr, "meetings_held", QT_TRANSLATE_NOOP("cutru::HistoryService", "Meetings held"), Kind::Number},
    {nullptr, "meetings_attended", QT_TRANSLATE_NOOP("cutru::HistoryService", "Meetings attended"), Kind::Number},
    {nullptr, "meetings_excused", QT_TRANSLATE_NOOP("cutru::HistoryService", "Meetings missed with a reason"), Kind::Number},
    {nullptr, "community_relations", QT_TRANSLATE_NOOP("cutru::HistoryService", "Relations with neighbours and the community"), Kind::Text},
    {nullptr, "other_remarks", QT_TRANSLATE_NOOP("cutru::HistoryService", "Other remarks"), Kind::Text},
    {nullptr, "conclusion", QT_TRANSLATE_NOOP("cutru::HistoryService", "Conclusion"), Kind::Conclusion},
    {nullptr, "drafted_date", QT_TRANSLATE_NOOP("cutru::HistoryService", "Date drafted"), Kind::Date},
    {nullptr, "signed_date", QT_TRANSLATE_NOOP("cutru::HistoryService", "Date signed"), Kind::Date},
    {nullptr, "signed_by", QT_TRANSLATE_NOOP("cutru::HistoryService", "Signed by"), Kind::Text},
    {nullptr, "signer_title", QT_TRANSLATE_NOOP("cutru::HistoryService", "Signer's title"), Kind::Text},
    {nullptr, "note", QT_TRANSLATE_NOOP("cutru::HistoryService", "Note"), Kind::Text},
    {nullptr, "requested_date", QT_TRANSLATE_NOOP("cutru::HistoryService", "Date requested"), Kind::Date},
    {nullptr, "requested_by_org_id", QT_TRANSLATE_NOOP("cutru::HistoryService", "Requested by"), Kind::Organisation},
    {nullptr, "visit_id", QT_TRANSLATE_NOOP("cutru::HistoryService", "Visit"), Kind::Number},
    {nullptr, "category", QT_TRANSLATE_NOOP("cutru::HistoryService", "Category"), Kind::ProblemCategory},
    {nullptr, "resolution", QT_TRANSLATE_NOOP("cutru::HistoryService", "Resolution"), Kind::Text},
    {nullptr, "username", QT_TRANSLATE_NOOP("cutru::HistoryService", "Username"), Kind::Text},
    {nullptr, "password_changed_at", QT_TRANSLATE_NOOP("cutru::HistoryService", "Password changed"), Kind::Time},
    {nullptr, "must_change_password", QT_TRANSLATE_NOOP("cutru::HistoryService", "Must change password"), Kind::YesNo},
    {nullptr, "active", QT_TRANSLATE_NOOP("cutru::HistoryService", "Active"), Kind::YesNo},
    {nullptr, "locked_until", QT_TRANSLATE_NOOP("cutru::HistoryService", "Locked until"), Kind::Time},
    {nullptr, "last_sign_in", QT_TRANSLATE_NOOP("cutru::HistoryService", "Last sign-in"), Kind::Time},
    {nullptr, "account_id", QT_TRANSLATE_NOOP("cutru::HistoryService", "Account"), Kind::Number},
    {nullptr, "role", QT_TRANSLATE_NOOP("cutru::HistoryService", "Role"), Kind::Role},
    {nullptr, "happened_at", QT_TRANSLATE_NOOP("cutru::HistoryService", "Time"), Kind::Time},
    {nullptr, "detail", QT_TRANSLATE_NOOP("cutru::HistoryService", "Detail"), Kind::Text},
};

const FieldInfo *fieldInfo(const QString &table, const QString &column)
{
    for (const auto &f : kFields)
        if ((!f.table || table == QLatin1String(f.table)) && column == QLatin1String(f.column))
            return &f;
    return nullptr;
}

struct TableInfo {
    const char *name;
    const char *label;
    // The logged columns in table order (display order of the fields; columns not
    // listed follow in name order).
    const char *columns;
};

const TableInfo kTables[] = {
    {"members", QT_TRANSLATE_NOOP("cutru::HistoryService", "Members"),
     "full_name gender birth_date cccd party_card_no personal_record_no admission_date official_date cell_id "
     "workplace position phone residence_province residence_commune_id residence_cell_id residence_address notes"},
    {"organisations", QT_TRANSLATE_NOOP("cutru::HistoryService", "Organisations"),
     "parent_id level kind code name valid_from valid_to"},
    {"organisation_placements", QT_TRANSLATE_NOOP("cutru::HistoryService", "Organisation placements"),
     "organisation_id parent_id name valid_from valid_to"},
    {"referrals", QT_TRANSLATE_NOOP("cutru::HistoryService", "Referrals"),
     "member_id issuing_org_id letter_year letter_no issue_date to_commune_id external_committee external_address "
     "received_date assigned_cell_id assigned_date exempt exemption_reason exempt_from exempt_to ended_date "
     "end_reason end_note"},
    {"meetings", QT_TRANSLATE_NOOP("cutru::HistoryService", "Meetings"),
     "cell_id meeting_date kind venue venue_capacity agenda_items agenda_notes minutes chaired_by guests"},
    {"attendance", QT_TRANSLATE_NOOP("cutru::HistoryService", "Attendance"), "meeting_id member_id status reason"},
    {"annual_comments", QT_TRANSLATE_NOOP("cutru::HistoryService", "Annual comments"),
     "member_id referral_id cell_id year citizen_conduct meeting_participation meetings_held meetings_attended "
     "meetings_excused community_relations other_remarks conclusion drafted_date signed_date signed_by signer_title "
     "sent_date received_date text written_date"},
    {"comment_requests", QT_TRANSLATE_NOOP("cutru::HistoryService", "Comment requests"),
     "member_id year reason note requested_date requested_by_org_id"},
    {"liaison_cadres", QT_TRANSLATE_NOOP("cutru::HistoryService", "Liaison cadres"),
     "full_name position organisation phone assigned_org_id"},
    {"liaison_assignments", QT_TRANSLATE_NOOP("cutru::HistoryService", "Liaison assignments"),
     "cadre_id organisation_id valid_from valid_to"},
    {"liaison_visits", QT_TRANSLATE_NOOP("cutru::HistoryService", "Liaison visits"),
     "cadre_id commune_id cell_id meeting_id visit_date notes problems resolved resolved_date"},
    {"liaison_problems", QT_TRANSLATE_NOOP("cutru::HistoryService", "Liaison problems"),
     "visit_id category text status resolution resolved_date"},
    {"accounts", QT_TRANSLATE_NOOP("cutru::HistoryService", "Accounts"),
     "username full_name password_changed_at must_change_password active locked_until last_sign_in"},
    {"account_roles", QT_TRANSLATE_NOOP("cutru::HistoryService", "Account roles"), "account_id role organisation_id"},
    {"database_events", QT_TRANSLATE_NOOP("cutru::HistoryService", "Database events"), "happened_at kind detail"},
};

const TableInfo *tableInfo(const QString &table)
{
    for (const auto &t : kTables)
        if (table == QLatin1String(t.name))
            return &t;
    return nullptr;
}

// The columns worth showing, in table order: never the id (it is the record
// column) nor row_version (bumped by every change).
QStringList orderedColumns(const QString &table, const QJsonObject &a, const QJsonObject &b)
{
    QStringList out;
    QSet<QString> present;
    for (const QJsonObject *o : {&a, &b})
        for (auto it = o->begin(); it != o->end(); ++it)
            present.insert(it.key());
    present.remove(QStringLiteral("id"));
    present.remove(QStringLiteral("row_version"));
    if (const TableInfo *t = tableInfo(table))
        for (const QString &c : QString::fromLatin1(t->columns).split(QLatin1Char(' ')))
            if (present.remove(c))
                out << c;
    QStringList rest(present.begin(), present.end());
    std::sort(rest.begin(), rest.end());
    return out + rest;
}

QJsonObject parse(const QString &json)
{
    if (json.isEmpty())
        return {};
    return QJsonDocument::fromJson(json.toUtf8()).object();
}

QString plain(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined: return {};
    case QJsonValue::Bool: return v.toBool() ? Tr::tr("Yes") : Tr::tr("No");
    case QJsonValue::Double: {
        const double d = v.toDouble();
        if (d == static_cast<double>(static_cast<qint64>(d)))
            return QString::number(static_cast<qint64>(d));
        return QString::number(d);
    }
    case QJsonValue::String: return v.toString();
    default: return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
    }
}

qint64 idValue(const QJsonValue &v)
{
    if (v.isDouble())
        return static_cast<qint64>(v.toDouble());
    if (v.isString())
        return v.toString().toLongLong();
    return 0;
}

QString dateText(const QString &iso)
{
    const QDate d = QDate::fromString(iso, Qt::ISODate);
    return d.isValid() ? d.toString(QStringLiteral("dd/MM/yyyy")) : iso;
}

QString timeText(const QString &iso)
{
    QDateTime t = QDateTime::fromString(iso, Qt::ISODateWithMs);
    if (!t.isValid())
        return iso;
    if (t.timeSpec() == Qt::LocalTime)
        t.setTimeSpec(Qt::UTC); // stored times are UTC
    return HistoryService::formatTime(t);
}

const QRegularExpression &isoDatePattern()
{
    static const QRegularExpression re(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    return re;
}
const QRegularExpression &isoTimePattern()
{
    static const QRegularExpression re(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?Z$"));
    return re;
}

template <typename E> QString codeLabel(const QString &c)
{
    if (const auto v = fromCode<E>(c))
        return label(*v);
    return c;
}

// Long texts (minutes, notes) stay readable in one line of the summary.
QString shortened(const QString &s)
{
    constexpr int kMax = 40;
    QString one = s;
    one.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return one.size() <= kMax ? one : one.left(kMax - 1) + QChar(0x2026);
}

bool isNameless(const QString &actor)
{
    return actor == QLatin1String("system") || actor.startsWith(QLatin1String("local:"));
}

} // namespace

void HistoryNames::merge(const HistoryNames &other)
{
    accountFullNames.insert(other.accountFullNames);
    organisations.insert(other.organisations);
    members.insert(other.members);
}

HistoryService::HistoryService(const storage::Database &db, ActingUser user) : db_(db), user_(std::move(user))
{
    // A view of the whole log: identifiers shown only to whom may see them everywhere.
    showCccd_ = user_.may(Action::ViewPersonalIdentifiers, QStringList());
    showPhone_ = user_.may(Action::ViewPhoneNumbers, QStringList());
}

void HistoryService::requireRead() const
{
    if (!mayRead())
        throw AccessDenied(refusalMessage(Action::ReadHistory));
}

qint64 HistoryService::count(const HistoryFilter &filter) const
{
    requireRead();
    return storage::ChangeLogRepository(db_).count(storageFilter(filter));
}

QList<storage::ChangeLogEntry> HistoryService::page(const HistoryFilter &filter, qint64 beforeId, int limit) const
{
    requireRead();
    QList<storage::ChangeLogEntry> entries =
        storage::ChangeLogRepository(db_).page(storageFilter(filter), beforeId, limit);
    if (!showCccd_ || !showPhone_)
        for (auto &e : entries)
            mask(e, showCccd_, showPhone_);
    return entries;
}

QList<HistoryEntry> HistoryService::describedPage(const HistoryFilter &filter, qint64 beforeId, int limit) const
{
    return describe(&db_, page(filter, beforeId, limit));
}

QList<QPair<QString, QString>> HistoryService::actorChoices() const
{
    requireRead();
    const QStringList actors = storage::ChangeLogRepository(db_).actors();
    const HistoryNames names = namesForActors(&db_, actors);
    QList<QPair<QString, QString>> out;
    for (const QString &a : actors)
        out.append({a, actorLabel(a, names)});
    std::stable_sort(out.begin(), out.end(), [](const auto &x, const auto &y) {
        return text::sortKey(x.second) < text::sortKey(y.second);
    });
    return out;
}

QList<QPair<QString, QString>> HistoryService::tableChoices() const
{
    requireRead();
    QList<QPair<QString, QString>> out;
    for (const QString &t : storage::ChangeLogRepository(db_).tables())
        out.append({t, tableLabel(t)});
    std::stable_sort(out.begin(), out.end(), [](const auto &x, const auto &y) {
        return text::sortKey(x.second) < text::sortKey(y.second);
    });
    return out;
}

storage::ChangeLogFilter HistoryService::storageFilter(const HistoryFilter &f)
{
    storage::ChangeLogFilter s;
    s.actor = f.actor;
    s.table = f.table;
    s.rowId = f.rowId;
    if (f.from.isValid())
        s.from = f.from.startOfDay().toUTC();
    if (f.to.isValid())
        s.until = f.to.addDays(1).startOfDay().toUTC();
    return s;
}

void HistoryService::mask(storage::ChangeLogEntry &entry, bool showCccd, bool showPhone)
{
    if (showCccd && showPhone)
        return;
    auto maskJson = [&](QString &json) {
        if (json.isEmpty())
            return;
        QJsonObject o = parse(json);
        bool changed = false;
        const QString cccd = QStringLiteral("cccd"), phone = QStringLiteral("phone");
        if (!showCccd && o.value(cccd).isString()) {
            o.insert(cccd, MemberService::maskCccd(o.value(cccd).toString()));
            changed = true;
        }
        if (!showPhone && o.value(phone).isString()) {
            o.insert(phone, MemberService::maskPhone(o.value(phone).toString()));
            changed = true;
        }
        if (changed)
            json = QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
    };
    maskJson(entry.oldValues);
    maskJson(entry.newValues);
}

HistoryNames HistoryService::namesForActors(const storage::Database *db, const QStringList &actors)
{
    HistoryNames names;
    if (!db)
        return names;
    QStringList usernames;
    for (const QString &a : actors)
        if (!isNameless(a) && !usernames.contains(a))
            usernames << a;
    if (usernames.isEmpty())
        return names;
    try {
        names.accountFullNames = storage::ChangeLogRepository(*db).accountFullNames(usernames);
    } catch (const storage::StorageError &e) {
        // The names only decorate the log: show the usernames rather than nothing.
        spdlog::warn("history: account names not read: {}", e.detail().toStdString());
    }
    return names;
}

HistoryNames HistoryService::namesFor(const storage::Database *db, const QList<storage::ChangeLogEntry> &entries)
{
    if (!db)
        return {};
    QStringList actors;
    QList<qint64> organisations, members;
    for (const auto &e : entries) {
        actors << e.actor;
        for (const QString *json : {&e.oldValues, &e.newValues}) {
            const QJsonObject o = parse(*json);
            for (auto it = o.begin(); it != o.end(); ++it) {
                const FieldInfo *f = fieldInfo(e.table, it.key());
                if (!f)
                    continue;
                const qint64 id = idValue(it.value());
                if (id <= 0)
                    continue;
                if (f->kind == Kind::Organisation)
                    organisations << id;
                else if (f->kind == Kind::Member)
                    members << id;
            }
        }
    }
    HistoryNames names = namesForActors(db, actors);
    try {
        const storage::ChangeLogRepository repo(*db);
        if (!organisations.isEmpty())
            names.organisations = repo.organisationNames(organisations);
        if (!members.isEmpty())
            names.members = repo.memberNames(members);
    } catch (const storage::StorageError &e) {
        spdlog::warn("history: names not read: {}", e.detail().toStdString());
    }
    return names;
}

QString HistoryService::formatTime(const QDateTime &utc)
{
    return utc.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm:ss"));
}

QString HistoryService::actorLabel(const QString &actor, const HistoryNames &names)
{
    if (actor == QLatin1String("system"))
        return Tr::tr("system");
    if (actor.startsWith(QLatin1String("local:")))
        return Tr::tr("local administrator (%1)").arg(actor.mid(6));
    const QString fullName = names.accountFullNames.value(actor);
    if (!fullName.isEmpty())
        return Tr::tr("%1 (%2)", "full name (username)").arg(fullName, actor);
    return actor;
}

QString HistoryService::tableLabel(const QString &table)
{
    if (const TableInfo *t = tableInfo(table))
        return QCoreApplication::translate(kContext, t->label);
    return table;
}

QString HistoryService::actionLabel(const QString &action)
{
    if (action == QLatin1String("insert"))
        return Tr::tr("Created");
    if (action == QLatin1String("update"))
        return Tr::tr("Changed");
    if (action == QLatin1String("delete"))
        return Tr::tr("Deleted");
    return action;
}

QString HistoryService::fieldLabel(const QString &table, const QString &field)
{
    if (const FieldInfo *f = fieldInfo(table, field))
        return QCoreApplication::translate(kContext, f->label);
    return field;
}

QString HistoryService::formatValue(const QString &table, const QString &field, const QJsonValue &value,
                                    const QJsonObject &row, const HistoryNames &names)
{
    if (value.isNull() || value.isUndefined())
        return {};
    const QString text = plain(value);
    const FieldInfo *f = fieldInfo(table, field);
    if (!f) {
        // Unknown columns: dates and times still read as such.
        if (value.isString() && isoDatePattern().match(text).hasMatch())
            return dateText(text);
        if (value.isString() && isoTimePattern().match(text).hasMatch())
            return timeText(text);
        return text;
    }
    switch (f->kind) {
    case Kind::Text:
    case Kind::Number: return text;
    case Kind::Date: return dateText(text);
    case Kind::Time: return timeText(text);
    case Kind::Organisation: {
        const qint64 id = idValue(value);
        const QString name = names.organisations.value(id);
        return name.isEmpty() ? QStringLiteral("#%1").arg(id) : name;
    }
    case Kind::Member: {
        const qint64 id = idValue(value);
        const QString name = names.members.value(id);
        return name.isEmpty() ? QStringLiteral("#%1").arg(id) : name;
    }
    case Kind::YesNo:
        if (value.isBool())
            return text;
        return idValue(value) != 0 ? Tr::tr("Yes") : Tr::tr("No");
    case Kind::Gender: return codeLabel<Gender>(text);
    case Kind::Level: return codeLabel<OrgLevel>(text);
    case Kind::OrganisationKind:
        if (const auto level = fromCode<OrgLevel>(row.value(QStringLiteral("level")).toString()))
            return kindLabel(*level, text);
        return text;
    case Kind::MeetingKind: return codeLabel<MeetingKind>(text);
    case Kind::Attendance: return codeLabel<AttendanceStatus>(text);
    case Kind::Exemption: return codeLabel<ExemptionReason>(text);
    case Kind::EndReason: return codeLabel<ReferralEndReason>(text);
    case Kind::Conclusion: return codeLabel<CommentConclusion>(text);
    case Kind::RequestReason: return codeLabel<CommentRequestReason>(text);
    case Kind::ProblemCategory: return codeLabel<ProblemCategory>(text);
    case Kind::ProblemStatus: return codeLabel<ProblemStatus>(text);
    case Kind::Role:
        if (const auto r = roleFromCode(text))
            return label(*r);
        return text;
    }
    return text;
}

QList<FieldChange> HistoryService::changes(const storage::ChangeLogEntry &entry, const HistoryNames &names)
{
    const QJsonObject before = parse(entry.oldValues);
    const QJsonObject after = parse(entry.newValues);
    const bool update = !before.isEmpty() && !after.isEmpty();
    QList<FieldChange> out;
    for (const QString &column : orderedColumns(entry.table, before, after)) {
        const QJsonValue o = before.value(column);
        const QJsonValue n = after.value(column);
        if (update && o == n)
            continue;
        FieldChange c;
        c.field = column;
        c.label = fieldLabel(entry.table, column);
        c.oldValue = formatValue(entry.table, column, o, before, names);
        c.newValue = formatValue(entry.table, column, n, after, names);
        // A created or deleted row: its filled fields only.
        if (!update && c.oldValue.isEmpty() && c.newValue.isEmpty())
            continue;
        out.append(c);
    }
    return out;
}

QString HistoryService::summary(const QString &action, const QList<FieldChange> &changes)
{
    constexpr int kMaxFields = 8;
    const QString arrow = QStringLiteral(" \u2192 ");
    QStringList parts;
    for (const FieldChange &c : changes) {
        if (parts.size() == kMaxFields) {
            parts << QString(QChar(0x2026));
            break;
        }
        QString value;
        if (action == QLatin1String("update")) {
            const QString o = c.oldValue.isEmpty() ? Tr::tr("(empty)") : shortened(c.oldValue);
            const QString n = c.newValue.isEmpty() ? Tr::tr("(empty)") : shortened(c.newValue);
            value = o + arrow + n;
        } else {
            value = shortened(action == QLatin1String("delete") ? c.oldValue : c.newValue);
        }
        parts << Tr::tr("%1: %2", "field: value").arg(c.label, value);
    }
    return parts.join(QStringLiteral("; "));
}

HistoryEntry HistoryService::describe(const storage::ChangeLogEntry &entry, const HistoryNames &names)
{
    HistoryEntry h;
    h.entry = entry;
    h.time = formatTime(entry.changedAt);
    h.actor = actorLabel(entry.actor, names);
    h.table = tableLabel(entry.table);
    h.action = actionLabel(entry.action);
    h.changes = changes(entry, names);
    h.summary = summary(entry.action, h.changes);
    return h;
}

QList<HistoryEntry> HistoryService::describe(const storage::Database *db, const QList<storage::ChangeLogEntry> &entries)
{
    const HistoryNames names = namesFor(db, entries);
    QList<HistoryEntry> out;
    out.reserve(entries.size());
    for (const auto &e : entries)
        out.append(describe(e, names));
    return out;
}

} // namespace cutru
