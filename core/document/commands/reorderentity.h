// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/commands/moveentity.h"

namespace cjm {

/**
 * Moves an entity to another position among its siblings (same parent): the
 * named ReorderStage, ReorderTouchpoint, ... only give the text.
 */
template<class T>
class ReorderEntity : public MoveEntity<T>
{
public:
    /// Moves `id` to `newPosition` among its siblings (−1 or past the end: last).
    ReorderEntity(Document *document, const QUuid &id, int newPosition, const QString &text,
                  QUndoCommand *parent = nullptr)
        : MoveEntity<T>(document, id, text, parent)
    {
        if (const T *entity = this->current())
            this->moveTo(*entity, *entity, newPosition);
    }
};

} // namespace cjm
