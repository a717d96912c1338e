// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/commands/addpersona.h"

namespace cjm {

AddPersona::AddPersona(Document *document, const Persona &persona, int position,
                       QUndoCommand *parent)
    : AddEntity<Persona>(document, persona, position, tr("Add persona"), parent)
{}

} // namespace cjm
