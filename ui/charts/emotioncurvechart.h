// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "charts/metricchart.h"

class QChartView;

namespace cjm {

/**
 * The journey's emotion curve: each touchpoint's emotion (−2 … +2) in map order as it is
 * today, and as it should be (the touchpoint's to-be emotion where one is set, else
 * unchanged), for the persona(s) the journey is drawn for. It needs no survey data.
 */
class EmotionCurveChart : public MetricChart
{
    Q_OBJECT

public:
    explicit EmotionCurveChart(QWidget *parent = nullptr);

    void refresh(const MetricsSnapshot &snapshot, const MapTheme &theme) override;

    QChartView *view() const { return mView; }

private:
    QChartView *mView;
};

} // namespace cjm
