#include "domain/vietnamese_text.h"
#include "storage/change_log_repository.h"
#include "storage/member_repository.h"
#include "storage/organisation_repository.h"
#include "storage/residence_repository.h"
#include "support/test_support.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <gtest/gtest.h>

using namespace cutru;
using namespace cutru::storage;

namespace {

class RepositoryTest : public ::testing::Test {
protected:
    test::TempFolder dir;
    Database db = Database::open(dir.database(QStringLiteral("repo.cutru")));
    test::TinyProvince tiny = test::buildTinyProvince(db);

    qint64 addMember(const QString &name, qint64 cell, int serial)
    {
        Transaction tx(db, QStringLiteral("tester"));
        Member m = test::validMember(name, cell, serial);
        MemberRepository(db).insert(m);
        tx.commit();
        return m.id;
    }
};

QStringList names(const QList<MemberRow> &rows)
{
    QStringList out;
    for (const auto &r : rows)
        out << r.fullName;
    return out;
}

} // namespace

TEST_F(RepositoryTest, OrganisationPathsAndTreeOrder)
{
    OrganisationRepository repo(db);
    EXPECT_EQ(repo.pathOf(tiny.village),
              QStringLiteral("/%1/%2/%3/%4/").arg(tiny.province).arg(tiny.district).arg(tiny.commune).arg(tiny.village));
    const QList<Organisation> all = repo.all();
    ASSERT_EQ(all.size(), 7);
    EXPECT_EQ(all.first().level, OrgLevel::Province);
    QSet<qint64> seen;
    for (const auto &o : all) {
        if (o.parentId) {
            EXPECT_TRUE(seen.contains(o.parentId)) << "child before parent: " << o.name.toStdString();
        }
        seen.insert(o.id);
    }
    const auto village = repo.byCode(QStringLiteral("P.D1.C1.K1"));
    ASSERT_TRUE(village);
    EXPECT_EQ(village->name, QStringLiteral("Chi bộ thôn Phất Lộc Tây"));
    EXPECT_EQ(village->kind, QStringLiteral("village"));
    EXPECT_EQ(village->validFrom, QDate(2000, 1, 1));
    EXPECT_TRUE(repo.codeExists(QStringLiteral("P.D1")));
    EXPECT_FALSE(repo.codeExists(QStringLiteral("P.D1"), tiny.district));
}

TEST_F(RepositoryTest, DuplicateOrganisationCodeIsRefusedWithoutSqlText)
{
    Transaction tx(db, QStringLiteral("tester"));
    Organisation o;
    o.parentId = tiny.commune;
    o.level = OrgLevel::Cell;
    o.kind = QStringLiteral("other");
    o.code = QStringLiteral("P.D1.C1.K1");
    o.name = QStringLiteral("Chi bộ Trường Tiểu học");
    try {
        OrganisationRepository(db).insert(o);
        FAIL() << "duplicate code accepted";
    } catch (const StorageError &e) {
        EXPECT_FALSE(e.userMessage().contains(QStringLiteral("UNIQUE"), Qt::CaseInsensitive));
        // SQLite says "UNIQUE constraint failed", PostgreSQL "violates unique constraint".
        EXPECT_TRUE(e.detail().contains(QStringLiteral("UNIQUE"),
                                        test::testingOnPostgres() ? Qt::CaseInsensitive : Qt::CaseSensitive));
    }
}

