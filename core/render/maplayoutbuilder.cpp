// SPDX-License-Identifier: GPL-3.0-or-later
#include "maplayoutbuilder.h"

#include "emotioncurve.h"
#include "mapcontent.h"

#include <algorithm>

namespace cjm {

MapLayoutBuilder::MapLayoutBuilder(MapLayout &layout, const JourneyIndex &index,
                                   const QUuid &journeyId)
    : mLayout(layout), mIndex(index), mStyle(layout.mStyle), mJourneyId(journeyId)
{}

void MapLayoutBuilder::run(const QVector<Lane> &lanes)
{
    buildColumns();
    // About one element per column and lane, plus lane headers: allocated once.
    mLayout.mElements.reserve((mLayout.mColumns.size() + 1) * (lanes.size() + 2));
    qreal top = 0.0;
    for (const Lane &lane : lanes) {
        MapLayout::Row row;
        row.kind = lane.kind;
        row.laneId = lane.id;
        row.title = MapContent::laneTitle(lane.kind, lane.title);
        row.top = top;
        mLayout.mRows.append(row);
        buildRow(lane);
        top = mLayout.mRows.last().bottom();
    }
    mLayout.mSize = QSizeF(mColumnsRight, top);
}

void MapLayoutBuilder::buildColumns()
{
    qreal x = mStyle.laneHeaderWidth;
    mColumnsLeft = x;
    for (const Stage *stage : mIndex.stages()) {
        MapLayout::StageSpan span;
        span.stageId = stage->id;
        span.firstColumn = mLayout.mColumns.size();
        span.left = x;
        const QVector<const Touchpoint *> &tps = mIndex.touchpointsOf(stage->id);
        span.touchpointCount = tps.size();
        // An empty stage still takes one column: something to see and to drop on.
        const int count = std::max(1, int(tps.size()));
        for (int i = 0; i < count; ++i) {
            MapLayout::Column column;
            column.stageId = stage->id;
            column.touchpointId = i < tps.size() ? tps.at(i)->id : QUuid();
            column.indexInStage = i;
            column.left = x;
            column.width = mStyle.columnWidth;
            mLayout.mColumns.append(column);
            x += mStyle.columnWidth;
        }
        span.columnCount = count;
        span.right = x;
        mLayout.mStages.append(span);
    }
    mColumnsRight = x;
}

void MapLayoutBuilder::buildRow(const Lane &lane)
{
    MapLayout::Row &row = mLayout.mRows.last();
    qreal height = 0.0;
    switch (lane.kind) {
    case LaneKind::StageHeaders:
        height = stageHeaderRow(row);
        break;
    case LaneKind::Emotion:
        height = emotionRow(row);
        break;
    case LaneKind::Touchpoints:
    case LaneKind::PainPoints:
    case LaneKind::Opportunities:
    case LaneKind::Insights:
    case LaneKind::Metrics:
        height = stackedRow(row);
        break;
    case LaneKind::CustomerActions:
    case LaneKind::Thoughts:
    case LaneKind::Channels:
    case LaneKind::Backstage:
    case LaneKind::Text:
        height = cellRow(row);
        break;
    }
    row.height = std::max(height, mStyle.laneMinHeight);
    laneHeader(row);
}

int MapLayoutBuilder::place(LayoutElement element, const CardSpec &spec, QPointF topLeft,
                            qreal width)
{
    element.contentHeight = layOutText(mLayout, spec, topLeft, width, &element.texts);
    element.rect = QRectF(topLeft, QSizeF(width, element.contentHeight));
    mLayout.mElements.append(std::move(element));
    return mLayout.mElements.size() - 1;
}

qreal MapLayoutBuilder::layOutText(const MapLayout &layout, const CardSpec &spec, QPointF topLeft,
                                   qreal width, QVector<LayoutText> *texts)
{
    const MapStyle &style = layout.mStyle;
    const qreal pad = spec.plain ? style.cellPadding : style.cardPadding;
    const qreal inner = width - 2 * pad;
    const qreal icon = style.iconSize;
    const qreal left = topLeft.x() + pad;
    qreal y = topLeft.y() + pad;
    bool any = false;
    texts->clear();
    texts->reserve(6);
    if (spec.badgeRow) {
        const TextWrap &wrap = layout.mWraps[int(TextRole::Small)];
        const qreal w = inner - icon - 4 - spec.trailingIcons * (icon + 3);
        const QStringList lines = wrap.wrap(spec.badge, w, 1);
        if (!lines.isEmpty()) {
            const qreal lh = wrap.lineHeight();
            texts->append({lines.first(), QRectF(left + icon + 4, y + (icon - lh) / 2, w, lh),
                           TextRole::Small, TextSlot::Badge});
        }
        y += icon + style.blockSpacing + 1;
        any = true;
    }
    for (const TextSpec &block : spec.blocks) {
        const TextWrap &wrap = layout.mWraps[int(block.role)];
        const qreal w = inner - block.indent;
        const QStringList lines = wrap.wrap(block.text, w, block.maxLines);
        if (lines.isEmpty())
            continue;
        const qreal lh = wrap.lineHeight();
        for (const QString &line : lines) {
            texts->append({line, QRectF(left + block.indent, y, w, lh), block.role, block.slot});
            y += lh;
        }
        y += style.blockSpacing;
        any = true;
    }
    if (any)
        y -= style.blockSpacing;
    return y + pad - topLeft.y();
}

LayoutElement MapLayoutBuilder::elementFor(const MapLayout::Row &row, EntityKind kind,
                                           const QUuid &id, ElementRole role) const
{
    LayoutElement element;
    element.kind = kind;
    element.id = id;
    element.role = role;
    element.lane = row.kind;
    element.laneId = row.laneId;
    return element;
}

qreal MapLayoutBuilder::stageHeaderRow(const MapLayout::Row &row)
{
    const int first = mLayout.mElements.size();
    qreal bottom = row.top + mStyle.margin + mStyle.stageHeaderMinHeight;
    for (int s = 0; s < mLayout.mStages.size(); ++s) {
        const MapLayout::StageSpan &span = mLayout.mStages.at(s);
        const Stage *stage = mIndex.stages().at(s); // spans follow the stages one to one
        // Headers of neighbouring stages keep a hairline gap between their colours.
        const qreal width = span.right - span.left - 2;
        LayoutElement element
                = elementFor(row, EntityKind::Stage, stage->id, ElementRole::StageHeader);
        element.stageId = stage->id;
        const int i = place(std::move(element), MapContent::stageHeader(*stage, mStyle),
                            QPointF(span.left + 1, row.top + mStyle.margin), width);
        bottom = std::max(bottom, mLayout.mElements.at(i).rect.bottom());
    }
    stretch(first, bottom);
    return bottom + mStyle.margin - row.top;
}

qreal MapLayoutBuilder::cellRow(const MapLayout::Row &row)
{
    const int first = mLayout.mElements.size();
    const qreal top = row.top + mStyle.margin;
    qreal bottom = top;
    const qreal width = mStyle.cardWidth();
    for (const MapLayout::Column &column : std::as_const(mLayout.mColumns)) {
        if (column.touchpointId.isNull())
            continue;
        const Touchpoint *tp = mIndex.touchpointsOf(column.stageId).at(column.indexInStage);
        EntityKind kind = EntityKind::Touchpoint;
        QUuid id = tp->id;
        const CardSpec spec = cellSpec(row, *tp, &kind, &id);
        LayoutElement element = elementFor(row, kind, id, ElementRole::Cell);
        element.stageId = column.stageId;
        element.touchpointId = tp->id;
        const int i
                = place(std::move(element), spec, QPointF(column.left + mStyle.margin, top), width);
        bottom = std::max(bottom, mLayout.mElements.at(i).rect.bottom());
    }
    bottom = std::max(bottom, row.top + mStyle.laneMinHeight - mStyle.margin);
    stretch(first, bottom);
    return bottom + mStyle.margin - row.top;
}

CardSpec MapLayoutBuilder::cellSpec(const MapLayout::Row &row, const Touchpoint &tp,
                                    EntityKind *entityKind, QUuid *entityId) const
{
    if (row.kind == LaneKind::Text) {
        const LaneCell *cell = mIndex.cellOf(row.laneId, tp.id);
        *entityKind = EntityKind::LaneCell;
        *entityId = cell ? cell->id : QUuid();
        return MapContent::textCell(cell ? cell->text : QString(), mStyle, TextRole::Body);
    }
    return MapContent::touchpointCell(row.kind, tp, mStyle);
}

qreal MapLayoutBuilder::emotionRow(const MapLayout::Row &row)
{
    const qreal bandTop = row.top + mStyle.margin;
    mLayout.mEmotionBand
            = QRectF(mColumnsLeft, bandTop, mColumnsRight - mColumnsLeft, mStyle.emotionBandHeight);
    const qreal r = mStyle.emotionPointRadius;
    const qreal feelingsTop = mLayout.mEmotionBand.bottom() + mStyle.margin;
    const qreal width = mStyle.cardWidth();
    qreal bottom = feelingsTop;
    QVector<QPointF> asIs;
    QVector<QPointF> toBe;
    for (const MapLayout::Column &column : std::as_const(mLayout.mColumns)) {
        if (column.touchpointId.isNull())
            continue;
        const Touchpoint *tp = mIndex.touchpointsOf(column.stageId).at(column.indexInStage);
        LayoutElement feelings = elementFor(row, EntityKind::Touchpoint, tp->id, ElementRole::Cell);
        feelings.stageId = column.stageId;
        feelings.touchpointId = tp->id;
        const int i = place(feelings, MapContent::touchpointCell(LaneKind::Emotion, *tp, mStyle),
                            QPointF(column.left + mStyle.margin, feelingsTop), width);
        bottom = std::max(bottom, mLayout.mElements.at(i).rect.bottom());

        LayoutElement point = feelings;
        point.texts.clear();
        point.role = ElementRole::EmotionPoint;
        const QPointF center(column.center(), mLayout.emotionY(tp->emotion));
        point.rect = QRectF(center - QPointF(r, r), QSizeF(2 * r, 2 * r));
        mLayout.mElements.append(point);
        asIs.append(center);
        if (tp->emotionToBe) {
            point.role = ElementRole::EmotionPointToBe;
            const QPointF centerToBe(column.center(), mLayout.emotionY(*tp->emotionToBe));
            point.rect = QRectF(centerToBe - QPointF(r, r), QSizeF(2 * r, 2 * r));
            mLayout.mElements.append(point);
            toBe.append(centerToBe);
        }
    }
    const qreal top = mLayout.emotionY(kEmotionMax);
    const qreal bottomY = mLayout.emotionY(kEmotionMin);
    mLayout.mCurve = EmotionCurve::through(asIs, top, bottomY);
    mLayout.mCurveToBe = EmotionCurve::through(toBe, top, bottomY);
    return bottom + mStyle.margin - row.top;
}

qreal MapLayoutBuilder::stackedRow(const MapLayout::Row &row)
{
    const int first = mLayout.mElements.size();
    qreal top = row.top + mStyle.margin;
    if (row.kind == LaneKind::Metrics)
        top = journeyBand(row, top);
    qreal bottom = top;
    for (const MapLayout::StageSpan &span : std::as_const(mLayout.mStages)) {
        const qreal stageWidth = span.right - span.left - 2 * mStyle.margin;
        const qreal stageBottom
                = stack(row, itemsOf(row.kind, span.stageId, nullptr), span.left + mStyle.margin,
                        top, stageWidth, span.stageId, QUuid());
        const qreal columnsTop = stageBottom > top ? stageBottom + mStyle.cardSpacing : top;
        bottom = std::max(bottom, stageBottom);
        for (int c = span.firstColumn; c < span.firstColumn + span.columnCount; ++c) {
            const MapLayout::Column &column = mLayout.mColumns.at(c);
            if (column.touchpointId.isNull())
                continue;
            bottom = std::max(bottom,
                              stack(row, itemsOf(row.kind, column.touchpointId, &column),
                                    column.left + mStyle.margin, columnsTop, mStyle.cardWidth(),
                                    span.stageId, column.touchpointId));
        }
    }
    // Touchpoint cards line up: one per column, all as high as the highest.
    if (row.kind == LaneKind::Touchpoints)
        stretch(first, bottom);
    return bottom + mStyle.margin - row.top;
}

qreal MapLayoutBuilder::stack(const MapLayout::Row &row, const QVector<StackItem> &items,
                              qreal left, qreal top, qreal width, const QUuid &stageId,
                              const QUuid &touchpointId)
{
    qreal y = top;
    for (const StackItem &item : items) {
        LayoutElement element = elementFor(row, item.kind, item.id, ElementRole::Card);
        element.stageId = stageId;
        element.touchpointId = touchpointId;
        const int i = place(std::move(element), item.spec, QPointF(left, y), width);
        y = mLayout.mElements.at(i).rect.bottom() + mStyle.cardSpacing;
    }
    return items.isEmpty() ? top : y - mStyle.cardSpacing;
}

qreal MapLayoutBuilder::journeyBand(const MapLayout::Row &row, qreal top)
{
    const QVector<const Metric *> &metrics = mIndex.metricsOf(mJourneyId);
    const int columns = mLayout.mColumns.size();
    if (metrics.isEmpty() || columns == 0)
        return top;
    // Chips a column wide, side by side; more metrics than columns wrap to a new line.
    qreal lineTop = top;
    qreal lineBottom = top;
    const qreal width = mStyle.cardWidth();
    for (int i = 0; i < metrics.size(); ++i) {
        if (i > 0 && i % columns == 0) {
            lineTop = lineBottom + mStyle.cardSpacing;
            lineBottom = lineTop;
        }
        const Metric *metric = metrics.at(i);
        const CardSpec spec
                = MapContent::metricCard(*metric, mIndex.latestMeasurement(metric->id, mJourneyId));
        const MapLayout::Column &column = mLayout.mColumns.at(i % columns);
        const int e = place(elementFor(row, EntityKind::Metric, metric->id, ElementRole::Card),
                            spec, QPointF(column.left + mStyle.margin, lineTop), width);
        lineBottom = std::max(lineBottom, mLayout.mElements.at(e).rect.bottom());
    }
    return lineBottom + mStyle.cardSpacing;
}

QVector<MapLayoutBuilder::StackItem>
MapLayoutBuilder::itemsOf(LaneKind kind, const QUuid &ownerId,
                          const MapLayout::Column *column) const
{
    QVector<StackItem> items;
    switch (kind) {
    case LaneKind::Touchpoints:
        // A stage as a whole has no touchpoint card: only a column gives one.
        if (column && !column->touchpointId.isNull()) {
            const Touchpoint *tp = mIndex.touchpointsOf(column->stageId).at(column->indexInStage);
            const QStringList badges
                    = MapContent::badgeLines(mIndex.project(), mIndex.badgesOf(tp->id));
            items.append({EntityKind::Touchpoint, tp->id,
                          MapContent::touchpointCard(*tp, mStyle, badges)});
        }
        break;
    case LaneKind::PainPoints:
        for (const PainPoint *pp : mIndex.painPointsOf(ownerId))
            items.append({EntityKind::PainPoint, pp->id, MapContent::painPointCard(*pp, mStyle)});
        break;
    case LaneKind::Opportunities:
        for (const Opportunity *op : mIndex.opportunitiesOf(ownerId)) {
            items.append(
                    {EntityKind::Opportunity, op->id, MapContent::opportunityCard(*op, mStyle)});
        }
        break;
    case LaneKind::Insights:
        for (const Insight *insight : mIndex.insightsOf(ownerId)) {
            items.append(
                    {EntityKind::Insight, insight->id, MapContent::insightCard(*insight, mStyle)});
        }
        break;
    case LaneKind::Metrics:
        for (const Metric *metric : mIndex.metricsOf(ownerId)) {
            items.append({EntityKind::Metric, metric->id,
                          MapContent::metricCard(*metric,
                                                 mIndex.latestMeasurement(metric->id, ownerId))});
        }
        break;
    default:
        break;
    }
    return items;
}

void MapLayoutBuilder::laneHeader(const MapLayout::Row &row)
{
    const qreal width = mStyle.laneHeaderWidth;
    const CardSpec spec = MapContent::laneHeader(row.kind, row.title, mStyle);
    LayoutElement element = elementFor(row, EntityKind::Lane, row.laneId, ElementRole::LaneHeader);
    const int i = place(std::move(element), spec, QPointF(8, row.top + 4), width - 8);
    // The whole left cell is the header: a target for clicks and lane drags.
    LayoutElement &header = mLayout.mElements[i];
    header.rect = QRectF(0, row.top, width, row.height);
}

void MapLayoutBuilder::stretch(int first, qreal bottom)
{
    for (int i = first; i < mLayout.mElements.size(); ++i) {
        QRectF &rect = mLayout.mElements[i].rect;
        if (rect.bottom() < bottom)
            rect.setBottom(bottom);
    }
}

} // namespace cjm
