#pragma once

#include <QString>
#include <QStringList>

// Vietnamese text rules used for storage keys, search and sorting.
namespace cutru::text {

// NFC, trimmed, inner whitespace collapsed to single spaces. Imported names and
// typed names go through this before they are stored.
QString normalise(const QString &s);

// Lower case, diacritics removed, đ/Đ → d, whitespace collapsed:
// "Nguyễn Văn Đức" → "nguyen van duc". Used for diacritic-insensitive search.
QString fold(const QString &s);

// A Vietnamese personal name: family name first, given name last.
struct NameParts {
    QString family;
    QString middle;
    QString given;
};
NameParts splitName(const QString &fullName);

// A key whose plain byte order is Vietnamese name order: given name, then family
// name, then middle name, each in the Vietnamese alphabet (a ă â b c d đ e ê …)
// with tones as a secondary tier (ngang, huyền, hỏi, ngã, sắc, nặng). ASCII only,
// so SQL can ORDER BY it with the default BINARY collation and an index.
QString nameSortKey(const QString &fullName);

// Vietnamese alphabetical key for any text (organisation names, places): same
// alphabet and tone rules, words kept in their order.
QString sortKey(const QString &text);

// Search terms from what a user typed: folded, split on whitespace, empties dropped.
QStringList searchTerms(const QString &typed);

} // namespace cutru::text
