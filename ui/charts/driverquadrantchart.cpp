// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/driverquadrantchart.h"

#include "analytics/samplequality.h"
#include "charts/metricssnapshot.h"
#include "model/project.h"

#include <QChart>
#include <QChartView>
#include <QGraphicsSimpleTextItem>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>

namespace cjm {

namespace {

QColor quadrantColor(DriverAnalysis::Quadrant quadrant, const MapTheme &theme)
{
    switch (quadrant) {
    case DriverAnalysis::Quadrant::FixFirst:
        return theme.riskCritical;
    case DriverAnalysis::Quadrant::Maintain:
        return theme.emotionPositive;
    case DriverAnalysis::Quadrant::Monitor:
        return theme.riskMedium;
    case DriverAnalysis::Quadrant::LowerPriority:
        break;
    }
    return theme.mutedText;
}

} // namespace

DriverQuadrantChart::DriverQuadrantChart(QWidget *parent)
    : MetricChart(tr("Driver analysis: importance and performance"), parent),
      mView(new QChartView(this))
{
    mView->setRenderHint(QPainter::Antialiasing);
    mView->setChart(new QChart);
    setContent(mView);
}

void DriverQuadrantChart::refresh(const MetricsSnapshot &snapshot, const MapTheme &theme)
{
    styleFrame(theme);
    mQuadrantLabels.clear();
    mPointLabels.clear();
    mAnchor = nullptr;
    const DriverAnalysis &analysis = snapshot.drivers();
    const Project *project = snapshot.project();
    const QLocale &locale = snapshot.options().locale;
    if (!project || !analysis.importanceSplit() || !analysis.performanceSplit()) {
        showEmpty(!snapshot.hasSurveyData()
                          ? tr("No survey answers for this journey yet. Import survey data "
                               "with an NPS column and CSAT columns about touchpoints to see "
                               "which touchpoints drive the NPS.")
                          : tr("Driver analysis needs an NPS answer and CSAT answers about at "
                               "least two touchpoints from the same respondents."),
                  !snapshot.hasSurveyData());
        replaceChart(mView, new QChart);
        return;
    }
    auto *chart = new QChart;
    // Filled and hollow series per quadrant: the colour says the quadrant, the fill says
    // whether the importance rests on enough pairs.
    QScatterSeries *filled[4];
    QScatterSeries *hollow[4];
    for (int q = 0; q < 4; ++q) {
        const auto quadrant = DriverAnalysis::Quadrant(q);
        const QColor color = quadrantColor(quadrant, theme);
        filled[q] = new QScatterSeries;
        filled[q]->setName(DriverAnalysis::label(quadrant));
        filled[q]->setColor(color);
        filled[q]->setBorderColor(color);
        filled[q]->setMarkerSize(12);
        hollow[q] = new QScatterSeries;
        hollow[q]->setName(DriverAnalysis::label(quadrant));
        hollow[q]->setColor(theme.background);
        hollow[q]->setPen(QPen(color, 2));
        hollow[q]->setMarkerSize(12);
    }
    QHash<QScatterSeries *, QVector<QString>> titles;
    double minX = *analysis.performanceSplit(), maxX = minX;
    double minY = *analysis.importanceSplit(), maxY = minY;
    int shown = 0;
    int small = 0;
    qint64 pairs = 0;
    for (const DriverAnalysis::Driver &driver : analysis.drivers()) {
        if (!driver.quadrant)
            continue;
        const bool isSmall = SampleQuality::isSmall(driver.n);
        QScatterSeries *series = (isSmall ? hollow : filled)[int(*driver.quadrant)];
        series->append(*driver.performance, *driver.importance);
        const Touchpoint *touchpoint = project->touchpoints().find(driver.touchpointId);
        QString name = touchpoint ? touchpoint->title : QString();
        if (name.size() > 24)
            name = name.left(23) + QChar(0x2026);
        auto *pointLabel = new QGraphicsSimpleTextItem(name, chart);
        pointLabel->setBrush(theme.text);
        pointLabel->setZValue(10);
        mPointLabels.append({QPointF(*driver.performance, *driver.importance), pointLabel});
        titles[series].append(tr("%1\nimportance r = %2, mean %3, n = %4")
                                      .arg(touchpoint ? touchpoint->title : QString(),
                                           locale.toString(*driver.importance, 'f', 2),
                                           locale.toString(*driver.performance, 'f', 2),
                                           locale.toString(driver.n)));
        minX = std::min(minX, *driver.performance);
        maxX = std::max(maxX, *driver.performance);
        minY = std::min(minY, *driver.importance);
        maxY = std::max(maxY, *driver.importance);
        small += isSmall ? 1 : 0;
        pairs = std::max(pairs, driver.n);
        ++shown;
    }
    const double padX = std::max(0.1, (maxX - minX) * 0.15);
    const double padY = std::max(0.05, (maxY - minY) * 0.15);
    auto *axisX = new QValueAxis;
    axisX->setTitleText(tr("Performance (mean CSAT)"));
    axisX->setRange(minX - padX, maxX + padX);
    auto *axisY = new QValueAxis;
    axisY->setTitleText(tr("Importance (r with NPS)"));
    axisY->setRange(minY - padY, maxY + padY);
    auto *splitX = new QLineSeries;
    splitX->append(*analysis.performanceSplit(), minY - padY);
    splitX->append(*analysis.performanceSplit(), maxY + padY);
    auto *splitY = new QLineSeries;
    splitY->append(minX - padX, *analysis.importanceSplit());
    splitY->append(maxX + padX, *analysis.importanceSplit());
    for (QLineSeries *split : {splitX, splitY}) {
        split->setPen(QPen(theme.mutedText, 1, Qt::DashLine));
        chart->addSeries(split);
    }
    for (int q = 0; q < 4; ++q) {
        chart->addSeries(filled[q]);
        chart->addSeries(hollow[q]);
    }
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);
    const auto all = chart->series();
    for (QAbstractSeries *s : all) {
        s->attachAxis(axisX);
        s->attachAxis(axisY);
    }
    // The legend names the quadrants once: hide the split lines, the hollow twins and
    // quadrants nobody falls into.
    chart->legend()->markers(splitX).constFirst()->setVisible(false);
    chart->legend()->markers(splitY).constFirst()->setVisible(false);
    for (int q = 0; q < 4; ++q) {
        chart->legend()->markers(hollow[q]).constFirst()->setVisible(false);
        if (filled[q]->count() == 0 && hollow[q]->count() == 0)
            chart->legend()->markers(filled[q]).constFirst()->setVisible(false);
        for (QScatterSeries *series : {filled[q], hollow[q]}) {
            const QVector<QString> names = titles.value(series);
            connect(series, &QScatterSeries::hovered, this,
                    [names, series](const QPointF &point, bool state) {
                        if (!state)
                            return;
                        const auto points = series->points();
                        for (int i = 0; i < points.size() && i < names.size(); ++i) {
                            if (points.at(i) == point)
                                QToolTip::showText(QCursor::pos(), names.at(i));
                        }
                    });
        }
    }
    chart->legend()->setAlignment(Qt::AlignBottom);
    styleChart(chart, theme);
    const DriverAnalysis::Quadrant corners[4]
            = {DriverAnalysis::Quadrant::FixFirst, DriverAnalysis::Quadrant::Maintain,
               DriverAnalysis::Quadrant::Monitor, DriverAnalysis::Quadrant::LowerPriority};
    for (const DriverAnalysis::Quadrant quadrant : corners) {
        auto *label = new QGraphicsSimpleTextItem(DriverAnalysis::label(quadrant), chart);
        label->setBrush(quadrantColor(quadrant, theme));
        QFont font = label->font();
        font.setBold(true);
        label->setFont(font);
        mQuadrantLabels.append(label);
    }
    mAnchor = splitX;
    connect(chart, &QChart::plotAreaChanged, this, &DriverQuadrantChart::placeQuadrantLabels);
    replaceChart(mView, chart);
    placeQuadrantLabels();
    QString caption = tr("touchpoints: %1 · n = up to %2 respondents with both answers")
                              .arg(locale.toString(shown), locale.toString(pairs));
    if (small > 0)
        caption += QStringLiteral(" · ")
                + tr("hollow points: fewer than %1 pairs")
                          .arg(locale.toString(SampleQuality::kSmallSample));
    caption += QStringLiteral(" · ") + tr("lines: medians");
    showChart(caption);
}

void DriverQuadrantChart::placeQuadrantLabels()
{
    if (mQuadrantLabels.size() != 4)
        return;
    const QRectF area = mView->chart()->plotArea();
    const qreal margin = 6;
    // Order: fix first (top left), maintain (top right), monitor (bottom left), lower
    // priority (bottom right) — performance grows to the right, importance upwards.
    for (int i = 0; i < 4; ++i) {
        QGraphicsSimpleTextItem *label = mQuadrantLabels.at(i);
        const QRectF box = label->boundingRect();
        const qreal x = (i % 2 == 0) ? area.left() + margin : area.right() - box.width() - margin;
        const qreal y = (i < 2) ? area.top() + margin : area.bottom() - box.height() - margin;
        label->setPos(x, y);
    }
    if (!mAnchor)
        return;
    for (const auto &[value, label] : std::as_const(mPointLabels)) {
        const QPointF at = mView->chart()->mapToPosition(value, mAnchor);
        // Right of the marker, or left of it near the right edge.
        const qreal width = label->boundingRect().width();
        const qreal x = at.x() + 9 + width > area.right() ? at.x() - 9 - width : at.x() + 9;
        label->setPos(x, at.y() - label->boundingRect().height() / 2);
    }
}

} // namespace cjm
