#include "storage/database.h"
#include "storage/member_repository.h"
#include "storage/migrations.h"
#include "support/test_support.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <gtest/gtest.h>

using namespace cutru;
using namespace cutru::storage;

namespace {

bool tableExists(const Database &db, const char *name)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT 1 FROM sqlite_master WHERE name = ?"));
    q.addBindValue(QString::fromLatin1(name));
    return q.exec() && q.next();
}

int scalar(const Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    EXPECT_TRUE(q.exec(sql)) << sql.toStdString();
    return q.next() ? q.value(0).toInt() : -1;
}

} // namespace

TEST(Migrations, VersionsAreConsecutive)
{
    int expected = 1;
    for (const auto &m : migrations())
        EXPECT_EQ(m.version, expected++);
    EXPECT_EQ(Database::latestSchemaVersion(), int(migrations().size()));
}

TEST(Migrations, NewFileGetsLatestSchema)
{
    CUTRU_SQLITE_ONLY("foreign keys and WAL are SQLite pragmas");
    test::TempFolder dir;
    Database db = Database::open(dir.file(QStringLiteral("new.cutru")));
    EXPECT_EQ(db.schemaVersion(), Database::latestSchemaVersion());
    EXPECT_EQ(scalar(db, QStringLiteral("PRAGMA foreign_keys")), 1);
    QSqlQuery q(db.connection());
    ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
    EXPECT_EQ(q.value(0).toString(), QStringLiteral("wal"));
}

TEST(Migrations, EachStepAddsItsTables)
{
    CUTRU_SQLITE_ONLY("SQLite files go through schema versions 1-6; servers start at version 7");
    test::TempFolder dir;
    Database db = Database::openRaw(dir.file(QStringLiteral("steps.cutru")));
    EXPECT_EQ(db.schemaVersion(), 0);
    db.migrateTo(1);
    EXPECT_EQ(db.schemaVersion(), 1);
    EXPECT_TRUE(tableExists(db, "members"));
    EXPECT_TRUE(tableExists(db, "change_log"));
    EXPECT_FALSE(tableExists(db, "referrals"));
    db.migrateTo(2);
    EXPECT_EQ(db.schemaVersion(), 2);
    for (const char *t : {"referrals", "meetings", "attendance", "annual_comments", "liaison_cadres", "liaison_visits"})
        EXPECT_TRUE(tableExists(db, t)) << t;
    EXPECT_FALSE(tableExists(db, "members_search"));
    db.migrateTo(3);
    EXPECT_EQ(db.schemaVersion(), 3);
    EXPECT_TRUE(tableExists(db, "members_search"));
}

TEST(Migrations, UpgradesAFileMadeByTheFirstVersion)
{
    CUTRU_SQLITE_ONLY("upgrades an SQLite file of version 1");
    test::TempFolder dir;
    const QString path = dir.file(QStringLiteral("v1.cutru"));
    {
        // Exactly what version 1 of CuTru would have written, by plain SQL.
        Database v1 = Database::openRaw(path);
        v1.migrateTo(1);
        QSqlQuery q(v1.connection());
        ASSERT_TRUE(q.exec(QStringLiteral(
            "INSERT INTO organisations (id, parent_id, level, kind, code, name, name_sort_key, path) VALUES "
            "(1, NULL, 'province', '', 'P', 'Tỉnh ủy Thái Bình', 'x', '/1/'), "
            "(2, 1, 'workplace', 'administrative_agency', 'W', 'Chi bộ Sở Tư pháp', 'y', '/1/2/')")));
        ASSERT_TRUE(q.exec(QStringLiteral(
            "INSERT INTO members (id, full_name, name_folded, name_sort_key, gender, birth_date, cccd, "
            "admission_date, cell_id) VALUES (1, 'Đặng Thị Hoa', 'dang thi hoa', 'k', 'F', '1970-01-01', "
            "'034170000001', '1995-01-01', 2)")));
    }
    Database db = Database::open(path);
    EXPECT_EQ(db.schemaVersion(), Database::latestSchemaVersion());
    // Data kept, change log from version 1 kept, and the version-3 search index
    // covers the rows written before it existed.
    EXPECT_EQ(scalar(db, QStringLiteral("SELECT count(*) FROM members")), 1);
    EXPECT_EQ(scalar(db, QStringLiteral("SELECT count(*) FROM change_log WHERE table_name = 'members'")), 1);
    MemberRepository members(db);
    MemberQuery query;
    query.terms = {QStringLiteral("dang"), QStringLiteral("h")};
    EXPECT_EQ(members.count(query), 1);
    EXPECT_TRUE(tableExists(db, "referrals"));
}

