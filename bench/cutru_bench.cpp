// Benchmarks of the foundation, on the full demo province:
//   generation time; cold open to the first rows shown in the members model;
//   folded-name search over all members (median of 100 queries); and the
//   count-by-cell query beside the sqlite3 shell's time on the same file; then
//   the accounts and history figures, and the referrals' (issue 4): 1,000 letters
//   into one PDF, and receiving 1,000 referrals in one call; then the meetings'
//   (issue 5): opening the attendance sheet of a 200-member cell, and planning the
//   year's meetings for the whole province; then the reports' (issue 6): the
//   attendance report 2012-2014 by commune beside its own statement in the sqlite3
//   shell, and the coverage report. The shell runs each statement in one session,
//   once to warm up and then timed, like CuTru's warm connection.
// Then the import's (issue 7): 100,000 members from CSV beside the sqlite3 shell's
// .import of the same file, and the peak memory of cutru-cli doing it.
// Then the annual comments' (issue 8): drafts for the whole province, target < 2 s.
// Targets: generation < 10 s, open < 1 s, search median < 20 ms, letters < 3 s,
// receiving < 1 s, sheet < 100 ms, planning < 2 s, attendance report < 300 ms and
// within 1.5x of the shell, coverage report < 200 ms.
#include "app/member_table_model.h"
#include "domain/codes.h"
#include "domain/vietnamese_text.h"
#include "reports/pdf_memory.h"
#include "reports/referral_letter.h"
#include "reports/attendance_report.h"
#include "reports/report_catalogue.h"
#include "reports/report_pdf.h"
#include "services/account_service.h"
#include "services/demo_province.h"
#include "services/history_service.h"
#include "services/attendance_queries.h"
#include "services/comment_service.h"
#include "services/meeting_service.h"
#include "services/member_service.h"
#include "services/import_mapping.h"
#include "services/member_import.h"
#include "services/tabular_file.h"
#include "services/referral_service.h"
#include "storage/backup.h"
#include "storage/database_copy.h"
#include "storage/database.h"
#include "storage/member_repository.h"
#include "storage/organisation_repository.h"
#include "storage/sql_util.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QTemporaryDir>
#include <QTimer>
#include <algorithm>
#include <benchmark/benchmark.h>
#include <cmath>
#include <thread>
#include <cstdio>
#include <cstring>
#include <map>
#include <optional>
#include <vector>

