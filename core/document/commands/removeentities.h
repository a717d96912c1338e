// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/commands/mutationcommand.h"
#include "document/entityref.h"

#include <QVector>

namespace cjm {

/**
 * Removes entities of any kinds (a multi-selection) with everything that
 * depends on them — children, their children, links that mention any of
 * them — as one undo step; undo restores all of it.
 *
 * Each removal is resolved by Document::removalOf(); this command combines
 * them so they apply one after another: an entity inside another's removal
 * (a touchpoint of a removed stage) is not removed twice, a link shared by two
 * removals goes once, siblings go from the last position down (so the
 * positions each removal recorded still hold when it applies, and undo puts
 * them back in place), and references the removals clear are cleared once.
 */
class RemoveEntities : public MutationCommand
{
    Q_DECLARE_TR_FUNCTIONS(cjm::RemoveEntities)

public:
    /// Removes every entity in `refs`; text "Remove N items".
    RemoveEntities(Document *document, const QVector<EntityRef> &refs,
                   QUndoCommand *parent = nullptr);

protected:
    /// Removes every entity in `refs`, named `text` on the undo stack.
    RemoveEntities(Document *document, const QVector<EntityRef> &refs, const QString &text,
                   QUndoCommand *parent);

private:
    struct Removal;
    void build(const QVector<EntityRef> &refs);
    QVector<Removal> resolve(const QVector<EntityRef> &refs, Status *status) const;
    static Mutation combine(const QVector<Removal> &removals);
};

} // namespace cjm
