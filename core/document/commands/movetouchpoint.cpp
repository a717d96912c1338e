// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/commands/movetouchpoint.h"

namespace cjm {

namespace {

template<class T>
void rehome(const QVector<const T *> &cards, const QUuid &stageId, Mutation *mutation)
{
    const QString column = QStringLiteral("stage_id");
    for (const T *card : cards) {
        mutation->setField(T::entityKind, card->id, column, toFieldVariant(card->stageId),
                           toFieldVariant(stageId));
    }
}

} // namespace

MoveTouchpoint::MoveTouchpoint(Document *document, const QUuid &touchpointId, const QUuid &stageId,
                               int position, QUndoCommand *parent)
    : MoveEntity<Touchpoint>(document, touchpointId, tr("Move touchpoint"), parent)
{
    const Touchpoint *touchpoint = current();
    if (!touchpoint)
        return;
    const Project &project = document->project();
    Touchpoint target = *touchpoint;
    target.stageId = stageId;
    if (Status s = CommandChecks::checkReferences(project, target); !s) {
        fail(s);
        return;
    }
    if (project.journeyOfStage(stageId) != project.journeyOfStage(touchpoint->stageId)) {
        fail(CommandChecks::badValue(EntityKind::Touchpoint, touchpointId,
                                     QStringLiteral("stage_id"),
                                     tr("a touchpoint can only move within its journey")));
        return;
    }
    const Mutation extra
            = stageId == touchpoint->stageId ? Mutation() : rehomeCards(*touchpoint, stageId);
    moveTo(*touchpoint, target, position, extra);
}

Mutation MoveTouchpoint::rehomeCards(const Touchpoint &touchpoint, const QUuid &stageId) const
{
    const Project &project = document()->project();
    Mutation mutation;
    rehome(project.painPointsOf(touchpoint.id), stageId, &mutation);
    rehome(project.opportunitiesOf(touchpoint.id), stageId, &mutation);
    rehome(project.insightsOf(touchpoint.id), stageId, &mutation);
    return mutation;
}

} // namespace cjm
