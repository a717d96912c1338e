// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/commands/reorderentity.h"

namespace cjm {

/// Moves a insight to another position within its touchpoint or stage.
class ReorderInsight : public ReorderEntity<Insight>
{
    Q_DECLARE_TR_FUNCTIONS(cjm::ReorderInsight)

public:
    /// Moves `id` to `newPosition` (−1 or past the end: last); staying put is a no-op.
    ReorderInsight(Document *document, const QUuid &id, int newPosition,
                   QUndoCommand *parent = nullptr);
};

} // namespace cjm
