// SPDX-License-Identifier: GPL-3.0-or-later
#include "mapdraggesture.h"

#include "document/commands/movetouchpoint.h"
#include "document/commands/reorderstage.h"
#include "document/commands/reordertouchpoint.h"
#include "document/commands/setemotion.h"
#include "document/document.h"
#include "dropindicatoritem.h"
#include "mapscene.h"

#include <cmath>

namespace cjm {

namespace {
constexpr qreal kBarWidth = 5.0;
} // namespace

MapDragGesture::MapDragGesture(MapScene *scene) : mScene(scene) {}

bool MapDragGesture::begin(const LayoutElement &element, const QPointF &pos)
{
    Q_UNUSED(pos)
    end();
    if (!mScene->document() || mScene->document()->isReadOnly() || element.id.isNull())
        return false;
    if (element.role == ElementRole::EmotionPoint)
        mKind = Kind::Emotion;
    else if (element.role == ElementRole::EmotionPointToBe)
        mKind = Kind::EmotionToBe;
    else if (element.role == ElementRole::Card && element.kind == EntityKind::Touchpoint)
        mKind = Kind::Touchpoint;
    else if (element.role == ElementRole::StageHeader)
        mKind = Kind::Stage;
    else
        return false;
    mId = element.id;
    mCenterX = element.rect.center().x();
    mStartIndex = mScene->document()->undoStack()->index();
    return true;
}

void MapDragGesture::move(const QPointF &pos)
{
    switch (mKind) {
    case Kind::Emotion:
    case Kind::EmotionToBe:
        moveEmotion(pos);
        break;
    case Kind::Touchpoint:
        showTouchpointTarget(pos);
        break;
    case Kind::Stage:
        showStageTarget(pos);
        break;
    case Kind::None:
        break;
    }
}

void MapDragGesture::finish(const QPointF &pos)
{
    if (mKind == Kind::Touchpoint)
        dropTouchpoint(pos);
    else if (mKind == Kind::Stage)
        dropStage(pos);
    end();
}

void MapDragGesture::cancel()
{
    end();
}

void MapDragGesture::end()
{
    mKind = Kind::None;
    mId = QUuid();
    mStartIndex = -1;
    mScene->dropIndicator()->clear();
}

void MapDragGesture::moveEmotion(const QPointF &pos)
{
    const MapLayout &layout = mScene->layout();
    if (layout.emotionBand().isEmpty())
        return;
    const int value = emotionAt(pos.y());
    const qreal r = layout.style().emotionPointRadius + 4;
    mScene->dropIndicator()->showAt(DropIndicatorItem::Shape::Ring,
                                    QRectF(mCenterX - r, layout.emotionY(value) - r, 2 * r, 2 * r));
    Document *document = mScene->document();
    const Touchpoint *touchpoint = document->project().touchpoints().find(mId);
    if (!touchpoint)
        return;
    const std::optional<int> current = mKind == Kind::Emotion
            ? std::optional<int>(touchpoint->emotion)
            : touchpoint->emotionToBe;
    if (current == value)
        return;
    const auto scale = mKind == Kind::Emotion ? SetEmotion::Scale::AsIs : SetEmotion::Scale::ToBe;
    // The first push of the gesture opens the undo step, the rest merge into it. Counted on
    // the stack: a drag back to the start leaves an obsolete step that Qt drops, and the
    // next push must not merge into an older gesture's step.
    const bool merge = document->undoStack()->index() > mStartIndex;
    document->push(new SetEmotion(document, mId, scale, value, merge));
}

int MapDragGesture::emotionAt(qreal y) const
{
    const MapLayout &layout = mScene->layout();
    const qreal top = layout.emotionY(kEmotionMax);
    const qreal bottom = layout.emotionY(kEmotionMin);
    if (bottom <= top)
        return 0;
    const qreal t = (y - top) / (bottom - top);
    const int value = int(std::lround(kEmotionMax - t * (kEmotionMax - kEmotionMin)));
    return qBound(kEmotionMin, value, kEmotionMax);
}

bool MapDragGesture::touchpointTarget(const QPointF &pos, QUuid *stageId, int *position) const
{
    const InsertionPoint point = mScene->layout().insertionPointAt(pos);
    const Touchpoint *touchpoint = mScene->document()->project().touchpoints().find(mId);
    if (!point.valid || !touchpoint)
        return false;
    *stageId = point.stageId;
    *position = point.index;
    // The insertion index counts the dragged card itself; once it is lifted out the
    // places after it move up by one.
    if (point.stageId == touchpoint->stageId && point.index > touchpoint->position)
        --*position;
    return point.stageId != touchpoint->stageId || *position != touchpoint->position;
}

void MapDragGesture::showTouchpointTarget(const QPointF &pos)
{
    QUuid stageId;
    int position = 0;
    if (!touchpointTarget(pos, &stageId, &position)) {
        mScene->dropIndicator()->clear();
        return;
    }
    const MapLayout &layout = mScene->layout();
    const InsertionPoint point = layout.insertionPointAt(pos);
    QRectF band(0, 0, 0, layout.size().height());
    for (const MapLayout::Row &row : layout.rows()) {
        if (row.kind == LaneKind::Touchpoints) {
            band = QRectF(0, row.top, 0, row.height);
            break;
        }
    }
    mScene->dropIndicator()->showAt(
            DropIndicatorItem::Shape::Bar,
            QRectF(point.x - kBarWidth / 2, band.top(), kBarWidth, band.height()));
}

void MapDragGesture::dropTouchpoint(const QPointF &pos)
{
    QUuid stageId;
    int position = 0;
    if (!touchpointTarget(pos, &stageId, &position))
        return;
    Document *document = mScene->document();
    const Touchpoint *touchpoint = document->project().touchpoints().find(mId);
    if (stageId == touchpoint->stageId)
        document->push(new ReorderTouchpoint(document, mId, position));
    else
        document->push(new MoveTouchpoint(document, mId, stageId, position));
}

int MapDragGesture::stageGapAt(qreal x) const
{
    const QVector<MapLayout::StageSpan> &stages = mScene->layout().stages();
    for (int i = 0; i < stages.size(); ++i) {
        if (x < (stages.at(i).left + stages.at(i).right) / 2)
            return i;
    }
    return int(stages.size());
}

void MapDragGesture::showStageTarget(const QPointF &pos)
{
    const MapLayout &layout = mScene->layout();
    const QVector<MapLayout::StageSpan> &stages = layout.stages();
    const int gap = stageGapAt(pos.x());
    if (stages.isEmpty()) {
        mScene->dropIndicator()->clear();
        return;
    }
    const qreal x = gap < stages.size() ? stages.at(gap).left : stages.last().right;
    mScene->dropIndicator()->showAt(
            DropIndicatorItem::Shape::Bar,
            QRectF(x - kBarWidth / 2, 0, kBarWidth, layout.size().height()));
}

void MapDragGesture::dropStage(const QPointF &pos)
{
    Document *document = mScene->document();
    const Stage *stage = document->project().stages().find(mId);
    if (!stage)
        return;
    int position = stageGapAt(pos.x());
    if (position > stage->position)
        --position; // the gap counted the stage itself
    if (position != stage->position)
        document->push(new ReorderStage(document, mId, position));
}

} // namespace cjm
