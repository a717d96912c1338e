// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/commands/removemeasurement.h"

namespace cjm {

RemoveMeasurement::RemoveMeasurement(Document *document, const QUuid &id, QUndoCommand *parent)
    : RemoveEntities(document, {EntityRef{EntityKind::Measurement, id}}, tr("Remove measurement"),
                     parent)
{}

} // namespace cjm
