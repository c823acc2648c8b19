#include "services/member_service.h"
#include "storage/change_log_repository.h"
#include "storage/member_repository.h"
#include "support/test_support.h"

#include <QSqlQuery>
#include <gtest/gtest.h>

using namespace cutru;

namespace {

class MemberServiceTest : public ::testing::Test {
protected:
    test::TempFolder dir;
    storage::Database db = storage::Database::open(dir.database(QStringLiteral("svc.cutru")));
    test::TinyProvince tiny = test::buildTinyProvince(db);
    MemberService service{db, test::wholeDatabaseUser(QStringLiteral("commune-office"))};
    const QDate today{2024, 1, 1};

    int memberCount()
    {
        QSqlQuery q(db.connection());
        q.exec(QStringLiteral("SELECT count(*) FROM members"));
        return q.next() ? q.value(0).toInt() : -1;
    }
};

QStringList fields(const FieldErrors &errors)
{
    QStringList out;
    for (const auto &e : errors)
        out << e.field;
    return out;
}

} // namespace

TEST_F(MemberServiceTest, SavesNewMemberInTheActorsName)
{
    Member m = test::validMember(QStringLiteral("Nguyễn Văn An"), tiny.village, 1);
    const SaveOutcome out = service.save(m, today);
    ASSERT_TRUE(out.ok()) << out.message.toStdString();
    EXPECT_GT(m.id, 0);
    const auto log = storage::ChangeLogRepository(db).forRecord(QStringLiteral("members"), m.id);
    ASSERT_EQ(log.size(), 1);
    EXPECT_EQ(log.first().actor, QStringLiteral("commune-office"));
}

TEST_F(MemberServiceTest, InvalidMemberSavesNothing)
{
    Member m = test::validMember(QStringLiteral("Nguyễn Văn An"), tiny.village, 1);
    m.cccd = QStringLiteral("12345");
    const SaveOutcome out = service.save(m, today);
    EXPECT_EQ(out.status, SaveOutcome::Status::Invalid);
    EXPECT_EQ(fields(out.errors), QStringList{QStringLiteral("cccd")});
    EXPECT_EQ(m.id, 0);
    EXPECT_EQ(memberCount(), 0);
}

TEST_F(MemberServiceTest, CccdAndPartyCardMustBeUnique)
{
    Member a = test::validMember(QStringLiteral("Nguyễn Văn An"), tiny.village, 1);
    ASSERT_TRUE(service.save(a, today).ok());
    Member b = test::validMember(QStringLiteral("Trần Văn Bình"), tiny.village, 1);
    const SaveOutcome out = service.save(b, today);
    EXPECT_EQ(out.status, SaveOutcome::Status::Invalid);
    EXPECT_TRUE(fields(out.errors).contains(QStringLiteral("cccd")));
    EXPECT_TRUE(fields(out.errors).contains(QStringLiteral("partyCardNo")));
    EXPECT_EQ(memberCount(), 1);
    // Editing a member keeps its own numbers without complaint.
    a.position = QStringLiteral("Giáo viên");
    EXPECT_TRUE(service.save(a, today).ok());
}

TEST_F(MemberServiceTest, MembershipMustBeInACellOrWorkplace)
{
    Member m = test::validMember(QStringLiteral("Nguyễn Văn An"), tiny.commune, 1);
    EXPECT_EQ(fields(service.save(m, today).errors), QStringList{QStringLiteral("cellId")});
    m.cellId = tiny.workplace;
    EXPECT_TRUE(service.save(m, today).ok());
}

TEST_F(MemberServiceTest, ResidenceCellMustBelongToTheCommune)
{
    Member m = test::validMember(QStringLiteral("Nguyễn Văn An"), tiny.workplace, 1);
    m.residenceCommuneId = tiny.commune;
    m.residenceCellId = tiny.group; // a residential group of another commune
    EXPECT_EQ(fields(service.save(m, today).errors), QStringList{QStringLiteral("residenceCellId")});
    m.residenceCellId = tiny.village;
    EXPECT_TRUE(service.save(m, today).ok());
    m.residenceCommuneId = tiny.village; // not a commune
    m.residenceCellId = 0;
    EXPECT_EQ(fields(service.save(m, today).errors), QStringList{QStringLiteral("residenceCommuneId")});
}

TEST_F(MemberServiceTest, StaleEditIsReportedNotOverwritten)
{
    Member m = test::validMember(QStringLiteral("Nguyễn Văn An"), tiny.village, 1);
    ASSERT_TRUE(service.save(m, today).ok());
    Member mine = *service.load(m.id);
    Member theirs = *service.load(m.id);
    theirs.phone = QStringLiteral("0911111111");
    ASSERT_TRUE(service.save(theirs, today).ok());
    mine.phone = QStringLiteral("0922222222");
    const SaveOutcome out = service.save(mine, today);
    EXPECT_EQ(out.status, SaveOutcome::Status::Stale);
    EXPECT_FALSE(out.message.isEmpty());
    EXPECT_EQ(service.load(m.id)->phone, QStringLiteral("0911111111"));
}

TEST_F(MemberServiceTest, NamesAreNormalisedBeforeSaving)
{
    Member m = test::validMember(QStringLiteral("  Nguye\u0302\u0303n   Văn  An "), tiny.village, 1);
    ASSERT_TRUE(service.save(m, today).ok());
    EXPECT_EQ(service.load(m.id)->fullName, QStringLiteral("Nguyễn Văn An"));
}
