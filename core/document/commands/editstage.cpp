// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/commands/editstage.h"

namespace cjm {

EditStage::EditStage(Document *document, const QUuid &id, const QString &column,
                     const QVariant &value, QUndoCommand *parent)
    : EditField<Stage>(document, id, column, value, tr("Edit stage"), parent)
{}

EditStage::EditStage(Document *document, const QVector<QUuid> &ids, const QString &column,
                     const QVariant &value, QUndoCommand *parent)
    : EditField<Stage>(document, ids, column, value,
                       tr("Edit %n stage(s)", nullptr, int(ids.size())), parent)
{}

} // namespace cjm
