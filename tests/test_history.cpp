// The History view's service over the change log: filters by user, table, record
// and date, keyset paging without gaps or duplicates, masking by role, refusal,
// and the readable form of entries. Expected results come from plain SQL.
#include "services/history_service.h"
#include "services/member_service.h"
#include "storage/change_log_repository.h"
#include "support/test_support.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <gtest/gtest.h>
#include <ostream>

inline void PrintTo(const QString &s, std::ostream *os)
{
    *os << '"' << s.toStdString() << '"';
}

using namespace cutru;

namespace {

ActingUser withRole(const QString &name, Role role, qint64 orgId = 0, const QString &orgPath = {})
{
    ActingUser u;
    u.name = name;
    u.fullName = name;
    u.permissions = Permissions({RoleGrant{role, orgId, orgPath, {}}});
    return u;
}

// Rows written as if at another time: a connection of its own, without the
// application's guard (the table itself only refuses updates and deletes; on a server
// the tests' superuser owns the tables, and owners may insert).
void appendLogRow(const QString &path, const QString &changedAt, const QString &actor, const QString &table,
                  qint64 rowId, const QString &action, const QString &oldJson, const QString &newJson)
{
    const QString name = QUuid::createUuid().toString();
    {
        QSqlDatabase raw = test::plainConnection(path, name, false);
        ASSERT_TRUE(raw.isOpen()) << raw.lastError().text().toStdString();
        QSqlQuery q(raw);
        q.prepare(QStringLiteral("INSERT INTO change_log (changed_at, actor, table_name, row_id, action, old_values, "
                                 "new_values) VALUES (?, ?, ?, ?, ?, ?, ?)"));
        q.addBindValue(changedAt);
        q.addBindValue(actor);
        q.addBindValue(table);
        q.addBindValue(rowId);
        q.addBindValue(action);
        q.addBindValue(oldJson.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(oldJson));
        q.addBindValue(newJson.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(newJson));
        ASSERT_TRUE(q.exec()) << q.lastError().text().toStdString();
        raw.close();
    }
    QSqlDatabase::removeDatabase(name);
}

QList<qint64> ids(const QList<storage::ChangeLogEntry> &entries)
{
    QList<qint64> out;
    for (const auto &e : entries)
        out << e.id;
    return out;
}

QList<qint64> idsBySql(const storage::Database &db, const QString &where)
{
    QSqlQuery q(db.connection());
    EXPECT_TRUE(q.exec(QStringLiteral("SELECT id FROM change_log %1 ORDER BY id DESC").arg(where)));
    QList<qint64> out;
    while (q.next())
        out << q.value(0).toLongLong();
    return out;
}

// Every page of `filter`, `limit` at a time.
QList<qint64> allPages(const HistoryService &service, const HistoryFilter &filter, int limit)
{
    QList<qint64> out;
    qint64 before = 0;
    for (int guard = 0; guard < 10000; ++guard) {
        const auto page = service.page(filter, before, limit);
        out << ids(page);
        if (page.size() < limit)
            break;
        before = page.last().id;
    }
    return out;
}

class HistoryTest : public ::testing::Test {
protected:
    test::TempFolder dir;
    QString path = dir.database(QStringLiteral("history.cutru"));
    storage::Database db = storage::Database::open(path);
    test::TinyProvince tiny = test::buildTinyProvince(db);
    ActingUser an = withRole(QStringLiteral("an.nv"), Role::ProvincialBoard);
    ActingUser binh = withRole(QStringLiteral("binh.tt"), Role::ProvincialBoard);
    Member first, second;

    void SetUp() override
    {
        // an.nv has an account; binh.tt's name is not resolvable.
        QSqlQuery q(db.connection());
        ASSERT_TRUE(q.exec(QStringLiteral(
            "INSERT INTO accounts (username, full_name, password_hash, password_changed_at, created_at) VALUES "
            "('an.nv', 'Nguyễn Văn An', '$argon2id$v=19$m=65536,t=2,p=1$c2FsdA$aGFzaA', "
            "'2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')")))
            << q.lastError().text().toStdString();

        first = test::validMember(QStringLiteral("Nguyễn Thị Hoa"), tiny.village, 1);
        first.phone = QStringLiteral("0912345678");
        ASSERT_TRUE(MemberService(db, an).save(first).ok());
        second = test::validMember(QStringLiteral("Trần Văn Bình"), tiny.group, 2);
        ASSERT_TRUE(MemberService(db, binh).save(second).ok());
        first.phone = QStringLiteral("0987654321");
        first.cellId = tiny.group;
        ASSERT_TRUE(MemberService(db, binh).save(first).ok());
    }
};

} // namespace

