// SPDX-License-Identifier: GPL-3.0-or-later
#include "maplayout.h"

#include "journeyindex.h"
#include "maplayoutbuilder.h"
#include "maplayoutupdater.h"

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
    mJourneyId = journeyId;
    const JourneyIndex index(project, journeyId);
    MapLayoutBuilder(*this, index, journeyId).run(lanes);
    indexElements();
}

bool MapLayout::update(const Project &project, const ChangeEvent &event, QRectF *dirty)
{
    return MapLayoutUpdater(*this, project).apply(event, dirty);
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
    mJourneyId = QUuid();
    mElements.clear();
    mColumns.clear();
    mStages.clear();
    mRows.clear();
    mEmotionBand = QRectF();
    mCurve = QPainterPath();
    mCurveToBe = QPainterPath();
    mFirstOfEntity.clear();
    mNextOfEntity.clear();
    mColumnStart.clear();
    mColumnElements.clear();
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
    const int count = mElements.size();
    mFirstOfEntity.reserve(count);
    mNextOfEntity.fill(-1, count);
    QVector<int> tailOfEntity(count, -1); ///< by an entity's first element: its last one
    // Column ranges of every element, counted first so the flat index is allocated once.
    QVector<QPair<int, int>> ranges(count, {0, -1});
    mColumnStart.fill(0, mColumns.size() + 1);
    for (int i = 0; i < count; ++i) {
        const LayoutElement &element = mElements.at(i);
        if (!element.id.isNull()) {
            const Key key{element.kind, element.id};
            const auto it = mFirstOfEntity.constFind(key);
            if (it == mFirstOfEntity.constEnd()) {
                mFirstOfEntity.insert(key, i);
                tailOfEntity[i] = i;
            } else {
                mNextOfEntity[tailOfEntity[*it]] = i;
                tailOfEntity[*it] = i;
            }
        }
        if (element.role == ElementRole::LaneHeader) {
            mLaneHeaders.append(i);
            continue;
        }
        const int first = std::max(0, columnAt(element.rect.left()));
        int last = columnAt(element.rect.right() - 0.01);
        if (last < 0)
            last = mColumns.size() - 1;
        ranges[i] = {first, last};
        for (int c = first; c <= last; ++c)
            ++mColumnStart[c + 1];
    }
    for (int c = 0; c < mColumns.size(); ++c)
        mColumnStart[c + 1] += mColumnStart[c];
    mColumnElements.resize(mColumnStart.isEmpty() ? 0 : mColumnStart.last());
    QVector<int> fill = mColumnStart;
    for (int i = 0; i < count; ++i) {
        for (int c = ranges.at(i).first; c <= ranges.at(i).second; ++c)
            mColumnElements[fill[c]++] = i;
    }
}

int MapLayout::columnAt(qreal x) const
{
    if (mColumns.isEmpty() || x < mColumns.first().left || x >= mColumns.last().right())
        return -1;
    // Columns are equally wide: start from the arithmetic guess, correct if ever needed.
    const qreal width = std::max<qreal>(1.0, mColumns.first().width);
    int c = std::clamp(int((x - mColumns.first().left) / width), 0, int(mColumns.size()) - 1);
    while (c > 0 && x < mColumns.at(c).left)
        --c;
    while (c + 1 < mColumns.size() && x >= mColumns.at(c).right())
        ++c;
    return c;
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
    const int column = columnAt(pos.x());
    const int *begin = mLaneHeaders.constData();
    const int *end = begin + mLaneHeaders.size();
    if (column >= 0) {
        begin = mColumnElements.constData() + mColumnStart.at(column);
        end = mColumnElements.constData() + mColumnStart.at(column + 1);
    }
    const LayoutElement *best = nullptr;
    for (const int *i = begin; i != end; ++i) {
        const LayoutElement &element = mElements.at(*i);
        // Equal roles: the later one is drawn on top.
        if (element.rect.contains(pos) && (!best || element.role >= best->role))
            best = &element;
    }
    return best;
}

QRectF MapLayout::rectOf(EntityKind kind, const QUuid &id) const
{
    const int first = mFirstOfEntity.value(Key{kind, id}, -1);
    if (first < 0)
        return QRectF();
    for (int i = first; i >= 0; i = mNextOfEntity.at(i)) {
        const ElementRole role = mElements.at(i).role;
        if (role == ElementRole::Card || role == ElementRole::StageHeader
            || role == ElementRole::LaneHeader)
            return mElements.at(i).rect;
    }
    return mElements.at(first).rect;
}

const LayoutElement *MapLayout::element(EntityKind kind, const QUuid &id, ElementRole role) const
{
    for (int i = mFirstOfEntity.value(Key{kind, id}, -1); i >= 0; i = mNextOfEntity.at(i)) {
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
