// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <optional>

namespace cjm {

class ScoreHistogram;

/**
 * Customer satisfaction (CSAT) of a set of answers on a satisfaction scale.
 *
 *   value = 100 · (answers in the top two points of the scale) / n       ("top-two-box", %)
 *
 * On the usual 1..5 scale the top two points are 4 (satisfied) and 5 (very satisfied); on any
 * scale they are max − 1 and max, where max is the histogram's maxScore() — so build the
 * histogram on the metric's scale, not on the scores that happen to occur.
 */
struct CsatResult
{
    /// Number of answers.
    qint64 n = 0;
    /// Answers in the top two points.
    qint64 topTwoBox = 0;
    /// Top-two-box share in percent (0–100); none without answers.
    std::optional<double> value;
    /// Mean score; none without answers.
    std::optional<double> mean;

    bool isValid() const { return value.has_value(); }
};

/// The CSAT of `histogram` (see CsatResult).
CsatResult computeCsat(const ScoreHistogram &histogram);

} // namespace cjm
