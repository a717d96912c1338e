// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/commands/removepersona.h"

namespace cjm {

RemovePersona::RemovePersona(Document *document, const QUuid &id, QUndoCommand *parent)
    : RemoveEntities(document, {EntityRef{EntityKind::Persona, id}}, tr("Remove persona"), parent)
{}

} // namespace cjm
