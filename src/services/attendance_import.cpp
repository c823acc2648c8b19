#include "services/attendance_import.h"

#include "domain/dates.h"

#include "domain/vietnamese_text.h"
#include "services/meeting_service.h"
#include "storage/meeting_repository.h"
#include "storage/member_repository.h"
#include "storage/organisation_repository.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QRegularExpression>
#include <spdlog/spdlog.h>

namespace cutru {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cutru::AttendanceImport)
};

enum class Column { Card, Cccd, Status, Reason, CellCode, Date };

// Headers and status values are compared folded (no case, no diacritics, đ → d) with
// punctuation as spaces: "Số thẻ đảng viên" → "so the dang vien", "V/CLD" → "v cld".
QString key(const QString &text)
{
    QString folded = text::fold(text);
    for (QChar &c : folded)
        if (!c.isLetterOrNumber())
            c = QLatin1Char(' ');
    return folded.simplified();
}

std::optional<Column> columnOf(const QString &header)
{
    static const QHash<QString, Column> names = [] {
        QHash<QString, Column> h;
        auto add = [&](Column c, std::initializer_list<const char *> keys) {
            for (const char *k : keys)
                h.insert(QString::fromLatin1(k), c);
        };
        add(Column::Card, {"so the dang vien", "so the dv", "the dang vien", "the dv", "so the", "party card",
                           "party card no", "party card number", "card", "card no", "card number"});
        add(Column::Cccd, {"so cccd", "cccd", "so dinh danh", "so dinh danh ca nhan", "ma dinh danh", "so can cuoc",
                           "can cuoc", "so can cuoc cong dan", "can cuoc cong dan", "citizen id", "national id",
                           "id number", "identity number"});
        add(Column::Status, {"tinh hinh", "tinh hinh tham du", "tinh hinh du sinh hoat", "trang thai", "tham du",
                             "diem danh", "status", "attendance"});
        add(Column::Reason, {"ly do", "ly do vang", "reason", "absence reason", "reason for absence"});
        add(Column::CellCode, {"ma chi bo", "cell code", "cell"});
        add(Column::Date, {"ngay", "ngay sinh hoat", "ngay hop", "date", "meeting date"});
        return h;
    }();
    const auto it = names.constFind(key(header));
    return it == names.cend() ? std::nullopt : std::optional<Column>(*it);
}

// A CCCD as spreadsheets mangle it: spaces or dots added, leading zeros dropped
// (every CCCD begins with 0: the province codes run from 001 to 096).
QString cccdFrom(const QString &text)
{
    QString digits = text;
    digits.remove(QLatin1Char(' ')).remove(QLatin1Char('.'));
    static const QRegularExpression tenOrEleven(QStringLiteral("^[0-9]{10,11}$"));
    if (tenOrEleven.match(digits).hasMatch())
        digits = digits.rightJustified(12, QLatin1Char('0'));
    return digits;
}

// What the import knows of one meeting: who may be marked and their stored marks.
struct MeetingContext {
    Meeting meeting;
    QString cellCode;
    bool seesCccd = false; // the user sees CCCD numbers of this cell unmasked
    struct Entry {
        QString name;
        std::optional<AttendanceStatus> status;
        QString reason;
    };
    QHash<qint64, Entry> allowed; // expected members and the cell's own members
    QHash<qint64, QString> exempt;
};

} // namespace

int AttendanceImportResult::count(ImportedMark::Change change) const
{
    return int(std::count_if(matched.cbegin(), matched.cend(),
                             [change](const ImportedMark &m) { return m.change == change; }));
}

QString AttendanceImportResult::problem() const
{
    if (outcome.ok())
        return {};
    if (!outcome.errors.isEmpty())
        return outcome.errors.first().message;
    return outcome.message;
}

