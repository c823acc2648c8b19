// Importing members from spreadsheets: every kind of row a real file holds (fixtures in
// tests/fixtures/import/, see its README), with the counts and messages a user gets;
// the three modes for members already stored; nothing written by a preview, a dry run,
// a cancel or a failure; rows the user may not edit; the change log in the user's name.
#include "domain/vietnamese_text.h"
#include "services/account_service.h"
#include "services/demo_province.h"
#include "services/member_import.h"
#include "services/member_service.h"
#include "services/tabular_file.h"
#include "storage/member_repository.h"
#include "support/test_support.h"

#include <QDir>
#include <QSqlError>
#include <QSqlQuery>
#include <gtest/gtest.h>

using namespace cutru;

namespace {

QString fixture(const char *name)
{
    return QDir(QStringLiteral(CUTRU_IMPORT_FIXTURES)).filePath(QString::fromUtf8(name));
}

// The problems of one row, as "<column>: <message>" lines.
QStringList problemsOf(const QList<ImportProblem> &problems, int row)
{
    QStringList out;
    for (const ImportProblem &p : problems)
        if (p.row == row)
            out << p.column + QStringLiteral(": ") + p.message;
    return out;
}

class MemberImportTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        // A second "Chi bộ tổ dân phố số 1", in the commune: the ward has one too.
        communeGroup = test::addOrganisation(db, tiny.commune, OrgLevel::Cell, "residential_group", "P.D1.C1.K2",
                                             QStringLiteral("Chi bộ tổ dân phố số 1"));
        MemberService admin(db, test::wholeDatabaseUser(QStringLiteral("setup")));
        const char *names[] = {"Trần Văn An", "Lê Văn Bình", "Phạm Văn Cường"};
        for (int i = 0; i < 3; ++i) {
            Member m = test::validMember(QString::fromUtf8(names[i]), tiny.village, 101 + i);
            if (i == 0) {
                m.workplace = QStringLiteral("UBND xã Thái Giang");
                m.residenceCommuneId = tiny.commune;
                m.residenceCellId = tiny.village;
            }
            ASSERT_TRUE(admin.save(m, today).ok());
            stored << m;
        }
    }

    ActingUser office() const
    {
        return test::userWithRole(QStringLiteral("office.thaigiang"), Role::CommuneOffice, db, tiny.commune);
    }

    tabular::Sheet read(const char *name) const
    {
        const tabular::Sheet sheet = tabular::readFile(fixture(name));
        EXPECT_TRUE(sheet.ok()) << sheet.error.toStdString();
        return sheet;
    }

    ImportReport import(const tabular::Sheet &sheet, const ActingUser &user, DuplicateMode mode = DuplicateMode::Skip,
                        bool dryRun = false, const ImportProgress &progress = {})
    {
        ImportOptions options;
        options.mode = mode;
        options.dryRun = dryRun;
        return MemberImport(db, user, today).run(sheet, ColumnMapping::guess(ImportKind::Members, sheet.header),
                                                 options, progress);
    }

    int count(const QString &sqlText) const
    {
        QSqlQuery q(db.connection());
        EXPECT_TRUE(q.exec(sqlText)) << sqlText.toStdString();
        return q.next() ? q.value(0).toInt() : -1;
    }

    int members() const { return count(QStringLiteral("SELECT count(*) FROM members")); }

    Member storedMember(int i) const { return *storage::MemberRepository(db).byId(stored.at(i).id); }

    test::TempFolder dir;
    storage::Database db = storage::Database::open(dir.database(QStringLiteral("import.cutru")));
    test::TinyProvince tiny = test::buildTinyProvince(db);
    qint64 communeGroup = 0;
    const QDate today{2026, 1, 1};
    QList<Member> stored;
};

} // namespace

