// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/commands/editlane.h"

namespace cjm {

EditLane::EditLane(Document *document, const QUuid &id, const QString &column,
                   const QVariant &value, QUndoCommand *parent)
    : EditField<Lane>(document, id, column, value, tr("Edit lane"), parent)
{}

EditLane::EditLane(Document *document, const QVector<QUuid> &ids, const QString &column,
                   const QVariant &value, QUndoCommand *parent)
    : EditField<Lane>(document, ids, column, value, tr("Edit %n lane(s)", nullptr, int(ids.size())),
                      parent)
{}

} // namespace cjm
