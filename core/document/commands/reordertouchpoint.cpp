// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/commands/reordertouchpoint.h"

namespace cjm {

ReorderTouchpoint::ReorderTouchpoint(Document *document, const QUuid &id, int newPosition,
                                     QUndoCommand *parent)
    : ReorderEntity<Touchpoint>(document, id, newPosition, tr("Move touchpoint"), parent)
{}

} // namespace cjm
