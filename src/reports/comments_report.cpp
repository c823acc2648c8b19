// Report 5: annual comments by workplace organisation (docs/reports/comments.md).
#include "domain/dates.h"
#include "reports/report_catalogue.h"
#include "storage/comment_statistics.h"

#include <QCoreApplication>
#include <algorithm>

namespace cutru::reports {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cutru::reports::Comments)
};
} // namespace

Report commentsReport(const ReportContext &c)
{
    Report r;
    r.title = Tr::tr("Annual comments");
    ReportTable t;
    // The year is a label, not a quantity: text, so that no renderer groups its digits.
    t.columns = {{Tr::tr("Year"), false},       {Tr::tr("Workplace organisation"), false},
                 {Tr::tr("Code"), false},      {Tr::tr("Due"), true},
                 {Tr::tr("Written"), true},    {Tr::tr("Sent"), true},
                 {Tr::tr("Received"), true},   {Tr::tr("Missing"), true}};
    const storage::CommentStatistics comments(c.db);
    int due = 0, written = 0, sent = 0, received = 0;
    // One row per organisation and year: a comment is for one year, and a period of
    // several years asks how each year went (docs/reports/comments.md).
    for (int year = c.period.from.year(); year <= c.period.to.year(); ++year) {
        const QDate yearEnd(year, 12, 31);
        if (year > c.today.year())
            break; // nobody is due yet for a year that has not begun
        // The year not over yet: who would be due if it ended today.
        const QDate dueOn = std::min(yearEnd, c.today);
        for (const storage::WorkplaceComments &w : comments.byWorkplace(year, dueOn, c.scope.path)) {
            ReportRow row;
            row.level = 1;
            row.cells = {QString::number(year), w.name,     w.code,     w.due,
                         w.written, w.sent,     w.received, w.due - w.written};
            t.rows.append(row);
            due += w.due;
            written += w.written;
            sent += w.sent;
            received += w.received;
        }
        if (dueOn < yearEnd)
            r.notes << Tr::tr("The year %1 is not over: members due are counted as the records stand on %2.")
                           .arg(year)
                           .arg(displayDate(dueOn));
    }
    ReportRow total;
    total.cells = {QString(), Tr::tr("Total"), QString(), due, written, sent, received, due - written};
    total.emphasised = total.total = true;
    t.rows.append(total);
    r.tables << t;
    r.notes << Tr::tr("Due: working members referred to a residence cell, assigned on or before 31 December of "
                      "the year, not ended on or before it and not exempt on it (Guideline 33). Written, sent and "
                      "received count the comments of those members for that year.");
    return r;
}

} // namespace cutru::reports
