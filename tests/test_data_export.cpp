// Exports of members and organisations (issue 7): the files read back as a user's
// spreadsheet program and the importers would (tabular::readFile, unzip), checked
// against plain SQL on the same database; permissions, scope, cancel; and the round
// trip export → empty database → import → export.
#include "reports/data_export.h"
#include "services/import_mapping.h"
#include "services/member_import.h"
#include "services/organisation_import.h"
#include "services/tabular_file.h"
#include "storage/organisation_repository.h"
#include "support/test_support.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <gtest/gtest.h>

using namespace cutru;
using reports::ExportFormat;
using reports::ExportRequest;
using reports::ExportResult;

namespace {

QStringList exportHeaders(ImportKind kind)
{
    QStringList out;
    for (const ImportField &f : importFields(kind))
        out << f.exportHeader;
    return out;
}

ExportResult exportTo(storage::Database &db, const ActingUser &user, ImportKind kind, ExportFormat format,
                      const QString &path, const QString &scope = {}, const ImportProgress &progress = {})
{
    ExportRequest request;
    request.kind = kind;
    request.format = format;
    request.path = path;
    request.scopeCode = scope;
    return reports::exportData(db, user, request, progress);
}

int sqlCount(storage::Database &db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery q(db.connection());
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec() || !q.next()) {
        ADD_FAILURE() << sql.toStdString();
        return -1;
    }
    return q.value(0).toInt();
}

qint64 orgId(storage::Database &db, const QString &code)
{
    const auto o = storage::OrganisationRepository(db).byCode(code);
    EXPECT_TRUE(o.has_value()) << code.toStdString();
    return o ? o->id : 0;
}

// Members held by, or living in, an organisation under `code`, counted without the exporter's query.
int membersOfScope(storage::Database &db, const QString &code)
{
    const QString path = storage::OrganisationRepository(db).pathOf(orgId(db, code));
    const QString under = QStringLiteral("(SELECT id FROM organisations WHERE substr(path, 1, ?) = ?)");
    return sqlCount(db,
                    QStringLiteral("SELECT count(*) FROM members WHERE cell_id IN %1 OR residence_commune_id IN %1 "
                                   "OR residence_cell_id IN %1")
                        .arg(under),
                    {path.size(), path, path.size(), path, path.size(), path});
}

QString unzip(const QString &xlsx, const QString &member)
{
    QProcess p;
    p.start(QStringLiteral("unzip"), {QStringLiteral("-p"), xlsx, member});
    if (!p.waitForFinished(60000) || p.exitCode() != 0) {
        ADD_FAILURE() << "unzip " << member.toStdString() << " failed";
        return {};
    }
    return QString::fromUtf8(p.readAllStandardOutput());
}

// No file, and no temporary file beside it.
void expectNothingLeft(const QString &path)
{
    EXPECT_FALSE(QFileInfo::exists(path)) << path.toStdString();
    const QFileInfo info(path);
    const QStringList left = info.absoluteDir().entryList({QStringLiteral("*") + info.fileName() + QStringLiteral("*")},
                                                          QDir::Files | QDir::Hidden);
    EXPECT_TRUE(left.isEmpty()) << left.join(QLatin1Char(' ')).toStdString();
}

class DataExport : public ::testing::Test {
protected:
    test::TempFolder dir;
    QString dbPath = test::smallDemoCopy(dir);
    storage::Database db = storage::Database::open(dbPath, storage::Database::Create::MustExist);
    ActingUser board = test::wholeDatabaseUser(QStringLiteral("board"));
};

// The member with the most filled-in fields, as the export should write it: computed
// here from the tables, not through the exporter's query.
QStringList expectedMemberRow(storage::Database &db, QString *cccd)
{
    QSqlQuery q(db.connection());
    EXPECT_TRUE(q.exec(QStringLiteral(
        "SELECT m.full_name, m.gender, m.birth_date, m.cccd, coalesce(m.party_card_no, ''), m.personal_record_no, "
        "m.admission_date, coalesce(m.official_date, ''), o.code, o.name, m.workplace, m.position, m.phone, "
        "m.residence_province, rc.code, rc.name, rcell.code, rcell.name, m.residence_address, m.notes "
        "FROM members m JOIN organisations o ON o.id = m.cell_id "
        "JOIN organisations rc ON rc.id = m.residence_commune_id "
        "JOIN organisations rcell ON rcell.id = m.residence_cell_id "
        "WHERE m.official_date IS NOT NULL AND m.phone <> '' AND m.gender = 'F' ORDER BY m.id LIMIT 1")));
    EXPECT_TRUE(q.next());
    QStringList row;
    for (int c = 0; c < 20; ++c)
        row << q.value(c).toString();
    row[1] = QStringLiteral("Nữ");
    for (int c : {2, 6, 7})
        if (!row[c].isEmpty())
            row[c] = QDate::fromString(row[c], Qt::ISODate).toString(QStringLiteral("dd/MM/yyyy"));
    *cccd = row[3];
    return row;
}

