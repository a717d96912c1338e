// SPDX-License-Identifier: GPL-3.0-or-later
#include "mapscene.h"

#include "document/document.h"
#include "dropindicatoritem.h"
#include "mapbackgrounditem.h"
#include "selectionoverlayitem.h"

namespace cjm {

namespace {
/// Room around the map, so its edge cards can be dragged past.
constexpr qreal kSceneMargin = 40.0;
} // namespace

MapScene::MapScene(QObject *parent)
    : QGraphicsScene(parent),
      mBackground(new MapBackgroundItem(this)),
      mSelection(new SelectionOverlayItem(this)),
      mDropIndicator(new DropIndicatorItem)
{
    // One big item and two overlays: an index would cost more than it saves.
    setItemIndexMethod(NoIndex);
    // The margin around the map in the map's own colour, not the widget's.
    setBackgroundBrush(mPainter.theme().background);
    addItem(mBackground);
    addItem(mSelection);
    addItem(mDropIndicator);
}

MapScene::~MapScene() = default;

void MapScene::setDocument(Document *document, const QUuid &journeyId)
{
    if (mDocument)
        disconnect(mDocument, nullptr, this, nullptr);
    mDocument = document;
    mJourneyId = journeyId;
    if (mDocument)
        connect(mDocument, &Document::changed, this, &MapScene::onChanged);
    mLayout = MapLayout(); // a new project: its text measurements don't carry over
    relayout();
}

void MapScene::setJourney(const QUuid &journeyId)
{
    if (journeyId == mJourneyId)
        return;
    mJourneyId = journeyId;
    relayout();
}

void MapScene::onChanged(const ChangeEvent &event)
{
    if (event.items.size() == 1 && event.items.first().type == ChangeType::Selection) {
        mSelection->sync();
        return;
    }
    // An edit that moves nothing (a title that still fits, a severity, an emotion value)
    // updates its elements in place and repaints just them; anything else lays the journey
    // out again, which MapLayout makes cheap by keeping its text measurements.
    QRectF dirty;
    if (mDocument && mLayout.update(mDocument->project(), event, &dirty)) {
        if (!dirty.isEmpty())
            mBackground->update(dirty);
        mSelection->sync();
        Q_EMIT mapChanged(dirty);
        return;
    }
    relayout();
}

void MapScene::relayout()
{
    mDropIndicator->clear();
    if (mDocument && mDocument->project().journeys().contains(mJourneyId))
        mLayout.build(mDocument->project(), mJourneyId);
    else
        mLayout = MapLayout();
    mBackground->syncGeometry();
    mSelection->sync();
    const QRectF map(QPointF(0, 0), mLayout.size());
    setSceneRect(map.adjusted(-kSceneMargin, -kSceneMargin, kSceneMargin, kSceneMargin));
    Q_EMIT layoutChanged();
    Q_EMIT mapChanged(map);
}

} // namespace cjm
