// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/commands/commandchecks.h"
#include "document/commands/mutationcommand.h"
#include "document/document.h"

namespace cjm {

/**
 * Adds one entity of type T (with, optionally, children of it in the same
 * step) at a position among its siblings. The named commands (AddStage,
 * AddTouchpoint, ...) only give the text.
 *
 * The entity is checked first (values in range, parents exist); a null id is
 * replaced by a fresh one, so entityId() tells the caller what was added.
 */
template<class T>
class AddEntity : public MutationCommand
{
public:
    /// Adds `entity` at `position` among its siblings; −1 (or past the end) appends.
    AddEntity(Document *document, const T &entity, int position, const QString &text,
              QUndoCommand *parent = nullptr)
        : MutationCommand(document, text, parent), mEntity(entity)
    {
        if (mEntity.id.isNull())
            mEntity.id = QUuid::createUuid();
        if (Status s = prepare(document->project(), position); !s) {
            fail(s);
            return;
        }
        rebuild();
    }

    /// The id of the added entity.
    const QUuid &entityId() const { return mEntity.id; }
    /// The entity as added (with its final position and parents).
    const T &entity() const { return mEntity; }

protected:
    /// Entities added in the same step (children of the new entity, kept at their positions).
    Project mExtras;

    /// Rebuilds the mutation after mExtras changed.
    void rebuild()
    {
        Project fragment = mExtras;
        fragment.list<T>().insert(mEntity);
        Mutation mutation;
        mutation.insert(fragment);
        setMutation(mutation);
    }

private:
    Status prepare(const Project &project, int position)
    {
        if (project.list<T>().contains(mEntity.id)) {
            return CommandChecks::badValue(T::entityKind, mEntity.id, QStringLiteral("id"),
                                           CommandChecks::tr("already exists"));
        }
        if (Status s = CommandChecks::checkReferences(project, mEntity); !s)
            return s;
        if constexpr (HasPosition<T>::value) {
            const int count = project.list<T>().ordered(mEntity.siblingKey()).size();
            mEntity.position = position < 0 || position > count ? count : position;
        }
        return CommandChecks::checkValues(mEntity);
    }

    T mEntity;
};

} // namespace cjm
