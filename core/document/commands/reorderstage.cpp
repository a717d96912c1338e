// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/commands/reorderstage.h"

namespace cjm {

ReorderStage::ReorderStage(Document *document, const QUuid &id, int newPosition,
                           QUndoCommand *parent)
    : ReorderEntity<Stage>(document, id, newPosition, tr("Move stage"), parent)
{}

} // namespace cjm