namespace {

QTemporaryDir *g_dir = nullptr;
QString g_db;
QStringList g_searches;
std::map<std::string, std::vector<double>> g_ms; // every measured time, for the summary

double record(const char *name, qint64 nanoseconds)
{
    const double ms = double(nanoseconds) / 1e6;
    g_ms[name].push_back(ms);
    return ms;
}

double median(std::vector<double> v)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

void BM_GenerateDemoProvince(benchmark::State &state)
{
    for (auto _ : state) {
        const QString path = g_dir->filePath(QStringLiteral("demo-%1.cutru").arg(g_ms["generate"].size()));
        QElapsedTimer t;
        t.start();
        cutru::DemoProvinceGenerator().generate(path);
        state.SetIterationTime(record("generate", t.nsecsElapsed()) / 1000.0);
        if (g_db.isEmpty())
            g_db = path;
    }
}

// A fresh model (its own worker thread and connection) until row 0 is shown.
void BM_ColdOpenToFirstRows(benchmark::State &state)
{
    for (auto _ : state) {
        QElapsedTimer t;
        t.start();
        cutru::MemberTableModel model(g_db, cutru::ActingUser::localAdministrator(QStringLiteral("bench")));
        QEventLoop loop;
        QObject::connect(&model, &cutru::MemberTableModel::windowLoaded, &loop, [&] {
            if (model.rowCount() > 0 && model.isRowLoaded(0))
                loop.quit();
        });
        QTimer::singleShot(30000, &loop, &QEventLoop::quit);
        model.setQuery(cutru::storage::MemberQuery{});
        if (!(model.rowCount() > 0 && model.isRowLoaded(0)))
            loop.exec();
        const qint64 ns = t.nsecsElapsed();
        if (!model.isRowLoaded(0)) {
            state.SkipWithError("the members model showed no rows within 30 s");
            break;
        }
        state.SetIterationTime(record("open", ns) / 1000.0);
    }
}

// What the members model's worker runs for a search: the exact count and the
// first window, in Vietnamese name order.
void BM_SearchFoldedName(benchmark::State &state)
{
    cutru::storage::Database db = cutru::storage::Database::open(g_db);
    cutru::storage::MemberRepository repo(db);
    size_t i = 0;
    for (auto _ : state) {
        cutru::storage::MemberQuery q;
        q.terms = cutru::text::searchTerms(g_searches.at(qsizetype(i++ % size_t(g_searches.size()))));
        QElapsedTimer t;
        t.start();
        const int n = repo.count(q);
        const auto rows = repo.window(q, 0, 200);
        const qint64 ns = t.nsecsElapsed();
        benchmark::DoNotOptimize(n);
        benchmark::DoNotOptimize(rows.size());
        state.SetIterationTime(record("search", ns) / 1000.0);
    }
}

// Opening the full province the way the application does: integrity check, then open.
void BM_OpenWithIntegrityCheck(benchmark::State &state)
{
    for (auto _ : state) {
        QElapsedTimer t;
        t.start();
        const cutru::storage::Database db =
            cutru::storage::Database::open(g_db, cutru::storage::Database::Create::MustExist);
        state.SetIterationTime(record("open_checked", t.nsecsElapsed()) / 1000.0);
    }
}

// One sign-in: an Argon2id verification plus the sign-in's own write.
void BM_SignIn(benchmark::State &state)
{
    cutru::storage::Database db = cutru::storage::Database::open(g_db, cutru::storage::Database::Create::MustExist,
                                                                  cutru::storage::Database::IntegrityCheck::Skip);
    cutru::AccountService accounts(db);
    for (auto _ : state) {
        QElapsedTimer t;
        t.start();
        const auto r = accounts.signIn(QStringLiteral("vanphong.xa"), cutru::demoPassword());
        const qint64 ns = t.nsecsElapsed();
        if (!r.ok())
            state.SkipWithError("sign-in failed");
        state.SetIterationTime(record("sign_in", ns) / 1000.0);
    }
}

// A commune office's member list: everything it may see (held or living in its
// commune), exact count and first window, filtered in SQL.
void BM_RestrictedList(benchmark::State &state)
{
    cutru::storage::Database db = cutru::storage::Database::open(g_db, cutru::storage::Database::Create::MustExist,
                                                                  cutru::storage::Database::IntegrityCheck::Skip);
    const auto r = cutru::AccountService(db).signIn(QStringLiteral("vanphong.xa"), cutru::demoPassword());
    if (!r.ok()) {
        state.SkipWithError("sign-in failed");
        return;
    }
    cutru::MemberService members(db, r.user);
    for (auto _ : state) {
        QElapsedTimer t;
        t.start();
        const int n = members.count({});
        const auto rows = members.window({}, 0, 200);
        const qint64 ns = t.nsecsElapsed();
        benchmark::DoNotOptimize(n);
        benchmark::DoNotOptimize(rows.size());
        state.SetIterationTime(record("restricted_list", ns) / 1000.0);
    }
}

// The History view's first page of the whole log (about 237,000 entries), with names.
void BM_HistoryFirstPage(benchmark::State &state)
{
    cutru::storage::Database db = cutru::storage::Database::open(g_db, cutru::storage::Database::Create::MustExist,
                                                                  cutru::storage::Database::IntegrityCheck::Skip);
    cutru::HistoryService history(db, cutru::ActingUser::localAdministrator(QStringLiteral("bench")));
    for (auto _ : state) {
        QElapsedTimer t;
        t.start();
        const auto page = history.describedPage({}, 0, 200);
        const qint64 ns = t.nsecsElapsed();
        benchmark::DoNotOptimize(page.size());
        state.SetIterationTime(record("history_page", ns) / 1000.0);
    }
}

// Times a statement in ONE sqlite3 shell session, as CuTru's benchmarks time a
// warm connection: the first run warms the page cache and is not counted, then
// `repeats` runs are timed by the shell itself (".timer on" prints a "Run Time"
// line per statement read as input, never for one given on its command line), so
// neither process start-up nor a cold cache is counted against the shell.
// Returns the repeated runs' times in seconds; empty, with *error set, on failure.
std::vector<double> timeInSqliteShell(const QString &db, const QString &statement, int repeats, QString *error)
{
    QByteArray input = ".timer on\n";
    for (int i = 0; i <= repeats; ++i)
        input += statement.toUtf8() + ";\n";
    QProcess shell;
    shell.start(QStringLiteral("sqlite3"), {db});
    shell.write(input);
    shell.closeWriteChannel();
    if (!shell.waitForFinished(600000) || shell.exitStatus() != QProcess::NormalExit || shell.exitCode() != 0) {
        *error = QStringLiteral("the sqlite3 shell did not run the statement (is the sqlite3 package installed?) ") +
                 QString::fromUtf8(shell.readAllStandardError()).trimmed();
        return {};
    }
    static const QRegularExpression runTime(QStringLiteral("^Run Time: real ([0-9.]+)"),
                                            QRegularExpression::MultilineOption);
    std::vector<double> seconds;
    auto it = runTime.globalMatch(QString::fromUtf8(shell.readAllStandardOutput()));
    while (it.hasNext())
        seconds.push_back(it.next().captured(1).toDouble());
    if (seconds.size() != size_t(repeats) + 1) {
        *error = QStringLiteral("expected %1 timings from the sqlite3 shell, got %2")
                     .arg(repeats + 1)
                     .arg(seconds.size());
        return {};
    }
    seconds.erase(seconds.begin()); // the warm-up run
    return seconds;
}

// One benchmark iteration per repeated run of the statement in the shell.
void timeInSqliteShellBenchmark(benchmark::State &state, const QString &statement, const char *name)
{
    QString error;
    const std::vector<double> seconds = timeInSqliteShell(g_db, statement, int(state.max_iterations), &error);
    if (seconds.empty()) {
        state.SkipWithError(error.toStdString().c_str());
        return;
    }
    size_t i = 0;
    for (auto _ : state) {
        state.SetIterationTime(seconds[i]);
        record(name, qint64(seconds[i] * 1e9));
        ++i;
    }
}

const char *kCountByCell = "SELECT cell_id, count(*) FROM members GROUP BY cell_id";

void BM_CountByCell_CuTru(benchmark::State &state)
{
    cutru::storage::Database db = cutru::storage::Database::open(g_db);
    cutru::storage::OrganisationRepository repo(db); // heldMemberCounts() runs kCountByCell
    for (auto _ : state) {
        QElapsedTimer t;
        t.start();
        const auto counts = repo.heldMemberCounts();
        const qint64 ns = t.nsecsElapsed();
        benchmark::DoNotOptimize(counts.size());
        state.SetIterationTime(record("count_cutru", ns) / 1000.0);
    }
}

// The same query in the sqlite3 shell, timed by the shell itself.
void BM_CountByCell_Sqlite3Shell(benchmark::State &state)
{
    timeInSqliteShellBenchmark(state, QString::fromLatin1(kCountByCell), "count_sqlite3");
}

// 100 searches a user would type: family + given name of members spread over the file.
QStringList sampleSearches(const QString &path)
{
    cutru::storage::Database db = cutru::storage::Database::open(path);
    cutru::storage::MemberRepository repo(db);
    const int total = repo.count({});
    QStringList out;
    for (int k = 0; k < 100; ++k) {
        const auto rows = repo.window({}, int((long long)total * k / 100), 1);
        if (rows.isEmpty())
            continue;
        const auto parts = cutru::text::splitName(rows.first().fullName);
        out << cutru::text::fold(parts.family + QLatin1Char(' ') + parts.given);
    }
    return out;
}

// Referral letters for a whole workplace organisation of 1,000 members (issue 4),
// printed into one PDF: the first 1,000 members of the demo province by name,
// read before the clock starts. Target < 3 s.
void BM_ReferralLetters1000(benchmark::State &state)
{
    QList<cutru::reports::ReferralLetter> letters;
    {
        cutru::storage::Database db = cutru::storage::Database::open(g_db);
        const auto rows = cutru::storage::MemberRepository(db).window({}, 0, 1000);
        int no = 0;
        for (const auto &row : rows) {
            cutru::reports::ReferralLetter l;
            l.superiorBody = QStringLiteral("ĐẢNG BỘ TỈNH THÁI BÌNH");
            l.issuingBody = QStringLiteral("ĐẢNG ỦY CÔNG TY ĐIỆN LỰC THÁI BÌNH");
            l.letterNo = ++no;
            l.letterYear = 2012;
            l.numberSuffix = QStringLiteral("GGT/ĐU");
            l.place = QStringLiteral("Thái Bình");
            l.date = QDate(2012, 3, 5);
            l.recipient = QStringLiteral("Đảng ủy ") + row.residenceName;
            l.memberName = row.fullName;
            l.gender = row.gender == cutru::code(cutru::Gender::Female) ? QStringLiteral("Nữ") : QStringLiteral("Nam");
            l.partyCardNo = row.partyCardNo;
            l.position = QStringLiteral("Kỹ sư");
            l.workplace = row.workplace;
            l.currentCell = row.cellName;
            l.residenceAddress = row.residenceName;
            l.birthDate = row.birthDate;
            l.admissionDate = row.admissionDate;
            l.officialDate = row.admissionDate.isValid() ? row.admissionDate.addYears(1) : QDate();
            l.signatureFor = QStringLiteral("T/M ĐẢNG ỦY");
            l.signatureTitle = QStringLiteral("BÍ THƯ");
            l.signerName = QStringLiteral("Phạm Văn Quyết");
            letters.append(l);
        }
    }
    for (auto _ : state) {
        const QString path = g_dir->filePath(QStringLiteral("letters-%1.pdf").arg(g_ms["referral_letters"].size()));
        QElapsedTimer t;
        t.start();
        QString error;
        if (!cutru::reports::writeReferralLetters(letters, path, {}, &error))
            state.SkipWithError(error.toStdString().c_str());
        state.SetIterationTime(record("referral_letters", t.nsecsElapsed()) / 1000.0);
        QFile::remove(path);
    }
    state.counters["letters"] = double(letters.size());
}

// Receiving a batch of 1,000 referrals (issue 4), target < 1 s: the office of the
// demo's first commune (account vanphong.xa) receives 1,000 letters addressed to its
// commune in one call, which is one transaction. On a copy of the province; before
// each iteration, and not timed, 1,000 working members' active referrals are ended
// and new letters issued to that commune, so every iteration receives fresh ones.
void BM_ReceiveBatch1000(benchmark::State &state)
{
    const QString path = g_dir->filePath(QStringLiteral("receive.cutru"));
    cutru::storage::backupDatabase(g_db, path, {}, cutru::storage::ReplaceExisting::Yes);
    cutru::storage::Database db = cutru::storage::Database::open(path, cutru::storage::Database::Create::MustExist,
                                                                  cutru::storage::Database::IntegrityCheck::Skip);
    const auto office = cutru::AccountService(db).signIn(QStringLiteral("vanphong.xa"), cutru::demoPassword());
    if (!office.ok() || office.user.permissions.grants().isEmpty()) {
        state.SkipWithError("sign-in of the commune office failed");
        return;
    }
    const qint64 commune = office.user.permissions.grants().first().organisationId;
    // Working members (membership held in a workplace organisation) on the referral list.
    QList<qint64> memberIds;
    {
        QSqlQuery q(db.connection());
        q.exec(QStringLiteral("SELECT m.id FROM members m JOIN organisations o ON o.id = m.cell_id "
                              "WHERE o.level = 'workplace' AND m.not_referred = 0 ORDER BY m.id LIMIT 1000"));
        while (q.next())
            memberIds << q.value(0).toLongLong();
    }
    if (memberIds.size() != 1000) {
        state.SkipWithError("the province has fewer than 1,000 working members to refer");
        return;
    }
    QList<cutru::ReferralService::Issue> requests;
    for (qint64 id : memberIds)
        requests.append({id, {commune, {}, {}}});
    // Issued by one user for every workplace organisation (a workplace officer's grant
    // over the whole database), so that one call issues the 1,000 letters.
    cutru::ActingUser issuer;
    issuer.name = issuer.fullName = QStringLiteral("bench");
    issuer.permissions = cutru::Permissions({cutru::RoleGrant{cutru::Role::WorkplaceOfficer, 0, {}, {}}});
    QDate day(2030, 1, 1);
    for (auto _ : state) {
        // Set-up, not timed: end the members' active referrals, issue new ones.
        {
            cutru::storage::Transaction tx(db, issuer.name);
            QSqlQuery end = cutru::storage::sql::prepare(
                db, QStringLiteral("UPDATE referrals SET ended_date = ?, end_reason = 'retired', "
                                   "row_version = row_version + 1 WHERE member_id = ? AND ended_date IS NULL"));
            for (qint64 id : memberIds) {
                end.bindValue(0, cutru::storage::sql::date(day));
                end.bindValue(1, id);
                cutru::storage::sql::exec(end, "end a referral");
            }
            tx.commit();
        }
        QList<cutru::Referral> issued;
        const auto made = cutru::ReferralService(db, issuer).issue(requests, day, &issued);
        if (!made.ok()) {
            const QString why = made.errors.isEmpty() ? made.message : made.errors.first().message;
            state.SkipWithError(("issuing failed: " + why).toStdString().c_str());
            break;
        }
        QList<qint64> ids;
        for (const auto &r : issued)
            ids << r.id;

        QElapsedTimer t;
        t.start();
        const auto received = cutru::ReferralService(db, office.user).receive(ids, day.addDays(1));
        const qint64 ns = t.nsecsElapsed();
        if (!received.ok()) {
            const QString why = received.errors.isEmpty() ? received.message : received.errors.first().message;
            state.SkipWithError(("receiving failed: " + why).toStdString().c_str());
            break;
        }
        QSqlQuery check = cutru::storage::sql::prepare(
            db, QStringLiteral("SELECT count(*) FROM referrals WHERE received_date = ? AND ended_date IS NULL"));
        check.addBindValue(cutru::storage::sql::date(day.addDays(1)));
        cutru::storage::sql::exec(check, "count received referrals");
        if (!check.next() || check.value(0).toInt() != int(ids.size())) {
            state.SkipWithError("not every referral was received");
            break;
        }
        state.SetIterationTime(record("receive_batch", ns) / 1000.0);
        day = day.addDays(10);
    }
    state.counters["referrals"] = double(memberIds.size());
}

// Opening the attendance sheet of a cell with 200 referred members (issue 5), target
// < 100 ms: MeetingService::sheet() reads the meeting, the cell, the referrals
// assigned to it with their members, and the marks. Set-up, not timed, on a copy of
// the province: the first village cell is brought to 200 expected members (working
// members' referrals ended and new ones issued to its commune, received and assigned
// on 10/06/2025), then meets on 10/07/2025 and its sheet is recorded, one in ten
// absent.
void BM_OpenSheet200(benchmark::State &state)
{
    const QString path = g_dir->filePath(QStringLiteral("sheet.cutru"));
    cutru::storage::backupDatabase(g_db, path, {}, cutru::storage::ReplaceExisting::Yes);
    cutru::storage::Database db = cutru::storage::Database::open(path, cutru::storage::Database::Create::MustExist,
                                                                  cutru::storage::Database::IntegrityCheck::Skip);
    // One user for every step: the whole database's workplace officer, commune office
    // and cell secretary at once (a bench shortcut; the services check each role).
    cutru::ActingUser user;
    user.name = user.fullName = QStringLiteral("bench");
    user.permissions = cutru::Permissions({cutru::RoleGrant{cutru::Role::WorkplaceOfficer, 0, {}, {}},
                                           cutru::RoleGrant{cutru::Role::CommuneOffice, 0, {}, {}},
                                           cutru::RoleGrant{cutru::Role::CellSecretary, 0, {}, {}}});
    qint64 cell = 0, commune = 0;
    {
        QSqlQuery q(db.connection());
        q.exec(QStringLiteral("SELECT id, parent_id FROM organisations WHERE level = 'cell' AND kind = 'village' "
                              "ORDER BY path LIMIT 1"));
        if (q.next()) {
            cell = q.value(0).toLongLong();
            commune = q.value(1).toLongLong();
        }
    }
    const QDate issued(2025, 6, 1), assigned(2025, 6, 10), meetingDay(2025, 7, 10);
    cutru::MeetingService meetings(db, user);
    cutru::Meeting probe;
    probe.cellId = cell;
    probe.date = meetingDay;
    probe.venue = QStringLiteral("Nhà văn hóa thôn");
    probe.venueCapacity = 150;
    if (cell == 0 || !meetings.save(probe).ok()) {
        state.SkipWithError("no village cell to meet");
        return;
    }
    const int already = int(meetings.sheet(probe.id).expected.size());
    QList<qint64> memberIds;
    {
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("SELECT m.id FROM members m JOIN organisations o ON o.id = m.cell_id "
                                 "WHERE o.level = 'workplace' AND m.not_referred = 0 AND NOT EXISTS (SELECT 1 FROM "
                                 "referrals r WHERE r.member_id = m.id AND r.assigned_cell_id = ?) ORDER BY m.id LIMIT ?"));
        q.addBindValue(cell);
        q.addBindValue(std::max(0, 200 - already));
        q.exec();
        while (q.next())
            memberIds << q.value(0).toLongLong();
    }
    {
        cutru::storage::Transaction tx(db, user.name);
        QSqlQuery end = cutru::storage::sql::prepare(
            db, QStringLiteral("UPDATE referrals SET ended_date = ?, end_reason = 'retired', "
                               "row_version = row_version + 1 WHERE member_id = ? AND ended_date IS NULL"));
        for (qint64 id : memberIds) {
            end.bindValue(0, cutru::storage::sql::date(issued.addDays(-1)));
            end.bindValue(1, id);
            cutru::storage::sql::exec(end, "end a referral");
        }
        tx.commit();
    }
    QList<cutru::ReferralService::Issue> requests;
    for (qint64 id : memberIds)
        requests.append({id, {commune, {}, {}}});
    QList<cutru::Referral> made;
    cutru::ReferralService referrals(db, user);
    QList<qint64> ids;
    QList<cutru::ReferralService::Assignment> assignments;
    bool ok = referrals.issue(requests, issued, &made).ok();
    for (const auto &r : made) {
        ids << r.id;
        assignments.append({r.id, cell});
    }
    ok = ok && referrals.receive(ids, issued.addDays(5)).ok() && referrals.assign(assignments, assigned).ok();
    cutru::AttendanceSheet sheet = meetings.sheet(probe.id);
    QList<cutru::Attendance> marks;
    for (int i = 0; i < sheet.expected.size(); ++i)
        marks.append({probe.id, sheet.expected[i].memberId,
                      i % 10 == 9 ? cutru::AttendanceStatus::AbsentUnexcused : cutru::AttendanceStatus::Present, {}});
    ok = ok && meetings.record(probe.id, marks, 12, sheet.meeting.rowVersion).ok();
    if (!ok || sheet.expected.size() != 200) {
        state.SkipWithError("could not bring the cell to 200 referred members");
        return;
    }
    for (auto _ : state) {
        QElapsedTimer t;
        t.start();
        const cutru::AttendanceSheet opened = meetings.sheet(probe.id);
        const qint64 ns = t.nsecsElapsed();
        if (opened.expected.size() != 200 || opened.tally().present != 180) {
            state.SkipWithError("the sheet does not hold the 200 members and their marks");
            break;
        }
        state.SetIterationTime(record("open_sheet", ns) / 1000.0);
    }
    state.counters["members"] = 200;
}

