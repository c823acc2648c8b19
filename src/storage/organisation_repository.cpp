#include "storage/organisation_repository.h"

#include "domain/vietnamese_text.h"
#include "storage/sql_util.h"

#include <QCoreApplication>

namespace cutru::storage {

// The context is declared, not passed, so that lupdate files the strings under it
// (a free tr() would land in the enclosing namespace's or class's context).
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cutru::storage)
};
} // namespace

static const char *kColumns = "id, parent_id, level, kind, code, name, valid_from, valid_to, row_version";

static Organisation fromRow(const QSqlQuery &q)
{
    Organisation o;
    o.id = q.value(0).toLongLong();
    o.parentId = q.value(1).toLongLong();
    o.level = fromCode<OrgLevel>(q.value(2).toString()).value_or(OrgLevel::Cell);
    o.kind = q.value(3).toString();
    o.code = q.value(4).toString();
    o.name = q.value(5).toString();
    o.validFrom = sql::toDate(q.value(6));
    o.validTo = sql::toDate(q.value(7));
    o.rowVersion = q.value(8).toInt();
    return o;
}

OrganisationRepository::OrganisationRepository(const Database &db) : db_(db) {}

void OrganisationRepository::insert(Organisation &o)
{
    QString parentPath = QStringLiteral("/");
    if (o.parentId > 0) {
        parentPath = pathOf(o.parentId);
        if (parentPath.isEmpty())
            throw StorageError(Tr::tr("The parent organisation of %1 does not exist.").arg(o.name));
    }
    if (!inserts_)
        inserts_ = InsertStatements{
            sql::prepare(db_, QStringLiteral("INSERT INTO organisations (parent_id, level, kind, code, name, "
                                             "name_sort_key, path, valid_from, valid_to) "
                                             "VALUES (?, ?, ?, ?, ?, ?, '', ?, ?) RETURNING id")),
            sql::prepare(db_, QStringLiteral("INSERT INTO organisation_placements (organisation_id, parent_id, name, "
                                             "valid_from, valid_to) VALUES (?, ?, ?, ?, ?)")),
            sql::prepare(db_, QStringLiteral("UPDATE organisations SET path = ? WHERE id = ?"))};
    QSqlQuery &insertOrganisation = inserts_->organisation;
    QSqlQuery &setPath = inserts_->setPath;
    QSqlQuery &insertPlacement = inserts_->placement;
    insertOrganisation.bindValue(0, sql::id(o.parentId));
    insertOrganisation.bindValue(1, code(o.level));
    insertOrganisation.bindValue(2, sql::text(o.kind));
    insertOrganisation.bindValue(3, o.code);
    insertOrganisation.bindValue(4, o.name);
    insertOrganisation.bindValue(5, text::sortKey(o.name));
    insertOrganisation.bindValue(6, sql::date(o.validFrom));
    insertOrganisation.bindValue(7, sql::date(o.validTo));
    o.id = sql::execInsert(insertOrganisation, "insert organisation");
    o.rowVersion = 1;

    setPath.bindValue(0, parentPath + QString::number(o.id) + QLatin1Char('/'));
    setPath.bindValue(1, o.id);
    sql::exec(setPath, "set organisation path");

    insertPlacement.bindValue(0, o.id);
    insertPlacement.bindValue(1, sql::id(o.parentId));
    insertPlacement.bindValue(2, o.name);
    insertPlacement.bindValue(3, sql::date(o.validFrom));
    insertPlacement.bindValue(4, sql::date(o.validTo));
    sql::exec(insertPlacement, "insert organisation placement");
}

bool OrganisationRepository::update(Organisation &o)
{
    QSqlQuery q = sql::prepare(db_, QStringLiteral(
        "UPDATE organisations SET name = ?, name_sort_key = ?, kind = ?, row_version = row_version + 1 "
        "WHERE id = ? AND row_version = ?"));
    q.addBindValue(o.name);
    q.addBindValue(text::sortKey(o.name));
    q.addBindValue(sql::text(o.kind));
    q.addBindValue(o.id);
    q.addBindValue(o.rowVersion);
    sql::exec(q, "update organisation");
    if (q.numRowsAffected() != 1)
        return false;
    ++o.rowVersion;

    QSqlQuery placement = sql::prepare(db_, QStringLiteral(
        "UPDATE organisation_placements SET name = ? WHERE organisation_id = ? AND valid_to IS NULL AND name <> ?"));
    placement.addBindValue(o.name);
    placement.addBindValue(o.id);
    placement.addBindValue(o.name);
    sql::exec(placement, "update organisation placement");
    return true;
}

std::optional<Organisation> OrganisationRepository::byId(qint64 id) const
{
    QSqlQuery q = sql::prepare(db_, QStringLiteral("SELECT %1 FROM organisations WHERE id = ?")
                                        .arg(QLatin1String(kColumns)));
    q.addBindValue(id);
    sql::exec(q, "read organisation");
    if (!q.next())
        return std::nullopt;
    return fromRow(q);
}

std::optional<Organisation> OrganisationRepository::byCode(const QString &c) const
{
    QSqlQuery q = sql::prepare(db_, QStringLiteral("SELECT %1 FROM organisations WHERE code = ?")
                                        .arg(QLatin1String(kColumns)));
    q.addBindValue(c);
    sql::exec(q, "read organisation");
    if (!q.next())
        return std::nullopt;
    return fromRow(q);
}

QList<Organisation> OrganisationRepository::all() const
{
    // Path length orders parents before children; the sort key orders siblings.
    QSqlQuery q = sql::prepare(db_, QStringLiteral("SELECT %1 FROM organisations "
                                                   "ORDER BY length(path) - length(replace(path, '/', '')), "
                                                   "CASE level WHEN 'workplace' THEN 1 ELSE 0 END, "
                                                   "name_sort_key, id")
                                        .arg(QLatin1String(kColumns)));
    q.setForwardOnly(true);
    sql::exec(q, "read organisations");
    QList<Organisation> out;
    while (q.next())
        out.append(fromRow(q));
    return out;
}

bool OrganisationRepository::codeExists(const QString &c, qint64 exceptId) const
{
    QSqlQuery q = sql::prepare(db_, QStringLiteral("SELECT 1 FROM organisations WHERE code = ? AND id <> ?"));
    q.addBindValue(c);
    q.addBindValue(exceptId);
    sql::exec(q, "check organisation code");
    return q.next();
}

QStringList OrganisationRepository::rootPaths() const
{
    QSqlQuery q = sql::prepare(db_, QStringLiteral("SELECT path FROM organisations WHERE parent_id IS NULL"));
    sql::exec(q, "read the top-level organisations");
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

QString OrganisationRepository::pathOf(qint64 id) const
{
    QSqlQuery q = sql::prepare(db_, QStringLiteral("SELECT path FROM organisations WHERE id = ?"));
    q.addBindValue(id);
    sql::exec(q, "read organisation path");
    return q.next() ? q.value(0).toString() : QString();
}

QHash<qint64, int> OrganisationRepository::heldMemberCounts() const
{
    QSqlQuery q = sql::prepare(db_, QStringLiteral("SELECT cell_id, count(*) FROM members GROUP BY cell_id"));
    q.setForwardOnly(true);
    sql::exec(q, "count members by organisation");
    QHash<qint64, int> out;
    while (q.next())
        out.insert(q.value(0).toLongLong(), q.value(1).toInt());
    return out;
}

} // namespace cutru::storage
