// What importers share: the duplicate modes' codes and the rejected rows written back
// as a CSV file that opens in a spreadsheet and imports again once corrected.
#include "services/csv_reader.h"
#include "services/import_report.h"
#include "support/test_support.h"

#include <QFile>
#include <QFileInfo>
#include <gtest/gtest.h>

using namespace cutru;

namespace {

tabular::Row row(int number, QStringList cells, int extraCells = 0)
{
    return tabular::Row{number, std::move(cells), extraCells};
}

// A members-like sheet of five rows: the second and fourth rejected, the fifth a
// repetition of the first; the rejected ones carry quotes, commas and line breaks.
tabular::Sheet sampleSheet()
{
    tabular::Sheet s;
    s.fileName = QStringLiteral("dang-vien.csv");
    s.header = {QStringLiteral("Họ và tên"), QStringLiteral("Ngày sinh"), QStringLiteral("Ghi chú")};
    s.rows = {
        row(2, {QStringLiteral("Nguyễn Văn An"), QStringLiteral("01/02/1970"), QString()}),
        row(3, {QStringLiteral("Trần Thị \"Bé\""), QStringLiteral("31/02/1980"), QStringLiteral("ốm, nằm viện")}),
        row(4, {QStringLiteral("Lê Văn Cường"), QStringLiteral("05/06/1975"), QString()}),
        row(6, {QStringLiteral("Phạm Thị Dung"), QString(), QStringLiteral("dòng một\r\ndòng hai")}),
        row(8, {QStringLiteral("Nguyễn Văn An"), QStringLiteral("01/02/1970"), QString()}),
    };
    return s;
}

ImportReport sampleReport()
{
    ImportReport r;
    r.total = 5;
    r.valid = 2;
    r.invalid = 2;
    r.repeated = 1;
    r.fates = {RowFate::New, RowFate::Invalid, RowFate::New, RowFate::Invalid, RowFate::Repeated};
    r.problems = {
        {3, QStringLiteral("Ngày sinh"), QStringLiteral("not a date (dd/MM/yyyy): 31/02/1980")},
        {3, QStringLiteral("Số CCCD"), QStringLiteral("required")},
        {6, QStringLiteral("Ngày sinh"), QStringLiteral("required")},
        {8, QString(), QStringLiteral("the same member as row 2")},
    };
    return r;
}

} // namespace

TEST(ImportReport, DuplicateModesHaveStableCodes)
{
    for (DuplicateMode m : {DuplicateMode::Skip, DuplicateMode::Update, DuplicateMode::Fill}) {
        EXPECT_EQ(duplicateModeFromCode(code(m)), m);
        EXPECT_FALSE(label(m).isEmpty());
    }
    EXPECT_EQ(code(DuplicateMode::Skip), QStringLiteral("skip"));
    EXPECT_EQ(code(DuplicateMode::Update), QStringLiteral("update"));
    EXPECT_EQ(code(DuplicateMode::Fill), QStringLiteral("fill"));
    EXPECT_EQ(duplicateModeFromCode(QStringLiteral(" Update ")), DuplicateMode::Update);
    EXPECT_FALSE(duplicateModeFromCode(QStringLiteral("merge")).has_value());
    EXPECT_FALSE(duplicateModeFromCode(QString()).has_value());
}

