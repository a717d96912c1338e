// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/commands/addjourney.h"

namespace cjm {

AddJourney::AddJourney(Document *document, const Journey &journey, int position,
                       bool withDefaultLanes, QUndoCommand *parent)
    : AddEntity<Journey>(document, journey, position, tr("Add journey"), parent)
{
    if (!isValid() || !withDefaultLanes)
        return;
    // The lanes' parent is in the same fragment: they keep positions 0..10.
    for (const Lane &lane : defaultLanes(entityId()))
        mExtras.list<Lane>().insert(lane);
    rebuild();
}

QVector<Lane> AddJourney::defaultLanes(const QUuid &journeyId)
{
    QVector<Lane> lanes;
    for (int kind = static_cast<int>(LaneKind::StageHeaders);
         kind <= static_cast<int>(LaneKind::Insights); ++kind) {
        Lane lane;
        lane.id = QUuid::createUuid();
        lane.journeyId = journeyId;
        lane.position = lanes.size();
        lane.kind = static_cast<LaneKind>(kind);
        lane.visible = true;
        lanes.append(lane);
    }
    return lanes;
}

} // namespace cjm
