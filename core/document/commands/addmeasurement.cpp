// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/commands/addmeasurement.h"

namespace cjm {

AddMeasurement::AddMeasurement(Document *document, const Measurement &measurement, int position,
                               QUndoCommand *parent)
    : AddEntity<Measurement>(document, measurement, position, tr("Add measurement"), parent)
{}

} // namespace cjm
