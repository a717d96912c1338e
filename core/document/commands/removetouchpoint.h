// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/commands/removeentities.h"

namespace cjm {

/// Removes a touchpoint with its pain points, opportunities, insights, lane cells and links, as one
/// undo step (undo restores all of it).
class RemoveTouchpoint : public RemoveEntities
{
    Q_DECLARE_TR_FUNCTIONS(cjm::RemoveTouchpoint)

public:
    RemoveTouchpoint(Document *document, const QUuid &id, QUndoCommand *parent = nullptr);
};

} // namespace cjm
