// SPDX-License-Identifier: GPL-3.0-or-later
#include "selectionoverlayitem.h"

#include "document/document.h"
#include "mapscene.h"

#include <QPainter>
#include <QPalette>
#include <QWidget>

namespace cjm {

namespace {
constexpr qreal kFrameWidth = 3.0;
constexpr qreal kFrameGap = 2.0;
} // namespace

SelectionOverlayItem::SelectionOverlayItem(MapScene *scene) : mScene(scene)
{
    setAcceptedMouseButtons(Qt::NoButton);
    setZValue(10);
}

void SelectionOverlayItem::sync()
{
    QVector<QRectF> frames;
    QRectF bounds;
    if (Document *document = mScene->document()) {
        for (const EntityRef &ref : document->selection()) {
            const QRectF rect = mScene->layout().rectOf(ref.kind, ref.id);
            if (rect.isNull())
                continue; // on another journey's map
            const qreal grow = kFrameGap + kFrameWidth;
            frames.append(rect.adjusted(-kFrameGap, -kFrameGap, kFrameGap, kFrameGap));
            bounds |= rect.adjusted(-grow, -grow, grow, grow);
        }
    }
    if (bounds != mBounds) {
        prepareGeometryChange();
        mBounds = bounds;
    }
    mFrames = frames;
    update();
}

void SelectionOverlayItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option,
                                 QWidget *widget)
{
    Q_UNUSED(option)
    const QColor highlight
            = widget ? widget->palette().color(QPalette::Highlight) : QColor(0x30, 0x8c, 0xc6);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(highlight, kFrameWidth));
    painter->setBrush(Qt::NoBrush);
    for (const QRectF &frame : std::as_const(mFrames))
        painter->drawRoundedRect(frame, 4, 4);
}

} // namespace cjm