TEST_F(MemberImportTest, EveryKindOfRowCountedAndExplained)
{
    const tabular::Sheet sheet = read("members_problems.csv");
    ASSERT_EQ(sheet.rows.size(), 16);
    const ImportReport r = import(sheet, office());
    ASSERT_TRUE(r.outcome.ok()) << r.outcome.message.toStdString();
    EXPECT_TRUE(r.written);
    EXPECT_EQ(r.total, 16);
    EXPECT_EQ(r.valid, 5);      // rows 2, 3, 4, 5, 14
    EXPECT_EQ(r.invalid, 7);    // rows 6–11, 17
    EXPECT_EQ(r.duplicates, 2); // rows 12 (CCCD), 13 (party card)
    EXPECT_EQ(r.repeated, 2);   // rows 15 (CCCD of row 2), 16 (card of row 2)
    EXPECT_EQ(r.possible, 1);   // row 14: name and date of birth of a stored member
    EXPECT_EQ(r.rejected(), 9);
    EXPECT_EQ(r.inserted, 5);
    EXPECT_EQ(r.skipped, 2);
    EXPECT_EQ(r.unchanged, 2);
    EXPECT_EQ(r.updated, 0);
    using F = RowFate;
    EXPECT_EQ(r.fates, (QList<F>{F::New, F::New, F::New, F::New, F::Invalid, F::Invalid, F::Invalid, F::Invalid,
                                 F::Invalid, F::Invalid, F::Duplicate, F::Duplicate, F::New, F::Repeated,
                                 F::Repeated, F::Invalid}));

    // Each rejected row once or more, with the file's column and why.
    EXPECT_EQ(problemsOf(r.problems, 6),
              QStringList{QStringLiteral("Số CCCD: a number in exponent form (3.40810E+11) has lost its last digits: "
                                         "format the column as text and type the CCCD number again")});
    EXPECT_EQ(problemsOf(r.problems, 7), QStringList{QStringLiteral("Ngày sinh: not a date (dd/MM/yyyy): 5/6/80")});
    EXPECT_EQ(problemsOf(r.problems, 8), QStringList{QStringLiteral("Ngày sinh: not a date (dd/MM/yyyy): 31/02/1980")});
    EXPECT_EQ(problemsOf(r.problems, 9),
              QStringList{QStringLiteral("Chi bộ: No cell or workplace party organisation is named “Chi bộ thôn Không Có”.")});
    EXPECT_EQ(problemsOf(r.problems, 10), QStringList{QStringLiteral("Mã chi bộ: No organisation has the code P.D9.K9.")});
    EXPECT_EQ(problemsOf(r.problems, 11),
              QStringList{QStringLiteral("Chi bộ: “Chi bộ tổ dân phố số 1” names several organisations (P.D1.C1.K2, "
                                         "P.D1.C2.K1): give the code.")});
    EXPECT_EQ(problemsOf(r.problems, 15), QStringList{QStringLiteral(": The same CCCD number as row 2.")});
    EXPECT_EQ(problemsOf(r.problems, 16), QStringList{QStringLiteral(": The same party card number as row 2.")});
    ASSERT_EQ(problemsOf(r.problems, 17).size(), 1);
    EXPECT_TRUE(problemsOf(r.problems, 17).first().startsWith(QStringLiteral(": Changing this member's record needs")))
        << "the commune office of Thái Giang may not add a member of Diêm Điền";
    EXPECT_EQ(r.problems.size(), 9);
    for (qsizetype i = 1; i < r.problems.size(); ++i)
        EXPECT_LE(r.problems.at(i - 1).row, r.problems.at(i).row) << "by row";

    // Accepted rows worth a look.
    ASSERT_EQ(r.warnings.size(), 2);
    EXPECT_EQ(r.warnings.at(0).row, 5);
    EXPECT_EQ(r.warnings.at(0).column, QStringLiteral("Số CCCD"));
    EXPECT_TRUE(r.warnings.at(0).message.contains(QStringLiteral("034080000204")));
    EXPECT_EQ(r.warnings.at(1).row, 14);
    EXPECT_TRUE(r.warnings.at(1).message.contains(QStringLiteral("same name and date of birth")));

    ASSERT_EQ(r.unknownOrganisations.size(), 3);
    EXPECT_TRUE(r.unknownOrganisations.at(0).startsWith(QStringLiteral("Chi bộ thôn Không Có (1 ")));
    EXPECT_TRUE(r.unknownOrganisations.at(1).startsWith(QStringLiteral("Chi bộ tổ dân phố số 1 (1 ")));
    EXPECT_TRUE(r.unknownOrganisations.at(2).startsWith(QStringLiteral("P.D9.K9 (1 ")));

    // What went in, converted: names found by their short names, serial dates, the zero restored.
    EXPECT_EQ(members(), 3 + 5);
    storage::MemberRepository repo(db);
    const Member hai = *repo.byId(*repo.idByCccd(QStringLiteral("034070000201")));
    EXPECT_EQ(hai.fullName, QStringLiteral("Nguyễn Văn Hải"));
    EXPECT_EQ(hai.cellId, tiny.village);
    EXPECT_EQ(hai.residenceCommuneId, tiny.commune);
    EXPECT_EQ(hai.residenceCellId, tiny.village);
    EXPECT_EQ(hai.officialDate, QDate(1996, 5, 19));
    const Member hoa = *repo.byId(*repo.idByCccd(QStringLiteral("034185000202")));
    EXPECT_EQ(hoa.gender, Gender::Female);
    EXPECT_TRUE(hoa.partyCardNo.isEmpty());
    EXPECT_FALSE(hoa.officialDate.isValid());
    EXPECT_EQ(hoa.residenceCommuneId, 0);
    EXPECT_EQ(hoa.notes, QStringLiteral("Dự bị"));
    const Member khanh = *repo.byId(*repo.idByCccd(QStringLiteral("034068000203")));
    EXPECT_EQ(khanh.birthDate, QDate(1968, 3, 12));
    EXPECT_EQ(khanh.admissionDate, QDate(1992, 5, 15));
    EXPECT_EQ(khanh.officialDate, QDate(1993, 5, 15));
    const Member longMember = *repo.byId(*repo.idByCccd(QStringLiteral("034080000204")));
    EXPECT_EQ(longMember.birthDate, QDate(1980, 1, 1));
    EXPECT_EQ(longMember.cellId, tiny.village) << "codes found whatever their case";
    EXPECT_FALSE(repo.idByCccd(QStringLiteral("034077000213")).has_value());
    EXPECT_EQ(storedMember(0).phone, QString()) << "skip leaves the stored member alone";
}