TEST_F(RepositoryTest, MemberRoundTrip)
{
    Member m = test::validMember(QStringLiteral("  Nguyễn   Văn An "), tiny.village, 1);
    m.phone = QStringLiteral("0912345678");
    m.residenceProvince = QStringLiteral("Thái Bình");
    m.residenceCommuneId = tiny.commune;
    m.residenceCellId = tiny.village;
    m.residenceAddress = QStringLiteral("Số 5, ngõ 12");
    m.officialDate = QDate();
    m.partyCardNo.clear();
    {
        Transaction tx(db, QStringLiteral("tester"));
        MemberRepository(db).insert(m);
        tx.commit();
    }
    const auto back = MemberRepository(db).byId(m.id);
    ASSERT_TRUE(back);
    EXPECT_EQ(back->fullName, QStringLiteral("Nguyễn Văn An"));
    EXPECT_EQ(back->birthDate, m.birthDate);
    EXPECT_FALSE(back->officialDate.isValid());
    EXPECT_TRUE(back->partyCardNo.isEmpty());
    EXPECT_EQ(back->residenceCellId, tiny.village);
    EXPECT_EQ(back->residenceAddress, m.residenceAddress);
    EXPECT_EQ(back->rowVersion, 1);
    QSqlQuery q(db.connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT name_folded, party_card_no IS NULL FROM members")) && q.next());
    EXPECT_EQ(q.value(0).toString(), QStringLiteral("nguyen van an"));
    EXPECT_TRUE(q.value(1).toBool()); // blank card stored as NULL so several may be blank
}

TEST_F(RepositoryTest, StaleUpdateIsRefused)
{
    const qint64 id = addMember(QStringLiteral("Trần Thị Bình"), tiny.village, 2);
    Member first = *MemberRepository(db).byId(id);
    Member second = first;
    {
        Transaction tx(db, QStringLiteral("alice"));
        first.position = QStringLiteral("Kế toán");
        EXPECT_TRUE(MemberRepository(db).update(first));
        tx.commit();
    }
    EXPECT_EQ(first.rowVersion, 2);
    Transaction tx(db, QStringLiteral("bob"));
    second.position = QStringLiteral("Thủ quỹ");
    EXPECT_FALSE(MemberRepository(db).update(second));
    tx.commit();
    EXPECT_EQ(MemberRepository(db).byId(id)->position, QStringLiteral("Kế toán"));
}

TEST_F(RepositoryTest, DuplicateCccdRefusedByTheDatabaseToo)
{
    addMember(QStringLiteral("Lê Văn Cường"), tiny.village, 3);
    Transaction tx(db, QStringLiteral("tester"));
    Member dup = test::validMember(QStringLiteral("Lê Văn Dũng"), tiny.village, 3);
    dup.partyCardNo = QStringLiteral("99999999");
    EXPECT_THROW(MemberRepository(db).insert(dup), StorageError);
}

TEST_F(RepositoryTest, ChangeLogRecordsActorAndValuesAndIsAppendOnly)
{
    const qint64 id = addMember(QStringLiteral("Phạm Văn Em"), tiny.village, 4);
    Member m = *MemberRepository(db).byId(id);
    {
        Transaction tx(db, QStringLiteral("secretary-1"));
        m.phone = QStringLiteral("0987654321");
        ASSERT_TRUE(MemberRepository(db).update(m));
        tx.commit();
    }
    const auto entries = ChangeLogRepository(db).forRecord(QStringLiteral("members"), id);
    ASSERT_EQ(entries.size(), 2);
    EXPECT_EQ(entries[0].action, QStringLiteral("insert"));
    EXPECT_EQ(entries[0].actor, QStringLiteral("tester"));
    EXPECT_EQ(entries[1].action, QStringLiteral("update"));
    EXPECT_EQ(entries[1].actor, QStringLiteral("secretary-1"));
    EXPECT_TRUE(entries[1].changedAt.isValid());
    const QJsonObject before = QJsonDocument::fromJson(entries[1].oldValues.toUtf8()).object();
    const QJsonObject after = QJsonDocument::fromJson(entries[1].newValues.toUtf8()).object();
    EXPECT_EQ(before.value(QStringLiteral("phone")).toString(), QString());
    EXPECT_EQ(after.value(QStringLiteral("phone")).toString(), QStringLiteral("0987654321"));
    EXPECT_EQ(after.value(QStringLiteral("full_name")).toString(), QStringLiteral("Phạm Văn Em"));

    QSqlQuery q(db.connection());
    EXPECT_FALSE(q.exec(QStringLiteral("UPDATE change_log SET actor = 'nobody'")));
    EXPECT_FALSE(q.exec(QStringLiteral("DELETE FROM change_log")));
    EXPECT_EQ(ChangeLogRepository(db).forRecord(QStringLiteral("members"), id).size(), 2);
}

TEST_F(RepositoryTest, SearchIgnoresDiacriticsAndCaseAndMatchesWordPrefixes)
{
    addMember(QStringLiteral("Nguyễn Văn A"), tiny.village, 10);
    addMember(QStringLiteral("Nguyễn Văn Anh"), tiny.village, 11);
    addMember(QStringLiteral("Đỗ Thị Đào"), tiny.group, 12);
    addMember(QStringLiteral("Dương Văn Bảo"), tiny.workplace, 13);
    addMember(QStringLiteral("Trần Quốc Tuấn"), tiny.workplace, 14);
    MemberRepository repo(db);
    auto count = [&repo](const QString &typed) {
        MemberQuery q;
        q.terms = text::searchTerms(typed);
        return repo.count(q);
    };
    EXPECT_EQ(count(QStringLiteral("nguyen van a")), 2); // "a" is a prefix of "anh"
    EXPECT_EQ(count(QStringLiteral("NGUYEN VAN A")), 2);
    EXPECT_EQ(count(QStringLiteral("Nguyễn Văn Anh")), 1);
    EXPECT_EQ(count(QStringLiteral("d")), 2);            // Đỗ/Đào and Dương
    EXPECT_EQ(count(QStringLiteral("dao")), 1);
    EXPECT_EQ(count(QStringLiteral("tuan tran")), 1);    // any word order
    EXPECT_EQ(count(QStringLiteral("034075000012")), 1); // by CCCD
    EXPECT_EQ(count(QStringLiteral("xyz")), 0);
    EXPECT_EQ(count(QStringLiteral("\"van\"")), 3);      // quotes cannot break the query
    EXPECT_EQ(count(QString()), 5);
}

TEST_F(RepositoryTest, ScopeSortAndWindows)
{
    addMember(QStringLiteral("Nguyễn Văn Bình"), tiny.village, 20);
    addMember(QStringLiteral("Trần Văn An"), tiny.village, 21);
    addMember(QStringLiteral("Lê Thị Bình"), tiny.group, 22);
    addMember(QStringLiteral("Nguyễn Thị An"), tiny.workplace, 23);
    MemberRepository repo(db);
    OrganisationRepository orgs(db);

    MemberQuery all;
    EXPECT_EQ(names(repo.window(all, 0, 10)),
              (QStringList{QStringLiteral("Nguyễn Thị An"), QStringLiteral("Trần Văn An"),
                           QStringLiteral("Lê Thị Bình"), QStringLiteral("Nguyễn Văn Bình")}));
    EXPECT_EQ(names(repo.window(all, 1, 2)),
              (QStringList{QStringLiteral("Trần Văn An"), QStringLiteral("Lê Thị Bình")}));
    all.descending = true;
    EXPECT_EQ(repo.window(all, 0, 1).first().fullName, QStringLiteral("Nguyễn Văn Bình"));

    MemberQuery district;
    district.scopePath = orgs.pathOf(tiny.district);
    EXPECT_EQ(repo.count(district), 3); // the workplace sits under the province, not the district
    MemberQuery commune;
    commune.scopePath = orgs.pathOf(tiny.commune);
    EXPECT_EQ(names(repo.window(commune, 0, 10)),
              (QStringList{QStringLiteral("Trần Văn An"), QStringLiteral("Nguyễn Văn Bình")}));
    commune.terms = {QStringLiteral("binh")};
    EXPECT_EQ(repo.count(commune), 1);

    MemberQuery byCell;
    byCell.sort = MemberSort::Cell;
    const auto rows = repo.window(byCell, 0, 10);
    ASSERT_EQ(rows.size(), 4);
    for (int i = 1; i < rows.size(); ++i)
        EXPECT_LE(text::sortKey(rows[i - 1].cellName), text::sortKey(rows[i].cellName));
}

TEST_F(RepositoryTest, OneActiveReferralPerMember)
{
    const qint64 member = addMember(QStringLiteral("Vũ Văn Giang"), tiny.workplace, 30);
    ResidenceRepository repo(db);
    Transaction tx(db, QStringLiteral("tester"));
    Referral r;
    r.memberId = member;
    r.issuingOrgId = tiny.workplace;
    r.letterYear = 2012;
    r.letterNo = repo.nextLetterNo(tiny.workplace, 2012);
    r.issueDate = QDate(2012, 1, 5);
    r.toCommuneId = tiny.commune;
    repo.insert(r);
    EXPECT_EQ(r.letterNo, 1);
    EXPECT_EQ(repo.nextLetterNo(tiny.workplace, 2012), 2);
    ASSERT_TRUE(repo.activeReferralOf(member));
    EXPECT_EQ(repo.activeReferralOf(member)->state(), ReferralState::Issued);

    Referral second = r;
    second.letterNo = 2;
    EXPECT_THROW(repo.insert(second), StorageError);
    Referral early = r;
    early.letterNo = 3;
    early.endedDate = QDate(2012, 6, 1);
    early.endReason = ReferralEndReason::Moved;
    early.receivedDate = QDate(2011, 12, 1); // before issue: refused by a CHECK as well
    EXPECT_THROW(repo.insert(early), StorageError);
}
