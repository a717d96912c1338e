// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/commands/editmetric.h"

namespace cjm {

EditMetric::EditMetric(Document *document, const QUuid &id, const QString &column,
                       const QVariant &value, QUndoCommand *parent)
    : EditField<Metric>(document, id, column, value, tr("Edit metric"), parent)
{}

EditMetric::EditMetric(Document *document, const QVector<QUuid> &ids, const QString &column,
                       const QVariant &value, QUndoCommand *parent)
    : EditField<Metric>(document, ids, column, value,
                        tr("Edit %n metric(s)", nullptr, int(ids.size())), parent)
{}

} // namespace cjm
