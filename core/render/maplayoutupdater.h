// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cardspec.h"
#include "maplayout.h"

#include <QVector>

namespace cjm {

struct ChangeEvent;

/**
 * Updates a MapLayout in place after an edit that moves nothing (DESIGN.md §2: cost
 * follows the change). It handles field changes of stages, touchpoints, pain points,
 * opportunities, insights and user-lane cells: each element of the entity gets its text
 * wrapped again, and as long as it needs exactly the height it needed before, the grid
 * stands and only those elements change; an emotion value moves its point and redraws
 * the curves. Anything else (added, removed, moved, linked, lanes, metrics, a text that
 * needs another line) is left to MapLayout::build(). Internal to MapLayout::update().
 */
class MapLayoutUpdater
{
public:
    MapLayoutUpdater(MapLayout &layout, const Project &project);

    /// See MapLayout::update(); the layout is unchanged when this returns false.
    bool apply(const ChangeEvent &event, QRectF *dirty);

private:
    /// A new look for one element, kept until every change of the event is known to fit.
    struct Replacement
    {
        int element = -1;
        QVector<LayoutText> texts;
    };

    static bool handles(EntityKind kind);
    /// Wraps the entity's elements again into `replacements`; false if one changes size.
    bool rewrap(EntityKind kind, const QUuid &id, QVector<Replacement> *replacements,
                QRectF *dirty) const;
    /// What an element of the map says now; false if the updater can't tell (metric chips).
    bool specOf(const LayoutElement &element, CardSpec *spec) const;
    /// Whether the touchpoint's emotion points can move in place (to-be neither came nor went).
    bool emotionFits(const QUuid &touchpointId) const;
    /// Moves the emotion points of the touchpoints named and draws both curves again.
    void moveEmotionPoints(const QVector<QUuid> &touchpointIds, QRectF *dirty);

    MapLayout &mLayout;
    const Project &mProject;
};

} // namespace cjm
