#include "storage/database_copy.h"

#include "storage/database.h"
#include "storage/database_target.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>
#include <spdlog/spdlog.h>

namespace cutru::storage {

qint64 ServerCopyReport::totalRows() const
{
    qint64 n = 0;
    for (const TableCopyCheck &t : tables)
        n += t.fileRows;
    return n;
}

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cutru::storage)
};

// Tables only SQLite has: the actor of the file's triggers (the server takes its
// own user) and the search index with its shadow tables (virtual and shadow tables
// are not plain tables; the server keeps its own index, filled by trigger). The
// server's schema_version is its own too.
bool copiedTable(const QString &name)
{
    return !name.startsWith(QLatin1String("sqlite_")) && name != QLatin1String("session_actor")
           && name != QLatin1String("schema_version") && name != QLatin1String("members_search")
           && !name.startsWith(QLatin1String("members_search_"));
}

// Table and column names come from the file and are put into SQL text: only plain
// lower-case names (all of CuTru's) are accepted.
bool plainName(const QString &name)
{
    static const QRegularExpression plain(QStringLiteral("^[a-z_][a-z0-9_]*$"));
    return plain.match(name).hasMatch();
}

QString quoted(const QString &name)
{
    return QLatin1Char('"') + name + QLatin1Char('"');
}

QString quotedList(const QStringList &names)
{
    QStringList q;
    for (const QString &n : names)
        q << quoted(n);
    return q.join(QStringLiteral(", "));
}

struct SelfReference {
    int column = 0;     // the referring column
    int referenced = 0; // the column it refers to
};

struct Table {
    QString name;
    QStringList columns;
    QStringList key;     // primary key columns in key order
    QSet<int> textKeys;  // indexes into `key` of text columns (ordered byte by byte on the server too)
    QSet<QString> parents; // other copied tables this one refers to
    QList<SelfReference> selfReferences;
    qint64 rows = 0; // in the file
};

// A read snapshot of the file, or the server's write transaction: rolled back
// unless committed.
class OpenTransaction {
public:
    OpenTransaction(const Database &db, const QString &where) : db_(db)
    {
        QSqlQuery q(db.connection());
        if (!q.exec(QStringLiteral("BEGIN")))
            throw StorageError(Tr::tr("The database %1 is busy. Try again in a moment.").arg(where),
                               q.lastError().text());
        open_ = true;
    }
    ~OpenTransaction()
    {
        if (!open_)
            return;
        QSqlQuery q(db_.connection());
        if (!q.exec(QStringLiteral("ROLLBACK")))
            spdlog::error("rollback of the copy failed: {}", q.lastError().text().toStdString());
    }
    OpenTransaction(const OpenTransaction &) = delete;
    OpenTransaction &operator=(const OpenTransaction &) = delete;
    void commit(const QString &where)
    {
        QSqlQuery q(db_.connection());
        if (!q.exec(QStringLiteral("COMMIT")))
            throw StorageError(Tr::tr("The copy to %1 could not be committed; nothing was copied.").arg(where),
                               q.lastError().text());
        open_ = false;
    }

private:
    const Database &db_;
    bool open_ = false;
};

// Runs one statement; a failure becomes `message` with the driver's text as detail.
QSqlQuery run(const Database &db, const QString &statement, const QString &message)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.exec(statement)) {
        const QString detail = q.lastError().text() + QStringLiteral(" — ") + statement.left(300);
        spdlog::error("copy to server: {}", detail.toStdString());
        throw StorageError(message, detail);
    }
    return q;
}