TEST_F(HistoryTest, FiltersByUserTableAndRecord)
{
    const HistoryService service(db, an);
    EXPECT_EQ(service.count({}), storage::ChangeLogRepository(db).count());
    EXPECT_EQ(allPages(service, {}, 1000), idsBySql(db, {}));

    HistoryFilter byBinh;
    byBinh.actor = QStringLiteral("binh.tt");
    EXPECT_EQ(service.count(byBinh), 2);
    EXPECT_EQ(allPages(service, byBinh, 100), idsBySql(db, QStringLiteral("WHERE actor = 'binh.tt'")));

    HistoryFilter organisations;
    organisations.table = QStringLiteral("organisations");
    EXPECT_EQ(service.count(organisations), idsBySql(db, QStringLiteral("WHERE table_name = 'organisations'")).size());
    EXPECT_EQ(allPages(service, organisations, 3),
              idsBySql(db, QStringLiteral("WHERE table_name = 'organisations'")));

    HistoryFilter record;
    record.table = QStringLiteral("members");
    record.rowId = first.id;
    EXPECT_EQ(service.count(record), 2);
    const auto entries = service.page(record, 0, 10);
    ASSERT_EQ(entries.size(), 2);
    EXPECT_EQ(entries.at(0).action, QStringLiteral("update")); // newest first
    EXPECT_EQ(entries.at(1).action, QStringLiteral("insert"));

    // A record id without a table: that id in every table.
    HistoryFilter anyTable;
    anyTable.rowId = first.id;
    EXPECT_EQ(allPages(service, anyTable, 100), idsBySql(db, QStringLiteral("WHERE row_id = %1").arg(first.id)));

    HistoryFilter combined;
    combined.actor = QStringLiteral("binh.tt");
    combined.table = QStringLiteral("members");
    combined.rowId = second.id;
    EXPECT_EQ(service.count(combined), 1);
    combined.rowId = 0;
    EXPECT_EQ(service.count(combined), 2);
    combined.table = QStringLiteral("organisations");
    EXPECT_EQ(service.count(combined), 0);
    EXPECT_TRUE(service.page(combined, 0, 10).isEmpty());
}

TEST_F(HistoryTest, PagesHaveNoGapsOrDuplicates)
{
    MemberService writer(db, an);
    const QStringList families{QStringLiteral("Lê"), QStringLiteral("Phạm"), QStringLiteral("Vũ"), QStringLiteral("Đỗ"),
                               QStringLiteral("Hoàng")};
    const QStringList givens{QStringLiteral("An"),  QStringLiteral("Bình"), QStringLiteral("Cường"), QStringLiteral("Dũng"),
                             QStringLiteral("Giang"), QStringLiteral("Hà"), QStringLiteral("Khánh"), QStringLiteral("Lan")};
    for (int i = 0; i < 40; ++i) {
        Member m = test::validMember(families.at(i % 5) + QStringLiteral(" Văn ") + givens.at(i / 5),
                                     i % 2 ? tiny.village : tiny.group, 100 + i);
        const SaveOutcome out = writer.save(m);
        ASSERT_TRUE(out.ok()) << out.message.toStdString() << (out.errors.isEmpty() ? "" : out.errors.first().message.toStdString());
    }
    const HistoryService service(db, an);
    const QList<qint64> expected = idsBySql(db, {});
    for (int limit : {1, 7, 10, 200}) {
        const QList<qint64> got = allPages(service, {}, limit);
        EXPECT_EQ(got, expected) << "limit " << limit;
    }
    HistoryFilter members;
    members.table = QStringLiteral("members");
    EXPECT_EQ(allPages(service, members, 9), idsBySql(db, QStringLiteral("WHERE table_name = 'members'")));
    HistoryFilter byAn;
    byAn.actor = QStringLiteral("an.nv");
    EXPECT_EQ(allPages(service, byAn, 9), idsBySql(db, QStringLiteral("WHERE actor = 'an.nv'")));
    EXPECT_EQ(service.count(byAn), 41);
}

