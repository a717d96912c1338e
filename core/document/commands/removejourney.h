// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/commands/removeentities.h"

namespace cjm {

/// Removes a journey with its lanes, stages and everything in them, as one undo step (undo restores
/// all of it).
class RemoveJourney : public RemoveEntities
{
    Q_DECLARE_TR_FUNCTIONS(cjm::RemoveJourney)

public:
    RemoveJourney(Document *document, const QUuid &id, QUndoCommand *parent = nullptr);
};

} // namespace cjm