TEST_F(MemberImportTest, AnAdministratorMayImportTheRowAnOfficeMayNot)
{
    const ImportReport r = import(read("members_problems.csv"), test::wholeDatabaseUser(QStringLiteral("admin")));
    ASSERT_TRUE(r.outcome.ok());
    EXPECT_EQ(r.valid, 6);
    EXPECT_EQ(r.invalid, 6);
    const Member quy = *storage::MemberRepository(db).byId(
        *storage::MemberRepository(db).idByCccd(QStringLiteral("034077000213")));
    EXPECT_EQ(quy.cellId, tiny.group);
    EXPECT_EQ(quy.residenceCommuneId, tiny.ward) << "“Diêm Điền” finds Đảng bộ thị trấn Diêm Điền";
    EXPECT_EQ(quy.residenceCellId, tiny.group) << "“Tổ dân phố số 1” among the cells of that commune only";
}

TEST_F(MemberImportTest, PreviewAndDryRunWriteNothingAndAgreeWithTheRun)
{
    const tabular::Sheet sheet = read("members_problems.csv");
    const int before = members();
    const int logged = count(QStringLiteral("SELECT count(*) FROM change_log"));
    const ImportReport preview = MemberImport(db, office(), today)
                                     .preview(sheet, ColumnMapping::guess(ImportKind::Members, sheet.header), {});
    const ImportReport dry = import(sheet, office(), DuplicateMode::Skip, true);
    for (const ImportReport *r : {&preview, &dry}) {
        EXPECT_TRUE(r->outcome.ok());
        EXPECT_FALSE(r->written);
        EXPECT_EQ(r->valid, 5);
        EXPECT_EQ(r->invalid, 7);
        EXPECT_EQ(r->inserted, 0);
    }
    EXPECT_EQ(members(), before);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM change_log")), logged);
    const ImportReport run = import(sheet, office());
    EXPECT_EQ(run.fates, preview.fates);
    EXPECT_EQ(run.problems.size(), preview.problems.size());
}

