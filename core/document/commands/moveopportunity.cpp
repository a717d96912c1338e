// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/commands/moveopportunity.h"

namespace cjm {

MoveOpportunity::MoveOpportunity(Document *document, const QUuid &id, const QUuid &stageId,
                                 const QUuid &touchpointId, int position, QUndoCommand *parent)
    : MoveStageItem<Opportunity>(document, id, stageId, touchpointId, position,
                                 tr("Move opportunity"), parent)
{}

} // namespace cjm
