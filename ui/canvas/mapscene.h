// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/document.h"
#include "render/maplayout.h"
#include "render/mappainter.h"

#include <QGraphicsScene>
#include <QPointer>
#include <QUuid>

namespace cjm {

class DropIndicatorItem;
class MapBackgroundItem;
class SelectionOverlayItem;
struct ChangeEvent;

/**
 * The scene of one journey's map. It owns the MapLayout of that journey and
 * shows it with a MapBackgroundItem (painted by MapPainter), the selection
 * overlay and the drop indicator. Items never write the model: on
 * Document::changed() the scene updates the elements an edit touched in place
 * (MapLayout::update) and repaints only them, or lays the journey out again when
 * the edit moved something; edits reach the document as commands from MapView.
 */
class MapScene : public QGraphicsScene
{
    Q_OBJECT

public:
    explicit MapScene(QObject *parent = nullptr);
    ~MapScene() override;

    /// Shows journey `journeyId` of `document` (not owned; nullptr or a null id: nothing).
    void setDocument(Document *document, const QUuid &journeyId);
    /// Shows another journey of the same document.
    void setJourney(const QUuid &journeyId);

    Document *document() const { return mDocument; }
    const QUuid &journeyId() const { return mJourneyId; }
    const MapLayout &layout() const { return mLayout; }
    MapPainter &painter() { return mPainter; }
    DropIndicatorItem *dropIndicator() const { return mDropIndicator; }
    SelectionOverlayItem *selectionOverlay() const { return mSelection; }

Q_SIGNALS:
    /// The layout was rebuilt (after an edit or a switch of journey): geometry may have moved.
    void layoutChanged();
    /// The map looks different within `region` (map coordinates) after an edit or a rebuild.
    void mapChanged(const QRectF &region);

private:
    void onChanged(const ChangeEvent &event);
    void relayout();

    QPointer<Document> mDocument;
    QUuid mJourneyId;
    MapLayout mLayout;
    MapPainter mPainter;
    MapBackgroundItem *mBackground;
    SelectionOverlayItem *mSelection;
    DropIndicatorItem *mDropIndicator;
};

} // namespace cjm
