// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/commands/reorderentity.h"

namespace cjm {

/// Moves a opportunity to another position within its touchpoint or stage.
class ReorderOpportunity : public ReorderEntity<Opportunity>
{
    Q_DECLARE_TR_FUNCTIONS(cjm::ReorderOpportunity)

public:
    /// Moves `id` to `newPosition` (−1 or past the end: last); staying put is a no-op.
    ReorderOpportunity(Document *document, const QUuid &id, int newPosition,
                       QUndoCommand *parent = nullptr);
};

} // namespace cjm
