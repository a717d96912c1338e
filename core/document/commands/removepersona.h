// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/commands/removeentities.h"

namespace cjm {

/// Removes a persona and its links to journeys, as one undo step (undo restores all of it).
class RemovePersona : public RemoveEntities
{
    Q_DECLARE_TR_FUNCTIONS(cjm::RemovePersona)

public:
    RemovePersona(Document *document, const QUuid &id, QUndoCommand *parent = nullptr);
};

} // namespace cjm
