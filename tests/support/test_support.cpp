#include "support/test_support.h"

#include "services/demo_province.h"

#include <QDir>
#include <QFile>
#include <gtest/gtest.h>

namespace cutru::test {

TempFolder::TempFolder() : dir_(std::make_unique<QTemporaryDir>())
{
    if (!dir_->isValid())
        throw std::runtime_error("cannot create a temporary folder");
}

QString TempFolder::file(const QString &name) const
{
    return dir_->filePath(name);
}

QString sharedDir()
{
    QString dir = qEnvironmentVariable("CUTRU_SHARED_DIR");
    if (dir.isEmpty())
        dir = QStringLiteral(CUTRU_SOURCE_DIR "/../shared");
    return QDir(dir).absolutePath();
}

QString smallDemoCopy(const TempFolder &folder, const QString &name)
{
    static TempFolder cache;
    static const QString master = [] {
        const QString path = cache.file(QStringLiteral("small-demo.cutru"));
        DemoOptions options;
        options.scale = 0.02;
        options.seed = 7;
        DemoProvinceGenerator(options).generate(path);
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
