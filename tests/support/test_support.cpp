#include "support/test_support.h"

#include "services/demo_province.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QMutex>
#include <QMutexLocker>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QRegularExpression>
#include <QUrl>
#include <atomic>
#include <cerrno>
#include <signal.h>
#include <gtest/gtest.h>
#include <iostream>

namespace cutru::test {

namespace {

QString testServerUri()
{
    return qEnvironmentVariable("CUTRU_TEST_POSTGRES");
}

// The superuser's connection to the test server's maintenance database, one per thread
// (Qt SQL connections belong to the thread that opened them). Throws with the server's
// reason when it cannot be opened.
QSqlDatabase adminConnection()
{
    const QString name =
        QStringLiteral("cutru-test-admin-%1").arg(quintptr(QThread::currentThreadId()));
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen())
            return db;
        QSqlDatabase::removeDatabase(name);
    }
    const QString uri = testServerUri();
    if (uri.isEmpty())
        throw std::runtime_error("CUTRU_TEST_POSTGRES is not set");
    QString error;
    const auto target = storage::DatabaseTarget::parse(uri, &error);
    if (!target)
        throw std::runtime_error(QStringLiteral("CUTRU_TEST_POSTGRES=%1: %2").arg(uri, error).toStdString());
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    if (!db.isValid())
        throw std::runtime_error("Qt's PostgreSQL driver (libqt6sql6-psql) is missing");
    db.setHostName(target->host);
    db.setPort(target->port);
    db.setDatabaseName(target->databaseName);
    if (!target->user.isEmpty())
        db.setUserName(target->user);
    db.setConnectOptions(target->options);
    if (!db.open())
        throw std::runtime_error(QStringLiteral("the test server %1 does not answer: %2")
                                     .arg(target->display(), db.lastError().text().trimmed())
                                     .toStdString());
    return db;
}

void adminExec(const QString &sql)
{
    QSqlQuery q(adminConnection());
    if (!q.exec(sql))
        throw std::runtime_error(
            QStringLiteral("%1: %2").arg(sql, q.lastError().text().trimmed()).toStdString());
}

// The URI of database `dbName` on the test server: the superuser URI with its path
// replaced (host, port, user and options stay).
QString uriOf(const QString &dbName)
{
    QUrl url(testServerUri());
    url.setPath(QLatin1Char('/') + dbName);
    return url.toString();
}

// Server database names are unique per process and call, readable in psql, and short
// enough for PostgreSQL's 63-byte identifiers.
QString uniqueDatabaseName(const QString &name)
{
    static std::atomic<int> counter{0};
    QString readable;
    for (const QChar c : name.toLower()) {
        if (readable.size() >= 24)
            break;
        readable += (c.isLetterOrNumber() && c.unicode() < 128) ? c : QLatin1Char('_');
    }
    return QStringLiteral("cutru_t%1_%2_%3")
        .arg(QCoreApplication::applicationPid())
        .arg(++counter)
        .arg(readable);
}

QString quoted(const QString &identifier)
{
    return QLatin1Char('"') + QString(identifier).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

// The database roles of CuTru accounts are the cluster's, not one database's; each is
// marked with the database it belongs to (cutru_set_account_role, postgres_security.cpp).
// A test's roles go with its database, so that the next test can create an account of
// the same name. `condition` selects on the role's mark, `mark`.
void dropAccountRoles(const QString &condition, const QVariantList &binds = {})
{
    QSqlQuery q(adminConnection());
    q.prepare(QStringLiteral("SELECT rolname FROM (SELECT rolname, shobj_description(oid, 'pg_authid') AS mark "
                             "FROM pg_roles) r WHERE ")
              + condition);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec())
        throw std::runtime_error(q.lastError().text().toStdString());
    QStringList roles;
    while (q.next())
        roles << q.value(0).toString();
    for (const QString &role : std::as_const(roles)) {
        QSqlQuery drop(adminConnection());
        if (!drop.exec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(quoted(role))))
            std::cerr << "cannot drop the test role " << role.toStdString() << ": "
                      << drop.lastError().text().toStdString() << '\n';
    }
}

void dropServerDatabase(const QString &dbName)
{
    // FORCE: a connection a failed test left open must not keep the database alive.
    adminExec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(quoted(dbName)));
    dropAccountRoles(QStringLiteral("mark = 'CuTru account in the database ' || CAST(? AS TEXT)"), {dbName});
}

