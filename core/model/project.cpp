// SPDX-License-Identifier: GPL-3.0-or-later
#include "project.h"

#include <algorithm>

namespace cjm {

QVector<const Stage *> Project::stagesOf(const QUuid &journeyId) const
{
    return stages().ordered(journeyId);
}

QVector<const Touchpoint *> Project::touchpointsOf(const QUuid &stageId) const
{
    return touchpoints().ordered(stageId);
}

QVector<const Lane *> Project::lanesOf(const QUuid &journeyId) const
{
    return list<Lane>().ordered(journeyId);
}

QVector<const PainPoint *> Project::painPointsOf(const QUuid &ownerId) const
{
    return painPoints().ordered(ownerId);
}

QVector<const Opportunity *> Project::opportunitiesOf(const QUuid &ownerId) const
{
    return opportunities().ordered(ownerId);
}

QVector<const Insight *> Project::insightsOf(const QUuid &ownerId) const
{
    return insights().ordered(ownerId);
}

QUuid Project::journeyOfStage(const QUuid &stageId) const
{
    const Stage *stage = stages().find(stageId);
    return stage ? stage->journeyId : QUuid();
}

QUuid Project::journeyOfTouchpoint(const QUuid &touchpointId) const
{
    const Touchpoint *touchpoint = touchpoints().find(touchpointId);
    return touchpoint ? journeyOfStage(touchpoint->stageId) : QUuid();
}

QVector<QUuid> Project::linked(LinkKind kind, const QUuid &from) const
{
    QVector<const Link *> matches;
    for (const Link &link : mLinks) {
        if (link.kind == kind && link.from == from)
            matches.append(&link);
    }
    std::stable_sort(matches.begin(), matches.end(),
                     [](const Link *a, const Link *b) { return a->position < b->position; });
    QVector<QUuid> ids;
    ids.reserve(matches.size());
    for (const Link *link : matches)
        ids.append(link->to);
    return ids;
}

const Measurement *Project::latestMeasurement(const QUuid &metricId, const QUuid &scopeId) const
{
    const Measurement *latest = nullptr;
    for (const Measurement &m : measurements().items()) {
        if (m.metricId == metricId && m.scopeId == scopeId
            && (!latest || latest->periodEnd < m.periodEnd))
            latest = &m;
    }
    return latest;
}

QVector<QUuid> Project::linkedTo(LinkKind kind, const QUuid &to) const
{
    QVector<QUuid> ids;
    for (const Link &link : mLinks) {
        if (link.kind == kind && link.to == to)
            ids.append(link.from);
    }
    return ids;
}

const Link *Project::findLink(LinkKind kind, const QUuid &from, const QUuid &to) const
{
    const auto it = mLinkIndex.constFind(LinkKey{int(kind), from, to});
    return it == mLinkIndex.constEnd() ? nullptr : &mLinks.at(*it);
}

QVector<Link> Project::linksMentioning(const QUuid &id) const
{
    QVector<Link> result;
    for (const Link &link : mLinks) {
        if (link.from == id || link.to == id)
            result.append(link);
    }
    return result;
}

void Project::addLink(const Link &link)
{
    if (findLink(link.kind, link.from, link.to))
        return;
    mLinkIndex.insert(keyOf(link), mLinks.size());
    mLinks.append(link);
}

bool Project::removeLink(LinkKind kind, const QUuid &from, const QUuid &to)
{
    const auto it = mLinkIndex.constFind(LinkKey{int(kind), from, to});
    if (it == mLinkIndex.constEnd())
        return false;
    const int index = *it;
    mLinkIndex.erase(it);
    const int last = mLinks.size() - 1;
    if (index != last) {
        mLinks[index] = mLinks.at(last);
        mLinkIndex[keyOf(mLinks.at(index))] = index;
    }
    mLinks.removeLast();
    return true;
}

void Project::setLinkPosition(LinkKind kind, const QUuid &from, const QUuid &to, int position)
{
    const auto it = mLinkIndex.constFind(LinkKey{int(kind), from, to});
    if (it != mLinkIndex.constEnd())
        mLinks[*it].position = position;
}

int Project::count(EntityKind kind) const
{
    switch (kind) {
    case EntityKind::ProjectInfo: return 1;
    case EntityKind::Image: return list<ImageAsset>().size();
    case EntityKind::Persona: return personas().size();
    case EntityKind::Journey: return journeys().size();
    case EntityKind::Lane: return list<Lane>().size();
    case EntityKind::LaneCell: return list<LaneCell>().size();
    case EntityKind::Stage: return stages().size();
    case EntityKind::Touchpoint: return touchpoints().size();
    case EntityKind::PainPoint: return painPoints().size();
    case EntityKind::Opportunity: return opportunities().size();
    case EntityKind::Insight: return insights().size();
    case EntityKind::Metric: return metrics().size();
    case EntityKind::Measurement: return measurements().size();
    case EntityKind::Link: return mLinks.size();
    }
    return 0;
}

void Project::clear()
{
    info = ProjectInfo();
    forEachList(*this, [](auto &list) { list.clear(); });
    mLinks.clear();
    mLinkIndex.clear();
}

bool Project::operator==(const Project &other) const
{
    if (!(info == other.info) || mLinks.size() != other.mLinks.size())
        return false;
    bool equal = true;
    forEachList(*this, [&](const auto &mine) {
        using List = std::decay_t<decltype(mine)>;
        equal = equal && mine == std::get<List>(other.mLists);
    });
    if (!equal)
        return false;
    for (const Link &link : mLinks) {
        const Link *match = other.findLink(link.kind, link.from, link.to);
        if (!match || match->position != link.position)
            return false;
    }
    return true;
}

} // namespace cjm
