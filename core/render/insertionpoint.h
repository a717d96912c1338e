// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/enums.h"

#include <QUuid>

namespace cjm {

/// Where a drop at a map position would insert: before touchpoint `index` of a stage, in a lane.
struct InsertionPoint
{
    /// false when the map has no stage or no lane to drop on
    bool valid = false;
    QUuid stageId;
    /// index among the stage's touchpoints (0 .. count) before which to insert
    int index = 0;
    LaneKind lane = LaneKind::Touchpoints;
    /// the Lane row; null when the journey has no Lane rows
    QUuid laneId;
    /// x of the gap between columns, for a drop indicator
    qreal x = 0.0;
};

} // namespace cjm