TEST_F(MemberImportTest, SkipUpdateAndFillWithStoredMembers)
{
    const tabular::Sheet sheet = read("members_modes.csv");
    ASSERT_EQ(sheet.delimiter, QLatin1Char(';'));
    const Member an = storedMember(0), binh = storedMember(1), cuong = storedMember(2);

    {
        const ImportReport r = import(sheet, office(), DuplicateMode::Skip, true);
        EXPECT_EQ(r.valid, 1);
        EXPECT_EQ(r.duplicates, 3) << "row 5's bad date of admission does not matter when nothing changes";
        EXPECT_EQ(r.invalid, 0);
    }
    {
        const ImportReport r = import(sheet, office(), DuplicateMode::Update, true);
        EXPECT_EQ(r.valid, 1);
        EXPECT_EQ(r.duplicates, 2);
        EXPECT_EQ(r.invalid, 1);
        EXPECT_EQ(problemsOf(r.problems, 5),
                  QStringList{QStringLiteral("Ngày vào Đảng: A member is admitted at 18 or older.")})
            << "the merged member must pass every rule";
    }
    {
        const ImportReport r = import(sheet, office(), DuplicateMode::Fill);
        ASSERT_TRUE(r.outcome.ok());
        EXPECT_EQ(r.duplicates, 3);
        EXPECT_EQ(r.inserted, 1);
        EXPECT_EQ(r.updated, 1);
        EXPECT_EQ(r.unchanged, 2);
        EXPECT_EQ(r.skipped, 0);
        const Member filled = storedMember(0);
        EXPECT_EQ(filled.workplace, QStringLiteral("UBND xã Thái Giang")) << "not empty: kept";
        EXPECT_EQ(filled.phone, QStringLiteral("0987654321")) << "empty: filled";
        EXPECT_EQ(filled.notes, QStringLiteral("Chuyển sinh hoạt tạm thời"));
        EXPECT_EQ(filled.admissionDate, an.admissionDate);
        EXPECT_EQ(filled.rowVersion, an.rowVersion + 1);
        EXPECT_EQ(storedMember(1).rowVersion, binh.rowVersion) << "nothing to change: not written";
        EXPECT_EQ(storedMember(2).admissionDate, cuong.admissionDate);
    }
    {
        const ImportReport r = import(sheet, office(), DuplicateMode::Update);
        ASSERT_TRUE(r.outcome.ok());
        EXPECT_EQ(r.valid, 0) << "row 4 went in with the Fill import";
        EXPECT_EQ(r.duplicates, 3);
        EXPECT_EQ(r.invalid, 1);
        EXPECT_EQ(r.updated, 1);
        EXPECT_EQ(r.unchanged, 2);
        const Member updated = storedMember(0);
        EXPECT_EQ(updated.workplace, QStringLiteral("Công ty Điện lực Thái Bình")) << "replaced";
        EXPECT_EQ(updated.phone, QStringLiteral("0987654321"));
        EXPECT_EQ(updated.fullName, an.fullName);
        EXPECT_EQ(updated.birthDate, an.birthDate) << "an empty cell leaves the stored value";
        EXPECT_EQ(updated.residenceCellId, tiny.village);
        EXPECT_EQ(storedMember(2).admissionDate, cuong.admissionDate) << "the invalid row changed nothing";
    }
    {
        const ImportReport r = import(sheet, office(), DuplicateMode::Skip);
        EXPECT_EQ(r.skipped, 4);
        EXPECT_EQ(r.unchanged, 4);
        EXPECT_EQ(r.updated, 0);
        EXPECT_EQ(storedMember(0).workplace, QStringLiteral("Công ty Điện lực Thái Bình"));
    }
    EXPECT_EQ(members(), 4);
}

