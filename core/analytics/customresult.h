// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <optional>

namespace cjm {

class ScoreHistogram;

/**
 * Summary of a custom metric's answers: mean and median (the median too, because custom
 * scales are often skewed, e.g. waiting times), with the sample size every figure shows.
 */
struct CustomResult
{
    /// Number of answers.
    qint64 n = 0;
    /// Mean; none without answers.
    std::optional<double> mean;
    /// Median (even n: mean of the two middle scores); none without answers.
    std::optional<double> median;

    bool isValid() const { return mean.has_value(); }
};

/// The summary of `histogram` (see CustomResult).
CustomResult computeCustom(const ScoreHistogram &histogram);

} // namespace cjm
