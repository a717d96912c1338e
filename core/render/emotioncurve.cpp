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
    const QVector<qreal> m = tangents(points);
    for (int k = 0; k + 1 < points.size(); ++k) {
        const QPointF &p0 = points.at(k);
        const QPointF &p1 = points.at(k + 1);
        const qreal third = (p1.x() - p0.x()) / 3;
        const QPointF c1(p0.x() + third, std::clamp(p0.y() + m.at(k) * third, top, bottom));
        const QPointF c2(p1.x() - third, std::clamp(p1.y() - m.at(k + 1) * third, top, bottom));
        path.cubicTo(c1, c2, p1);
    }
    return path;
}

QVector<qreal> EmotionCurve::tangents(const QVector<QPointF> &points)
{
    const int n = points.size();
    QVector<qreal> slope(std::max(0, n - 1));
    for (int k = 0; k + 1 < n; ++k) {
        const qreal h = points.at(k + 1).x() - points.at(k).x();
        slope[k] = h > 0 ? (points.at(k + 1).y() - points.at(k).y()) / h : 0.0;
    }
    QVector<qreal> m(n, 0.0);
    if (n < 2)
        return m;
    m[0] = slope.first();
    m[n - 1] = slope.last();
    for (int k = 1; k + 1 < n; ++k) {
        const qreal d0 = slope.at(k - 1);
        const qreal d1 = slope.at(k);
        // A peak, a trough or a plateau: the curve is level there, so it cannot overshoot.
        if (d0 * d1 <= 0)
            continue;
        const qreal h0 = points.at(k).x() - points.at(k - 1).x();
        const qreal h1 = points.at(k + 1).x() - points.at(k).x();
        const qreal w0 = 2 * h1 + h0;
        const qreal w1 = h1 + 2 * h0;
        m[k] = (w0 + w1) / (w0 / d0 + w1 / d1); // weighted harmonic mean (Fritsch–Butland)
    }
    return m;
}

} // namespace cjm
