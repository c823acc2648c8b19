// Importing the organisation tree from spreadsheets (tests/fixtures/import/organisations_*):
// a new province set up in a fresh database, in the three-tier and the two-tier shape,
// rows in any order; problems named by row and column; duplicates per mode; dry run,
// cancel and refusals that write nothing; members saved into the imported cells.
#include "services/account_service.h"
#include "services/import_report.h"
#include "services/member_service.h"
#include "services/organisation_import.h"
#include "services/tabular_file.h"
#include "storage/organisation_repository.h"
#include "support/test_support.h"

#include <QSqlQuery>
#include <gtest/gtest.h>

using namespace cutru;

namespace {

const QDate kToday(2025, 9, 15);

QString fixture(const char *name)
{
    return QStringLiteral(CUTRU_IMPORT_FIXTURES "/") + QString::fromUtf8(name);
}

tabular::Sheet sheetOf(const char *name)
{
    tabular::Sheet s = tabular::readFile(fixture(name));
    EXPECT_TRUE(s.ok()) << s.error.toStdString();
    return s;
}

ColumnMapping mappingOf(const tabular::Sheet &s)
{
    return ColumnMapping::guess(ImportKind::Organisations, s.header);
}

int count(storage::Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    EXPECT_TRUE(q.exec(sql)) << sql.toStdString();
    return q.next() ? q.value(0).toInt() : -1;
}

int organisationCount(storage::Database &db)
{
    return count(db, QStringLiteral("SELECT count(*) FROM organisations"));
}

int changeLogCount(storage::Database &db)
{
    return count(db, QStringLiteral("SELECT count(*) FROM change_log"));
}

int organisationInserts(storage::Database &db)
{
    return count(db, QStringLiteral("SELECT count(*) FROM change_log WHERE table_name = 'organisations' AND action = 'insert'"));
}

// The problems of one row, as "<column>|<message>".
QStringList problemsOf(const ImportReport &r, int row)
{
    QStringList out;
    for (const ImportProblem &p : r.problems)
        if (p.row == row)
            out << p.column + QLatin1Char('|') + p.message;
    return out;
}

// Whether one problem of the row is in that column and its message holds all of `words`.
bool hasProblem(const ImportReport &r, int row, const QString &column, const QStringList &words)
{
    for (const ImportProblem &p : r.problems) {
        if (p.row != row || p.column != column)
            continue;
        if (std::all_of(words.begin(), words.end(), [&](const QString &w) { return p.message.contains(w); }))
            return true;
    }
    return false;
}

std::string dump(const ImportReport &r)
{
    std::string out = r.outcome.message.toStdString();
    for (const ImportProblem &p : r.problems)
        out += "\n  row " + std::to_string(p.row) + " [" + p.column.toStdString() + "] " + p.message.toStdString();
    return out;
}

class OrganisationImportTest : public ::testing::Test {
protected:
    test::TempFolder dir;
    storage::Database db = storage::Database::open(dir.database(QStringLiteral("new.cutru")));
    ActingUser local = ActingUser::localAdministrator(QStringLiteral("tester"));

    ImportReport importFile(const char *name, ImportOptions options = {}, const ActingUser *as = nullptr)
    {
        const tabular::Sheet s = sheetOf(name);
        return OrganisationImport(db, as ? *as : local, kToday).run(s, mappingOf(s), options);
    }

    std::optional<Organisation> org(const char *code)
    {
        return storage::OrganisationRepository(db).byCode(QString::fromLatin1(code));
    }

    // The organisation's parent code ("" for the province).
    QString parentCode(const char *code)
    {
        const auto o = org(code);
        if (!o)
            return QStringLiteral("?");
        if (o->parentId == 0)
            return {};
        const auto p = storage::OrganisationRepository(db).byId(o->parentId);
        return p ? p->code : QStringLiteral("?");
    }

    // "/<id of the province>/…/<id>/" spelled with codes.
    QString pathInCodes(const char *code)
    {
        storage::OrganisationRepository repo(db);
        const auto o = org(code);
        if (!o)
            return {};
        QStringList codes;
        const QStringList ids = repo.pathOf(o->id).split(QLatin1Char('/'), Qt::SkipEmptyParts);
        for (const QString &id : ids) {
            const auto a = repo.byId(id.toLongLong());
            codes << (a ? a->code : QStringLiteral("?"));
        }
        return codes.join(QLatin1Char('/'));
    }
};

} // namespace