const tabular::Row *rowWith(const tabular::Sheet &sheet, int column, const QString &value)
{
    for (const tabular::Row &r : sheet.rows)
        if (r.cells.value(column) == value)
            return &r;
    return nullptr;
}

} // namespace

TEST_F(DataExport, MembersCsvHasTheImportColumnsAndEveryMember)
{
    // A cell a spreadsheet must quote: comma, quote and line break.
    const QString awkward = QStringLiteral("a, \"b\"\nc");
    QString awkwardCccd;
    {
        QSqlQuery q(db.connection());
        ASSERT_TRUE(q.exec(QStringLiteral("SELECT cccd FROM members ORDER BY id LIMIT 1")) && q.next());
        awkwardCccd = q.value(0).toString();
        ASSERT_TRUE(q.prepare(QStringLiteral("UPDATE members SET notes = ? WHERE cccd = ?")));
        q.addBindValue(awkward);
        q.addBindValue(awkwardCccd);
        ASSERT_TRUE(q.exec());
    }
    const QString path = dir.file(QStringLiteral("members.csv"));
    const ExportResult r = exportTo(db, board, ImportKind::Members, ExportFormat::Csv, path);
    ASSERT_TRUE(r.outcome.ok()) << r.outcome.message.toStdString();
    const int all = sqlCount(db, QStringLiteral("SELECT count(*) FROM members"));
    ASSERT_GT(all, 1000);
    EXPECT_EQ(r.rows, all);

    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    EXPECT_TRUE(bytes.startsWith("\xEF\xBB\xBF")) << "UTF-8 byte-order mark";
    const QByteArray firstLine = bytes.mid(3, bytes.indexOf("\r\n") - 3);
    EXPECT_EQ(QString::fromUtf8(firstLine), exportHeaders(ImportKind::Members).join(QLatin1Char(',')));

    const tabular::Sheet sheet = tabular::readFile(path);
    ASSERT_TRUE(sheet.ok()) << sheet.error.toStdString();
    EXPECT_EQ(sheet.header, exportHeaders(ImportKind::Members));
    EXPECT_EQ(sheet.rows.size(), all);

    QString cccd;
    const QStringList expected = expectedMemberRow(db, &cccd);
    ASSERT_TRUE(cccd.startsWith(QLatin1Char('0'))) << "the demo's CCCDs keep the province's leading zero";
    const tabular::Row *row = rowWith(sheet, 3, cccd);
    ASSERT_NE(row, nullptr);
    EXPECT_EQ(row->cells, expected);
    const tabular::Row *quoted = rowWith(sheet, 3, awkwardCccd);
    ASSERT_NE(quoted, nullptr);
    EXPECT_EQ(quoted->cells.value(int(exportHeaders(ImportKind::Members).indexOf(QStringLiteral("Ghi chú")))), awkward);

    // Name order: the first rows' names are those SQL sorts first by the stored key.
    QSqlQuery q(db.connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT cccd FROM members ORDER BY name_sort_key, cccd LIMIT 3")));
    for (int i = 0; i < 3; ++i) {
        ASSERT_TRUE(q.next());
        EXPECT_EQ(sheet.rows[i].cells[3], q.value(0).toString());
    }
}

TEST_F(DataExport, MembersXlsxKeepsIdentifiersAsTextAndDatesAsDates)
{
    const QString path = dir.file(QStringLiteral("members.xlsx"));
    const ExportResult r = exportTo(db, board, ImportKind::Members, ExportFormat::Xlsx, path);
    ASSERT_TRUE(r.outcome.ok()) << r.outcome.message.toStdString();
    const int all = sqlCount(db, QStringLiteral("SELECT count(*) FROM members"));
    EXPECT_EQ(r.rows, all);

    const tabular::Sheet sheet = tabular::readFile(path);
    ASSERT_TRUE(sheet.ok()) << sheet.error.toStdString();
    EXPECT_EQ(sheet.format, tabular::Format::Xlsx);
    EXPECT_EQ(sheet.sheetName, QStringLiteral("Đảng viên"));
    EXPECT_EQ(sheet.header, exportHeaders(ImportKind::Members));
    EXPECT_EQ(sheet.rows.size(), all);

    QString cccd;
    QStringList expected = expectedMemberRow(db, &cccd);
    const tabular::Row *row = rowWith(sheet, 3, cccd);
    ASSERT_NE(row, nullptr) << "the CCCD " << cccd.toStdString() << " as text, its leading zero kept";
    // Dates come back as Excel serial numbers (days since 30/12/1899).
    for (int c : {2, 6, 7}) {
        const QDate date = QDate::fromString(expected[c], QStringLiteral("dd/MM/yyyy"));
        expected[c] = QString::number(QDate(1899, 12, 30).daysTo(date));
    }
    EXPECT_EQ(row->cells, expected);

    if (QStandardPaths::findExecutable(QStringLiteral("unzip")).isEmpty())
        GTEST_SKIP() << "unzip not found";
    const QString xml = unzip(path, QStringLiteral("xl/worksheets/sheet1.xml"));
    EXPECT_TRUE(xml.contains(QStringLiteral("ySplit=\"1\""))) << "the header row is frozen";
    EXPECT_TRUE(xml.contains(QStringLiteral("<t>") + cccd + QStringLiteral("</t>"))) << "the CCCD is a string";
    const QString styles = unzip(path, QStringLiteral("xl/styles.xml"));
    EXPECT_TRUE(styles.contains(QStringLiteral("formatCode=\"dd/mm/yyyy\"")));
    EXPECT_TRUE(styles.contains(QStringLiteral("<b/>"))) << "a bold header";
}

TEST_F(DataExport, OrganisationsListParentsBeforeChildren)
{
    const QString path = dir.file(QStringLiteral("organisations.csv"));
    const ExportResult r = exportTo(db, board, ImportKind::Organisations, ExportFormat::Csv, path);
    ASSERT_TRUE(r.outcome.ok()) << r.outcome.message.toStdString();
    const int all = sqlCount(db, QStringLiteral("SELECT count(*) FROM organisations"));
    EXPECT_EQ(r.rows, all);
    const tabular::Sheet sheet = tabular::readFile(path);
    ASSERT_TRUE(sheet.ok()) << sheet.error.toStdString();
    EXPECT_EQ(sheet.header, exportHeaders(ImportKind::Organisations));
    ASSERT_EQ(sheet.rows.size(), all);
    EXPECT_EQ(sheet.rows[0].cells[2], QStringLiteral("province"));
    EXPECT_TRUE(sheet.rows[0].cells[4].isEmpty());
    QSet<QString> seen;
    for (const tabular::Row &row : sheet.rows) {
        if (&row != &sheet.rows[0]) {
            EXPECT_TRUE(seen.contains(row.cells[4])) << row.cells[0].toStdString() << " before its parent";
        }
        seen.insert(row.cells[0]);
    }
    // One row checked field by field against the table.
    QSqlQuery q(db.connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT o.code, o.name, o.level, o.kind, p.code, o.valid_from FROM organisations o "
                                      "JOIN organisations p ON p.id = o.parent_id WHERE o.level = 'cell' "
                                      "ORDER BY o.id LIMIT 1")));
    ASSERT_TRUE(q.next());
    const tabular::Row *row = rowWith(sheet, 0, q.value(0).toString());
    ASSERT_NE(row, nullptr);
    EXPECT_EQ(row->cells,
              (QStringList{q.value(0).toString(), q.value(1).toString(), QStringLiteral("cell"), q.value(3).toString(),
                           q.value(4).toString(),
                           QDate::fromString(q.value(5).toString(), Qt::ISODate).toString(QStringLiteral("dd/MM/yyyy"))}));
}

