// SPDX-License-Identifier: GPL-3.0-or-later
#include "mapview.h"

#include "cardmover.h"
#include "document/commands/removeentities.h"
#include "document/document.h"
#include "dropindicatoritem.h"
#include "imagedropper.h"
#include "inplaceeditor.h"
#include "mapclipboard.h"
#include "mapscene.h"
#include "model/labels.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QDragEnterEvent>
#include <QGestureEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QMimeData>
#include <QMouseEvent>
#include <QNativeGestureEvent>
#include <QScrollBar>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace cjm {

namespace {
constexpr qreal kMinZoom = 0.1;
constexpr qreal kMaxZoom = 8.0;
constexpr qreal kZoomStep = 1.25;
/// How near the edge of the view a drag starts scrolling it, and how often.
constexpr int kAutoScrollMargin = 32;
constexpr int kAutoScrollInterval = 30;
} // namespace

MapView::MapView(QWidget *parent)
    : QGraphicsView(parent),
      mScene(new MapScene(this)),
      mGesture(mScene),
      mInserter(mScene),
      mEditor(new InPlaceEditor(viewport()))
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
    setAcceptDrops(true);
    connect(mEditor, &InPlaceEditor::finished, this, [this]() { setFocus(Qt::OtherFocusReason); });
    mAutoScrollTimer.setInterval(kAutoScrollInterval);
    connect(&mAutoScrollTimer, &QTimer::timeout, this, &MapView::autoScroll);
    // Two-finger pinch: touchpads send native zoom gestures, touch screens a QPinchGesture.
    viewport()->setAttribute(Qt::WA_AcceptTouchEvents);
    viewport()->grabGesture(Qt::PinchGesture);
}

MapView::~MapView()
{
    // The editor goes with the viewport, after this object is gone: no edit or focus then.
    disconnect(mEditor, nullptr, this, nullptr);
    mEditor->cancel();
    mGesture.cancel();
}

void MapView::setDocument(Document *document, const QUuid &journeyId)
{
    mEditor->cancel();
    mGesture.cancel();
    mScene->setDocument(document, journeyId);
}

