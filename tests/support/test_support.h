#pragma once

#include "domain/member.h"
#include "services/acting_user.h"
#include "storage/database.h"

#include <QString>
#include <QTemporaryDir>
#include <memory>

namespace cutru::test {

// A fresh temporary folder per test; database files live there and vanish with it.
class TempFolder {
public:
    TempFolder();
    QString file(const QString &name) const;

private:
    std::unique_ptr<QTemporaryDir> dir_;
};

// The path of the shared/ folder beside the project (CUTRU_SHARED_DIR).
QString sharedDir();

// A small demo province (scale 0.02, fixed seed), generated once per test program
// and copied for each test that asks, so tests stay fast and independent.
QString smallDemoCopy(const TempFolder &folder, const QString &name = QStringLiteral("demo.cutru"));

} // namespace cutru::test

namespace cutru::test {

// A hand-built province small enough to reason about in a test:
// province → district → commune (xã) → village cell, plus a ward with a
// residential-group cell and a workplace organisation under the province.
struct TinyProvince {
    qint64 province = 0, district = 0, commune = 0, village = 0, ward = 0, group = 0, workplace = 0;
};
TinyProvince buildTinyProvince(storage::Database &db);
// One more organisation under `parent` (valid from 01/01/2000), in a transaction of
// its own; returns its id.
qint64 addOrganisation(storage::Database &db, qint64 parent, OrgLevel level, const char *kind, const char *code,
                       const QString &name);

// A user with a provincial-board role over the whole database, named `name` in the log.
cutru::ActingUser wholeDatabaseUser(const QString &name);
// A user holding one role over one organisation (no account behind it).
cutru::ActingUser userWithRole(const QString &name, cutru::Role role, const storage::Database &db, qint64 orgId);

// A valid male member born 1975 of `cellId`, CCCD and card made from `serial`.
cutru::Member validMember(const QString &fullName, qint64 cellId, int serial);
} // namespace cutru::test
