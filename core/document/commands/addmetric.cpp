// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/commands/addmetric.h"

namespace cjm {

AddMetric::AddMetric(Document *document, const Metric &metric, int position, QUndoCommand *parent)
    : AddEntity<Metric>(document, metric, position, tr("Add metric"), parent)
{}

} // namespace cjm
