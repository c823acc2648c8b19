#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace cutru::reports {

// One residence-cell meeting (domain.md, step 3) as printed: plain text as it
// should appear, filled in by the caller (Vietnamese labels, capitals where the
// format wants them). Empty fields and a null date print as dotted blanks.
struct AttendanceDocument {
    QString superiorBody;    // "ĐẢNG BỘ XÃ VŨ HỘI" (top left, capitals)
    QString cellName;        // "CHI BỘ THÔN ĐOÀI THỌ" (top left, bold, then "*")
    QString place;           // "Vũ Hội" → "Vũ Hội, ngày 5 tháng 3 năm 2012"
    QDate date;              // meeting date (also the document's date)
    QString kind;            // "Sinh hoạt định kỳ" / "Sinh hoạt chuyên đề" / "Sinh hoạt bất thường"
    QString venue;
    QStringList agendaItems; // labels of the checked agenda items
    QString agendaNotes, minutes, chairedBy; // notes and minutes may hold several paragraphs ("\n")
    int guests = 0;          // residents/guests attending besides members
    struct Row {
        QString name, partyCardNo, workplace;
        QString status; // "Có mặt" | "Vắng có lý do" | "Vắng không lý do" | "" (not recorded)
        QString reason; // of an absence; of the exemption for `exempt` rows
    };
    QList<Row> members;    // expected members (referred, assigned, not exempt), in name order
    QList<Row> ownMembers; // the cell's own members the secretary added (may be empty)
    QList<Row> exempt;     // exempt members, listed apart, not counted
    int expected = 0, present = 0, absentExcused = 0, absentUnexcused = 0;
};

// The blank sign-in sheet (danh sách đảng viên dự sinh hoạt), printed before the
// meeting: heading of Guideline 36-HD/VPTW, title, the meeting line (kind, date,
// venue), then the table STT | Họ và tên | Số thẻ đảng viên | Nơi công tác |
// Ký tên with one row per member of `members`, then of `ownMembers` (exempt
// members are left out), and the cell committee's signature block. The table
// header is repeated on every page, a row is never split across pages, and
// every page is numbered "Trang 2/3". See docs/data-formats.md, "Attendance
// sheets (PDF)".
bool writeSignInSheet(const AttendanceDocument &doc, const QString &pdfPath, QString *error = nullptr);

// The filled attendance record (biên bản sinh hoạt): heading, title, meeting
// line, who chaired, the agenda (items and notes), the table STT | Họ và tên |
// Số thẻ | Nơi công tác | Tình hình tham dự | Lý do, the exempt members listed
// apart ("không tính"), the totals line with the attendance rate, guests, the
// minutes (running over pages as needed) and the signature blocks.
bool writeAttendanceRecord(const AttendanceDocument &doc, const QString &pdfPath, QString *error = nullptr);

// Both: one A4 portrait PDF in Liberation Serif (fonts-liberation2, embedded),
// always in Vietnamese. Need a QGuiApplication (offscreen will do); may run on
// a worker thread. The file is written beside `pdfPath` and renamed into place
// when complete, so a failed write leaves no file and keeps an earlier one.
// On failure they return false and set `*error` to a translated message naming
// the file.

} // namespace cutru::reports
