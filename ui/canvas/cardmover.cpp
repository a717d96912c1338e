// SPDX-License-Identifier: GPL-3.0-or-later
#include "cardmover.h"

#include "document/commands/moveinsight.h"
#include "document/commands/moveopportunity.h"
#include "document/commands/movepainpoint.h"
#include "document/commands/movetouchpoint.h"
#include "document/commands/reorderinsight.h"
#include "document/commands/reorderopportunity.h"
#include "document/commands/reorderpainpoint.h"
#include "document/commands/reorderstage.h"
#include "document/commands/reordertouchpoint.h"
#include "document/document.h"
#include "render/maplayout.h"

namespace cjm {

namespace {

template<class T>
MutationCommand *reorder(Document *document, const QUuid &id, int position)
{
    if constexpr (std::is_same_v<T, PainPoint>)
        return new ReorderPainPoint(document, id, position);
    else if constexpr (std::is_same_v<T, Opportunity>)
        return new ReorderOpportunity(document, id, position);
    else
        return new ReorderInsight(document, id, position);
}

template<class T>
MutationCommand *move(Document *document, const QUuid &id, const QUuid &stageId,
                      const QUuid &touchpointId)
{
    if constexpr (std::is_same_v<T, PainPoint>)
        return new MovePainPoint(document, id, stageId, touchpointId);
    else if constexpr (std::is_same_v<T, Opportunity>)
        return new MoveOpportunity(document, id, stageId, touchpointId);
    else
        return new MoveInsight(document, id, stageId, touchpointId);
}

} // namespace

MutationCommand *CardMover::command(Document *document, const MapLayout &layout,
                                    const EntityRef &ref, int key)
{
    if (!document || document->isReadOnly())
        return nullptr;
    const Project &project = document->project();
    const bool horizontal = key == Qt::Key_Left || key == Qt::Key_Right;
    const int step = key == Qt::Key_Left || key == Qt::Key_Up ? -1 : 1;
    switch (ref.kind) {
    case EntityKind::Touchpoint:
        return horizontal ? moveTouchpoint(document, ref.id, step) : nullptr;
    case EntityKind::Stage:
        return horizontal ? moveStage(document, ref.id, step) : nullptr;
    case EntityKind::PainPoint:
        if (const PainPoint *p = project.painPoints().find(ref.id))
            return moveCard(document, layout, *p, key);
        break;
    case EntityKind::Opportunity:
        if (const Opportunity *o = project.opportunities().find(ref.id))
            return moveCard(document, layout, *o, key);
        break;
    case EntityKind::Insight:
        if (const Insight *i = project.insights().find(ref.id))
            return moveCard(document, layout, *i, key);
        break;
    default:
        break;
    }
    return nullptr;
}

MutationCommand *CardMover::moveTouchpoint(Document *document, const QUuid &id, int step)
{
    const Project &project = document->project();
    const Touchpoint *touchpoint = project.touchpoints().find(id);
    if (!touchpoint)
        return nullptr;
    const int count = int(project.touchpointsOf(touchpoint->stageId).size());
    const int position = touchpoint->position + step;
    if (position >= 0 && position < count)
        return new ReorderTouchpoint(document, id, position);
    // Past the edge of its stage: the far end of the neighbouring stage.
    const QVector<const Stage *> stages
            = project.stagesOf(project.journeyOfStage(touchpoint->stageId));
    const Stage *stage = project.stages().find(touchpoint->stageId);
    const int neighbour = stage->position + step;
    if (neighbour < 0 || neighbour >= stages.size())
        return nullptr;
    const QUuid target = stages.at(neighbour)->id;
    return new MoveTouchpoint(document, id, target,
                              step < 0 ? int(project.touchpointsOf(target).size()) : 0);
}

MutationCommand *CardMover::moveStage(Document *document, const QUuid &id, int step)
{
    const Project &project = document->project();
    const Stage *stage = project.stages().find(id);
    if (!stage)
        return nullptr;
    const int position = stage->position + step;
    if (position < 0 || position >= project.stagesOf(stage->journeyId).size())
        return nullptr;
    return new ReorderStage(document, id, position);
}

template<class T>
MutationCommand *CardMover::moveCard(Document *document, const MapLayout &layout, const T &card,
                                     int key)
{
    if (key == Qt::Key_Up || key == Qt::Key_Down) {
        const int position = card.position + (key == Qt::Key_Up ? -1 : 1);
        if (position < 0 || position >= document->siblingCount(T::entityKind, card.siblingKey()))
            return nullptr;
        return reorder<T>(document, card.id, position);
    }
    // Left and right: the neighbouring touchpoint column, across stages.
    QVector<const MapLayout::Column *> columns;
    int current = -1;
    for (const MapLayout::Column &column : layout.columns()) {
        if (column.touchpointId.isNull())
            continue;
        if (column.touchpointId == card.touchpointId
            || (card.touchpointId.isNull() && current < 0 && column.stageId == card.stageId))
            current = int(columns.size());
        columns.append(&column);
    }
    if (current < 0)
        return nullptr;
    const int next = current + (key == Qt::Key_Left ? -1 : 1);
    if (card.touchpointId.isNull() && key == Qt::Key_Left)
        return nullptr; // a stage card goes onto its stage's first touchpoint with Right
    const int target = card.touchpointId.isNull() ? current : next;
    if (target < 0 || target >= columns.size())
        return nullptr;
    return move<T>(document, card.id, columns.at(target)->stageId,
                   columns.at(target)->touchpointId);
}

} // namespace cjm
