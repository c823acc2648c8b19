#include "domain/member.h"

#include <gtest/gtest.h>

using namespace cutru;

namespace {

const QDate kToday(2024, 6, 1);

Member valid()
{
    Member m;
    m.fullName = QStringLiteral("Nguyễn Văn An");
    m.gender = Gender::Male;
    m.birthDate = QDate(1980, 3, 15);
    m.cccd = QStringLiteral("034080001234");
    m.partyCardNo = QStringLiteral("34012345");
    m.admissionDate = QDate(2005, 2, 3);
    m.officialDate = QDate(2006, 2, 3);
    m.cellId = 7;
    m.phone = QStringLiteral("0912 345 678");
    return m;
}

QStringList fieldsOf(const FieldErrors &errors)
{
    QStringList out;
    for (const auto &e : errors)
        out << e.field;
    return out;
}

} // namespace

TEST(MemberValidation, ValidMemberPasses)
{
    EXPECT_TRUE(validate(valid(), kToday).isEmpty());
}

TEST(MemberValidation, NameRequiredAndWhole)
{
    Member m = valid();
    m.fullName = QStringLiteral("   ");
    EXPECT_EQ(fieldsOf(validate(m, kToday)), QStringList{QStringLiteral("fullName")});
    m.fullName = QStringLiteral("An");
    EXPECT_EQ(fieldsOf(validate(m, kToday)), QStringList{QStringLiteral("fullName")});
    m.fullName = QStringLiteral("Nguyễn Văn 2");
    EXPECT_EQ(fieldsOf(validate(m, kToday)), QStringList{QStringLiteral("fullName")});
}

TEST(MemberValidation, CccdExactlyTwelveDigits)
{
    Member m = valid();
    for (const char *bad : {"03408000123", "0340800012345", "03408000123a", ""}) {
        m.cccd = QString::fromLatin1(bad);
        const FieldErrors e = validate(m, kToday);
        ASSERT_EQ(fieldsOf(e), QStringList{QStringLiteral("cccd")}) << bad;
        EXPECT_FALSE(e.first().message.isEmpty());
    }
}

TEST(MemberValidation, CccdMatchesBirthYearAndGender)
{
    Member m = valid();
    m.cccd = QStringLiteral("034081001234"); // year digits 81, born 1980
    EXPECT_EQ(fieldsOf(validate(m, kToday)), QStringList{QStringLiteral("cccd")});
    m.cccd = QStringLiteral("034180001234"); // digit 4 = 1: female born 19xx
    EXPECT_EQ(fieldsOf(validate(m, kToday)), QStringList{QStringLiteral("cccd")});
    m.gender = Gender::Female;
    EXPECT_TRUE(validate(m, kToday).isEmpty());
    m.cccd = QStringLiteral("034380001234"); // 3 = female born 20xx, but born 1980
    EXPECT_EQ(fieldsOf(validate(m, kToday)), QStringList{QStringLiteral("cccd")});
}

TEST(MemberValidation, DatesInOrder)
{
    Member m = valid();
    m.admissionDate = m.birthDate;
    EXPECT_TRUE(fieldsOf(validate(m, kToday)).contains(QStringLiteral("admissionDate")));

    m = valid();
    m.officialDate = m.admissionDate.addDays(-1);
    EXPECT_EQ(fieldsOf(validate(m, kToday)), QStringList{QStringLiteral("officialDate")});

    m = valid();
    m.officialDate = m.admissionDate; // "admission ≤ official" allows the same day
    EXPECT_TRUE(validate(m, kToday).isEmpty());

    m = valid();
    m.birthDate = kToday.addDays(1);
    EXPECT_TRUE(fieldsOf(validate(m, kToday)).contains(QStringLiteral("birthDate")));
}

TEST(MemberValidation, AdmittedAtEighteenOrOlder)
{
    Member m = valid();
    m.admissionDate = QDate(1998, 3, 14); // the day before the 18th birthday
    m.officialDate = QDate(1999, 3, 14);
    EXPECT_EQ(fieldsOf(validate(m, kToday)), QStringList{QStringLiteral("admissionDate")});
    m.admissionDate = QDate(1998, 3, 15); // the 18th birthday
    EXPECT_TRUE(validate(m, kToday).isEmpty());
}

TEST(MemberValidation, ProbationaryMemberNeedsNoCardButOfficialDoes)
{
    Member m = valid();
    m.officialDate = QDate();
    m.partyCardNo.clear();
    EXPECT_TRUE(validate(m, kToday).isEmpty());
    m.officialDate = QDate(2006, 2, 3);
    EXPECT_EQ(fieldsOf(validate(m, kToday)), QStringList{QStringLiteral("partyCardNo")});
    m.partyCardNo = QStringLiteral("12");
    EXPECT_EQ(fieldsOf(validate(m, kToday)), QStringList{QStringLiteral("partyCardNo")});
}

TEST(MemberValidation, PhoneFormat)
{
    EXPECT_TRUE(isValidPhone(QStringLiteral("0912345678")));
    EXPECT_TRUE(isValidPhone(QStringLiteral("+84 912 345 678")));
    EXPECT_TRUE(isValidPhone(QStringLiteral("0227.3831.234")));
    EXPECT_FALSE(isValidPhone(QStringLiteral("091234567")));   // 9 digits
    EXPECT_FALSE(isValidPhone(QStringLiteral("1912345678")));  // no leading 0
    EXPECT_FALSE(isValidPhone(QStringLiteral("0912a45678")));
    Member m = valid();
    m.phone = QStringLiteral("12345");
    EXPECT_EQ(fieldsOf(validate(m, kToday)), QStringList{QStringLiteral("phone")});
    m.phone.clear(); // optional
    EXPECT_TRUE(validate(m, kToday).isEmpty());
}

TEST(MemberValidation, MembershipCellRequired)
{
    Member m = valid();
    m.cellId = 0;
    EXPECT_EQ(fieldsOf(validate(m, kToday)), QStringList{QStringLiteral("cellId")});
}

TEST(MemberValidation, SeveralErrorsReportedTogether)
{
    Member m = valid();
    m.fullName.clear();
    m.cccd = QStringLiteral("1");
    m.phone = QStringLiteral("x");
    const QStringList fields = fieldsOf(validate(m, kToday));
    EXPECT_TRUE(fields.contains(QStringLiteral("fullName")));
    EXPECT_TRUE(fields.contains(QStringLiteral("cccd")));
    EXPECT_TRUE(fields.contains(QStringLiteral("phone")));
}
