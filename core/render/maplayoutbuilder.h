// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cardspec.h"
#include "journeyindex.h"
#include "maplayout.h"

namespace cjm {

/**
 * Fills a MapLayout for one journey: columns first, then each visible lane
 * as a row, top to bottom. Internal to MapLayout::build().
 */
class MapLayoutBuilder
{
public:
    MapLayoutBuilder(MapLayout &layout, const JourneyIndex &index, const QUuid &journeyId);

    void run(const QVector<Lane> &lanes);

    /**
     * Wraps the text of `spec` into `texts` for a card or cell `width` wide at `topLeft`,
     * with the layout's fonts and style; returns the height the content needs. Shared by
     * building and by updating a layout in place (MapLayoutUpdater).
     */
    static qreal layOutText(const MapLayout &layout, const CardSpec &spec, QPointF topLeft,
                            qreal width, QVector<LayoutText> *texts);

private:
    /// An entity and what its card says, to be stacked in a cell.
    struct StackItem
    {
        EntityKind kind;
        QUuid id;
        CardSpec spec;
    };

    /// Lays out the text of `spec` in `width` at `topLeft` into `element`, sized to fit, and
    /// adds it; returns its index.
    int place(LayoutElement element, const CardSpec &spec, QPointF topLeft, qreal width);

    void buildColumns();
    void buildRow(const Lane &lane);
    qreal stageHeaderRow(const MapLayout::Row &row);
    qreal cellRow(const MapLayout::Row &row);
    qreal emotionRow(const MapLayout::Row &row);
    qreal stackedRow(const MapLayout::Row &row);
    /// Stacks `items` downwards from `top` at x `left`; returns the bottom (top if none).
    qreal stack(const MapLayout::Row &row, const QVector<StackItem> &items, qreal left, qreal top,
                qreal width, const QUuid &stageId, const QUuid &touchpointId);
    /// Journey-wide metrics side by side, a column each; returns the bottom.
    qreal journeyBand(const MapLayout::Row &row, qreal top);
    void laneHeader(const MapLayout::Row &row);
    /// Stretches the elements from `first` on to the bottom of the row.
    void stretch(int first, qreal bottom);

    /// The cards of a lane at a touchpoint (`column` given) or a stage as a whole.
    QVector<StackItem> itemsOf(LaneKind kind, const QUuid &ownerId,
                               const MapLayout::Column *column) const;
    CardSpec cellSpec(const MapLayout::Row &row, const Touchpoint &tp, EntityKind *entityKind,
                      QUuid *entityId) const;
    LayoutElement elementFor(const MapLayout::Row &row, EntityKind kind, const QUuid &id,
                             ElementRole role) const;

    MapLayout &mLayout;
    const JourneyIndex &mIndex;
    const MapStyle &mStyle;
    QUuid mJourneyId;
    qreal mColumnsLeft = 0.0;
    qreal mColumnsRight = 0.0;
};

} // namespace cjm
