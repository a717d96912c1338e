// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/commands/addlane.h"

namespace cjm {

AddLane::AddLane(Document *document, const Lane &lane, int position, QUndoCommand *parent)
    : AddEntity<Lane>(document, lane, position, tr("Add lane"), parent)
{}

} // namespace cjm
