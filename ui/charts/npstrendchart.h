// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "charts/metricchart.h"

class QChartView;

namespace cjm {

/**
 * NPS per period (week, month or quarter) with its 95 % margin of error as a band and the
 * NPS metric's target as a line. Periods with fewer than 30 answers get hollow points: their
 * band is wide and their value moves with a single answer.
 */
class NpsTrendChart : public MetricChart
{
    Q_OBJECT

public:
    explicit NpsTrendChart(QWidget *parent = nullptr);

    void refresh(const MetricsSnapshot &snapshot, const MapTheme &theme) override;

    QChartView *view() const { return mView; }

private:
    QChartView *mView;
};

} // namespace cjm