// The file's CuTru tables with their columns, keys and references, in an order where
// every table comes after the tables it refers to (the server checks foreign keys
// row by row, and none of them is deferrable).
QList<Table> fileTables(const Database &file)
{
    const QString unreadable = Tr::tr("The file %1 could not be read.").arg(file.path());
    QStringList names;
    {
        // PRAGMA table_list tells plain tables from virtual and shadow ones.
        QSqlQuery q = run(file, QStringLiteral("PRAGMA table_list"), unreadable);
        while (q.next())
            if (q.value(0).toString() == QLatin1String("main") && q.value(2).toString() == QLatin1String("table")
                && copiedTable(q.value(1).toString()))
                names << q.value(1).toString();
    }
    names.sort();
    QHash<QString, Table> byName;
    struct Reference {
        QString table, from, to;
    };
    QHash<QString, QList<Reference>> references;
    for (const QString &name : names) {
        if (!plainName(name))
            throw StorageError(Tr::tr("The file %1 is not a CuTru database: it has a table named \"%2\".")
                                   .arg(file.path(), name));
        Table t;
        t.name = name;
        QList<std::pair<int, QString>> key;
        QStringList keyTypes;
        {
            QSqlQuery q = run(file, QStringLiteral("PRAGMA table_info(%1)").arg(quoted(name)), unreadable);
            QHash<QString, QString> types;
            while (q.next()) {
                const QString column = q.value(1).toString();
                if (!plainName(column))
                    throw StorageError(Tr::tr("The file %1 is not a CuTru database: table %2 has a column named "
                                              "\"%3\".")
                                           .arg(file.path(), name, column));
                t.columns << column;
                types.insert(column, q.value(2).toString().toUpper());
                if (q.value(5).toInt() > 0)
                    key.append({q.value(5).toInt(), column});
            }
            std::sort(key.begin(), key.end());
            for (const auto &[position, column] : key) {
                if (types.value(column).contains(QLatin1String("TEXT")))
                    t.textKeys.insert(int(t.key.size()));
                t.key << column;
            }
        }
        if (t.key.isEmpty())
            t.key = t.columns; // every CuTru table has a key; this keeps the order total anyway
        {
            QSqlQuery q = run(file, QStringLiteral("PRAGMA foreign_key_list(%1)").arg(quoted(name)), unreadable);
            while (q.next())
                references[name].append({q.value(2).toString(), q.value(3).toString(),
                                         q.value(4).isNull() ? QString() : q.value(4).toString()});
        }
        {
            QSqlQuery q = run(file, QStringLiteral("SELECT count(*) FROM %1").arg(quoted(name)), unreadable);
            if (q.next())
                t.rows = q.value(0).toLongLong();
        }
        byName.insert(name, t);
    }
    for (const QString &name : names) {
        Table &t = byName[name];
        for (const Reference &r : references.value(name)) {
            if (!byName.contains(r.table))
                continue; // a table that is not copied (none of CuTru's refer to one)
            if (r.table != name) {
                t.parents.insert(r.table);
                continue;
            }
            // A reference without a column names the primary key.
            const QString to = r.to.isEmpty() ? t.key.value(0) : r.to;
            const int from = int(t.columns.indexOf(r.from)), referenced = int(t.columns.indexOf(to));
            if (from >= 0 && referenced >= 0)
                t.selfReferences.append({from, referenced});
        }
    }
    // Parents first; among the tables ready at once, by name (a stable order).
    QList<Table> ordered;
    QSet<QString> placed;
    while (placed.size() < names.size()) {
        bool progressed = false;
        for (const QString &name : names) {
            if (placed.contains(name))
                continue;
            const Table &t = byName[name];
            const bool ready = std::all_of(t.parents.begin(), t.parents.end(),
                                           [&](const QString &p) { return placed.contains(p); });
            if (ready) {
                ordered << t;
                placed.insert(name);
                progressed = true;
            }
        }
        if (!progressed)
            throw StorageError(Tr::tr("The tables of %1 refer to each other in a circle; CuTru cannot copy them in "
                                      "order.")
                                   .arg(file.path()));
    }
    return ordered;
}

// The server must have every table with the same columns (the two schemas are kept
// equal; a difference is a CuTru bug, said before anything is written).
void checkServerTables(const Database &server, const QList<Table> &tables)
{
    const QString unreadable = Tr::tr("The database %1 on the server could not be read.").arg(server.path());
    for (const Table &t : tables) {
        QSqlQuery q = run(server,
                          QStringLiteral("SELECT column_name FROM information_schema.columns WHERE table_schema = "
                                         "current_schema() AND table_name = '%1' ORDER BY ordinal_position")
                              .arg(t.name),
                          unreadable);
        QStringList columns;
        while (q.next())
            columns << q.value(0).toString();
        if (columns.isEmpty())
            throw StorageError(Tr::tr("The database %1 on the server has no table %2, which the file has. Are the "
                                      "server's schema and this CuTru of the same version?")
                                   .arg(server.path(), t.name));
        QStringList fileColumns = t.columns, serverColumns = columns;
        fileColumns.sort();
        serverColumns.sort();
        if (fileColumns != serverColumns)
            throw StorageError(Tr::tr("The table %1 has other columns on the server (%2) than in the file (%3); "
                                      "nothing was copied.")
                                   .arg(t.name, columns.join(QStringLiteral(", ")), t.columns.join(QStringLiteral(", "))));
    }
}

