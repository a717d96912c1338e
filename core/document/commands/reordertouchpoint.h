// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/commands/reorderentity.h"

namespace cjm {

/// Moves a touchpoint to another position within its stage.
class ReorderTouchpoint : public ReorderEntity<Touchpoint>
{
    Q_DECLARE_TR_FUNCTIONS(cjm::ReorderTouchpoint)

public:
    /// Moves `id` to `newPosition` (−1 or past the end: last); staying put is a no-op.
    ReorderTouchpoint(Document *document, const QUuid &id, int newPosition,
                      QUndoCommand *parent = nullptr);
};

} // namespace cjm