TEST_F(OrganisationImportTest, AThreeTierProvinceIsSetUpInAFreshDatabase)
{
    const ImportReport r = importFile("organisations_three_tier.csv");
    ASSERT_TRUE(r.outcome.ok()) << dump(r);
    EXPECT_TRUE(r.written);
    EXPECT_FALSE(r.cancelled);
    EXPECT_EQ(r.total, 15);
    EXPECT_EQ(r.valid, 15) << dump(r);
    EXPECT_EQ(r.invalid, 0);
    EXPECT_EQ(r.duplicates, 0);
    EXPECT_EQ(r.repeated, 0);
    EXPECT_EQ(r.possible, 0);
    EXPECT_EQ(r.inserted, 15);
    EXPECT_EQ(r.updated + r.unchanged + r.skipped, 0);
    EXPECT_EQ(r.fates, QList<RowFate>(15, RowFate::New));
    EXPECT_TRUE(r.warnings.isEmpty());
    EXPECT_EQ(organisationCount(db), 15);

    // The tree is what the file says, although children came before their parents.
    EXPECT_EQ(pathInCodes("TB.VT.VH.K01"), QStringLiteral("TB/TB.VT/TB.VT.VH/TB.VT.VH.K01"));
    EXPECT_EQ(pathInCodes("TB.TP.KB.K01"), QStringLiteral("TB/TB.TP/TB.TP.KB/TB.TP.KB.K01"));
    EXPECT_EQ(pathInCodes("TB.W01.K01"), QStringLiteral("TB/TB.W01/TB.W01.K01"));
    EXPECT_EQ(pathInCodes("TB.VT.W01"), QStringLiteral("TB/TB.VT/TB.VT.W01"));
    EXPECT_EQ(parentCode("TB"), QString());

    struct Expected {
        const char *code;
        OrgLevel level;
        const char *kind;
        const char *name;
    };
    // Levels and kinds as codes, Vietnamese and English labels, without diacritics,
    // implied by the level word ("Xã") or by the name ("Chi bộ Trường …": other).
    const Expected expected[] = {
        {"TB", OrgLevel::Province, "", "Tỉnh ủy Thái Bình"},
        {"TB.VT", OrgLevel::District, "", "Huyện ủy Vũ Thư"},
        {"TB.TP", OrgLevel::District, "", "Thành ủy Thái Bình"},
        {"TB.VT.VH", OrgLevel::Commune, "xa", "Đảng bộ xã Vũ Hội"},
        {"TB.VT.TT", OrgLevel::Commune, "thi_tran", "Đảng bộ thị trấn Vũ Thư"},
        {"TB.TP.KB", OrgLevel::Commune, "phuong", "Đảng bộ phường Kỳ Bá"},
        {"TB.VT.VH.K01", OrgLevel::Cell, "village", "Chi bộ thôn Đoài Thọ"},
        {"TB.VT.VH.K02", OrgLevel::Cell, "village", "Chi bộ thôn Đông Thọ"},
        {"TB.VT.TT.K01", OrgLevel::Cell, "residential_group", "Chi bộ tổ dân phố Tây Sơn"},
        {"TB.VT.TT.K02", OrgLevel::Cell, "other", "Chi bộ Trường THCS thị trấn Vũ Thư"},
        {"TB.TP.KB.K01", OrgLevel::Cell, "residential_group", "Chi bộ tổ dân phố số 1"},
        {"TB.W01", OrgLevel::Workplace, "public_service_unit", "Đảng bộ Bệnh viện Đa khoa tỉnh Thái Bình"},
        {"TB.W01.K01", OrgLevel::Cell, "other", "Chi bộ Khoa Nội"},
        {"TB.W02", OrgLevel::Workplace, "joint_stock_enterprise", "Đảng bộ Công ty Cổ phần Bia Hà Nội – Thái Bình"},
        {"TB.VT.W01", OrgLevel::Workplace, "administrative_agency", "Đảng bộ Cơ quan Huyện ủy, HĐND, UBND huyện Vũ Thư"},
    };
    for (const Expected &e : expected) {
        const auto o = org(e.code);
        ASSERT_TRUE(o.has_value()) << e.code;
        EXPECT_EQ(o->level, e.level) << e.code;
        EXPECT_EQ(o->kind, QString::fromLatin1(e.kind)) << e.code;
        EXPECT_EQ(o->name, QString::fromUtf8(e.name)) << e.code;
    }
    // Dates in dd/MM/yyyy, d/M/yyyy and yyyy-MM-dd; an empty cell leaves none.
    EXPECT_EQ(org("TB.VT.TT")->validFrom, QDate(2015, 1, 1));
    EXPECT_EQ(org("TB.VT.VH.K02")->validFrom, QDate(2015, 1, 1));
    EXPECT_FALSE(org("TB.TP.KB.K01")->validFrom.isValid());

    // Every organisation opened its placement and was logged in the administrator's name.
    EXPECT_EQ(count(db, QStringLiteral("SELECT count(*) FROM organisation_placements")), 15);
    EXPECT_EQ(count(db, QStringLiteral("SELECT count(*) FROM change_log WHERE table_name = 'organisations' "
                                       "AND action = 'insert' AND actor = 'local:tester'")),
              15);
}

