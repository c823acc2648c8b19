// The CSV reader: RFC 4180 quoting, delimiters and encodings spreadsheets produce,
// line numbers of records, and errors that name the file and line.
#include "services/csv_reader.h"
#include "support/test_support.h"

#include <QFile>
#include <QStringEncoder>
#include <gtest/gtest.h>

using namespace cutru;

namespace {

QStringList fields(const csv::Table &t, int row)
{
    return t.rows.value(row).fields;
}

} // namespace

TEST(CsvReader, QuotedFieldsHoldDelimitersQuotesAndLineBreaks)
{
    const QByteArray bytes = "Họ tên,Ghi chú,Số\r\n"
                             "\"Nguyễn Văn An\",\"ốm, nằm viện\",1\r\n"
                             "\"Trần \"\"Bé\"\"\",\"dòng một\r\ndòng hai\",2\r\n"
                             "Lê Thị C,,3"; // no line end at the end
    const csv::Table t = csv::parse(bytes, QStringLiteral("a.csv"));
    ASSERT_TRUE(t.ok()) << t.error.toStdString();
    EXPECT_EQ(t.delimiter, QLatin1Char(','));
    ASSERT_EQ(t.rows.size(), 4);
    EXPECT_EQ(fields(t, 0), (QStringList{QStringLiteral("Họ tên"), QStringLiteral("Ghi chú"), QStringLiteral("Số")}));
    EXPECT_EQ(fields(t, 1), (QStringList{QStringLiteral("Nguyễn Văn An"), QStringLiteral("ốm, nằm viện"), QStringLiteral("1")}));
    EXPECT_EQ(fields(t, 2),
              (QStringList{QStringLiteral("Trần \"Bé\""), QStringLiteral("dòng một\ndòng hai"), QStringLiteral("2")}));
    EXPECT_EQ(fields(t, 3), (QStringList{QStringLiteral("Lê Thị C"), QString(), QStringLiteral("3")}));
    // Each record's line is where it starts: the multi-line record takes lines 3–4.
    EXPECT_EQ(t.rows[0].line, 1);
    EXPECT_EQ(t.rows[1].line, 2);
    EXPECT_EQ(t.rows[2].line, 3);
    EXPECT_EQ(t.rows[3].line, 5);
}

TEST(CsvReader, TheDelimiterComesFromTheHeaderLine)
{
    csv::Table t = csv::parse("a;b;c\n1,5;2;3\n", QStringLiteral("s.csv"));
    ASSERT_TRUE(t.ok());
    EXPECT_EQ(t.delimiter, QLatin1Char(';'));
    EXPECT_EQ(fields(t, 1), (QStringList{QStringLiteral("1,5"), QStringLiteral("2"), QStringLiteral("3")}));

    t = csv::parse("a\tb\tc\nx\ty,z\t\n", QStringLiteral("t.tsv"));
    EXPECT_EQ(t.delimiter, QLatin1Char('\t'));
    EXPECT_EQ(fields(t, 1), (QStringList{QStringLiteral("x"), QStringLiteral("y,z"), QString()}));

    // Delimiters inside quoted headers do not count.
    EXPECT_EQ(csv::detectDelimiter(QStringLiteral("\"a;b;c\",d,e")), QLatin1Char(','));
    EXPECT_EQ(csv::detectDelimiter(QStringLiteral("single column")), QLatin1Char(','));
    EXPECT_EQ(csv::detectDelimiter(QStringLiteral("a,b;c")), QLatin1Char(',')) << "a tie goes to the comma";
}

TEST(CsvReader, LineEndsAndBlankRecords)
{
    // CR alone (old Mac spreadsheets), LF, CRLF; blank lines and lines of empty fields
    // are left out but still counted.
    const csv::Table t = csv::parse("h1,h2\rx,1\n\n,\r\ny,2\r\n", QStringLiteral("e.csv"));
    ASSERT_TRUE(t.ok());
    ASSERT_EQ(t.rows.size(), 3);
    EXPECT_EQ(t.rows[1].line, 2);
    EXPECT_EQ(fields(t, 2).first(), QStringLiteral("y"));
    EXPECT_EQ(t.rows[2].line, 5);
    EXPECT_TRUE(csv::parse(QByteArray(), QStringLiteral("empty.csv")).rows.isEmpty());
    EXPECT_TRUE(csv::parse(QByteArray(), QStringLiteral("empty.csv")).ok());
}