void MapView::setJourney(const QUuid &journeyId)
{
    mEditor->cancel();
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

bool MapView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::NativeGesture) {
        const auto *gesture = static_cast<QNativeGestureEvent *>(event);
        if (gesture->gestureType() == Qt::ZoomNativeGesture) {
            // value() is the change of scale since the last event (0.1 = 10 % larger).
            zoomBy(1.0 + gesture->value());
            return true;
        }
    } else if (event->type() == QEvent::Gesture) {
        auto *gestures = static_cast<QGestureEvent *>(event);
        if (auto *pinch = static_cast<QPinchGesture *>(gestures->gesture(Qt::PinchGesture))) {
            if (pinch->changeFlags() & QPinchGesture::ScaleFactorChanged)
                zoomBy(pinch->scaleFactor());
            gestures->accept(pinch);
            return true;
        }
    }
    return QGraphicsView::viewportEvent(event);
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
        if (mGestureStarted) {
            mGesture.move(mapToScene(pos));
            updateAutoScroll(pos);
        }
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
        mAutoScrollTimer.stop();
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
        mAutoScrollTimer.stop();
        event->accept();
        return;
    case Qt::Key_F2:
    case Qt::Key_Return:
    case Qt::Key_Enter:
        editSelection();
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
        if ((event->modifiers() & ~Qt::KeypadModifier) == Qt::ControlModifier) {
            moveSelected(event->key());
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

bool MapView::moveSelected(int key)
{
    Document *document = mScene->document();
    if (!document || document->selection().size() != 1)
        return false;
    const EntityRef ref = document->selection().constFirst();
    MutationCommand *command = CardMover::command(document, mScene->layout(), ref, key);
    if (!command || !MutationCommand::push(document, command))
        return false;
    const QRectF rect = mScene->layout().rectOf(ref.kind, ref.id);
    if (!rect.isNull())
        ensureVisible(rect, 20, 20);
    return true;
}

void MapView::cycle(bool forward)
{
    Document *document = mScene->document();
    if (!document)
        return;
    const MapLayout &layout = mScene->layout();
    QVector<const LayoutElement *> cards;
    for (const LayoutElement &element : layout.elements()) {
        if (element.role == ElementRole::Card && !element.id.isNull())
            cards.append(&element);
    }
    if (cards.isEmpty())
        return;
    // Reading order: column by column, top to bottom within one.
    std::sort(cards.begin(), cards.end(), [](const LayoutElement *a, const LayoutElement *b) {
        if (!qFuzzyCompare(a->rect.left(), b->rect.left()))
            return a->rect.left() < b->rect.left();
        return a->rect.top() < b->rect.top();
    });
    int index = -1;
    if (!document->selection().isEmpty()) {
        const EntityRef &selected = document->selection().constFirst();
        for (int i = 0; i < cards.size(); ++i) {
            if (cards.at(i)->kind == selected.kind && cards.at(i)->id == selected.id)
                index = i;
        }
    }
    const int count = int(cards.size());
    index = index < 0 ? (forward ? 0 : count - 1) : (index + (forward ? 1 : -1) + count) % count;
    const LayoutElement *card = cards.at(index);
    document->setSelection({EntityRef{card->kind, card->id}});
    ensureVisible(card->rect, 20, 20);
}

bool MapView::focusNextPrevChild(bool next)
{
    // Tab cycles the cards of the map; without a map it moves the focus on as usual.
    if (hasFocus() && mScene->document() && !mScene->journeyId().isNull()) {
        cycle(next);
        return true;
    }
    return QGraphicsView::focusNextPrevChild(next);
}

void MapView::editSelection()
{
    Document *document = mScene->document();
    if (!document || document->selection().isEmpty())
        return;
    const EntityRef ref = document->selection().constFirst();
    const MapLayout &layout = mScene->layout();
    const QRectF rect = layout.rectOf(ref.kind, ref.id);
    if (rect.isNull())
        return;
    ensureVisible(rect, 20, 20);
    // Over the title lines (the first text lines without one), as wide as the card.
    const LayoutElement *element = layout.element(ref.kind, ref.id, ElementRole::Card);
    if (!element)
        element = layout.element(ref.kind, ref.id, ElementRole::StageHeader);
    QRectF title;
    if (element) {
        for (const LayoutText &text : element->texts) {
            if (text.slot == TextSlot::Title)
                title = title.united(text.rect);
        }
        for (const LayoutText &text : element->texts) {
            if (title.isNull() && text.slot != TextSlot::Badge)
                title = text.rect;
        }
    }
    if (title.isNull())
        title = rect;
    title.setLeft(rect.left() + 2);
    title.setRight(rect.right() - 2);
    mEditor->start(document, ref, mapFromScene(title).boundingRect());
}

void MapView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && mScene->document()) {
        const LayoutElement *element
                = mScene->layout().elementAt(mapToScene(event->position().toPoint()));
        if (element
            && (element->role == ElementRole::Card || element->role == ElementRole::StageHeader)) {
            mGesture.cancel();
            mGestureStarted = false;
            mScene->document()->setSelection({selectable(*element)});
            editSelection();
            event->accept();
            return;
        }
    }
    QGraphicsView::mouseDoubleClickEvent(event);
}

void MapView::insertAfterSelection(const PaletteItem &item)
{
    const EntityRef added = mInserter.insertAfterSelection(item);
    if (added.isNull())
        return;
    const QRectF rect = mScene->layout().rectOf(added.kind, added.id);
    if (!rect.isNull())
        ensureVisible(rect, 20, 20);
}

void MapView::cut()
{
    if (Document *document = mScene->document())
        MapClipboard::cut(document);
}

void MapView::copy()
{
    if (Document *document = mScene->document())
        MapClipboard::copy(*document);
}

void MapView::paste()
{
    Document *document = mScene->document();
    if (!document || mScene->journeyId().isNull())
        return;
    if (Status s = MapClipboard::paste(document, mScene->journeyId()); !s)
        Q_EMIT problem(s.message());
}

