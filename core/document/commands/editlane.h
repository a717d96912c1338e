// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/commands/editfield.h"

namespace cjm {

/// Sets one field of one or more lane entities (see EditField).
class EditLane : public EditField<Lane>
{
    Q_DECLARE_TR_FUNCTIONS(cjm::EditLane)

public:
    /// Sets `column` of `id` to `value`.
    EditLane(Document *document, const QUuid &id, const QString &column, const QVariant &value,
             QUndoCommand *parent = nullptr);
    /// Sets `column` of every entity in `ids` to `value` (a multi-selection), as one step.
    EditLane(Document *document, const QVector<QUuid> &ids, const QString &column,
             const QVariant &value, QUndoCommand *parent = nullptr);
};

} // namespace cjm
