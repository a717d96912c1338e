// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/commands/addentity.h"

namespace cjm {

/// Adds a measurement (a metric's value for a period) to its metric, as one undo step.
class AddMeasurement : public AddEntity<Measurement>
{
    Q_DECLARE_TR_FUNCTIONS(cjm::AddMeasurement)

public:
    /// Adds `measurement` at `position` (ignored: measurements are not ordered).
    /// −1 appends; a null id gets a fresh one (see entityId()).
    AddMeasurement(Document *document, const Measurement &measurement, int position = -1,
                   QUndoCommand *parent = nullptr);
};

} // namespace cjm
