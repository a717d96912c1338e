// SPDX-License-Identifier: GPL-3.0-or-later
#include "mapview.h"

#include "document/commands/removeentities.h"
#include "document/document.h"
#include "mapscene.h"

#include <QApplication>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QScrollBar>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace cjm {

namespace {
constexpr qreal kMinZoom = 0.1;
constexpr qreal kMaxZoom = 8.0;
constexpr qreal kZoomStep = 1.25;
} // namespace

MapView::MapView(QWidget *parent)
    : QGraphicsView(parent), mScene(new MapScene(this)), mGesture(mScene)
{
    setScene(mScene);
    setObjectName(QStringLiteral("MapView"));
    setDragMode(RubberBandDrag);
    setTransformationAnchor(AnchorUnderMouse);
    setResizeAnchor(AnchorViewCenter);
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing
                   | QPainter::SmoothPixmapTransform);
    // The map is one large item painted by exposed rect: let the view repaint what changed.
    setViewportUpdateMode(SmartViewportUpdate);
    setFocusPolicy(Qt::StrongFocus);
    setAlignment(Qt::AlignLeft | Qt::AlignTop);
    connect(this, &QGraphicsView::rubberBandChanged, this, &MapView::onRubberBandChanged);
}

MapView::~MapView()
{
    mGesture.cancel();
}

void MapView::setDocument(Document *document, const QUuid &journeyId)
{
    mGesture.cancel();
    mScene->setDocument(document, journeyId);
}

void MapView::setJourney(const QUuid &journeyId)
{
    mGesture.cancel();
    mScene->setJourney(journeyId);
}

qreal MapView::zoom() const
{
    return transform().m11();
}

void MapView::zoomIn()
{
    const ViewportAnchor anchor = transformationAnchor();
    setTransformationAnchor(AnchorViewCenter);
    zoomBy(kZoomStep);
    setTransformationAnchor(anchor);
}

void MapView::zoomOut()
{
    const ViewportAnchor anchor = transformationAnchor();
    setTransformationAnchor(AnchorViewCenter);
    zoomBy(1 / kZoomStep);
    setTransformationAnchor(anchor);
}

void MapView::zoomToFit()
{
    const QSizeF size = mScene->layout().size();
    if (size.isEmpty())
        return;
    fitInView(QRectF(QPointF(0, 0), size), Qt::KeepAspectRatio);
    setZoom(zoom()); // within the limits
}

void MapView::resetZoom()
{
    setZoom(1.0);
}

void MapView::zoomBy(qreal factor)
{
    setZoom(zoom() * factor);
}

void MapView::setZoom(qreal zoom)
{
    const qreal bounded = std::clamp(zoom, kMinZoom, kMaxZoom);
    const qreal factor = bounded / this->zoom();
    if (!qFuzzyCompare(factor, 1.0))
        scale(factor, factor);
    Q_EMIT zoomChanged(bounded);
}

void MapView::wheelEvent(QWheelEvent *event)
{
    if (!(event->modifiers() & Qt::ControlModifier)) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    // 120 units is one notch of a wheel; touchpads send smaller steps.
    zoomBy(std::pow(kZoomStep, event->angleDelta().y() / 120.0));
    event->accept();
}

void MapView::startPan(const QPoint &pos)
{
    mPanning = true;
    mLastPanPos = pos;
    viewport()->setCursor(Qt::ClosedHandCursor);
}

void MapView::mousePressEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if (event->button() == Qt::MiddleButton || (event->button() == Qt::LeftButton && mSpaceHeld)) {
        startPan(pos);
        event->accept();
        return;
    }
    if (event->button() == Qt::LeftButton && mScene->document()) {
        if (const LayoutElement *element = mScene->layout().elementAt(mapToScene(pos))) {
            if (!selectable(*element).isNull()) {
                pressElement(*element, event);
                return;
            }
        }
        if (!(event->modifiers() & Qt::ControlModifier))
            mScene->document()->setSelection({});
    }
    QGraphicsView::mousePressEvent(event); // a rubber band on empty map
}

