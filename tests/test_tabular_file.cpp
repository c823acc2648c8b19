// Reading import files (tabular::readFile): every fixture of tests/fixtures/import
// (README.md there) read back with its header, rows, cells, row numbers, encoding
// and delimiter; overrides; and files that are not what they claim, by name.
#include "services/tabular_file.h"
#include "support/test_support.h"

#include <QFile>
#include <gtest/gtest.h>

using namespace cutru;
using tabular::Encoding;

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(CUTRU_IMPORT_FIXTURES "/") + QLatin1String(name);
}

const QStringList kHeader{QStringLiteral("Họ và tên"),       QStringLiteral("Ngày sinh"),
                          QStringLiteral("Giới tính"),       QStringLiteral("Số CCCD"),
                          QStringLiteral("Số thẻ đảng viên"), QStringLiteral("Ngày vào Đảng"),
                          QStringLiteral("Ngày chính thức"),  QStringLiteral("Mã chi bộ"),
                          QStringLiteral("Nơi công tác"),     QStringLiteral("Thôn/Tổ dân phố")};

// The five members as written in every CSV fixture (dates as text).
void expectMembersAsText(const tabular::Sheet &s)
{
    ASSERT_TRUE(s.ok()) << s.error.toStdString();
    EXPECT_EQ(s.header, kHeader);
    ASSERT_EQ(s.rows.size(), 5);
    for (int i = 0; i < 5; ++i) {
        EXPECT_EQ(s.rows[i].number, i + 2) << "the line of each record";
        EXPECT_EQ(s.rows[i].cells.size(), 10);
        EXPECT_EQ(s.rows[i].extraCells, 0);
    }
    EXPECT_EQ(s.rows[0].cells,
              (QStringList{QStringLiteral("Nguyễn Văn Hùng"), QStringLiteral("12/03/1968"), QStringLiteral("Nam"),
                           QStringLiteral("034068001234"), QStringLiteral("34012345"), QStringLiteral("15/05/1992"),
                           QStringLiteral("15/05/1993"), QStringLiteral("TB.D01.C001.K001"),
                           QStringLiteral("UBND xã Đông Hòa"), QStringLiteral("Thôn Đông")}));
    EXPECT_EQ(s.rows[1].cells[2], QStringLiteral("Nữ"));
    EXPECT_EQ(s.rows[2].cells[0], QStringLiteral("Phạm Đức Thắng"));
    EXPECT_EQ(s.rows[2].cells[8], QStringLiteral("Công ty CP May Thái Bình, phân xưởng 2"))
        << "a quoted field keeps its comma";
    EXPECT_EQ(s.rows[3].cells[0], QStringLiteral("Lê Thị Hương"));
    EXPECT_EQ(s.rows[3].cells[8], QStringLiteral("Trạm Y tế xã"));
    EXPECT_EQ(s.rows[4].cells[0], QStringLiteral("Đỗ Quang Huy"));
    EXPECT_TRUE(s.rows[4].cells[4].isEmpty()) << "no party card yet";
    EXPECT_TRUE(s.rows[4].cells[6].isEmpty());
    EXPECT_EQ(s.rows[4].cells[9], QStringLiteral("Thôn Đông"));
    for (const tabular::Row &row : s.rows) {
        for (const QString &cell : row.cells)
            EXPECT_EQ(cell, cell.normalized(QString::NormalizationForm_C)) << cell.toStdString();
    }
}

TEST(TabularFile, CsvInEveryEncodingAndDelimiter)
{
    struct Case {
        const char *file;
        Encoding encoding;
        char delimiter;
    };
    const Case cases[] = {
        {"members_utf8_bom_comma.csv", Encoding::Utf8, ','},
        {"members_utf8_semicolon.csv", Encoding::Utf8, ';'},
        {"members_utf16le_bom_tab.txt", Encoding::Utf16LE, '\t'},
        {"members_utf16be_nobom.csv", Encoding::Utf16BE, ','},
        {"members_cp1258_semicolon.csv", Encoding::Windows1258, ';'},
    };
    for (const Case &c : cases) {
        SCOPED_TRACE(c.file);
        const tabular::Sheet s = tabular::readFile(fixture(c.file));
        EXPECT_EQ(s.format, tabular::Format::Csv);
        EXPECT_EQ(s.fileName, fixture(c.file));
        EXPECT_EQ(tabular::encodingName(s.encoding), tabular::encodingName(c.encoding));
        EXPECT_EQ(s.delimiter, QLatin1Char(c.delimiter));
        EXPECT_TRUE(s.sheetNames.isEmpty());
        expectMembersAsText(s);
    }
}

