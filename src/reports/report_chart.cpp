#include "reports/report_chart.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QLineSeries>
#include <QPen>
#include <QValueAxis>
#include <algorithm>

namespace cutru::reports {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cutru::reports::ReportChart)
};

// Categories beyond these counts (or names longer, side by side) no longer fit
// as horizontal, then as vertical labels (a report by commune has hundreds of
// bars): the bars alone still show the spread, and the table names them.
constexpr qsizetype kHorizontalLabels = 12;
constexpr qsizetype kHorizontalCharacters = 90;
constexpr qsizetype kAnyLabels = 60;
} // namespace

QChart *makeChart(const ReportChart &spec)
{
    // Qt Charts are graphics widgets: without a QApplication they crash.
    if (!qobject_cast<QApplication *>(QCoreApplication::instance()))
        return nullptr;

    auto *chart = new QChart;
    chart->setTitle(spec.title);
    chart->setAnimationOptions(QChart::NoAnimation);

    const qsizetype n = std::min(spec.categories.size(), spec.values.size());
    auto *set = new QBarSet(spec.valueAxisTitle);
    set->setColor(QColor(0x2f, 0x6f, 0xb3));
    set->setPen(Qt::NoPen); // outlines turn hundreds of thin bars into stripes
    double highest = 0;
    QList<int> under;
    for (qsizetype i = 0; i < n; ++i) {
        const double v = spec.values[i];
        set->append(v);
        highest = std::max(highest, v);
        if (spec.target && v < *spec.target)
            under << int(i);
    }
    // Bars under the target stand out, as the rows do in the table.
    if (!under.isEmpty()) {
        set->setSelectedColor(QColor(0xd9, 0x6c, 0x1e));
        set->selectBars(under);
    }
    auto *bars = new QBarSeries;
    bars->append(set);
    bars->setBarWidth(n > kAnyLabels ? 1.0 : 0.7);
    chart->addSeries(bars);

    auto *categories = new QBarCategoryAxis;
    categories->append(spec.categories.mid(0, n));
    categories->setGridLineVisible(false);
    qsizetype longest = 0;
    for (qsizetype i = 0; i < n; ++i)
        longest = std::max(longest, spec.categories[i].size());
    if (n > kAnyLabels)
        categories->setLabelsVisible(false);
    else if (n > kHorizontalLabels || n * longest > kHorizontalCharacters) // upright: Qt Charts cuts slanted ones short
        categories->setLabelsAngle(-90);
    chart->addAxis(categories, Qt::AlignBottom);
    bars->attachAxis(categories);

    auto *values = new QValueAxis;
    values->setTitleText(spec.valueAxisTitle);
    if (spec.percent) {
        values->setRange(0, 100);
        values->setTickCount(6);
        values->setLabelFormat(QStringLiteral("%.0f %%"));
    } else {
        values->setRange(0, std::max({highest, spec.target.value_or(0.0), 1.0}) * 1.05);
        values->setLabelFormat(QStringLiteral("%.0f"));
        values->applyNiceNumbers();
    }
    chart->addAxis(values, Qt::AlignLeft);
    bars->attachAxis(values);

    if (spec.target) {
        // Across the whole width: category i sits at x = i on the category axis.
        auto *line = new QLineSeries;
        line->setName(spec.percent ? Tr::tr("Target %1 %").arg(*spec.target) : Tr::tr("Target %1").arg(*spec.target));
        line->append(-0.5, *spec.target);
        line->append(double(std::max<qsizetype>(n, 1)) - 0.5, *spec.target);
        line->setPen(QPen(QColor(0xc0, 0x1c, 0x28), 2, Qt::DashLine));
        chart->addSeries(line);
        line->attachAxis(categories);
        line->attachAxis(values);
        chart->legend()->setVisible(true);
        chart->legend()->setAlignment(Qt::AlignBottom);
    } else {
        chart->legend()->setVisible(false);
    }
    return chart;
}

} // namespace cutru::reports
