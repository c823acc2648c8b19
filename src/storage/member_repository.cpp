#include "storage/member_repository.h"

#include "domain/vietnamese_text.h"
#include "storage/sql_util.h"
#include "storage/sqlite_native.h"

#include <QCoreApplication>
#include <QHash>
#include <algorithm>
#include <optional>
#include <sqlite3.h>

namespace cutru::storage {
namespace {

// The context is declared, not passed, so that lupdate files the strings under it.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cutru::storage)
};

const char *kMemberColumns =
    "id, full_name, gender, birth_date, cccd, party_card_no, personal_record_no, admission_date, "
    "official_date, cell_id, workplace, position, phone, residence_province, residence_commune_id, "
    "residence_cell_id, residence_address, notes, row_version";

Member memberFromRow(const QSqlQuery &q)
{
    Member m;
    m.id = q.value(0).toLongLong();
    m.fullName = q.value(1).toString();
    m.gender = fromCode<Gender>(q.value(2).toString()).value_or(Gender::Male);
    m.birthDate = sql::toDate(q.value(3));
    m.cccd = q.value(4).toString();
    m.partyCardNo = q.value(5).toString();
    m.personalRecordNo = q.value(6).toString();
    m.admissionDate = sql::toDate(q.value(7));
    m.officialDate = sql::toDate(q.value(8));
    m.cellId = q.value(9).toLongLong();
    m.workplace = q.value(10).toString();
    m.position = q.value(11).toString();
    m.phone = q.value(12).toString();
    m.residenceProvince = q.value(13).toString();
    m.residenceCommuneId = q.value(14).toLongLong();
    m.residenceCellId = q.value(15).toLongLong();
    m.residenceAddress = q.value(16).toString();
    m.notes = q.value(17).toString();
    m.rowVersion = q.value(18).toInt();
    return m;
}

// Binds the member's stored columns in kMemberColumns order, without id and row_version,
// from parameter `first` on.
void bindMember(QSqlQuery &q, const Member &m, int first = 0)
{
    const QString name = text::normalise(m.fullName);
    int i = first;
    q.bindValue(i++, name);
    q.bindValue(i++, text::fold(name));
    q.bindValue(i++, text::nameSortKey(name));
    q.bindValue(i++, code(m.gender));
    q.bindValue(i++, sql::date(m.birthDate));
    q.bindValue(i++, m.cccd);
    q.bindValue(i++, sql::textOrNull(m.partyCardNo));
    q.bindValue(i++, sql::text(m.personalRecordNo));
    q.bindValue(i++, sql::date(m.admissionDate));
    q.bindValue(i++, sql::date(m.officialDate));
    q.bindValue(i++, m.cellId);
    q.bindValue(i++, sql::text(m.workplace));
    q.bindValue(i++, sql::text(m.position));
    q.bindValue(i++, sql::text(m.phone));
    q.bindValue(i++, sql::text(m.residenceProvince));
    q.bindValue(i++, sql::id(m.residenceCommuneId));
    q.bindValue(i++, sql::id(m.residenceCellId));
    q.bindValue(i++, sql::text(m.residenceAddress));
    q.bindValue(i++, sql::text(m.notes));
}

// Stages members for insertMany with SQLite's C API: binding 20 values a row through
// Qt SQL (a QVariant each, converted again by the driver) costs more than SQLite's own
// work, over a second for 100,000 members. Texts are bound as the UTF-16 they are.
class NativeStaging {
public:
    NativeStaging(const Database &db, const QString &statement) : db_(native::handleOf(db.connection()))
    {
        if (!db_)
            sql::throwForResultCode(SQLITE_MISUSE, QStringLiteral("not an SQLite connection"), "stage members");
        const int rc = sqlite3_prepare16_v2(db_, statement.utf16(), int(statement.size() * 2), &st_, nullptr);
        if (rc != SQLITE_OK)
            sql::throwForResultCode(rc, QString::fromUtf8(sqlite3_errmsg(db_)), "prepare the member staging");
    }
    ~NativeStaging() { sqlite3_finalize(st_); }
    NativeStaging(const NativeStaging &) = delete;
    NativeStaging &operator=(const NativeStaging &) = delete;