TEST_F(OrganisationImportTest, ATwoTierProvinceHasCommunesDirectlyUnderIt)
{
    const ImportReport r = importFile("organisations_two_tier.csv");
    ASSERT_TRUE(r.outcome.ok()) << dump(r);
    EXPECT_EQ(r.total, 11);
    EXPECT_EQ(r.inserted, 11) << dump(r);
    EXPECT_EQ(r.rejected(), 0);
    EXPECT_EQ(pathInCodes("HY.X01.K01"), QStringLiteral("HY/HY.X01/HY.X01.K01"));
    EXPECT_EQ(pathInCodes("HY.P01.K01"), QStringLiteral("HY/HY.P01/HY.P01.K01"));
    EXPECT_EQ(pathInCodes("HY.W01.K01"), QStringLiteral("HY/HY.W01/HY.W01.K01"));
    EXPECT_EQ(org("HY.X01")->level, OrgLevel::Commune);
    EXPECT_EQ(org("HY.X01")->kind, QStringLiteral("xa"));
    EXPECT_EQ(org("HY.X02")->kind, QStringLiteral("xa")) << "level \"XÃ\" says the kind";
    EXPECT_EQ(org("HY.P01")->kind, QStringLiteral("phuong"));
    EXPECT_EQ(org("HY.X02.K01")->level, OrgLevel::Cell);
    EXPECT_EQ(org("HY.X02.K01")->kind, QStringLiteral("village")) << "level \"Chi bộ thôn\"";
    EXPECT_EQ(org("HY.P01.K02")->kind, QStringLiteral("other"));
    EXPECT_EQ(org("HY.W01")->kind, QStringLiteral("army_and_police"));
    EXPECT_EQ(org("HY.W02")->kind, QStringLiteral("foreign_invested_enterprise"));
    EXPECT_EQ(org("HY.P01")->validFrom, QDate(2025, 7, 1)) << "Excel serial 45839";
    EXPECT_EQ(org("HY.P01.K01")->validFrom, QDate(2025, 7, 1));
}

