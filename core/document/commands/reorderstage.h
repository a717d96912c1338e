// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/commands/reorderentity.h"

namespace cjm {

/// Moves a stage to another position within its journey.
class ReorderStage : public ReorderEntity<Stage>
{
    Q_DECLARE_TR_FUNCTIONS(cjm::ReorderStage)

public:
    /// Moves `id` to `newPosition` (−1 or past the end: last); staying put is a no-op.
    ReorderStage(Document *document, const QUuid &id, int newPosition,
                 QUndoCommand *parent = nullptr);
};

} // namespace cjm
