// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/commands/addentity.h"

namespace cjm {

/// Adds a metric definition to the project, as one undo step.
class AddMetric : public AddEntity<Metric>
{
    Q_DECLARE_TR_FUNCTIONS(cjm::AddMetric)

public:
    /// Adds `metric` at `position` among the metrics.
    /// −1 appends; a null id gets a fresh one (see entityId()).
    AddMetric(Document *document, const Metric &metric, int position = -1,
              QUndoCommand *parent = nullptr);
};

} // namespace cjm
