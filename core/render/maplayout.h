// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "insertionpoint.h"
#include "layoutelement.h"
#include "mapstyle.h"
#include "model/project.h"
#include "textwrap.h"

#include <QHash>
#include <QPainterPath>
#include <QSizeF>

#include <array>

namespace cjm {

struct ChangeEvent;

/**
 * The pure geometry of one journey's map (DESIGN.md §4): where every stage,
 * lane, card, cell and emotion point goes, with its wrapped text. The canvas,
 * the presentation view, export and the CLI all draw the same layout with
 * MapPainter, and tests check it without a screen.
 *
 * The grid: a left column of lane titles, then one column per touchpoint,
 * grouped by stage (an empty stage still gets one column); one row per visible
 * lane, in Lane.position order, as high as its tallest content. Cards stack in
 * their cell. Items of a stage as a whole (touchpoint id null) span all of the
 * stage's columns, in a band at the top of the lane, above the touchpoints'
 * cards; journey-wide metrics sit side by side in a band above those.
 *
 * A MapLayout keeps its text measurements between build() calls, so laying out
 * again after an edit only measures the text that changed.
 */
class MapLayout
{
public:
    /// One column of the grid.
    struct Column
    {
        QUuid stageId;
        /// null for the placeholder column of an empty stage
        QUuid touchpointId;
        /// index among the stage's touchpoints
        int indexInStage = 0;
        qreal left = 0.0;
        qreal width = 0.0;
        qreal right() const { return left + width; }
        qreal center() const { return left + width / 2; }
    };
    /// A stage: its columns.
    struct StageSpan
    {
        QUuid stageId;
        int firstColumn = 0;
        int columnCount = 1;
        int touchpointCount = 0;
        qreal left = 0.0;
        qreal right = 0.0;
    };
    /// One row of the grid: a visible lane.
    struct Row
    {
        LaneKind kind = LaneKind::Touchpoints;
        /// null when the journey has no Lane rows (then every built-in lane shows)
        QUuid laneId;
        QString title;
        qreal top = 0.0;
        qreal height = 0.0;
        qreal bottom() const { return top + height; }
    };

    /// An empty layout; needs no QGuiApplication until build().
    MapLayout();

    /// Lays out `journeyId` of `project` with the journey's own visible lanes.
    void build(const Project &project, const QUuid &journeyId,
               const MapStyle &style = MapStyle::standard());
    /// Lays out with the rows `lanes`, in this order (e.g. a presentation hiding some).
    void build(const Project &project, const QUuid &journeyId, const MapStyle &style,
               const QVector<Lane> &lanes);
    /**
     * Brings the layout up to date with `project` after the edit `event` without laying
     * the journey out again, when the edit changes no geometry: new text that needs as
     * much room as before, a field drawn differently, an emotion value. Then `*dirty` is
     * the region of the map that looks different (empty when nothing of this journey
     * changed) and it returns true. It returns false, and changes nothing, when the edit
     * may move anything: then build() again.
     */
    bool update(const Project &project, const ChangeEvent &event, QRectF *dirty);

    /// The journey laid out by the last build(); null before.
    const QUuid &journeyId() const { return mJourneyId; }

    /// The visible lanes of a journey by position; every built-in lane if it has no Lane rows.
    static QVector<Lane> visibleLanes(const Project &project, const QUuid &journeyId);

    const MapStyle &style() const { return mStyle; }
    /// The whole map, from (0, 0).
    QSizeF size() const { return mSize; }
    const QVector<LayoutElement> &elements() const { return mElements; }
    const QVector<Column> &columns() const { return mColumns; }
    const QVector<StageSpan> &stages() const { return mStages; }
    const QVector<Row> &rows() const { return mRows; }

    /// The topmost element at `pos` (emotion points, then cards, cells, headers); null if none.
    const LayoutElement *elementAt(const QPointF &pos) const;
    /// The main rectangle of an entity (a touchpoint's card, a stage's header, ...); null if
    /// not on the map.
    QRectF rectOf(EntityKind kind, const QUuid &id) const;
    /// The element of an entity in a given role (e.g. a touchpoint's EmotionPoint); null if none.
    const LayoutElement *element(EntityKind kind, const QUuid &id, ElementRole role) const;
    /// Where a drop at `pos` inserts: stage, touchpoint index and lane.
    InsertionPoint insertionPointAt(const QPointF &pos) const;

    /// The column at x, -1 left of the first or right of the last.
    int columnAt(qreal x) const;
    /// The row at y, -1 above the first or below the last.
    int rowAt(qreal y) const;

    /// The band of the emotion lane that holds the curve; empty if the lane is hidden.
    QRectF emotionBand() const { return mEmotionBand; }
    /// y of an emotion value (−2..+2) within the band: higher emotion, smaller y.
    qreal emotionY(qreal emotion) const;
    const QPainterPath &emotionCurve() const { return mCurve; }
    /// Through the to-be emotions of the touchpoints that have one.
    const QPainterPath &emotionCurveToBe() const { return mCurveToBe; }

private:
    friend class MapLayoutBuilder;
    friend class MapLayoutUpdater;

    void clear();
    void setStyle(const MapStyle &style);
    void addElement(LayoutElement element);
    void indexElements();

    MapStyle mStyle;
    QUuid mJourneyId;
    std::array<TextWrap, kTextRoleCount> mWraps;
    QSizeF mSize;
    QVector<LayoutElement> mElements;
    QVector<Column> mColumns;
    QVector<StageSpan> mStages;
    QVector<Row> mRows;
    QRectF mEmotionBand;
    QPainterPath mCurve;
    QPainterPath mCurveToBe;

    struct Key
    {
        EntityKind kind;
        QUuid id;
        bool operator==(const Key &o) const { return kind == o.kind && id == o.id; }
        friend size_t qHash(const Key &key, size_t seed = 0)
        {
            return qHashMulti(seed, int(key.kind), key.id);
        }
    };
    // Indexes built once per build(), in flat arrays: a large map has tens of thousands of
    // elements, and one small container each would cost more than the layout itself.
    /// the first element of each entity; further ones chain through mNextOfEntity
    QHash<Key, int> mFirstOfEntity;
    QVector<int> mNextOfEntity;
    /// elements touching column c: mColumnElements[mColumnStart[c] .. mColumnStart[c + 1]]
    QVector<int> mColumnStart;
    QVector<int> mColumnElements;
    QVector<int> mLaneHeaders;
};

} // namespace cjm
