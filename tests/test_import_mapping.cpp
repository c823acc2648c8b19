// Column mappings of import files: guessed from the headers people write (Vietnamese,
// English, upper case, without diacritics), saved as JSON and reapplied, checked for
// what stops an import, and stored by name in the database for those allowed to import.
#include "services/import_mapping.h"
#include "support/test_support.h"

#include <QJsonDocument>
#include <gtest/gtest.h>

using namespace cutru;

namespace {

QStringList header(std::initializer_list<const char *> cells)
{
    QStringList out;
    for (const char *c : cells)
        out << QString::fromUtf8(c);
    return out;
}

} // namespace

TEST(ImportFields, ListsInExportOrderWithVietnameseHeaders)
{
    const QList<ImportField> &members = importFields(ImportKind::Members);
    ASSERT_EQ(members.size(), 20);
    EXPECT_EQ(members.first().key, QStringLiteral("full_name"));
    EXPECT_EQ(members.first().exportHeader, QStringLiteral("Họ và tên"));
    EXPECT_EQ(members.last().key, QStringLiteral("notes"));
    EXPECT_EQ(members.at(16).exportHeader, QStringLiteral("Mã thôn/tổ dân phố"));
    QStringList required;
    for (const ImportField &f : members)
        if (f.required)
            required << f.key;
    EXPECT_EQ(required, (QStringList{"full_name", "gender", "birth_date", "cccd", "admission_date"}));
    EXPECT_TRUE(importField(ImportKind::Members, QStringLiteral("official_date"))->isDate);
    EXPECT_FALSE(importField(ImportKind::Members, QStringLiteral("cccd"))->isDate);
    EXPECT_EQ(importField(ImportKind::Members, QStringLiteral("code")), nullptr) << "an organisation field";

    const QList<ImportField> &orgs = importFields(ImportKind::Organisations);
    QStringList keys;
    for (const ImportField &f : orgs)
        keys << f.key;
    EXPECT_EQ(keys, (QStringList{"code", "name", "level", "kind", "parent_code", "valid_from"}));
    EXPECT_EQ(importField(ImportKind::Organisations, QStringLiteral("parent_code"))->exportHeader,
              QStringLiteral("Mã cấp trên"));
    EXPECT_EQ(importField(ImportKind::Organisations, QStringLiteral("birth_date")), nullptr);

    EXPECT_EQ(importField(ImportKind::Members, QStringLiteral("birth_date"))->label(), QStringLiteral("Date of birth"));
    EXPECT_EQ(code(ImportKind::Organisations), QStringLiteral("organisations"));
    EXPECT_EQ(importKindFromCode(QStringLiteral("members")), ImportKind::Members);
    EXPECT_FALSE(importKindFromCode(QStringLiteral("Members")).has_value());
}

TEST(ColumnMappingGuess, VietnameseHeadersOfAnOfficeSheet)
{
    const QStringList h = header({"STT", "Họ tên", "Ngày tháng năm sinh", "Giới tính", "Số định danh cá nhân",
                                  "Số thẻ Đảng", "Ngày vào Đảng", "Ngày chính thức", "Chi bộ", "Nơi công tác",
                                  "Thôn / Tổ dân phố", "Xã/Phường/Thị trấn", "SĐT", "Ghi chú"});
    const ColumnMapping m = ColumnMapping::guess(ImportKind::Members, h);
    EXPECT_EQ(m.header, h);
    EXPECT_EQ(m.fieldOfColumn,
              (QStringList{"", "full_name", "birth_date", "gender", "cccd", "party_card_no", "admission_date",
                           "official_date", "cell_name", "workplace", "residence_cell_name",
                           "residence_commune_name", "phone", "notes"}));
    EXPECT_EQ(m.columnOf(QStringLiteral("cccd")), 4);
    EXPECT_EQ(m.columnOf(QStringLiteral("cell_code")), -1);
    EXPECT_EQ(m.columnOf(QString()), -1);
    EXPECT_TRUE(m.problems().isEmpty()) << m.problems().join(QLatin1Char('\n')).toStdString();
}