TEST_F(HistoryTest, FiltersByLocalDatesInclusive)
{
    // Older entries appended after the current ones (a clock set back), then newer
    // ones in order: both the "period fills its id range" and the other path.
    const QStringList times{QStringLiteral("2024-03-10T12:00:00.000Z"), QStringLiteral("2024-03-11T12:00:00.000Z"),
                            QStringLiteral("2024-03-12T12:00:00.000Z"), QStringLiteral("2031-05-01T12:00:00.000Z"),
                            QStringLiteral("2031-05-02T12:00:00.000Z")};
    for (int i = 0; i < times.size(); ++i)
        appendLogRow(path, times.at(i), i % 2 ? QStringLiteral("binh.tt") : QStringLiteral("an.nv"),
                     QStringLiteral("meetings"), 500 + i, QStringLiteral("insert"), {},
                     QStringLiteral(R"({"id":%1,"cell_id":%2,"meeting_date":"2024-03-10","kind":"periodic"})")
                         .arg(500 + i)
                         .arg(tiny.village));
    auto localDay = [](const QString &iso) {
        QDateTime t = QDateTime::fromString(iso, Qt::ISODateWithMs);
        t.setTimeSpec(Qt::UTC);
        return t.toLocalTime().date();
    };
    auto idsAt = [&](const QList<int> &which) {
        QList<qint64> out;
        for (int i : which)
            out.prepend(500 + i);
        return out;
    };
    auto rowIds = [&](const HistoryService &s, const HistoryFilter &f, int limit) {
        QList<qint64> out;
        qint64 before = 0;
        for (;;) {
            const auto page = s.page(f, before, limit);
            for (const auto &e : page)
                out << e.rowId;
            if (page.size() < limit)
                return out;
            before = page.last().id;
        }
    };
    const HistoryService service(db, an);

    HistoryFilter oneDay;
    oneDay.from = oneDay.to = localDay(times.at(1));
    EXPECT_EQ(service.count(oneDay), 1);
    EXPECT_EQ(rowIds(service, oneDay, 10), idsAt({1}));

    HistoryFilter span; // 10 to 12 March 2024: three rows after today's in id order
    span.from = localDay(times.at(0));
    span.to = localDay(times.at(2));
    EXPECT_EQ(service.count(span), 3);
    EXPECT_EQ(rowIds(service, span, 2), idsAt({0, 1, 2}));
    span.actor = QStringLiteral("an.nv");
    EXPECT_EQ(service.count(span), 2);
    EXPECT_EQ(rowIds(service, span, 1), idsAt({0, 2}));
    span.actor.clear();
    span.table = QStringLiteral("members");
    EXPECT_EQ(service.count(span), 0);
    span.table = QStringLiteral("meetings");
    EXPECT_EQ(service.count(span), 3);

    HistoryFilter later; // from 2031 on: the last two, in id order and in time order
    later.from = localDay(times.at(3));
    EXPECT_EQ(service.count(later), 2);
    EXPECT_EQ(rowIds(service, later, 1), idsAt({3, 4}));
    later.table = QStringLiteral("meetings");
    later.actor = QStringLiteral("binh.tt");
    EXPECT_EQ(rowIds(service, later, 5), idsAt({3}));

    // 11 March 2024 to 1 May 2031: today's entries and three appended ones, which
    // do not fill their id range (the 12 March row sits between them).
    HistoryFilter wide;
    wide.from = localDay(times.at(1));
    wide.to = localDay(times.at(3));
    const QString wideWhere = QStringLiteral("WHERE NOT (table_name = 'meetings' AND row_id IN (500, 504))");
    EXPECT_EQ(service.count(wide), idsBySql(db, wideWhere).size());
    EXPECT_EQ(allPages(service, wide, 3), idsBySql(db, wideWhere));
    wide.actor = QStringLiteral("an.nv");
    EXPECT_EQ(allPages(service, wide, 3), idsBySql(db, wideWhere + QStringLiteral(" AND actor = 'an.nv'")));
    EXPECT_EQ(service.count(wide), idsBySql(db, wideWhere + QStringLiteral(" AND actor = 'an.nv'")).size());
    wide.actor.clear();
    wide.table = QStringLiteral("meetings");
    EXPECT_EQ(rowIds(service, wide, 2), idsAt({1, 2, 3}));

    HistoryFilter upTo; // everything before 2025: the three old rows only
    upTo.to = QDate(2024, 12, 31);
    EXPECT_EQ(service.count(upTo), 3);

    HistoryFilter today; // the members and organisations written now
    today.from = today.to = QDate::currentDate();
    const qint64 now = idsBySql(db, QStringLiteral("WHERE row_id < 500 OR table_name <> 'meetings'")).size();
    EXPECT_EQ(service.count(today), now);
    EXPECT_EQ(allPages(service, today, 4).size(), now);

    HistoryFilter empty;
    empty.from = QDate(2040, 1, 1);
    EXPECT_EQ(service.count(empty), 0);
    EXPECT_TRUE(service.page(empty, 0, 10).isEmpty());

    // The record filter checks the dates on its own rows.
    HistoryFilter recordDay;
    recordDay.table = QStringLiteral("meetings");
    recordDay.rowId = 501;
    recordDay.from = localDay(times.at(1));
    EXPECT_EQ(service.count(recordDay), 1);
    recordDay.from = localDay(times.at(2));
    EXPECT_EQ(service.count(recordDay), 0);
}

