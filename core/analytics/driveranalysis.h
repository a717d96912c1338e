// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pairsums.h"

#include <QCoreApplication>
#include <QString>
#include <QUuid>
#include <QVector>

#include <optional>

namespace cjm {

/**
 * Driver analysis: which touchpoints matter for the overall score, and how well each does.
 *
 *   importance  = Pearson r between the touchpoint's score and the overall answer of the same
 *                 respondents (PairSums::correlation(); none for n < 3 or no variance)
 *   performance = the touchpoint's mean score, given by the caller (from its histogram, all
 *                 its answers, not only the paired ones)
 *
 * Quadrants split both axes at the MEDIAN over the touchpoints that have both values (not
 * the mean: one extreme touchpoint must not drag the split so that all others fall on one
 * side; the median halves the set). A value equal to the split counts as high.
 *
 *                      performance low     performance high
 *   importance high    FixFirst            Maintain
 *   importance low     Monitor             LowerPriority
 *
 * A touchpoint without importance or performance (nobody rated it, too few pairs, a score
 * everybody gave alike) gets no quadrant. Fewer than two classifiable touchpoints get no
 * quadrants at all: a split through a single point says nothing. Performance means must
 * share one scale across the touchpoints compared.
 */
class DriverAnalysis
{
    Q_DECLARE_TR_FUNCTIONS(cjm::DriverAnalysis)

public:
    /// Where a touchpoint falls on the importance × performance grid.
    enum class Quadrant { FixFirst = 0, Maintain = 1, Monitor = 2, LowerPriority = 3 };

    /// One touchpoint's data.
    struct Input
    {
        QUuid touchpointId;
        /// Paired (touchpoint score, overall answer) sums.
        PairSums sums;
        /// Mean score of the touchpoint; none when nobody rated it.
        std::optional<double> performance;
    };

    /// One touchpoint's result.
    struct Driver
    {
        QUuid touchpointId;
        /// Pairs behind the importance.
        qint64 n = 0;
        std::optional<double> importance;
        std::optional<double> performance;
        std::optional<Quadrant> quadrant;
    };

    /// Analyses `inputs`; the drivers keep the inputs' order.
    static DriverAnalysis compute(const QVector<Input> &inputs);

    const QVector<Driver> &drivers() const { return mDrivers; }
    /// Median importance of the classified touchpoints; none if fewer than two.
    std::optional<double> importanceSplit() const { return mImportanceSplit; }
    /// Median performance of the classified touchpoints; none if fewer than two.
    std::optional<double> performanceSplit() const { return mPerformanceSplit; }

    /// The quadrant of a point given the two splits (values equal to a split are high).
    static Quadrant quadrantOf(double importance, double performance, double importanceSplit,
                               double performanceSplit);
    /// The quadrant's name for users ("Fix first", "Maintain", "Monitor", "Lower priority").
    static QString label(Quadrant quadrant);

private:
    QVector<Driver> mDrivers;
    std::optional<double> mImportanceSplit;
    std::optional<double> mPerformanceSplit;
};

} // namespace cjm
