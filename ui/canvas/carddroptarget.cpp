// SPDX-License-Identifier: GPL-3.0-or-later
#include "carddroptarget.h"

#include <algorithm>

namespace cjm {

namespace {

constexpr qreal kBarHeight = 5.0;

/// The ids of the owner's cards of `kind`, in order.
QVector<QUuid> siblingsOf(const Project &project, EntityKind kind, const QUuid &owner)
{
    QVector<QUuid> ids;
    if (kind == EntityKind::PainPoint) {
        for (const PainPoint *p : project.painPointsOf(owner))
            ids.append(p->id);
    } else if (kind == EntityKind::Opportunity) {
        for (const Opportunity *o : project.opportunitiesOf(owner))
            ids.append(o->id);
    } else if (kind == EntityKind::Insight) {
        for (const Insight *i : project.insightsOf(owner))
            ids.append(i->id);
    }
    return ids;
}

} // namespace

LaneKind CardDropTarget::laneOf(EntityKind kind)
{
    switch (kind) {
    case EntityKind::PainPoint:
        return LaneKind::PainPoints;
    case EntityKind::Opportunity:
        return LaneKind::Opportunities;
    default:
        return LaneKind::Insights;
    }
}

CardDropTarget CardDropTarget::at(const MapLayout &layout, const Project &project, EntityKind kind,
                                  const QPointF &pos, const QUuid &dragged)
{
    CardDropTarget target;
    const QVector<MapLayout::Column> &columns = layout.columns();
    if (columns.isEmpty())
        return target;
    // Left of the first column or right of the last: the nearest one.
    int c = layout.columnAt(pos.x());
    if (c < 0)
        c = pos.x() < columns.first().left ? 0 : int(columns.size()) - 1;
    const MapLayout::Column &column = columns.at(c);
    const int r = layout.rowAt(pos.y());
    const bool onHeader = r >= 0 && layout.rows().at(r).kind == LaneKind::StageHeaders;
    target.mStageId = column.stageId;
    if (!onHeader)
        target.mTouchpointId = column.touchpointId;

    qreal left = column.left;
    qreal right = column.right();
    if (target.mTouchpointId.isNull()) {
        for (const MapLayout::StageSpan &span : layout.stages()) {
            if (span.stageId == column.stageId) {
                left = span.left;
                right = span.right;
            }
        }
    }
    const QUuid owner = target.mTouchpointId.isNull() ? target.mStageId : target.mTouchpointId;
    QVector<QRectF> rects;
    for (const QUuid &id : siblingsOf(project, kind, owner)) {
        if (id == dragged)
            continue;
        rects.append(layout.rectOf(kind, id));
    }
    // Before the first sibling whose middle is below the drop point.
    target.mPosition = int(rects.size());
    for (int i = 0; i < rects.size(); ++i) {
        if (!rects.at(i).isNull() && pos.y() < rects.at(i).center().y()) {
            target.mPosition = i;
            break;
        }
    }
    qreal y = pos.y();
    if (target.mPosition < rects.size() && !rects.at(target.mPosition).isNull()) {
        y = rects.at(target.mPosition).top() - kBarHeight;
    } else if (!rects.isEmpty() && !rects.last().isNull()) {
        y = rects.last().bottom() + 1;
    } else {
        for (const MapLayout::Row &row : layout.rows()) {
            if (row.kind == laneOf(kind))
                y = row.top + 2;
        }
    }
    target.mIndicator = QRectF(left + 4, y, std::max<qreal>(8, right - left - 8), kBarHeight);
    return target;
}

} // namespace cjm