// Writes a table's rows in multi-row INSERTs (one statement per batch instead of one
// per row: the copy of a province is bound by round trips otherwise).
class BatchInsert {
public:
    BatchInsert(const Database &server, const Table &table)
        : server_(server), table_(table), width_(int(table.columns.size()))
    {
        // PostgreSQL takes at most 65,535 parameters per statement.
        rowsPerBatch_ = std::clamp(30000 / std::max(width_, 1), 1, 1000);
        pending_.reserve(rowsPerBatch_ * width_);
        full_ = prepare(rowsPerBatch_);
    }
    void add(const QVariant &value) { pending_.append(value); }
    // After the row's last value; true when a batch was written.
    bool endRow()
    {
        if (pending_.size() < qsizetype(rowsPerBatch_) * width_)
            return false;
        flush();
        return true;
    }
    void flush()
    {
        const int rows = int(pending_.size() / width_);
        if (rows == 0)
            return;
        QSqlQuery partial;
        QSqlQuery &q = rows == rowsPerBatch_ ? full_ : (partial = prepare(rows));
        for (qsizetype i = 0; i < pending_.size(); ++i)
            q.bindValue(int(i), pending_.at(i));
        if (!q.exec()) {
            const QString detail = q.lastError().text();
            spdlog::error("copy to server: table {}: {}", table_.name.toStdString(), detail.toStdString());
            throw StorageError(Tr::tr("The server %1 refused rows of table %2, so nothing was copied. The file may "
                                      "hold data the server's rules do not accept; the log has the server's "
                                      "reason.")
                                   .arg(server_.path(), table_.name),
                               detail);
        }
        pending_.clear();
    }

private:
    QSqlQuery prepare(int rows) const
    {
        const QString one = QLatin1Char('(') + QStringList(width_, QStringLiteral("?")).join(QLatin1Char(','))
                            + QLatin1Char(')');
        const QString statement = QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
                                      .arg(quoted(table_.name), quotedList(table_.columns),
                                           QStringList(rows, one).join(QLatin1Char(',')));
        QSqlQuery q(server_.connection());
        if (!q.prepare(statement))
            throw StorageError(Tr::tr("The server %1 cannot take the rows of table %2; nothing was copied.")
                                   .arg(server_.path(), table_.name),
                               q.lastError().text());
        return q;
    }

    const Database &server_;
    const Table &table_;
    int width_ = 0;
    int rowsPerBatch_ = 1;
    QSqlQuery full_;
    QVariantList pending_;
};

// Progress over the whole job: every row is copied, then read back on both sides.
class Progress {
public:
    Progress(const ServerCopyProgressFn &fn, qint64 rows) : fn_(fn), total_(rows * 3) {}
    // Throws OperationCancelled when the callback says stop.
    void advance(const QString &stage, qint64 rows)
    {
        done_ += rows;
        if (fn_ && !fn_({stage, std::min(done_, total_), total_}))
            throw OperationCancelled(Tr::tr("The copy was cancelled; nothing was copied."));
    }

private:
    const ServerCopyProgressFn &fn_;
    qint64 total_ = 0;
    qint64 done_ = 0;
};

QString canonicalKey(const QVariant &v)
{
    return v.isNull() ? QString() : v.toString();
}

