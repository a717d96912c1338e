// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/commands/removeentities.h"

namespace cjm {

/// Removes an opportunity and its links, as one undo step (undo restores all of it).
class RemoveOpportunity : public RemoveEntities
{
    Q_DECLARE_TR_FUNCTIONS(cjm::RemoveOpportunity)

public:
    RemoveOpportunity(Document *document, const QUuid &id, QUndoCommand *parent = nullptr);
};

} // namespace cjm
