// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "charts/metricchart.h"
#include "model/enums.h"

class QChartView;

namespace cjm {

/**
 * CSAT (top-two-box %) or CES (mean) per touchpoint of the journey, with the metric's target
 * as a line. Touchpoints with fewer than 30 answers are drawn hatched and say so; touchpoints
 * nobody rated are left out rather than drawn as zero.
 */
class TouchpointScoreChart : public MetricChart
{
    Q_OBJECT

public:
    /// `kind` is MetricKind::Csat or MetricKind::Ces.
    explicit TouchpointScoreChart(MetricKind kind, QWidget *parent = nullptr);

    void refresh(const MetricsSnapshot &snapshot, const MapTheme &theme) override;

    MetricKind kind() const { return mKind; }
    QChartView *view() const { return mView; }

private:
    MetricKind mKind;
    QChartView *mView;
};

} // namespace cjm
