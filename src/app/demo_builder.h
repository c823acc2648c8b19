#pragma once

#include <QString>

class QWidget;

namespace cutru {

// Builds the demo province into `path` on a worker thread behind a cancellable
// progress dialog. Returns true when the file is complete; false when the user
// cancelled (the file is then gone) or it failed (`error` says why, for users).
bool buildDemoDatabase(const QString &path, QWidget *parent, QString *error);

} // namespace cutru