TEST(Migrations, FailedStepLeavesTheFileAtItsVersion)
{
    CUTRU_SQLITE_ONLY("upgrades an SQLite file of version 1");
    test::TempFolder dir;
    const QString path = dir.file(QStringLiteral("broken.cutru"));
    {
        Database v1 = Database::openRaw(path);
        v1.migrateTo(1);
        // A stray table that version 2 wants to create makes step 2 fail.
        QSqlQuery(v1.connection()).exec(QStringLiteral("CREATE TABLE meetings (x)"));
    }
    try {
        Database::open(path);
        FAIL() << "expected the upgrade to fail";
    } catch (const StorageError &e) {
        EXPECT_TRUE(e.userMessage().contains(path));
        EXPECT_FALSE(e.userMessage().contains(QStringLiteral("SQL")));
    }
    Database again = Database::openRaw(path);
    EXPECT_EQ(again.schemaVersion(), 1);
    EXPECT_FALSE(tableExists(again, "referrals")); // step 2 rolled back as a whole
}

TEST(Migrations, RefusesFilesItCannotOwn)
{
    CUTRU_SQLITE_ONLY("files of other programs and SQLite's user_version");
    test::TempFolder dir;
    const QString text = dir.file(QStringLiteral("notes.txt"));
    {
        QFile f(text);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("Danh sách đảng viên — not a database at all, just some text.");
    }
    EXPECT_THROW(Database::open(text), StorageError);

    const QString other = dir.file(QStringLiteral("other.sqlite"));
    {
        Database raw = Database::openRaw(other);
        QSqlQuery(raw.connection()).exec(QStringLiteral("CREATE TABLE photos (id INTEGER)"));
    }
    EXPECT_THROW(Database::open(other), StorageError);

    const QString newer = dir.file(QStringLiteral("newer.cutru"));
    {
        Database db = Database::open(newer);
        QSqlQuery(db.connection()).exec(QStringLiteral("PRAGMA user_version = 99"));
    }
    try {
        Database::open(newer);
        FAIL() << "a newer schema must be refused";
    } catch (const StorageError &e) {
        EXPECT_TRUE(e.userMessage().contains(QStringLiteral("99")));
    }
    EXPECT_THROW(Database::open(dir.file(QStringLiteral("missing.cutru")), Database::Create::MustExist),
                 StorageError);
}

