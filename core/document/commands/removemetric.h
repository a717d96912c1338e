// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/commands/removeentities.h"

namespace cjm {

/// Removes a metric with its measurements, as one undo step (undo restores all of it).
class RemoveMetric : public RemoveEntities
{
    Q_DECLARE_TR_FUNCTIONS(cjm::RemoveMetric)

public:
    RemoveMetric(Document *document, const QUuid &id, QUndoCommand *parent = nullptr);
};

} // namespace cjm
