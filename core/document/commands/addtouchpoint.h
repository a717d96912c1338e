// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/commands/addentity.h"

namespace cjm {

/// Adds a touchpoint to its stage, as one undo step.
class AddTouchpoint : public AddEntity<Touchpoint>
{
    Q_DECLARE_TR_FUNCTIONS(cjm::AddTouchpoint)

public:
    /// Adds `touchpoint` at `position` among the touchpoints of its stage.
    /// −1 appends; a null id gets a fresh one (see entityId()).
    AddTouchpoint(Document *document, const Touchpoint &touchpoint, int position = -1,
                  QUndoCommand *parent = nullptr);
};

} // namespace cjm
