// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/commands/editprojectinfo.h"

namespace cjm {

EditProjectInfo::EditProjectInfo(Document *document, const QString &column, const QVariant &value,
                                 QUndoCommand *parent)
    : EditField<ProjectInfo>(document, document->project().info.id, column, value,
                             tr("Edit project"), parent)
{}

} // namespace cjm
