// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/entityref.h"
#include "mapdraggesture.h"
#include "mapinserter.h"

#include <QGraphicsView>
#include <QTimer>

namespace cjm {

class Document;
class InPlaceEditor;
class MapScene;
struct LayoutElement;

/**
 * The journey-map canvas: shows a MapScene and turns mouse and keys into
 * selection and commands. Ctrl+wheel zooms around the mouse; the middle
 * button or Space+drag pans; dragging on empty map selects the cards inside
 * a rubber band. A click selects what it hits (Ctrl adds or removes); drags
 * move emotion points, cards and stage headers (MapDragGesture), and scroll
 * the view when they near its edge. Palette items (PaletteItem) and image
 * files dropped on the map are added where they land (MapInserter,
 * ImageDropper), each one undo step.
 *
 * Keys: the arrows step from card to card, Ctrl+arrows move the selected card
 * (CardMover), Tab and Shift+Tab cycle through the cards, Enter or F2 edits
 * the title in place, Delete removes the selection; the context menu offers
 * the palette, Edit title, Delete, Cut, Copy and Paste (MapClipboard).
 */
class MapView : public QGraphicsView
{
    Q_OBJECT

public:
    explicit MapView(QWidget *parent = nullptr);
    ~MapView() override;

    /// Shows journey `journeyId` of `document` (not owned).
    void setDocument(Document *document, const QUuid &journeyId);
    void setJourney(const QUuid &journeyId);

    MapScene *mapScene() const { return mScene; }
    /// The current zoom factor (1 = 100 %).
    qreal zoom() const;
    /// Adds palette items at map positions or after the selection.
    MapInserter &inserter() { return mInserter; }
    /// The line edit of in-place title editing (hidden when not editing).
    InPlaceEditor *titleEditor() const { return mEditor; }

public Q_SLOTS:
    void zoomIn();
    void zoomOut();
    /// Zooms so the whole map fits the view.
    void zoomToFit();
    /// Back to 100 %.
    void resetZoom();
    /// Adds `item` after the selection (the palette's double-click or Enter).
    void insertAfterSelection(const cjm::PaletteItem &item);
    /// Edits the title of the (first) selected card in place.
    void editSelection();
    void cut();
    void copy();
    void paste();
    /// Removes the selection, one undo step.
    void removeSelection();

Q_SIGNALS:
    void zoomChanged(qreal zoom);
    /// Something the user asked for could not be done (a paste with nowhere to go, a bad image).
    void problem(const QString &message);

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    /// Pinch to zoom (touchpad and touch screen).
    bool viewportEvent(QEvent *event) override;
    bool focusNextPrevChild(bool next) override;

private:
    /// Multiplies the zoom by `factor` (kept within limits) around the current anchor.
    void zoomBy(qreal factor);
    void setZoom(qreal zoom);

    void startPan(const QPoint &pos);
    void pressElement(const LayoutElement &element, QMouseEvent *event);
    void onRubberBandChanged(const QRect &rubberBand, const QPointF &from, const QPointF &to);
    void selectInRect(const QRectF &rect, bool add);
    /// The entity a click on `element` selects; null if none.
    static EntityRef selectable(const LayoutElement &element);
    void select(const EntityRef &ref, bool toggle);

    /// Moves the selection one card left, right, up or down.
    void step(int key);
    /// Index among the touchpoint columns of the first selected entity; -1 if none.
    int selectedTouchpointColumn() const;
    /// Ctrl+arrow: moves the selected card one step; false if it can't.
    bool moveSelected(int key);
    /// Selects the next (or previous) card in reading order: by column, then top to bottom.
    void cycle(bool forward);
    /// Whether a drag carries something the map takes at `pos` (and shows where).
    bool acceptsDrag(const QMimeData *mime, const QPointF &pos);
    /// Scrolls while a drag is held near the edge of the view.
    void autoScroll();
    void updateAutoScroll(const QPoint &pos);
    void showContextMenu(const QPoint &viewPos, const QPoint &globalPos);

    MapScene *mScene;
    MapDragGesture mGesture;
    MapInserter mInserter;
    InPlaceEditor *mEditor;
    QTimer mAutoScrollTimer;
    /// the last view position of a drag, for auto-scrolling
    QPoint mDragPos;
    /// a palette or file drag from outside is over the view
    bool mExternalDrag = false;
    const QMimeData *mExternalMime = nullptr;
    bool mGestureStarted = false;
    QPoint mPressPos;
    bool mSpaceHeld = false;
    bool mPanning = false;
    QPoint mLastPanPos;
    QRectF mRubberBand;
    bool mRubberBandAdds = false;
};

} // namespace cjm