// A table that refers to itself (organisations to their parent): every row after
// the row it refers to, whatever their ids.
QList<QVariantList> parentsFirst(QList<QVariantList> rows, const Table &t)
{
    QSet<QString> present;
    for (const QVariantList &row : rows)
        for (const SelfReference &r : t.selfReferences)
            present.insert(canonicalKey(row.at(r.referenced)));
    QList<QVariantList> ordered;
    ordered.reserve(rows.size());
    QSet<QString> written;
    while (!rows.isEmpty()) {
        QList<QVariantList> waiting;
        QList<QVariantList> wave;
        for (QVariantList &row : rows) {
            bool ready = true;
            for (const SelfReference &r : t.selfReferences) {
                const QVariant &v = row.at(r.column);
                const QString k = canonicalKey(v);
                // A row referring to itself, or to a row that is not there (the server
                // then refuses it, with the copy), need not wait.
                if (!v.isNull() && !written.contains(k) && present.contains(k)
                    && k != canonicalKey(row.at(r.referenced)))
                    ready = false;
            }
            (ready ? wave : waiting).append(std::move(row));
        }
        if (wave.isEmpty()) { // a circle: written as they are, for the server to refuse
            ordered += waiting;
            break;
        }
        for (const QVariantList &row : wave)
            for (const SelfReference &r : t.selfReferences)
                written.insert(canonicalKey(row.at(r.referenced)));
        ordered += wave;
        rows = std::move(waiting);
    }
    return ordered;
}

QString selectAll(const Table &t, bool server)
{
    QStringList order;
    for (int i = 0; i < t.key.size(); ++i)
        order << quoted(t.key.at(i)) + (server && t.textKeys.contains(i) ? QStringLiteral(" COLLATE \"C\"") : QString());
    return QStringLiteral("SELECT %1 FROM %2 ORDER BY %3")
        .arg(quotedList(t.columns), quoted(t.name), order.join(QStringLiteral(", ")));
}

void copyTable(const Database &file, const Database &server, const Table &t, Progress &progress)
{
    const QString stage = Tr::tr("Copying %1").arg(t.name);
    QElapsedTimer timer;
    timer.start();
    QSqlQuery q = run(file, selectAll(t, false), Tr::tr("The file %1 could not be read.").arg(file.path()));
    const int width = int(t.columns.size());
    BatchInsert insert(server, t);
    qint64 sinceReport = 0;
    auto addRow = [&](const auto &valueAt) {
        for (int i = 0; i < width; ++i)
            insert.add(valueAt(i));
        ++sinceReport;
        if (insert.endRow()) {
            progress.advance(stage, sinceReport);
            sinceReport = 0;
        }
    };
    if (t.selfReferences.isEmpty()) {
        while (q.next())
            addRow([&](int i) { return q.value(i); });
    } else {
        QList<QVariantList> rows;
        while (q.next()) {
            QVariantList row;
            row.reserve(width);
            for (int i = 0; i < width; ++i)
                row.append(q.value(i));
            rows.append(std::move(row));
        }
        for (const QVariantList &row : parentsFirst(std::move(rows), t))
            addRow([&](int i) { return row.at(i); });
    }
    if (q.lastError().isValid())
        throw StorageError(Tr::tr("The file %1 could not be read.").arg(file.path()), q.lastError().text());
    insert.flush();
    progress.advance(stage, sinceReport);
    spdlog::info("copy to server: {} rows of {} in {} ms", t.rows, t.name.toStdString(), timer.elapsed());
}

// New rows on the server continue after the highest copied id.
void continueSequences(const Database &server, const Table &t)
{
    const QString failed = Tr::tr("The numbering of table %1 on the server %2 could not be set; nothing was copied.")
                               .arg(t.name, server.path());
    QSqlQuery q = run(server,
                      QStringLiteral("SELECT column_name FROM information_schema.columns WHERE table_schema = "
                                     "current_schema() AND table_name = '%1' AND is_identity = 'YES'")
                          .arg(t.name),
                      failed);
    QStringList identities;
    while (q.next())
        identities << q.value(0).toString();
    for (const QString &column : identities) {
        if (!plainName(column))
            continue;
        run(server,
            QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', '%2'), coalesce(max(%3), 0) + 1, false) "
                           "FROM %1")
                .arg(quoted(t.name), column, quoted(column)),
            failed);
    }
}

