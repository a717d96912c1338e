// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/commands/addentity.h"

namespace cjm {

/// Adds an opportunity to its touchpoint (or to its stage as a whole), as one undo step.
class AddOpportunity : public AddEntity<Opportunity>
{
    Q_DECLARE_TR_FUNCTIONS(cjm::AddOpportunity)

public:
    /// Adds `opportunity` at `position` among the opportunities of its touchpoint or stage.
    /// −1 appends; a null id gets a fresh one (see entityId()).
    AddOpportunity(Document *document, const Opportunity &opportunity, int position = -1,
                   QUndoCommand *parent = nullptr);
};

} // namespace cjm
