// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/commands/editmeasurement.h"

namespace cjm {

EditMeasurement::EditMeasurement(Document *document, const QUuid &id, const QString &column,
                                 const QVariant &value, QUndoCommand *parent)
    : EditField<Measurement>(document, id, column, value, tr("Edit measurement"), parent)
{}

EditMeasurement::EditMeasurement(Document *document, const QVector<QUuid> &ids,
                                 const QString &column, const QVariant &value, QUndoCommand *parent)
    : EditField<Measurement>(document, ids, column, value,
                             tr("Edit %n measurement(s)", nullptr, int(ids.size())), parent)
{}

} // namespace cjm
