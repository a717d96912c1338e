// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/project.h"

#include <QHash>
#include <QSet>
#include <QUuid>
#include <QVector>

namespace cjm {

/**
 * What one journey's map shows, grouped for lookup: stages in order, each
 * stage's touchpoints, the pain points / opportunities / insights of each
 * touchpoint or stage, user-lane cells, metrics by scope and their latest
 * measurement. Built in one pass over each entity list, so laying out a
 * large journey costs O(n log n) rather than a scan per stage or touchpoint.
 */
class JourneyIndex
{
public:
    JourneyIndex(const Project &project, const QUuid &journeyId);

    /// The project indexed.
    const Project &project() const { return mProject; }
    const QVector<const Stage *> &stages() const { return mStages; }
    /// The touchpoints of a stage of this journey, by position.
    const QVector<const Touchpoint *> &touchpointsOf(const QUuid &stageId) const;
    /// Pain points of a touchpoint, or of a stage as a whole given a stage id; by position.
    const QVector<const PainPoint *> &painPointsOf(const QUuid &ownerId) const;
    const QVector<const Opportunity *> &opportunitiesOf(const QUuid &ownerId) const;
    const QVector<const Insight *> &insightsOf(const QUuid &ownerId) const;
    /// The text of a user lane under a touchpoint; null if none was written.
    const LaneCell *cellOf(const QUuid &laneId, const QUuid &touchpointId) const;
    /// Metrics whose scope is this journey, one of its stages or touchpoints (by scope id).
    const QVector<const Metric *> &metricsOf(const QUuid &scopeId) const;
    /// The measurement of a metric for a scope with the latest period; null if none.
    const Measurement *latestMeasurement(const QUuid &metricId, const QUuid &scopeId) const;
    /**
     * The latest measurement of each metric measured at touchpoint `touchpointId` whose
     * own scope is elsewhere (e.g. a project CSAT that survey answers rate per touchpoint):
     * the figures the touchpoint's card carries as badges. In metric order.
     */
    const QVector<const Measurement *> &badgesOf(const QUuid &touchpointId) const;

private:
    void indexBadges(const Project &project);
    template<class T>
    void group(const EntityList<T> &list, QHash<QUuid, QVector<const T *>> *groups);

    const Project &mProject;
    QVector<const Stage *> mStages;
    QSet<QUuid> mStageIds;
    QSet<QUuid> mScopeIds;
    QHash<QUuid, QVector<const Touchpoint *>> mTouchpoints;
    QHash<QUuid, QVector<const PainPoint *>> mPainPoints;
    QHash<QUuid, QVector<const Opportunity *>> mOpportunities;
    QHash<QUuid, QVector<const Insight *>> mInsights;
    QHash<QPair<QUuid, QUuid>, const LaneCell *> mCells;
    QHash<QUuid, QVector<const Metric *>> mMetrics;
    QHash<QPair<QUuid, QUuid>, const Measurement *> mLatest;
    QHash<QUuid, QVector<const Measurement *>> mBadges;
};

} // namespace cjm
