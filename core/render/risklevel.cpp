// SPDX-License-Identifier: GPL-3.0-or-later
#include "risklevel.h"

namespace cjm {

RiskLevel riskLevel(int severity, int likelihood)
{
    const int score = severity * likelihood;
    if (score >= 17)
        return RiskLevel::Critical;
    if (score >= 10)
        return RiskLevel::High;
    if (score >= 5)
        return RiskLevel::Medium;
    return RiskLevel::Low;
}

} // namespace cjm
