// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGraphicsItem>

namespace cjm {

class MapScene;

/**
 * The journey map itself, drawn by MapPainter from the scene's MapLayout: only
 * the exposed part is painted, so a large map scrolls and zooms cheaply. It
 * takes no mouse input; MapView hit-tests the layout instead.
 */
class MapBackgroundItem : public QGraphicsItem
{
public:
    explicit MapBackgroundItem(MapScene *scene);

    /// Call after the scene's layout changed size (before the next paint).
    void syncGeometry();

    QRectF boundingRect() const override { return mBounds; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    MapScene *mScene;
    QRectF mBounds;
};

} // namespace cjm
