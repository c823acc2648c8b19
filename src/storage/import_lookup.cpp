#include "storage/import_lookup.h"

#include "storage/sql_util.h"
#include "storage/sqlite_native.h"

#include <memory>
#include <sqlite3.h>

namespace cutru::storage {

QList<OrganisationOutline> organisationOutlines(const Database &db)
{
    QSqlQuery q = sql::prepare(db, QStringLiteral(
        "SELECT id, parent_id, level, code, name, path, valid_to FROM organisations ORDER BY id"));
    q.setForwardOnly(true);
    sql::exec(q, "read organisations");
    QList<OrganisationOutline> out;
    while (q.next()) {
        OrganisationOutline o;
        o.id = q.value(0).toLongLong();
        o.parentId = q.value(1).toLongLong();
        o.level = fromCode<OrgLevel>(q.value(2).toString()).value_or(OrgLevel::Cell);
        o.code = q.value(3).toString();
        o.name = q.value(4).toString();
        o.path = q.value(5).toString();
        o.validTo = sql::toDate(q.value(6));
        out.append(std::move(o));
    }
    return out;
}

namespace {

const char *kIdentitySelect =
    "SELECT id, cccd, party_card_no, name_folded, birth_date, cell_id, residence_commune_id, residence_cell_id "
    "FROM members ORDER BY id";

// On a server, through Qt SQL: the values come over the network as text anyway.
QList<MemberIdentity> serverMemberIdentities(const Database &db)
{
    QSqlQuery q = sql::prepare(db, QLatin1String(kIdentitySelect));
    q.setForwardOnly(true);
    sql::exec(q, "read member identities");
    QList<MemberIdentity> out;
    while (q.next()) {
        MemberIdentity m;
        m.id = q.value(0).toLongLong();
        m.cccd = q.value(1).toString();
        m.partyCardNo = q.value(2).toString();
        m.nameFolded = q.value(3).toString();
        m.birthDate = sql::toDate(q.value(4));
        m.cellId = q.value(5).toLongLong();
        m.residenceCommuneId = q.value(6).toLongLong();
        m.residenceCellId = q.value(7).toLongLong();
        out.append(std::move(m));
    }
    return out;
}

} // namespace

QList<MemberIdentity> memberIdentities(const Database &db)
{
    if (db.isPostgres())
        return serverMemberIdentities(db);
    // Read with SQLite's C API: a province's members through Qt SQL (a QVariant per
    // value, the rows cached twice) take several times as long as SQLite's own work.
    sqlite3 *handle = native::handleOf(db.connection());
    if (!handle)
        sql::throwForResultCode(SQLITE_MISUSE, QStringLiteral("not an SQLite connection"), "read member identities");
    sqlite3_stmt *st = nullptr;
    int rc = sqlite3_prepare_v2(handle, kIdentitySelect, -1, &st, nullptr);
    if (rc != SQLITE_OK)
        sql::throwForResultCode(rc, QString::fromUtf8(sqlite3_errmsg(handle)), "read member identities");
    const std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt *)> finalize(st, sqlite3_finalize);
    auto text = [st](int column) {
        const void *data = sqlite3_column_text16(st, column);
        return data ? QString(static_cast<const QChar *>(data), sqlite3_column_bytes16(st, column) / 2) : QString();
    };
    QList<MemberIdentity> out;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        MemberIdentity m;
        m.id = sqlite3_column_int64(st, 0);
        m.cccd = text(1);
        m.partyCardNo = text(2);
        m.nameFolded = text(3);
        m.birthDate = QDate::fromString(text(4), Qt::ISODate);
        m.cellId = sqlite3_column_int64(st, 5);
        m.residenceCommuneId = sqlite3_column_int64(st, 6);
        m.residenceCellId = sqlite3_column_int64(st, 7);
        out.append(std::move(m));
    }
    if (rc != SQLITE_DONE)
        sql::throwForResultCode(rc, QString::fromUtf8(sqlite3_errmsg(handle)), "read member identities");
    return out;
}

namespace {
// A PostgreSQL array literal of texts, every element quoted.
QString textArray(const QStringList &values)
{
    QStringList quoted;
    quoted.reserve(values.size());
    for (QString v : values) {
        v.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('"'), QLatin1String("\\\""));
        quoted << QLatin1Char('"') + v + QLatin1Char('"');
    }
    return QLatin1Char('{') + quoted.join(QLatin1Char(',')) + QLatin1Char('}');
}
} // namespace

StoredMemberKeys storedMemberKeys(const Database &db, const QStringList &cccds, const QStringList &cards)
{
    StoredMemberKeys out;
    if (!db.isPostgres() || (cccds.isEmpty() && cards.isEmpty()))
        return out;
    QSqlQuery q = sql::prepare(db, QStringLiteral(
        "SELECT kind, key FROM cutru_stored_member_keys(CAST(? AS TEXT[]), CAST(? AS TEXT[]))"));
    q.addBindValue(textArray(cccds));
    q.addBindValue(textArray(cards));
    q.setForwardOnly(true);
    sql::exec(q, "look up stored CCCD and party card numbers");
    while (q.next())
        (q.value(0).toString() == QLatin1String("cccd") ? out.cccds : out.cards).insert(q.value(1).toString());
    return out;
}

} // namespace cutru::storage