TEST(Migrations, Version7TurnsOldLiaisonVisitsIntoProblemsAndAssignments)
{
    CUTRU_SQLITE_ONLY("upgrades an SQLite file of version 6");
    test::TempFolder dir;
    const QString path = dir.file(QStringLiteral("v6-liaison.cutru"));
    {
        // A version-6 file with the old liaison columns: a cadre's one assigned
        // organisation, and a visit's problems as one text with a resolved flag.
        Database v6 = Database::openRaw(path);
        v6.migrateTo(6);
        QSqlQuery q(v6.connection());
        for (const char *sql : {
                 "INSERT INTO organisations (id, parent_id, level, kind, code, name, name_sort_key, path) VALUES "
                 "(1, NULL, 'province', '', 'P', 'Tỉnh ủy Thái Bình', 'a', '/1/'), "
                 "(2, 1, 'district', '', 'P.D1', 'Huyện ủy Thái Thụy', 'b', '/1/2/'), "
                 "(3, 2, 'commune', 'xa', 'P.D1.C1', 'Đảng bộ xã Thái Giang', 'c', '/1/2/3/'), "
                 "(4, 3, 'cell', 'village', 'P.D1.C1.K1', 'Chi bộ thôn Phất Lộc Tây', 'd', '/1/2/3/4/')",
                 "INSERT INTO meetings (id, cell_id, meeting_date, kind) VALUES (1, 4, '2012-02-15', 'periodic')",
                 "INSERT INTO liaison_cadres (id, full_name, position, phone, assigned_org_id) VALUES "
                 "(1, 'Nguyễn Văn Tỉnh', 'Phó Bí thư Tỉnh ủy', '0912', 2), (2, 'Trần Văn Chưa', '', '', NULL)",
                 "INSERT INTO liaison_visits (id, cadre_id, commune_id, meeting_id, visit_date, problems, resolved, "
                 "resolved_date, notes) VALUES "
                 "(1, 1, 3, 1, '2012-02-15', 'Quan hệ với chi bộ thôn chưa rõ', 1, '2012-05-01', 'Đã hướng dẫn'), "
                 "(2, 1, 3, NULL, '2012-03-20', '  Hội trường chật  ', 0, NULL, 'Làm việc với Đảng ủy'), "
                 "(3, 1, 3, NULL, '2012-04-02', '   ', 0, NULL, ''), "
                 "(4, 1, 3, NULL, '2012-06-10', 'Thiếu sổ', 1, NULL, '')"})
            ASSERT_TRUE(q.exec(QString::fromUtf8(sql))) << sql;
    }
    Database db = Database::open(path);
    EXPECT_EQ(db.schemaVersion(), 7);
    QSqlQuery q(db.connection());
    // One problem of category "other" per visit that raised something (blank raised nothing).
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT visit_id, category, text, status, resolution, coalesce(resolved_date, '') "
                                      "FROM liaison_problems ORDER BY visit_id")));
    QStringList problems;
    while (q.next())
        problems << QStringLiteral("%1|%2|%3|%4|%5|%6")
                        .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                             q.value(4).toString(), q.value(5).toString());
    EXPECT_EQ(problems, (QStringList{
                            QStringLiteral("1|other|Quan hệ với chi bộ thôn chưa rõ|resolved|Đã hướng dẫn|2012-05-01"),
                            QStringLiteral("2|other|Hội trường chật|open||"),
                            // Resolved without a date: the visit's day.
                            QStringLiteral("4|other|Thiếu sổ|resolved|Đã giải quyết (ghi nhận trước phiên bản 7, "
                                           "không ghi cách giải quyết)|2012-06-10"),
                        }));
    // The assigned organisation became an assignment from the cadre's first visit.
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT cadre_id, organisation_id, valid_from, valid_to FROM liaison_assignments")));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toInt(), 1);
    EXPECT_EQ(q.value(1).toInt(), 2);
    EXPECT_EQ(q.value(2).toString(), QStringLiteral("2012-02-15"));
    EXPECT_TRUE(q.value(3).isNull());
    EXPECT_FALSE(q.next()) << "the cadre without an organisation has no assignment";
    // The visit at a meeting got the meeting's cell; the old columns are gone.
    EXPECT_EQ(scalar(db, QStringLiteral("SELECT cell_id FROM liaison_visits WHERE id = 1")), 4);
    EXPECT_EQ(scalar(db, QStringLiteral("SELECT count(*) FROM liaison_visits WHERE cell_id IS NULL")), 3);
    EXPECT_EQ(scalar(db, QStringLiteral("SELECT count(*) FROM pragma_table_info('liaison_visits') "
                                        "WHERE name IN ('problems', 'resolved', 'resolved_date')")),
              0);
    EXPECT_EQ(scalar(db, QStringLiteral("SELECT count(*) FROM pragma_table_info('liaison_cadres') "
                                        "WHERE name = 'assigned_org_id'")),
              0);
    // The new tables are audited.
    ASSERT_TRUE(q.exec(QStringLiteral("UPDATE liaison_problems SET status = 'being_resolved' WHERE visit_id = 2")));
    EXPECT_EQ(scalar(db, QStringLiteral("SELECT count(*) FROM change_log WHERE table_name = 'liaison_problems' "
                                        "AND action = 'update'")),
              1);
}

