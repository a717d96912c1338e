// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/commands/reorderentity.h"

namespace cjm {

/// Moves a lane to another position within its journey.
class ReorderLane : public ReorderEntity<Lane>
{
    Q_DECLARE_TR_FUNCTIONS(cjm::ReorderLane)

public:
    /// Moves `id` to `newPosition` (−1 or past the end: last); staying put is a no-op.
    ReorderLane(Document *document, const QUuid &id, int newPosition,
                QUndoCommand *parent = nullptr);
};

} // namespace cjm
