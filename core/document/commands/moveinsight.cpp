// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/commands/moveinsight.h"

namespace cjm {

MoveInsight::MoveInsight(Document *document, const QUuid &id, const QUuid &stageId,
                         const QUuid &touchpointId, int position, QUndoCommand *parent)
    : MoveStageItem<Insight>(document, id, stageId, touchpointId, position, tr("Move insight"),
                             parent)
{}

} // namespace cjm
