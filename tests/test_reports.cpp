#include "reports/csv_writer.h"
#include "reports/overview_report.h"
#include "services/member_service.h"
#include "support/test_support.h"

#include <gtest/gtest.h>

using namespace cutru;

namespace {

int valueOf(const reports::ReportTable &t, const QString &label)
{
    for (const auto &row : t.rows)
        if (row.cells.value(0).toString() == label)
            return row.cells.value(1).toInt();
    ADD_FAILURE() << "no row " << label.toStdString();
    return -1;
}

} // namespace

TEST(OverviewReport, CountsByKindInTheSourcesShape)
{
    test::TempFolder dir;
    storage::Database db = storage::Database::open(dir.database(QStringLiteral("r.cutru")));
    const test::TinyProvince tiny = test::buildTinyProvince(db);
    MemberService service(db, test::wholeDatabaseUser(QStringLiteral("t")));
    int serial = 0;
    for (qint64 cell : {tiny.village, tiny.village, tiny.village, tiny.group, tiny.workplace, tiny.workplace}) {
        Member m = test::validMember(QStringLiteral("Nguyễn Văn An"), cell, ++serial);
        ASSERT_TRUE(service.save(m, QDate(2024, 1, 1)).ok());
    }
    const reports::ReportTable t = reports::overviewReport(db, QString(), QStringLiteral("Thái Bình"));
    EXPECT_EQ(valueOf(t, QStringLiteral("Commune-level party committees")), 2);
    EXPECT_EQ(valueOf(t, QStringLiteral("Commune")), 1);
    EXPECT_EQ(valueOf(t, QStringLiteral("Township")), 1);
    EXPECT_EQ(valueOf(t, QStringLiteral("Village cell")), 1);
    EXPECT_EQ(valueOf(t, QStringLiteral("Residential-group cell")), 1);
    EXPECT_EQ(valueOf(t, QStringLiteral("Party members")), 6);
    EXPECT_EQ(valueOf(t, QStringLiteral("Held in communes")), 3);
    EXPECT_EQ(valueOf(t, QStringLiteral("Held in wards and townships")), 1);
    EXPECT_EQ(valueOf(t, QStringLiteral("Administrative agency")), 2);
    EXPECT_EQ(valueOf(t, QStringLiteral("State-owned enterprise")), 0);

    const QByteArray csv = reports::toCsv(t);
    EXPECT_TRUE(csv.startsWith("\xEF\xBB\xBF"));
    EXPECT_TRUE(csv.contains("Administrative agency,2\r\n"));
}

TEST(CsvWriter, QuotesWhatNeedsQuoting)
{
    reports::ReportTable t;
    t.columns = {{QStringLiteral("Tên"), false}, {QStringLiteral("Số"), true}};
    t.rows.append({{QStringLiteral("Chi bộ \"Đông\", thôn 1"), 12}, 1, false});
    const QByteArray csv = reports::toCsv(t);
    EXPECT_EQ(csv, QByteArray("\xEF\xBB\xBF") + QStringLiteral("Tên,Số\r\n\"Chi bộ \"\"Đông\"\", thôn 1\",12\r\n").toUtf8());
}
