// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/entitykind.h"
#include "model/project.h"
#include "render/maplayout.h"

#include <QRectF>
#include <QUuid>

namespace cjm {

/**
 * Where a pain point, opportunity or insight dropped at a map position goes:
 * the touchpoint whose column it is dropped on (or the stage as a whole, on
 * an empty stage or its header), and the place among that owner's cards of
 * the same kind, by height. Shared by palette drops and card drags, so both
 * land the same way; also the rectangle of the drop indicator to show.
 */
class CardDropTarget
{
public:
    /// The target for a card of `kind` at `pos`; `dragged` (if any) is left out of the count.
    static CardDropTarget at(const MapLayout &layout, const Project &project, EntityKind kind,
                             const QPointF &pos, const QUuid &dragged = QUuid());
    /// The lane cards of `kind` sit in.
    static LaneKind laneOf(EntityKind kind);

    bool isValid() const { return !mStageId.isNull(); }
    const QUuid &stageId() const { return mStageId; }
    /// null for the stage as a whole
    const QUuid &touchpointId() const { return mTouchpointId; }
    /// the final position among the owner's cards of the kind
    int position() const { return mPosition; }
    /// a thin horizontal bar where the card will land (map coordinates)
    const QRectF &indicator() const { return mIndicator; }

private:
    QUuid mStageId;
    QUuid mTouchpointId;
    int mPosition = 0;
    QRectF mIndicator;
};

} // namespace cjm
