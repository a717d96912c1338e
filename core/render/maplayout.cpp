// SPDX-License-Identifier: GPL-3.0-or-later
#include "maplayout.h"

#include "journeyindex.h"
#include "maplayoutbuilder.h"

#include <algorithm>

namespace cjm {

MapLayout::MapLayout() = default;

void MapLayout::build(const Project &project, const QUuid &journeyId, const MapStyle &style)
{
    build(project, journeyId, style, visibleLanes(project, journeyId));
}

void MapLayout::build(const Project &project, const QUuid &journeyId, const MapStyle &style,
                      const QVector<Lane> &lanes)
{
    clear();
    setStyle(style);
    const JourneyIndex index(project, journeyId);
    MapLayoutBuilder(*this, index, journeyId).run(lanes);
    indexElements();
}

QVector<Lane> MapLayout::visibleLanes(const Project &project, const QUuid &journeyId)
{
    QVector<Lane> lanes;
    const QVector<const Lane *> rows = project.lanesOf(journeyId);
    if (rows.isEmpty()) {
        // A journey without Lane rows (e.g. built in memory) shows every built-in lane.
        for (int kind = int(LaneKind::StageHeaders); kind < int(LaneKind::Text); ++kind) {
            Lane lane;
            lane.journeyId = journeyId;
            lane.position = kind;
            lane.kind = LaneKind(kind);
            lanes.append(lane);
        }
        return lanes;
    }
    for (const Lane *lane : rows) {
        if (lane->visible)
            lanes.append(*lane);
    }
    return lanes;
}

void MapLayout::clear()
{
    mSize = QSizeF();
    mElements.clear();
    mColumns.clear();
    mStages.clear();
    mRows.clear();
    mEmotionBand = QRectF();
    mCurve = QPainterPath();
    mCurveToBe = QPainterPath();
    mByEntity.clear();
    mByColumn.clear();
    mLaneHeaders.clear();
}

void MapLayout::setStyle(const MapStyle &style)
{
    for (int role = 0; role < kTextRoleCount; ++role) {
        // Same font, same measurements: keep what was measured before.
        if (!mWraps[role].hasFont() || mWraps[role].font() != style.fonts[role])
            mWraps[role].setFont(style.fonts[role]);
    }
    mStyle = style;
}

void MapLayout::indexElements()
{
    mByColumn.resize(mColumns.size());
    for (int i = 0; i < mElements.size(); ++i) {
        const LayoutElement &element = mElements.at(i);
        if (!element.id.isNull())
            mByEntity[Key{element.kind, element.id}].append(i);
        if (element.role == ElementRole::LaneHeader) {
            mLaneHeaders.append(i);
            continue;
        }
        const int first = std::max(0, columnAt(element.rect.left()));
        int last = columnAt(element.rect.right() - 0.01);
        if (last < 0)
            last = mColumns.size() - 1;
        for (int c = first; c <= last; ++c)
            mByColumn[c].append(i);
    }
}

int MapLayout::columnAt(qreal x) const
{
    if (mColumns.isEmpty() || x < mColumns.first().left || x >= mColumns.last().right())
        return -1;
    const auto it = std::upper_bound(mColumns.cbegin(), mColumns.cend(), x,
                                     [](qreal value, const Column &c) { return value < c.left; });
    return int(it - mColumns.cbegin()) - 1;
}

int MapLayout::rowAt(qreal y) const
{
    if (mRows.isEmpty() || y < mRows.first().top || y >= mRows.last().bottom())
        return -1;
    const auto it = std::upper_bound(mRows.cbegin(), mRows.cend(), y,
                                     [](qreal value, const Row &r) { return value < r.top; });
    return int(it - mRows.cbegin()) - 1;
}

const LayoutElement *MapLayout::elementAt(const QPointF &pos) const
{
    const QVector<int> *candidates = &mLaneHeaders;
    const int column = columnAt(pos.x());
    if (column >= 0)
        candidates = &mByColumn.at(column);
    const LayoutElement *best = nullptr;
    for (int i : *candidates) {
        const LayoutElement &element = mElements.at(i);
        // Equal roles: the later one is drawn on top.
        if (element.rect.contains(pos) && (!best || element.role >= best->role))
            best = &element;
    }
    return best;
}

QRectF MapLayout::rectOf(EntityKind kind, const QUuid &id) const
{
    const auto it = mByEntity.constFind(Key{kind, id});
    if (it == mByEntity.constEnd())
        return QRectF();
    for (int i : *it) {
        const ElementRole role = mElements.at(i).role;
        if (role == ElementRole::Card || role == ElementRole::StageHeader
            || role == ElementRole::LaneHeader)
            return mElements.at(i).rect;
    }
    return mElements.at(it->first()).rect;
}

const LayoutElement *MapLayout::element(EntityKind kind, const QUuid &id, ElementRole role) const
{
    const auto it = mByEntity.constFind(Key{kind, id});
    if (it == mByEntity.constEnd())
        return nullptr;
    for (int i : *it) {
        if (mElements.at(i).role == role)
            return &mElements.at(i);
    }
    return nullptr;
}

InsertionPoint MapLayout::insertionPointAt(const QPointF &pos) const
{
    InsertionPoint point;
    if (mColumns.isEmpty() || mRows.isEmpty())
        return point;
    // Drops a little outside the grid still land on its nearest column and row.
    const qreal x = std::clamp(pos.x(), mColumns.first().left, mColumns.last().right() - 0.01);
    const qreal y = std::clamp(pos.y(), mRows.first().top, mRows.last().bottom() - 0.01);
    const Column &column = mColumns.at(columnAt(x));
    const Row &row = mRows.at(rowAt(y));
    point.valid = true;
    point.stageId = column.stageId;
    point.lane = row.kind;
    point.laneId = row.laneId;
    if (column.touchpointId.isNull()) {
        point.index = 0;
        point.x = column.center();
    } else if (x < column.center()) {
        point.index = column.indexInStage;
        point.x = column.left;
    } else {
        point.index = column.indexInStage + 1;
        point.x = column.right();
    }
    return point;
}

qreal MapLayout::emotionY(qreal emotion) const
{
    const qreal r = mStyle.emotionPointRadius + 2;
    const qreal top = mEmotionBand.top() + r;
    const qreal span = std::max(0.0, mEmotionBand.height() - 2 * r);
    const qreal t = (kEmotionMax - std::clamp(emotion, qreal(kEmotionMin), qreal(kEmotionMax)))
            / qreal(kEmotionMax - kEmotionMin);
    return top + t * span;
}

} // namespace cjm
