// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/commands/addentity.h"

namespace cjm {

/// Adds a pain point to its touchpoint (or to its stage as a whole), as one undo step.
class AddPainPoint : public AddEntity<PainPoint>
{
    Q_DECLARE_TR_FUNCTIONS(cjm::AddPainPoint)

public:
    /// Adds `painPoint` at `position` among the pain points of its touchpoint or stage.
    /// −1 appends; a null id gets a fresh one (see entityId()).
    AddPainPoint(Document *document, const PainPoint &painPoint, int position = -1,
                 QUndoCommand *parent = nullptr);
};

} // namespace cjm
