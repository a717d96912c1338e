// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/commands/reorderpersona.h"

namespace cjm {

ReorderPersona::ReorderPersona(Document *document, const QUuid &id, int newPosition,
                               QUndoCommand *parent)
    : ReorderEntity<Persona>(document, id, newPosition, tr("Move persona"), parent)
{}

} // namespace cjm