TEST_F(DataExport, ScopeLimitsTheRows)
{
    const QString commune = QStringLiteral("TB.D01.C001");
    const ActingUser office = test::userWithRole(QStringLiteral("office"), Role::CommuneOffice, db, orgId(db, commune));
    const QString path = dir.file(QStringLiteral("commune.csv"));
    // Without --scope: the office's own commune.
    ExportResult r = exportTo(db, office, ImportKind::Members, ExportFormat::Csv, path);
    ASSERT_TRUE(r.outcome.ok()) << r.outcome.message.toStdString();
    const int expected = membersOfScope(db, commune);
    ASSERT_GT(expected, 0);
    EXPECT_LT(expected, sqlCount(db, QStringLiteral("SELECT count(*) FROM members")));
    EXPECT_EQ(r.rows, expected);
    EXPECT_EQ(tabular::readFile(path).rows.size(), expected);

    // The board asking for the same scope gets the same rows.
    r = exportTo(db, board, ImportKind::Members, ExportFormat::Csv, dir.file(QStringLiteral("board.csv")), commune);
    EXPECT_EQ(r.rows, expected);

    // Organisations: the commune and its cells.
    r = exportTo(db, office, ImportKind::Organisations, ExportFormat::Csv, dir.file(QStringLiteral("orgs.csv")));
    ASSERT_TRUE(r.outcome.ok()) << r.outcome.message.toStdString();
    const QString path2 = storage::OrganisationRepository(db).pathOf(orgId(db, commune));
    EXPECT_EQ(r.rows, sqlCount(db, QStringLiteral("SELECT count(*) FROM organisations WHERE substr(path, 1, ?) = ?"),
                               {path2.size(), path2}));
    EXPECT_EQ(tabular::readFile(dir.file(QStringLiteral("orgs.csv"))).rows.value(0).cells.value(0), commune);

    // Another commune is out of the office's reach.
    QSqlQuery q(db.connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT code FROM organisations WHERE level = 'commune' AND code <> '%1' LIMIT 1")
                           .arg(commune)));
    ASSERT_TRUE(q.next());
    const QString other = dir.file(QStringLiteral("other.csv"));
    r = exportTo(db, office, ImportKind::Members, ExportFormat::Csv, other, q.value(0).toString());
    EXPECT_EQ(r.outcome.status, SaveOutcome::Status::Denied);
    EXPECT_FALSE(r.outcome.message.isEmpty());
    expectNothingLeft(other);
}

