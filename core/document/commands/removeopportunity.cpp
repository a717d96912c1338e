// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/commands/removeopportunity.h"

namespace cjm {

RemoveOpportunity::RemoveOpportunity(Document *document, const QUuid &id, QUndoCommand *parent)
    : RemoveEntities(document, {EntityRef{EntityKind::Opportunity, id}}, tr("Remove opportunity"),
                     parent)
{}

} // namespace cjm