TEST_F(OrganisationImportTest, EveryProblemIsNamedByRowAndColumn)
{
    ASSERT_EQ(importFile("organisations_three_tier.csv").inserted, 15);
    const int before = organisationCount(db);
    const tabular::Sheet s = sheetOf("organisations_problems.csv");
    const ImportReport r = OrganisationImport(db, local, kToday).preview(s, mappingOf(s), {});
    ASSERT_TRUE(r.outcome.ok()) << dump(r);
    EXPECT_FALSE(r.written);
    EXPECT_EQ(r.total, 16);
    EXPECT_EQ(r.valid, 2) << dump(r);
    EXPECT_EQ(r.duplicates, 1);
    EXPECT_EQ(r.repeated, 1);
    EXPECT_EQ(r.invalid, 12);
    EXPECT_EQ(r.rejected(), 13);
    EXPECT_EQ(r.possible, 1);
    using F = RowFate;
    EXPECT_EQ(r.fates, (QList<RowFate>{F::New, F::Invalid, F::Invalid, F::Invalid, F::Repeated, F::Duplicate, F::Invalid,
                                       F::Invalid, F::Invalid, F::Invalid, F::Invalid, F::New, F::Invalid, F::Invalid,
                                       F::Invalid, F::Invalid}));
    const QString level = QStringLiteral("Cấp"), kind = QStringLiteral("Loại"), parent = QStringLiteral("Mã cấp trên"),
                  codeColumn = QStringLiteral("Mã"), from = QStringLiteral("Hiệu lực từ");
    EXPECT_TRUE(problemsOf(r, 2).isEmpty());
    EXPECT_EQ(problemsOf(r, 3), QStringList{level + QStringLiteral("|Unknown level “Chi đoàn”: use province, district, "
                                                                   "commune, cell or workplace.")});
    EXPECT_EQ(problemsOf(r, 4),
              QStringList{parent + QStringLiteral("|Unknown parent code TB.KX: it is neither in the database nor in the file.")});
    EXPECT_EQ(problemsOf(r, 5), QStringList{parent + QStringLiteral("|The parent TB.KX.X01 (row 4) is rejected, so this "
                                                                    "row cannot be imported either.")});
    EXPECT_EQ(problemsOf(r, 6), QStringList{codeColumn + QStringLiteral("|The code TB.VT.VH.K03 is already on row 2.")});
    EXPECT_TRUE(problemsOf(r, 7).isEmpty()) << "a stored code in its own place is a duplicate, not a problem";
    EXPECT_EQ(problemsOf(r, 8), QStringList{parent + QStringLiteral("|A Cell cannot sit under a District / city (TB.VT "
                                                                    "Huyện ủy Vũ Thư).")});
    EXPECT_EQ(problemsOf(r, 9), QStringList{from + QStringLiteral("|Not a date (dd/MM/yyyy): 31/02/2015")});
    EXPECT_EQ(problemsOf(r, 10), QStringList{parent + QStringLiteral("|TB.VT.VH.K01 sits under TB.VT.VH in the database, "
                                                                     "not under TB.VT.TT: an import does not move "
                                                                     "organisations.")});
    EXPECT_TRUE(hasProblem(r, 11, parent, {QStringLiteral("circle"), QStringLiteral("TB.C1 → TB.C2 → TB.C1")}))
        << dump(r);
    EXPECT_TRUE(hasProblem(r, 12, parent, {QStringLiteral("circle"), QStringLiteral("TB.C1 → TB.C2 → TB.C1")}));
    EXPECT_TRUE(problemsOf(r, 13).isEmpty());
    EXPECT_TRUE(hasProblem(r, 14, kind, {QStringLiteral("kind of this commune-level committee"),
                                         QStringLiteral("xa, phuong, thi_tran, dac_khu")}))
        << dump(r);
    EXPECT_TRUE(hasProblem(r, 15, level, {QStringLiteral("TB Tỉnh ủy Thái Bình"), QStringLiteral("one province")}));
    EXPECT_TRUE(hasProblem(r, 16, kind, {QStringLiteral("“Hợp tác xã” is not a kind of Workplace party organisation"),
                                         QStringLiteral("state_owned_enterprise")}));
    EXPECT_TRUE(hasProblem(r, 17, parent, {QStringLiteral("Unknown parent code TB.KX")}));

    // Row 13 has the name of a stored cell of the same commune: imported, with a warning.
    ASSERT_EQ(r.warnings.size(), 1);
    EXPECT_EQ(r.warnings[0].row, 13);
    EXPECT_EQ(r.warnings[0].column, QStringLiteral("Tên"));
    EXPECT_TRUE(r.warnings[0].message.contains(QStringLiteral("TB.VT.VH.K01"))) << r.warnings[0].message.toStdString();

    // The unknown parent is listed once, however many rows name it.
    ASSERT_EQ(r.unknownOrganisations.size(), 1);
    EXPECT_TRUE(r.unknownOrganisations[0].startsWith(QStringLiteral("TB.KX ")));
    EXPECT_EQ(organisationCount(db), before) << "a preview writes nothing";

    // The rejected rows go back as a file to correct: 13 rows, each with its reasons.
    const QString rejected = dir.file(QStringLiteral("rejected.csv"));
    ASSERT_TRUE(writeRejectedRows(s, r, rejected));
    const tabular::Sheet back = tabular::readFile(rejected);
    ASSERT_TRUE(back.ok()) << back.error.toStdString();
    EXPECT_EQ(back.header.last(), QStringLiteral("error"));
    ASSERT_EQ(back.rows.size(), 13);
    EXPECT_EQ(back.rows[0].cells.value(0), QStringLiteral("TB.VT.VH.K04"));
    EXPECT_EQ(back.rows[0].cells.value(6), problemsOf(r, 3).value(0).replace(QLatin1Char('|'), QStringLiteral(": ")));
}

