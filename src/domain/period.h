#pragma once

#include <QDate>
#include <QString>
#include <optional>

namespace cutru {

// The period a report covers: two dates, both inclusive. Built from a year, a
// half-year or a date range; the label is what the report's title line shows.
struct ReportPeriod {
    QDate from;
    QDate to;

    static ReportPeriod year(int y);
    // half: 1 (January–June) or 2 (July–December).
    static ReportPeriod halfYear(int y, int half);
    static ReportPeriod range(const QDate &from, const QDate &to);

    bool isValid() const { return from.isValid() && to.isValid() && from <= to; }
    // "Năm 2012", "6 tháng đầu năm 2012", "6 tháng cuối năm 2012" or
    // "Từ 01/01/2012 đến 31/12/2014" (translated).
    QString label() const;
    bool operator==(const ReportPeriod &) const = default;
};

// A date typed by a person or a script: dd/MM/yyyy, d/M/yyyy or yyyy-MM-dd.
// nullopt when it is none of these or not a real day.
std::optional<QDate> parseDate(const QString &text);

} // namespace cutru
