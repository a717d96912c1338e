// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "render/maptheme.h"

#include <QWidget>

#include <array>

namespace cjm {

/**
 * The 5 × 5 severity × likelihood grid of RiskAssessment, painted: each cell in its risk
 * level's colour with the number of pain points that fall into it, and the level bands
 * written out under the grid (low 1–4, medium 5–9, high 10–16, critical 17–25).
 */
class RiskMatrixGrid : public QWidget
{
    Q_OBJECT

public:
    explicit RiskMatrixGrid(QWidget *parent = nullptr);

    /// Pain points per cell: counts[severity − 1][likelihood − 1].
    using Counts = std::array<std::array<int, 5>, 5>;

    void setCounts(const Counts &counts, const MapTheme &theme);
    /// The pain points with this severity and likelihood (each 1..5).
    int count(int severity, int likelihood) const;

    QSize sizeHint() const override { return {520, 360}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    Counts mCounts{};
    MapTheme mTheme = MapTheme::light();
};

} // namespace cjm
