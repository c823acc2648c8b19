#pragma once

#include <QStringList>

// The databases opened lately, most recent first, kept in QSettings.
namespace cutru::recent {

constexpr int kMaximum = 8;

// The list without files that no longer exist (pruned from the settings too). Server
// addresses (postgresql://…, never with a password) are kept as they are.
QStringList files();
// Puts `path` (a file made absolute, or a server address) first.
void add(const QString &path);
void clear();

} // namespace cutru::recent
