// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "charts/metricchart.h"

#include <QPointF>
#include <QVector>

#include <utility>

class QAbstractSeries;
class QChartView;
class QGraphicsSimpleTextItem;

namespace cjm {

/**
 * Driver analysis as a scatter: each touchpoint's performance (mean CSAT) against its
 * importance (correlation with the NPS answer), the median lines that split the plane, and
 * the quadrants named in their corners (fix first, maintain, monitor, lower priority).
 * Touchpoints whose importance rests on fewer than 30 pairs are hollow.
 */
class DriverQuadrantChart : public MetricChart
{
    Q_OBJECT

public:
    explicit DriverQuadrantChart(QWidget *parent = nullptr);

    void refresh(const MetricsSnapshot &snapshot, const MapTheme &theme) override;

    QChartView *view() const { return mView; }

private:
    /// Puts the quadrant names into the plot area's corners (after every resize).
    void placeQuadrantLabels();

    QChartView *mView;
    QVector<QGraphicsSimpleTextItem *> mQuadrantLabels;
    /// Touchpoint names next to their points (exports carry no tooltips).
    QVector<std::pair<QPointF, QGraphicsSimpleTextItem *>> mPointLabels;
    /// A series on both axes, to map values to positions.
    QAbstractSeries *mAnchor = nullptr;
};

} // namespace cjm