TEST(ColumnMappingGuess, EnglishUpperCaseAndUnaccentedHeaders)
{
    const ColumnMapping english = ColumnMapping::guess(
        ImportKind::Members, header({"Name", "Sex", "DOB", "National ID", "Party card number", "Admission date",
                                     "Cell code", "Phone", "Village", "Commune", "Address"}));
    EXPECT_EQ(english.fieldOfColumn,
              (QStringList{"full_name", "gender", "birth_date", "cccd", "party_card_no", "admission_date",
                           "cell_code", "phone", "residence_cell_name", "residence_commune_name",
                           "residence_address"}));

    const ColumnMapping upper = ColumnMapping::guess(
        ImportKind::Members, header({"HỌ VÀ TÊN", "NGÀY SINH", "GIỚI TÍNH", "SỐ CCCD", "NGÀY VÀO ĐẢNG", "MÃ CHI BỘ"}));
    EXPECT_EQ(upper.fieldOfColumn,
              (QStringList{"full_name", "birth_date", "gender", "cccd", "admission_date", "cell_code"}));

    const ColumnMapping plain = ColumnMapping::guess(
        ImportKind::Members, header({"ho_va_ten", "ngay_sinh", "gioi tinh", "so-cccd", "ngay vao dang",
                                     "chi bo", "so the dang vien", "thon/to dan pho", "ma xa cu tru",
                                     "Ma thon / to dan pho", "full_name", "birth_date"}));
    EXPECT_EQ(plain.fieldOfColumn,
              (QStringList{"full_name", "birth_date", "gender", "cccd", "admission_date", "cell_name",
                           "party_card_no", "residence_cell_name", "residence_commune_code",
                           "residence_cell_code", "", ""}))
        << "a field goes to its first matching column only";
}

TEST(ColumnMappingGuess, OrganisationHeaders)
{
    const ColumnMapping m = ColumnMapping::guess(
        ImportKind::Organisations, header({"Mã tổ chức", "Tên tổ chức", "CẤP", "Type", "Parent code", "Hiệu lực từ",
                                           "Họ và tên"}));
    EXPECT_EQ(m.fieldOfColumn, (QStringList{"code", "name", "level", "kind", "parent_code", "valid_from", ""}));
    EXPECT_TRUE(m.problems().isEmpty());
}

TEST(ColumnMappingProblems, MissingRequiredTwoColumnsOneFieldUnknownKey)
{
    ColumnMapping m = ColumnMapping::guess(ImportKind::Members, header({"Họ và tên", "Ngày sinh", "Ghi chú"}));
    QStringList problems = m.problems();
    // Gender, CCCD and admission date are required and missing; so is the holding organisation.
    ASSERT_EQ(problems.size(), 4) << problems.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(problems.at(0).contains(QStringLiteral("Gender")));
    EXPECT_TRUE(problems.at(1).contains(QStringLiteral("CCCD number")));
    EXPECT_TRUE(problems.at(2).contains(QStringLiteral("Date of admission")));
    EXPECT_TRUE(problems.at(3).contains(QStringLiteral("Cell code")));

    m = ColumnMapping::guess(ImportKind::Members, header({"Họ và tên", "Giới tính", "Ngày sinh", "Số CCCD",
                                                         "Ngày vào Đảng", "Chi bộ", "Ghi chú"}));
    ASSERT_TRUE(m.problems().isEmpty());
    m.fieldOfColumn[6] = QStringLiteral("birth_date"); // the user mapped "Ghi chú" to the date of birth too
    problems = m.problems();
    ASSERT_EQ(problems.size(), 1);
    EXPECT_TRUE(problems.at(0).contains(QStringLiteral("“Ngày sinh”")));
    EXPECT_TRUE(problems.at(0).contains(QStringLiteral("“Ghi chú”")));
    EXPECT_TRUE(problems.at(0).contains(QStringLiteral("Date of birth")));

    m.fieldOfColumn[6] = QStringLiteral("shoe_size");
    problems = m.problems();
    ASSERT_EQ(problems.size(), 1);
    EXPECT_TRUE(problems.at(0).contains(QStringLiteral("shoe_size")));
    EXPECT_TRUE(problems.at(0).contains(QStringLiteral("“Ghi chú”")));

    m.fieldOfColumn[5].clear(); // no organisation any more
    EXPECT_EQ(m.problems().size(), 2);
}

