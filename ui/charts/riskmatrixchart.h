// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "charts/metricchart.h"

namespace cjm {

class RiskMatrixGrid;

/**
 * The journey's pain points on the severity × likelihood risk matrix (RiskAssessment),
 * counted per cell and coloured by risk level. It needs no survey data.
 */
class RiskMatrixChart : public MetricChart
{
    Q_OBJECT

public:
    explicit RiskMatrixChart(QWidget *parent = nullptr);

    void refresh(const MetricsSnapshot &snapshot, const MapTheme &theme) override;

    RiskMatrixGrid *grid() const { return mGrid; }

private:
    RiskMatrixGrid *mGrid;
};

} // namespace cjm