TEST_F(DataExport, MembersNeedTheRightToSeeCccdNumbers)
{
    const ActingUser secretary = test::userWithRole(QStringLiteral("secretary"), Role::CellSecretary, db,
                                                    orgId(db, QStringLiteral("TB.D01.C001.K001")));
    const ActingUser auditor = test::userWithRole(QStringLiteral("auditor"), Role::Auditor, db,
                                                  orgId(db, QStringLiteral("TB")));
    for (const ActingUser &user : {secretary, auditor}) {
        const QString path = dir.file(user.name + QStringLiteral(".csv"));
        const ExportResult r = exportTo(db, user, ImportKind::Members, ExportFormat::Csv, path);
        EXPECT_EQ(r.outcome.status, SaveOutcome::Status::Denied) << user.name.toStdString();
        EXPECT_TRUE(r.outcome.message.contains(QStringLiteral("CCCD"))) << r.outcome.message.toStdString();
        expectNothingLeft(path);
        // Their organisations they may export.
        const ExportResult orgs = exportTo(db, user, ImportKind::Organisations, ExportFormat::Xlsx,
                                           dir.file(user.name + QStringLiteral(".xlsx")));
        EXPECT_TRUE(orgs.outcome.ok()) << orgs.outcome.message.toStdString();
        EXPECT_GE(orgs.rows, 1);
    }

    // A workplace officer sees its members' CCCDs: its own organisation's members only.
    const QString workplace = QStringLiteral("TB.W001");
    const ActingUser officer =
        test::userWithRole(QStringLiteral("officer"), Role::WorkplaceOfficer, db, orgId(db, workplace));
    const ExportResult r = exportTo(db, officer, ImportKind::Members, ExportFormat::Csv,
                                    dir.file(QStringLiteral("officer.csv")));
    ASSERT_TRUE(r.outcome.ok()) << r.outcome.message.toStdString();
    EXPECT_EQ(r.rows, membersOfScope(db, workplace));
    EXPECT_GT(r.rows, 0);
}

