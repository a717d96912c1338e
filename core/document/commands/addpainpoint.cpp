// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/commands/addpainpoint.h"

namespace cjm {

AddPainPoint::AddPainPoint(Document *document, const PainPoint &painPoint, int position,
                           QUndoCommand *parent)
    : AddEntity<PainPoint>(document, painPoint, position, tr("Add pain point"), parent)
{}

} // namespace cjm