TEST_F(MemberImportTest, UpdatesOnlyMembersTheUserMayEdit)
{
    // A member held and living in the ward: the commune office of Thái Giang may not change it.
    Member ward = test::validMember(QStringLiteral("Mai Văn Quý"), tiny.group, 213);
    ASSERT_TRUE(MemberService(db, test::wholeDatabaseUser(QStringLiteral("setup"))).save(ward, today).ok());
    const tabular::Sheet sheet = tabular::readCsv(QStringLiteral("Số CCCD,Họ và tên,Giới tính,Ngày sinh,Ngày vào Đảng,"
                                                                 "Mã chi bộ,Số điện thoại\n"
                                                                 "034075000213,,,,,,0912345678\n"
                                                                 "034075000101,,,,,,0912345679\n")
                                                      .toUtf8(),
                                                  QStringLiteral("phones.csv"));
    ASSERT_TRUE(sheet.ok()) << sheet.error.toStdString();
    const ImportReport r = import(sheet, office(), DuplicateMode::Fill);
    ASSERT_TRUE(r.outcome.ok());
    EXPECT_EQ(r.fates, (QList<RowFate>{RowFate::Invalid, RowFate::Duplicate}));
    EXPECT_EQ(r.updated, 1);
    EXPECT_TRUE(storage::MemberRepository(db).byId(ward.id)->phone.isEmpty());
    EXPECT_EQ(storedMember(0).phone, QStringLiteral("0912345679"));

    // Moving a member of the commune to the ward is refused too: where it goes must be the user's.
    const tabular::Sheet move = tabular::readCsv(
        QStringLiteral("Số CCCD,Họ và tên,Giới tính,Ngày sinh,Ngày vào Đảng,Mã chi bộ\n034075000102,,,,,P.D1.C2.K1\n").toUtf8(),
        QStringLiteral("move.csv"));
    const ImportReport moved = import(move, office(), DuplicateMode::Update);
    EXPECT_EQ(moved.invalid, 1);
    EXPECT_EQ(storedMember(1).cellId, tiny.village);
}

TEST_F(MemberImportTest, RefusedImports)
{
    const tabular::Sheet sheet = read("members_problems.csv");
    // A cell secretary edits no members at all.
    const ImportReport secretary =
        import(sheet, test::userWithRole(QStringLiteral("secretary"), Role::CellSecretary, db, tiny.village));
    EXPECT_EQ(secretary.outcome.status, SaveOutcome::Status::Denied);
    EXPECT_FALSE(secretary.outcome.message.isEmpty());
    EXPECT_EQ(secretary.total, 0) << "nothing analysed";

    // A mapping that lacks a required field, or is for organisations.
    ColumnMapping mapping = ColumnMapping::guess(ImportKind::Members, sheet.header);
    mapping.fieldOfColumn[2].clear(); // Ngày sinh
    const ImportReport unmapped = MemberImport(db, office(), today).run(sheet, mapping, {});
    EXPECT_EQ(unmapped.outcome.status, SaveOutcome::Status::Invalid);
    EXPECT_TRUE(unmapped.outcome.message.contains(QStringLiteral("Date of birth")));
    const ImportReport wrongKind = MemberImport(db, office(), today)
                                       .run(sheet, ColumnMapping::guess(ImportKind::Organisations, sheet.header), {});
    EXPECT_EQ(wrongKind.outcome.status, SaveOutcome::Status::Invalid);

    // A file that could not be read: its error, nothing else.
    const tabular::Sheet empty = tabular::readFile(fixture("empty.csv"));
    ASSERT_FALSE(empty.ok());
    const ImportReport unreadable = MemberImport(db, office(), today).run(empty, mapping, {});
    EXPECT_EQ(unreadable.outcome.status, SaveOutcome::Status::Invalid);
    EXPECT_EQ(unreadable.outcome.message, empty.error);
    EXPECT_EQ(members(), 3);

    // A header and no rows: nothing to do, said plainly.
    const tabular::Sheet headerOnly = tabular::readFile(fixture("header_only.csv"));
    const ImportReport none = MemberImport(db, office(), today)
                                  .run(headerOnly, ColumnMapping::guess(ImportKind::Members, headerOnly.header), {});
    EXPECT_TRUE(none.outcome.ok());
    EXPECT_EQ(none.total, 0);
    EXPECT_EQ(none.inserted, 0);
}

namespace {

// `rows` new members of the village, one per line, all valid.
tabular::Sheet bigSheet(int rows)
{
    QString text = QStringLiteral("Họ và tên,Giới tính,Ngày sinh,Số CCCD,Ngày vào Đảng,Mã chi bộ\n");
    for (int i = 0; i < rows; ++i)
        text += QStringLiteral("Đinh Văn Số %1,Nam,01/02/1980,0340800%2,01/02/2005,P.D1.C1.K1\n")
                    .arg(QChar(u'A' + i % 26))
                    .arg(i, 5, 10, QLatin1Char('0'));
    return tabular::readCsv(text.toUtf8(), QStringLiteral("big.csv"));
}

} // namespace

