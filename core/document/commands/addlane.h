// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/commands/addentity.h"

namespace cjm {

/// Adds a lane (usually a user-defined text lane) to its journey, as one undo step.
class AddLane : public AddEntity<Lane>
{
    Q_DECLARE_TR_FUNCTIONS(cjm::AddLane)

public:
    /// Adds `lane` at `position` among the lanes of its journey.
    /// −1 appends; a null id gets a fresh one (see entityId()).
    AddLane(Document *document, const Lane &lane, int position = -1,
            QUndoCommand *parent = nullptr);
};

} // namespace cjm
