// SPDX-License-Identifier: GPL-3.0-or-later
#include "dropindicatoritem.h"

#include <QPainter>
#include <QPalette>
#include <QWidget>

namespace cjm {

namespace {
constexpr qreal kPenWidth = 3.0;
} // namespace

DropIndicatorItem::DropIndicatorItem()
{
    setAcceptedMouseButtons(Qt::NoButton);
    setZValue(20);
    setVisible(false);
}

void DropIndicatorItem::showAt(Shape shape, const QRectF &rect)
{
    if (shape != mShape || rect != mRect) {
        prepareGeometryChange();
        mShape = shape;
        mRect = rect;
    }
    setVisible(true);
    update();
}

void DropIndicatorItem::clear()
{
    setVisible(false);
}

QRectF DropIndicatorItem::boundingRect() const
{
    return mRect.adjusted(-kPenWidth, -kPenWidth, kPenWidth, kPenWidth);
}

void DropIndicatorItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option,
                              QWidget *widget)
{
    Q_UNUSED(option)
    const QColor color
            = widget ? widget->palette().color(QPalette::Highlight) : QColor(0x30, 0x8c, 0xc6);
    painter->setRenderHint(QPainter::Antialiasing);
    if (mShape == Shape::Bar) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(color);
        painter->drawRoundedRect(mRect, 2, 2);
    } else {
        painter->setPen(QPen(color, kPenWidth, Qt::DashLine));
        painter->setBrush(Qt::NoBrush);
        painter->drawEllipse(mRect);
    }
}

} // namespace cjm
