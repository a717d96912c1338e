// SPDX-License-Identifier: GPL-3.0-or-later
#include "journeyindex.h"

#include <algorithm>

namespace cjm {

namespace {

template<class T>
const QVector<const T *> &valueOrEmpty(const QHash<QUuid, QVector<const T *>> &hash,
                                       const QUuid &key)
{
    static const QVector<const T *> empty;
    const auto it = hash.constFind(key);
    return it == hash.constEnd() ? empty : *it;
}

template<class T>
void sortByPosition(QHash<QUuid, QVector<const T *>> *groups)
{
    for (auto &group : *groups) {
        std::stable_sort(group.begin(), group.end(),
                         [](const T *a, const T *b) { return a->position < b->position; });
    }
}

} // namespace

JourneyIndex::JourneyIndex(const Project &project, const QUuid &journeyId) : mProject(project)
{
    mStages = project.stagesOf(journeyId);
    mScopeIds.insert(journeyId);
    for (const Stage *stage : std::as_const(mStages)) {
        mStageIds.insert(stage->id);
        mScopeIds.insert(stage->id);
    }
    for (const Touchpoint &tp : project.touchpoints()) {
        if (mStageIds.contains(tp.stageId)) {
            mTouchpoints[tp.stageId].append(&tp);
            mScopeIds.insert(tp.id);
        }
    }
    sortByPosition(&mTouchpoints);
    group(project.painPoints(), &mPainPoints);
    group(project.opportunities(), &mOpportunities);
    group(project.insights(), &mInsights);

    for (const LaneCell &cell : project.list<LaneCell>()) {
        if (mScopeIds.contains(cell.touchpointId))
            mCells.insert({cell.laneId, cell.touchpointId}, &cell);
    }
    QSet<QUuid> metricIds;
    for (const Metric *metric : project.orderedMetrics()) {
        if (metric->scopeKind != ScopeKind::Project && mScopeIds.contains(metric->scopeId)) {
            mMetrics[metric->scopeId].append(metric);
            metricIds.insert(metric->id);
        }
    }
    for (const Measurement &m : project.measurements()) {
        if (!metricIds.contains(m.metricId) || !mScopeIds.contains(m.scopeId))
            continue;
        const Measurement *&latest = mLatest[{m.metricId, m.scopeId}];
        if (!latest || latest->periodEnd < m.periodEnd)
            latest = &m;
    }
    indexBadges(project);
}

void JourneyIndex::indexBadges(const Project &project)
{
    QHash<QPair<QUuid, QUuid>, const Measurement *> latest;
    for (const Measurement &m : project.measurements()) {
        if (m.scopeKind != ScopeKind::Touchpoint || !mScopeIds.contains(m.scopeId))
            continue;
        const Metric *metric = project.metrics().find(m.metricId);
        if (!metric || metric->scopeId == m.scopeId)
            continue; // a metric of the touchpoint itself has its own card
        const Measurement *&slot = latest[{m.metricId, m.scopeId}];
        if (!slot || slot->periodEnd < m.periodEnd)
            slot = &m;
    }
    if (latest.isEmpty())
        return;
    for (const Metric *metric : project.orderedMetrics()) {
        for (auto it = latest.cbegin(); it != latest.cend(); ++it) {
            if (it.key().first == metric->id)
                mBadges[it.key().second].append(it.value());
        }
    }
}

const QVector<const Measurement *> &JourneyIndex::badgesOf(const QUuid &touchpointId) const
{
    static const QVector<const Measurement *> none;
    const auto it = mBadges.constFind(touchpointId);
    return it == mBadges.constEnd() ? none : *it;
}

template<class T>
void JourneyIndex::group(const EntityList<T> &list, QHash<QUuid, QVector<const T *>> *groups)
{
    for (const T &item : list) {
        if (mStageIds.contains(item.stageId))
            (*groups)[item.siblingKey()].append(&item);
    }
    sortByPosition(groups);
}

const QVector<const Touchpoint *> &JourneyIndex::touchpointsOf(const QUuid &stageId) const
{
    return valueOrEmpty(mTouchpoints, stageId);
}

const QVector<const PainPoint *> &JourneyIndex::painPointsOf(const QUuid &ownerId) const
{
    return valueOrEmpty(mPainPoints, ownerId);
}

const QVector<const Opportunity *> &JourneyIndex::opportunitiesOf(const QUuid &ownerId) const
{
    return valueOrEmpty(mOpportunities, ownerId);
}

const QVector<const Insight *> &JourneyIndex::insightsOf(const QUuid &ownerId) const
{
    return valueOrEmpty(mInsights, ownerId);
}

const LaneCell *JourneyIndex::cellOf(const QUuid &laneId, const QUuid &touchpointId) const
{
    return mCells.value({laneId, touchpointId}, nullptr);
}

const QVector<const Metric *> &JourneyIndex::metricsOf(const QUuid &scopeId) const
{
    return valueOrEmpty(mMetrics, scopeId);
}

const Measurement *JourneyIndex::latestMeasurement(const QUuid &metricId,
                                                   const QUuid &scopeId) const
{
    return mLatest.value({metricId, scopeId}, nullptr);
}

} // namespace cjm