TEST_F(OrganisationImportTest, DuplicatesFollowTheMode)
{
    ASSERT_EQ(importFile("organisations_three_tier.csv").inserted, 15);
    const qint64 communeId = org("TB.VT.VH")->id;
    const int insertsBefore = organisationInserts(db);

    // Skip: the stored commune stays as it was; the two new cells come in.
    ImportReport r = importFile("organisations_problems.csv", {DuplicateMode::Skip, false});
    ASSERT_TRUE(r.outcome.ok()) << dump(r);
    EXPECT_TRUE(r.written);
    EXPECT_EQ(r.inserted, 2);
    EXPECT_EQ(r.skipped, 1);
    EXPECT_EQ(r.unchanged, 1);
    EXPECT_EQ(r.updated, 0);
    EXPECT_EQ(org("TB.VT.VH")->name, QStringLiteral("Đảng bộ xã Vũ Hội"));
    EXPECT_EQ(org("TB.VT.VH.K03")->name, QStringLiteral("Chi bộ thôn Thượng")) << "the first of the repeated rows";
    EXPECT_EQ(org("TB.VT.VH.K03")->kind, QStringLiteral("village"));
    EXPECT_EQ(parentCode("TB.VT.VH.K05"), QStringLiteral("TB.VT.VH"));
    EXPECT_FALSE(org("TB.KX.X01").has_value());
    EXPECT_FALSE(org("TB.C1").has_value());
    EXPECT_EQ(organisationCount(db), 17);
    const int logAfterSkip = changeLogCount(db);
    EXPECT_EQ(organisationInserts(db), insertsBefore + 2);

    // Again with Fill: the kind is there already, so nothing changes; the new cells
    // are stored duplicates now.
    r = importFile("organisations_problems.csv", {DuplicateMode::Fill, false});
    ASSERT_TRUE(r.outcome.ok()) << dump(r);
    EXPECT_EQ(r.valid, 0);
    EXPECT_EQ(r.duplicates, 3);
    EXPECT_EQ(r.inserted, 0);
    EXPECT_EQ(r.updated, 0);
    EXPECT_EQ(r.unchanged, 3);
    EXPECT_EQ(r.skipped, 0);
    EXPECT_EQ(r.possible, 0) << "a stored duplicate is no possible duplicate";
    EXPECT_EQ(changeLogCount(db), logAfterSkip) << "nothing to write, nothing logged";

    // Update: the file's name replaces the stored one, with its placement; kinds and
    // names that are the same count as unchanged.
    r = importFile("organisations_problems.csv", {DuplicateMode::Update, false});
    ASSERT_TRUE(r.outcome.ok()) << dump(r);
    EXPECT_EQ(r.updated, 1);
    EXPECT_EQ(r.unchanged, 2);
    const auto commune = org("TB.VT.VH");
    EXPECT_EQ(commune->id, communeId);
    EXPECT_EQ(commune->name, QStringLiteral("Đảng ủy xã Vũ Hội"));
    EXPECT_EQ(commune->kind, QStringLiteral("xa"));
    EXPECT_EQ(commune->rowVersion, 2);
    EXPECT_EQ(commune->validFrom, QDate(2015, 1, 1));
    EXPECT_EQ(pathInCodes("TB.VT.VH.K01"), QStringLiteral("TB/TB.VT/TB.VT.VH/TB.VT.VH.K01"));
    EXPECT_EQ(count(db, QStringLiteral("SELECT count(*) FROM organisation_placements WHERE organisation_id = %1 AND "
                                       "name = 'Đảng ủy xã Vũ Hội' AND valid_to IS NULL")
                            .arg(communeId)),
              1);
    // Logged: the renaming (the other update of the row is its path, set when inserted).
    EXPECT_EQ(count(db, QStringLiteral("SELECT count(*) FROM change_log WHERE table_name = 'organisations' AND "
                                       "action = 'update' AND row_id = %1 AND new_values LIKE '%Đảng ủy xã Vũ Hội%'")
                            .arg(communeId)),
              1);
    EXPECT_EQ(count(db, QStringLiteral("SELECT count(*) FROM change_log WHERE table_name = 'organisation_placements' "
                                       "AND action = 'update' AND new_values LIKE '%Đảng ủy xã Vũ Hội%'")),
              1);
}

