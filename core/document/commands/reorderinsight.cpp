// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/commands/reorderinsight.h"

namespace cjm {

ReorderInsight::ReorderInsight(Document *document, const QUuid &id, int newPosition,
                               QUndoCommand *parent)
    : ReorderEntity<Insight>(document, id, newPosition, tr("Move insight"), parent)
{}

} // namespace cjm
