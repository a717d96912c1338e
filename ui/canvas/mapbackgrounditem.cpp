// SPDX-License-Identifier: GPL-3.0-or-later
#include "mapbackgrounditem.h"

#include "document/document.h"
#include "mapscene.h"

#include <QStyleOptionGraphicsItem>

namespace cjm {

MapBackgroundItem::MapBackgroundItem(MapScene *scene) : mScene(scene)
{
    // exposedRect is only filled in with this flag; without it the whole map repaints.
    setFlag(ItemUsesExtendedStyleOption);
    setAcceptedMouseButtons(Qt::NoButton);
}

void MapBackgroundItem::syncGeometry()
{
    const QRectF bounds(QPointF(0, 0), mScene->layout().size());
    if (bounds != mBounds) {
        prepareGeometryChange();
        mBounds = bounds;
    }
    update();
}

void MapBackgroundItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option,
                              QWidget *widget)
{
    Q_UNUSED(widget)
    if (!mScene->document())
        return;
    mScene->painter().paint(painter, mScene->layout(), mScene->document()->project(),
                            option->exposedRect);
}

} // namespace cjm