// Planning the year's periodic meetings for the whole province (issue 5), target
// < 2 s: MeetingService::planYear() over every village and residential-group cell
// for 2030, a year with no meetings yet, in one transaction. Each iteration on a
// fresh copy of the province (the copy is not timed).
void BM_PlanProvince(benchmark::State &state)
{
    const cutru::ActingUser admin = cutru::ActingUser::localAdministrator(QStringLiteral("bench"));
    int created = 0;
    for (auto _ : state) {
        const QString path = g_dir->filePath(QStringLiteral("plan.cutru"));
        cutru::storage::backupDatabase(g_db, path, {}, cutru::storage::ReplaceExisting::Yes);
        cutru::storage::Database db = cutru::storage::Database::open(path, cutru::storage::Database::Create::MustExist,
                                                                      cutru::storage::Database::IntegrityCheck::Skip);
        qint64 province = 0;
        {
            QSqlQuery q(db.connection());
            q.exec(QStringLiteral("SELECT id FROM organisations WHERE level = 'province' ORDER BY id LIMIT 1"));
            if (q.next())
                province = q.value(0).toLongLong();
        }
        QElapsedTimer t;
        t.start();
        const cutru::PlanResult plan = cutru::MeetingService(db, admin).planYear(province, 2030);
        const qint64 ns = t.nsecsElapsed();
        if (!plan.outcome.ok() || plan.created == 0) {
            state.SkipWithError(("planning failed: " + plan.outcome.message).toStdString().c_str());
            break;
        }
        created = plan.created;
        state.SetIterationTime(record("plan_province", ns) / 1000.0);
    }
    state.counters["meetings"] = created;
}

