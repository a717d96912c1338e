// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/commands/addstage.h"

namespace cjm {

AddStage::AddStage(Document *document, const Stage &stage, int position, QUndoCommand *parent)
    : AddEntity<Stage>(document, stage, position, tr("Add stage"), parent)
{}

} // namespace cjm
