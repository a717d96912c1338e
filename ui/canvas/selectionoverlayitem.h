// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGraphicsItem>
#include <QVector>

namespace cjm {

class MapScene;

/**
 * Draws the Document's selection over the map: a frame around each selected
 * entity's rectangle in the layout. Selection is document state, so this item
 * only mirrors it (Tiled's selection overlay).
 */
class SelectionOverlayItem : public QGraphicsItem
{
public:
    explicit SelectionOverlayItem(MapScene *scene);

    /// Re-reads the selection and the layout.
    void sync();
    /// The frames drawn, in map coordinates (for tests).
    const QVector<QRectF> &frames() const { return mFrames; }

    QRectF boundingRect() const override { return mBounds; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    MapScene *mScene;
    QVector<QRectF> mFrames;
    QRectF mBounds;
};

} // namespace cjm