TEST_F(HistoryTest, AuditorSeesIdentifiersMaskedBoardDoesNot)
{
    HistoryFilter record;
    record.table = QStringLiteral("members");
    record.rowId = first.id;

    const auto boardEntries = HistoryService(db, an).page(record, 0, 10);
    ASSERT_EQ(boardEntries.size(), 2);
    EXPECT_TRUE(boardEntries.at(0).newValues.contains(QStringLiteral("0987654321")));
    EXPECT_TRUE(boardEntries.at(0).oldValues.contains(first.cccd));

    const ActingUser auditor = withRole(QStringLiteral("kiem.tra"), Role::Auditor);
    const HistoryService audit(db, auditor);
    ASSERT_TRUE(audit.mayRead());
    const auto entries = audit.page(record, 0, 10);
    ASSERT_EQ(entries.size(), 2);
    for (const auto &e : entries)
        for (const QString &json : {e.oldValues, e.newValues}) {
            EXPECT_FALSE(json.contains(first.cccd)) << json.toStdString();
            EXPECT_FALSE(json.contains(QStringLiteral("0912345678")));
            EXPECT_FALSE(json.contains(QStringLiteral("0987654321")));
        }
    EXPECT_TRUE(entries.at(0).newValues.contains(MemberService::maskPhone(QStringLiteral("0987654321"))));
    EXPECT_TRUE(entries.at(1).newValues.contains(MemberService::maskCccd(first.cccd)));

    // The readable form shows the masked values.
    const HistoryEntry change = HistoryService::describe(&db, {entries.at(0)}).first();
    bool phoneSeen = false;
    for (const FieldChange &c : change.changes)
        if (c.field == QLatin1String("phone")) {
            phoneSeen = true;
            EXPECT_EQ(c.oldValue, MemberService::maskPhone(QStringLiteral("0912345678")));
            EXPECT_EQ(c.newValue, MemberService::maskPhone(QStringLiteral("0987654321")));
        }
    EXPECT_TRUE(phoneSeen);
}

