// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/commands/reorderpainpoint.h"

namespace cjm {

ReorderPainPoint::ReorderPainPoint(Document *document, const QUuid &id, int newPosition,
                                   QUndoCommand *parent)
    : ReorderEntity<PainPoint>(document, id, newPosition, tr("Move pain point"), parent)
{}

} // namespace cjm