TEST_F(OrganisationImportTest, FillSetsOnlyAnEmptyKind)
{
    // Fill fills only empty fields: a stored cell always has a kind (the domain requires
    // one), so Fill leaves it and its name alone; Update replaces both.
    ASSERT_EQ(importFile("organisations_three_tier.csv").inserted, 15);
    tabular::Sheet s;
    s.fileName = QStringLiteral("fill.csv");
    s.header = {QStringLiteral("Mã"), QStringLiteral("Tên"), QStringLiteral("Cấp"), QStringLiteral("Loại"),
                QStringLiteral("Mã cấp trên")};
    s.rows = {{2, {QStringLiteral("TB.VT.TT.K02"), QStringLiteral("Chi bộ trường THCS"), QStringLiteral("cell"),
                   QStringLiteral("village"), QStringLiteral("TB.VT.TT")},
               0}};
    ImportReport r = OrganisationImport(db, local, kToday).run(s, mappingOf(s), {DuplicateMode::Fill, false});
    ASSERT_TRUE(r.outcome.ok()) << dump(r);
    EXPECT_EQ(r.duplicates, 1);
    EXPECT_EQ(r.unchanged, 1);
    EXPECT_EQ(org("TB.VT.TT.K02")->kind, QStringLiteral("other")) << "Fill never replaces a stored value";
    EXPECT_EQ(org("TB.VT.TT.K02")->name, QStringLiteral("Chi bộ Trường THCS thị trấn Vũ Thư"));

    r = OrganisationImport(db, local, kToday).run(s, mappingOf(s), {DuplicateMode::Update, false});
    ASSERT_TRUE(r.outcome.ok()) << dump(r);
    EXPECT_EQ(r.updated, 1);
    EXPECT_EQ(org("TB.VT.TT.K02")->kind, QStringLiteral("village"));
    EXPECT_EQ(org("TB.VT.TT.K02")->name, QStringLiteral("Chi bộ trường THCS"));

    // Update with an empty kind cell keeps the stored kind (only filled cells replace).
    s.rows[0].cells[3].clear();
    r = OrganisationImport(db, local, kToday).run(s, mappingOf(s), {DuplicateMode::Update, false});
    ASSERT_TRUE(r.outcome.ok()) << dump(r);
    EXPECT_EQ(r.unchanged, 1);
    EXPECT_EQ(org("TB.VT.TT.K02")->kind, QStringLiteral("village"));
}

TEST_F(OrganisationImportTest, ADryRunAndACancelWriteNothing)
{
    ImportOptions dry;
    dry.dryRun = true;
    ImportReport r = importFile("organisations_three_tier.csv", dry);
    ASSERT_TRUE(r.outcome.ok()) << dump(r);
    EXPECT_EQ(r.valid, 15);
    EXPECT_FALSE(r.written);
    EXPECT_EQ(r.inserted, 0);
    EXPECT_EQ(organisationCount(db), 0);
    EXPECT_EQ(changeLogCount(db), 0);

    // Cancelled while writing (after the analysis): rolled back.
    const tabular::Sheet s = sheetOf("organisations_three_tier.csv");
    qint64 lastTotal = 0, calls = 0;
    r = OrganisationImport(db, local, kToday).run(s, mappingOf(s), {}, [&](qint64 done, qint64 total) {
        ++calls;
        lastTotal = total;
        return done <= s.rows.size(); // the analysis runs through; the writing is cancelled
    });
    EXPECT_TRUE(r.cancelled);
    EXPECT_FALSE(r.written);
    EXPECT_EQ(r.inserted, 0);
    EXPECT_GT(calls, 1);
    EXPECT_EQ(lastTotal, 2 * s.rows.size()) << "analysis and writing, a row each";
    EXPECT_EQ(organisationCount(db), 0);
    EXPECT_EQ(changeLogCount(db), 0);

    // Cancelled at once.
    r = OrganisationImport(db, local, kToday).run(s, mappingOf(s), {}, [](qint64, qint64) { return false; });
    EXPECT_TRUE(r.cancelled);
    EXPECT_EQ(organisationCount(db), 0);

    // Progress reaches its total when not cancelled.
    qint64 lastDone = -1;
    r = OrganisationImport(db, local, kToday).run(s, mappingOf(s), {}, [&](qint64 done, qint64 total) {
        lastDone = done;
        lastTotal = total;
        return true;
    });
    EXPECT_TRUE(r.written);
    EXPECT_EQ(lastDone, lastTotal);
    EXPECT_EQ(organisationCount(db), 15);
}

