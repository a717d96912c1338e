// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/commands/removejourney.h"

namespace cjm {

RemoveJourney::RemoveJourney(Document *document, const QUuid &id, QUndoCommand *parent)
    : RemoveEntities(document, {EntityRef{EntityKind::Journey, id}}, tr("Remove journey"), parent)
{}

} // namespace cjm
