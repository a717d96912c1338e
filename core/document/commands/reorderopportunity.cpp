// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/commands/reorderopportunity.h"

namespace cjm {

ReorderOpportunity::ReorderOpportunity(Document *document, const QUuid &id, int newPosition,
                                       QUndoCommand *parent)
    : ReorderEntity<Opportunity>(document, id, newPosition, tr("Move opportunity"), parent)
{}

} // namespace cjm
