#pragma once

#include "services/comment_service.h"

#include <QList>
#include <QString>
#include <functional>

namespace cutru::reports {

// The annual comment forms (bản nhận xét đảng viên đang công tác thực hiện nhiệm vụ
// nơi cư trú, domain.md step 4), one form after another in one A4 PDF, each
// starting on a page of its own and running onto further pages when its texts are
// long; each form's pages are numbered "Trang 1/2" on their own.
//
// The format of Guideline 36-HD/VPTW, always in Vietnamese: heading (the commune
// committee and the cell top left with "*", "ĐẢNG CỘNG SẢN VIỆT NAM" top right,
// place and date of signing in italics), "Kính gửi" the workplace organisation's
// committee, the title and "Năm <year>", the member's particulars, the four points
// of the regulation (the second with the year's attendance figures of the record),
// the conclusion, and "T/M CHI ỦY" with the signer's title and name. A draft is
// marked "DỰ THẢO" and prints dotted blanks for whatever is not written yet (points,
// conclusion, date, signer) to be filled in by hand. Liberation Serif, embedded.
//
// Needs a QGuiApplication (offscreen will do); may run on a worker thread.
// `progress(done, total)` is called after each form; returning false cancels. The
// PDF is written beside `pdfPath` and renamed into place only when complete, so a
// cancelled or failed write leaves no file and keeps an earlier one. On failure
// returns false and sets `*error` to a translated message naming the file; when
// cancelled returns false and leaves `*error` empty.
bool writeCommentFormsPdf(const QList<CommentForm> &forms, const QString &pdfPath,
                          const std::function<bool(int done, int total)> &progress = {}, QString *error = nullptr);

} // namespace cutru::reports
