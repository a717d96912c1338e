// SPDX-License-Identifier: GPL-3.0-or-later
#include "pairsums.h"

#include <algorithm>
#include <cmath>

namespace cjm {

void PairSums::add(double x, double y)
{
    ++n;
    sumX += x;
    sumY += y;
    sumXX += x * x;
    sumYY += y * y;
    sumXY += x * y;
}

PairSums &PairSums::operator+=(const PairSums &other)
{
    n += other.n;
    sumX += other.sumX;
    sumY += other.sumY;
    sumXX += other.sumXX;
    sumYY += other.sumYY;
    sumXY += other.sumXY;
    return *this;
}

std::optional<double> PairSums::meanX() const
{
    return n > 0 ? std::optional<double>(sumX / double(n)) : std::nullopt;
}

std::optional<double> PairSums::meanY() const
{
    return n > 0 ? std::optional<double>(sumY / double(n)) : std::nullopt;
}

std::optional<double> PairSums::correlation() const
{
    if (n < kMinPairs)
        return std::nullopt;
    const double count = double(n);
    const double sxx = sumXX - sumX * sumX / count;
    const double syy = sumYY - sumY * sumY / count;
    const double sxy = sumXY - sumX * sumY / count;
    // Σx² − (Σx)²/n cancels: a constant score may leave a rounding residue, not a variance.
    constexpr double kRelative = 1e-12;
    if (sxx <= kRelative * std::abs(sumXX) || syy <= kRelative * std::abs(sumYY))
        return std::nullopt;
    return std::clamp(sxy / std::sqrt(sxx * syy), -1.0, 1.0);
}

bool PairSums::operator==(const PairSums &other) const
{
    return n == other.n && sumX == other.sumX && sumY == other.sumY && sumXX == other.sumXX
            && sumYY == other.sumYY && sumXY == other.sumXY;
}

} // namespace cjm
