#pragma once

#include "reports/attendance_pdf.h"
#include "services/meeting_service.h"

namespace cutru::reports {

// A meeting's attendance sheet as the official document prints it: always in
// Vietnamese (it is an official document, whatever the interface language), the
// headings in capitals, the counts from the sheet's tally.
AttendanceDocument attendanceDocumentFor(const AttendanceSheet &sheet);

} // namespace cutru::reports
