// SPDX-License-Identifier: GPL-3.0-or-later
#include "customresult.h"

#include "scorehistogram.h"

namespace cjm {

CustomResult computeCustom(const ScoreHistogram &histogram)
{
    CustomResult r;
    r.n = histogram.n();
    r.mean = histogram.mean();
    r.median = histogram.median();
    return r;
}

} // namespace cjm
