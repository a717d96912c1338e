// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/commands/removeentities.h"

namespace cjm {

/// Removes a lane with its cells, as one undo step (undo restores all of it).
class RemoveLane : public RemoveEntities
{
    Q_DECLARE_TR_FUNCTIONS(cjm::RemoveLane)

public:
    RemoveLane(Document *document, const QUuid &id, QUndoCommand *parent = nullptr);
};

} // namespace cjm
