// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/commands/removestage.h"

namespace cjm {

RemoveStage::RemoveStage(Document *document, const QUuid &id, QUndoCommand *parent)
    : RemoveEntities(document, {EntityRef{EntityKind::Stage, id}}, tr("Remove stage"), parent)
{}

} // namespace cjm
