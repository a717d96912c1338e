// SPDX-License-Identifier: GPL-3.0-or-later
#include "targetcomparison.h"

#include "model/metric.h"

#include <algorithm>
#include <cmath>

namespace cjm {

TargetComparison TargetComparison::compare(MetricDirection direction, double value, double target)
{
    TargetComparison c;
    c.gap = direction == MetricDirection::LowerIsBetter ? target - value : value - target;
    const double tolerance = 1e-9 * std::max(1.0, std::abs(target));
    c.meets = c.gap >= -tolerance;
    return c;
}

std::optional<TargetComparison> TargetComparison::compare(const Metric &metric, double value)
{
    if (!metric.target)
        return std::nullopt;
    return compare(metric.direction, value, *metric.target);
}

} // namespace cjm
