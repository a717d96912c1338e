// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/commands/editpainpoint.h"

namespace cjm {

EditPainPoint::EditPainPoint(Document *document, const QUuid &id, const QString &column,
                             const QVariant &value, QUndoCommand *parent)
    : EditField<PainPoint>(document, id, column, value, tr("Edit pain point"), parent)
{}

EditPainPoint::EditPainPoint(Document *document, const QVector<QUuid> &ids, const QString &column,
                             const QVariant &value, QUndoCommand *parent)
    : EditField<PainPoint>(document, ids, column, value,
                           tr("Edit %n pain point(s)", nullptr, int(ids.size())), parent)
{}

} // namespace cjm