TEST_F(MemberImportTest, ProgressAndCancelLeaveTheDatabaseAsItWas)
{
    const tabular::Sheet sheet = bigSheet(3000);
    ASSERT_EQ(sheet.rows.size(), 3000);
    const int logged = count(QStringLiteral("SELECT count(*) FROM change_log"));

    // Cancelled while analysing.
    QList<qint64> seen;
    ImportReport r = import(sheet, office(), DuplicateMode::Skip, false, [&](qint64 done, qint64 total) {
        EXPECT_EQ(total, 6000) << "analysis and write";
        seen << done;
        return done < 2000;
    });
    EXPECT_TRUE(r.cancelled);
    EXPECT_FALSE(r.written);
    EXPECT_EQ(seen, (QList<qint64>{0, 1000, 2000}));
    EXPECT_EQ(members(), 3);

    // Cancelled at the very end, after every row was inserted: rolled back all the same.
    seen.clear();
    r = import(sheet, office(), DuplicateMode::Skip, false, [&](qint64 done, qint64 total) {
        seen << done;
        return done < total;
    });
    EXPECT_TRUE(r.cancelled);
    EXPECT_FALSE(r.written);
    EXPECT_EQ(seen.last(), 6000);
    EXPECT_GE(seen.size(), 6) << "every thousand rows or so, in both phases";
    EXPECT_TRUE(std::is_sorted(seen.begin(), seen.end()));
    EXPECT_EQ(members(), 3);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM change_log")), logged);

    // Uncancelled: every row in, the change log in the user's name.
    r = import(sheet, office());
    EXPECT_TRUE(r.written);
    EXPECT_EQ(r.inserted, 3000);
    EXPECT_EQ(members(), 3003);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM change_log WHERE table_name = 'members' AND action = 'insert' "
                                   "AND actor = 'office.thaigiang'")),
              3000);
    // The search index has them too.
    storage::MemberQuery query;
    query.terms = text::searchTerms(QStringLiteral("dinh van so"));
    EXPECT_EQ(storage::MemberRepository(db).count(query), 3000);
}

TEST_F(MemberImportTest, AFailureInTheMiddleRollsBack)
{
    const tabular::Sheet sheet = read("members_modes.csv");
    // The database refuses one change (as a full disk or a broken rule would), after
    // the insert has gone through.
    QSqlQuery trigger(db.connection());
    if (test::testingOnPostgres()) {
        // The test database is dropped afterwards: a plain trigger does what SQLite's
        // temporary one does.
        ASSERT_TRUE(trigger.exec(QStringLiteral("CREATE FUNCTION refuse_update() RETURNS trigger LANGUAGE plpgsql "
                                                "AS $$ BEGIN RAISE EXCEPTION 'refused for the test'; END $$")))
            << trigger.lastError().text().toStdString();
        ASSERT_TRUE(trigger.exec(QStringLiteral("CREATE TRIGGER refuse_update BEFORE UPDATE ON members "
                                                "FOR EACH ROW EXECUTE FUNCTION refuse_update()")))
            << trigger.lastError().text().toStdString();
    } else {
        ASSERT_TRUE(trigger.exec(QStringLiteral("CREATE TEMP TRIGGER refuse_update BEFORE UPDATE ON main.members "
                                                "BEGIN SELECT RAISE(ABORT, 'refused for the test'); END")))
            << trigger.lastError().text().toStdString();
    }
    const int logged = count(QStringLiteral("SELECT count(*) FROM change_log"));
    const ImportReport r = import(sheet, office(), DuplicateMode::Fill);
    EXPECT_EQ(r.outcome.status, SaveOutcome::Status::Failed);
    EXPECT_FALSE(r.outcome.message.isEmpty());
    EXPECT_FALSE(r.outcome.message.contains(QStringLiteral("refused for the test"))) << "no raw SQL error";
    EXPECT_FALSE(r.written);
    EXPECT_EQ(r.inserted, 0);
    EXPECT_EQ(r.valid, 1) << "the analysis stands";
    EXPECT_EQ(members(), 3);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM change_log")), logged);
    EXPECT_TRUE(storedMember(0).phone.isEmpty());
}

