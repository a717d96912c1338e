// SPDX-License-Identifier: GPL-3.0-or-later
#include "emotioncurve.h"

#include <algorithm>

namespace cjm {

QPainterPath EmotionCurve::through(const QVector<QPointF> &points, qreal top, qreal bottom)
{
    QPainterPath path;
    if (points.isEmpty())
        return path;
    path.moveTo(points.first());
    const int n = points.size();
    auto clamped = [top, bottom](QPointF p) {
        p.setY(std::clamp(p.y(), top, bottom));
        return p;
    };
    for (int i = 0; i + 1 < n; ++i) {
        // The end points are repeated, so the curve starts and ends with no overshoot.
        const QPointF &p0 = points.at(std::max(0, i - 1));
        const QPointF &p1 = points.at(i);
        const QPointF &p2 = points.at(i + 1);
        const QPointF &p3 = points.at(std::min(n - 1, i + 2));
        const QPointF c1 = clamped(p1 + (p2 - p0) / 6.0);
        const QPointF c2 = clamped(p2 - (p3 - p1) / 6.0);
        path.cubicTo(c1, c2, p2);
    }
    return path;
}

} // namespace cjm
