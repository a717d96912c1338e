// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/commands/editjourney.h"

namespace cjm {

EditJourney::EditJourney(Document *document, const QUuid &id, const QString &column,
                         const QVariant &value, QUndoCommand *parent)
    : EditField<Journey>(document, id, column, value, tr("Edit journey"), parent)
{}

EditJourney::EditJourney(Document *document, const QVector<QUuid> &ids, const QString &column,
                         const QVariant &value, QUndoCommand *parent)
    : EditField<Journey>(document, ids, column, value,
                         tr("Edit %n journey(s)", nullptr, int(ids.size())), parent)
{}

} // namespace cjm
