// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/commands/moveentity.h"

namespace cjm {

/**
 * Moves a touchpoint to another stage of the same journey (or to another
 * position in its own), taking along the pain points, opportunities and
 * insights at it: their stage changes with it, in the same undo step.
 *
 * Moving to another journey is refused: the touchpoint's lane cells belong to
 * that journey's lanes (copy and paste between journeys instead).
 */
class MoveTouchpoint : public MoveEntity<Touchpoint>
{
    Q_DECLARE_TR_FUNCTIONS(cjm::MoveTouchpoint)

public:
    /// Moves `touchpointId` into `stageId` at `position` (−1: at the end).
    MoveTouchpoint(Document *document, const QUuid &touchpointId, const QUuid &stageId,
                   int position = -1, QUndoCommand *parent = nullptr);

private:
    /// SetField ops giving the cards at the touchpoint their new stage.
    Mutation rehomeCards(const Touchpoint &touchpoint, const QUuid &stageId) const;
};

} // namespace cjm
