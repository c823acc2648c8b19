#pragma once

#include "domain/member.h"
#include "services/acting_user.h"
#include "storage/database.h"

#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <memory>

namespace cutru::test {

// The storage, services, demo and reports tests run twice: on SQLite files, and on a
// PostgreSQL server when ctest sets CUTRU_TEST_ENGINE=postgresql (tests named "pg.…";
// CUTRU_TEST_POSTGRES is the superuser URI of a throwaway cluster that
// scripts/build-and-test.sh starts).
bool testingOnPostgres();
// Called by the test programs' main() after InitGoogleTest: on PostgreSQL runs, checks
// once that the test server answers; when it does not (or CUTRU_TEST_POSTGRES is not
// set), every test of the run is skipped with the reason, so the skip is visible in
// ctest's summary rather than a wall of connection failures. Also drops the template
// databases this process made when the run ends.
void setUpTestEngine();

// A fresh temporary folder per test; database files live there and vanish with it.
class TempFolder {
public:
    TempFolder();
    ~TempFolder();
    TempFolder(const TempFolder &) = delete;
    TempFolder &operator=(const TempFolder &) = delete;
    QString file(const QString &name) const;
    // Where a test keeps a CuTru database called `name`: on SQLite runs file(name); on
    // PostgreSQL runs the URI of a new, empty database on the test server (made on the
    // first call for a name, the same URI on later calls) that is dropped with the
    // folder.
    QString database(const QString &name) const;

private:
    friend QString smallDemoCopy(const TempFolder &folder, const QString &name);
    QString serverDatabase(const QString &name, const QString &templateName) const;
    std::unique_ptr<QTemporaryDir> dir_;
    mutable QHash<QString, QString> databases_; // name → URI (PostgreSQL runs)
    mutable QStringList created_;               // server databases to drop
};

// Skips the current test on PostgreSQL runs: for tests of SQLite files themselves
// (backup files, integrity check, the file's change-log guard, old file versions).
// (The empty branch keeps a following `else` of the caller's from binding here.)
#define CUTRU_SQLITE_ONLY(why)                                                                                   \
    if (!::cutru::test::testingOnPostgres()) {                                                                    \
    } else                                                                                                        \
        GTEST_SKIP() << "SQLite-specific: " << (why)

// A plain Qt SQL connection of its own, named `connectionName`, to a test database (an
// SQLite file or a server URI), outside the storage layer: for tests that re-derive
// figures with plain SQL. `readOnly`: SQLite's read-only open; on a server, read-only
// transactions. Check isOpen(); close it and QSqlDatabase::removeDatabase() when done.
QSqlDatabase plainConnection(const QString &pathOrUri, const QString &connectionName, bool readOnly);

// The path of the shared/ folder beside the project (CUTRU_SHARED_DIR).
QString sharedDir();

// A small demo province (scale 0.02, fixed seed), generated once per test program
// and copied for each test that asks, so tests stay fast and independent. On
// PostgreSQL runs: a database made from a template database holding the demo (the
// URI of the copy; dropped with `folder`).
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