    // The same values as bindMember, with the id first.
    void add(const Member &m)
    {
        const QString name = text::normalise(m.fullName);
        const QString folded = text::fold(name);
        const QString sortKey = text::nameSortKey(name);
        int i = 1;
        sqlite3_bind_int64(st_, i++, m.id);
        text(i++, name);
        text(i++, folded);
        text(i++, sortKey);
        text(i++, code(m.gender));
        date(i++, m.birthDate);
        text(i++, m.cccd);
        if (m.partyCardNo.isEmpty()) // NULL, so that the UNIQUE column allows many members without one
            sqlite3_bind_null(st_, i++);
        else
            text(i++, m.partyCardNo);
        text(i++, m.personalRecordNo);
        date(i++, m.admissionDate);
        date(i++, m.officialDate);
        id(i++, m.cellId);
        text(i++, m.workplace);
        text(i++, m.position);
        text(i++, m.phone);
        text(i++, m.residenceProvince);
        id(i++, m.residenceCommuneId);
        id(i++, m.residenceCellId);
        text(i++, m.residenceAddress);
        text(i++, m.notes);
        const int rc = sqlite3_step(st_);
        sqlite3_reset(st_);
        if (rc != SQLITE_DONE)
            sql::throwForResultCode(rc, QString::fromUtf8(sqlite3_errmsg(db_)), "stage member");
    }

private:
    // Copied by SQLite (transient): some of the strings are temporaries of add().
    void text(int i, const QString &s)
    {
        // Never a null pointer: an empty text is '' (the columns are NOT NULL), not NULL.
        static const char16_t empty = 0;
        const void *data = s.isEmpty() ? static_cast<const void *>(&empty) : static_cast<const void *>(s.utf16());
        sqlite3_bind_text16(st_, i, data, int(s.size() * 2), SQLITE_TRANSIENT);
    }
    void date(int i, const QDate &d)
    {
        if (!d.isValid()) {
            sqlite3_bind_null(st_, i);
            return;
        }
        const QByteArray iso = d.toString(Qt::ISODate).toLatin1();
        sqlite3_bind_text(st_, i, iso.constData(), int(iso.size()), SQLITE_TRANSIENT);
    }
    void id(int i, qint64 v)
    {
        if (v > 0)
            sqlite3_bind_int64(st_, i, v);
        else
            sqlite3_bind_null(st_, i);
    }

