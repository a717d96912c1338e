// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "charts/metricchart.h"

class QChartView;
class QComboBox;

namespace cjm {

/**
 * Promoters, passives and detractors as shares of each stage's or each segment's NPS
 * answers (stacked to 100 %), with n per bar; bars with fewer than 30 answers say so.
 */
class NpsBreakdownChart : public MetricChart
{
    Q_OBJECT

public:
    /// What the bars stand for.
    enum class Mode { ByStage = 0, BySegment = 1 };

    explicit NpsBreakdownChart(QWidget *parent = nullptr);

    void refresh(const MetricsSnapshot &snapshot, const MapTheme &theme) override;

    Mode mode() const;
    void setMode(Mode mode);
    QChartView *view() const { return mView; }

Q_SIGNALS:
    /// The user chose another mode: the view refreshes.
    void modeChanged();

private:
    QChartView *mView;
    QComboBox *mModeBox;
};

} // namespace cjm
