// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/commands/addentity.h"

namespace cjm {

/// Adds an insight to its touchpoint (or to its stage as a whole), as one undo step.
class AddInsight : public AddEntity<Insight>
{
    Q_DECLARE_TR_FUNCTIONS(cjm::AddInsight)

public:
    /// Adds `insight` at `position` among the insights of its touchpoint or stage.
    /// −1 appends; a null id gets a fresh one (see entityId()).
    AddInsight(Document *document, const Insight &insight, int position = -1,
               QUndoCommand *parent = nullptr);
};

} // namespace cjm