TEST(CsvReader, EncodingsByByteOrderMark)
{
    const QString text = QStringLiteral("Số thẻ;Tình hình\n3401000300;Vắng có lý do\n");
    QByteArray utf8Bom = "\xEF\xBB\xBF" + text.toUtf8();
    QStringEncoder le(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom);
    QStringEncoder be(QStringEncoder::Utf16BE, QStringEncoder::Flag::WriteBom);
    const QByteArray utf16le = le.encode(text);
    const QByteArray utf16be = be.encode(text);
    ASSERT_TRUE(utf16le.startsWith("\xFF\xFE"));
    ASSERT_TRUE(utf16be.startsWith("\xFE\xFF"));
    for (const QByteArray &bytes : {text.toUtf8(), utf8Bom, utf16le, utf16be}) {
        const csv::Table t = csv::parse(bytes, QStringLiteral("enc.csv"));
        ASSERT_TRUE(t.ok()) << t.error.toStdString();
        ASSERT_EQ(t.rows.size(), 2);
        EXPECT_EQ(fields(t, 0).first(), QStringLiteral("Số thẻ")) << "no byte-order mark left in the first header";
        EXPECT_EQ(fields(t, 1).last(), QStringLiteral("Vắng có lý do"));
    }
    // UTF-16 whose mark was lost, and text that is not UTF-8 (Windows-1258), are refused by name.
    csv::Table t = csv::parse(utf16le.mid(2), QStringLiteral("nobom.csv"));
    EXPECT_FALSE(t.ok());
    EXPECT_TRUE(t.error.contains(QStringLiteral("nobom.csv")) && t.error.contains(QStringLiteral("UTF-16")))
        << t.error.toStdString();
    t = csv::parse("a,b\nok,1\nV\xE9ng,2\n", QStringLiteral("cp1258.csv"));
    EXPECT_FALSE(t.ok());
    EXPECT_TRUE(t.error.contains(QStringLiteral("cp1258.csv, line 3"))) << t.error.toStdString();
}

TEST(CsvReader, UnterminatedQuotesAndUnreadableFilesAreNamed)
{
    const csv::Table t = csv::parse("a,b\n1,2\n3,\"open\n4,5\n", QStringLiteral("bad.csv"));
    EXPECT_FALSE(t.ok());
    EXPECT_TRUE(t.rows.isEmpty());
    EXPECT_TRUE(t.error.contains(QStringLiteral("bad.csv, line 3"))) << t.error.toStdString();

    const test::TempFolder dir;
    const QString missing = dir.file(QStringLiteral("missing.csv"));
    csv::Table r = csv::readFile(missing);
    EXPECT_FALSE(r.ok());
    EXPECT_TRUE(r.error.contains(missing)) << r.error.toStdString();
    const QString folder = dir.file(QString());
    EXPECT_FALSE(csv::readFile(folder).ok());

    const QString good = dir.file(QStringLiteral("good.csv"));
    QFile f(good);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("x;y\n\"a;b\";c\n");
    f.close();
    r = csv::readFile(good);
    ASSERT_TRUE(r.ok()) << r.error.toStdString();
    EXPECT_EQ(fields(r, 1), (QStringList{QStringLiteral("a;b"), QStringLiteral("c")}));
    // Quotes inside unquoted fields, and text after a closing quote, are kept as written.
    EXPECT_EQ(fields(csv::parse("a,b\n5\"x,\"q\"z\n", QStringLiteral("l.csv")), 1),
              (QStringList{QStringLiteral("5\"x"), QStringLiteral("qz")}));
}
