// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/commands/commandchecks.h"
#include "document/commands/mutationcommand.h"
#include "document/document.h"

namespace cjm {

/**
 * Base of the commands that change where an ordered entity of type T sits:
 * its position among its siblings (Reorder*) and possibly its parents (Move*).
 * One Move op does both; the document closes the gap the entity leaves and
 * makes room where it lands, so sibling positions stay dense.
 */
template<class T>
class MoveEntity : public MutationCommand
{
    static_assert(HasPosition<T>::value, "only ordered entities move");

public:
    /// The moved entity.
    const QUuid &entityId() const { return mEntityId; }

protected:
    MoveEntity(Document *document, const QUuid &id, const QString &text, QUndoCommand *parent)
        : MutationCommand(document, text, parent), mEntityId(id)
    {}

    /// The entity as it is now, or nullptr after failing the command.
    const T *current()
    {
        const T *entity = document()->project().template list<T>().find(mEntityId);
        if (!entity)
            fail(CommandChecks::missing(T::entityKind, mEntityId));
        return entity;
    }

    /**
     * Moves `from` (the current entity) to the parents of `to` at `position`
     * among its new siblings (−1 or past the end: last), followed by `extra`
     * ops in the same step. Staying where it is makes the command obsolete.
     */
    void moveTo(const T &from, const T &to, int position, const Mutation &extra = Mutation())
    {
        const bool sameGroup = from.siblingKey() == to.siblingKey();
        const int count = document()->project().template list<T>().ordered(to.siblingKey()).size();
        const int last = sameGroup ? count - 1 : count;
        const int newPosition = position < 0 || position > last ? last : position;
        Mutation mutation;
        if (!sameGroup || newPosition != from.position) {
            mutation.move(T::entityKind, from.id, CommandChecks::parentsOf(from), from.position,
                          CommandChecks::parentsOf(to), newPosition);
            mutation.append(extra);
        }
        setMutation(mutation);
    }

private:
    QUuid mEntityId;
};

} // namespace cjm
