// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace cjm {

/// Risk of a pain point, from severity × likelihood (each 1..5).
enum class RiskLevel { Low = 0, Medium = 1, High = 2, Critical = 3 };

/// severity × likelihood: 1–4 low, 5–9 medium, 10–16 high, 17–25 critical.
RiskLevel riskLevel(int severity, int likelihood);

} // namespace cjm