void MapView::pressElement(const LayoutElement &element, QMouseEvent *event)
{
    const bool toggle = event->modifiers() & Qt::ControlModifier;
    select(selectable(element), toggle);
    mPressPos = event->position().toPoint();
    mGestureStarted = false;
    if (!toggle && mGesture.begin(element, mapToScene(mPressPos)) && mGesture.startsImmediately())
        mGestureStarted = true;
    event->accept();
}

void MapView::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if (mPanning) {
        const QPoint delta = pos - mLastPanPos;
        mLastPanPos = pos;
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - delta.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - delta.y());
        event->accept();
        return;
    }
    if (mGesture.isActive() && (event->buttons() & Qt::LeftButton)) {
        if (!mGestureStarted
            && (pos - mPressPos).manhattanLength() >= QApplication::startDragDistance())
            mGestureStarted = true;
        if (mGestureStarted)
            mGesture.move(mapToScene(pos));
        event->accept();
        return;
    }
    QGraphicsView::mouseMoveEvent(event);
}

void MapView::mouseReleaseEvent(QMouseEvent *event)
{
    if (mPanning && (event->button() == Qt::MiddleButton || event->button() == Qt::LeftButton)) {
        mPanning = false;
        viewport()->setCursor(mSpaceHeld ? Qt::OpenHandCursor : Qt::ArrowCursor);
        event->accept();
        return;
    }
    if (mGesture.isActive() && event->button() == Qt::LeftButton) {
        if (mGestureStarted)
            mGesture.finish(mapToScene(event->position().toPoint()));
        else
            mGesture.cancel(); // a click: it only selected
        mGestureStarted = false;
        event->accept();
        return;
    }
    mRubberBandAdds = event->modifiers() & Qt::ControlModifier;
    QGraphicsView::mouseReleaseEvent(event);
}

void MapView::onRubberBandChanged(const QRect &rubberBand, const QPointF &from, const QPointF &to)
{
    // Qt's scene points lag one mouse move behind: map the band itself.
    Q_UNUSED(from)
    Q_UNUSED(to)
    if (!rubberBand.isNull()) {
        mRubberBand = mapToScene(rubberBand).boundingRect();
        return;
    }
    // A null band: the drag ended; select what the last band held.
    if (!mRubberBand.isEmpty())
        selectInRect(mRubberBand, mRubberBandAdds);
    mRubberBand = QRectF();
}

void MapView::selectInRect(const QRectF &rect, bool add)
{
    Document *document = mScene->document();
    if (!document)
        return;
    QVector<EntityRef> selection = add ? document->selection() : QVector<EntityRef>();
    for (const LayoutElement &element : mScene->layout().elements()) {
        if (element.role != ElementRole::Card || !rect.contains(element.rect))
            continue;
        const EntityRef ref{element.kind, element.id};
        if (!ref.isNull() && !selection.contains(ref))
            selection.append(ref);
    }
    document->setSelection(selection);
}

EntityRef MapView::selectable(const LayoutElement &element)
{
    switch (element.role) {
    case ElementRole::Card:
        return EntityRef{element.kind, element.id};
    case ElementRole::StageHeader:
        return EntityRef{EntityKind::Stage, element.id};
    case ElementRole::EmotionPoint:
    case ElementRole::EmotionPointToBe:
        return EntityRef{EntityKind::Touchpoint, element.id};
    case ElementRole::Cell:
        return EntityRef{EntityKind::Touchpoint, element.touchpointId};
    case ElementRole::LaneHeader:
        break;
    }
    return EntityRef();
}

void MapView::select(const EntityRef &ref, bool toggle)
{
    Document *document = mScene->document();
    if (!toggle) {
        // Pressing on a selected card keeps the rest of the selection (for what follows).
        if (!document->selection().contains(ref))
            document->setSelection({ref});
        return;
    }
    QVector<EntityRef> selection = document->selection();
    if (!selection.removeOne(ref))
        selection.append(ref);
    document->setSelection(selection);
}