// Test databases (and their roles) of test processes that died before dropping them,
// e.g. killed on a timeout: their accounts' roles would stand in the way of later tests.
// Names carry the process id (uniqueDatabaseName); only this machine's tests use them.
void dropDeadProcessesDatabases()
{
    QSqlQuery q(adminConnection());
    if (!q.exec(QStringLiteral("SELECT datname FROM pg_database WHERE datname ~ '^cutru_t[0-9]+_'")))
        throw std::runtime_error(q.lastError().text().toStdString());
    QStringList dead;
    static const QRegularExpression pidOf(QStringLiteral("^cutru_t([0-9]+)_"));
    while (q.next()) {
        const QString name = q.value(0).toString();
        const pid_t pid = pid_t(pidOf.match(name).captured(1).toLongLong());
        if (pid > 0 && ::kill(pid, 0) != 0 && errno == ESRCH)
            dead << name;
    }
    q.finish();
    for (const QString &name : std::as_const(dead))
        dropServerDatabase(name);
    // Roles left by test databases that are gone.
    dropAccountRoles(QStringLiteral("mark LIKE 'CuTru account in the database cutru\\_t%' AND NOT EXISTS "
                                    "(SELECT 1 FROM pg_database d WHERE r.mark = 'CuTru account in the database ' "
                                    "|| d.datname)"));
}

// Why this PostgreSQL run skips every test; empty when the server answers.
std::string skipReason;

// The tests are skipped when they start, but gtest still constructs their fixtures,
// and many open their databases there: without a server those get SQLite files
// instead, which no test body then uses.
bool serverUsable()
{
    return testingOnPostgres() && skipReason.empty();
}

QMutex serverMutex;
QStringList templatesMade; // dropped when the run ends (guarded by serverMutex)

// Skips every test of a PostgreSQL run whose server cannot be used: a skip recorded
// when a test starts stops gtest from running its body.
class SkipEveryTest : public ::testing::EmptyTestEventListener {
public:
    explicit SkipEveryTest(std::string reason) : reason_(std::move(reason)) {}
    void OnTestStart(const ::testing::TestInfo &) override { skip(); }

private:
    void skip() { GTEST_SKIP() << "PostgreSQL tests SKIPPED: " << reason_; }
    std::string reason_;
};

// A test server was given but cannot be used: every test fails (a skip would let a
// broken server pass for a machine without PostgreSQL).
class FailEveryTest : public ::testing::EmptyTestEventListener {
public:
    explicit FailEveryTest(std::string reason) : reason_(std::move(reason)) {}
    void OnTestStart(const ::testing::TestInfo &) override { fail(); }

private:
    void fail() { GTEST_FAIL() << "the PostgreSQL test server cannot be used: " << reason_; }
    std::string reason_;
};

class DropTemplates : public ::testing::Environment {
public:
    void TearDown() override
    {
        const QMutexLocker lock(&serverMutex);
        for (const QString &name : std::as_const(templatesMade)) {
            try {
                dropServerDatabase(name);
            } catch (const std::exception &e) {
                std::cerr << "cannot drop the template database " << name.toStdString() << ": " << e.what()
                          << '\n';
            }
        }
        templatesMade.clear();
    }
};

} // namespace

bool testingOnPostgres()
{
    return qEnvironmentVariable("CUTRU_TEST_ENGINE").compare(QLatin1String("postgresql"), Qt::CaseInsensitive) == 0;
}

void setUpTestEngine()
{
    if (!testingOnPostgres())
        return;
    std::string reason;
    if (testServerUri().isEmpty()) {
        // scripts/build-and-test.sh says why it could not start a cluster.
        const QString why = qEnvironmentVariable("CUTRU_TEST_POSTGRES_UNAVAILABLE");
        reason = why.isEmpty() ? std::string("CUTRU_TEST_POSTGRES is not set (run the tests through "
                                             "scripts/build-and-test.sh, which starts a test server)")
                               : why.toStdString();
        skipReason = reason;
        std::cout << "PostgreSQL tests SKIPPED: " << reason << std::endl;
        ::testing::UnitTest::GetInstance()->listeners().Append(new SkipEveryTest(reason));
        return;
    }
    try {
        QSqlQuery q(adminConnection());
        if (!q.exec(QStringLiteral("SELECT 1")))
            reason = q.lastError().text().toStdString();
    } catch (const std::exception &e) {
        reason = e.what();
    }
    skipReason = reason;
    if (!reason.empty()) {
        std::cout << "The PostgreSQL test server cannot be used: " << reason << std::endl;
        ::testing::UnitTest::GetInstance()->listeners().Append(new FailEveryTest(reason));
        return;
    }
    try {
        const QMutexLocker lock(&serverMutex);
        dropDeadProcessesDatabases();
    } catch (const std::exception &e) {
        std::cerr << "cannot clear old test databases: " << e.what() << '\n';
    }
    ::testing::AddGlobalTestEnvironment(new DropTemplates);
}

