// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/commands/editfield.h"

namespace cjm {

/// Sets a field of the project itself (name, description, content locale); see EditField.
class EditProjectInfo : public EditField<ProjectInfo>
{
    Q_DECLARE_TR_FUNCTIONS(cjm::EditProjectInfo)

public:
    /// Sets `column` of the project to `value`; the time stamps are not editable.
    EditProjectInfo(Document *document, const QString &column, const QVariant &value,
                    QUndoCommand *parent = nullptr);
};

} // namespace cjm
