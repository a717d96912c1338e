// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/commands/editopportunity.h"

namespace cjm {

EditOpportunity::EditOpportunity(Document *document, const QUuid &id, const QString &column,
                                 const QVariant &value, QUndoCommand *parent)
    : EditField<Opportunity>(document, id, column, value, tr("Edit opportunity"), parent)
{}

EditOpportunity::EditOpportunity(Document *document, const QVector<QUuid> &ids,
                                 const QString &column, const QVariant &value, QUndoCommand *parent)
    : EditField<Opportunity>(document, ids, column, value,
                             tr("Edit %n opportunity(s)", nullptr, int(ids.size())), parent)
{}

} // namespace cjm
