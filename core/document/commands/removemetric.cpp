// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/commands/removemetric.h"

namespace cjm {

RemoveMetric::RemoveMetric(Document *document, const QUuid &id, QUndoCommand *parent)
    : RemoveEntities(document, {EntityRef{EntityKind::Metric, id}}, tr("Remove metric"), parent)
{}

} // namespace cjm