TEST(ColumnMappingJson, RoundTripAndReappliedToAnotherFile)
{
    ColumnMapping m = ColumnMapping::guess(ImportKind::Members, header({"Tên", "Phái", "Sinh ngày", "CCCD",
                                                                       "Vào Đảng", "Đơn vị", "Ghi chú"}));
    // Nothing recognised but CCCD and notes: the user maps the rest by hand.
    EXPECT_EQ(m.fieldOfColumn, (QStringList{"", "", "", "cccd", "", "", "notes"}));
    m.fieldOfColumn = QStringList{"full_name", "gender", "birth_date", "cccd", "admission_date", "cell_name", ""};
    const QJsonObject json = m.toJson();
    EXPECT_EQ(QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)),
              QStringLiteral("{\"columns\":{\"CCCD\":\"cccd\",\"Phái\":\"gender\",\"Sinh ngày\":\"birth_date\","
                             "\"Tên\":\"full_name\",\"Vào Đảng\":\"admission_date\",\"Đơn vị\":\"cell_name\"},"
                             "\"kind\":\"members\"}"))
        << "ignored columns are left out";

    ColumnMapping same = ColumnMapping::fromJson(ImportKind::Members, m.header, json);
    // The saved mapping does not name "Ghi chú" (ignored columns are left out), so it is guessed.
    EXPECT_EQ(same.fieldOfColumn,
              (QStringList{"full_name", "gender", "birth_date", "cccd", "admission_date", "cell_name", "notes"}));
    same.fieldOfColumn[6].clear();
    EXPECT_EQ(same.toJson(), json);

    // Next month's file: other order, upper case, a new column the saved mapping does
    // not name (guessed), and a column it names missing.
    const ColumnMapping next = ColumnMapping::fromJson(
        ImportKind::Members, header({"SINH NGÀY", "TÊN", "Số điện thoại", "PHÁI", "Vao Dang", "CCCD", "Họ và tên"}),
        json);
    EXPECT_EQ(next.fieldOfColumn,
              (QStringList{"birth_date", "full_name", "phone", "gender", "admission_date", "cccd", ""}))
        << "a field the saved mapping gives is not guessed again for another column";
    ASSERT_EQ(next.problems().size(), 1) << "no cell column";
}

namespace {

class ImportMappingStoreTest : public ::testing::Test {
protected:
    ColumnMapping memberMapping() const
    {
        return ColumnMapping::guess(ImportKind::Members,
                                    header({"Họ và tên", "Giới tính", "Ngày sinh", "Số CCCD", "Ngày vào Đảng", "Chi bộ"}));
    }

    test::TempFolder dir;
    storage::Database db = storage::Database::open(dir.database(QStringLiteral("mappings.cutru")));
    test::TinyProvince tiny = test::buildTinyProvince(db);
    ActingUser admin = test::wholeDatabaseUser(QStringLiteral("admin"));
};

} // namespace

