#pragma once

#include <QStringList>

// The databases opened lately, most recent first, kept in QSettings.
namespace cutru::recent {

constexpr int kMaximum = 8;

// The list without files that no longer exist (pruned from the settings too).
QStringList files();
// Puts `path` (made absolute) first.
void add(const QString &path);
void clear();

} // namespace cutru::recent