TEST_F(HistoryTest, OthersAreRefused)
{
    const QString villagePath = QStringLiteral("/%1/%2/%3/%4/").arg(tiny.province).arg(tiny.district).arg(tiny.commune).arg(tiny.village);
    const HistoryService secretary(db, withRole(QStringLiteral("bi.thu"), Role::CellSecretary, tiny.village, villagePath));
    EXPECT_FALSE(secretary.mayRead());
    try {
        secretary.count({});
        FAIL() << "a cell secretary read the change history";
    } catch (const AccessDenied &e) {
        EXPECT_EQ(e.userMessage(), refusalMessage(Action::ReadHistory));
    }
    EXPECT_THROW(secretary.page({}, 0, 10), AccessDenied);
    EXPECT_THROW(secretary.actorChoices(), AccessDenied);
    EXPECT_THROW(secretary.tableChoices(), AccessDenied);
    EXPECT_THROW(HistoryService(db, ActingUser{}).count({}), AccessDenied);
}

TEST_F(HistoryTest, EntriesReadAsSentences)
{
    HistoryFilter record;
    record.table = QStringLiteral("members");
    record.rowId = first.id;
    const auto described = HistoryService(db, an).describedPage(record, 0, 10);
    ASSERT_EQ(described.size(), 2);

    const HistoryEntry &update = described.at(0);
    EXPECT_EQ(update.actor, QStringLiteral("binh.tt")); // no account: the name as logged
    EXPECT_EQ(update.table, QStringLiteral("Members"));
    EXPECT_EQ(update.action, QStringLiteral("Changed"));
    QStringList fields;
    for (const auto &c : update.changes)
        fields << c.field;
    EXPECT_EQ(fields, (QStringList{QStringLiteral("cell_id"), QStringLiteral("phone")})); // no row_version
    EXPECT_EQ(update.changes.at(0).label, QStringLiteral("Cell"));
    EXPECT_EQ(update.changes.at(0).oldValue, QStringLiteral("Chi bộ thôn Phất Lộc Tây"));
    EXPECT_EQ(update.changes.at(0).newValue, QStringLiteral("Chi bộ tổ dân phố số 1"));
    EXPECT_EQ(update.summary, QStringLiteral("Cell: Chi bộ thôn Phất Lộc Tây → Chi bộ tổ dân phố số 1; "
                                             "Phone: 0912345678 → 0987654321"));
    EXPECT_EQ(update.time, update.entry.changedAt.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm:ss")));

    const HistoryEntry &insert = described.at(1);
    EXPECT_EQ(insert.actor, QStringLiteral("Nguyễn Văn An (an.nv)"));
    EXPECT_EQ(insert.action, QStringLiteral("Created"));
    ASSERT_FALSE(insert.changes.isEmpty());
    EXPECT_EQ(insert.changes.first().label, QStringLiteral("Full name"));
    EXPECT_EQ(insert.changes.first().newValue, QStringLiteral("Nguyễn Thị Hoa"));
    bool birthSeen = false, genderSeen = false;
    for (const auto &c : insert.changes) {
        if (c.field == QLatin1String("birth_date")) {
            birthSeen = true;
            EXPECT_EQ(c.label, QStringLiteral("Date of birth"));
            EXPECT_EQ(c.newValue, QStringLiteral("12/04/1975"));
        }
        if (c.field == QLatin1String("gender")) {
            genderSeen = true;
            EXPECT_EQ(c.newValue, QStringLiteral("Male"));
        }
        EXPECT_NE(c.field, QStringLiteral("row_version"));
        EXPECT_NE(c.field, QStringLiteral("id"));
    }
    EXPECT_TRUE(birthSeen);
    EXPECT_TRUE(genderSeen);
    EXPECT_TRUE(insert.summary.startsWith(QStringLiteral("Full name: Nguyễn Thị Hoa; Gender: Male; Date of birth: 12/04/1975")))
        << insert.summary.toStdString();

    EXPECT_EQ(HistoryService::actorLabel(QStringLiteral("local:root")), QStringLiteral("local administrator (root)"));
    EXPECT_EQ(HistoryService::actorLabel(QStringLiteral("system")), QStringLiteral("system"));
    EXPECT_EQ(HistoryService::tableLabel(QStringLiteral("annual_comments")), QStringLiteral("Annual comments"));
    EXPECT_EQ(HistoryService::tableLabel(QStringLiteral("something_new")), QStringLiteral("something_new"));
    EXPECT_EQ(HistoryService::fieldLabel(QStringLiteral("members"), QStringLiteral("cccd")), QStringLiteral("CCCD"));
    EXPECT_EQ(HistoryService::fieldLabel(QStringLiteral("members"), QStringLiteral("new_column")),
              QStringLiteral("new_column"));
    EXPECT_EQ(HistoryService::actionLabel(QStringLiteral("delete")), QStringLiteral("Deleted"));

    // An organisation's kind reads by its level; unknown columns keep their name.
    storage::ChangeLogEntry org;
    org.table = QStringLiteral("organisations");
    org.action = QStringLiteral("update");
    org.oldValues = QStringLiteral(R"({"id":9,"level":"commune","kind":"xa","valid_to":null,"extra":"a","row_version":1})");
    org.newValues = QStringLiteral(R"({"id":9,"level":"commune","kind":"phuong","valid_to":"2025-07-01","extra":"b","row_version":2})");
    const HistoryEntry o = HistoryService::describe(org, {});
    ASSERT_EQ(o.changes.size(), 3);
    EXPECT_EQ(o.summary, QStringLiteral("Kind: Commune → Ward; Valid to: (empty) → 01/07/2025; extra: a → b"));
}

TEST_F(HistoryTest, FilterChoicesComeFromTheLog)
{
    const HistoryService service(db, an);
    QStringList actors, labels;
    for (const auto &[actor, label] : service.actorChoices()) {
        actors << actor;
        labels << label;
    }
    QStringList logged;
    {
        QSqlQuery q(db.connection());
        ASSERT_TRUE(q.exec(QStringLiteral("SELECT DISTINCT actor FROM change_log")));
        while (q.next())
            logged << q.value(0).toString();
    }
    std::sort(logged.begin(), logged.end());
    QStringList sortedActors = actors;
    std::sort(sortedActors.begin(), sortedActors.end());
    EXPECT_EQ(sortedActors, logged);
    EXPECT_TRUE(actors.contains(QStringLiteral("an.nv")));
    EXPECT_TRUE(actors.contains(QStringLiteral("binh.tt")));
    EXPECT_TRUE(labels.contains(QStringLiteral("Nguyễn Văn An (an.nv)")));
    QStringList tables;
    for (const auto &[table, label] : service.tableChoices())
        tables << table;
    std::sort(tables.begin(), tables.end());
    QStringList loggedTables;
    {
        QSqlQuery q(db.connection());
        ASSERT_TRUE(q.exec(QStringLiteral("SELECT DISTINCT table_name FROM change_log ORDER BY 1")));
        while (q.next())
            loggedTables << q.value(0).toString();
    }
    EXPECT_EQ(tables, loggedTables);
    EXPECT_TRUE(tables.contains(QStringLiteral("members")));
}

TEST(HistoryStorage, ForRecordAndCountStillWork)
{
    test::TempFolder dir;
    storage::Database db = storage::Database::open(dir.database(QStringLiteral("h.cutru")));
    const test::TinyProvince tiny = test::buildTinyProvince(db);
    const storage::ChangeLogRepository repo(db);
    EXPECT_EQ(repo.count(), repo.count(storage::ChangeLogFilter{}));
    const auto entries = repo.forRecord(QStringLiteral("organisations"), tiny.village);
    ASSERT_EQ(entries.size(), 2); // inserted, then its path set
    EXPECT_LT(entries.at(0).id, entries.at(1).id);
    EXPECT_EQ(repo.actors(), QStringList{QStringLiteral("test")});
}

// Timings and cross-checks on a full-size database, when one is named:
// CUTRU_HISTORY_BENCH=/path/to/copy.cutru (a copy: it is upgraded when opened).
TEST(HistoryTiming, FullSizeDatabase)
{
    CUTRU_SQLITE_ONLY("times a named SQLite file (CUTRU_HISTORY_BENCH)");
    const QString path = qEnvironmentVariable("CUTRU_HISTORY_BENCH");
    if (path.isEmpty() || !QFile::exists(path))
        GTEST_SKIP() << "set CUTRU_HISTORY_BENCH to a copy of a full-size database";
    QElapsedTimer opening;
    opening.start();
    storage::Database db = storage::Database::open(path, storage::Database::Create::MustExist);
    std::cout << "open (upgrade, checks): " << opening.elapsed() << " ms\n";
    const HistoryService service(db, ActingUser::localAdministrator(QStringLiteral("bench")));
    const storage::ChangeLogRepository repo(db);

    auto time = [](const char *what, const auto &f) {
        QElapsedTimer t;
        t.start();
        const auto result = f();
        std::cout << what << ": " << static_cast<double>(t.nsecsElapsed()) / 1e6 << " ms\n";
        return result;
    };
    auto naiveCount = [&](const QString &where, const QVariantList &binds) {
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("SELECT count(*) FROM change_log WHERE ") + where);
        for (const auto &b : binds)
            q.addBindValue(b);
        EXPECT_TRUE(q.exec());
        return q.next() ? q.value(0).toLongLong() : -1;
    };

    const auto actors = time("actors", [&] { return repo.actors(); });
    const auto tables = time("tables", [&] { return repo.tables(); });
    ASSERT_FALSE(actors.isEmpty());
    const qint64 total = time("count, whole log", [&] { return service.count({}); });
    time("first page (200), described", [&] { return service.describedPage({}, 0, 200); });
    const auto firstPage = service.page({}, 0, 200);
    ASSERT_FALSE(firstPage.isEmpty());
    time("second page (200)", [&] { return service.page({}, firstPage.last().id, 200); });
    time("page deep in the log (id < total/2)", [&] { return service.page({}, total / 2, 200); });

    HistoryFilter byActor;
    byActor.actor = actors.first();
    const qint64 actorCount = time("count, one user", [&] { return service.count(byActor); });
    EXPECT_EQ(actorCount, naiveCount(QStringLiteral("actor = ?"), {byActor.actor}));
    time("first page, one user", [&] { return service.page(byActor, 0, 200); });

    const QDate day = firstPage.first().changedAt.toLocalTime().date();
    HistoryFilter byDate;
    byDate.from = byDate.to = day;
    const qint64 dateCount = time("count, one day", [&] { return service.count(byDate); });
    const auto bounds = HistoryService::storageFilter(byDate);
    const QString fmt = QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz'Z'");
    EXPECT_EQ(dateCount, naiveCount(QStringLiteral("changed_at >= ? AND changed_at < ?"),
                                    {bounds.from.toString(fmt), bounds.until.toString(fmt)}));
    time("first page, one day", [&] { return service.page(byDate, 0, 200); });
    HistoryFilter noDay;
    noDay.from = noDay.to = day.addDays(1);
    time("count, a day without entries", [&] { return service.count(noDay); });
    time("first page, a day without entries", [&] { return service.page(noDay, 0, 200); });

    for (const QString &table : tables) {
        HistoryFilter byTable;
        byTable.table = table;
        const qint64 n = service.count(byTable);
        EXPECT_EQ(n, naiveCount(QStringLiteral("table_name = ?"), {table}));
        QElapsedTimer t;
        t.start();
        const auto page = service.page(byTable, 0, 200);
        std::cout << "first page, table " << table.toStdString() << " (" << n << " entries): "
                  << static_cast<double>(t.nsecsElapsed()) / 1e6 << " ms\n";
        byTable.actor = actors.first();
        t.restart();
        const qint64 both = service.count(byTable);
        std::cout << "  count with user: " << static_cast<double>(t.nsecsElapsed()) / 1e6 << " ms";
        t.restart();
        service.page(byTable, 0, 200);
        std::cout << ", first page with user: " << static_cast<double>(t.nsecsElapsed()) / 1e6 << " ms\n";
        EXPECT_EQ(both, naiveCount(QStringLiteral("table_name = ? AND actor = ?"), {table, byTable.actor}));
        byTable.actor.clear();
        byTable.from = byTable.to = day;
        t.restart();
        service.page(byTable, 0, 200);
        std::cout << "  first page with the day: " << static_cast<double>(t.nsecsElapsed()) / 1e6 << " ms\n";
    }
    HistoryFilter record;
    record.rowId = 5;
    time("first page, record 5 of any table", [&] { return service.page(record, 0, 200); });
}
