// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGraphicsItem>

namespace cjm {

/**
 * Feedback while dragging on the map: where a card or stage will land (a bar
 * in the gap between columns) or which value an emotion point snaps to (a
 * ring). Hidden when no drag is under way.
 */
class DropIndicatorItem : public QGraphicsItem
{
public:
    enum class Shape {
        Bar,  ///< a filled bar: an insertion gap
        Ring, ///< a circle: a snapped point
    };

    DropIndicatorItem();

    /// Shows the indicator as `shape` filling `rect` (map coordinates).
    void showAt(Shape shape, const QRectF &rect);
    /// Hides it (the drag ended or has no valid target).
    void clear();

    Shape indicatorShape() const { return mShape; }
    QRectF rect() const { return mRect; }

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    Shape mShape = Shape::Bar;
    QRectF mRect;
};

} // namespace cjm