TEST_F(MemberImportTest, SpreadsheetCellsAsPeopleAndProgramsWriteThem)
{
    // Upper case, no diacritics, English words; the phone stored as a number; a code in
    // the name column's stead; the residence commune following from the cell.
    const tabular::Sheet sheet = tabular::readCsv(
        QStringLiteral("Full name,Sex,DOB,National ID,Admission date,Cell,Phone,Village,Official date,Party card\n"
                       "  trần   thị  MAI ,FEMALE,1985-06-07,034 185 000 401,2010-01-02,chi bo thon phat loc tay,"
                       "912345678,Phất Lộc Tây,,\n"
                       "Lò Văn Ơn,nu,07/06/1985,034185000402,02/01/2010,Chi bộ Sở Tài chính,,,02/01/2011,\n"
                       "Lò Văn Ơn,x,1985,034085000403,02/01/2010,Sở Tài chính,,Phất Lộc,,\n")
            .toUtf8(),
        QStringLiteral("english.csv"));
    ASSERT_TRUE(sheet.ok());
    const ImportReport r = import(sheet, test::wholeDatabaseUser(QStringLiteral("admin")), DuplicateMode::Skip, true);
    ASSERT_TRUE(r.outcome.ok()) << r.outcome.message.toStdString();
    EXPECT_EQ(r.fates, (QList<RowFate>{RowFate::New, RowFate::Invalid, RowFate::Invalid}));
    // Row 3: the CCCD says a woman is a man? No: digit 4 is 1 and the gender "nu" — fine;
    // what is wrong is the official date without a party card.
    EXPECT_EQ(problemsOf(r.problems, 3),
              QStringList{QStringLiteral("Party card: An official member has a party card number.")});
    EXPECT_EQ(problemsOf(r.problems, 4),
              (QStringList{QStringLiteral("Sex: not a gender (Nam or Nữ): x"),
                           QStringLiteral("DOB: not a date (dd/MM/yyyy): 1985"),
                           QStringLiteral("Village: No cell of a commune is named “Phất Lộc”.")}));
    ASSERT_EQ(r.warnings.size(), 1);
    EXPECT_EQ(r.warnings.first().column, QStringLiteral("Phone"));

    const ImportReport written = import(sheet, test::wholeDatabaseUser(QStringLiteral("admin")));
    ASSERT_EQ(written.inserted, 1);
    storage::MemberRepository repo(db);
    const Member mai = *repo.byId(*repo.idByCccd(QStringLiteral("034185000401")));
    EXPECT_EQ(mai.fullName, QStringLiteral("trần thị MAI")) << "trimmed and collapsed, not re-cased";
    EXPECT_EQ(mai.gender, Gender::Female);
    EXPECT_EQ(mai.birthDate, QDate(1985, 6, 7));
    EXPECT_EQ(mai.cellId, tiny.village);
    EXPECT_EQ(mai.phone, QStringLiteral("0912345678"));
    EXPECT_EQ(mai.residenceCellId, tiny.village);
    EXPECT_EQ(mai.residenceCommuneId, tiny.commune) << "from the cell";
}

TEST_F(MemberImportTest, NamesAreNormalisedToComposedForm)
{
    // "Nguyễn" typed with combining marks (as Windows-1258 files decode) is stored composed.
    const QString decomposed = QStringLiteral("Nguye\u0302\u0303n Va\u0306n Hu\u0300ng");
    const tabular::Sheet sheet = tabular::readCsv(
        (QStringLiteral("Họ và tên,Giới tính,Ngày sinh,Số CCCD,Ngày vào Đảng,Mã chi bộ\n") + decomposed
         + QStringLiteral(",Nam,12/03/1968,034068000501,15/05/1992,P.D1.C1.K1\n"))
            .toUtf8(),
        QStringLiteral("nfd.csv"));
    const ImportReport r = import(sheet, office());
    ASSERT_EQ(r.inserted, 1);
    storage::MemberRepository repo(db);
    EXPECT_EQ(repo.byId(*repo.idByCccd(QStringLiteral("034068000501")))->fullName, QStringLiteral("Nguyễn Văn Hùng"));
}

