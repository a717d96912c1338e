// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/commands/unlinkentities.h"

#include "document/commands/linkentities.h"
#include "document/document.h"

namespace cjm {

UnlinkEntities::UnlinkEntities(Document *document, LinkKind kind, const QUuid &from,
                               const QUuid &to, QUndoCommand *parent)
    : MutationCommand(document, commandText(kind), parent)
{
    const Project &project = document->project();
    const Link *link = project.findLink(kind, from, to);
    if (!link) {
        fail(Status::failure(
                tr("%1 %2 is not linked to %3 %4")
                        .arg(entityKindName(LinkEntities::fromKind(kind)), uuidText(from),
                             entityKindName(LinkEntities::toKind(kind)), uuidText(to))));
        return;
    }
    Mutation mutation;
    mutation.removeLink(*link);
    setMutation(mutation);
}

QString UnlinkEntities::commandText(LinkKind kind)
{
    switch (kind) {
    case LinkKind::JourneyPersona:
        return tr("Remove persona from journey");
    case LinkKind::TouchpointImage:
        return tr("Remove image from touchpoint");
    case LinkKind::OpportunityPainPoint:
        return tr("Unlink opportunity from pain point");
    case LinkKind::OpportunityTouchpoint:
        return tr("Unlink opportunity from touchpoint");
    case LinkKind::InsightTouchpoint:
        return tr("Unlink insight from touchpoint");
    case LinkKind::InsightPainPoint:
        return tr("Unlink insight from pain point");
    }
    return tr("Unlink");
}

} // namespace cjm