// Preparing the annual comment drafts of the whole province (issue 8), target < 2 s:
// CommentService::prepareDrafts() over every residence cell for 2013, a year without
// comments (about 16,000 drafts with their attendance figures), in one transaction.
// Each iteration on a fresh copy of the province (the copy is not timed).
void BM_PrepareCommentDrafts(benchmark::State &state)
{
    const cutru::ActingUser admin = cutru::ActingUser::localAdministrator(QStringLiteral("bench"));
    int created = 0;
    for (auto _ : state) {
        const QString path = g_dir->filePath(QStringLiteral("drafts.cutru"));
        cutru::storage::backupDatabase(g_db, path, {}, cutru::storage::ReplaceExisting::Yes);
        cutru::storage::Database db = cutru::storage::Database::open(path, cutru::storage::Database::Create::MustExist,
                                                                      cutru::storage::Database::IntegrityCheck::Skip);
        qint64 province = 0;
        {
            QSqlQuery q(db.connection());
            q.exec(QStringLiteral("SELECT id FROM organisations WHERE level = 'province' ORDER BY id LIMIT 1"));
            if (q.next())
                province = q.value(0).toLongLong();
        }
        QElapsedTimer t;
        t.start();
        const cutru::BulkOutcome drafts = cutru::CommentService(db, admin).prepareDrafts(province, 2013);
        const qint64 ns = t.nsecsElapsed();
        if (!drafts.outcome.ok() || drafts.done == 0) {
            state.SkipWithError(("preparing drafts failed: " + drafts.outcome.message).toStdString().c_str());
            break;
        }
        created = drafts.done;
        state.SetIterationTime(record("comment_drafts", ns) / 1000.0);
    }
    state.counters["drafts"] = created;
}

// What the Overview adds for meetings, for the whole province (the provincial board):
// absence alerts (2 in a row, without a reason), crowded cells (above 150) and the
// past-due count, as of 01/01/2015 (after the demo's last meetings). No target: it
// runs on the Overview's worker thread beside the other figures.
void BM_OverviewMeetingFigures(benchmark::State &state)
{
    cutru::storage::Database db = cutru::storage::Database::open(g_db, cutru::storage::Database::Create::MustExist,
                                                                  cutru::storage::Database::IntegrityCheck::Skip);
    const cutru::AttendanceQueries q(db, cutru::ActingUser::localAdministrator(QStringLiteral("bench")));
    const QDate asOf(2015, 1, 1);
    qsizetype alerts = 0;
    for (auto _ : state) {
        QElapsedTimer t;
        t.start();
        alerts = q.absenceAlerts(2, false, asOf).size();
        const auto crowded = q.crowdedCells(150, asOf);
        const int due = q.pastDueCount(asOf);
        const qint64 ns = t.nsecsElapsed();
        benchmark::DoNotOptimize(crowded.size());
        benchmark::DoNotOptimize(due);
        state.SetIterationTime(record("overview_meetings", ns) / 1000.0);
    }
    state.counters["alerts"] = double(alerts);
}

// The reports of issue 6 on the whole province, as the provincial board runs them
// (the report made on 01/01/2026, long after the demo's last meetings).
cutru::reports::ReportRequest attendanceRequest()
{
    cutru::reports::ReportRequest r;
    r.name = QStringLiteral("attendance");
    r.scopeCode = QStringLiteral("TB");
    r.period = cutru::ReportPeriod::range(QDate(2012, 1, 1), QDate(2014, 12, 31));
    r.grouping = cutru::reports::Grouping::Commune;
    return r;
}
const QDate kReportDay(2026, 1, 1);

// The attendance report of the province, timed per iteration under `name`.
void timeAttendanceReport(benchmark::State &state, cutru::storage::Database &db, const cutru::ActingUser &user,
                          const char *name)
{
    qsizetype rows = 0;
    for (auto _ : state) {
        QElapsedTimer t;
        t.start();
        const cutru::reports::Report r = cutru::reports::makeReport(db, user, attendanceRequest(), kReportDay);
        const qint64 ns = t.nsecsElapsed();
        rows = r.tables.isEmpty() ? 0 : r.tables.first().rows.size();
        state.SetIterationTime(record(name, ns) / 1000.0);
    }
    state.counters["rows"] = double(rows);
}

// Attendance 2012-2014 by commune (285 rows), target < 300 ms.
void BM_AttendanceReport_CuTru(benchmark::State &state)
{
    cutru::storage::Database db = cutru::storage::Database::open(g_db, cutru::storage::Database::Create::MustExist,
                                                                  cutru::storage::Database::IntegrityCheck::Skip);
    timeAttendanceReport(state, db, cutru::ActingUser::localAdministrator(QStringLiteral("bench")), "attendance_report");
}

// A literal for the sqlite3 shell in place of a positional parameter.
QString sqlLiteral(const QVariant &v)
{
    if (v.isNull())
        return QStringLiteral("NULL");
    if (v.typeId() == QMetaType::QString) {
        QString text = v.toString();
        return QLatin1Char('\'') + text.replace(QLatin1Char('\''), QStringLiteral("''")) + QLatin1Char('\'');
    }
    return v.toString();
}

// The report's own statement (the values written in), timed by the shell itself.
void BM_AttendanceReport_Sqlite3Shell(benchmark::State &state)
{
    QString text;
    {
        cutru::storage::Database db = cutru::storage::Database::open(
            g_db, cutru::storage::Database::Create::MustExist, cutru::storage::Database::IntegrityCheck::Skip);
        const cutru::ActingUser admin = cutru::ActingUser::localAdministrator(QStringLiteral("bench"));
        const cutru::reports::ReportRequest request = attendanceRequest();
        const cutru::reports::ReportContext c{db, admin, cutru::resolveReportScope(db, admin, request.scopeCode),
                                              request.period, request.grouping, kReportDay, request.overdueDays};
        const cutru::storage::SqlStatement statement = cutru::reports::attendanceReportStatement(c);
        // The statement has no '?' but its parameters.
        const QStringList parts = statement.text.split(QLatin1Char('?'));
        text = parts.first();
        for (qsizetype i = 1; i < parts.size(); ++i)
            text += sqlLiteral(statement.values.value(i - 1)) + parts[i];
    }
    timeInSqliteShellBenchmark(state, text, "attendance_sqlite3");
}

// Referral coverage of the province for 2012, target < 200 ms.
void BM_CoverageReport(benchmark::State &state)
{
    cutru::storage::Database db = cutru::storage::Database::open(g_db, cutru::storage::Database::Create::MustExist,
                                                                  cutru::storage::Database::IntegrityCheck::Skip);
    const cutru::ActingUser admin = cutru::ActingUser::localAdministrator(QStringLiteral("bench"));
    cutru::reports::ReportRequest request;
    request.name = QStringLiteral("coverage");
    request.scopeCode = QStringLiteral("TB");
    request.period = cutru::ReportPeriod::year(2012);
    qsizetype rows = 0;
    for (auto _ : state) {
        QElapsedTimer t;
        t.start();
        const cutru::reports::Report r = cutru::reports::makeReport(db, admin, request, kReportDay);
        const qint64 ns = t.nsecsElapsed();
        rows = r.tables.size() < 2 ? 0 : r.tables[1].rows.size();
        state.SetIterationTime(record("coverage_report", ns) / 1000.0);
    }
    state.counters["workplaces"] = double(rows);
}

// The attendance report above (2012-2014, by commune: 285 rows, 9 columns, with its
// chart) as an official PDF, computed before the clock starts. Target < 2 s.
void BM_AttendanceReportPdf(benchmark::State &state)
{
    cutru::reports::Report report;
    cutru::reports::ReportDocumentDetails details;
    try {
        cutru::storage::Database db = cutru::storage::Database::open(
            g_db, cutru::storage::Database::Create::MustExist, cutru::storage::Database::IntegrityCheck::Skip);
        report = cutru::reports::makeReport(db, cutru::ActingUser::localAdministrator(QStringLiteral("bench")),
                                            attendanceRequest(), kReportDay);
        details = cutru::reports::defaultDocumentDetails(db, report, kReportDay);
    } catch (const std::exception &e) {
        state.SkipWithError(e.what());
        return;
    }
    for (auto _ : state) {
        const QString path = g_dir->filePath(QStringLiteral("attendance-%1.pdf").arg(g_ms["report_pdf"].size()));
        QElapsedTimer t;
        t.start();
        QString error;
        if (!cutru::reports::writeReportPdf(report, details, path, {}, &error))
            state.SkipWithError(error.toStdString().c_str());
        state.SetIterationTime(record("report_pdf", t.nsecsElapsed()) / 1000.0);
        QFile::remove(path);
    }
    state.counters["rows"] = report.tables.isEmpty() ? 0.0 : double(report.tables.first().rows.size());
    state.counters["chart"] = report.chart ? 1.0 : 0.0;
}

