#pragma once

#include "reports/report_table.h"
#include "storage/database.h"

#include <QDate>
#include <QString>
#include <functional>

class QPagedPaintDevice;

namespace cutru::reports {

// What the official format (Guideline 36-HD/VPTW, domain.md) prints around a
// report's table: plain text as it should appear.
struct ReportDocumentDetails {
    QString superiorBody; // top left, capitals: "TỈNH ỦY THÁI BÌNH"
    QString issuingBody;  // top left, capitals, bold: "BAN TỔ CHỨC"
    QString number;       // "Số 12-BC/BTCTU"; empty: "Số      -BC/…" left to fill by hand
    QString numberSuffix; // "BC/BTCTU": printed after the blank when `number` is empty
    QString place;        // "Thái Bình" → "Thái Bình, ngày 5 tháng 3 năm 2012"
    QDate date;           // the document's date
    QString onBehalfOf;   // "T/M BAN THƯỜNG VỤ" / "T/M ĐẢNG ỦY"
    QString signerTitle;  // "BÍ THƯ"
    QString signerName;   // empty: a blank to sign above
};

// The details the scope suggests (the scope's committee and its superior, the
// province's name for the place), dated `date`; the GUI lets the user edit them.
ReportDocumentDetails defaultDocumentDetails(const storage::Database &db, const Report &report, const QDate &date);

// Paints the report on a paged device — a QPdfWriter, or a QPrinter for print
// preview — whose resolution the caller has set to 300 dpi (setResolution(300);
// another resolution is scaled to): heading blocks, number, place and date,
// title and period, each table with its header repeated on every page and no
// row split across pages, the totals row, the notes, the signature block, the
// chart on a page of its own when the report has one, "Trang 2/7" on every page.
// Landscape when a table is too wide for portrait (the device's page layout is
// set here: A4, no margins, the document keeping its own). Needs a
// QGuiApplication, and a QApplication and the application's main thread when
// the report has a chart (Qt Charts are graphics widgets); returns false and
// sets `*error` when it cannot paint (no font, no application), or when
// `progress` returns false (cancelled: `*error` stays empty).
bool paintReport(const Report &report, const ReportDocumentDetails &details, QPagedPaintDevice &device,
                 const std::function<bool(int done, int total)> &progress = {}, QString *error = nullptr);

// The same into a PDF with Liberation Serif embedded, written beside `pdfPath`
// and renamed into place when complete (a cancelled or failed write leaves no file).
bool writeReportPdf(const Report &report, const ReportDocumentDetails &details, const QString &pdfPath,
                    const std::function<bool(int done, int total)> &progress = {}, QString *error = nullptr);

} // namespace cutru::reports
