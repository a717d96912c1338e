// SPDX-License-Identifier: GPL-3.0-or-later
#include "mapdraggesture.h"

#include "carddroptarget.h"
#include "document/commands/moveinsight.h"
#include "document/commands/moveopportunity.h"
#include "document/commands/movepainpoint.h"
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
    else if (element.role == ElementRole::Card
             && (element.kind == EntityKind::PainPoint || element.kind == EntityKind::Opportunity
                 || element.kind == EntityKind::Insight))
        mKind = Kind::Card;
    else
        return false;
    mId = element.id;
    mCardKind = element.kind;
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
    case Kind::Card:
        showCardTarget(pos);
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
    else if (mKind == Kind::Card)
        dropCard(pos);
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
    // Several touchpoints go to any gap; a single one only where it would move.
    const bool several = draggedTouchpoints().size() > 1;
    if (!touchpointTarget(pos, &stageId, &position)
        && !(several && mScene->layout().insertionPointAt(pos).valid)) {
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
    const QVector<QUuid> ids = draggedTouchpoints();
    if (ids.size() > 1) {
        const InsertionPoint point = mScene->layout().insertionPointAt(pos);
        if (point.valid)
            dropTouchpoints(ids, point.stageId, point.index);
        return;
    }
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

QVector<QUuid> MapDragGesture::draggedTouchpoints() const
{
    const Document *document = mScene->document();
    const EntityRef dragged{EntityKind::Touchpoint, mId};
    if (!document->selection().contains(dragged))
        return {mId};
    QVector<QUuid> ids;
    for (const MapLayout::Column &column : mScene->layout().columns()) {
        if (!column.touchpointId.isNull()
            && document->selection().contains(
                    EntityRef{EntityKind::Touchpoint, column.touchpointId}))
            ids.append(column.touchpointId);
    }
    return ids.isEmpty() ? QVector<QUuid>{mId} : ids;
}

void MapDragGesture::dropTouchpoints(const QVector<QUuid> &ids, const QUuid &stageId,
                                     int insertionIndex)
{
    Document *document = mScene->document();
    const Project &project = document->project();
    // They land, in map order, before the first touchpoint at or after the gap that is not
    // one of them (or at the end): that anchor stays put while they move one by one.
    QUuid anchor;
    const QVector<const Touchpoint *> inStage = project.touchpointsOf(stageId);
    for (int i = insertionIndex; i < inStage.size() && anchor.isNull(); ++i) {
        if (!ids.contains(inStage.at(i)->id))
            anchor = inStage.at(i)->id;
    }
    // Already in that order there: no step at all.
    QVector<QUuid> now;
    QVector<QUuid> wanted;
    for (const Touchpoint *touchpoint : inStage) {
        now.append(touchpoint->id);
        if (!ids.contains(touchpoint->id))
            wanted.append(touchpoint->id);
    }
    const int at = anchor.isNull() ? int(wanted.size()) : int(wanted.indexOf(anchor));
    for (int i = 0; i < ids.size(); ++i)
        wanted.insert(at + i, ids.at(i));
    if (now == wanted)
        return;
    QUndoStack *stack = document->undoStack();
    stack->beginMacro(tr("Move %n touchpoints", nullptr, int(ids.size())));
    for (const QUuid &id : ids) {
        const Touchpoint *touchpoint = document->project().touchpoints().find(id);
        if (!touchpoint)
            continue;
        const bool sameStage = touchpoint->stageId == stageId;
        const QVector<const Touchpoint *> now = document->project().touchpointsOf(stageId);
        int position = int(now.size()) - (sameStage ? 1 : 0);
        if (const Touchpoint *next = document->project().touchpoints().find(anchor)) {
            position = next->position;
            if (sameStage && touchpoint->position < next->position)
                --position; // lifting it out moves the anchor up by one
        }
        if (sameStage)
            document->push(new ReorderTouchpoint(document, id, position));
        else
            document->push(new MoveTouchpoint(document, id, stageId, position));
    }
    stack->endMacro();
}

void MapDragGesture::showCardTarget(const QPointF &pos)
{
    const CardDropTarget target = CardDropTarget::at(
            mScene->layout(), mScene->document()->project(), mCardKind, pos, mId);
    if (!target.isValid()) {
        mScene->dropIndicator()->clear();
        return;
    }
    mScene->dropIndicator()->showAt(DropIndicatorItem::Shape::Bar, target.indicator());
}

void MapDragGesture::dropCard(const QPointF &pos)
{
    Document *document = mScene->document();
    const CardDropTarget target
            = CardDropTarget::at(mScene->layout(), document->project(), mCardKind, pos, mId);
    if (!target.isValid())
        return;
    // The Move commands reorder within the same owner too; staying put is no step.
    if (mCardKind == EntityKind::PainPoint)
        document->push(new MovePainPoint(document, mId, target.stageId(), target.touchpointId(),
                                         target.position()));
    else if (mCardKind == EntityKind::Opportunity)
        document->push(new MoveOpportunity(document, mId, target.stageId(), target.touchpointId(),
                                           target.position()));
    else
        document->push(new MoveInsight(document, mId, target.stageId(), target.touchpointId(),
                                       target.position()));
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
