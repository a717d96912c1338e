// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/commands/addtouchpoint.h"

namespace cjm {

AddTouchpoint::AddTouchpoint(Document *document, const Touchpoint &touchpoint, int position,
                             QUndoCommand *parent)
    : AddEntity<Touchpoint>(document, touchpoint, position, tr("Add touchpoint"), parent)
{}

} // namespace cjm