bool MapView::acceptsDrag(const QMimeData *mime, const QPointF &pos)
{
    Document *document = mScene->document();
    if (!document || document->isReadOnly() || mScene->journeyId().isNull())
        return false;
    if (const std::optional<PaletteItem> item = PaletteItem::fromMimeData(mime))
        return mInserter.showTarget(*item, pos);
    if (ImageDropper::imageUrls(mime).isEmpty())
        return false;
    // Images go onto the touchpoint under the point: frame its card.
    const LayoutElement *element = mScene->layout().elementAt(pos);
    const QUuid touchpointId = !element ? QUuid()
            : element->kind == EntityKind::Touchpoint && element->role == ElementRole::Card
            ? element->id
            : element->touchpointId;
    const QRectF card = mScene->layout().rectOf(EntityKind::Touchpoint, touchpointId);
    if (touchpointId.isNull() || card.isNull()) {
        mScene->dropIndicator()->clear();
        return false;
    }
    mScene->dropIndicator()->showAt(DropIndicatorItem::Shape::Bar,
                                    QRectF(card.left(), card.bottom() + 1, card.width(), 5));
    return true;
}

void MapView::dragEnterEvent(QDragEnterEvent *event)
{
    const bool ours = PaletteItem::fromMimeData(event->mimeData()).has_value()
            || !ImageDropper::imageUrls(event->mimeData()).isEmpty();
    if (!ours || !mScene->document() || mScene->document()->isReadOnly()) {
        event->ignore();
        return;
    }
    mExternalDrag = true;
    mExternalMime = event->mimeData();
    acceptsDrag(event->mimeData(), mapToScene(event->position().toPoint()));
    event->setDropAction(Qt::CopyAction);
    event->accept();
}

void MapView::dragMoveEvent(QDragMoveEvent *event)
{
    const QPoint pos = event->position().toPoint();
    mExternalMime = event->mimeData();
    if (acceptsDrag(event->mimeData(), mapToScene(pos))) {
        event->setDropAction(Qt::CopyAction);
        event->accept();
    } else {
        event->ignore();
    }
    updateAutoScroll(pos);
}

void MapView::dragLeaveEvent(QDragLeaveEvent *event)
{
    mExternalDrag = false;
    mExternalMime = nullptr;
    mAutoScrollTimer.stop();
    mScene->dropIndicator()->clear();
    event->accept();
}

void MapView::dropEvent(QDropEvent *event)
{
    mExternalDrag = false;
    mExternalMime = nullptr;
    mAutoScrollTimer.stop();
    mScene->dropIndicator()->clear();
    Document *document = mScene->document();
    const QPointF pos = mapToScene(event->position().toPoint());
    if (!document) {
        event->ignore();
        return;
    }
    if (const std::optional<PaletteItem> item = PaletteItem::fromMimeData(event->mimeData())) {
        const EntityRef added = mInserter.dropAt(*item, pos);
        event->setDropAction(Qt::CopyAction);
        event->setAccepted(!added.isNull());
        setFocus(Qt::OtherFocusReason);
        return;
    }
    const QList<QUrl> urls = ImageDropper::imageUrls(event->mimeData());
    const LayoutElement *element = mScene->layout().elementAt(pos);
    const QUuid touchpointId = !element ? QUuid()
            : element->kind == EntityKind::Touchpoint && element->role == ElementRole::Card
            ? element->id
            : element->touchpointId;
    if (urls.isEmpty() || touchpointId.isNull()) {
        event->ignore();
        return;
    }
    const Status status = ImageDropper::attach(document, touchpointId, urls);
    if (!status)
        Q_EMIT problem(status.message());
    event->setDropAction(Qt::CopyAction);
    event->setAccepted(status.ok());
}

void MapView::updateAutoScroll(const QPoint &pos)
{
    mDragPos = pos;
    const QRect inner = viewport()->rect().adjusted(kAutoScrollMargin, kAutoScrollMargin,
                                                    -kAutoScrollMargin, -kAutoScrollMargin);
    if (inner.contains(pos))
        mAutoScrollTimer.stop();
    else if (!mAutoScrollTimer.isActive())
        mAutoScrollTimer.start();
}

