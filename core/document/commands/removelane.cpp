// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/commands/removelane.h"

namespace cjm {

RemoveLane::RemoveLane(Document *document, const QUuid &id, QUndoCommand *parent)
    : RemoveEntities(document, {EntityRef{EntityKind::Lane, id}}, tr("Remove lane"), parent)
{}

} // namespace cjm
