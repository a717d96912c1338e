// SPDX-License-Identifier: GPL-3.0-or-later
#include "mapinserter.h"

#include "carddroptarget.h"
#include "document/commands/addinsight.h"
#include "document/commands/addlane.h"
#include "document/commands/addopportunity.h"
#include "document/commands/addpainpoint.h"
#include "document/commands/addstage.h"
#include "document/commands/addtouchpoint.h"
#include "document/commands/insertfragment.h"
#include "document/document.h"
#include "dropindicatoritem.h"
#include "mapscene.h"

namespace cjm {

namespace {

constexpr qreal kBarWidth = 5.0;

EntityKind entityKindOf(PaletteItem::Kind kind)
{
    switch (kind) {
    case PaletteItem::Kind::Stage:
        return EntityKind::Stage;
    case PaletteItem::Kind::Touchpoint:
        return EntityKind::Touchpoint;
    case PaletteItem::Kind::PainPoint:
        return EntityKind::PainPoint;
    case PaletteItem::Kind::Opportunity:
        return EntityKind::Opportunity;
    case PaletteItem::Kind::Insight:
        return EntityKind::Insight;
    case PaletteItem::Kind::TextLane:
        return EntityKind::Lane;
    }
    return EntityKind::Lane;
}

template<class T>
MutationCommand *addCard(Document *document, const PaletteItem &item, const QUuid &stageId,
                         const QUuid &touchpointId, int position, QUuid *id)
{
    T card;
    card.stageId = stageId;
    card.touchpointId = touchpointId;
    if constexpr (std::is_same_v<T, Insight>)
        card.text = item.newTitle();
    else
        card.title = item.newTitle();
    card.id = QUuid::createUuid();
    *id = card.id;
    if constexpr (std::is_same_v<T, PainPoint>)
        return new AddPainPoint(document, card, position);
    else if constexpr (std::is_same_v<T, Opportunity>)
        return new AddOpportunity(document, card, position);
    else
        return new AddInsight(document, card, position);
}

} // namespace

MapInserter::MapInserter(MapScene *scene) : mScene(scene) {}

bool MapInserter::showTarget(const PaletteItem &item, const QPointF &pos)
{
    const Placement placement = placementAt(item, pos);
    if (!placement.valid) {
        mScene->dropIndicator()->clear();
        return false;
    }
    mScene->dropIndicator()->showAt(DropIndicatorItem::Shape::Bar, placement.indicator);
    return true;
}

EntityRef MapInserter::dropAt(const PaletteItem &item, const QPointF &pos)
{
    mScene->dropIndicator()->clear();
    return add(item, placementAt(item, pos));
}

EntityRef MapInserter::insertAfterSelection(const PaletteItem &item)
{
    return add(item, placementAfterSelection(item));
}

MapInserter::Placement MapInserter::placementAt(const PaletteItem &item, const QPointF &pos) const
{
    Placement placement;
    const Document *document = mScene->document();
    if (!document || document->isReadOnly() || mScene->journeyId().isNull())
        return placement;
    const MapLayout &layout = mScene->layout();
    switch (item.kind()) {
    case PaletteItem::Kind::Stage:
        return stageGapAt(pos.x());
    case PaletteItem::Kind::TextLane:
        return textLaneAt(pos.y());
    case PaletteItem::Kind::Touchpoint: {
        const InsertionPoint point = layout.insertionPointAt(pos);
        if (!point.valid)
            return placement;
        placement.valid = true;
        placement.stageId = point.stageId;
        placement.position = point.index;
        QRectF band(0, 0, 0, layout.size().height());
        for (const MapLayout::Row &row : layout.rows()) {
            if (row.kind == LaneKind::Touchpoints)
                band = QRectF(0, row.top, 0, row.height);
        }
        placement.indicator = QRectF(point.x - kBarWidth / 2, band.top(), kBarWidth, band.height());
        return placement;
    }
    case PaletteItem::Kind::PainPoint:
    case PaletteItem::Kind::Opportunity:
    case PaletteItem::Kind::Insight: {
        const CardDropTarget target
                = CardDropTarget::at(layout, document->project(), entityKindOf(item.kind()), pos);
        placement.valid = target.isValid();
        placement.stageId = target.stageId();
        placement.touchpointId = target.touchpointId();
        placement.position = target.position();
        placement.indicator = target.indicator();
        return placement;
    }
    }
    return placement;
}

MapInserter::Placement MapInserter::stageGapAt(qreal x) const
{
    Placement placement;
    placement.valid = true;
    const MapLayout &layout = mScene->layout();
    const QVector<MapLayout::StageSpan> &stages = layout.stages();
    placement.position = int(stages.size());
    for (int i = 0; i < stages.size(); ++i) {
        if (x < (stages.at(i).left + stages.at(i).right) / 2) {
            placement.position = i;
            break;
        }
    }
    qreal gapX = 0;
    if (!stages.isEmpty()) {
        gapX = placement.position < stages.size() ? stages.at(placement.position).left
                                                  : stages.last().right;
    }
    placement.indicator = QRectF(gapX - kBarWidth / 2, 0, kBarWidth,
                                 std::max<qreal>(layout.size().height(), 40));
    return placement;
}

MapInserter::Placement MapInserter::textLaneAt(qreal y) const
{
    Placement placement;
    const MapLayout &layout = mScene->layout();
    const QVector<MapLayout::Row> &rows = layout.rows();
    const Project &project = mScene->document()->project();
    placement.valid = true;
    if (rows.isEmpty())
        return placement;
    int r = layout.rowAt(y);
    if (r < 0)
        r = y < rows.first().top ? 0 : int(rows.size()) - 1;
    const MapLayout::Row &row = rows.at(r);
    const bool after = y >= row.top + row.height / 2;
    const qreal barY = after ? row.bottom() : row.top;
    placement.indicator = QRectF(0, barY - kBarWidth / 2,
                                 std::max<qreal>(layout.size().width(), 40), kBarWidth);
    // Rows show only visible lanes: go by the Lane's own position among all of them.
    int position = r + (after ? 1 : 0);
    if (const Lane *lane = project.list<Lane>().find(row.laneId))
        position = lane->position + (after ? 1 : 0);
    placement.position = position;
    return placement;
}

MapInserter::Placement MapInserter::placementAfterSelection(const PaletteItem &item) const
{
    Placement placement;
    const Document *document = mScene->document();
    if (!document || document->isReadOnly() || mScene->journeyId().isNull())
        return placement;
    const Project &project = document->project();
    const QUuid journeyId = mScene->journeyId();
    // The stage and touchpoint of the first selected entity of this journey.
    QUuid stageId;
    QUuid touchpointId;
    EntityRef selected;
    for (const EntityRef &ref : document->selection()) {
        if (ref.kind == EntityKind::Stage && project.stages().contains(ref.id)) {
            stageId = ref.id;
        } else if (const Touchpoint *t = project.touchpoints().find(ref.id)) {
            stageId = t->stageId;
            touchpointId = t->id;
        } else if (const PainPoint *p = project.painPoints().find(ref.id)) {
            stageId = p->stageId;
            touchpointId = p->touchpointId;
        } else if (const Opportunity *o = project.opportunities().find(ref.id)) {
            stageId = o->stageId;
            touchpointId = o->touchpointId;
        } else if (const Insight *i = project.insights().find(ref.id)) {
            stageId = i->stageId;
            touchpointId = i->touchpointId;
        }
        if (!stageId.isNull() && project.journeyOfStage(stageId) == journeyId) {
            selected = ref;
            break;
        }
        stageId = touchpointId = QUuid();
    }
    const QVector<const Stage *> stages = project.stagesOf(journeyId);
    placement.valid = true;
    switch (item.kind()) {
    case PaletteItem::Kind::Stage:
        placement.position = stageId.isNull() ? -1 : project.stages().find(stageId)->position + 1;
        break;
    case PaletteItem::Kind::TextLane:
        placement.position = -1;
        break;
    case PaletteItem::Kind::Touchpoint:
        if (stageId.isNull() && !stages.isEmpty())
            stageId = stages.last()->id;
        placement.valid = !stageId.isNull();
        placement.stageId = stageId;
        placement.position = touchpointId.isNull()
                ? -1
                : project.touchpoints().find(touchpointId)->position + 1;
        break;
    case PaletteItem::Kind::PainPoint:
    case PaletteItem::Kind::Opportunity:
    case PaletteItem::Kind::Insight:
        if (stageId.isNull()) {
            // Nothing selected: the first touchpoint of the map, or its first stage.
            for (const Stage *stage : stages) {
                const QVector<const Touchpoint *> touchpoints = project.touchpointsOf(stage->id);
                stageId = stage->id;
                touchpointId = touchpoints.isEmpty() ? QUuid() : touchpoints.first()->id;
                if (!touchpointId.isNull())
                    break;
            }
        }
        placement.valid = !stageId.isNull();
        placement.stageId = stageId;
        placement.touchpointId = touchpointId;
        if (selected.kind == entityKindOf(item.kind()))
            placement.position = document->positionOf(selected.kind, selected.id) + 1;
        break;
    }
    return placement;
}

EntityRef MapInserter::add(const PaletteItem &item, const Placement &placement)
{
    Document *document = mScene->document();
    if (!placement.valid || !document || document->isReadOnly())
        return EntityRef();
    MutationCommand *command = nullptr;
    QUuid id;
    switch (item.kind()) {
    case PaletteItem::Kind::Stage: {
        Stage stage;
        stage.id = id = QUuid::createUuid();
        stage.journeyId = mScene->journeyId();
        stage.name = item.newTitle();
        command = new AddStage(document, stage, placement.position);
        break;
    }
    case PaletteItem::Kind::Touchpoint: {
        Touchpoint touchpoint;
        touchpoint.id = id = QUuid::createUuid();
        touchpoint.stageId = placement.stageId;
        touchpoint.title = item.newTitle();
        touchpoint.channel = item.channel();
        command = new AddTouchpoint(document, touchpoint, placement.position);
        break;
    }
    case PaletteItem::Kind::PainPoint:
        command = addCard<PainPoint>(document, item, placement.stageId, placement.touchpointId,
                                     placement.position, &id);
        break;
    case PaletteItem::Kind::Opportunity:
        command = addCard<Opportunity>(document, item, placement.stageId, placement.touchpointId,
                                       placement.position, &id);
        break;
    case PaletteItem::Kind::Insight:
        command = addCard<Insight>(document, item, placement.stageId, placement.touchpointId,
                                   placement.position, &id);
        break;
    case PaletteItem::Kind::TextLane:
        command = addTextLane(placement.position, &id);
        break;
    }
    if (!command || !MutationCommand::push(document, command))
        return EntityRef();
    const EntityRef added{entityKindOf(item.kind()), id};
    if (added.kind != EntityKind::Lane)
        document->setSelection({added});
    return added;
}

MutationCommand *MapInserter::addTextLane(int position, QUuid *id) const
{
    Document *document = mScene->document();
    const Project &project = document->project();
    const QUuid journeyId = mScene->journeyId();
    Lane lane;
    lane.id = *id = QUuid::createUuid();
    lane.journeyId = journeyId;
    lane.kind = LaneKind::Text;
    lane.title = PaletteItem(PaletteItem::Kind::TextLane).newTitle();
    if (!project.lanesOf(journeyId).isEmpty())
        return new AddLane(document, lane, position);
    // A journey without Lane rows shows every built-in lane; one Lane row alone would hide
    // them, so they become rows too, in the same step.
    QVector<Lane> lanes = MapLayout::visibleLanes(project, journeyId);
    for (Lane &builtIn : lanes)
        builtIn.id = QUuid::createUuid();
    const int at = position < 0 || position > lanes.size() ? int(lanes.size()) : position;
    lanes.insert(at, lane);
    Project fragment;
    for (int i = 0; i < lanes.size(); ++i) {
        lanes[i].position = i;
        fragment.list<Lane>().insert(lanes.at(i));
    }
    return new InsertFragment(document, fragment, tr("Add lane"));
}

} // namespace cjm