void MapView::autoScroll()
{
    const bool dragging = (mGesture.isActive() && mGestureStarted) || mExternalDrag;
    if (!dragging) {
        mAutoScrollTimer.stop();
        return;
    }
    // Faster the nearer (or further past) the edge.
    auto speed = [](int pos, int size) {
        if (pos < kAutoScrollMargin)
            return -(kAutoScrollMargin - pos) / 2 - 2;
        if (pos > size - kAutoScrollMargin)
            return (pos - (size - kAutoScrollMargin)) / 2 + 2;
        return 0;
    };
    const int dx = speed(mDragPos.x(), viewport()->width());
    const int dy = speed(mDragPos.y(), viewport()->height());
    horizontalScrollBar()->setValue(horizontalScrollBar()->value() + dx);
    verticalScrollBar()->setValue(verticalScrollBar()->value() + dy);
    const QPointF pos = mapToScene(mDragPos);
    if (mGesture.isActive())
        mGesture.move(pos);
    else if (mExternalMime)
        acceptsDrag(mExternalMime, pos);
}

void MapView::contextMenuEvent(QContextMenuEvent *event)
{
    showContextMenu(event->pos(), event->globalPos());
    event->accept();
}

void MapView::showContextMenu(const QPoint &viewPos, const QPoint &globalPos)
{
    Document *document = mScene->document();
    if (!document || mScene->journeyId().isNull())
        return;
    const QPointF pos = mapToScene(viewPos);
    // A right-click on an unselected card selects it, as a left click would.
    if (const LayoutElement *element = mScene->layout().elementAt(pos)) {
        const EntityRef ref = selectable(*element);
        if (!ref.isNull() && !document->selection().contains(ref))
            document->setSelection({ref});
    }
    const bool writable = !document->isReadOnly();
    const bool selected = !document->selection().isEmpty();
    QMenu menu(this);
    const QColor iconColor = palette().color(QPalette::WindowText);
    auto addItem = [&](QMenu *to, const PaletteItem &item, const QString &text) {
        QAction *action = to->addAction(item.icon(iconColor), text);
        action->setEnabled(writable);
        connect(action, &QAction::triggered, this, [this, item, pos]() {
            const EntityRef added = mInserter.dropAt(item, pos);
            if (!added.isNull())
                ensureVisible(mScene->layout().rectOf(added.kind, added.id), 20, 20);
        });
    };
    QMenu *add = menu.addMenu(tr("&Add Here"));
    addItem(add, PaletteItem(PaletteItem::Kind::Stage), tr("&Stage"));
    QMenu *touchpoints = add->addMenu(tr("&Touchpoint"));
    for (const PaletteItem &item : PaletteItem::all()) {
        if (item.kind() == PaletteItem::Kind::Touchpoint)
            addItem(touchpoints, item, Labels::channelName(item.channel()));
    }
    addItem(add, PaletteItem(PaletteItem::Kind::PainPoint), tr("&Pain Point"));
    addItem(add, PaletteItem(PaletteItem::Kind::Opportunity), tr("&Opportunity"));
    addItem(add, PaletteItem(PaletteItem::Kind::Insight), tr("&Insight"));
    addItem(add, PaletteItem(PaletteItem::Kind::TextLane), tr("Text &Lane"));
    menu.addSeparator();
    QAction *edit = menu.addAction(tr("&Edit Title"), this, &MapView::editSelection);
    edit->setShortcut(QKeySequence(Qt::Key_F2));
    edit->setEnabled(writable && selected);
    QAction *remove = menu.addAction(QIcon::fromTheme(QStringLiteral("edit-delete")), tr("&Delete"),
                                     this, &MapView::removeSelection);
    remove->setShortcut(QKeySequence::Delete);
    remove->setEnabled(writable && selected);
    menu.addSeparator();
    QAction *cutAction = menu.addAction(QIcon::fromTheme(QStringLiteral("edit-cut")), tr("Cu&t"),
                                        this, &MapView::cut);
    cutAction->setShortcut(QKeySequence::Cut);
    cutAction->setEnabled(writable && selected);
    QAction *copyAction = menu.addAction(QIcon::fromTheme(QStringLiteral("edit-copy")), tr("&Copy"),
                                         this, &MapView::copy);
    copyAction->setShortcut(QKeySequence::Copy);
    copyAction->setEnabled(selected);
    QAction *pasteAction = menu.addAction(QIcon::fromTheme(QStringLiteral("edit-paste")),
                                          tr("&Paste"), this, &MapView::paste);
    pasteAction->setShortcut(QKeySequence::Paste);
    pasteAction->setEnabled(writable
                            && MapClipboard::canPaste(QApplication::clipboard()->mimeData()));
    menu.exec(globalPos);
}

} // namespace cjm