std::optional<AttendanceStatus> AttendanceImport::statusFrom(const QString &text)
{
    static const QHash<QString, AttendanceStatus> values = [] {
        QHash<QString, AttendanceStatus> h;
        auto add = [&](AttendanceStatus s, std::initializer_list<const char *> keys) {
            for (const char *k : keys)
                h.insert(QString::fromLatin1(k), s);
        };
        add(AttendanceStatus::Present,
            {"co mat", "co", "x", "p", "tham du", "co tham du", "du", "present", "attended", "yes"});
        add(AttendanceStatus::AbsentExcused,
            {"vang co ly do", "vang co phep", "co ly do", "co phep", "vang cld", "v cld", "vcld", "absent with reason",
             "absent excused", "excused", "excused absence", "e"});
        add(AttendanceStatus::AbsentUnexcused,
            {"vang khong ly do", "vang khong phep", "khong ly do", "khong phep", "vang kld", "v kld", "vkld", "vang", "v",
             "absent without reason", "absent unexcused", "unexcused", "unexcused absence", "absent", "a"});
        return h;
    }();
    const auto it = values.constFind(key(text));
    return it == values.cend() ? std::nullopt : std::optional<AttendanceStatus>(*it);
}

QDate AttendanceImport::dateFrom(const QString &text)
{
    // Spreadsheets may add a time ("15/02/2024 00:00"): the first word is the date.
    const QString word = text.trimmed().section(QLatin1Char(' '), 0, 0);
    static const QRegularExpression dayFirst(QStringLiteral("^(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})$"));
    static const QRegularExpression iso(QStringLiteral("^(\\d{4})-(\\d{1,2})-(\\d{1,2})$"));
    if (const auto m = dayFirst.match(word); m.hasMatch())
        return QDate(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());
    if (const auto m = iso.match(word); m.hasMatch())
        return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    return {};
}

AttendanceImport::AttendanceImport(storage::Database &db, ActingUser user) : db_(db), user_(std::move(user)) {}

AttendanceImportResult AttendanceImport::run(const QString &csvPath, const AttendanceImportOptions &options)
{
    return run(csv::readFile(csvPath), options);
}

