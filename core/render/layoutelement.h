// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "layouttext.h"
#include "model/entitykind.h"
#include "model/enums.h"

#include <QRectF>
#include <QUuid>
#include <QVector>

namespace cjm {

/// What a laid-out element is on the map; also its stacking order (later is on top).
enum class ElementRole {
    LaneHeader,       ///< title of a row, in the left column
    StageHeader,      ///< a stage, spanning its columns
    Cell,             ///< a touchpoint's text in a single-value lane (actions, thoughts, ...)
    Card,             ///< a card: touchpoint, pain point, opportunity, insight, metric
    EmotionPoint,     ///< a touchpoint's as-is emotion on the curve
    EmotionPointToBe, ///< a touchpoint's to-be emotion on the to-be curve
};

/**
 * One rectangle of a journey map and what it shows. MapLayout makes them, MapPainter
 * draws them, and canvas items, hit-testing and export all read the same list.
 */
struct LayoutElement
{
    /// the entity shown (a Touchpoint for its cells and emotion points)
    EntityKind kind = EntityKind::Touchpoint;
    /// its id; null for an empty user-lane cell (kind LaneCell) or a lane without a Lane row
    QUuid id;
    ElementRole role = ElementRole::Cell;
    /// the row the element sits in
    LaneKind lane = LaneKind::Touchpoints;
    /// the Lane row's id (null when the journey has no Lane rows)
    QUuid laneId;
    /// the stage of the column(s) the element sits in; null for journey-wide items
    QUuid stageId;
    /// the touchpoint of the column; null for stage- or journey-wide items
    QUuid touchpointId;
    /// absolute map coordinates
    QRectF rect;
    /// the height its content needs; `rect` may be stretched taller to line up with a row
    qreal contentHeight = 0.0;
    /// wrapped text lines, in absolute map coordinates
    QVector<LayoutText> texts;
};

} // namespace cjm