TEST(TabularFile, ReadCsvFromMemoryAndForcedEncodingOrDelimiter)
{
    QFile file(fixture("members_cp1258_semicolon.csv"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray cp1258 = file.readAll();
    expectMembersAsText(tabular::readCsv(cp1258, QStringLiteral("ds.csv")));

    // Forcing Windows-1258 on UTF-8 text: UTF-8 continuation bytes include some
    // Windows-1258 leaves undefined (0x8D of "ọ" in the first header).
    tabular::ReadOptions windows;
    windows.encoding = Encoding::Windows1258;
    tabular::Sheet s = tabular::readFile(fixture("members_utf8_semicolon.csv"), windows);
    EXPECT_FALSE(s.ok());
    EXPECT_EQ(s.encoding, Encoding::Windows1258);
    EXPECT_TRUE(s.error.contains(fixture("members_utf8_semicolon.csv") + QStringLiteral(", line 1")))
        << s.error.toStdString();
    // ... while bytes it defines are decoded as asked, even when that is not what was meant.
    s = tabular::readCsv("T\xEAn;N\xE3m\r\nAn;1\r\n", QStringLiteral("w.csv"), windows);
    ASSERT_TRUE(s.ok()) << s.error.toStdString();
    EXPECT_EQ(s.header, (QStringList{QStringLiteral("Tên"), QStringLiteral("Năm")}));
    // Forcing UTF-8 on Windows-1258 bytes: the line of the first byte that is not UTF-8.
    tabular::ReadOptions utf8;
    utf8.encoding = Encoding::Utf8;
    s = tabular::readCsv(cp1258, QStringLiteral("ds.csv"), utf8);
    EXPECT_FALSE(s.ok());
    EXPECT_TRUE(s.error.contains(QStringLiteral("ds.csv, line 1"))) << s.error.toStdString();
    EXPECT_TRUE(s.header.isEmpty() && s.rows.isEmpty());
    // UTF-16 LE forced on the big-endian file swaps every character: obeyed too.
    tabular::ReadOptions le;
    le.encoding = Encoding::Utf16LE;
    s = tabular::readFile(fixture("members_utf16be_nobom.csv"), le);
    EXPECT_EQ(s.encoding, Encoding::Utf16LE);
    EXPECT_FALSE(s.ok() && s.header == kHeader);

    // A delimiter chosen by the user: the semicolon file read with commas is one
    // column per line, except where a name holds a comma.
    tabular::ReadOptions comma;
    comma.delimiter = QLatin1Char(',');
    s = tabular::readFile(fixture("members_utf8_semicolon.csv"), comma);
    ASSERT_TRUE(s.ok()) << s.error.toStdString();
    EXPECT_EQ(s.delimiter, QLatin1Char(','));
    EXPECT_EQ(s.header.size(), 1);
    EXPECT_EQ(s.rows[2].extraCells, 1) << "the workplace's comma splits the third member's line";
    EXPECT_EQ(s.rows[2].cells.size(), 2);
    EXPECT_EQ(s.rows[0].extraCells, 0);

    tabular::ReadOptions semicolon;
    semicolon.delimiter = QLatin1Char(';');
    s = tabular::readFile(fixture("members_utf8_semicolon.csv"), semicolon);
    expectMembersAsText(s);
}

TEST(TabularFile, EncodingNamesAndLabels)
{
    for (const Encoding e :
         {Encoding::Auto, Encoding::Utf8, Encoding::Utf16LE, Encoding::Utf16BE, Encoding::Windows1258}) {
        EXPECT_EQ(tabular::encodingFromName(tabular::encodingName(e)), e);
        EXPECT_FALSE(tabular::encodingLabel(e).isEmpty());
    }
    EXPECT_EQ(tabular::encodingName(Encoding::Windows1258), QStringLiteral("windows-1258"));
    EXPECT_EQ(tabular::encodingName(Encoding::Utf16LE), QStringLiteral("utf-16le"));
    EXPECT_EQ(tabular::encodingFromName(QStringLiteral("UTF8")), Encoding::Utf8);
    EXPECT_EQ(tabular::encodingFromName(QStringLiteral("utf16le")), Encoding::Utf16LE);
    EXPECT_EQ(tabular::encodingFromName(QStringLiteral("Utf16BE")), Encoding::Utf16BE);
    EXPECT_EQ(tabular::encodingFromName(QStringLiteral("CP1258")), Encoding::Windows1258);
    EXPECT_EQ(tabular::encodingFromName(QStringLiteral("Windows-1258")), Encoding::Windows1258);
    EXPECT_EQ(tabular::encodingFromName(QStringLiteral("latin1")), std::nullopt);
    EXPECT_EQ(tabular::encodingFromName(QString()), std::nullopt);
    EXPECT_EQ(tabular::encodingLabel(Encoding::Utf8), QStringLiteral("UTF-8"));
    EXPECT_EQ(tabular::encodingLabel(Encoding::Utf16LE), QStringLiteral("UTF-16 (little-endian)"));
    EXPECT_EQ(tabular::encodingLabel(Encoding::Windows1258), QStringLiteral("Windows-1258 (Vietnamese)"));
}

TEST(TabularFile, HeaderRowsPaddingAndExtraCells)
{
    // Blank lines (also of delimiters only) before the header and between rows; a short
    // row padded; an extra cell kept and counted, trailing empty ones dropped; the
    // header trimmed and cut after its last name; a record over two lines numbered by
    // its first line.
    const QByteArray text = "\n;;\n  Họ và tên ; Số CCCD ;Ghi chú;;\n"
                            "Nguyễn Văn Hùng;034068001234\n"
                            ";;\n"
                            "Trần Thị Lan;034175002468;\"hai\ndòng\";;thừa;;\n"
                            "Lê Thị Hương;034190003355;;;\n";
    const tabular::Sheet s = tabular::readCsv(text, QStringLiteral("t.csv"));
    ASSERT_TRUE(s.ok()) << s.error.toStdString();
    EXPECT_EQ(s.delimiter, QLatin1Char(';'));
    EXPECT_EQ(s.header, (QStringList{QStringLiteral("Họ và tên"), QStringLiteral("Số CCCD"), QStringLiteral("Ghi chú")}));
    ASSERT_EQ(s.rows.size(), 3);
    EXPECT_EQ(s.rows[0].number, 4);
    EXPECT_EQ(s.rows[0].cells, (QStringList{QStringLiteral("Nguyễn Văn Hùng"), QStringLiteral("034068001234"), QString()}));
    EXPECT_EQ(s.rows[1].number, 6);
    EXPECT_EQ(s.rows[1].cells, (QStringList{QStringLiteral("Trần Thị Lan"), QStringLiteral("034175002468"),
                                            QStringLiteral("hai\ndòng"), QString(), QStringLiteral("thừa")}));
    EXPECT_EQ(s.rows[1].extraCells, 2);
    EXPECT_EQ(s.rows[2].number, 8);
    EXPECT_EQ(s.rows[2].cells.size(), 3);
    EXPECT_EQ(s.rows[2].extraCells, 0);
}

TEST(TabularFile, LargeFilesKeepEveryValue)
{
    // Past the reader's trial of 2,000 values per column: repeated values (shared
    // between rows) and unique ones (no longer looked up) both come back exactly,
    // also where a quoted value interrupts the column.
    QByteArray text = "Giới tính;Số CCCD;Ghi chú\n";
    for (int i = 0; i < 5000; ++i) {
        text += (i % 2 ? "Nữ" : "Nam");
        text += ";0340" + QByteArray::number(68000000 + i) + ";";
        text += i % 1000 == 7 ? QByteArray("\"a;b\"") : QByteArray::number(i % 3);
        text += "\n";
    }
    const tabular::Sheet s = tabular::readCsv(text, QStringLiteral("big.csv"));
    ASSERT_TRUE(s.ok()) << s.error.toStdString();
    ASSERT_EQ(s.rows.size(), 5000);
    for (int i = 0; i < 5000; ++i) {
        const QStringList &cells = s.rows[i].cells;
        ASSERT_EQ(cells[0], i % 2 ? QStringLiteral("Nữ") : QStringLiteral("Nam")) << i;
        ASSERT_EQ(cells[1], QStringLiteral("0340") + QString::number(68000000 + i)) << i;
        ASSERT_EQ(cells[2], i % 1000 == 7 ? QStringLiteral("a;b") : QString::number(i % 3)) << i;
        ASSERT_EQ(s.rows[i].number, i + 2);
    }
}

TEST(TabularFile, EmptyHeaderOnlyAndBlankFiles)
{
    tabular::Sheet s = tabular::readFile(fixture("empty.csv"));
    EXPECT_FALSE(s.ok());
    EXPECT_TRUE(s.error.contains(fixture("empty.csv")) && s.error.contains(QStringLiteral("empty")))
        << s.error.toStdString();

    s = tabular::readFile(fixture("header_only.csv"));
    ASSERT_TRUE(s.ok()) << s.error.toStdString();
    EXPECT_EQ(s.header, kHeader);
    EXPECT_TRUE(s.rows.isEmpty());
    EXPECT_EQ(s.encoding, Encoding::Utf8);

    s = tabular::readCsv(",,,\r\n  ,  \r\n\r\n", QStringLiteral("blank.csv"));
    EXPECT_FALSE(s.ok());
    EXPECT_TRUE(s.error.contains(QStringLiteral("blank.csv")) && s.error.contains(QStringLiteral("header")))
        << s.error.toStdString();

    const test::TempFolder folder;
    s = tabular::readFile(folder.file(QStringLiteral("missing.csv")));
    EXPECT_FALSE(s.ok());
    EXPECT_TRUE(s.error.contains(folder.file(QStringLiteral("missing.csv")))) << s.error.toStdString();
    s = tabular::readFile(folder.file(QString()));
    EXPECT_FALSE(s.ok());
    EXPECT_TRUE(s.header.isEmpty());
}

TEST(TabularFile, UndecodableTextNamesFileAndLine)
{
    // Bytes 0x81 and 0x8A are neither UTF-8 nor Windows-1258.
    tabular::Sheet s = tabular::readCsv("Ho ten;So\r\nAn;1\r\nB\x81\x8A;2\r\n", QStringLiteral("rác.csv"));
    EXPECT_FALSE(s.ok());
    EXPECT_TRUE(s.error.contains(QStringLiteral("rác.csv, line 3"))) << s.error.toStdString();
    EXPECT_TRUE(s.rows.isEmpty());

    // An unpaired surrogate in UTF-16 LE, on the second line.
    QByteArray utf16 = "\xFF\xFE";
    for (const char16_t u : u"a,b\r\n")
        if (u)
            utf16.append(char(u & 0xFF)).append(char(u >> 8));
    utf16.append("\x00\xD8" "1\x00", 4);
    s = tabular::readCsv(utf16, QStringLiteral("u16.csv"));
    EXPECT_FALSE(s.ok());
    EXPECT_TRUE(s.error.contains(QStringLiteral("u16.csv, line 2"))) << s.error.toStdString();

    // An unclosed quote: the csv reader's message, naming the line it opened on.
    s = tabular::readCsv("a,b\n1,\"open\n2,3\n", QStringLiteral("q.csv"));
    EXPECT_FALSE(s.ok());
    EXPECT_TRUE(s.error.contains(QStringLiteral("q.csv, line 2"))) << s.error.toStdString();

    // Binary garbage (every byte value, NULs at odd and even offsets alike: not UTF-16)
    // is refused by name as neither UTF-8 nor Windows-1258.
    QByteArray garbage;
    for (int i = 0; i < 5000; ++i)
        garbage.append(char((i * 7919) % 256));
    s = tabular::readCsv(garbage, QStringLiteral("garbage.bin"));
    EXPECT_FALSE(s.ok());
    EXPECT_TRUE(s.error.contains(QStringLiteral("garbage.bin, line "))) << s.error.toStdString();
}

TEST(TabularFile, ExcelWorkbookWithDatesAsSerialsAndACccdAsANumber)
{
    const tabular::Sheet s = tabular::readFile(fixture("members.xlsx"));
    ASSERT_TRUE(s.ok()) << s.error.toStdString();
    EXPECT_EQ(s.format, tabular::Format::Xlsx);
    EXPECT_EQ(s.sheetNames, (QStringList{QStringLiteral("Đảng viên"), QStringLiteral("Chi bộ")}));
    EXPECT_EQ(s.sheetName, QStringLiteral("Đảng viên"));
    EXPECT_EQ(s.header, kHeader);
    ASSERT_EQ(s.rows.size(), 5) << "the row of formatted empty cells is left out";
    for (int i = 0; i < 5; ++i) {
        EXPECT_EQ(s.rows[i].number, i + 2);
        EXPECT_EQ(s.rows[i].cells.size(), 10);
    }
    // 12/03/1968 is serial 24909, 15/05/1992 33739, 15/05/1993 34104.
    EXPECT_EQ(s.rows[0].cells,
              (QStringList{QStringLiteral("Nguyễn Văn Hùng"), QStringLiteral("24909"), QStringLiteral("Nam"),
                           QStringLiteral("34068001234"), QStringLiteral("34012345"), QStringLiteral("33739"),
                           QStringLiteral("34104"), QStringLiteral("TB.D01.C001.K001"),
                           QStringLiteral("UBND xã Đông Hòa"), QStringLiteral("Thôn Đông")}));
    EXPECT_EQ(s.rows[1].cells[3], QStringLiteral("034175002468")) << "a CCCD stored as text keeps its zero";
    EXPECT_EQ(s.rows[2].cells[0], QStringLiteral("Phạm Đức Thắng")) << "rich-text runs joined";
    EXPECT_EQ(s.rows[2].cells[8], QStringLiteral("Công ty CP May Thái Bình, phân xưởng 2"));
    EXPECT_EQ(s.rows[4].cells[1], QStringLiteral("36918")); // 27/01/2001
    EXPECT_EQ(s.rows[4].cells[4], QString()) << "skipped cells of a sparse row are empty";
    EXPECT_EQ(s.rows[4].cells[6], QString());
    EXPECT_EQ(s.rows[4].cells[8], QString());
    EXPECT_EQ(s.rows[4].cells[9], QStringLiteral("Thôn Đông"));

    EXPECT_EQ(tabular::xlsxSheetNames(fixture("members.xlsx")), s.sheetNames);
}

TEST(TabularFile, ChoosingASheet)
{
    tabular::ReadOptions cells;
    cells.sheet = QStringLiteral("Chi bộ");
    tabular::Sheet s = tabular::readFile(fixture("members.xlsx"), cells);
    ASSERT_TRUE(s.ok()) << s.error.toStdString();
    EXPECT_EQ(s.sheetName, QStringLiteral("Chi bộ"));
    EXPECT_EQ(s.header, (QStringList{QStringLiteral("Mã chi bộ"), QStringLiteral("Tên chi bộ")}));
    ASSERT_EQ(s.rows.size(), 2);
    EXPECT_EQ(s.rows[1].number, 3);
    EXPECT_EQ(s.rows[1].cells, (QStringList{QStringLiteral("TB.D01.C001.K002"), QStringLiteral("Chi bộ thôn Nam")}));

    tabular::ReadOptions unknown;
    unknown.sheet = QStringLiteral("Sheet1");
    s = tabular::readFile(fixture("members.xlsx"), unknown);
    EXPECT_FALSE(s.ok());
    EXPECT_TRUE(s.error.contains(fixture("members.xlsx")) && s.error.contains(QStringLiteral("Sheet1"))
                && s.error.contains(QStringLiteral("\"Đảng viên\", \"Chi bộ\"")))
        << s.error.toStdString();
    EXPECT_TRUE(s.rows.isEmpty() && s.header.isEmpty());
    EXPECT_EQ(s.sheetNames.size(), 2);

    // CSV options do not disturb a workbook, the sheet option does not disturb a CSV.
    tabular::ReadOptions csvOptions;
    csvOptions.encoding = Encoding::Windows1258;
    csvOptions.delimiter = QLatin1Char(';');
    EXPECT_TRUE(tabular::readFile(fixture("members.xlsx"), csvOptions).ok());
    EXPECT_TRUE(tabular::readFile(fixture("members_utf8_bom_comma.csv"), unknown).ok());
}

TEST(TabularFile, WorkbookWithInlineStringsAndAbsoluteTargets)
{
    const tabular::Sheet s = tabular::readFile(fixture("members_inline.xlsx"));
    EXPECT_EQ(s.sheetNames, QStringList{QStringLiteral("Sheet1")});
    expectMembersAsText(s);
}

TEST(TabularFile, EveryKindOfExcelCell)
{
    const tabular::Sheet s = tabular::readFile(fixture("cell_types.xlsx"));
    ASSERT_TRUE(s.ok()) << s.error.toStdString();
    EXPECT_EQ(s.header, (QStringList{QStringLiteral("Kiểu"), QStringLiteral("Giá trị"), QStringLiteral("Ghi chú"),
                                     QStringLiteral("Thêm")}));
    ASSERT_EQ(s.rows.size(), 10);
    auto row = [&](int number) {
        for (const tabular::Row &r : s.rows)
            if (r.number == number)
                return r;
        ADD_FAILURE() << "no row " << number;
        return tabular::Row{};
    };
    EXPECT_EQ(s.rows[0].number, 3) << "row 2 is not in the sheet";
    EXPECT_EQ(row(3).cells[1], QStringLiteral("45292.5"));
    EXPECT_EQ(row(4).cells[1], QStringLiteral("34095001234")) << "whole numbers without an exponent";
    EXPECT_EQ(row(5).cells[1], QStringLiteral("TRUE"));
    EXPECT_EQ(row(5).cells[2], QStringLiteral("FALSE"));
    EXPECT_EQ(row(6).cells[1], QStringLiteral("#N/A"));
    EXPECT_EQ(row(7).cells[1], QStringLiteral("công thức!")) << "a formula's cached text";
    EXPECT_EQ(row(8).cells[1], QStringLiteral("2024-01-01T00:00:00"));
    EXPECT_EQ(row(9).cells, (QStringList{QStringLiteral("không có r"), QStringLiteral("7"), QStringLiteral("c9"), QString()}));
    EXPECT_EQ(row(10).cells[1], QStringLiteral("dòng 1\r\ndòng 2"));
    EXPECT_EQ(row(11).cells.size(), 6);
    EXPECT_EQ(row(11).cells[5], QStringLiteral("ngoài"));
    EXPECT_EQ(row(11).extraCells, 2);
    EXPECT_EQ(row(12).cells, (QStringList{QStringLiteral("đậm thường"), QStringLiteral("0.1"),
                                          QStringLiteral("1e+20"), QStringLiteral("-12")}))
        << "runs joined without the phonetic guide; 10^20 is past plain digits";
}

TEST(TabularFile, DamagedArchivesAndOtherZipFilesAreRefusedByName)
{
    QString error;
    for (const char *name : {"truncated.xlsx", "not_a_workbook.zip"}) {
        SCOPED_TRACE(name);
        const tabular::Sheet s = tabular::readFile(fixture(name));
        EXPECT_FALSE(s.ok());
        EXPECT_EQ(s.format, tabular::Format::Xlsx);
        EXPECT_TRUE(s.error.contains(fixture(name))) << s.error.toStdString();
        EXPECT_TRUE(s.header.isEmpty() && s.rows.isEmpty());
        EXPECT_TRUE(tabular::xlsxSheetNames(fixture(name), &error).isEmpty());
        EXPECT_TRUE(error.contains(fixture(name))) << error.toStdString();
    }
    EXPECT_TRUE(tabular::readFile(fixture("not_a_workbook.zip")).error.contains(QStringLiteral("not an Excel workbook")));
    EXPECT_TRUE(tabular::xlsxSheetNames(fixture("members_utf8_bom_comma.csv"), &error).isEmpty());
    EXPECT_FALSE(error.isEmpty());

    // Every cut of a valid workbook, and one with a damaged byte in each stretch of
    // it, either reads or is refused by name: never a crash, never half a sheet
    // without an error.
    QFile file(fixture("members.xlsx"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray whole = file.readAll();
    const test::TempFolder folder;
    const QString path = folder.file(QStringLiteral("cut.xlsx"));
    int refused = 0;
    for (qsizetype at = 4; at < whole.size(); at += 97) {
        for (const bool flip : {false, true}) {
            QByteArray bytes = flip ? whole : whole.left(at);
            if (flip)
                bytes[at] = char(bytes[at] ^ 0x5A);
            QFile out(path);
            ASSERT_TRUE(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
            out.write(bytes);
            out.close();
            const tabular::Sheet s = tabular::readFile(path);
            if (s.ok()) {
                EXPECT_FALSE(s.header.isEmpty());
            } else {
                ++refused;
                EXPECT_TRUE(s.error.contains(path)) << s.error.toStdString();
                EXPECT_TRUE(s.rows.isEmpty());
            }
        }
    }
    EXPECT_GT(refused, 0);
}

TEST(TabularFile, DamagedXmlInsideAWorkbookNamesThePart)
{
    const tabular::Sheet s = tabular::readFile(fixture("broken_xml.xlsx"));
    EXPECT_FALSE(s.ok());
    EXPECT_TRUE(s.error.contains(fixture("broken_xml.xlsx")) && s.error.contains(QStringLiteral("xl/worksheets/sheet1.xml")))
        << s.error.toStdString();
    EXPECT_TRUE(s.rows.isEmpty() && s.header.isEmpty());
    // The sheet names come from the workbook part, which is intact.
    EXPECT_EQ(s.sheetNames, QStringList{QStringLiteral("Sheet1")});
}

} // namespace
