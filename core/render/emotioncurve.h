// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPainterPath>
#include <QPointF>
#include <QVector>

namespace cjm {

/**
 * A smooth curve through emotion points: Catmull-Rom splines as cubic Bézier
 * segments, so the curve passes through every point. Control points are
 * clamped to a vertical band, so the curve never leaves its lane.
 */
class EmotionCurve
{
public:
    /// The path through `points` (ordered by x); control points kept within [top, bottom].
    static QPainterPath through(const QVector<QPointF> &points, qreal top, qreal bottom);
};

} // namespace cjm
