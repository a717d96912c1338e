// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/project.h"

#include <QDate>
#include <QRandomGenerator>
#include <QString>

namespace cjm {

/**
 * Builds a realistic synthetic project in memory: personas, journeys with
 * their default lanes, stages, touchpoints with an emotion curve, pain points,
 * opportunities that address them, insights as evidence, and NPS / CSAT / CES
 * metrics with a year of monthly measurements.
 *
 * Used by `journeystudio-cli generate`, the benchmarks and tests that need a
 * large or varied project. The result is the same for the same options (the
 * ids too: they come from the seeded generator), every value is inside its
 * field's range, and positions are dense and 0-based in every sibling group,
 * so it passes ProjectFile::validate() once written.
 *
 * The generated text is sample content in English, not user interface: it is
 * deliberately not translated.
 */
class ProjectGenerator
{
public:
    /// What to generate.
    struct Options
    {
        int journeys = 1;
        int stagesPerJourney = 6;
        /// Touchpoints of each journey, spread evenly over its stages (earlier stages take
        /// the remainder). Needs at least one stage per journey.
        int touchpointsPerJourney = 30;
        quint32 seed = 1;
        QString projectName = QStringLiteral("Generated project");
        /// Last day of the year of measurements; also the project's creation day,
        /// fixed so that the output does not depend on the clock.
        QDate referenceDate = QDate(2024, 12, 31);
    };

    explicit ProjectGenerator(const Options &options);

    /// Generates the project described by the options.
    Project generate();

private:
    QUuid nextId();
    int bounded(int lowest, int highest); ///< inclusive bounds
    bool chance(double probability);

    void makeInfo();
    void makePersonas();
    void makeJourney(int index);
    void makeLanes(const QUuid &journeyId);
    void linkPersonas(const QUuid &journeyId, int journeyIndex);
    QUuid makeStage(const QUuid &journeyId, int position);
    void makeTouchpoint(const QUuid &stageId, int position, double curveAt, bool toBe);
    /// Adds a pain point at `touchpoint` (or at its stage, for a touchpoint without id).
    QUuid makePainPoint(const Touchpoint &touchpoint);
    void makeOpportunity(const PainPoint &painPoint);
    void makeInsight(const Touchpoint &touchpoint, const QUuid &painPointId);
    void makeMetrics();
    void makeMeasurements(const Metric &metric, ScopeKind scopeKind, const QUuid &scopeId,
                          double level);
    /// Next dense position in the sibling group `key` of an entity list.
    int nextPosition(QHash<QUuid, int> &counters, const QUuid &key);

    Options mOptions;
    QRandomGenerator mRandom;
    Project mProject;
    QVector<QUuid> mPersonaIds;
    QUuid mLastAsIsJourney;
    double mCurvePhase = 0.0;
    QHash<QUuid, int> mPainPositions;
    QHash<QUuid, int> mOpportunityPositions;
    QHash<QUuid, int> mInsightPositions;
};

} // namespace cjm