// ---- Import (issue 7) ---------------------------------------------------------------
// A 100,000-row member file as an office would bring it: the importer's own column
// names, Vietnamese names, dates dd/MM/yyyy, members held by and living in the demo
// province's cells. CCCDs use province code 035 and cards "35…", so none is stored
// already: every row is new and goes through every check and the insert.
QString g_importFile;
const int kImportRows = 100000;

QString csvField(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString writeImportFile()
{
    struct Place {
        QString cellCode, communeCode;
    };
    QList<Place> villages;
    {
        cutru::storage::Database db = cutru::storage::Database::open(
            g_db, cutru::storage::Database::Create::MustExist, cutru::storage::Database::IntegrityCheck::Skip);
        const QList<cutru::Organisation> all = cutru::storage::OrganisationRepository(db).all();
        QHash<qint64, const cutru::Organisation *> byId;
        for (const auto &o : all)
            byId.insert(o.id, &o);
        for (const auto &o : all)
            if (o.level == cutru::OrgLevel::Cell && byId.value(o.parentId)
                && byId.value(o.parentId)->level == cutru::OrgLevel::Commune)
                villages.append({o.code, byId.value(o.parentId)->code});
    }
    const QStringList family{QStringLiteral("Nguyễn"), QStringLiteral("Trần"), QStringLiteral("Lê"),
                             QStringLiteral("Phạm"), QStringLiteral("Vũ"), QStringLiteral("Đặng"),
                             QStringLiteral("Bùi"), QStringLiteral("Đỗ"), QStringLiteral("Hoàng")};
    const QStringList middle{QStringLiteral("Văn"), QStringLiteral("Thị"), QStringLiteral("Đức"),
                             QStringLiteral("Minh"), QStringLiteral("Thanh"), QStringLiteral("Hữu")};
    const QStringList given{QStringLiteral("Hùng"), QStringLiteral("Lan"), QStringLiteral("Phương"),
                            QStringLiteral("Tuấn"), QStringLiteral("Hà"), QStringLiteral("Dũng"),
                            QStringLiteral("Hương"), QStringLiteral("Thắng"), QStringLiteral("Nga"),
                            QStringLiteral("Quang"), QStringLiteral("Yến")};
    QStringList header;
    for (const cutru::ImportField &f : cutru::importFields(cutru::ImportKind::Members))
        header << f.exportHeader;
    const auto column = [&](const char *key) {
        return cutru::importFields(cutru::ImportKind::Members).indexOf(
            *cutru::importField(cutru::ImportKind::Members, QLatin1String(key)));
    };
    QByteArray out = "\xEF\xBB\xBF" + header.join(QLatin1Char(',')).toUtf8() + "\r\n";
    out.reserve(22 * 1024 * 1024);
    QStringList cells(header.size());
    for (int i = 0; i < kImportRows; ++i) {
        const bool female = i % 2 == 1;
        const int year = 1950 + i % 50;
        const QDate birth = QDate(year, 1, 1).addDays(i % 360);
        const QDate admitted = birth.addYears(22).addDays(i % 200); // official a year later, before "today"
        const Place &home = villages.at(i % villages.size());
        const Place &held = villages.at((i * 7) % villages.size());
        cells.fill(QString());
        cells[column("full_name")] = family.at(i % family.size()) + QLatin1Char(' ') +
                                     middle.at((i / 9) % middle.size()) + QLatin1Char(' ') +
                                     given.at((i / 54) % given.size());
        cells[column("gender")] = female ? QStringLiteral("Nữ") : QStringLiteral("Nam");
        cells[column("birth_date")] = birth.toString(QStringLiteral("dd/MM/yyyy"));
        cells[column("cccd")] = QStringLiteral("035%1%2%3")
                                    .arg(female ? 1 : 0)
                                    .arg(year % 100, 2, 10, QLatin1Char('0'))
                                    .arg(i, 6, 10, QLatin1Char('0'));
        cells[column("party_card_no")] = QStringLiteral("35%1").arg(i, 6, 10, QLatin1Char('0'));
        cells[column("admission_date")] = admitted.toString(QStringLiteral("dd/MM/yyyy"));
        cells[column("official_date")] = admitted.addYears(1).toString(QStringLiteral("dd/MM/yyyy"));
        cells[column("cell_code")] = held.cellCode;
        cells[column("workplace")] = QStringLiteral("Công ty cổ phần May Thái Bình, phân xưởng %1").arg(i % 12 + 1);
        cells[column("phone")] = QStringLiteral("09%1").arg(i, 8, 10, QLatin1Char('0'));
        cells[column("residence_province")] = QStringLiteral("Thái Bình");
        cells[column("residence_commune_code")] = home.communeCode;
        cells[column("residence_cell_code")] = home.cellCode;
        cells[column("residence_address")] = QStringLiteral("Xóm %1").arg(i % 8 + 1);
        QString line;
        for (qsizetype c = 0; c < cells.size(); ++c) {
            if (c)
                line += QLatin1Char(',');
            line += csvField(cells[c]);
        }
        out += line.toUtf8() + "\r\n";
    }
    const QString path = g_dir->filePath(QStringLiteral("members-100k.csv"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(out) != out.size())
        return {};
    return path;
}

// A fresh copy of the province for each import, made before the clock starts.
QString copyOfProvince(const char *tag, size_t n)
{
    const QString path = g_dir->filePath(QStringLiteral("%1-%2.cutru").arg(QLatin1String(tag)).arg(n));
    QFile::remove(path);
    QFile::copy(g_db, path);
    return path;
}

// Reading, checking and writing the 100,000 rows (as cutru-cli import and the
// wizard's last step do), target < 3 s.
void BM_ImportMembers100k_CuTru(benchmark::State &state)
{
    if (g_importFile.isEmpty())
        g_importFile = writeImportFile();
    int inserted = 0;
    for (auto _ : state) {
        const QString path = copyOfProvince("import", g_ms["import_cutru"].size());
        cutru::storage::Database db = cutru::storage::Database::open(
            path, cutru::storage::Database::Create::MustExist, cutru::storage::Database::IntegrityCheck::Skip);
        cutru::MemberImport importer(db, cutru::ActingUser::localAdministrator(QStringLiteral("bench")),
                                     QDate(2026, 1, 1));
        QElapsedTimer t;
        t.start();
        const cutru::tabular::Sheet sheet = cutru::tabular::readFile(g_importFile);
        const cutru::ColumnMapping mapping = cutru::ColumnMapping::guess(cutru::ImportKind::Members, sheet.header);
        const cutru::ImportReport report = importer.run(sheet, mapping, {});
        const qint64 ns = t.nsecsElapsed();
        if (!report.outcome.ok() || !report.written) {
            state.SkipWithError(("import failed: " + (sheet.ok() ? report.outcome.message : sheet.error)).toStdString().c_str());
            break;
        }
        inserted = report.inserted;
        state.SetIterationTime(record("import_cutru", ns) / 1000.0);
        QFile::remove(path);
    }
    state.counters["inserted"] = double(inserted);
}

// The same file loaded by the sqlite3 shell's .import into a bare table with the
// file's columns (no checks, no indexes, no triggers), on a fresh file each run;
// the whole shell process is timed (start-up included: a few milliseconds).
void BM_ImportMembers100k_Sqlite3Shell(benchmark::State &state)
{
    if (g_importFile.isEmpty())
        g_importFile = writeImportFile();
    QStringList columns;
    for (const cutru::ImportField &f : cutru::importFields(cutru::ImportKind::Members))
        columns << f.key + QStringLiteral(" TEXT");
    for (auto _ : state) {
        const QString path = g_dir->filePath(QStringLiteral("bare-%1.db").arg(g_ms["import_sqlite3"].size()));
        QFile::remove(path);
        QProcess create;
        create.start(QStringLiteral("sqlite3"),
                     {path, QStringLiteral("CREATE TABLE members (%1)").arg(columns.join(QStringLiteral(", ")))});
        if (!create.waitForFinished(60000) || create.exitCode() != 0) {
            state.SkipWithError("the sqlite3 shell did not run (is the sqlite3 package installed?)");
            break;
        }
        QProcess shell;
        QElapsedTimer t;
        t.start();
        shell.start(QStringLiteral("sqlite3"),
                    {path, QStringLiteral(".import --csv --skip 1 %1 members").arg(g_importFile)});
        const bool finished = shell.waitForFinished(600000);
        const qint64 ns = t.nsecsElapsed();
        if (!finished || shell.exitCode() != 0) {
            state.SkipWithError(("sqlite3 .import failed: " + shell.readAllStandardError()).toStdString().c_str());
            break;
        }
        state.SetIterationTime(record("import_sqlite3", ns) / 1000.0);
        QFile::remove(path);
    }
}

// The high-water mark of a running process's own memory (VmHWM, kB → MB), or -1.
// Not getrusage(RUSAGE_CHILDREN): Linux folds the memory a child had before exec
// (a fork of this process, holding the whole demo province) into its maximum
// resident set, so that figure is the benchmark's own size, not cutru-cli's.
double highWaterMegabytes(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    return -1;
}

// Peak memory of the whole import, as a user runs it: cutru-cli import members on a
// copy of the province. Its high-water mark is read every 5 ms while it runs; it
// only grows, so the last reading is the peak unless the peak came in the last
// 5 ms (the import's last phase, the commit, uses less than its analysis).
// Target < 300 MB.
void BM_ImportMembers100k_CliPeakMemory(benchmark::State &state)
{
    if (g_importFile.isEmpty())
        g_importFile = writeImportFile();
    for (auto _ : state) {
        const QString path = copyOfProvince("import-cli", g_ms["import_cli_rss"].size());
        QProcess cli;
        cli.start(QCoreApplication::applicationDirPath() + QStringLiteral("/cutru-cli"),
                  {QStringLiteral("import"), QStringLiteral("members"), g_importFile, QStringLiteral("--db"), path});
        double peak = -1;
        if (cli.waitForStarted(60000)) {
            const qint64 pid = cli.processId();
            QElapsedTimer running;
            running.start();
            while (!cli.waitForFinished(5) && running.elapsed() < 600000)
                peak = std::max(peak, highWaterMegabytes(pid));
        }
        if (cli.state() != QProcess::NotRunning || cli.exitStatus() != QProcess::NormalExit || cli.exitCode() != 0) {
            state.SkipWithError(("cutru-cli import failed: " + cli.readAllStandardError().right(400)).toStdString().c_str());
            break;
        }
        if (peak <= 0) {
            state.SkipWithError("the memory of cutru-cli could not be read from /proc");
            break;
        }
        g_ms["import_cli_rss"].push_back(peak); // "ms" slots hold MB here
        state.SetIterationTime(1e-3);
        QFile::remove(path);
    }
}

// Issue 9: the province file moved to a PostgreSQL server as `cutru-cli migrate` does
// (copy, sequences, verification of every table, commit), into a fresh database made
// on the server named by CUTRU_BENCH_POSTGRES (the URI of a role that may create
// databases, e.g. postgresql://postgres@127.0.0.1:5432/postgres); skipped without it.
bool benchServerExec(const QString &adminUri, const QString &sql, QString *error)
{
    const QString name = QStringLiteral("bench-migrate-admin");
    bool ok = false;
    {
        const auto target = cutru::storage::DatabaseTarget::parse(adminUri, error);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        if (target) {
            db.setHostName(target->host);
            db.setPort(target->port);
            db.setDatabaseName(target->databaseName);
            if (!target->user.isEmpty())
                db.setUserName(target->user);
            db.setConnectOptions(target->options);
            QSqlQuery q(db);
            ok = db.open() && q.exec(sql);
            if (!ok && error)
                *error = db.isOpen() ? q.lastError().text() : db.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

// A new, empty database `name` on the server of `adminUri` (one left over from an
// interrupted run is dropped first); its URI, or empty with `error` saying why.
QString freshServerDatabase(const QString &adminUri, const QString &name, QString *error)
{
    benchServerExec(adminUri, QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name), nullptr);
    if (!benchServerExec(adminUri, QStringLiteral("CREATE DATABASE %1 TEMPLATE template0 ENCODING 'UTF8'").arg(name),
                         error)) {
        *error = QStringLiteral("cannot create a database on the server: ") + *error;
        return {};
    }
    QUrl url(adminUri);
    url.setPath(QLatin1Char('/') + name);
    return url.toString();
}

void dropServerDatabase(const QString &adminUri, const QString &uri)
{
    benchServerExec(adminUri, QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(QUrl(uri).path().mid(1)),
                    nullptr);
}

// The province file copied into the server database `uri` as `cutru-cli migrate` does;
// empty when done, else why not.
QString copyProvinceTo(const QString &uri)
{
    try {
        if (cutru::storage::copyDatabaseToServer(g_db, uri).completed)
            return {};
        return QStringLiteral("the copy to the server did not complete");
    } catch (const cutru::storage::StorageError &e) {
        return e.userMessage() + QStringLiteral(" (") + e.detail() + QLatin1Char(')');
    }
}

void BM_MigrateToServer(benchmark::State &state)
{
    const QString admin = qEnvironmentVariable("CUTRU_BENCH_POSTGRES");
    for (auto _ : state) {
        if (admin.isEmpty()) {
            state.SkipWithError("CUTRU_BENCH_POSTGRES is not set: no server to migrate to");
            break;
        }
        QString error;
        const QString uri = freshServerDatabase(
            admin, QStringLiteral("cutru_bench_migrate_%1").arg(QCoreApplication::applicationPid()), &error);
        if (uri.isEmpty()) {
            state.SkipWithError(error.toStdString().c_str());
            break;
        }
        QElapsedTimer t;
        t.start();
        error = copyProvinceTo(uri);
        const qint64 elapsed = t.nsecsElapsed();
        dropServerDatabase(admin, uri);
        if (!error.isEmpty()) {
            state.SkipWithError(("the migration failed: " + error).toStdString().c_str());
            break;
        }
        state.SetIterationTime(record("migrate_server", elapsed) / 1000.0);
    }
}

// Issue 9: the province on a server, made once (as BM_MigrateToServer does) and kept
// for the server benchmarks below; dropped when the program ends.
QString g_serverProvince;
QString g_serverAdmin;
QString g_serverProblem;

QString serverProvince()
{
    if (!g_serverProvince.isEmpty() || !g_serverProblem.isEmpty())
        return g_serverProvince;
    g_serverAdmin = qEnvironmentVariable("CUTRU_BENCH_POSTGRES");
    if (g_serverAdmin.isEmpty()) {
        g_serverProblem = QStringLiteral("CUTRU_BENCH_POSTGRES is not set: no server");
        return {};
    }
    const QString uri = freshServerDatabase(
        g_serverAdmin, QStringLiteral("cutru_bench_province_%1").arg(QCoreApplication::applicationPid()),
        &g_serverProblem);
    if (uri.isEmpty())
        return {};
    g_serverProblem = copyProvinceTo(uri);
    if (g_serverProblem.isEmpty())
        g_serverProvince = uri;
    else
        dropServerDatabase(g_serverAdmin, uri);
    return g_serverProvince;
}

void dropServerProvince()
{
    if (!g_serverProvince.isEmpty())
        dropServerDatabase(g_serverAdmin, g_serverProvince);
}

// The attendance report of BM_AttendanceReport_CuTru on the server: target within 2x
// of the same report on the SQLite file.
void BM_AttendanceReport_Postgres(benchmark::State &state)
{
    const QString uri = serverProvince();
    if (uri.isEmpty()) {
        state.SkipWithError(g_serverProblem.toStdString().c_str());
        return;
    }
    cutru::storage::Database db = cutru::storage::Database::open(uri, cutru::storage::Database::Create::MustExist);
    timeAttendanceReport(state, db, cutru::AccountService(db).signInToServer().user, "attendance_report_pg");
}

// 20 commune offices at once, each signed in as its own database role (row-level
// security applies), each in a bounded loop creating a meeting of one of its village
// cells and recording the whole sheet. Every save is timed (target p95 < 200 ms);
// afterwards every meeting must be held with every mark stored (none lost).
constexpr int kOffices = 20;
constexpr int kSavesPerOffice = 10;

void BM_ConcurrentOffices_Postgres(benchmark::State &state)
{
    const QString uri = serverProvince();
    if (uri.isEmpty()) {
        state.SkipWithError(g_serverProblem.toStdString().c_str());
        return;
    }
    struct Office {
        qint64 commune = 0, cell = 0;
        QString username;
        QString password;
        std::vector<double> savesMs;
        QList<qint64> meetings;
        int marks = 0;
        QString problem;
    };
    std::vector<Office> offices;
    // Weekly meetings that have taken place (attendance is recorded afterwards).
    const QDate firstDay = QDate::currentDate().addDays(-7 * (kSavesPerOffice + 1));
    {
        cutru::storage::Database db = cutru::storage::Database::open(uri, cutru::storage::Database::Create::MustExist);
        const cutru::ActingUser admin = cutru::AccountService(db).signInToServer().user;
        // The first village cell of 20 communes whose sheet on the first day is not empty.
        QSqlQuery q(db.connection());
        q.exec(QStringLiteral("SELECT c.id, c.parent_id FROM organisations c WHERE c.level = 'cell' AND c.kind = 'village' "
                              "AND c.id = (SELECT min(x.id) FROM organisations x WHERE x.parent_id = c.parent_id "
                              "AND x.level = 'cell' AND x.kind = 'village' AND EXISTS (SELECT 1 FROM referrals r "
                              "WHERE r.assigned_cell_id = x.id AND r.ended_date IS NULL AND r.exempt = 0)) "
                              "ORDER BY c.parent_id LIMIT 40"));
        while (q.next() && int(offices.size()) < kOffices) {
            Office o;
            o.cell = q.value(0).toLongLong();
            o.commune = q.value(1).toLongLong();
            o.username = QStringLiteral("bench.office%1").arg(offices.size() + 1, 2, 10, QLatin1Char('0'));
            o.password = QStringLiteral("Bench-%1-pass").arg(offices.size() + 1);
            cutru::Account a;
            a.username = o.username;
            a.fullName = QStringLiteral("Văn phòng xã %1").arg(offices.size() + 1);
            a.grants = {cutru::RoleGrant{cutru::Role::CommuneOffice, o.commune, {}, {}}};
            const cutru::SaveOutcome made = cutru::AccountService(db).create(admin, a, o.password);
            if (!made.ok()) {
                state.SkipWithError(("cannot create the office accounts: " + made.message).toStdString().c_str());
                return;
            }
            offices.push_back(o);
        }
    }
    if (int(offices.size()) < kOffices) {
        state.SkipWithError("fewer than 20 communes with a village cell and referred members");
        return;
    }
    // Each connection answers the password prompt with its office's password.
    cutru::storage::setPasswordPrompt([&offices](const cutru::storage::DatabaseTarget &t, const QString &problem)
                                          -> std::optional<QString> {
        if (!problem.isEmpty())
            return std::nullopt;
        for (const Office &o : offices)
            if (o.username == t.user)
                return o.password;
        return std::nullopt;
    });
    for (auto _ : state) {
        QElapsedTimer wall;
        wall.start();
        std::vector<std::thread> threads;
        for (Office &o : offices)
            threads.emplace_back([&o, &uri, firstDay] {
                try {
                    QUrl url(uri);
                    url.setUserName(o.username);
                    cutru::storage::Database db =
                        cutru::storage::Database::open(url.toString(), cutru::storage::Database::Create::MustExist);
                    const cutru::SignInResult signedIn = cutru::AccountService(db).signInToServer();
                    if (!signedIn.ok()) {
                        o.problem = signedIn.message;
                        return;
                    }
                    cutru::MeetingService meetings(db, signedIn.user);
                    for (int i = 0; i < kSavesPerOffice; ++i) {
                        cutru::Meeting m;
                        m.cellId = o.cell;
                        m.date = firstDay.addDays(7 * i);
                        m.venue = QStringLiteral("Nhà văn hóa thôn");
                        cutru::SaveOutcome saved = meetings.save(m);
                        const cutru::AttendanceSheet sheet = meetings.sheet(m.id);
                        QList<cutru::Attendance> marks;
                        for (int k = 0; k < sheet.expected.size(); ++k)
                            marks.append({m.id, sheet.expected[k].memberId,
                                          k % 7 == 3 ? cutru::AttendanceStatus::AbsentExcused
                                                     : cutru::AttendanceStatus::Present,
                                          k % 7 == 3 ? QStringLiteral("Ốm") : QString()});
                        QElapsedTimer t;
                        t.start();
                        if (saved.ok())
                            saved = meetings.record(m.id, marks, 3, sheet.meeting.rowVersion);
                        o.savesMs.push_back(double(t.nsecsElapsed()) / 1e6);
                        if (!saved.ok()) {
                            o.problem = saved.message;
                            for (const cutru::FieldError &e : saved.errors)
                                o.problem += QStringLiteral(" %1: %2").arg(e.field, e.message);
                            return;
                        }
                        o.meetings << m.id;
                        o.marks += int(marks.size());
                    }
                } catch (const cutru::storage::StorageError &e) {
                    o.problem = e.userMessage() + QStringLiteral(" (") + e.detail() + QLatin1Char(')');
                }
            });
        for (auto &t : threads)
            t.join();
        const qint64 elapsed = wall.nsecsElapsed();
        std::vector<double> all;
        int expectedMarks = 0;
        QStringList ids;
        for (const Office &o : offices) {
            if (!o.problem.isEmpty()) {
                state.SkipWithError(("an office's save failed: " + o.problem).toStdString().c_str());
                return;
            }
            all.insert(all.end(), o.savesMs.begin(), o.savesMs.end());
            expectedMarks += o.marks;
            for (qint64 id : o.meetings)
                ids << QString::number(id);
        }
        // None lost: every meeting held, every mark there.
        cutru::storage::Database db = cutru::storage::Database::open(uri, cutru::storage::Database::Create::MustExist);
        QSqlQuery q(db.connection());
        q.exec(QStringLiteral("SELECT (SELECT count(*) FROM meetings WHERE held = 1 AND id IN (%1)), "
                              "(SELECT count(*) FROM attendance WHERE meeting_id IN (%1))")
                   .arg(ids.join(QLatin1Char(','))));
        const bool read = q.next();
        const int heldMeetings = read ? q.value(0).toInt() : -1, storedMarks = read ? q.value(1).toInt() : -1;
        if (heldMeetings != kOffices * kSavesPerOffice || storedMarks != expectedMarks) {
            const std::string lost = QStringLiteral("saves were lost: %1 of %2 meetings held, %3 of %4 marks stored%5")
                                         .arg(heldMeetings)
                                         .arg(kOffices * kSavesPerOffice)
                                         .arg(storedMarks)
                                         .arg(expectedMarks)
                                         .arg(read ? QString() : QStringLiteral(" (") + q.lastError().text() + ')')
                                         .toStdString();
            state.SkipWithError(lost.c_str());
            return;
        }
        std::sort(all.begin(), all.end());
        const double p95 = all[size_t(std::ceil(0.95 * double(all.size()))) - 1];
        g_ms["offices_p95"].push_back(p95);
        g_ms["offices_median"].push_back(all[all.size() / 2]);
        g_ms["offices_saves"].push_back(double(all.size()));
        g_ms["offices_marks"].push_back(double(expectedMarks));
        state.SetIterationTime(double(elapsed) / 1e9);
    }
    cutru::storage::setPasswordPrompt({});
}

// A figure for the summary; empty when its benchmark has no timings (left out by
// --benchmark_filter, or skipped on an error), so it reads "not run" rather than 0.
using Figure = std::optional<double>;

Figure medianOf(const char *name, double scale = 1)
{
    const auto it = g_ms.find(name);
    if (it == g_ms.end() || it->second.empty())
        return std::nullopt;
    return median(it->second) * scale;
}

Figure ratioOf(const char *ours, const char *theirs)
{
    const Figure a = medianOf(ours), b = medianOf(theirs);
    if (!a || !b || *b <= 0)
        return std::nullopt;
    return *a / *b;
}

// One summary line; with a target (a value to stay under), OK or MISSED after it.
void printFigure(const char *label, Figure value, const char *unit, int decimals, const char *target = nullptr,
                 double limit = 0)
{
    if (!value) {
        std::printf("  %-50s %9s\n", label, "not run");
        return;
    }
    std::printf("  %-50s %9.*f %s", label, decimals, *value, unit);
    if (target)
        std::printf("%*s target %-10s %s", int(3 - std::strlen(unit)), "", target, *value < limit ? "OK" : "MISSED");
    std::printf("\n");
}

} // namespace

BENCHMARK(BM_GenerateDemoProvince)->Iterations(1)->UseManualTime()->Unit(benchmark::kSecond);
BENCHMARK(BM_ColdOpenToFirstRows)->Iterations(5)->UseManualTime()->Unit(benchmark::kMillisecond);
BENCHMARK(BM_SearchFoldedName)->Iterations(100)->UseManualTime()->Unit(benchmark::kMillisecond);
BENCHMARK(BM_OpenWithIntegrityCheck)->Iterations(3)->UseManualTime()->Unit(benchmark::kMillisecond);
BENCHMARK(BM_SignIn)->Iterations(5)->UseManualTime()->Unit(benchmark::kMillisecond);
BENCHMARK(BM_RestrictedList)->Iterations(20)->UseManualTime()->Unit(benchmark::kMillisecond);
BENCHMARK(BM_HistoryFirstPage)->Iterations(20)->UseManualTime()->Unit(benchmark::kMillisecond);
BENCHMARK(BM_CountByCell_CuTru)->Iterations(20)->UseManualTime()->Unit(benchmark::kMillisecond);
BENCHMARK(BM_CountByCell_Sqlite3Shell)->Iterations(20)->UseManualTime()->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ReferralLetters1000)->Iterations(5)->UseManualTime()->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ReceiveBatch1000)->Iterations(5)->UseManualTime()->Unit(benchmark::kMillisecond);
BENCHMARK(BM_OpenSheet200)->Iterations(20)->UseManualTime()->Unit(benchmark::kMillisecond);
BENCHMARK(BM_PlanProvince)->Iterations(3)->UseManualTime()->Unit(benchmark::kMillisecond);
BENCHMARK(BM_PrepareCommentDrafts)->Iterations(3)->UseManualTime()->Unit(benchmark::kMillisecond);
BENCHMARK(BM_OverviewMeetingFigures)->Iterations(5)->UseManualTime()->Unit(benchmark::kMillisecond);
BENCHMARK(BM_AttendanceReport_CuTru)->Iterations(10)->UseManualTime()->Unit(benchmark::kMillisecond);
BENCHMARK(BM_AttendanceReport_Sqlite3Shell)->Iterations(10)->UseManualTime()->Unit(benchmark::kMillisecond);
BENCHMARK(BM_CoverageReport)->Iterations(10)->UseManualTime()->Unit(benchmark::kMillisecond);
BENCHMARK(BM_AttendanceReportPdf)->Iterations(5)->UseManualTime()->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ImportMembers100k_CuTru)->Iterations(3)->UseManualTime()->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ImportMembers100k_Sqlite3Shell)->Iterations(3)->UseManualTime()->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ImportMembers100k_CliPeakMemory)->Iterations(1)->UseManualTime()->Unit(benchmark::kMillisecond);
BENCHMARK(BM_MigrateToServer)->Iterations(1)->UseManualTime()->Unit(benchmark::kSecond);
BENCHMARK(BM_AttendanceReport_Postgres)->Iterations(10)->UseManualTime()->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ConcurrentOffices_Postgres)->Iterations(1)->UseManualTime()->Unit(benchmark::kMillisecond);

