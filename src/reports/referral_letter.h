#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <functional>

namespace cutru::reports {

// One referral letter (giấy giới thiệu, domain.md step 1) with its reply slip
// (phiếu báo tiếp nhận, step 2), as printed. Every field is plain text as it
// should appear: the caller chooses capitals and wording; empty fields (and
// null dates) print as dotted blanks to be filled in by hand.
struct ReferralLetter {
    QString superiorBody;      // "ĐẢNG BỘ TỈNH THÁI BÌNH" (capitals, 14 pt)
    QString issuingBody;       // "ĐẢNG ỦY CÔNG TY ĐIỆN LỰC THÁI BÌNH" (capitals, bold, 14 pt), then "*"
    int letterNo = 0; int letterYear = 0;
    QString numberSuffix;      // e.g. "GGT/ĐU" → "Số 12-GGT/ĐU"
    QString place;             // "Thái Bình"
    QDate date;                // → "Thái Bình, ngày 5 tháng 3 năm 2012" italic
    QString recipient;         // "Đảng ủy phường Bồ Xuyên" (or an external committee) → "Kính gửi: …"
    QString recipientAddress;  // only for external committees; may be empty
    QString memberName, gender /* "Nam"/"Nữ" */, partyCardNo, position, workplace, currentCell, residenceAddress;
    QDate birthDate, admissionDate, officialDate;  // officialDate may be null (probationary: "dự bị")
    QString signatureFor;      // "T/M ĐẢNG ỦY" or "T/M CHI ỦY"
    QString signatureTitle;    // "BÍ THƯ"
    QString signerName;        // may be empty (signed by hand)
};
// `currentCell` is the cell's full name ("Chi bộ Phòng Kỹ thuật"): it prints as
// "Đang sinh hoạt tại: Chi bộ Phòng Kỹ thuật". `letterYear` does not print (the
// date carries the year); letter numbers are unique per issuing body and year.

// Writes `letters` to one PDF at `pdfPath`, one letter per A4 page, in the format
// of Guideline 36-HD/VPTW (docs/data-formats.md, "Referral letters (PDF)"), in
// Liberation Serif (fonts-liberation2, registered with QFontDatabase on first use
// and embedded in the PDF).
//
// Needs a QGuiApplication (the offscreen platform will do); may run on a worker
// thread. `progress(done, total)` is called after each page; returning false
// cancels. The PDF is written to a temporary file beside `pdfPath` and renamed
// into place only when complete, so a cancelled or failed write leaves no file
// behind and never damages a file already at `pdfPath`. A program writing large
// batches should call tuneAllocatorForPdfBatches() (pdf_memory.h) once at start-up:
// without it, under glibc, a thousand-page batch on a worker thread takes about
// 40% longer.
//
// Returns true on success. On failure returns false and sets `*error` to a
// translated message naming the file (and the reason); when cancelled returns
// false and leaves `*error` empty. Reports do not throw for this: there is no
// storage underneath, so storage::StorageError does not apply.
bool writeReferralLetters(const QList<ReferralLetter> &letters, const QString &pdfPath,
                          const std::function<bool(int done, int total)> &progress = {}, QString *error = nullptr);

} // namespace cutru::reports
