// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <optional>

namespace cjm {

class ScoreHistogram;

/**
 * The Net Promoter Score of a set of 0..10 "would you recommend" answers.
 *
 *   promoters  = answers 9–10,   p = promoters / n
 *   passives   = answers 7–8
 *   detractors = answers 0–6,    d = detractors / n
 *   NPS        = 100 · (p − d)                                  (−100 … +100)
 *
 * Margin of error at 95 % confidence (normal approximation). Each answer scores +1
 * (promoter), 0 (passive) or −1 (detractor), a trinomial variable with mean p − d and
 * variance E[X²] − E[X]² = (p + d) − (p − d)². The NPS is 100 × the sample mean, so
 *
 *   moe95 = 1.96 · sqrt((p + d − (p − d)²) / n) · 100           (in NPS points)
 *
 * e.g. 5 promoters, 3 passives, 2 detractors of n = 10: NPS = 50 − 20 = 30,
 * moe95 = 1.96 · sqrt((0.5 + 0.2 − 0.09) / 10) · 100 ≈ 48.4. The approximation is poor for
 * small samples: mark them (SampleQuality). All answers alike gives moe95 = 0.
 */
struct NpsResult
{
    /// Number of answers (scores 0..10).
    qint64 n = 0;
    qint64 promoters = 0;
    qint64 passives = 0;
    qint64 detractors = 0;
    /// Shares of n in percent (0–100); 0 without answers.
    double promoterPercent = 0.0;
    double passivePercent = 0.0;
    double detractorPercent = 0.0;
    /// %promoters − %detractors; none without answers.
    std::optional<double> value;
    /// 95 % margin of error in NPS points; none for n < 2 (one answer says nothing about spread).
    std::optional<double> moe95;

    bool isValid() const { return value.has_value(); }
    /// Lower end of the 95 % interval, not below −100; none where moe95 is none.
    std::optional<double> lower95() const;
    /// Upper end of the 95 % interval, not above +100; none where moe95 is none.
    std::optional<double> upper95() const;
};

/**
 * The NPS of a histogram of 0..10 answers. Scores outside 0..10 are no NPS answers and are
 * left out (of n too).
 */
NpsResult computeNps(const ScoreHistogram &histogram);

} // namespace cjm
