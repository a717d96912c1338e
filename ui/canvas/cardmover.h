// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/entityref.h"

namespace cjm {

class Document;
class MapLayout;
class MutationCommand;

/**
 * Ctrl+arrow moves of the selected card, as commands: a touchpoint one place
 * left or right (into the neighbouring stage at its edge), a stage one place
 * left or right, a pain point, opportunity or insight to the neighbouring
 * touchpoint column (Left/Right) or one place up or down among its siblings.
 */
class CardMover
{
public:
    /// The command moving `ref` one step in the direction of arrow `key`; nullptr if it can't
    /// move that way.
    static MutationCommand *command(Document *document, const MapLayout &layout,
                                    const EntityRef &ref, int key);

private:
    static MutationCommand *moveTouchpoint(Document *document, const QUuid &id, int step);
    static MutationCommand *moveStage(Document *document, const QUuid &id, int step);
    template<class T>
    static MutationCommand *moveCard(Document *document, const MapLayout &layout, const T &card,
                                     int key);
};

} // namespace cjm
