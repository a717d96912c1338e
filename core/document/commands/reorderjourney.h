// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/commands/reorderentity.h"

namespace cjm {

/// Moves a journey to another position within the project.
class ReorderJourney : public ReorderEntity<Journey>
{
    Q_DECLARE_TR_FUNCTIONS(cjm::ReorderJourney)

public:
    /// Moves `id` to `newPosition` (−1 or past the end: last); staying put is a no-op.
    ReorderJourney(Document *document, const QUuid &id, int newPosition,
                   QUndoCommand *parent = nullptr);
};

} // namespace cjm