TEST(Migrations, Version7KeepsOldCommentsWithTheirDatesAndCells)
{
    CUTRU_SQLITE_ONLY("upgrades an SQLite file of version 6");
    test::TempFolder dir;
    const QString path = dir.file(QStringLiteral("v6-comments.cutru"));
    {
        // Version 6 comments: one text, dates in no enforced order between written
        // and sent, a referral that may be missing.
        Database v6 = Database::openRaw(path);
        v6.migrateTo(6);
        QSqlQuery q(v6.connection());
        for (const char *sql : {
                 "INSERT INTO organisations (id, parent_id, level, kind, code, name, name_sort_key, path) VALUES "
                 "(1, NULL, 'province', '', 'P', 'Tỉnh ủy Thái Bình', 'a', '/1/'), "
                 "(3, 1, 'commune', 'xa', 'P.C1', 'Đảng bộ xã Thái Giang', 'c', '/1/3/'), "
                 "(4, 3, 'cell', 'village', 'P.C1.K1', 'Chi bộ thôn Đông', 'd', '/1/3/4/'), "
                 "(5, 3, 'cell', 'village', 'P.C1.K2', 'Chi bộ thôn Tây', 'e', '/1/3/5/'), "
                 "(9, 1, 'workplace', 'other', 'P.W1', 'Đảng bộ Sở Y tế', 'f', '/1/9/')",
                 "INSERT INTO members (id, full_name, name_folded, name_sort_key, gender, birth_date, cccd, "
                 "admission_date, cell_id) VALUES "
                 "(1, 'Nguyễn Văn A', 'nguyen van a', 'a', 'M', '1970-01-01', '034070000001', '1995-01-01', 9), "
                 "(2, 'Trần Thị B', 'tran thi b', 'b', 'F', '1971-01-01', '034171000002', '1996-01-01', 9)",
                 // Member 2 moved from Đông to Tây in June.
                 "INSERT INTO referrals (id, member_id, issuing_org_id, letter_year, letter_no, issue_date, to_commune_id, "
                 "received_date, assigned_cell_id, assigned_date, ended_date, end_reason) VALUES "
                 "(1, 1, 9, 2012, 1, '2012-01-05', 3, '2012-01-10', 4, '2012-01-12', NULL, NULL), "
                 "(2, 2, 9, 2012, 2, '2012-01-05', 3, '2012-01-10', 4, '2012-01-12', '2012-06-01', 'moved'), "
                 "(3, 2, 9, 2012, 3, '2012-06-01', 3, '2012-06-02', 5, '2012-06-03', NULL, NULL)",
                 // Written after it was sent (allowed then), with its referral.
                 "INSERT INTO annual_comments (id, member_id, referral_id, year, text, written_date, sent_date, "
                 "received_date) VALUES (1, 1, 1, 2012, 'Gương mẫu', '2012-12-10', '2012-12-05', '2012-12-20')",
                 // No referral recorded, only a sent date: the latest referral of the year.
                 "INSERT INTO annual_comments (id, member_id, referral_id, year, text, written_date, sent_date) "
                 "VALUES (2, 2, NULL, 2012, 'Tốt', NULL, '2012-12-07')",
                 // Nothing but the text.
                 "INSERT INTO annual_comments (id, member_id, referral_id, year, text) VALUES (3, 1, 1, 2013, 'Chưa ký')"})
            ASSERT_TRUE(q.exec(QString::fromUtf8(sql))) << sql << " " << q.lastError().text().toStdString();
    }
    Database db = Database::open(path);
    EXPECT_EQ(db.schemaVersion(), 7);
    QSqlQuery q(db.connection());
    ASSERT_TRUE(q.exec(QStringLiteral(
        "SELECT id, coalesce(referral_id, 0), coalesce(cell_id, 0), other_remarks, drafted_date, coalesce(signed_date, ''), "
        "coalesce(sent_date, ''), coalesce(received_date, '') FROM annual_comments ORDER BY id")));
    QStringList rows;
    while (q.next()) {
        QStringList cells;
        for (int i = 0; i < 8; ++i)
            cells << q.value(i).toString();
        rows << cells.join(QLatin1Char('|'));
    }
    EXPECT_EQ(rows, (QStringList{
                        QStringLiteral("1|1|4|Gương mẫu|2012-12-05|2012-12-05|2012-12-05|2012-12-20"),
                        QStringLiteral("2|3|5|Tốt|2012-12-07|2012-12-07|2012-12-07|"),
                        QStringLiteral("3|1|4|Chưa ký|2013-12-01|||"),
                    }));
}
