// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "render/layoutelement.h"

#include <QCoreApplication>
#include <QPointF>
#include <QUuid>

namespace cjm {

class MapScene;

/**
 * One drag on the map, from press to release: an emotion point up or down, a
 * touchpoint card to another place (with the other selected touchpoints), a
 * pain point, opportunity or insight card to another touchpoint or place, or
 * a stage header to another position.
 * It shows where the drag will land with the scene's drop indicator and turns
 * the gesture into one undo step of existing commands. It keeps ids only,
 * never layout pointers: the layout is rebuilt after every change.
 *
 * An emotion drag pushes SetEmotion on each move that changes the snapped
 * value (the first not mergeable, the rest mergeable), so the curve follows
 * the mouse live; card and stage drags push one command (a multi-selection
 * of touchpoints: one macro) on release.
 */
class MapDragGesture
{
    Q_DECLARE_TR_FUNCTIONS(cjm::MapDragGesture)

public:
    enum class Kind { None, Emotion, EmotionToBe, Touchpoint, Stage, Card };

    explicit MapDragGesture(MapScene *scene);

    /// Arms a gesture for `element` pressed at `pos` (map coordinates); false if it can't be
    /// dragged.
    bool begin(const LayoutElement &element, const QPointF &pos);
    /// Follows the mouse: updates the indicator (and the emotion value).
    void move(const QPointF &pos);
    /// Ends the gesture at `pos`, pushing its command if it has a target.
    void finish(const QPointF &pos);
    /// Ends the gesture without a drop (Escape); an emotion drag keeps what it pushed.
    void cancel();

    Kind kind() const { return mKind; }
    bool isActive() const { return mKind != Kind::None; }
    /// Emotion drags follow the mouse at once; the others wait for the drag distance.
    bool startsImmediately() const { return mKind == Kind::Emotion || mKind == Kind::EmotionToBe; }

private:
    void moveEmotion(const QPointF &pos);
    /// The snapped emotion −2..+2 at height y.
    int emotionAt(qreal y) const;
    /// Where a touchpoint dropped at `pos` goes: stage and final position; false if nowhere.
    bool touchpointTarget(const QPointF &pos, QUuid *stageId, int *position) const;
    void showTouchpointTarget(const QPointF &pos);
    void dropTouchpoint(const QPointF &pos);
    /// The selected touchpoints of the dragged one's journey, in map order, when it is one of
    /// several selected; else just the dragged one.
    QVector<QUuid> draggedTouchpoints() const;
    void dropTouchpoints(const QVector<QUuid> &ids, const QUuid &stageId, int insertionIndex);
    void showCardTarget(const QPointF &pos);
    void dropCard(const QPointF &pos);
    /// The stage index (0 .. count) before which a stage dropped at x goes.
    int stageGapAt(qreal x) const;
    void showStageTarget(const QPointF &pos);
    void dropStage(const QPointF &pos);
    void end();

    MapScene *mScene;
    Kind mKind = Kind::None;
    QUuid mId;
    /// the entity kind of a Card drag
    EntityKind mCardKind = EntityKind::PainPoint;
    qreal mCenterX = 0.0;
    /// The undo stack's index when the gesture began.
    int mStartIndex = -1;
};

} // namespace cjm
