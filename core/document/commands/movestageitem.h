// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/commands/moveentity.h"

namespace cjm {

/**
 * Moves a card that lives in a stage (PainPoint, Opportunity, Insight) to
 * another touchpoint, or to the stage as a whole, at a position among the
 * cards there. Both parent columns change together: the stage is always the
 * stage of the touchpoint. MovePainPoint, MoveOpportunity and MoveInsight only
 * give the text.
 */
template<class T>
class MoveStageItem : public MoveEntity<T>
{
public:
    /**
     * Moves `id` to touchpoint `touchpointId` (then `stageId` may be null, and
     * must otherwise be the touchpoint's stage), or with a null touchpoint to
     * stage `stageId` as a whole; at `position` (−1: at the end).
     */
    MoveStageItem(Document *document, const QUuid &id, const QUuid &stageId,
                  const QUuid &touchpointId, int position, const QString &text,
                  QUndoCommand *parent = nullptr)
        : MoveEntity<T>(document, id, text, parent)
    {
        const T *entity = this->current();
        if (!entity)
            return;
        T target = *entity;
        target.stageId = stageId;
        target.touchpointId = touchpointId;
        if (Status s = CommandChecks::checkReferences(document->project(), target); !s) {
            this->fail(s);
            return;
        }
        this->moveTo(*entity, target, position);
    }
};

} // namespace cjm
