// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <optional>

namespace cjm {

class ScoreHistogram;

/**
 * Customer effort score (CES) of a set of answers to "the company made it easy to …",
 * usually on a 1..7 agreement scale (1 strongly disagree … 7 strongly agree).
 *
 *   mean  = Σ score / n
 *   agree = 100 · (answers above the scale's midpoint) / n                              (%)
 *
 * The midpoint is (min + max) / 2 of the histogram's scale: on 1..7 it is 4 (neutral), so
 * "agree" counts 5, 6 and 7; on 1..5 it counts 4 and 5. Build the histogram on the metric's
 * scale.
 */
struct CesResult
{
    /// Number of answers.
    qint64 n = 0;
    /// Answers above the midpoint.
    qint64 agreeing = 0;
    /// Mean score; none without answers.
    std::optional<double> mean;
    /// Share agreeing in percent (0–100); none without answers.
    std::optional<double> agreePercent;

    bool isValid() const { return mean.has_value(); }
};

/// The CES of `histogram` (see CesResult).
CesResult computeCes(const ScoreHistogram &histogram);

} // namespace cjm
