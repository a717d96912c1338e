// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <optional>

namespace cjm {

/**
 * Additive sums of paired answers (x, y) — x a scoped score (e.g. a touchpoint's rating),
 * y the overall answer of the same respondent (e.g. the NPS question) — mirroring the
 * columns n, sum_x, sum_y, sum_xx, sum_yy, sum_xy of survey_pair_sums. Sums of days,
 * personas or imports add up (operator+=), so a correlation over any selection is computed
 * from a few aggregated rows, never from the answers themselves.
 */
struct PairSums
{
    qint64 n = 0;
    double sumX = 0.0;
    double sumY = 0.0;
    double sumXX = 0.0;
    double sumYY = 0.0;
    double sumXY = 0.0;

    /// Fewer pairs than this give no correlation (two points always lie on a line: r = ±1).
    static constexpr qint64 kMinPairs = 3;

    /// Adds one respondent's pair.
    void add(double x, double y);
    PairSums &operator+=(const PairSums &other);

    /// Mean of x; none without pairs.
    std::optional<double> meanX() const;
    /// Mean of y; none without pairs.
    std::optional<double> meanY() const;

    /**
     * Pearson's correlation coefficient of x and y:
     *
     *   Sxx = Σx² − (Σx)²/n    Syy = Σy² − (Σy)²/n    Sxy = Σxy − Σx·Σy/n
     *   r   = Sxy / sqrt(Sxx · Syy)                     (−1 … +1)
     *
     * None for n < kMinPairs, and when x or y does not vary (Sxx or Syy zero, within rounding
     * of 1e-12 relative to Σx² resp. Σy²): a score everybody gave alike explains nothing.
     */
    std::optional<double> correlation() const;

    bool operator==(const PairSums &other) const;
    bool operator!=(const PairSums &other) const { return !(*this == other); }
};

} // namespace cjm
