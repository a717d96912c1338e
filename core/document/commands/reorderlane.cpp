// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/commands/reorderlane.h"

namespace cjm {

ReorderLane::ReorderLane(Document *document, const QUuid &id, int newPosition, QUndoCommand *parent)
    : ReorderEntity<Lane>(document, id, newPosition, tr("Move lane"), parent)
{}

} // namespace cjm
