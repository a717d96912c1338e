// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/commands/mutationcommand.h"

namespace cjm {

/**
 * Dot voting in a workshop: adds one vote to a pain point or an opportunity, or
 * takes one back. Every vote is its own undo step (a room votes one dot at a
 * time, and "undo" takes back the last dot, not the whole session). A count
 * never goes below zero.
 */
class CastVote : public MutationCommand
{
    Q_DECLARE_TR_FUNCTIONS(cjm::CastVote)

public:
    /// Adds `delta` votes (+1 to vote, −1 to take one back) to the entity `id` of `kind`
    /// (EntityKind::PainPoint or EntityKind::Opportunity).
    CastVote(Document *document, EntityKind kind, const QUuid &id, int delta = 1,
             QUndoCommand *parent = nullptr);

    /// Whether entities of `kind` take votes.
    static bool takesVotes(EntityKind kind);

private:
    static QString textFor(EntityKind kind, int delta);
};

} // namespace cjm