    sqlite3 *db_ = nullptr;
    sqlite3_stmt *st_ = nullptr;
};

// insertMany on a server: multi-row INSERTs of a few hundred members each, in the
// caller's transaction (one round trip per batch instead of one per member). The
// server returns each new id with the member's CCCD, which is unique: that maps the
// ids back to the members whatever order the rows come back in.
bool insertManyOnServer(const Database &db, QList<Member> &members,
                        const std::function<bool(qsizetype done)> &keepGoing)
{
    constexpr int kColumns = 19;    // bindMember's values
    constexpr qsizetype kBatch = 500; // 9,500 parameters, well below PostgreSQL's 65,535
    const QString row = QLatin1Char('(') + QStringList(kColumns, QStringLiteral("?")).join(QStringLiteral(", "))
                        + QLatin1Char(')');
    auto prepareFor = [&](qsizetype rows) {
        return sql::prepare(db, QStringLiteral(
            "INSERT INTO members (full_name, name_folded, name_sort_key, gender, birth_date, cccd, party_card_no, "
            "personal_record_no, admission_date, official_date, cell_id, workplace, position, phone, "
            "residence_province, residence_commune_id, residence_cell_id, residence_address, notes) VALUES %1 "
            "RETURNING id, cccd").arg(QStringList(rows, row).join(QStringLiteral(", "))));
    };
    std::optional<QSqlQuery> full; // the statement of a whole batch, prepared once
    QHash<QString, qint64> idByCccd;
    for (qsizetype first = 0; first < members.size(); first += kBatch) {
        const qsizetype n = std::min(kBatch, members.size() - first);
        std::optional<QSqlQuery> last;
        QSqlQuery *q = nullptr;
        if (n == kBatch) {
            if (!full)
                full = prepareFor(kBatch);
            q = &*full;
        } else {
            last = prepareFor(n);
            q = &*last;
        }
        for (qsizetype i = 0; i < n; ++i)
            bindMember(*q, members.at(first + i), int(i) * kColumns);
        sql::exec(*q, "insert members");
        idByCccd.clear();
        while (q->next())
            idByCccd.insert(q->value(1).toString(), q->value(0).toLongLong());
        q->finish();
        for (qsizetype i = first; i < first + n; ++i) {
            Member &m = members[i];
            m.id = idByCccd.value(m.cccd);
            if (m.id <= 0)
                throw StorageError(Tr::tr("The database could not complete the operation."),
                                   QStringLiteral("insert members: no id returned for CCCD %1").arg(m.cccd));
            m.rowVersion = 1;
        }
        if (keepGoing && !keepGoing(first + n))
            return false;
    }
    return true;
}

QString orderExpression(MemberSort s)
{
    switch (s) {
    case MemberSort::Name: return QStringLiteral("m.name_sort_key");
    case MemberSort::Gender: return QStringLiteral("m.gender");
    case MemberSort::BirthDate: return QStringLiteral("m.birth_date");
    case MemberSort::Cccd: return QStringLiteral("m.cccd");
    case MemberSort::PartyCard: return QStringLiteral("m.party_card_no");
    case MemberSort::AdmissionDate: return QStringLiteral("m.admission_date");
    case MemberSort::Cell: return QStringLiteral("o.name_sort_key");
    case MemberSort::Workplace: return QStringLiteral("m.workplace");
    case MemberSort::Residence: return QStringLiteral("rc.name_sort_key");
    }
    return QStringLiteral("m.name_sort_key");
}

// The WHERE clause of a member query and the values it binds, in order.
struct Filter {
    QString where;
    QVariantList values;
};

Filter filterFor(const Database &db, const MemberQuery &query)
{
    Filter f;
    QStringList conditions;
    if (!query.scopePath.isEmpty()) {
        // Everything under the scope is the range [path, path with its final '/' → '0').
        QString upper = query.scopePath;
        upper.back() = QLatin1Char('0');
        conditions << QStringLiteral("o.path >= ? AND o.path < ?");
        f.values << query.scopePath << upper;
    }
    if (query.visibleUnder) {
        // Held under, living in the commune of, or living in the cell of, one of the
        // user's organisations. Each branch is an index range; a user has few.
        QStringList any;
        for (const QString &path : *query.visibleUnder) {
            QString upper = path;
            upper.back() = QLatin1Char('0');
            any << QStringLiteral(
                "m.cell_id IN (SELECT id FROM organisations WHERE path >= ? AND path < ?) "
                "OR m.residence_commune_id IN (SELECT id FROM organisations WHERE path >= ? AND path < ?) "
                "OR m.residence_cell_id IN (SELECT id FROM organisations WHERE path >= ? AND path < ?)");
            for (int i = 0; i < 3; ++i)
                f.values << path << upper;
        }
        conditions << (any.isEmpty() ? sql::never() : QLatin1Char('(') + any.join(QStringLiteral(" OR ")) + QLatin1Char(')'));
    }
    const QString search = memberSearchCondition(db, QStringLiteral("m.id"), query.terms, query.searchIdentifiers,
                                                 f.values);
    if (!search.isEmpty())
        conditions << search;
    if (!conditions.isEmpty())
        f.where = QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    return f;
}

} // namespace

QString ftsExpression(const QStringList &terms, bool includeCccd)
{
    QStringList parts;
    for (QString t : terms) {
        t.remove(QLatin1Char('"'));
        if (!t.isEmpty())
            parts << QLatin1Char('"') + t + QStringLiteral("\"*");
    }
    if (parts.isEmpty())
        return {};
    // A column filter keeps CCCD numbers out of reach of users who see them masked.
    if (!includeCccd)
        return QStringLiteral("{name_folded party_card_no} : (%1)").arg(parts.join(QLatin1Char(' ')));
    return parts.join(QLatin1Char(' '));
}

