// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/commands/commandchecks.h"

#include "model/entitydispatch.h"

namespace cjm {

bool CommandChecks::exists(const Project &project, EntityKind kind, const QUuid &id)
{
    if (id.isNull())
        return false;
    if (kind == EntityKind::ProjectInfo)
        return project.info.id == id;
    bool found = false;
    dispatchEntityKind(kind, [&](auto tag) {
        using T = typename decltype(tag)::Type;
        found = project.list<T>().contains(id);
    });
    return found;
}

Status CommandChecks::missing(EntityKind kind, const QUuid &id)
{
    if (id.isNull())
        return Status::failure(tr("no %1 given").arg(entityKindName(kind)));
    return Status::failure(tr("there is no %1 %2").arg(entityKindName(kind), uuidText(id)));
}

bool CommandChecks::sameValue(const QVariant &a, const QVariant &b)
{
    return a.isNull() == b.isNull() && a.metaType() == b.metaType() && a == b;
}

Status CommandChecks::badValue(EntityKind kind, const QUuid &id, const QString &column,
                               const QString &reason)
{
    return Status::failure(
            tr("%1 %2: %3: %4").arg(entityKindName(kind), uuidText(id), column, reason));
}

bool CommandChecks::isMemberForm(const QVariant &value)
{
    // Types callers naturally hold that the file stores as text or integers.
    switch (value.typeId()) {
    case QMetaType::QUuid:
    case QMetaType::QColor:
    case QMetaType::QDate:
    case QMetaType::QDateTime:
    case QMetaType::QStringList:
    case QMetaType::Bool:
        return true;
    default:
        return false;
    }
}

Status CommandChecks::checkParent(const Project &project, EntityKind kind, const QUuid &id,
                                  const QString &column, EntityKind parentKind,
                                  const QUuid &parentId, bool optional)
{
    if (parentId.isNull() && optional)
        return Status::success();
    if (!exists(project, parentKind, parentId)) {
        return badValue(kind, id, column,
                        parentId.isNull()
                                ? tr("no %1 given").arg(entityKindName(parentKind))
                                : tr("there is no %1 %2")
                                          .arg(entityKindName(parentKind), uuidText(parentId)));
    }
    return Status::success();
}

Status CommandChecks::checkHomed(const Project &project, EntityKind kind, const QUuid &id,
                                 QUuid *stageId, const QUuid &touchpointId)
{
    if (touchpointId.isNull())
        return checkParent(project, kind, id, QStringLiteral("stage_id"), EntityKind::Stage,
                           *stageId, false);
    const Touchpoint *touchpoint = project.touchpoints().find(touchpointId);
    if (!touchpoint)
        return checkParent(project, kind, id, QStringLiteral("touchpoint_id"),
                           EntityKind::Touchpoint, touchpointId, false);
    if (stageId->isNull())
        *stageId = touchpoint->stageId;
    if (*stageId != touchpoint->stageId) {
        return badValue(kind, id, QStringLiteral("stage_id"),
                        tr("must be the stage of touchpoint %1").arg(uuidText(touchpointId)));
    }
    return Status::success();
}

Status CommandChecks::checkReferences(const Project &, ImageAsset &)
{
    return Status::success();
}

Status CommandChecks::checkReferences(const Project &project, Persona &entity)
{
    return checkParent(project, EntityKind::Persona, entity.id, QStringLiteral("photo_id"),
                       EntityKind::Image, entity.photoId, true);
}

Status CommandChecks::checkReferences(const Project &project, Journey &entity)
{
    if (!entity.asIsJourneyId.isNull() && entity.asIsJourneyId == entity.id) {
        return badValue(EntityKind::Journey, entity.id, QStringLiteral("as_is_journey_id"),
                        tr("a journey cannot improve itself"));
    }
    return checkParent(project, EntityKind::Journey, entity.id, QStringLiteral("as_is_journey_id"),
                       EntityKind::Journey, entity.asIsJourneyId, true);
}

Status CommandChecks::checkReferences(const Project &project, Lane &entity)
{
    return checkParent(project, EntityKind::Lane, entity.id, QStringLiteral("journey_id"),
                       EntityKind::Journey, entity.journeyId, false);
}

Status CommandChecks::checkReferences(const Project &project, LaneCell &entity)
{
    const QString laneColumn = QStringLiteral("lane_id");
    const QString touchpointColumn = QStringLiteral("touchpoint_id");
    if (Status s = checkParent(project, EntityKind::LaneCell, entity.id, laneColumn,
                               EntityKind::Lane, entity.laneId, false);
        !s)
        return s;
    if (Status s = checkParent(project, EntityKind::LaneCell, entity.id, touchpointColumn,
                               EntityKind::Touchpoint, entity.touchpointId, false);
        !s)
        return s;
    const Lane *lane = project.list<Lane>().find(entity.laneId);
    if (lane->kind != LaneKind::Text) {
        return badValue(EntityKind::LaneCell, entity.id, laneColumn,
                        tr("only user-defined text lanes hold text cells"));
    }
    if (project.journeyOfTouchpoint(entity.touchpointId) != lane->journeyId) {
        return badValue(EntityKind::LaneCell, entity.id, touchpointColumn,
                        tr("the touchpoint is not in the lane's journey"));
    }
    for (const LaneCell &cell : project.list<LaneCell>()) {
        if (cell.id != entity.id && cell.laneId == entity.laneId
            && cell.touchpointId == entity.touchpointId) {
            return badValue(EntityKind::LaneCell, entity.id, touchpointColumn,
                            tr("the lane already has a cell for this touchpoint"));
        }
    }
    return Status::success();
}

Status CommandChecks::checkReferences(const Project &project, Stage &entity)
{
    return checkParent(project, EntityKind::Stage, entity.id, QStringLiteral("journey_id"),
                       EntityKind::Journey, entity.journeyId, false);
}

Status CommandChecks::checkReferences(const Project &project, Touchpoint &entity)
{
    return checkParent(project, EntityKind::Touchpoint, entity.id, QStringLiteral("stage_id"),
                       EntityKind::Stage, entity.stageId, false);
}

Status CommandChecks::checkReferences(const Project &project, PainPoint &entity)
{
    return checkHomed(project, EntityKind::PainPoint, entity.id, &entity.stageId,
                      entity.touchpointId);
}

Status CommandChecks::checkReferences(const Project &project, Opportunity &entity)
{
    return checkHomed(project, EntityKind::Opportunity, entity.id, &entity.stageId,
                      entity.touchpointId);
}

Status CommandChecks::checkReferences(const Project &project, Insight &entity)
{
    return checkHomed(project, EntityKind::Insight, entity.id, &entity.stageId,
                      entity.touchpointId);
}

Status CommandChecks::checkReferences(const Project &, Metric &)
{
    // scope_id has no foreign key: a metric may outlive the scope it measured.
    return Status::success();
}

Status CommandChecks::checkReferences(const Project &project, Measurement &entity)
{
    return checkParent(project, EntityKind::Measurement, entity.id, QStringLiteral("metric_id"),
                       EntityKind::Metric, entity.metricId, false);
}

Status CommandChecks::checkReferences(const Project &, ProjectInfo &)
{
    return Status::success();
}

} // namespace cjm
