// SPDX-License-Identifier: GPL-3.0-or-later
#include "csatresult.h"

#include "scorehistogram.h"

namespace cjm {

CsatResult computeCsat(const ScoreHistogram &histogram)
{
    CsatResult r;
    r.n = histogram.n();
    if (r.n == 0)
        return r;
    r.topTwoBox = histogram.countInRange(histogram.maxScore() - 1, histogram.maxScore());
    r.value = 100.0 * double(r.topTwoBox) / double(r.n);
    r.mean = histogram.mean();
    return r;
}

} // namespace cjm
