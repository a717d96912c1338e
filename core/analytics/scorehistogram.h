// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QVector>

#include <optional>

namespace cjm {

/**
 * How many answers gave each integer score of a scale (e.g. 0..10 for NPS, 1..5 for CSAT).
 *
 * Every NPS, CSAT, CES and custom figure is a function of this histogram, so survey data is
 * aggregated to it in SQL (table survey_histogram) and never loaded answer by answer. It is
 * additive: histograms of days, personas or imports add up to the histogram of their union.
 * Mean, median and variance are exact (no binning error): each bin is one integer score.
 */
class ScoreHistogram
{
public:
    /// An empty histogram of the scale 0..10.
    ScoreHistogram();
    /**
     * An empty histogram of the scale minScore..maxScore (inclusive; swapped if reversed). A
     * scale wider than kMaxWidth points is cut to minScore..minScore + kMaxWidth − 1, so a
     * corrupt metric definition cannot make us allocate gigabytes.
     */
    ScoreHistogram(int minScore, int maxScore);

    /// The widest scale a histogram holds.
    static constexpr int kMaxWidth = 10001;

    int minScore() const { return mMin; }
    int maxScore() const { return mMin + int(mCounts.size()) - 1; }

    /**
     * Adds `count` answers of `score`. A score must be a whole number on the scale and a count
     * at least 0; anything else is not added and gives false, so bad survey rows cannot skew a
     * figure silently.
     */
    bool add(double score, qint64 count = 1);

    /**
     * Adds the counts of `other`; the scale widens to cover both. (Should the two scales
     * together be wider than kMaxWidth, the scale stays and `other`'s counts off it are left
     * out: same-metric histograms share one scale, so this only guards against nonsense.)
     */
    ScoreHistogram &operator+=(const ScoreHistogram &other);

    /// Answers of `score` (0 off the scale).
    qint64 count(int score) const;
    /// Answers with a score in from..to (inclusive, clipped to the scale).
    qint64 countInRange(int from, int to) const;
    /// Number of answers.
    qint64 n() const { return mN; }
    bool isEmpty() const { return mN == 0; }

    /// Arithmetic mean; none without answers.
    std::optional<double> mean() const;
    /// Median; for an even n the mean of the two middle scores. None without answers.
    std::optional<double> median() const;
    /**
     * Sample variance Σ(x − mean)² / (n − 1) (the unbiased estimate of the population's
     * variance, as used for confidence intervals); none for n < 2.
     */
    std::optional<double> variance() const;

    /// Same scale and same counts.
    bool operator==(const ScoreHistogram &other) const;
    bool operator!=(const ScoreHistogram &other) const { return !(*this == other); }

private:
    /// The score at 1-based `rank` in ascending order; rank must be in 1..n.
    int scoreAtRank(qint64 rank) const;
    /// Grows the scale so that it covers from..to.
    void widen(int from, int to);

    int mMin = 0;
    QVector<qint64> mCounts; ///< mCounts[i] answers of score mMin + i
    qint64 mN = 0;
};

} // namespace cjm
