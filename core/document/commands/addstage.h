// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/commands/addentity.h"

namespace cjm {

/// Adds a stage to its journey, as one undo step.
class AddStage : public AddEntity<Stage>
{
    Q_DECLARE_TR_FUNCTIONS(cjm::AddStage)

public:
    /// Adds `stage` at `position` among the stages of its journey.
    /// −1 appends; a null id gets a fresh one (see entityId()).
    AddStage(Document *document, const Stage &stage, int position = -1,
             QUndoCommand *parent = nullptr);
};

} // namespace cjm
