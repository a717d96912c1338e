// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/commands/reorderjourney.h"

namespace cjm {

ReorderJourney::ReorderJourney(Document *document, const QUuid &id, int newPosition,
                               QUndoCommand *parent)
    : ReorderEntity<Journey>(document, id, newPosition, tr("Move journey"), parent)
{}

} // namespace cjm
