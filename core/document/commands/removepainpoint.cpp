// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/commands/removepainpoint.h"

namespace cjm {

RemovePainPoint::RemovePainPoint(Document *document, const QUuid &id, QUndoCommand *parent)
    : RemoveEntities(document, {EntityRef{EntityKind::PainPoint, id}}, tr("Remove pain point"),
                     parent)
{}

} // namespace cjm
