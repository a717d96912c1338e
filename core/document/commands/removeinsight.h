// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/commands/removeentities.h"

namespace cjm {

/// Removes an insight and its links, as one undo step (undo restores all of it).
class RemoveInsight : public RemoveEntities
{
    Q_DECLARE_TR_FUNCTIONS(cjm::RemoveInsight)

public:
    RemoveInsight(Document *document, const QUuid &id, QUndoCommand *parent = nullptr);
};

} // namespace cjm
