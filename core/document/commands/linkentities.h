// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/commands/mutationcommand.h"
#include "model/link.h"

namespace cjm {

class Project;

/**
 * Relates two entities with a link of a LinkKind (a journey's persona, an
 * opportunity's pain point, an insight's touchpoint, ...). Both ends must
 * exist and be of the kinds the link kind joins, and the link must be new.
 * An ordered link (JourneyPersona, TouchpointImage) goes after the others.
 */
class LinkEntities : public MutationCommand
{
    Q_DECLARE_TR_FUNCTIONS(cjm::LinkEntities)

public:
    LinkEntities(Document *document, LinkKind kind, const QUuid &from, const QUuid &to,
                 QUndoCommand *parent = nullptr);

    /// The kind of entity a link of `kind` starts from, and the kind it points to.
    static EntityKind fromKind(LinkKind kind);
    static EntityKind toKind(LinkKind kind);

    /// Checks that `from` and `to` exist with the kinds `kind` joins.
    static Status checkEnds(const Project &project, LinkKind kind, const QUuid &from,
                            const QUuid &to);

private:
    static QString commandText(LinkKind kind);
    static int nextPosition(const Project &project, LinkKind kind, const QUuid &from);
};

} // namespace cjm
