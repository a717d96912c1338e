// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/commands/reordermetric.h"

namespace cjm {

ReorderMetric::ReorderMetric(Document *document, const QUuid &id, int newPosition,
                             QUndoCommand *parent)
    : ReorderEntity<Metric>(document, id, newPosition, tr("Move metric"), parent)
{}

} // namespace cjm
