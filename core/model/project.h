// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entitylist.h"
#include "imageasset.h"
#include "insight.h"
#include "journey.h"
#include "lane.h"
#include "lanecell.h"
#include "link.h"
#include "measurement.h"
#include "metric.h"
#include "opportunity.h"
#include "painpoint.h"
#include "persona.h"
#include "projectinfo.h"
#include "stage.h"
#include "touchpoint.h"

#include <QHash>

#include <tuple>

namespace cjm {

/**
 * The aggregate of everything a project file holds except bulk survey data:
 * plain data, no signals. Only the Document changes a Project it owns.
 */
class Project
{
public:
    ProjectInfo info;

    /// The entities of type T (Persona, Stage, Touchpoint, ...).
    template <class T>
    EntityList<T> &list() { return std::get<EntityList<T>>(mLists); }
    template <class T>
    const EntityList<T> &list() const { return std::get<EntityList<T>>(mLists); }

    const EntityList<Persona> &personas() const { return list<Persona>(); }
    const EntityList<Journey> &journeys() const { return list<Journey>(); }
    const EntityList<Stage> &stages() const { return list<Stage>(); }
    const EntityList<Touchpoint> &touchpoints() const { return list<Touchpoint>(); }
    const EntityList<PainPoint> &painPoints() const { return list<PainPoint>(); }
    const EntityList<Opportunity> &opportunities() const { return list<Opportunity>(); }
    const EntityList<Insight> &insights() const { return list<Insight>(); }
    const EntityList<Metric> &metrics() const { return list<Metric>(); }
    const EntityList<Measurement> &measurements() const { return list<Measurement>(); }

    // Ordered children.
    QVector<const Persona *> orderedPersonas() const { return personas().ordered(QUuid()); }
    QVector<const Journey *> orderedJourneys() const { return journeys().ordered(QUuid()); }
    QVector<const Metric *> orderedMetrics() const { return metrics().ordered(QUuid()); }
    QVector<const Stage *> stagesOf(const QUuid &journeyId) const;
    QVector<const Touchpoint *> touchpointsOf(const QUuid &stageId) const;
    QVector<const Lane *> lanesOf(const QUuid &journeyId) const;
    /// Pain points at a touchpoint, or those of a stage as a whole when given a stage id.
    QVector<const PainPoint *> painPointsOf(const QUuid &ownerId) const;
    QVector<const Opportunity *> opportunitiesOf(const QUuid &ownerId) const;
    QVector<const Insight *> insightsOf(const QUuid &ownerId) const;

    /// The journey a stage or touchpoint belongs to; null if unknown.
    QUuid journeyOfStage(const QUuid &stageId) const;
    QUuid journeyOfTouchpoint(const QUuid &touchpointId) const;

    // Links.
    const QVector<Link> &links() const { return mLinks; }
    /// Ids linked from `from` by `kind`, in link order.
    QVector<QUuid> linked(LinkKind kind, const QUuid &from) const;
    /// Ids that link to `to` by `kind`.
    QVector<QUuid> linkedTo(LinkKind kind, const QUuid &to) const;
    const Link *findLink(LinkKind kind, const QUuid &from, const QUuid &to) const;
    /// The measurement of `metricId` for scope `scopeId` with the latest period; null if
    /// none. A scan: for one card; a whole map indexes them (render/JourneyIndex).
    const Measurement *latestMeasurement(const QUuid &metricId, const QUuid &scopeId) const;
    /// Links that mention `id` on either side.
    QVector<Link> linksMentioning(const QUuid &id) const;
    void addLink(const Link &link);
    bool removeLink(LinkKind kind, const QUuid &from, const QUuid &to);
    /// Rewrites the position of an existing link.
    void setLinkPosition(LinkKind kind, const QUuid &from, const QUuid &to, int position);

    /// Counts of every entity, for summaries.
    int count(EntityKind kind) const;

    void clear();

    bool operator==(const Project &other) const;
    bool operator!=(const Project &other) const { return !(*this == other); }

private:
    std::tuple<EntityList<ImageAsset>, EntityList<Persona>, EntityList<Journey>, EntityList<Lane>,
               EntityList<LaneCell>, EntityList<Stage>, EntityList<Touchpoint>,
               EntityList<PainPoint>, EntityList<Opportunity>, EntityList<Insight>,
               EntityList<Metric>, EntityList<Measurement>>
        mLists;
    /// Key of a link in mLinkIndex.
    struct LinkKey {
        int kind;
        QUuid from;
        QUuid to;
        bool operator==(const LinkKey &o) const
        {
            return kind == o.kind && from == o.from && to == o.to;
        }
        friend size_t qHash(const LinkKey &key, size_t seed = 0)
        {
            return qHashMulti(seed, key.kind, key.from, key.to);
        }
    };
    static LinkKey keyOf(const Link &link) { return {int(link.kind), link.from, link.to}; }

    QVector<Link> mLinks; ///< storage order is not meaningful (swap-removal)
    QHash<LinkKey, int> mLinkIndex;
};

/// Calls `f(list)` for each entity list of `project`, parents before children.
template <class P, class F>
void forEachList(P &project, F &&f)
{
    f(project.template list<ImageAsset>());
    f(project.template list<Persona>());
    f(project.template list<Journey>());
    f(project.template list<Lane>());
    f(project.template list<Stage>());
    f(project.template list<Touchpoint>());
    f(project.template list<LaneCell>());
    f(project.template list<PainPoint>());
    f(project.template list<Opportunity>());
    f(project.template list<Insight>());
    f(project.template list<Metric>());
    f(project.template list<Measurement>());
}

} // namespace cjm
