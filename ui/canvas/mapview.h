// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/entityref.h"
#include "mapdraggesture.h"

#include <QGraphicsView>

namespace cjm {

class Document;
class MapScene;
struct LayoutElement;

/**
 * The journey-map canvas: shows a MapScene and turns mouse and keys into
 * selection and commands. Ctrl+wheel zooms around the mouse; the middle
 * button or Space+drag pans; dragging on empty map selects the cards inside
 * a rubber band. A click selects what it hits (Ctrl adds or removes); drags
 * move emotion points, touchpoint cards and stage headers (MapDragGesture).
 * Delete removes the selection; the arrow keys step from card to card.
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

public Q_SLOTS:
    void zoomIn();
    void zoomOut();
    /// Zooms so the whole map fits the view.
    void zoomToFit();
    /// Back to 100 %.
    void resetZoom();

Q_SIGNALS:
    void zoomChanged(qreal zoom);

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

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

    void removeSelection();
    /// Moves the selection one card left, right, up or down.
    void step(int key);
    /// Index among the touchpoint columns of the first selected entity; -1 if none.
    int selectedTouchpointColumn() const;

    MapScene *mScene;
    MapDragGesture mGesture;
    bool mGestureStarted = false;
    QPoint mPressPos;
    bool mSpaceHeld = false;
    bool mPanning = false;
    QPoint mLastPanPos;
    QRectF mRubberBand;
    bool mRubberBandAdds = false;
};

} // namespace cjm