TEST_F(OrganisationImportTest, OnlyTheProvincialBoardMayImport)
{
    ASSERT_EQ(importFile("organisations_three_tier.csv").inserted, 15);
    const int before = organisationCount(db);
    const qint64 communeId = org("TB.VT.VH")->id;
    for (Role role : {Role::CommuneOffice, Role::Auditor}) {
        const qint64 over = role == Role::Auditor ? org("TB")->id : communeId;
        const ActingUser user = test::userWithRole(QStringLiteral("someone"), role, db, over);
        const tabular::Sheet s = sheetOf("organisations_problems.csv");
        const ImportReport preview = OrganisationImport(db, user, kToday).preview(s, mappingOf(s), {});
        EXPECT_EQ(preview.outcome.status, SaveOutcome::Status::Denied);
        EXPECT_EQ(preview.outcome.message, refusalMessage(Action::ManageOrganisations));
        EXPECT_TRUE(preview.fates.isEmpty());
        const ImportReport r = importFile("organisations_problems.csv", {}, &user);
        EXPECT_EQ(r.outcome.status, SaveOutcome::Status::Denied);
        EXPECT_FALSE(r.written);
    }
    EXPECT_EQ(organisationCount(db), before);

    // The board over the province may.
    const ActingUser board = test::userWithRole(QStringLiteral("board"), Role::ProvincialBoard, db, org("TB")->id);
    const ImportReport r = importFile("organisations_problems.csv", {}, &board);
    ASSERT_TRUE(r.outcome.ok()) << dump(r);
    EXPECT_EQ(r.inserted, 2);
}

TEST_F(OrganisationImportTest, TheFirstAdministratorOfANewFileSetsUpTheProvince)
{
    // As `cutru-cli init --admin` leaves a file: no organisation, one account holding
    // the provincial board over the whole database.
    AccountService accounts(db);
    ASSERT_TRUE(accounts.createFirstAdministrator(QStringLiteral("bantochuc"), QStringLiteral("Ban Tổ chức"),
                                                  QStringLiteral("matkhau2025"), local.name)
                    .ok());
    const SignInResult signedIn = accounts.signIn(QStringLiteral("bantochuc"), QStringLiteral("matkhau2025"),
                                                  QDateTime::currentDateTimeUtc());
    ASSERT_TRUE(signedIn.ok()) << signedIn.message.toStdString();
    const ImportReport r = importFile("organisations_two_tier.csv", {}, &signedIn.user);
    ASSERT_TRUE(r.outcome.ok()) << dump(r);
    EXPECT_EQ(r.inserted, 11);
    EXPECT_EQ(count(db, QStringLiteral("SELECT count(*) FROM change_log WHERE table_name = 'organisations' AND "
                                       "action = 'insert' AND actor = 'bantochuc'")),
              11);
}

TEST_F(OrganisationImportTest, MembersCanBeSavedIntoImportedCells)
{
    ASSERT_EQ(importFile("organisations_two_tier.csv").inserted, 11);
    // A police officer held in the police's cell, living in a village of Vũ Thư.
    Member m = test::validMember(QStringLiteral("Nguyễn Văn Hải"), org("HY.W01.K01")->id, 501);
    m.residenceCommuneId = org("HY.X01")->id;
    m.residenceCellId = org("HY.X01.K01")->id;
    const SaveOutcome saved = MemberService(db, test::wholeDatabaseUser(QStringLiteral("bantochuc"))).save(m, kToday);
    ASSERT_TRUE(saved.ok()) << (saved.errors.isEmpty() ? saved.message : saved.errors.first().message).toStdString();

    // And by the commune office of the imported commune, into its own cell.
    const ActingUser office = test::userWithRole(QStringLiteral("vanphong"), Role::CommuneOffice, db, org("HY.X01")->id);
    Member villager = test::validMember(QStringLiteral("Trần Thị Mai"), org("HY.X01.K01")->id, 502);
    villager.gender = Gender::Female;
    villager.cccd = QStringLiteral("034175000502");
    EXPECT_TRUE(MemberService(db, office).save(villager, kToday).ok());
    EXPECT_EQ(count(db, QStringLiteral("SELECT count(*) FROM members")), 2);
}

