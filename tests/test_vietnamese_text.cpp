#include "domain/vietnamese_text.h"

#include <QStringList>
#include <algorithm>
#include <gtest/gtest.h>

using namespace cutru::text;

TEST(Fold, RemovesDiacriticsAndCase)
{
    EXPECT_EQ(fold(QStringLiteral("Nguyễn Văn A")), QStringLiteral("nguyen van a"));
    EXPECT_EQ(fold(QStringLiteral("NGUYỄN VĂN A")), QStringLiteral("nguyen van a"));
    EXPECT_EQ(fold(QStringLiteral("nguyen van a")), QStringLiteral("nguyen van a"));
}

TEST(Fold, MapsDStrokeToD)
{
    EXPECT_EQ(fold(QStringLiteral("Đặng Đức Đông")), QStringLiteral("dang duc dong"));
    EXPECT_EQ(fold(QStringLiteral("đ")), QStringLiteral("d"));
}

TEST(Fold, HandlesDecomposedInputAndSpaces)
{
    // "ễ" typed as e + circumflex + tilde (NFD), with stray spaces.
    const QString decomposed = QStringLiteral("  Nguye\u0302\u0303n   Thi\u0323  ");
    EXPECT_EQ(fold(decomposed), QStringLiteral("nguyen thi"));
}

TEST(Normalise, ComposesAndCollapsesSpaces)
{
    const QString decomposed = QStringLiteral(" Nguye\u0302\u0303n \t Văn  A ");
    EXPECT_EQ(normalise(decomposed), QStringLiteral("Nguyễn Văn A"));
    EXPECT_EQ(normalise(decomposed).size(), QStringLiteral("Nguyễn Văn A").size());
}

TEST(SplitName, FamilyMiddleGiven)
{
    const NameParts p = splitName(QStringLiteral("Nguyễn Thị Thu Hà"));
    EXPECT_EQ(p.family, QStringLiteral("Nguyễn"));
    EXPECT_EQ(p.middle, QStringLiteral("Thị Thu"));
    EXPECT_EQ(p.given, QStringLiteral("Hà"));
    const NameParts two = splitName(QStringLiteral("Lê Lợi"));
    EXPECT_EQ(two.family, QStringLiteral("Lê"));
    EXPECT_TRUE(two.middle.isEmpty());
    EXPECT_EQ(two.given, QStringLiteral("Lợi"));
}

static QStringList sortedByNameKey(QStringList names)
{
    std::sort(names.begin(), names.end(),
              [](const QString &a, const QString &b) { return nameSortKey(a) < nameSortKey(b); });
    return names;
}

TEST(NameSort, GivenNameFirstThenFamilyName)
{
    const QStringList sorted = sortedByNameKey({QStringLiteral("Nguyễn Văn Bình"), QStringLiteral("Trần Văn An"),
                                                QStringLiteral("Lê Thị Bình"), QStringLiteral("Nguyễn Thị An")});
    EXPECT_EQ(sorted, (QStringList{QStringLiteral("Nguyễn Thị An"), QStringLiteral("Trần Văn An"),
                                   QStringLiteral("Lê Thị Bình"), QStringLiteral("Nguyễn Văn Bình")}));
}

TEST(NameSort, VietnameseAlphabetOrder)
{
    // a < ă < â, d < đ, e < ê, o < ô < ơ, u < ư — and đ after every d-word.
    const QStringList sorted = sortedByNameKey({QStringLiteral("Lê Đào"), QStringLiteral("Lê Dung"),
                                                QStringLiteral("Lê Ân"), QStringLiteral("Lê Ăn"),
                                                QStringLiteral("Lê An"), QStringLiteral("Lê Ưng"),
                                                QStringLiteral("Lê Uyên"), QStringLiteral("Lê Ơn"),
                                                QStringLiteral("Lê Ôn"), QStringLiteral("Lê Oanh")});
    EXPECT_EQ(sorted, (QStringList{QStringLiteral("Lê An"), QStringLiteral("Lê Ăn"), QStringLiteral("Lê Ân"),
                                   QStringLiteral("Lê Dung"), QStringLiteral("Lê Đào"), QStringLiteral("Lê Oanh"),
                                   QStringLiteral("Lê Ôn"), QStringLiteral("Lê Ơn"), QStringLiteral("Lê Uyên"),
                                   QStringLiteral("Lê Ưng")}));
}

TEST(NameSort, TonesAreASecondaryOrder)
{
    // Same letters: ngang, huyền, hỏi, ngã, sắc, nặng.
    const QStringList sorted = sortedByNameKey({QStringLiteral("Lê Mạ"), QStringLiteral("Lê Má"),
                                                QStringLiteral("Lê Mã"), QStringLiteral("Lê Mả"),
                                                QStringLiteral("Lê Mà"), QStringLiteral("Lê Ma")});
    EXPECT_EQ(sorted, (QStringList{QStringLiteral("Lê Ma"), QStringLiteral("Lê Mà"), QStringLiteral("Lê Mả"),
                                   QStringLiteral("Lê Mã"), QStringLiteral("Lê Má"), QStringLiteral("Lê Mạ")}));
    // ...but letters come first: "Mà" before "Mai" even though "Mai" has no tone.
    EXPECT_LT(nameSortKey(QStringLiteral("Lê Mà")), nameSortKey(QStringLiteral("Lê Mai")));
}

TEST(NameSort, ShorterNameFirstAndCaseIgnored)
{
    EXPECT_LT(nameSortKey(QStringLiteral("Trần An")), nameSortKey(QStringLiteral("Trần Anh")));
    EXPECT_LT(sortKey(QStringLiteral("An")), sortKey(QStringLiteral("An Bình")));
    EXPECT_EQ(nameSortKey(QStringLiteral("NGUYỄN VĂN A")), nameSortKey(QStringLiteral("nguyễn văn a")));
}

TEST(NameSort, KeyIsPlainAscii)
{
    const QString key = nameSortKey(QStringLiteral("Đặng Thị Ưng Ửng"));
    for (const QChar c : key)
        EXPECT_LT(c.unicode(), 0x80) << "non-ASCII in sort key";
}

TEST(SearchTerms, FoldedWords)
{
    EXPECT_EQ(searchTerms(QStringLiteral("  NGUYỄN  văn ")),
              (QStringList{QStringLiteral("nguyen"), QStringLiteral("van")}));
    EXPECT_TRUE(searchTerms(QStringLiteral("   ")).isEmpty());
}
