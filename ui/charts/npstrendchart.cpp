// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/npstrendchart.h"

#include "analytics/samplequality.h"
#include "charts/metricssnapshot.h"
#include "model/project.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>

namespace cjm {

namespace {

/// "Jan 2026" rather than "January 2026": six months must fit under the chart.
QString shortLabel(const SurveyMetricsGroup &group, const MetricsSnapshot &snapshot)
{
    const QLocale &locale = snapshot.options().locale;
    if (!group.periodStart.isValid())
        return group.label;
    // A week is named by its Monday ("5 Jan"): "Week 2, 2026" does not fit under a point.
    switch (snapshot.options().granularity) {
    case PeriodBucket::Granularity::Month:
        return locale.toString(group.periodStart, QStringLiteral("MMM yyyy"));
    case PeriodBucket::Granularity::Week:
        return locale.toString(group.periodStart, QStringLiteral("d MMM"));
    case PeriodBucket::Granularity::Quarter:
        break;
    }
    return group.label;
}

} // namespace

NpsTrendChart::NpsTrendChart(QWidget *parent)
    : MetricChart(tr("NPS trend against target"), parent), mView(new QChartView(this))
{
    mView->setRenderHint(QPainter::Antialiasing);
    mView->setChart(new QChart);
    setContent(mView);
}

void NpsTrendChart::refresh(const MetricsSnapshot &snapshot, const MapTheme &theme)
{
    styleFrame(theme);
    QChart *chart = new QChart;
    const QLocale &locale = snapshot.options().locale;
    auto *line = new QLineSeries;
    line->setName(tr("NPS"));
    auto *upper = new QLineSeries;
    auto *lower = new QLineSeries;
    auto *solid = new QScatterSeries;
    solid->setName(tr("30+ answers"));
    auto *hollow = new QScatterSeries;
    hollow->setName(tr("Small sample"));
    auto *axisX = new QCategoryAxis;
    axisX->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    qint64 total = 0;
    int small = 0;
    double low = 0.0;
    double high = 0.0;
    int index = 0;
    int periods = 0;
    if (snapshot.project()) {
        for (const SurveyMetricsGroup &group : snapshot.byPeriod())
            periods += group.nps(*snapshot.project()).isValid() ? 1 : 0;
    }
    // Many periods (weeks) leave no room for n under each label: the caption keeps the total.
    constexpr int kLabelledPeriods = 8;
    const bool crowded = periods > kLabelledPeriods;
    QStringList crowdedLabels;
    if (snapshot.project()) {
        for (const SurveyMetricsGroup &group : snapshot.byPeriod()) {
            const NpsResult nps = group.nps(*snapshot.project());
            if (!nps.isValid())
                continue;
            const double value = *nps.value;
            line->append(index, value);
            upper->append(index, nps.upper95().value_or(value));
            lower->append(index, nps.lower95().value_or(value));
            low = std::min(low, nps.lower95().value_or(value));
            high = std::max(high, nps.upper95().value_or(value));
            const bool isSmall = SampleQuality::isSmall(nps.n);
            (isSmall ? hollow : solid)->append(index, value);
            small += isSmall ? 1 : 0;
            total += nps.n;
            // Category labels take rich text: the sample size goes under the period.
            if (crowded)
                crowdedLabels.append(shortLabel(group, snapshot));
            else
                axisX->append(
                        tr("%1<br>n = %2").arg(shortLabel(group, snapshot), locale.toString(nps.n)),
                        index);
            ++index;
        }
    }
    if (index == 0) {
        delete chart;
        delete line;
        delete upper;
        delete lower;
        delete solid;
        delete hollow;
        delete axisX;
        showEmpty(snapshot.hasSurveyData()
                          ? tr("No NPS answers with a date in this journey. Map an NPS column "
                               "and a date column when importing survey data.")
                          : tr("No survey answers for this journey yet. Import survey data "
                               "(File ▸ Import Survey Data…) to see the NPS trend."),
                  !snapshot.hasSurveyData());
        replaceChart(mView, new QChart);
        return;
    }
    auto *band = new QAreaSeries(upper, lower);
    // The area series draws its edges but does not own them.
    upper->setParent(band);
    lower->setParent(band);
    band->setName(tr("95 % margin of error"));
    QColor bandColor = theme.metricAccent;
    bandColor.setAlpha(60);
    band->setBrush(bandColor);
    band->setPen(Qt::NoPen);
    chart->addSeries(band);
    line->setPen(QPen(theme.metricAccent, theme.curveWidth));
    chart->addSeries(line);
    const std::optional<double> target = snapshot.targetOf(MetricKind::Nps);
    if (target) {
        auto *targetLine = new QLineSeries;
        targetLine->setName(tr("Target %1").arg(locale.toString(*target, 'f', 0)));
        targetLine->append(-0.5, *target);
        targetLine->append(index - 0.5, *target);
        targetLine->setPen(QPen(theme.riskHigh, 1.5, Qt::DashLine));
        chart->addSeries(targetLine);
        low = std::min(low, *target);
        high = std::max(high, *target);
    }
    solid->setColor(theme.metricAccent);
    solid->setBorderColor(theme.metricAccent);
    solid->setMarkerSize(10);
    hollow->setColor(theme.background);
    hollow->setBorderColor(theme.metricAccent);
    hollow->setPen(QPen(theme.metricAccent, 2));
    hollow->setMarkerSize(10);
    chart->addSeries(solid);
    chart->addSeries(hollow);
    axisX->setRange(-0.5, index - 0.5);
    if (crowded) {
        // One label per run of periods, centred under it, named by the run's first period.
        axisX->setLabelsPosition(QCategoryAxis::AxisLabelsPositionCenter);
        axisX->setStartValue(-0.5);
        const int run = (periods + kLabelledPeriods - 1) / kLabelledPeriods;
        for (int first = 0; first < crowdedLabels.size(); first += run)
            axisX->append(crowdedLabels.at(first),
                          std::min<qsizetype>(first + run, crowdedLabels.size()) - 0.5);
    }
    auto *axisY = new QValueAxis;
    axisY->setTitleText(tr("NPS"));
    axisY->setRange(std::max(-100.0, std::floor(low / 25.0) * 25.0),
                    std::min(100.0, std::ceil(high / 25.0) * 25.0));
    axisY->setLabelFormat(QStringLiteral("%d"));
    // Round steps of 25 NPS points read better than whatever divides the range.
    axisY->setTickType(QValueAxis::TicksDynamic);
    axisY->setTickAnchor(0);
    axisY->setTickInterval(25);
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);
    const auto series = chart->series();
    for (QAbstractSeries *s : series) {
        s->attachAxis(axisX);
        s->attachAxis(axisY);
    }
    if (solid->count() == 0)
        chart->legend()->markers(solid).constFirst()->setVisible(false);
    if (hollow->count() == 0)
        chart->legend()->markers(hollow).constFirst()->setVisible(false);
    chart->legend()->setAlignment(Qt::AlignBottom);
    styleChart(chart, theme);
    replaceChart(mView, chart);
    QString caption = SampleQuality::label(total, locale);
    if (small > 0)
        caption += QStringLiteral(" · ")
                + tr("hollow points: periods with fewer than %1 answers")
                          .arg(locale.toString(SampleQuality::kSmallSample));
    if (snapshot.personaFiltered())
        caption += QStringLiteral(" · ") + snapshot.segmentLabel();
    showChart(caption);
}

} // namespace cjm
