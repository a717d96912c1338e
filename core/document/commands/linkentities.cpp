// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/commands/linkentities.h"

#include "document/commands/commandchecks.h"
#include "document/document.h"

#include <algorithm>

namespace cjm {

LinkEntities::LinkEntities(Document *document, LinkKind kind, const QUuid &from, const QUuid &to,
                           QUndoCommand *parent)
    : MutationCommand(document, commandText(kind), parent)
{
    const Project &project = document->project();
    if (Status s = checkEnds(project, kind, from, to); !s) {
        fail(s);
        return;
    }
    if (project.findLink(kind, from, to)) {
        fail(Status::failure(tr("%1 %2 is already linked to %3 %4")
                                     .arg(entityKindName(fromKind(kind)), uuidText(from),
                                          entityKindName(toKind(kind)), uuidText(to))));
        return;
    }
    Link link;
    link.kind = kind;
    link.from = from;
    link.to = to;
    link.position = nextPosition(project, kind, from);
    Mutation mutation;
    mutation.addLink(link);
    setMutation(mutation);
}

QString LinkEntities::commandText(LinkKind kind)
{
    switch (kind) {
    case LinkKind::JourneyPersona:
        return tr("Add persona to journey");
    case LinkKind::TouchpointImage:
        return tr("Add image to touchpoint");
    case LinkKind::OpportunityPainPoint:
        return tr("Link opportunity to pain point");
    case LinkKind::OpportunityTouchpoint:
        return tr("Link opportunity to touchpoint");
    case LinkKind::InsightTouchpoint:
        return tr("Link insight to touchpoint");
    case LinkKind::InsightPainPoint:
        return tr("Link insight to pain point");
    }
    return tr("Link");
}

EntityKind LinkEntities::fromKind(LinkKind kind)
{
    switch (kind) {
    case LinkKind::JourneyPersona:
        return EntityKind::Journey;
    case LinkKind::TouchpointImage:
        return EntityKind::Touchpoint;
    case LinkKind::OpportunityPainPoint:
    case LinkKind::OpportunityTouchpoint:
        return EntityKind::Opportunity;
    case LinkKind::InsightTouchpoint:
    case LinkKind::InsightPainPoint:
        return EntityKind::Insight;
    }
    return EntityKind::Link;
}

EntityKind LinkEntities::toKind(LinkKind kind)
{
    switch (kind) {
    case LinkKind::JourneyPersona:
        return EntityKind::Persona;
    case LinkKind::TouchpointImage:
        return EntityKind::Image;
    case LinkKind::OpportunityPainPoint:
    case LinkKind::InsightPainPoint:
        return EntityKind::PainPoint;
    case LinkKind::OpportunityTouchpoint:
    case LinkKind::InsightTouchpoint:
        return EntityKind::Touchpoint;
    }
    return EntityKind::Link;
}

Status LinkEntities::checkEnds(const Project &project, LinkKind kind, const QUuid &from,
                               const QUuid &to)
{
    if (!CommandChecks::exists(project, fromKind(kind), from))
        return CommandChecks::missing(fromKind(kind), from);
    if (!CommandChecks::exists(project, toKind(kind), to))
        return CommandChecks::missing(toKind(kind), to);
    return Status::success();
}

int LinkEntities::nextPosition(const Project &project, LinkKind kind, const QUuid &from)
{
    if (!Link::isOrdered(kind))
        return 0;
    // After the last one: positions may have gaps once links were removed.
    int next = 0;
    for (const Link &link : project.links()) {
        if (link.kind == kind && link.from == from)
            next = std::max(next, link.position + 1);
    }
    return next;
}

} // namespace cjm
