// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/commands/movestageitem.h"

namespace cjm {

/// Moves a insight to another touchpoint, or to a stage as a whole (see MoveStageItem).
class MoveInsight : public MoveStageItem<Insight>
{
    Q_DECLARE_TR_FUNCTIONS(cjm::MoveInsight)

public:
    /**
     * Moves `id` to `touchpointId` (with `stageId` null or its stage), or with a
     * null touchpoint to stage `stageId` as a whole, at `position` (−1: at the end).
     */
    MoveInsight(Document *document, const QUuid &id, const QUuid &stageId,
                const QUuid &touchpointId, int position = -1, QUndoCommand *parent = nullptr);
};

} // namespace cjm
