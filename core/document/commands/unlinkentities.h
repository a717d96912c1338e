// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/commands/mutationcommand.h"
#include "model/link.h"

namespace cjm {

/// Removes the link of `kind` from `from` to `to`; refused if there is none.
class UnlinkEntities : public MutationCommand
{
    Q_DECLARE_TR_FUNCTIONS(cjm::UnlinkEntities)

public:
    UnlinkEntities(Document *document, LinkKind kind, const QUuid &from, const QUuid &to,
                   QUndoCommand *parent = nullptr);

private:
    static QString commandText(LinkKind kind);
};

} // namespace cjm
