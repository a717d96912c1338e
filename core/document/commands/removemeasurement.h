// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/commands/removeentities.h"

namespace cjm {

/// Removes a measurement, as one undo step (undo restores all of it).
class RemoveMeasurement : public RemoveEntities
{
    Q_DECLARE_TR_FUNCTIONS(cjm::RemoveMeasurement)

public:
    RemoveMeasurement(Document *document, const QUuid &id, QUndoCommand *parent = nullptr);
};

} // namespace cjm
