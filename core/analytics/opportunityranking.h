// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUuid>
#include <QVector>

namespace cjm {

class Project;

/**
 * Opportunities (improvement actions) in the order to take them up: most pain-point risk
 * removed per unit of effort first.
 *
 *   risk addressed = Σ severity × likelihood of the pain points the opportunity addresses
 *                    (opportunity → pain point links; links to removed pain points count 0)
 *   priority       = risk addressed / effort            (effort 1..5, clamped)
 *
 * Sorted by priority, highest first; equal priorities by title (case-insensitive, then
 * case-sensitive), then by id, so the order is the same on every run and machine.
 * Opportunities addressing no pain point are listed last with priority 0.
 */
class OpportunityRanking
{
public:
    /// One ranked opportunity.
    struct Entry
    {
        QUuid opportunityId;
        QString title;
        /// Pain points it addresses (that exist).
        int painPoints = 0;
        /// Σ risk scores of those pain points.
        int riskAddressed = 0;
        /// The effort used (clamped to 1..5).
        int effort = 1;
        /// riskAddressed / effort.
        double priority = 0.0;
    };

    /// Every opportunity of `project`, ranked.
    static QVector<Entry> rank(const Project &project);
    /// Whether `a` ranks before `b` (the order described above).
    static bool before(const Entry &a, const Entry &b);
};

} // namespace cjm
