// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/commands/removeentities.h"

namespace cjm {

/// Removes a stage with its touchpoints, cards and their links, as one undo step (undo restores all
/// of it).
class RemoveStage : public RemoveEntities
{
    Q_DECLARE_TR_FUNCTIONS(cjm::RemoveStage)

public:
    RemoveStage(Document *document, const QUuid &id, QUndoCommand *parent = nullptr);
};

} // namespace cjm