// The canonical text of one value (see TableCopyCheck).
void appendCanonical(QByteArray &out, const QVariant &v)
{
    if (v.isNull()) {
        out += 'N';
        return;
    }
    QByteArray text;
    switch (v.typeId()) {
    case QMetaType::Int:
    case QMetaType::Long:
    case QMetaType::LongLong:
    case QMetaType::Short:
    case QMetaType::Char:
    case QMetaType::SChar:
        text = QByteArray::number(v.toLongLong());
        break;
    case QMetaType::UInt:
    case QMetaType::ULong:
    case QMetaType::ULongLong:
    case QMetaType::UShort:
    case QMetaType::UChar:
        text = QByteArray::number(v.toULongLong());
        break;
    case QMetaType::Bool:
        text = v.toBool() ? "1" : "0";
        break;
    case QMetaType::Double:
    case QMetaType::Float:
        text = QByteArray::number(v.toDouble(), 'g', 17);
        break;
    case QMetaType::QByteArray:
        text = v.toByteArray().toHex();
        break;
    default:
        text = v.toString().toUtf8();
        break;
    }
    out += 'T';
    out += QByteArray::number(text.size());
    out += ':';
    out += text;
}

struct Digest {
    qint64 rows = 0;
    QString checksum;
};

Digest digestOf(const Database &db, const Table &t, bool server, Progress &progress)
{
    const QString unreadable = server ? Tr::tr("The database %1 on the server could not be read.").arg(db.path())
                                      : Tr::tr("The file %1 could not be read.").arg(db.path());
    const QString stage = Tr::tr("Checking %1").arg(t.name);
    QElapsedTimer timer;
    timer.start();
    Digest d;
    {
        QSqlQuery count = run(db, QStringLiteral("SELECT count(*) FROM %1").arg(quoted(t.name)), unreadable);
        if (count.next())
            d.rows = count.value(0).toLongLong();
    }
    QSqlQuery q = run(db, selectAll(t, server), unreadable);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray buffer;
    buffer.reserve(1 << 20);
    const int width = int(t.columns.size());
    qint64 sinceReport = 0;
    while (q.next()) {
        for (int i = 0; i < width; ++i)
            appendCanonical(buffer, q.value(i));
        buffer += '\n';
        if (buffer.size() >= (1 << 20)) {
            hash.addData(buffer);
            buffer.clear();
        }
        if (++sinceReport == 10000) {
            progress.advance(stage, sinceReport);
            sinceReport = 0;
        }
    }
    if (q.lastError().isValid())
        throw StorageError(unreadable, q.lastError().text());
    hash.addData(buffer);
    progress.advance(stage, sinceReport);
    d.checksum = QString::fromLatin1(hash.result().toHex());
    spdlog::debug("copy to server: checksum of {} in the {} in {} ms", t.name.toStdString(),
                  server ? "server" : "file", timer.elapsed());
    return d;
}

} // namespace

