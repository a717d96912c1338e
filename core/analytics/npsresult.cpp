// SPDX-License-Identifier: GPL-3.0-or-later
#include "npsresult.h"

#include "scorehistogram.h"

#include <algorithm>
#include <cmath>

namespace cjm {

namespace {

/// z of the two-sided 95 % interval of the normal distribution.
constexpr double kZ95 = 1.96;

} // namespace

std::optional<double> NpsResult::lower95() const
{
    if (!value || !moe95)
        return std::nullopt;
    return std::max(-100.0, *value - *moe95);
}

std::optional<double> NpsResult::upper95() const
{
    if (!value || !moe95)
        return std::nullopt;
    return std::min(100.0, *value + *moe95);
}

NpsResult computeNps(const ScoreHistogram &histogram)
{
    NpsResult r;
    r.promoters = histogram.countInRange(9, 10);
    r.passives = histogram.countInRange(7, 8);
    r.detractors = histogram.countInRange(0, 6);
    r.n = r.promoters + r.passives + r.detractors;
    if (r.n == 0)
        return r;
    const double n = double(r.n);
    const double p = double(r.promoters) / n;
    const double d = double(r.detractors) / n;
    r.promoterPercent = 100.0 * p;
    r.passivePercent = 100.0 * double(r.passives) / n;
    r.detractorPercent = 100.0 * d;
    r.value = r.promoterPercent - r.detractorPercent;
    if (r.n >= 2) {
        // Rounding can make a zero variance (all answers alike) a hair negative.
        const double variance = std::max(0.0, p + d - (p - d) * (p - d));
        r.moe95 = kZ95 * std::sqrt(variance / n) * 100.0;
    }
    return r;
}

} // namespace cjm
