// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/enums.h"

#include <optional>

namespace cjm {

struct Metric;

/**
 * How a metric's value stands against its target, whichever way the metric points.
 *
 *   gap = value − target     when higher is better (NPS, CSAT, …)
 *   gap = target − value     when lower is better (waiting time, effort on a "hard" scale, …)
 *
 * So a positive gap is always "better than the target by gap", a negative one "short of it by
 * −gap", in the metric's unit (NPS points, percentage points, minutes …), and the value meets
 * the target when gap ≥ 0. Values within 1e-9 (relative) of the target count as meeting it,
 * so that rounding in a computed figure (0.3 · 100 = 30.000000000000004) decides nothing.
 */
struct TargetComparison
{
    /// Whether the value reaches the target.
    bool meets = false;
    /// Signed distance to the target; positive = better than the target.
    double gap = 0.0;

    /// Compares `value` with `target` for a metric pointing in `direction`.
    static TargetComparison compare(MetricDirection direction, double value, double target);
    /// Compares `value` with `metric`'s target; none when the metric has no target.
    static std::optional<TargetComparison> compare(const Metric &metric, double value);
};

} // namespace cjm
