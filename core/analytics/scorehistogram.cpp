// SPDX-License-Identifier: GPL-3.0-or-later
#include "scorehistogram.h"

#include <algorithm>
#include <cmath>

namespace cjm {

ScoreHistogram::ScoreHistogram() : ScoreHistogram(0, 10) {}

ScoreHistogram::ScoreHistogram(int minScore, int maxScore) : mMin(std::min(minScore, maxScore))
{
    // In 64 bits: INT_MIN..INT_MAX must not overflow.
    const qint64 width = qint64(std::max(minScore, maxScore)) - mMin + 1;
    mCounts.fill(0, int(std::min<qint64>(width, kMaxWidth)));
}

bool ScoreHistogram::add(double score, qint64 count)
{
    // Scores arrive as REAL from SQLite: accept a whole number, nothing in between.
    const double rounded = std::round(score);
    if (!std::isfinite(score) || std::abs(score - rounded) > 1e-9 || count < 0)
        return false;
    if (rounded < mMin || rounded > maxScore())
        return false;
    mCounts[int(rounded) - mMin] += count;
    mN += count;
    return true;
}

ScoreHistogram &ScoreHistogram::operator+=(const ScoreHistogram &other)
{
    widen(other.minScore(), other.maxScore());
    for (int i = 0; i < other.mCounts.size(); ++i)
        add(double(other.mMin) + i, other.mCounts.at(i));
    return *this;
}

void ScoreHistogram::widen(int from, int to)
{
    const int newMin = std::min(mMin, from);
    const int newMax = std::max(maxScore(), to);
    if (newMin == mMin && newMax == maxScore())
        return;
    if (qint64(newMax) - newMin + 1 > kMaxWidth)
        return;
    QVector<qint64> counts(newMax - newMin + 1, 0);
    for (int i = 0; i < mCounts.size(); ++i)
        counts[mMin + i - newMin] = mCounts.at(i);
    mCounts = counts;
    mMin = newMin;
}

qint64 ScoreHistogram::count(int score) const
{
    return score < mMin || score > maxScore() ? 0 : mCounts.at(score - mMin);
}

qint64 ScoreHistogram::countInRange(int from, int to) const
{
    qint64 total = 0;
    for (int score = std::max(from, mMin); score <= std::min(to, maxScore()); ++score)
        total += mCounts.at(score - mMin);
    return total;
}

std::optional<double> ScoreHistogram::mean() const
{
    if (mN == 0)
        return std::nullopt;
    double sum = 0.0;
    for (int i = 0; i < mCounts.size(); ++i)
        sum += double(mMin + i) * double(mCounts.at(i));
    return sum / double(mN);
}

int ScoreHistogram::scoreAtRank(qint64 rank) const
{
    qint64 seen = 0;
    for (int i = 0; i < mCounts.size(); ++i) {
        seen += mCounts.at(i);
        if (seen >= rank)
            return mMin + i;
    }
    return maxScore(); // not reached for rank in 1..n
}

std::optional<double> ScoreHistogram::median() const
{
    if (mN == 0)
        return std::nullopt;
    if (mN % 2 == 1)
        return double(scoreAtRank(mN / 2 + 1));
    return (double(scoreAtRank(mN / 2)) + double(scoreAtRank(mN / 2 + 1))) / 2.0;
}

std::optional<double> ScoreHistogram::variance() const
{
    if (mN < 2)
        return std::nullopt;
    // Two passes over the bins (not Σx² − n·mean²): no cancellation on large samples.
    const double m = *mean();
    double squares = 0.0;
    for (int i = 0; i < mCounts.size(); ++i) {
        const double d = double(mMin + i) - m;
        squares += d * d * double(mCounts.at(i));
    }
    return squares / double(mN - 1);
}

bool ScoreHistogram::operator==(const ScoreHistogram &other) const
{
    return mMin == other.mMin && mCounts == other.mCounts;
}

} // namespace cjm
