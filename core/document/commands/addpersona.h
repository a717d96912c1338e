// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/commands/addentity.h"

namespace cjm {

/// Adds a persona to the project, as one undo step.
class AddPersona : public AddEntity<Persona>
{
    Q_DECLARE_TR_FUNCTIONS(cjm::AddPersona)

public:
    /// Adds `persona` at `position` among the personas.
    /// −1 appends; a null id gets a fresh one (see entityId()).
    AddPersona(Document *document, const Persona &persona, int position = -1,
               QUndoCommand *parent = nullptr);
};

} // namespace cjm