void MapView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Space:
        if (!event->isAutoRepeat()) {
            mSpaceHeld = true;
            viewport()->setCursor(Qt::OpenHandCursor);
        }
        event->accept();
        return;
    case Qt::Key_Escape:
        mGesture.cancel();
        mGestureStarted = false;
        event->accept();
        return;
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        removeSelection();
        event->accept();
        return;
    case Qt::Key_Left:
    case Qt::Key_Right:
    case Qt::Key_Up:
    case Qt::Key_Down:
        if (event->modifiers() == Qt::NoModifier || event->modifiers() == Qt::KeypadModifier) {
            step(event->key());
            event->accept();
            return;
        }
        break;
    default:
        break;
    }
    QGraphicsView::keyPressEvent(event);
}

void MapView::keyReleaseEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        mSpaceHeld = false;
        if (!mPanning)
            viewport()->setCursor(Qt::ArrowCursor);
        event->accept();
        return;
    }
    QGraphicsView::keyReleaseEvent(event);
}

void MapView::focusOutEvent(QFocusEvent *event)
{
    // The Space release goes elsewhere once focus left: don't stay in pan mode.
    mSpaceHeld = false;
    if (!mPanning)
        viewport()->setCursor(Qt::ArrowCursor);
    QGraphicsView::focusOutEvent(event);
}

void MapView::removeSelection()
{
    Document *document = mScene->document();
    if (!document || document->selection().isEmpty())
        return;
    document->push(new RemoveEntities(document, document->selection()));
}

int MapView::selectedTouchpointColumn() const
{
    const Document *document = mScene->document();
    if (!document || document->selection().isEmpty())
        return -1;
    const MapLayout &layout = mScene->layout();
    const EntityRef &ref = document->selection().constFirst();
    const QRectF rect = layout.rectOf(ref.kind, ref.id);
    const int column = rect.isNull() ? -1 : layout.columnAt(rect.center().x());
    if (column < 0 || layout.columns().at(column).touchpointId.isNull())
        return -1;
    int index = 0;
    for (int c = 0; c < column; ++c)
        index += layout.columns().at(c).touchpointId.isNull() ? 0 : 1;
    return index;
}

void MapView::step(int key)
{
    Document *document = mScene->document();
    if (!document)
        return;
    const MapLayout &layout = mScene->layout();
    QVector<QUuid> touchpoints;
    for (const MapLayout::Column &column : layout.columns()) {
        if (!column.touchpointId.isNull())
            touchpoints.append(column.touchpointId);
    }
    if (touchpoints.isEmpty())
        return;
    const int current = selectedTouchpointColumn();
    EntityRef target;
    if (current < 0) {
        target = EntityRef{EntityKind::Touchpoint, touchpoints.first()};
    } else if (key == Qt::Key_Left || key == Qt::Key_Right) {
        const int next = std::clamp(current + (key == Qt::Key_Left ? -1 : 1), 0,
                                    int(touchpoints.size()) - 1);
        target = EntityRef{EntityKind::Touchpoint, touchpoints.at(next)};
    } else {
        // Up and down: the cards stacked in the selected card's column, top to bottom.
        QVector<const LayoutElement *> cards;
        for (const LayoutElement &element : layout.elements()) {
            if (element.role == ElementRole::Card
                && element.touchpointId == touchpoints.at(current))
                cards.append(&element);
        }
        std::sort(cards.begin(), cards.end(), [](const LayoutElement *a, const LayoutElement *b) {
            return a->rect.top() < b->rect.top();
        });
        const EntityRef &selected = document->selection().constFirst();
        int index = 0;
        for (int i = 0; i < cards.size(); ++i) {
            if (cards.at(i)->kind == selected.kind && cards.at(i)->id == selected.id)
                index = i;
        }
        if (cards.isEmpty())
            return;
        index = std::clamp(index + (key == Qt::Key_Up ? -1 : 1), 0, int(cards.size()) - 1);
        target = EntityRef{cards.at(index)->kind, cards.at(index)->id};
    }
    document->setSelection({target});
    const QRectF rect = layout.rectOf(target.kind, target.id);
    if (!rect.isNull())
        ensureVisible(rect, 20, 20);
}

} // namespace cjm