AttendanceImportResult AttendanceImport::run(const csv::Table &table, const AttendanceImportOptions &options)
{
    AttendanceImportResult result;
    auto badFile = [&](const QString &message) {
        result.outcome = SaveOutcome::invalid({{QStringLiteral("file"), message}});
        return result;
    };
    if (!table.ok())
        return badFile(table.error);
    if (table.rows.isEmpty())
        return badFile(Tr::tr("%1 is empty.").arg(table.fileName));

    // The columns, by header; unknown headers are ignored, the first of two alike counts.
    QMap<Column, int> columns;
    const QStringList &header = table.rows.first().fields;
    for (int i = 0; i < header.size(); ++i)
        if (const auto c = columnOf(header[i]); c && !columns.contains(*c))
            columns.insert(*c, i);
    if (!columns.contains(Column::Status))
        return badFile(Tr::tr("%1 has no status column (\"Tình hình\", \"Trạng thái\" or \"Status\") in its first line.")
                           .arg(table.fileName));
    if (!columns.contains(Column::Card) && !columns.contains(Column::Cccd))
        return badFile(Tr::tr("%1 has neither a party card column (\"Số thẻ đảng viên\", \"Party card\") nor a CCCD "
                              "column (\"Số CCCD\") in its first line.")
                           .arg(table.fileName));
    const bool rowsNameMeetings = columns.contains(Column::CellCode) && columns.contains(Column::Date);
    if (options.meetingId <= 0 && !rowsNameMeetings)
        return badFile(Tr::tr("%1 does not say which meeting its rows belong to: choose the meeting, or give the file "
                              "a cell code column (\"Mã chi bộ\") and a date column (\"Ngày\").")
                           .arg(table.fileName));
    if (table.rows.size() == 1)
        return badFile(Tr::tr("%1 has a header line but no rows.").arg(table.fileName));

    if (!user_.may(Action::RecordAttendance)) {
        result.outcome = SaveOutcome::denied(refusalMessage(Action::RecordAttendance));
        return result;
    }

    try {
        const storage::MeetingRepository meetings(db_);
        const storage::MemberRepository members(db_);
        const storage::OrganisationRepository orgs(db_);
        MeetingService service(db_, user_);
        QHash<qint64, MeetingContext> contexts;
        QString denied; // the first cell whose attendance the user may not record

        // The context of a meeting, read once; nullptr when the user may not record it.
        auto contextOf = [&](const Meeting &m) -> const MeetingContext * {
            if (const auto it = contexts.constFind(m.id); it != contexts.cend())
                return &*it;
            MeetingContext c;
            c.meeting = m;
            const QString cellPath = orgs.pathOf(m.cellId);
            if (!user_.may(Action::RecordAttendance, {cellPath})) {
                if (denied.isEmpty()) {
                    const auto cell = orgs.byId(m.cellId);
                    denied = cell ? cell->code : QString::number(m.cellId);
                }
                return nullptr;
            }
            c.seesCccd = user_.may(Action::ViewPersonalIdentifiers, {cellPath});
            const AttendanceSheet sheet = service.sheet(m.id);
            c.cellCode = sheet.cellCode;
            for (const QList<SheetLine> *lines : {&sheet.expected, &sheet.ownMembers})
                for (const SheetLine &l : *lines)
                    c.allowed.insert(l.memberId, {l.fullName, l.status, l.reason});
            for (const SheetLine &l : sheet.exempt)
                c.exempt.insert(l.memberId, l.fullName);
            // The cell's own members may be added to the sheet (MeetingService::mergeMarks).
            for (const storage::ListedMember &own : service.cellMembers(m.cellId))
                if (!c.allowed.contains(own.memberId) && !c.exempt.contains(own.memberId))
                    c.allowed.insert(own.memberId, {own.fullName, std::nullopt, {}});
            return &*contexts.insert(m.id, c);
        };

        std::optional<Meeting> chosen;
        if (options.meetingId > 0) {
            chosen = meetings.byId(options.meetingId);
            if (!chosen) {
                result.outcome =
                    SaveOutcome::invalid({{QStringLiteral("meetingId"),
                                           Tr::tr("There is no meeting number %1.").arg(options.meetingId)}});
                return result;
            }
            if (chosen->date > QDate::currentDate()) {
                result.outcome = SaveOutcome::invalid(
                    {{QStringLiteral("meetingId"),
                      Tr::tr("The meeting of %1 has not taken place yet: attendance is recorded afterwards.")
                          .arg(displayDate(chosen->date))}});
                return result;
            }
        }

        // Cell code → cell id (0: none), and (cell, date) → its meetings, looked up once.
        QHash<QString, qint64> cellIds;
        QHash<QPair<qint64, QDate>, QList<Meeting>> meetingsOn;
        QHash<QPair<qint64, qint64>, int> lineOfMark; // (meeting, member) → line that marked it

        auto cell = [&](const csv::Row &row, Column c) {
            const int i = columns.value(c, -1);
            return i >= 0 ? row.fields.value(i).trimmed() : QString();
        };

        for (qsizetype r = 1; r < table.rows.size(); ++r) {
            const csv::Row &row = table.rows[r];
            auto skip = [&](const QString &why) { result.unmatched.append({row.line, why}); };

            // Which meeting.
            const QString cellCode = cell(row, Column::CellCode);
            const QString dateText = cell(row, Column::Date);
            const QDate date = dateFrom(dateText);
            if (!dateText.isEmpty() && !date.isValid()) {
                skip(Tr::tr("\"%1\" is not a date (dd/MM/yyyy).").arg(dateText));
                continue;
            }
            Meeting meeting;
            if (chosen) {
                meeting = *chosen;
            } else {
                if (cellCode.isEmpty()) {
                    skip(Tr::tr("The cell code is empty."));
                    continue;
                }
                if (dateText.isEmpty()) {
                    skip(Tr::tr("The date is empty."));
                    continue;
                }
                if (!cellIds.contains(cellCode)) {
                    auto org = orgs.byCode(cellCode);
                    if (!org && cellCode != cellCode.toUpper())
                        org = orgs.byCode(cellCode.toUpper());
                    cellIds.insert(cellCode, org && org->level == OrgLevel::Cell ? org->id : 0);
                }
                const qint64 cellId = cellIds.value(cellCode);
                if (cellId == 0) {
                    skip(Tr::tr("There is no cell with the code %1.").arg(cellCode));
                    continue;
                }
                const auto on = qMakePair(cellId, date);
                if (!meetingsOn.contains(on))
                    meetingsOn.insert(on, meetings.meetingsOf(cellId, date, date));
                const QList<Meeting> &found = meetingsOn[on];
                if (found.isEmpty()) {
                    skip(Tr::tr("Cell %1 has no meeting on %2.").arg(cellCode, displayDate(date)));
                    continue;
                }
                if (found.size() > 1) {
                    skip(Tr::tr("Cell %1 has several meetings on %2: import each meeting's rows with its number.")
                             .arg(cellCode, displayDate(date)));
                    continue;
                }
                meeting = found.first();
                if (meeting.date > QDate::currentDate()) {
                    skip(Tr::tr("The meeting of %1 has not taken place yet: attendance is recorded afterwards.")
                             .arg(displayDate(meeting.date)));
                    continue;
                }
            }
            const MeetingContext *context = contextOf(meeting);
            if (!context)
                continue; // refused: reported once, below
            // With a chosen meeting, cell and date columns must agree with it when filled.
            if (chosen && ((!cellCode.isEmpty() && cellCode.compare(context->cellCode, Qt::CaseInsensitive) != 0) ||
                           (date.isValid() && date != meeting.date))) {
                skip(Tr::tr("The row is for cell %1 on %2, not for the meeting of %3 on %4.")
                         .arg(cellCode.isEmpty() ? context->cellCode : cellCode,
                              displayDate(date.isValid() ? date : meeting.date), context->cellCode, displayDate(meeting.date)));
                continue;
            }

            // Which member: by party card number, else by CCCD.
            QString card = cell(row, Column::Card);
            card.remove(QLatin1Char(' '));
            const QString cccd = cccdFrom(cell(row, Column::Cccd));
            if (card.isEmpty() && cccd.isEmpty()) {
                skip(Tr::tr("The row has neither a party card number nor a CCCD number."));
                continue;
            }
            const std::optional<qint64> byCard = card.isEmpty() ? std::nullopt : members.idByPartyCard(card);
            const std::optional<qint64> byCccd = cccd.isEmpty() ? std::nullopt : members.idByCccd(cccd);
            if (byCard && byCccd && *byCard != *byCccd) {
                skip(Tr::tr("The party card number %1 and the CCCD number %2 belong to different members.")
                         .arg(card, cccd));
                continue;
            }
            const std::optional<qint64> memberId = byCard ? byCard : byCccd;
            // Users who see CCCD numbers masked must not learn from an import whether a
            // number belongs to someone outside their reach: for them "unknown" and
            // "not on this sheet" read the same when the CCCD alone found the member.
            const bool hideCccd = !context->seesCccd && !byCard;
            const bool onSheet = memberId && (context->allowed.contains(*memberId) || context->exempt.contains(*memberId));
            if (!memberId || (hideCccd && !onSheet)) {
                if (hideCccd && !cccd.isEmpty())
                    skip(card.isEmpty()
                             ? Tr::tr("No member on the sheet of this meeting has the CCCD number %1.").arg(cccd)
                             : Tr::tr("No member has the party card number %1, and no member on the sheet of this "
                                      "meeting has the CCCD number %2.")
                                   .arg(card, cccd));
                else if (!card.isEmpty() && !cccd.isEmpty())
                    skip(Tr::tr("No member has the party card number %1 or the CCCD number %2.").arg(card, cccd));
                else if (!card.isEmpty())
                    skip(Tr::tr("No member has the party card number %1.").arg(card));
                else
                    skip(Tr::tr("No member has the CCCD number %1.").arg(cccd));
                continue;
            }
            if (const auto it = context->exempt.constFind(*memberId); it != context->exempt.cend()) {
                skip(Tr::tr("%1 is exempt from meetings on %2: not marked.").arg(*it, displayDate(meeting.date)));
                continue;
            }
            const auto entry = context->allowed.constFind(*memberId);
            if (entry == context->allowed.cend()) {
                // No name: the member may be outside what the user may read.
                skip(Tr::tr("Not on the sheet of the meeting of %1 on %2: neither referred to the cell on that date "
                            "nor one of its members.")
                         .arg(context->cellCode, displayDate(meeting.date)));
                continue;
            }

            // What the row says.
            const QString statusText = cell(row, Column::Status);
            const auto status = statusFrom(statusText);
            if (statusText.isEmpty()) {
                skip(Tr::tr("%1: the status is empty.").arg(entry->name));
                continue;
            }
            if (!status) {
                skip(Tr::tr("%1: \"%2\" is not a status; write present, absent with reason or absent without reason "
                            "(có mặt, vắng có lý do, vắng không lý do).")
                         .arg(entry->name, statusText));
                continue;
            }
            const QString reason = text::normalise(cell(row, Column::Reason));
            if (*status == AttendanceStatus::AbsentExcused && reason.isEmpty()) {
                skip(Tr::tr("%1: an excused absence needs its reason.").arg(entry->name));
                continue;
            }
            const auto markKey = qMakePair(meeting.id, *memberId);
            if (const int earlier = lineOfMark.value(markKey); earlier > 0) {
                skip(Tr::tr("%1 is already marked on line %2 of this file.").arg(entry->name).arg(earlier));
                continue;
            }
            lineOfMark.insert(markKey, row.line);

            ImportedMark mark;
            mark.line = row.line;
            mark.meetingId = meeting.id;
            mark.memberId = *memberId;
            mark.memberName = entry->name;
            mark.status = *status;
            mark.reason = reason;
            if (!entry->status)
                mark.change = ImportedMark::Change::New;
            else if (*entry->status == *status && entry->reason.trimmed() == reason)
                mark.change = ImportedMark::Change::Unchanged;
            else
                mark.change = ImportedMark::Change::Changed;
            result.matched.append(mark);
        }

        if (!denied.isEmpty()) {
            result.matched.clear();
            result.outcome = SaveOutcome::denied(
                Tr::tr("The file has rows for cell %1, whose attendance you may not record. %2")
                    .arg(denied, refusalMessage(Action::RecordAttendance)));
            return result;
        }

        // Only new and changed marks are written: a second import of the same file
        // writes nothing at all.
        QMap<qint64, QList<Attendance>> toWrite;
        for (const ImportedMark &m : std::as_const(result.matched)) {
            if (!result.meetingIds.contains(m.meetingId))
                result.meetingIds.append(m.meetingId);
            if (m.change != ImportedMark::Change::Unchanged)
                toWrite[m.meetingId].append({m.meetingId, m.memberId, m.status, m.reason});
        }
        std::sort(result.meetingIds.begin(), result.meetingIds.end());
        if (options.dryRun || toWrite.isEmpty())
            return result;
        result.outcome = service.mergeMarks(toWrite);
        result.written = result.outcome.ok();
        if (result.written)
            spdlog::info("imported attendance from {}: {} new or changed mark(s) in {} meeting(s) by {}",
                         table.fileName.toStdString(),
                         result.count(ImportedMark::Change::New) + result.count(ImportedMark::Change::Changed),
                         toWrite.size(), user_.name.toStdString());
        return result;
    } catch (const AccessDenied &e) {
        result.matched.clear();
        result.outcome = SaveOutcome::denied(e.userMessage());
        return result;
    } catch (const storage::StorageError &e) {
        spdlog::error("attendance import failed: {} ({})", e.userMessage().toStdString(), e.detail().toStdString());
        result.matched.clear();
        result.outcome = SaveOutcome::failed(e.userMessage());
        return result;
    }
}

} // namespace cutru
