// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/commands/addinsight.h"

namespace cjm {

AddInsight::AddInsight(Document *document, const Insight &insight, int position,
                       QUndoCommand *parent)
    : AddEntity<Insight>(document, insight, position, tr("Add insight"), parent)
{}

} // namespace cjm