TEST_F(OrganisationImportTest, ABadFileOrMappingStopsBeforeAnyRow)
{
    tabular::Sheet broken;
    broken.fileName = QStringLiteral("x.xlsx");
    broken.error = QStringLiteral("x.xlsx is not an Excel workbook.");
    ImportReport r = OrganisationImport(db, local, kToday).run(broken, mappingOf(broken), {});
    EXPECT_EQ(r.outcome.status, SaveOutcome::Status::Invalid);
    EXPECT_EQ(r.outcome.message, broken.error);

    // A file without a level column cannot be imported.
    tabular::Sheet s;
    s.fileName = QStringLiteral("no-level.csv");
    s.header = {QStringLiteral("Mã"), QStringLiteral("Tên"), QStringLiteral("Mã cấp trên")};
    s.rows = {{2, {QStringLiteral("TB"), QStringLiteral("Tỉnh ủy Thái Bình"), QString()}, 0}};
    r = OrganisationImport(db, local, kToday).run(s, mappingOf(s), {});
    EXPECT_EQ(r.outcome.status, SaveOutcome::Status::Invalid);
    EXPECT_TRUE(r.outcome.message.contains(QStringLiteral("Level"))) << r.outcome.message.toStdString();
    EXPECT_EQ(organisationCount(db), 0);

    // A members mapping is not an organisations mapping.
    const tabular::Sheet three = sheetOf("organisations_three_tier.csv");
    r = OrganisationImport(db, local, kToday).run(three, ColumnMapping::guess(ImportKind::Members, three.header), {});
    EXPECT_EQ(r.outcome.status, SaveOutcome::Status::Invalid);

    // A header-only file: nothing to do, nothing wrong.
    s.header << QStringLiteral("Cấp");
    s.rows.clear();
    r = OrganisationImport(db, local, kToday).run(s, mappingOf(s), {});
    EXPECT_TRUE(r.outcome.ok()) << dump(r);
    EXPECT_EQ(r.total, 0);
    EXPECT_EQ(r.inserted, 0);
}

TEST_F(OrganisationImportTest, CodesMatchWithoutCaseAndASecondProvinceIsRefused)
{
    ASSERT_EQ(importFile("organisations_three_tier.csv").inserted, 15);
    tabular::Sheet s;
    s.fileName = QStringLiteral("lower.csv");
    s.header = {QStringLiteral("Code"), QStringLiteral("Name"), QStringLiteral("Level"), QStringLiteral("Kind"),
                QStringLiteral("Parent code"), QStringLiteral("Valid from")};
    s.rows = {
        {2, {QStringLiteral("tb.vt.vh.k09"), QStringLiteral("Chi bộ thôn Mới"), QStringLiteral("village cell"), QString(),
             QStringLiteral("tb.vt.vh"), QStringLiteral("2030-01-01T00:00:00")},
         0},
        {3, {QStringLiteral("tb.vt.vh"), QStringLiteral("Đảng bộ xã Vũ Hội"), QStringLiteral("commune"),
             QStringLiteral("xa"), QStringLiteral("tb.vt"), QString()},
         0},
        {4, {QStringLiteral("HY"), QStringLiteral("Tỉnh ủy Hưng Yên"), QStringLiteral("province"), QString(), QString(),
             QString()},
         0},
        {5, {QStringLiteral("X1"), QStringLiteral("Tỉnh ủy"), QStringLiteral("province"), QStringLiteral("xa"),
             QStringLiteral("TB"), QString()},
         0},
    };
    const ImportReport r = OrganisationImport(db, local, kToday).preview(s, mappingOf(s), {});
    ASSERT_TRUE(r.outcome.ok()) << dump(r);
    EXPECT_EQ(r.fates, (QList<RowFate>{RowFate::New, RowFate::Duplicate, RowFate::Invalid, RowFate::Invalid})) << dump(r);
    EXPECT_TRUE(hasProblem(r, 4, QStringLiteral("Level"), {QStringLiteral("one province per database")}));
    EXPECT_TRUE(hasProblem(r, 5, QStringLiteral("Kind"), {QStringLiteral("has no kind")}));
    EXPECT_TRUE(hasProblem(r, 5, QStringLiteral("Parent code"), {QStringLiteral("A province has no parent")}));
    // A date to come is allowed, and pointed out.
    ASSERT_EQ(r.warnings.size(), 1);
    EXPECT_EQ(r.warnings[0].row, 2);
    EXPECT_EQ(r.warnings[0].column, QStringLiteral("Valid from"));
    EXPECT_TRUE(r.warnings[0].message.contains(QStringLiteral("01/01/2030"))) << "the time of day left out";
}