QString tsQueryExpression(const QStringList &terms, bool includeCccd)
{
    // members_search's weights (postgres_schema.cpp): A the folded name, B the CCCD,
    // C the party card number.
    const QStringList weights = includeCccd ? QStringList{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")}
                                            : QStringList{QStringLiteral("A"), QStringLiteral("C")};
    QStringList parts;
    for (QString term : terms) {
        // As ftsExpression(): a double quote is dropped, not a separator.
        term.remove(QLatin1Char('"'));
        // The words of unicode61, which split FTS5's quoted terms: runs of letters,
        // digits and private-use characters. Each is then safe in to_tsquery's syntax.
        QStringList words;
        QString word;
        for (const char32_t c : term.toUcs4()) {
            const QChar::Category category = QChar::category(c);
            if (QChar::isLetterOrNumber(c) || category == QChar::Other_PrivateUse) {
                word += QString::fromUcs4(&c, 1);
            } else if (!word.isEmpty()) {
                words << word;
                word.clear();
            }
        }
        if (!word.isEmpty())
            words << word;
        // FTS5 drops a phrase without words from a conjunction.
        if (words.isEmpty())
            continue;
        if (words.size() == 1) {
            parts << words.first() + QStringLiteral(":*") + (includeCccd ? QString() : weights.join(QString()));
            continue;
        }
        // A term of several words is a phrase, its last word a prefix, all inside one
        // column (the document's columns follow each other without a gap).
        QStringList perColumn;
        for (const QString &w : weights) {
            QStringList phrase;
            for (qsizetype i = 0; i < words.size(); ++i)
                phrase << words.at(i) + (i + 1 == words.size() ? QStringLiteral(":*") : QStringLiteral(":")) + w;
            perColumn << QLatin1Char('(') + phrase.join(QStringLiteral(" <-> ")) + QLatin1Char(')');
        }
        parts << QLatin1Char('(') + perColumn.join(QStringLiteral(" | ")) + QLatin1Char(')');
    }
    return parts.join(QStringLiteral(" & "));
}

QString memberSearchCondition(const Database &db, const QString &memberId, const QStringList &terms,
                              bool includeCccd, QVariantList &values)
{
    const QString fts = ftsExpression(terms, includeCccd);
    if (fts.isEmpty())
        return {};
    if (!db.isPostgres()) {
        values << fts;
        return QStringLiteral("%1 IN (SELECT rowid FROM members_search WHERE members_search MATCH ?)").arg(memberId);
    }
    const QString query = tsQueryExpression(terms, includeCccd);
    // Only terms without a word (punctuation): FTS5 finds nothing for them.
    if (query.isEmpty())
        return sql::never();
    values << query;
    return QStringLiteral("%1 IN (SELECT member_id FROM members_search "
                          "WHERE document @@ to_tsquery('simple', CAST(? AS TEXT)))")
        .arg(memberId);
}

MemberRepository::MemberRepository(const Database &db)
    : db_(db),
      insert_(sql::prepare(db, QStringLiteral(
          "INSERT INTO members (full_name, name_folded, name_sort_key, gender, birth_date, cccd, party_card_no, "
          "personal_record_no, admission_date, official_date, cell_id, workplace, position, phone, "
          "residence_province, residence_commune_id, residence_cell_id, residence_address, notes) "
          "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")))
{
}

void MemberRepository::insert(Member &m)
{
    bindMember(insert_, m);
    m.id = sql::execInsert(insert_, "insert member");
    m.rowVersion = 1;
}

bool MemberRepository::insertMany(QList<Member> &members, const std::function<bool(qsizetype done)> &keepGoing)
{
    // Row by row, SQLite opens a statement savepoint for every insert (its triggers
    // may abort it) and the FTS5 search index writes out its pending terms at every
    // savepoint: a new index segment, and merge work, per member. So the rows are
    // staged in a temporary table (no triggers, no indexes) and moved over by the
    // thousands, one statement each.
    if (members.isEmpty())
        return true;
    if (db_.isPostgres())
        return insertManyOnServer(db_, members, keepGoing);
    // The members' indexes, search index and change log of a province outgrow SQLite's
    // default 2 MB page cache many times: inserting 100,000 rows then reads and writes
    // the same pages over and over (a 100,000-member import on the demo province: 1.2 s
    // more). 32 MB, as fast as more, for the call, then as it was.
    QSqlQuery cacheSize = sql::prepare(db_, QStringLiteral("PRAGMA cache_size"));
    sql::exec(cacheSize, "read the page cache size");
    const qint64 previousCache = cacheSize.next() ? cacheSize.value(0).toLongLong() : -2000;
    cacheSize.finish();
    constexpr qint64 kBulkCacheKiB = 32 * 1024;
    // A positive size counts pages (4 KiB in CuTru files), a negative one KiB.
    const bool raiseCache = previousCache < 0 ? -previousCache < kBulkCacheKiB : previousCache * 4 < kBulkCacheKiB;
    struct RestoreCache {
        const Database &db;
        qint64 previous;
        bool active;
        ~RestoreCache()
        {
            if (!active)
                return;
            QSqlQuery q(db.connection());
            q.exec(QStringLiteral("PRAGMA cache_size = %1").arg(previous)); // best effort: only a speed setting
        }
    } restoreCache{db_, previousCache, raiseCache};
    if (raiseCache)
        sql::execDirect(db_, QStringLiteral("PRAGMA cache_size = %1").arg(-kBulkCacheKiB), "set the page cache size");
    const QString columns = QStringLiteral(
        "id, full_name, name_folded, name_sort_key, gender, birth_date, cccd, party_card_no, personal_record_no, "
        "admission_date, official_date, cell_id, workplace, position, phone, residence_province, "
        "residence_commune_id, residence_cell_id, residence_address, notes");
    sql::execDirect(db_, QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS member_staging AS "
                                        "SELECT %1 FROM main.members WHERE 0").arg(columns),
                    "prepare the member staging table");
    const QString clear = QStringLiteral("DELETE FROM temp.member_staging");
    // Emptied first, not last: a failed call may have left rows behind.
    sql::execDirect(db_, clear, "clear the member staging table");
    NativeStaging stage(db_, QStringLiteral("INSERT INTO temp.member_staging (%1) VALUES "
                                            "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                                 .arg(columns));
    // Ids are given explicitly, the next free ones: the write transaction holds the
    // table, so nobody can take them in between.
    QSqlQuery lastId = sql::prepare(db_, QStringLiteral("SELECT coalesce(max(id), 0) FROM main.members"));
    sql::exec(lastId, "allocate member ids");
    qint64 id = lastId.next() ? lastId.value(0).toLongLong() : 0;
    lastId.finish();
    const QString move = QStringLiteral("INSERT INTO main.members (%1) SELECT %1 FROM temp.member_staging ORDER BY rowid")
                             .arg(columns);
    // Large enough that the search index gets few segments, small enough that a caller
    // hears of progress (and may cancel) every second or so at worst.
    constexpr qsizetype kBatch = 20000;
    for (qsizetype first = 0; first < members.size(); first += kBatch) {
        const qsizetype last = std::min(members.size(), first + kBatch);
        for (qsizetype i = first; i < last; ++i) {
            Member &m = members[i];
            m.id = ++id;
            m.rowVersion = 1;
            stage.add(m);
            if (keepGoing && (i + 1) % 1000 == 0 && i + 1 < last && !keepGoing(i + 1))
                return false;
        }
        sql::execDirect(db_, move, "insert members");
        sql::execDirect(db_, clear, "clear the member staging table");
        if (keepGoing && !keepGoing(last))
            return false;
    }
    return true;
}

bool MemberRepository::update(Member &m)
{
    QSqlQuery q = sql::prepare(db_, QStringLiteral(
        "UPDATE members SET full_name = ?, name_folded = ?, name_sort_key = ?, gender = ?, birth_date = ?, "
        "cccd = ?, party_card_no = ?, personal_record_no = ?, admission_date = ?, official_date = ?, "
        "cell_id = ?, workplace = ?, position = ?, phone = ?, residence_province = ?, "
        "residence_commune_id = ?, residence_cell_id = ?, residence_address = ?, notes = ?, "
        "row_version = row_version + 1 WHERE id = ? AND row_version = ?"));
    bindMember(q, m);
    q.bindValue(19, m.id);
    q.bindValue(20, m.rowVersion);
    sql::exec(q, "update member");
    if (q.numRowsAffected() != 1)
        return false;
    ++m.rowVersion;
    return true;
}

std::optional<Member> MemberRepository::byId(qint64 id) const
{
    QSqlQuery q = sql::prepare(db_, QStringLiteral("SELECT %1 FROM members WHERE id = ?")
                                        .arg(QLatin1String(kMemberColumns)));
    q.addBindValue(id);
    sql::exec(q, "read member");
    if (!q.next())
        return std::nullopt;
    return memberFromRow(q);
}

QList<Member> MemberRepository::byIds(const QList<qint64> &ids) const
{
    QList<Member> out;
    out.reserve(ids.size());
    constexpr qsizetype kChunk = 500; // well below SQLite's limit on bound parameters
    for (qsizetype first = 0; first < ids.size(); first += kChunk) {
        const qsizetype n = std::min(kChunk, ids.size() - first);
        const QStringList marks(n, QStringLiteral("?"));
        QSqlQuery q = sql::prepare(db_, QStringLiteral("SELECT %1 FROM members WHERE id IN (%2)")
                                            .arg(QLatin1String(kMemberColumns), marks.join(QLatin1Char(','))));
        for (qsizetype i = first; i < first + n; ++i)
            q.addBindValue(ids.at(i));
        q.setForwardOnly(true);
        sql::exec(q, "read members");
        while (q.next())
            out.append(memberFromRow(q));
    }
    return out;
}

void MemberRepository::setNotReferred(qint64 memberId, bool notReferred, const QString &reason)
{
    QSqlQuery q = sql::prepare(db_, QStringLiteral(
        "UPDATE members SET not_referred = ?, not_referred_reason = ?, row_version = row_version + 1 WHERE id = ?"));
    q.addBindValue(notReferred ? 1 : 0);
    q.addBindValue(sql::text(notReferred ? reason.trimmed() : QString()));
    q.addBindValue(memberId);
    sql::exec(q, "mark a member not to be referred");
}

bool MemberRepository::isNotReferred(qint64 memberId) const
{
    QSqlQuery q = sql::prepare(db_, QStringLiteral("SELECT not_referred FROM members WHERE id = ?"));
    q.addBindValue(memberId);
    sql::exec(q, "read a member");
    return q.next() && q.value(0).toInt() != 0;
}

std::optional<qint64> MemberRepository::idByCccd(const QString &cccd) const
{
    QSqlQuery q = sql::prepare(db_, QStringLiteral("SELECT id FROM members WHERE cccd = ?"));
    q.addBindValue(cccd);
    sql::exec(q, "look up CCCD");
    if (!q.next())
        return std::nullopt;
    return q.value(0).toLongLong();
}

std::optional<qint64> MemberRepository::idByPartyCard(const QString &cardNo) const
{
    QSqlQuery q = sql::prepare(db_, QStringLiteral("SELECT id FROM members WHERE party_card_no = ?"));
    q.addBindValue(cardNo);
    sql::exec(q, "look up party card");
    if (!q.next())
        return std::nullopt;
    return q.value(0).toLongLong();
}

int MemberRepository::count(const MemberQuery &query) const
{
    const Filter f = filterFor(db_, query);
    // The join is needed only when the scope filters on the organisation path.
    const QString from = query.scopePath.isEmpty()
                             ? QStringLiteral("members m")
                             : QStringLiteral("members m JOIN organisations o ON o.id = m.cell_id");
    QSqlQuery q = sql::prepare(db_, QStringLiteral("SELECT count(*) FROM ") + from + f.where);
    for (const auto &v : f.values)
        q.addBindValue(v);
    sql::exec(q, "count members");
    return q.next() ? q.value(0).toInt() : 0;
}

QList<MemberRow> MemberRepository::window(const MemberQuery &query, int offset, int limit) const
{
    // Two steps. First the window's ids in order, with only the joins the filter and
    // the order need, so that just the sort key and the id go through the sorter and
    // past OFFSET; then the shown columns of those few rows. In one statement a window
    // deep in a province (OFFSET 96,000) sorted or skipped every full joined row:
    // close to a second instead of tens of milliseconds.
    const Filter f = filterFor(db_, query);
    const QString dir = query.descending ? QStringLiteral(" DESC") : QString();
    QString from = QStringLiteral("members m");
    if (!query.scopePath.isEmpty() || query.sort == MemberSort::Cell)
        from += QStringLiteral(" JOIN organisations o ON o.id = m.cell_id");
    if (query.sort == MemberSort::Residence)
        from += QStringLiteral(" LEFT JOIN organisations rc ON rc.id = m.residence_commune_id");
    // Members without the sorted value (a party card, a residence commune) come first
    // ascending and last descending, as SQLite sorts NULLs; PostgreSQL sorts them the
    // other way unless told. Said explicitly, SQLite's order and plan stay the same.
    const QString nulls = query.descending ? QStringLiteral(" NULLS LAST") : QStringLiteral(" NULLS FIRST");
    QSqlQuery ids = sql::prepare(db_, QStringLiteral("SELECT m.id FROM ") + from + f.where
        + QStringLiteral(" ORDER BY ") + orderExpression(query.sort) + dir + nulls + QStringLiteral(", m.name_sort_key")
        + dir + QStringLiteral(", m.id") + dir + QStringLiteral(" LIMIT ? OFFSET ?"));
    for (const auto &v : f.values)
        ids.addBindValue(v);
    ids.addBindValue(limit);
    ids.addBindValue(offset);
    ids.setForwardOnly(true);
    sql::exec(ids, "read members");
    QList<qint64> order;
    order.reserve(limit);
    while (ids.next())
        order.append(ids.value(0).toLongLong());
    if (order.isEmpty())
        return {};

    const QStringList marks(order.size(), QStringLiteral("?"));
    QSqlQuery q = sql::prepare(db_, QStringLiteral(
        "SELECT m.id, m.full_name, m.gender, m.birth_date, m.cccd, m.party_card_no, m.admission_date, "
        "o.name, m.workplace, rc.name, o.path, rc.path, rcell.path "
        "FROM members m JOIN organisations o ON o.id = m.cell_id "
        "LEFT JOIN organisations rc ON rc.id = m.residence_commune_id "
        "LEFT JOIN organisations rcell ON rcell.id = m.residence_cell_id WHERE m.id IN (%1)")
        .arg(marks.join(QLatin1Char(','))));
    for (qint64 id : std::as_const(order))
        q.addBindValue(id);
    q.setForwardOnly(true);
    sql::exec(q, "read members");
    QHash<qint64, MemberRow> byId;
    byId.reserve(order.size());
    while (q.next()) {
        MemberRow r;
        r.id = q.value(0).toLongLong();
        r.fullName = q.value(1).toString();
        r.gender = q.value(2).toString();
        r.birthDate = sql::toDate(q.value(3));
        r.cccd = q.value(4).toString();
        r.partyCardNo = q.value(5).toString();
        r.admissionDate = sql::toDate(q.value(6));
        r.cellName = q.value(7).toString();
        r.workplace = q.value(8).toString();
        r.residenceName = q.value(9).toString();
        for (int c = 10; c <= 12; ++c)
            if (!q.value(c).isNull())
                r.relatedPaths << q.value(c).toString();
        byId.insert(r.id, r);
    }
    QList<MemberRow> rows;
    rows.reserve(order.size());
    for (qint64 id : std::as_const(order)) {
        auto it = byId.constFind(id);
        if (it != byId.cend())
            rows.append(*it);
    }
    return rows;
}

} // namespace cutru::storage
