#include "services/member_service.h"
#include "services/organisation_tree.h"
#include "storage/organisation_repository.h"
#include "support/test_support.h"

#include <gtest/gtest.h>

using namespace cutru;

TEST(OrganisationTree, CountsSubtreesAndPathsMatchStorage)
{
    test::TempFolder dir;
    storage::Database db = storage::Database::open(dir.database(QStringLiteral("tree.cutru")));
    const test::TinyProvince tiny = test::buildTinyProvince(db);
    MemberService service(db, test::wholeDatabaseUser(QStringLiteral("t")));
    const QDate today(2024, 1, 1);
    int serial = 0;
    for (qint64 cell : {tiny.village, tiny.village, tiny.group, tiny.workplace}) {
        Member m = test::validMember(QStringLiteral("Nguyễn Văn An"), cell, ++serial);
        ASSERT_TRUE(service.save(m, today).ok());
    }
    const OrganisationTree tree = OrganisationTree::load(db);
    EXPECT_EQ(tree.memberCount(tiny.village), 2);
    EXPECT_EQ(tree.memberCount(tiny.commune), 2);
    EXPECT_EQ(tree.memberCount(tiny.ward), 1);
    EXPECT_EQ(tree.memberCount(tiny.district), 3);
    EXPECT_EQ(tree.memberCount(tiny.province), 4);
    EXPECT_EQ(tree.roots(), QList<qint64>{tiny.province});
    EXPECT_EQ(tree.childrenOf(tiny.commune), QList<qint64>{tiny.village});

    storage::OrganisationRepository repo(db);
    for (const auto &o : tree.all())
        EXPECT_EQ(tree.scopePath(o.id), repo.pathOf(o.id)) << o.name.toStdString();
    EXPECT_EQ(tree.breadcrumb(tiny.village),
              QStringLiteral("Tỉnh ủy Thái Bình › Huyện ủy Thái Thụy › Đảng bộ xã Thái Giang › Chi bộ thôn Phất Lộc Tây"));
    EXPECT_EQ(tree.ofLevel(OrgLevel::Commune).size(), 2);
    EXPECT_EQ(tree.find(-5), nullptr);
}