int main(int argc, char **argv)
{
    // As the programs that print referral letters do (see pdf_memory.h).
    cutru::reports::tuneAllocatorForPdfBatches();
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTemporaryDir dir;
    g_dir = &dir;

    benchmark::Initialize(&argc, argv);
    // Every benchmark after the first needs the province: generate it first even
    // when a --benchmark_filter leaves generation out.
    if (g_db.isEmpty()) {
        g_db = dir.filePath(QStringLiteral("province.cutru"));
        QElapsedTimer t;
        t.start();
        cutru::DemoProvinceGenerator().generate(g_db);
        record("generate", t.nsecsElapsed());
    }
    g_searches = sampleSearches(g_db);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();

    std::printf("\nCuTru foundation benchmarks (demo province, 96,757 members)\n");
    printFigure("demo province generation", medianOf("generate", 1.0 / 1000.0), "s", 2, "< 10 s", 10);
    printFigure("cold open to first rows (median of 5)", medianOf("open"), "ms", 1, "< 1000 ms", 1000);
    printFigure("folded-name search (median of 100)", medianOf("search"), "ms", 2, "< 20 ms", 20);
    printFigure("count by cell, CuTru (median of 20)", medianOf("count_cutru"), "ms", 2);
    printFigure("count by cell, sqlite3 shell (median of 20)", medianOf("count_sqlite3"), "ms", 2);
    printFigure("ratio CuTru / sqlite3 shell", ratioOf("count_cutru", "count_sqlite3"), "x", 2);
    std::printf("\nAccounts, permissions, history\n");
    printFigure("open with integrity check (median of 3)", medianOf("open_checked"), "ms", 1);
    printFigure("sign-in, Argon2id (median of 5)", medianOf("sign_in"), "ms", 1);
    printFigure("commune office list: count + window (median)", medianOf("restricted_list"), "ms", 2);
    printFigure("history first page of 200 (median of 20)", medianOf("history_page"), "ms", 2);
    printFigure("referral letters, 1,000 to one PDF (median of 5)", medianOf("referral_letters"), "ms", 1,
                "< 3000 ms", 3000);
    printFigure("receiving 1,000 referrals, one call (median of 5)", medianOf("receive_batch"), "ms", 1,
                "< 1000 ms", 1000);
    std::printf("\nMeetings\n");
    printFigure("attendance sheet of 200 members (median of 20)", medianOf("open_sheet"), "ms", 2, "< 100 ms", 100);
    printFigure("planning the province's year (median of 3)", medianOf("plan_province"), "ms", 1, "< 2000 ms",
                2000);
    printFigure("Overview's meeting figures, province (median of 5)", medianOf("overview_meetings"), "ms", 1);
    std::printf("\nAnnual comments (issue 8)\n");
    printFigure("comment drafts, whole province (median of 3)", medianOf("comment_drafts"), "ms", 1, "< 2000 ms",
                2000);
    std::printf("\nReports (issue 6)\n");
    printFigure("attendance 2012-14 by commune (median of 10)", medianOf("attendance_report"), "ms", 1,
                "< 300 ms", 300);
    printFigure("same statement, sqlite3 shell (median of 10)", medianOf("attendance_sqlite3"), "ms", 1);
    printFigure("ratio CuTru / sqlite3 shell", ratioOf("attendance_report", "attendance_sqlite3"), "x", 2, "< 1.5 x",
                1.5);
    printFigure("coverage 2012, province (median of 10)", medianOf("coverage_report"), "ms", 1, "< 200 ms", 200);
    printFigure("attendance PDF, 285 rows + chart (median of 5)", medianOf("report_pdf"), "ms", 1, "< 2000 ms",
                2000);
    std::printf("\nImport (issue 7): 100,000 new members from CSV into the province\n");
    printFigure("read + check + write, CuTru (median of 3)", medianOf("import_cutru"), "ms", 0, "< 3000 ms", 3000);
    printFigure("sqlite3 shell .import, bare table (median of 3)", medianOf("import_sqlite3"), "ms", 0);
    printFigure("ratio CuTru / sqlite3 shell", ratioOf("import_cutru", "import_sqlite3"), "x", 2, "<= 3 x", 3.0001);
    printFigure("peak memory, cutru-cli import members", medianOf("import_cli_rss"), "MB", 0, "< 300 MB", 300);
    std::printf("\nMigration to PostgreSQL (issue 9; CUTRU_BENCH_POSTGRES)\n");
    printFigure("province file to a server, copied and verified", medianOf("migrate_server", 1.0 / 1000.0), "s", 1);
    printFigure("attendance 2012-14 by commune on the server (median of 10)", medianOf("attendance_report_pg"), "ms", 1);
    printFigure("ratio server / SQLite file", ratioOf("attendance_report_pg", "attendance_report"), "x", 2, "<= 2 x",
                2.0001);
    printFigure("20 offices at once: saves of a whole sheet", medianOf("offices_saves"), "", 0);
    printFigure("  marks stored, none lost", medianOf("offices_marks"), "", 0);
    printFigure("  median save", medianOf("offices_median"), "ms", 1);
    printFigure("  p95 save", medianOf("offices_p95"), "ms", 1, "< 200 ms", 200);
    dropServerProvince();
    return 0;
}
