// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/commands/addopportunity.h"

namespace cjm {

AddOpportunity::AddOpportunity(Document *document, const Opportunity &opportunity, int position,
                               QUndoCommand *parent)
    : AddEntity<Opportunity>(document, opportunity, position, tr("Add opportunity"), parent)
{}

} // namespace cjm
