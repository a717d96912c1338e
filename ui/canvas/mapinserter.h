// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/entityref.h"
#include "paletteitem.h"

#include <QCoreApplication>
#include <QRectF>
#include <QUuid>

namespace cjm {

class MapScene;
class MutationCommand;

/**
 * Adds palette items to the map shown by a MapScene, each as one undo step:
 * where a drop (or a context-menu click) at a map position puts it — a
 * touchpoint between the cards of a stage, a stage between stage headers, a
 * card on the touchpoint column (or stage) below the point, a text lane
 * between rows — or after the current selection (double-click or Enter in
 * the palette). The new entity becomes the selection, ready for F2.
 */
class MapInserter
{
    Q_DECLARE_TR_FUNCTIONS(cjm::MapInserter)

public:
    explicit MapInserter(MapScene *scene);

    /// Shows the drop indicator where `item` dropped at `pos` would land; false (and hidden)
    /// if it can't land there.
    bool showTarget(const PaletteItem &item, const QPointF &pos);
    /// Adds `item` where a drop at `pos` puts it; the new entity, or null if nothing was added.
    EntityRef dropAt(const PaletteItem &item, const QPointF &pos);
    /// Adds `item` after the selection (or at the end); the new entity, or null.
    EntityRef insertAfterSelection(const PaletteItem &item);

private:
    /// Where an item goes: parents and position among its siblings.
    struct Placement
    {
        bool valid = false;
        QUuid stageId;
        QUuid touchpointId;
        /// final position among siblings; −1 appends
        int position = -1;
        /// for a drop: the indicator and whether it is a vertical bar
        QRectF indicator;
    };

    Placement placementAt(const PaletteItem &item, const QPointF &pos) const;
    Placement placementAfterSelection(const PaletteItem &item) const;
    Placement stageGapAt(qreal x) const;
    Placement textLaneAt(qreal y) const;
    EntityRef add(const PaletteItem &item, const Placement &placement);
    MutationCommand *addTextLane(int position, QUuid *id) const;

    MapScene *mScene;
};

} // namespace cjm
