// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/commands/removetouchpoint.h"

namespace cjm {

RemoveTouchpoint::RemoveTouchpoint(Document *document, const QUuid &id, QUndoCommand *parent)
    : RemoveEntities(document, {EntityRef{EntityKind::Touchpoint, id}}, tr("Remove touchpoint"),
                     parent)
{}

} // namespace cjm
