#include "reports/attendance_document_data.h"

#include "reports/official_document.h"

namespace cutru::reports {
namespace {

// Official wording, independent of the interface language.
QString vietnamese(MeetingKind k)
{
    switch (k) {
    case MeetingKind::Periodic: return QStringLiteral("Sinh hoạt định kỳ");
    case MeetingKind::Thematic: return QStringLiteral("Sinh hoạt chuyên đề");
    case MeetingKind::Extraordinary: return QStringLiteral("Sinh hoạt bất thường");
    }
    return {};
}

QString vietnamese(AttendanceStatus s)
{
    switch (s) {
    case AttendanceStatus::Present: return QStringLiteral("Có mặt");
    case AttendanceStatus::AbsentExcused: return QStringLiteral("Vắng có lý do");
    case AttendanceStatus::AbsentUnexcused: return QStringLiteral("Vắng không lý do");
    }
    return {};
}

QString vietnamese(AgendaItem i)
{
    switch (i) {
    case AgendaItem::LocalPoliticalTasks: return QStringLiteral("Thông báo nhiệm vụ chính trị và kết quả thực hiện của địa phương");
    case AgendaItem::PressingLocalIssues: return QStringLiteral("Những vấn đề bức xúc ở địa phương");
    case AgendaItem::CitizenDuties: return QStringLiteral("Thực hiện nghĩa vụ công dân");
    case AgendaItem::FamilyMobilisation:
        return QStringLiteral("Vận động gia đình chấp hành chủ trương của Đảng, chính sách, pháp luật của Nhà nước");
    case AgendaItem::CulturalResidence:
        return QStringLiteral("Xây dựng thôn, tổ dân phố văn hóa; thực hiện hương ước, quy ước");
    case AgendaItem::MemberOpinions: return QStringLiteral("Đảng viên góp ý kiến vào công việc của địa phương");
    case AgendaItem::WorkplaceLiaison: return QStringLiteral("Phối hợp với cấp ủy nơi đảng viên công tác");
    }
    return {};
}

QString vietnamese(ExemptionReason r)
{
    switch (r) {
    case ExemptionReason::Barracks: return QStringLiteral("Ở trong doanh trại, nhà công vụ");
    case ExemptionReason::AwayOrMobile: return QStringLiteral("Công tác xa nhà, thường xuyên lưu động");
    case ExemptionReason::RotatedCadre: return QStringLiteral("Cán bộ luân chuyển");
    case ExemptionReason::FullTimeCourse: return QStringLiteral("Đi học tập trung từ 12 tháng trở lên");
    case ExemptionReason::StudentAway: return QStringLiteral("Học sinh, sinh viên học xa nhà");
    }
    return {};
}

AttendanceDocument::Row rowOf(const SheetLine &l)
{
    AttendanceDocument::Row r;
    r.name = l.fullName;
    r.partyCardNo = l.partyCardNo;
    r.workplace = l.workplaceName;
    if (l.status)
        r.status = vietnamese(*l.status);
    r.reason = l.exemptionReason ? vietnamese(*l.exemptionReason) : l.reason;
    return r;
}

} // namespace

AttendanceDocument attendanceDocumentFor(const AttendanceSheet &sheet)
{
    AttendanceDocument d;
    d.superiorBody = sheet.communeName.toUpper();
    d.cellName = sheet.cellName.toUpper();
    d.place = official::placeOf(sheet.communeName); // "xã Vũ Hội" → "Vũ Hội"
    d.date = sheet.meeting.date;
    d.kind = vietnamese(sheet.meeting.kind);
    d.venue = sheet.meeting.venue;
    for (AgendaItem i : agendaItemsFromCodes(sheet.meeting.agendaItems))
        d.agendaItems << vietnamese(i);
    d.agendaNotes = sheet.meeting.agendaNotes;
    d.minutes = sheet.meeting.minutes;
    d.chairedBy = sheet.meeting.chairedBy;
    d.guests = sheet.meeting.guests;
    for (const SheetLine &l : sheet.expected)
        d.members << rowOf(l);
    for (const SheetLine &l : sheet.ownMembers)
        d.ownMembers << rowOf(l);
    for (const SheetLine &l : sheet.exempt) {
        AttendanceDocument::Row r = rowOf(l);
        r.status.clear();
        d.exempt << r;
    }
    const AttendanceTally t = sheet.tally();
    d.expected = t.expected;
    d.present = t.present;
    d.absentExcused = t.absentExcused;
    d.absentUnexcused = t.absentUnexcused;
    return d;
}

} // namespace cutru::reports