ServerCopyReport copyDatabaseToServer(const QString &sqlitePath, const QString &serverUri,
                                      const ServerCopyProgressFn &progress)
{
    if (DatabaseTarget::isServerUri(sqlitePath))
        throw StorageError(Tr::tr("The database to copy must be a CuTru database file, not the server address %1.")
                               .arg(sqlitePath));
    if (!DatabaseTarget::isServerUri(serverUri))
        throw StorageError(Tr::tr("The copy goes to a PostgreSQL server: give a postgresql:// address, not %1.")
                               .arg(serverUri));
    QString uriError;
    if (!DatabaseTarget::parse(serverUri, &uriError))
        throw StorageError(uriError);
    const QFileInfo info(sqlitePath);
    if (!info.exists())
        throw StorageError(Tr::tr("The database file %1 does not exist.").arg(sqlitePath));
    // Opening an empty file would give it a schema: it is no CuTru database to copy.
    if (!info.isFile() || info.size() == 0)
        throw StorageError(Tr::tr("The file %1 is not a CuTru database.").arg(sqlitePath));

    Database file = Database::open(sqlitePath, Database::Create::MustExist);
    // One snapshot of the file for the copy and its check (WAL: others may write on).
    OpenTransaction snapshot(file, file.path());
    const QList<Table> tables = fileTables(file);
    qint64 rows = 0;
    for (const Table &t : tables)
        rows += t.rows;

    QStringList names;
    for (const Table &t : tables)
        names << t.name;

    Database server = Database::open(serverUri, Database::Create::IfMissing);
    const QString where = server.path();
    checkServerTables(server, tables);
    ServerCopyReport report;
    try {
        OpenTransaction tx(server, where);
        const QString failed = Tr::tr("The copy to %1 failed; nothing was copied.").arg(where);
        // Only the tables' owner may write the change log as it was; the audit triggers
        // stay silent for this transaction (the copied log is the history).
        run(server, QStringLiteral("SET LOCAL cutru.bulk_copy = 'on'"), failed);
        {
            QSqlQuery q = run(server,
                              QStringLiteral("SELECT tablename FROM pg_catalog.pg_tables WHERE schemaname = "
                                             "current_schema() AND tablename IN ('%1') AND NOT "
                                             "pg_has_role(current_user, tableowner, 'MEMBER')")
                                  .arg(names.join(QStringLiteral("', '"))),
                              failed);
            if (q.next())
                throw StorageError(Tr::tr("Only the role that owns CuTru's tables on the server may copy a file into "
                                          "%1; the role %2 does not own table %3.")
                                       .arg(where, server.serverRole(), q.value(0).toString()));
        }
        // Nobody else writes while the copy runs (another copy into the same database
        // waits here, then finds it holds data).
        run(server, QStringLiteral("LOCK TABLE %1 IN EXCLUSIVE MODE").arg(quotedList(names)), failed);
        QStringList holdingData;
        for (const Table &t : tables) {
            QSqlQuery q = run(server, QStringLiteral("SELECT EXISTS (SELECT 1 FROM %1)").arg(quoted(t.name)), failed);
            if (q.next() && q.value(0).toBool())
                holdingData << t.name;
        }
        if (!holdingData.isEmpty())
            throw StorageError(Tr::tr("The database %1 on the server already holds CuTru data (tables %2); give an "
                                      "empty database.")
                                   .arg(where, holdingData.join(QStringLiteral(", "))));

        Progress steps(progress, rows);
        for (const Table &t : tables)
            copyTable(file, server, t, steps);
        for (const Table &t : tables)
            continueSequences(server, t);

        // Verified inside the transaction: a difference commits nothing.
        QStringList different;
        for (const Table &t : tables) {
            const Digest inFile = digestOf(file, t, false, steps);
            const Digest onServer = digestOf(server, t, true, steps);
            TableCopyCheck check{t.name, inFile.rows, onServer.rows, inFile.checksum, onServer.checksum};
            if (!check.matches()) {
                spdlog::error("copy to {}: table {} differs: {} rows {} in the file, {} rows {} on the server",
                              where.toStdString(), t.name.toStdString(), check.fileRows,
                              check.fileChecksum.toStdString(), check.serverRows, check.serverChecksum.toStdString());
                different << t.name;
            }
            report.tables << check;
        }
        if (!different.isEmpty())
            throw StorageError(Tr::tr("The copy to %1 did not match the file (tables %2), so nothing was copied.")
                                   .arg(where, different.join(QStringLiteral(", "))));
        if (std::any_of(tables.begin(), tables.end(), [](const Table &t) { return t.name == QLatin1String("accounts"); })) {
            QSqlQuery q = run(file, QStringLiteral("SELECT username FROM accounts ORDER BY username"),
                              Tr::tr("The file %1 could not be read.").arg(file.path()));
            while (q.next())
                report.accountsNeedingPasswords << q.value(0).toString();
        }
        tx.commit(where);
    } catch (const OperationCancelled &) {
        spdlog::info("copy of {} to {} cancelled", sqlitePath.toStdString(), where.toStdString());
        report = {};
        report.completed = false;
        return report;
    }
    report.completed = true;
    // Fresh statistics for the planner; only a speed-up, so a failure is logged.
    QSqlQuery analyze(server.connection());
    if (!analyze.exec(QStringLiteral("ANALYZE %1").arg(quotedList(names))))
        spdlog::warn("ANALYZE after the copy to {} failed: {}", where.toStdString(),
                     analyze.lastError().text().toStdString());
    spdlog::info("copied {} ({} rows in {} tables) to {}", sqlitePath.toStdString(), report.totalRows(),
                 report.tables.size(), where.toStdString());
    return report;
}

} // namespace cutru::storage
