// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/touchpointscorechart.h"

#include "analytics/samplequality.h"
#include "charts/metricssnapshot.h"
#include "model/metric.h"
#include "model/project.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QValueAxis>

namespace cjm {

namespace {

/// Long touchpoint titles would squeeze the bars to nothing.
QString shortened(const QString &text)
{
    constexpr int kMax = 30;
    return text.size() <= kMax ? text : text.left(kMax - 1) + QChar(0x2026);
}

} // namespace

TouchpointScoreChart::TouchpointScoreChart(MetricKind kind, QWidget *parent)
    : MetricChart(kind == MetricKind::Ces ? tr("CES per touchpoint against target")
                                          : tr("CSAT per touchpoint against target"),
                  parent),
      mKind(kind),
      mView(new QChartView(this))
{
    mView->setRenderHint(QPainter::Antialiasing);
    mView->setChart(new QChart);
    setContent(mView);
}

void TouchpointScoreChart::refresh(const MetricsSnapshot &snapshot, const MapTheme &theme)
{
    styleFrame(theme);
    const QLocale &locale = snapshot.options().locale;
    const bool ces = mKind == MetricKind::Ces;
    auto *enough = new QBarSet(ces ? tr("CES mean") : tr("CSAT (top-two-box %)"));
    auto *small = new QBarSet(tr("Small sample"));
    QStringList categories;
    qint64 total = 0;
    int smallCount = 0;
    double maxValue = 0.0;
    if (snapshot.project()) {
        for (const SurveyMetricsGroup &group : snapshot.byTouchpoint()) {
            double value = 0.0;
            qint64 n = 0;
            if (ces) {
                const CesResult result = group.ces(*snapshot.project());
                if (!result.isValid())
                    continue;
                value = *result.mean;
                n = result.n;
            } else {
                const CsatResult result = group.csat(*snapshot.project());
                if (!result.isValid())
                    continue;
                value = *result.value;
                n = result.n;
            }
            const bool isSmall = SampleQuality::isSmall(n);
            // One of the two stacked sets holds the value, the other 0: hatching marks
            // small samples without a second bar per touchpoint.
            enough->insert(0, isSmall ? 0.0 : value);
            small->insert(0, isSmall ? value : 0.0);
            smallCount += isSmall ? 1 : 0;
            total += n;
            maxValue = std::max(maxValue, value);
            // Category labels take rich text: the sample size goes under the title.
            categories.prepend(
                    tr("%1<br>n = %2")
                            .arg(shortened(group.label).toHtmlEscaped(), locale.toString(n)));
        }
    }
    if (categories.isEmpty()) {
        delete enough;
        delete small;
        const bool noData = !snapshot.hasSurveyData();
        showEmpty(noData        ? tr("No survey answers for this journey yet. Import survey data "
                                            "(File ▸ Import Survey Data…) to see scores per touchpoint.")
                          : ces ? tr("No CES answers about a touchpoint. Scope a CES column to "
                                     "a touchpoint when importing survey data.")
                                : tr("No CSAT answers about a touchpoint. Scope a CSAT column to "
                                     "a touchpoint when importing survey data."),
                  noData);
        replaceChart(mView, new QChart);
        return;
    }
    enough->setColor(theme.metricAccent);
    small->setColor(theme.metricAccent);
    small->setBrush(QBrush(theme.metricAccent, Qt::BDiagPattern));
    small->setBorderColor(theme.metricAccent);
    auto *series = new QHorizontalStackedBarSeries;
    series->append({enough, small});
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsInsideBase);
    series->setLabelsFormat(QStringLiteral("@value"));
    series->setLabelsPrecision(3);
    auto *chart = new QChart;
    chart->addSeries(series);
    auto *axisY = new QBarCategoryAxis;
    axisY->append(categories);
    auto *axisX = new QValueAxis;
    if (ces) {
        const Metric *metric = snapshot.metricOf(MetricKind::Ces);
        const double top = metric ? metric->scaleMax : 7.0;
        axisX->setRange(0, top);
        // One tick per scale point: 0, 1, … 7.
        axisX->setTickCount(qBound(2, qRound(top) + 1, 12));
        axisX->setTitleText(tr("Mean effort score (higher is easier)"));
    } else {
        axisX->setRange(0, 100);
        axisX->setTitleText(tr("Satisfied or very satisfied (%)"));
    }
    axisX->setLabelFormat(QStringLiteral("%g"));
    chart->addAxis(axisY, Qt::AlignLeft);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisY);
    series->attachAxis(axisX);
    const std::optional<double> target = snapshot.targetOf(mKind);
    if (target) {
        auto *targetLine = new QLineSeries;
        targetLine->setName(tr("Target %1").arg(locale.toString(*target, 'g', 3)));
        targetLine->append(*target, -0.5);
        targetLine->append(*target, categories.size() - 0.5);
        targetLine->setPen(QPen(theme.riskHigh, 2, Qt::DashLine));
        chart->addSeries(targetLine);
        targetLine->attachAxis(axisX);
        targetLine->attachAxis(axisY);
    }
    if (smallCount == 0)
        chart->legend()->markers(series).at(1)->setVisible(false);
    chart->legend()->setAlignment(Qt::AlignBottom);
    styleChart(chart, theme);
    enough->setLabelColor(MapTheme::textOn(theme.metricAccent));
    small->setLabelColor(theme.text);
    replaceChart(mView, chart);
    QString caption = SampleQuality::label(total, locale);
    if (smallCount > 0)
        caption += QStringLiteral(" · ")
                + tr("hatched bars: touchpoints with fewer than %1 answers")
                          .arg(locale.toString(SampleQuality::kSmallSample));
    if (snapshot.personaFiltered())
        caption += QStringLiteral(" · ") + snapshot.segmentLabel();
    showChart(caption);
}

} // namespace cjm