TEST_F(ImportMappingStoreTest, SaveLoadListRemove)
{
    ImportMappingStore store(db, admin);
    EXPECT_TRUE(store.names(ImportKind::Members).isEmpty());
    EXPECT_FALSE(store.load(ImportKind::Members, QStringLiteral("Xã Vũ Hòa")).has_value());

    const ColumnMapping m = memberMapping();
    ASSERT_TRUE(store.save(QStringLiteral("  Xã Vũ Hòa "), m).ok()) << "the name is trimmed";
    ASSERT_TRUE(store.save(QStringLiteral("Đảng ủy khối"), m).ok());
    ASSERT_TRUE(store.save(QStringLiteral("Ấp Bắc"), m).ok());
    ColumnMapping orgs = ColumnMapping::guess(ImportKind::Organisations, header({"Mã", "Tên", "Cấp"}));
    ASSERT_TRUE(store.save(QStringLiteral("Tỉnh"), orgs).ok());

    EXPECT_EQ(store.names(ImportKind::Members),
              (QStringList{QStringLiteral("Ấp Bắc"), QStringLiteral("Đảng ủy khối"), QStringLiteral("Xã Vũ Hòa")}))
        << "Vietnamese alphabetical order: a ă â … d đ … x";
    EXPECT_EQ(store.names(ImportKind::Organisations), QStringList{QStringLiteral("Tỉnh")});

    const auto loaded = store.load(ImportKind::Members, QStringLiteral("Xã Vũ Hòa"));
    ASSERT_TRUE(loaded.has_value());
    EXPECT_EQ(*loaded, m.toJson());
    EXPECT_EQ(ColumnMapping::fromJson(ImportKind::Members, m.header, *loaded).fieldOfColumn, m.fieldOfColumn);

    // Saving under an existing name replaces it.
    ColumnMapping changed = m;
    changed.fieldOfColumn[5] = QStringLiteral("cell_code");
    ASSERT_TRUE(store.save(QStringLiteral("Xã Vũ Hòa"), changed).ok());
    EXPECT_EQ(*store.load(ImportKind::Members, QStringLiteral("Xã Vũ Hòa")), changed.toJson());
    EXPECT_EQ(store.names(ImportKind::Members).size(), 3);

    // Another connection (the other front end) sees it.
    storage::Database other = storage::Database::open(dir.database(QStringLiteral("mappings.cutru")));
    EXPECT_EQ(ImportMappingStore(other, admin).names(ImportKind::Members).size(), 3);

    ASSERT_TRUE(store.remove(ImportKind::Members, QStringLiteral("Đảng ủy khối")).ok());
    EXPECT_EQ(store.names(ImportKind::Members), (QStringList{QStringLiteral("Ấp Bắc"), QStringLiteral("Xã Vũ Hòa")}));
    EXPECT_FALSE(store.load(ImportKind::Members, QStringLiteral("Đảng ủy khối")).has_value());
    EXPECT_TRUE(store.load(ImportKind::Organisations, QStringLiteral("Tỉnh")).has_value()) << "kinds kept apart";
    EXPECT_FALSE(store.load(ImportKind::Members, QStringLiteral("Tỉnh")).has_value());
}

TEST_F(ImportMappingStoreTest, EmptyNameAndUsersWithoutTheRight)
{
    ImportMappingStore store(db, admin);
    const SaveOutcome unnamed = store.save(QStringLiteral("   "), memberMapping());
    ASSERT_EQ(unnamed.status, SaveOutcome::Status::Invalid);
    ASSERT_EQ(unnamed.errors.size(), 1);
    EXPECT_EQ(unnamed.errors.first().field, QStringLiteral("name"));

    // A cell secretary edits no members; an auditor changes nothing.
    for (const ActingUser &u : {test::userWithRole(QStringLiteral("secretary"), Role::CellSecretary, db, tiny.village),
                                test::userWithRole(QStringLiteral("auditor"), Role::Auditor, db, tiny.province)}) {
        ImportMappingStore theirs(db, u);
        const SaveOutcome refused = theirs.save(QStringLiteral("Mine"), memberMapping());
        EXPECT_EQ(refused.status, SaveOutcome::Status::Denied) << u.name.toStdString();
        EXPECT_FALSE(refused.message.isEmpty());
        EXPECT_TRUE(theirs.names(ImportKind::Members).isEmpty()) << "nothing written";
    }

    // A commune office edits members, but not the organisation tree.
    ImportMappingStore office(db, test::userWithRole(QStringLiteral("office"), Role::CommuneOffice, db, tiny.commune));
    EXPECT_TRUE(office.save(QStringLiteral("Xã"), memberMapping()).ok());
    EXPECT_EQ(office.save(QStringLiteral("Cây"), ColumnMapping::guess(ImportKind::Organisations, header({"Mã"}))).status,
              SaveOutcome::Status::Denied);
    EXPECT_EQ(office.remove(ImportKind::Organisations, QStringLiteral("Cây")).status, SaveOutcome::Status::Denied);
    ASSERT_TRUE(store.save(QStringLiteral("Tỉnh"), ColumnMapping::guess(ImportKind::Organisations, header({"Mã"}))).ok());
    EXPECT_EQ(office.remove(ImportKind::Organisations, QStringLiteral("Tỉnh")).status, SaveOutcome::Status::Denied);
    EXPECT_TRUE(store.load(ImportKind::Organisations, QStringLiteral("Tỉnh")).has_value());
    EXPECT_EQ(ImportMappingStore(db, test::userWithRole(QStringLiteral("secretary"), Role::CellSecretary, db, tiny.village))
                  .remove(ImportKind::Members, QStringLiteral("Xã"))
                  .status,
              SaveOutcome::Status::Denied);
    EXPECT_EQ(store.names(ImportKind::Members), QStringList{QStringLiteral("Xã")});
}
