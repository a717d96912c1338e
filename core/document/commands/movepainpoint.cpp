// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/commands/movepainpoint.h"

namespace cjm {

MovePainPoint::MovePainPoint(Document *document, const QUuid &id, const QUuid &stageId,
                             const QUuid &touchpointId, int position, QUndoCommand *parent)
    : MoveStageItem<PainPoint>(document, id, stageId, touchpointId, position, tr("Move pain point"),
                               parent)
{}

} // namespace cjm