TEST(MemberImportDemo, WorkbookWithSerialDatesIntoTheDemoProvince)
{
    test::TempFolder dir;
    storage::Database db = storage::Database::open(test::smallDemoCopy(dir));
    const auto signedIn = AccountService(db).signIn(QStringLiteral("vanphong.xa"), demoPassword());
    ASSERT_EQ(signedIn.status, SignInResult::Status::SignedIn);
    const tabular::Sheet sheet = tabular::readFile(fixture("members.xlsx"));
    ASSERT_TRUE(sheet.ok()) << sheet.error.toStdString();
    ColumnMapping mapping = ColumnMapping::guess(ImportKind::Members, sheet.header);
    const int village = mapping.columnOf(QStringLiteral("residence_cell_name"));
    ASSERT_GE(village, 0);
    // The workbook's villages ("Thôn Đông") are not cells of the demo: listed, rejected.
    ImportReport r = MemberImport(db, signedIn.user, QDate(2026, 1, 1)).preview(sheet, mapping, {});
    ASSERT_TRUE(r.outcome.ok()) << r.outcome.message.toStdString();
    EXPECT_EQ(r.invalid, 5);
    EXPECT_EQ(r.unknownOrganisations.size(), 2);
    // Without that column every member goes in, the first CCCD's lost zero restored.
    mapping.fieldOfColumn[village].clear();
    r = MemberImport(db, signedIn.user, QDate(2026, 1, 1)).run(sheet, mapping, {});
    ASSERT_TRUE(r.outcome.ok()) << r.outcome.message.toStdString();
    EXPECT_EQ(r.inserted, 5) << (r.problems.isEmpty() ? std::string() : r.problems.first().message.toStdString());
    ASSERT_EQ(r.warnings.size(), 1);
    EXPECT_TRUE(r.warnings.first().message.contains(QStringLiteral("034068001234")));
    storage::MemberRepository repo(db);
    const auto hung = repo.byId(*repo.idByCccd(QStringLiteral("034068001234")));
    ASSERT_TRUE(hung.has_value());
    EXPECT_EQ(hung->birthDate, QDate(1968, 3, 12)) << "an Excel serial number";
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT count(*) FROM change_log WHERE table_name = 'members' AND actor = 'vanphong.xa'"));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toInt(), 5);
}

TEST(ImportDates, DateCellsAsSpreadsheetsHoldThem)
{
    EXPECT_EQ(dateFromCell(QStringLiteral("15/02/2024")), QDate(2024, 2, 15));
    EXPECT_EQ(dateFromCell(QStringLiteral(" 5/2/2024 ")), QDate(2024, 2, 5));
    EXPECT_EQ(dateFromCell(QStringLiteral("2024-02-15")), QDate(2024, 2, 15));
    EXPECT_EQ(dateFromCell(QStringLiteral("24909")), QDate(1968, 3, 12));
    EXPECT_EQ(dateFromCell(QStringLiteral("45292.75")), QDate(2024, 1, 1)) << "the time of day dropped";
    EXPECT_EQ(dateFromCell(QStringLiteral("1")), QDate(1900, 1, 1));
    EXPECT_EQ(dateFromCell(QStringLiteral("59")), QDate(1900, 2, 28)) << "before Excel's false 29/02/1900";
    EXPECT_EQ(dateFromCell(QStringLiteral("61")), QDate(1900, 3, 1));
    EXPECT_EQ(dateFromCell(QStringLiteral("2958465")), QDate(9999, 12, 31));
    EXPECT_FALSE(dateFromCell(QStringLiteral("2958466")));
    EXPECT_FALSE(dateFromCell(QStringLiteral("0")));
    EXPECT_FALSE(dateFromCell(QStringLiteral("31/02/1980")));
    EXPECT_FALSE(dateFromCell(QStringLiteral("5/6/80")));
    EXPECT_FALSE(dateFromCell(QStringLiteral("1980"))) << "a year, not 02/06/1905";
    EXPECT_FALSE(dateFromCell(QStringLiteral("2024-2-15")));
    EXPECT_FALSE(dateFromCell(QStringLiteral("15-02-2024")));
    EXPECT_FALSE(dateFromCell(QStringLiteral("45292.")));
    EXPECT_FALSE(dateFromCell(QStringLiteral("-45292")));
    EXPECT_FALSE(dateFromCell(QStringLiteral("3.4E+10")));
    EXPECT_FALSE(dateFromCell(QString()));
}
