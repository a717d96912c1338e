// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "render/maplayout.h"

#include <QRectF>
#include <QUuid>

namespace cjm {

/**
 * The walk of a presentation through one journey map: step 0 is the whole
 * journey, step 1 is the first stage, step N the last. Knows the part of the
 * map each step shows; pure geometry on a MapLayout, so it is tested without a
 * screen.
 */
class PresentationSteps
{
public:
    /// Steps over `layout` (not owned; it must outlive this and be current).
    explicit PresentationSteps(const MapLayout *layout);

    /// The overview and one step per stage.
    int count() const;
    /// The last step (the last stage; 0 for a journey without stages).
    int last() const { return count() - 1; }
    /// `step` kept within 0..last().
    int bounded(int step) const;

    /// The stage shown at `step`; null for the overview.
    QUuid stageAt(int step) const;
    /// The step of stage `stageId`; 0 if it isn't on the map.
    int stepOf(const QUuid &stageId) const;

    /**
     * The part of the map step `step` shows, in map coordinates: the whole map
     * for the overview; for a stage, its columns the map's full height, with
     * room on the left for the lane titles (drawn pinned there).
     */
    QRectF rectOf(int step) const;
    /// The span of the stage of `step` on the map, without the room for lane titles; empty
    /// for the overview.
    QRectF stageRect(int step) const;

private:
    const MapLayout *mLayout;
};

} // namespace cjm
