// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/commands/editfield.h"

namespace cjm {

/// Sets one field of one or more measurement entities (see EditField).
class EditMeasurement : public EditField<Measurement>
{
    Q_DECLARE_TR_FUNCTIONS(cjm::EditMeasurement)

public:
    /// Sets `column` of `id` to `value`.
    EditMeasurement(Document *document, const QUuid &id, const QString &column,
                    const QVariant &value, QUndoCommand *parent = nullptr);
    /// Sets `column` of every entity in `ids` to `value` (a multi-selection), as one step.
    EditMeasurement(Document *document, const QVector<QUuid> &ids, const QString &column,
                    const QVariant &value, QUndoCommand *parent = nullptr);
};

} // namespace cjm
