// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPainterPath>
#include <QPointF>
#include <QVector>

namespace cjm {

/**
 * A smooth curve through emotion points, as cubic Bézier segments.
 *
 * Monotone cubic (Fritsch–Carlson) interpolation rather than a Catmull-Rom
 * spline: it passes through every point like Catmull-Rom, but never overshoots
 * them. Between two equal emotions the curve stays flat, and it never dips
 * below a "−1" that the data did not show — a map must not suggest feelings
 * nobody reported. Control points are also kept within [top, bottom].
 */
class EmotionCurve
{
public:
    /// The path through `points` (ordered by increasing x); control points kept within
    /// [top, bottom].
    static QPainterPath through(const QVector<QPointF> &points, qreal top, qreal bottom);

private:
    /// The slope of the curve at each point.
    static QVector<qreal> tangents(const QVector<QPointF> &points);
};

} // namespace cjm
