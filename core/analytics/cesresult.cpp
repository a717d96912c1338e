// SPDX-License-Identifier: GPL-3.0-or-later
#include "cesresult.h"

#include "scorehistogram.h"

#include <cmath>

namespace cjm {

CesResult computeCes(const ScoreHistogram &histogram)
{
    CesResult r;
    r.n = histogram.n();
    if (r.n == 0)
        return r;
    // First whole score strictly above the midpoint: 1..7 → 5, 1..5 → 4, 1..6 → 4.
    // floor, not int division: −3..2 has midpoint −0.5, so 0 agrees.
    const double midpoint = (double(histogram.minScore()) + histogram.maxScore()) / 2.0;
    const int firstAgree = int(std::floor(midpoint)) + 1;
    r.agreeing = histogram.countInRange(firstAgree, histogram.maxScore());
    r.mean = histogram.mean();
    r.agreePercent = 100.0 * double(r.agreeing) / double(r.n);
    return r;
}

} // namespace cjm
