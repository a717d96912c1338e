// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUuid>

#include <optional>

namespace cjm {

class Project;
struct PainPoint;

/**
 * The risk of a pain point and the revenue it puts at risk.
 *
 * Risk score = severity × likelihood (each 1..5, so 1..25); the level follows the score:
 *
 *   likelihood →     1      2      3      4      5
 *   severity 5       5 M   10 H   15 H   20 C   25 C
 *   severity 4       4 L    8 M   12 H   16 H   20 C
 *   severity 3       3 L    6 M    9 M   12 H   15 H
 *   severity 2       2 L    4 L    6 M    8 M   10 H
 *   severity 1       1 L    2 L    3 L    4 L    5 M
 *
 *   L low 1–4 · M medium 5–9 · H high 10–16 · C critical 17–25
 *
 * Ratings outside 1..5 (which the loader refuses anyway) are clamped to 1..5, never trusted.
 */
class RiskAssessment
{
    Q_DECLARE_TR_FUNCTIONS(cjm::RiskAssessment)

public:
    /// Risk level, from the score bands above.
    enum class Level { Low = 0, Medium = 1, High = 2, Critical = 3 };

    /// severity × likelihood, each clamped to 1..5: 1..25.
    static int score(int severity, int likelihood);
    static int score(const PainPoint &painPoint);
    /// The level of a score (scores below 1 are low, above 25 critical).
    static Level level(int score);
    static Level level(const PainPoint &painPoint);
    /// The level's name for users ("Low", "Medium", "High", "Critical").
    static QString label(Level level);

    /**
     * Revenue at risk from a pain point:
     *
     *   customers × customersAffectedPercent / 100 × valuePerCustomer
     *
     * with `customers` the customers of the segment the percentage refers to and
     * `valuePerCustomer` their yearly value. Negative inputs count as 0.
     */
    static double revenueAtRisk(double customersAffectedPercent, double customers,
                                double valuePerCustomer);

    /**
     * Revenue at risk from the pain point `painPointId` of `project`, the project serving
     * `totalCustomers` customers in all:
     *
     *   persona customers = totalCustomers × persona.sharePercent / 100
     *   revenue at risk   = revenueAtRisk(painPoint.customersAffected, persona customers,
     *                                     persona.valuePerCustomer)
     *
     * The persona is the FIRST persona of the pain point's journey (journey → persona links in
     * their order): a pain point holds no persona of its own and its customersAffected is "%
     * of the persona's customers", so it must be read against one segment — the journey's
     * primary persona, the one the map is drawn for. Summing over all the journey's personas
     * would claim the same % of every segment, which nobody measured.
     *
     * (A link to a persona that no longer exists is skipped.) None when the pain point, its
     * stage's journey or any persona of that journey does not exist.
     */
    static std::optional<double> revenueAtRisk(const Project &project, const QUuid &painPointId,
                                               double totalCustomers);
};

} // namespace cjm