TEST_F(DataExport, UnknownScopeAndUnwritableFileAreSaid)
{
    ExportResult r = exportTo(db, board, ImportKind::Members, ExportFormat::Csv, dir.file(QStringLiteral("x.csv")),
                              QStringLiteral("NO.SUCH.CODE"));
    EXPECT_EQ(r.outcome.status, SaveOutcome::Status::Invalid);
    EXPECT_TRUE(r.outcome.message.contains(QStringLiteral("NO.SUCH.CODE"))) << r.outcome.message.toStdString();
    EXPECT_FALSE(QFileInfo::exists(dir.file(QStringLiteral("x.csv"))));

    for (ExportFormat format : {ExportFormat::Csv, ExportFormat::Xlsx}) {
        const QString missingFolder = dir.file(QStringLiteral("no-such-folder/members.out"));
        r = exportTo(db, board, ImportKind::Members, format, missingFolder);
        EXPECT_EQ(r.outcome.status, SaveOutcome::Status::Failed);
        EXPECT_TRUE(r.outcome.message.contains(QStringLiteral("members.out"))) << r.outcome.message.toStdString();
    }
}

TEST_F(DataExport, CancelLeavesNoFileAndKeepsAnEarlierOne)
{
    for (ExportFormat format : {ExportFormat::Csv, ExportFormat::Xlsx}) {
        const QString path = dir.file(format == ExportFormat::Csv ? QStringLiteral("m.csv") : QStringLiteral("m.xlsx"));
        QList<qint64> seen;
        ExportResult r = exportTo(db, board, ImportKind::Members, format, path, {}, [&](qint64 done, qint64 total) {
            EXPECT_GT(total, 1000);
            seen << done;
            return done < 1000;
        });
        EXPECT_TRUE(r.cancelled);
        EXPECT_EQ(seen, (QList<qint64>{0, 1000})) << "progress every 1,000 rows";
        expectNothingLeft(path);

        // An earlier export stays as it was.
        QFile earlier(path);
        ASSERT_TRUE(earlier.open(QIODevice::WriteOnly));
        earlier.write("earlier");
        earlier.close();
        r = exportTo(db, board, ImportKind::Members, format, path, {}, [](qint64 done, qint64) { return done == 0; });
        EXPECT_TRUE(r.cancelled);
        ASSERT_TRUE(earlier.open(QIODevice::ReadOnly));
        EXPECT_EQ(earlier.readAll(), QByteArray("earlier"));
        earlier.close();
        QFile::remove(path);
        expectNothingLeft(path);
    }
}

