// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/commands/edittouchpoint.h"

namespace cjm {

EditTouchpoint::EditTouchpoint(Document *document, const QUuid &id, const QString &column,
                               const QVariant &value, QUndoCommand *parent)
    : EditField<Touchpoint>(document, id, column, value, tr("Edit touchpoint"), parent)
{}

EditTouchpoint::EditTouchpoint(Document *document, const QVector<QUuid> &ids, const QString &column,
                               const QVariant &value, QUndoCommand *parent)
    : EditField<Touchpoint>(document, ids, column, value,
                            tr("Edit %n touchpoint(s)", nullptr, int(ids.size())), parent)
{}

} // namespace cjm
