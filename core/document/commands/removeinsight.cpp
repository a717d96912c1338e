// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/commands/removeinsight.h"

namespace cjm {

RemoveInsight::RemoveInsight(Document *document, const QUuid &id, QUndoCommand *parent)
    : RemoveEntities(document, {EntityRef{EntityKind::Insight, id}}, tr("Remove insight"), parent)
{}

} // namespace cjm
