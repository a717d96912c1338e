// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/commands/editinsight.h"

namespace cjm {

EditInsight::EditInsight(Document *document, const QUuid &id, const QString &column,
                         const QVariant &value, QUndoCommand *parent)
    : EditField<Insight>(document, id, column, value, tr("Edit insight"), parent)
{}

EditInsight::EditInsight(Document *document, const QVector<QUuid> &ids, const QString &column,
                         const QVariant &value, QUndoCommand *parent)
    : EditField<Insight>(document, ids, column, value,
                         tr("Edit %n insight(s)", nullptr, int(ids.size())), parent)
{}

} // namespace cjm