namespace {

// Every member as plain SQL sees it, with organisations by code: what must survive
// the round trip (ids aside).
QStringList membersBySql(storage::Database &db)
{
    QSqlQuery q(db.connection());
    EXPECT_TRUE(q.exec(QStringLiteral(
        "SELECT m.full_name, m.gender, m.birth_date, m.cccd, coalesce(m.party_card_no, ''), m.personal_record_no, "
        "m.admission_date, coalesce(m.official_date, ''), o.code, m.workplace, m.position, m.phone, "
        "m.residence_province, coalesce(rc.code, ''), coalesce(rcell.code, ''), m.residence_address, m.notes "
        "FROM members m JOIN organisations o ON o.id = m.cell_id "
        "LEFT JOIN organisations rc ON rc.id = m.residence_commune_id "
        "LEFT JOIN organisations rcell ON rcell.id = m.residence_cell_id ORDER BY m.cccd")));
    QStringList rows;
    while (q.next()) {
        QStringList cells;
        for (int c = 0; c < 17; ++c)
            cells << q.value(c).toString();
        rows << cells.join(QLatin1Char('|'));
    }
    return rows;
}

QStringList organisationsBySql(storage::Database &db)
{
    QSqlQuery q(db.connection());
    EXPECT_TRUE(q.exec(QStringLiteral("SELECT o.code, o.name, o.level, o.kind, coalesce(p.code, ''), "
                                      "coalesce(o.valid_from, '') FROM organisations o "
                                      "LEFT JOIN organisations p ON p.id = o.parent_id ORDER BY o.code")));
    QStringList rows;
    while (q.next()) {
        QStringList cells;
        for (int c = 0; c < 6; ++c)
            cells << q.value(c).toString();
        rows << cells.join(QLatin1Char('|'));
    }
    return rows;
}

// The data rows of an export as read back (for XLSX, whose bytes carry a timestamp).
QList<QStringList> dataRows(const QString &path)
{
    const tabular::Sheet sheet = tabular::readFile(path);
    EXPECT_TRUE(sheet.ok()) << sheet.error.toStdString();
    QList<QStringList> rows;
    for (const tabular::Row &r : sheet.rows)
        rows << r.cells;
    return rows;
}

QByteArray bytesOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

// Issue 7: "an export imports back into an empty database unchanged".
TEST_F(DataExport, RoundTripThroughAnEmptyDatabase)
{
    const QStringList members = membersBySql(db);
    const QStringList organisations = organisationsBySql(db);
    ASSERT_GT(members.size(), 1000);
    for (ExportFormat format : {ExportFormat::Csv, ExportFormat::Xlsx}) {
        const QString ext = format == ExportFormat::Csv ? QStringLiteral(".csv") : QStringLiteral(".xlsx");
        SCOPED_TRACE(ext.toStdString());
        const QString orgFile = dir.file(QStringLiteral("orgs") + ext), memberFile = dir.file(QStringLiteral("members") + ext);
        ASSERT_TRUE(exportTo(db, board, ImportKind::Organisations, format, orgFile).outcome.ok());
        ASSERT_TRUE(exportTo(db, board, ImportKind::Members, format, memberFile).outcome.ok());

        // `cutru-cli init`: an empty database of the current schema; the local administrator imports.
        const QString freshPath = dir.database(QStringLiteral("fresh") + ext + QStringLiteral(".cutru"));
        storage::Database fresh = storage::Database::open(freshPath, storage::Database::Create::MustNotExist);
        const ActingUser admin = ActingUser::localAdministrator(QStringLiteral("test"));
        for (const auto &[kind, file] : {std::pair{ImportKind::Organisations, orgFile}, std::pair{ImportKind::Members, memberFile}}) {
            const tabular::Sheet sheet = tabular::readFile(file);
            ASSERT_TRUE(sheet.ok()) << sheet.error.toStdString();
            const ColumnMapping mapping = ColumnMapping::guess(kind, sheet.header);
            ASSERT_TRUE(mapping.problems().isEmpty()) << mapping.problems().join(QLatin1Char(';')).toStdString();
            for (qsizetype c = 0; c < mapping.header.size(); ++c)
                EXPECT_EQ(mapping.fieldOfColumn[c], importFields(kind)[c].key) << "every column is guessed back";
            const ImportReport report = kind == ImportKind::Members
                                            ? MemberImport(fresh, admin).run(sheet, mapping, {})
                                            : OrganisationImport(fresh, admin).run(sheet, mapping, {});
            ASSERT_TRUE(report.outcome.ok()) << report.outcome.message.toStdString();
            EXPECT_TRUE(report.written);
            EXPECT_EQ(report.rejected(), 0) << (report.problems.isEmpty() ? std::string()
                                                                        : report.problems.first().message.toStdString());
            EXPECT_EQ(report.inserted, sheet.rows.size());
        }
        EXPECT_EQ(membersBySql(fresh), members);
        EXPECT_EQ(organisationsBySql(fresh), organisations);

        // Exported again: the same rows (CSV: the same bytes).
        const QString orgAgain = dir.file(QStringLiteral("orgs-again") + ext);
        const QString membersAgain = dir.file(QStringLiteral("members-again") + ext);
        ASSERT_TRUE(exportTo(fresh, admin, ImportKind::Organisations, format, orgAgain).outcome.ok());
        ASSERT_TRUE(exportTo(fresh, admin, ImportKind::Members, format, membersAgain).outcome.ok());
        if (format == ExportFormat::Csv) {
            EXPECT_TRUE(bytesOf(orgAgain) == bytesOf(orgFile));
            EXPECT_TRUE(bytesOf(membersAgain) == bytesOf(memberFile));
        } else {
            EXPECT_EQ(dataRows(orgAgain), dataRows(orgFile));
            EXPECT_EQ(dataRows(membersAgain), dataRows(memberFile));
        }
    }
}
