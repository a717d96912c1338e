// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/commands/editpersona.h"

namespace cjm {

EditPersona::EditPersona(Document *document, const QUuid &id, const QString &column,
                         const QVariant &value, QUndoCommand *parent)
    : EditField<Persona>(document, id, column, value, tr("Edit persona"), parent)
{}

EditPersona::EditPersona(Document *document, const QVector<QUuid> &ids, const QString &column,
                         const QVariant &value, QUndoCommand *parent)
    : EditField<Persona>(document, ids, column, value,
                         tr("Edit %n persona(s)", nullptr, int(ids.size())), parent)
{}

} // namespace cjm