TempFolder::TempFolder() : dir_(std::make_unique<QTemporaryDir>())
{
    if (!dir_->isValid())
        throw std::runtime_error("cannot create a temporary folder");
}

TempFolder::~TempFolder()
{
    for (const QString &name : std::as_const(created_)) {
        try {
            const QMutexLocker lock(&serverMutex);
            dropServerDatabase(name);
        } catch (const std::exception &e) {
            // A destructor must not throw; the throwaway cluster goes anyway.
            std::cerr << "cannot drop the test database " << name.toStdString() << ": " << e.what() << '\n';
        }
    }
}

QString TempFolder::file(const QString &name) const
{
    return dir_->filePath(name);
}

QString TempFolder::database(const QString &name) const
{
    if (!serverUsable())
        return file(name);
    return serverDatabase(name, QString());
}

QString TempFolder::serverDatabase(const QString &name, const QString &templateName) const
{
    const auto known = databases_.constFind(name);
    if (known != databases_.cend())
        return *known;
    const QString dbName = uniqueDatabaseName(name);
    {
        const QMutexLocker lock(&serverMutex);
        // template0: an empty database without whatever template1 may have collected.
        adminExec(QStringLiteral("CREATE DATABASE %1 TEMPLATE %2 ENCODING 'UTF8'")
                      .arg(quoted(dbName), quoted(templateName.isEmpty() ? QStringLiteral("template0") : templateName)));
    }
    created_ << dbName;
    const QString uri = uriOf(dbName);
    databases_.insert(name, uri);
    return uri;
}

QSqlDatabase plainConnection(const QString &pathOrUri, const QString &connectionName, bool readOnly)
{
    if (!storage::DatabaseTarget::isServerUri(pathOrUri)) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        db.setDatabaseName(pathOrUri);
        if (readOnly)
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        db.open();
        return db;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    const auto target = storage::DatabaseTarget::parse(pathOrUri);
    if (!target)
        return db;
    db.setHostName(target->host);
    db.setPort(target->port);
    db.setDatabaseName(target->databaseName);
    if (!target->user.isEmpty())
        db.setUserName(target->user);
    db.setConnectOptions(target->options);
    if (db.open() && readOnly) {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SET default_transaction_read_only = on")))
            db.close();
    }
    return db;
}

QString sharedDir()
{
    QString dir = qEnvironmentVariable("CUTRU_SHARED_DIR");
    if (dir.isEmpty())
        dir = QStringLiteral(CUTRU_SOURCE_DIR "/../shared");
    return QDir(dir).absolutePath();
}

namespace {
DemoOptions smallDemoOptions()
{
    DemoOptions options;
    options.scale = 0.02;
    options.seed = 7;
    return options;
}
} // namespace

QString smallDemoCopy(const TempFolder &folder, const QString &name)
{
    if (testingOnPostgres() && !serverUsable()) {
        // A skipped test's fixture (see serverUsable): an empty database will do, and
        // takes far less time than generating the demo.
        const QString path = folder.file(name);
        storage::Database::open(path);
        return path;
    }
    if (testingOnPostgres()) {
        // The demo is generated once into a template database; each copy is a
        // CREATE DATABASE … TEMPLATE on the server (a file copy there, fast).
        static QMutex onceMutex;
        static QString templateName;
        {
            const QMutexLocker lock(&onceMutex);
            if (templateName.isEmpty()) {
                TempFolder scratch;
                const QString uri = scratch.database(QStringLiteral("small_demo"));
                DemoProvinceGenerator(smallDemoOptions()).generate(uri);
                // The template outlives `scratch`: hand its database over to the run.
                const QString dbName = scratch.created_.takeLast();
                const QMutexLocker serverLock(&serverMutex);
                templatesMade << dbName;
                templateName = dbName;
            }
        }
        return folder.serverDatabase(name, templateName);
    }
    static TempFolder cache;
    static const QString master = [] {
        const QString path = cache.file(QStringLiteral("small-demo.cutru"));
        DemoProvinceGenerator(smallDemoOptions()).generate(path);
        return path;
    }();
    const QString copy = folder.file(name);
    if (!QFile::copy(master, copy))
        throw std::runtime_error("cannot copy the small demo database");
    return copy;
}

} // namespace cutru::test