TEST(ImportReport, RejectedRowsComeBackWithTheirProblems)
{
    test::TempFolder dir;
    const QString path = dir.file(QStringLiteral("rejected.csv"));
    QString error;
    ASSERT_TRUE(writeRejectedRows(sampleSheet(), sampleReport(), path, &error)) << error.toStdString();

    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    EXPECT_TRUE(bytes.startsWith("\xEF\xBB\xBF")) << "UTF-8 with a byte-order mark, for Excel";
    // Written byte for byte as "CSV output" says: comma, CRLF, quoted only when needed.
    const QByteArray expected = "\xEF\xBB\xBF"
                                "Họ và tên,Ngày sinh,Ghi chú,error\r\n"
                                "\"Trần Thị \"\"Bé\"\"\",31/02/1980,\"ốm, nằm viện\","
                                "Ngày sinh: not a date (dd/MM/yyyy): 31/02/1980; Số CCCD: required\r\n"
                                "Phạm Thị Dung,,\"dòng một\r\ndòng hai\",Ngày sinh: required\r\n"
                                "Nguyễn Văn An,01/02/1970,,the same member as row 2\r\n";
    EXPECT_EQ(QString::fromUtf8(bytes), QString::fromUtf8(expected));

    // Read back through the project's own CSV reader: only the rejected rows, the
    // cells as they were, one more column.
    const csv::Table t = csv::readFile(path);
    ASSERT_TRUE(t.ok()) << t.error.toStdString();
    EXPECT_EQ(t.delimiter, QLatin1Char(','));
    ASSERT_EQ(t.rows.size(), 4);
    EXPECT_EQ(t.rows[0].fields, (QStringList{QStringLiteral("Họ và tên"), QStringLiteral("Ngày sinh"),
                                             QStringLiteral("Ghi chú"), QStringLiteral("error")}));
    EXPECT_EQ(t.rows[1].fields.mid(0, 3), (QStringList{QStringLiteral("Trần Thị \"Bé\""), QStringLiteral("31/02/1980"),
                                                       QStringLiteral("ốm, nằm viện")}));
    EXPECT_EQ(t.rows[2].fields.value(2), QStringLiteral("dòng một\ndòng hai"))
        << "the reader gives line breaks inside a field as LF";
    EXPECT_EQ(t.rows[2].fields.value(3), QStringLiteral("Ngày sinh: required"));
    EXPECT_EQ(t.rows[3].fields.value(0), QStringLiteral("Nguyễn Văn An"));
    EXPECT_EQ(t.rows[3].fields.value(3), QStringLiteral("the same member as row 2"));
}

TEST(ImportReport, CellsBeyondTheHeaderKeepTheirColumns)
{
    tabular::Sheet s;
    s.header = {QStringLiteral("Mã"), QStringLiteral("Tên")};
    s.rows = {row(2, {QStringLiteral("X1"), QStringLiteral("Tên"), QStringLiteral("thừa")}, 1)};
    ImportReport r;
    r.fates = {RowFate::Invalid};
    r.problems = {{2, QString(), QStringLiteral("one cell too many")}};
    test::TempFolder dir;
    const QString path = dir.file(QStringLiteral("extra.csv"));
    ASSERT_TRUE(writeRejectedRows(s, r, path));
    const csv::Table t = csv::readFile(path);
    ASSERT_EQ(t.rows.size(), 2);
    EXPECT_EQ(t.rows[0].fields, (QStringList{QStringLiteral("Mã"), QStringLiteral("Tên"), QString(), QStringLiteral("error")}));
    EXPECT_EQ(t.rows[1].fields, (QStringList{QStringLiteral("X1"), QStringLiteral("Tên"), QStringLiteral("thừa"),
                                             QStringLiteral("one cell too many")}));
}

TEST(ImportReport, NothingRejectedGivesTheHeaderOnly)
{
    tabular::Sheet s = sampleSheet();
    ImportReport r;
    r.fates = QList<RowFate>(s.rows.size(), RowFate::New);
    test::TempFolder dir;
    const QString path = dir.file(QStringLiteral("none.csv"));
    ASSERT_TRUE(writeRejectedRows(s, r, path));
    const csv::Table t = csv::readFile(path);
    ASSERT_EQ(t.rows.size(), 1);
    EXPECT_EQ(t.rows[0].fields.last(), QStringLiteral("error"));
}

TEST(ImportReport, AnUnwritablePlaceIsReportedAndLeavesNoFile)
{
    test::TempFolder dir;
    const QString path = dir.file(QStringLiteral("no-such-folder/rejected.csv"));
    QString error;
    EXPECT_FALSE(writeRejectedRows(sampleSheet(), sampleReport(), path, &error));
    EXPECT_TRUE(error.contains(path)) << error.toStdString();
    EXPECT_FALSE(QFileInfo::exists(path));
}
