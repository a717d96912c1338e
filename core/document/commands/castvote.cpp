// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/commands/castvote.h"

#include "document/commands/commandchecks.h"
#include "document/document.h"

namespace cjm {

namespace {

const QString kVotes = QStringLiteral("votes");

/// The votes of the entity, or -1 if there is no such entity of a voting kind.
int votesOf(const Project &project, EntityKind kind, const QUuid &id)
{
    if (kind == EntityKind::PainPoint) {
        const PainPoint *pp = project.painPoints().find(id);
        return pp ? pp->votes : -1;
    }
    if (kind == EntityKind::Opportunity) {
        const Opportunity *op = project.opportunities().find(id);
        return op ? op->votes : -1;
    }
    return -1;
}

} // namespace

CastVote::CastVote(Document *document, EntityKind kind, const QUuid &id, int delta,
                   QUndoCommand *parent)
    : MutationCommand(document, textFor(kind, delta), parent)
{
    if (!takesVotes(kind)) {
        fail(Status::failure(tr("only pain points and opportunities take votes")));
        return;
    }
    const int before = votesOf(document->project(), kind, id);
    if (before < 0) {
        fail(CommandChecks::missing(kind, id));
        return;
    }
    const int after = qMax(0, before + delta);
    Mutation mutation;
    if (after != before)
        mutation.setField(kind, id, kVotes, before, after);
    setMutation(mutation); // taking back a vote nobody cast is nothing to do
}

bool CastVote::takesVotes(EntityKind kind)
{
    return kind == EntityKind::PainPoint || kind == EntityKind::Opportunity;
}

QString CastVote::textFor(EntityKind kind, int delta)
{
    if (kind == EntityKind::Opportunity)
        return delta >= 0 ? tr("Vote for opportunity") : tr("Take back vote for opportunity");
    return delta >= 0 ? tr("Vote for pain point") : tr("Take back vote for pain point");
}

} // namespace cjm