#include "domain/organisation.h"
#include "storage/organisation_repository.h"

namespace cutru::test {

namespace {
qint64 insertOrganisation(storage::OrganisationRepository &repo, qint64 parent, OrgLevel level, const char *kind,
                          const char *code, const QString &name)
{
    Organisation o;
    o.parentId = parent;
    o.level = level;
    o.kind = QString::fromLatin1(kind);
    o.code = QString::fromLatin1(code);
    o.name = name;
    o.validFrom = QDate(2000, 1, 1);
    repo.insert(o);
    return o.id;
}
} // namespace

qint64 addOrganisation(storage::Database &db, qint64 parent, OrgLevel level, const char *kind, const char *code,
                       const QString &name)
{
    storage::Transaction tx(db, QStringLiteral("test"));
    storage::OrganisationRepository repo(db);
    const qint64 id = insertOrganisation(repo, parent, level, kind, code, name);
    tx.commit();
    return id;
}

TinyProvince buildTinyProvince(storage::Database &db)
{
    storage::Transaction tx(db, QStringLiteral("test"));
    storage::OrganisationRepository repo(db);
    auto add = [&repo](qint64 parent, OrgLevel level, const char *kind, const char *c, const QString &name) {
        return insertOrganisation(repo, parent, level, kind, c, name);
    };
    TinyProvince t;
    t.province = add(0, OrgLevel::Province, "", "P", QStringLiteral("Tỉnh ủy Thái Bình"));
    t.district = add(t.province, OrgLevel::District, "", "P.D1", QStringLiteral("Huyện ủy Thái Thụy"));
    t.commune = add(t.district, OrgLevel::Commune, "xa", "P.D1.C1", QStringLiteral("Đảng bộ xã Thái Giang"));
    t.village = add(t.commune, OrgLevel::Cell, "village", "P.D1.C1.K1", QStringLiteral("Chi bộ thôn Phất Lộc Tây"));
    t.ward = add(t.district, OrgLevel::Commune, "thi_tran", "P.D1.C2", QStringLiteral("Đảng bộ thị trấn Diêm Điền"));
    t.group = add(t.ward, OrgLevel::Cell, "residential_group", "P.D1.C2.K1", QStringLiteral("Chi bộ tổ dân phố số 1"));
    t.workplace = add(t.province, OrgLevel::Workplace, "administrative_agency", "P.W1", QStringLiteral("Chi bộ Sở Tài chính"));
    tx.commit();
    return t;
}

cutru::ActingUser wholeDatabaseUser(const QString &name)
{
    cutru::ActingUser u;
    u.name = name;
    u.fullName = name;
    u.permissions = cutru::Permissions::everything();
    return u;
}

cutru::ActingUser userWithRole(const QString &name, cutru::Role role, const storage::Database &db, qint64 orgId)
{
    storage::OrganisationRepository repo(db);
    cutru::ActingUser u;
    u.name = name;
    u.fullName = name;
    const auto org = repo.byId(orgId);
    u.permissions = cutru::Permissions({cutru::RoleGrant{role, orgId, repo.pathOf(orgId), org ? org->name : QString()}});
    return u;
}

cutru::Member validMember(const QString &fullName, qint64 cellId, int serial)
{
    cutru::Member m;
    m.fullName = fullName;
    m.gender = Gender::Male;
    m.birthDate = QDate(1975, 4, 12);
    m.cccd = QStringLiteral("034075%1").arg(serial, 6, 10, QLatin1Char('0'));
    m.partyCardNo = QStringLiteral("3401%1").arg(serial, 6, 10, QLatin1Char('0'));
    m.admissionDate = QDate(2000, 5, 19);
    m.officialDate = QDate(2001, 5, 19);
    m.cellId = cellId;
    return m;
}

} // namespace cutru::test
