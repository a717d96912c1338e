// SPDX-License-Identifier: GPL-3.0-or-later
// The journey-map canvas on the English sample, driven by real mouse and key events
// through the view: emotion, card and stage drags, click selection, rubber band,
// Delete and the arrow keys, each one undo step.

#include "canvas/dropindicatoritem.h"
#include "canvas/mapscene.h"
#include "canvas/mapview.h"
#include "canvas/selectionoverlayitem.h"
#include "common/samplecopy.h"
#include "document/document.h"
#include "render/maplayout.h"

#include <QApplication>
#include <QFile>
#include <QMouseEvent>
#include <QNativeGestureEvent>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace Qt::StringLiterals;
using namespace cjm;

class TestCanvas : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void emotionDragSetsTheValue();
    void emotionDragBackAndForthKeepsGesturesApart();
    void touchpointDragMovesToAnotherStage();
    void touchpointDragReordersInItsStage();
    void stageHeaderDragReordersStages();
    void clickSelectsAndDeleteRemoves();
    void rubberBandSelectsCards();
    void arrowsStepBetweenCards();
    void zoomStaysWithinLimits();
    void middleButtonPans();

private:
    const MapLayout &layout() const { return mView->mapScene()->layout(); }
    const Project &project() const { return mDocument->project(); }
    QVector<const Stage *> stages() const { return project().stagesOf(mJourneyId); }
    /// The view position of a map position.
    QPoint at(const QPointF &mapPos) const { return mView->mapFromScene(mapPos); }
    /// Presses the left button at `from`, moves with it held to `to`, and releases there.
    /// `whileHeld` runs before the release, to look at the drag feedback.
    void drag(const QPointF &from, const QPointF &to, const std::function<void()> &whileHeld = {});
    void moveHeld(const QPoint &pos, Qt::MouseButton button = Qt::LeftButton);
    /// Presses at the first point, moves with the button held through the others, releases.
    void dragThrough(const QVector<QPointF> &points);

    test::SampleCopy mSample;
    std::unique_ptr<Document> mDocument;
    std::unique_ptr<MapView> mView;
    QUuid mJourneyId;
};

void TestCanvas::initTestCase()
{
    QVERIFY(mSample.create());
}

void TestCanvas::init()
{
    QString why;
    mDocument = mSample.open(&why);
    QVERIFY2(mDocument, qPrintable(why));
    const QVector<const Journey *> journeys = project().orderedJourneys();
    QVERIFY(!journeys.isEmpty());
    mJourneyId = journeys.first()->id;
    QVERIFY(stages().size() >= 2);
    QVERIFY(project().touchpointsOf(stages().at(0)->id).size() >= 2);
    QVERIFY(!project().touchpointsOf(stages().at(1)->id).isEmpty());

    mView = std::make_unique<MapView>();
    mView->resize(1600, 1000);
    mView->setDocument(mDocument.get(), mJourneyId);
    mView->show();
    QVERIFY(QTest::qWaitForWindowExposed(mView.get()));
    mView->zoomToFit(); // every element is on screen: no scrolling between press and release
    QVERIFY(!layout().elements().isEmpty());
}

void TestCanvas::cleanup()
{
    mView.reset();
    mDocument.reset();
}

void TestCanvas::moveHeld(const QPoint &pos, Qt::MouseButton button)
{
    QWidget *viewport = mView->viewport();
    QMouseEvent move(QEvent::MouseMove, pos, viewport->mapToGlobal(pos), Qt::NoButton, button,
                     Qt::NoModifier);
    QApplication::sendEvent(viewport, &move);
}

void TestCanvas::drag(const QPointF &from, const QPointF &to,
                      const std::function<void()> &whileHeld)
{
    const QPoint start = at(from);
    const QPoint end = at(to);
    QTest::mousePress(mView->viewport(), Qt::LeftButton, Qt::NoModifier, start);
    constexpr int kSteps = 6;
    for (int i = 1; i <= kSteps; ++i)
        moveHeld(start + (end - start) * i / kSteps);
    if (whileHeld)
        whileHeld();
    QTest::mouseRelease(mView->viewport(), Qt::LeftButton, Qt::NoModifier, end);
}

void TestCanvas::dragThrough(const QVector<QPointF> &points)
{
    QTest::mousePress(mView->viewport(), Qt::LeftButton, Qt::NoModifier, at(points.first()));
    for (const QPointF &point : points)
        moveHeld(at(point));
    QTest::mouseRelease(mView->viewport(), Qt::LeftButton, Qt::NoModifier, at(points.last()));
}

void TestCanvas::emotionDragSetsTheValue()
{
    const Touchpoint *touchpoint = project().touchpointsOf(stages().at(0)->id).first();
    const QUuid id = touchpoint->id;
    const int before = touchpoint->emotion;
    const int target = before <= 0 ? 2 : -2;
    const LayoutElement *point
            = layout().element(EntityKind::Touchpoint, id, ElementRole::EmotionPoint);
    QVERIFY(point);
    const QPointF from = point->rect.center();
    const int undoSteps = mDocument->undoStack()->count();

    drag(from, QPointF(from.x(), layout().emotionY(target)), [this] {
        // The snapped value is shown while dragging, and the curve follows the mouse.
        QVERIFY(mView->mapScene()->dropIndicator()->isVisible());
        QCOMPARE(mView->mapScene()->dropIndicator()->indicatorShape(),
                 DropIndicatorItem::Shape::Ring);
    });
    QCOMPARE(project().touchpoints().find(id)->emotion, target);
    QVERIFY(!mView->mapScene()->dropIndicator()->isVisible());
    QCOMPARE(mDocument->undoStack()->count(), undoSteps + 1); // the whole drag: one step

    mDocument->undoStack()->undo();
    QCOMPARE(project().touchpoints().find(id)->emotion, before);
    mDocument->undoStack()->redo();
    QCOMPARE(project().touchpoints().find(id)->emotion, target);
}

void TestCanvas::emotionDragBackAndForthKeepsGesturesApart()
{
    const QUuid id = project().touchpointsOf(stages().at(0)->id).first()->id;
    const int before = project().touchpoints().find(id)->emotion;
    const int target = before <= 0 ? 2 : -2;
    const qreal x = layout().element(EntityKind::Touchpoint, id, ElementRole::EmotionPoint)
                            ->rect.center()
                            .x();
    const QPointF start(x, layout().emotionY(before));
    const QPointF end(x, layout().emotionY(target));
    const int steps = mDocument->undoStack()->count();
    dragThrough({start, end});
    QCOMPARE(mDocument->undoStack()->count(), steps + 1);

    // Back to the start, out again and back: the net no-op in the middle is dropped, and
    // what follows must not merge into the first gesture's step.
    dragThrough({end, start, end, start});
    QCOMPARE(project().touchpoints().find(id)->emotion, before);
    QCOMPARE(mDocument->undoStack()->count(), steps + 2);
    mDocument->undoStack()->undo();
    QCOMPARE(project().touchpoints().find(id)->emotion, target);
    mDocument->undoStack()->undo();
    QCOMPARE(project().touchpoints().find(id)->emotion, before);
}

void TestCanvas::touchpointDragMovesToAnotherStage()
{
    const QUuid fromStage = stages().at(0)->id;
    const QUuid toStage = stages().at(1)->id;
    const QUuid id = project().touchpointsOf(fromStage).first()->id;
    const QUuid firstThere = project().touchpointsOf(toStage).first()->id;
    const QRectF card = layout().rectOf(EntityKind::Touchpoint, id);
    const QRectF target = layout().rectOf(EntityKind::Touchpoint, firstThere);
    QVERIFY(!card.isNull() && !target.isNull());

    // The left part of the first card there: before it, at position 0.
    drag(card.center(), QPointF(target.left() + target.width() / 5, target.center().y()), [this] {
        QVERIFY(mView->mapScene()->dropIndicator()->isVisible());
        QCOMPARE(mView->mapScene()->dropIndicator()->indicatorShape(),
                 DropIndicatorItem::Shape::Bar);
    });
    const Touchpoint *moved = project().touchpoints().find(id);
    QCOMPARE(moved->stageId, toStage);
    QCOMPARE(moved->position, 0);
    QCOMPARE(project().touchpointsOf(toStage).first()->id, id);

    mDocument->undoStack()->undo();
    QCOMPARE(project().touchpoints().find(id)->stageId, fromStage);
    QCOMPARE(project().touchpoints().find(id)->position, 0);
    mDocument->undoStack()->redo();
    QCOMPARE(project().touchpoints().find(id)->stageId, toStage);
}

void TestCanvas::touchpointDragReordersInItsStage()
{
    const QUuid stageId = stages().at(0)->id;
    const QVector<const Touchpoint *> touchpoints = project().touchpointsOf(stageId);
    const QUuid first = touchpoints.at(0)->id;
    const QUuid second = touchpoints.at(1)->id;
    const QRectF card = layout().rectOf(EntityKind::Touchpoint, first);
    const QRectF after = layout().rectOf(EntityKind::Touchpoint, second);

    // The right part of the second card: after it.
    drag(card.center(), QPointF(after.right() - after.width() / 5, after.center().y()));
    QCOMPARE(project().touchpoints().find(first)->position, 1);
    QCOMPARE(project().touchpoints().find(second)->position, 0);
    QCOMPARE(project().touchpoints().find(first)->stageId, stageId);

    mDocument->undoStack()->undo();
    QCOMPARE(project().touchpoints().find(first)->position, 0);

    // A drop where the card already is changes nothing and adds no undo step.
    const int steps = mDocument->undoStack()->count();
    const QRectF again = layout().rectOf(EntityKind::Touchpoint, first);
    drag(again.center(), QPointF(again.left() + again.width() / 5, again.center().y() + 8));
    QCOMPARE(mDocument->undoStack()->count(), steps);
}

void TestCanvas::stageHeaderDragReordersStages()
{
    const QVector<const Stage *> before = stages();
    const QUuid id = before.first()->id;
    const QRectF header = layout().rectOf(EntityKind::Stage, id);
    const QRectF last = layout().rectOf(EntityKind::Stage, before.last()->id);
    QVERIFY(!header.isNull() && !last.isNull());

    drag(header.center(), QPointF(last.right() - 4, last.center().y()),
         [this] { QVERIFY(mView->mapScene()->dropIndicator()->isVisible()); });
    QCOMPARE(stages().last()->id, id);
    QCOMPARE(stages().first()->id, before.at(1)->id);
    QCOMPARE(layout().stages().last().stageId, id); // the map follows

    mDocument->undoStack()->undo();
    QCOMPARE(stages().first()->id, id);
    QCOMPARE(layout().stages().first().stageId, id);
    mDocument->undoStack()->redo();
    QCOMPARE(stages().last()->id, id);
}

void TestCanvas::clickSelectsAndDeleteRemoves()
{
    const QUuid stageId = stages().at(0)->id;
    const int count = project().touchpointsOf(stageId).size();
    const QUuid id = project().touchpointsOf(stageId).first()->id;
    const QRectF card = layout().rectOf(EntityKind::Touchpoint, id);
    const int steps = mDocument->undoStack()->count();

    QTest::mouseClick(mView->viewport(), Qt::LeftButton, Qt::NoModifier, at(card.center()));
    QCOMPARE(mDocument->selection(), QVector<EntityRef>({EntityRef{EntityKind::Touchpoint, id}}));
    QCOMPARE(mView->mapScene()->selectionOverlay()->frames().size(), 1);
    QVERIFY(mView->mapScene()->selectionOverlay()->frames().first().contains(card));
    QCOMPARE(mDocument->undoStack()->count(), steps); // a click changes nothing

    QTest::keyClick(mView.get(), Qt::Key_Delete);
    QVERIFY(!project().touchpoints().contains(id));
    QCOMPARE(project().touchpointsOf(stageId).size(), count - 1);
    QVERIFY(layout().rectOf(EntityKind::Touchpoint, id).isNull());

    mDocument->undoStack()->undo();
    QVERIFY(project().touchpoints().contains(id));
    QCOMPARE(project().touchpointsOf(stageId).first()->id, id);

    // A click on a lane title selects nothing.
    const QRectF laneTitle = layout().rectOf(EntityKind::Touchpoint, id)
                                     .translated(-layout().style().laneHeaderWidth, 0);
    mDocument->setSelection({EntityRef{EntityKind::Touchpoint, id}});
    QTest::mouseClick(mView->viewport(), Qt::LeftButton, Qt::NoModifier,
                      at(QPointF(layout().style().laneHeaderWidth / 2, laneTitle.center().y())));
    QVERIFY(mDocument->selection().isEmpty());
}

void TestCanvas::rubberBandSelectsCards()
{
    const QVector<const Touchpoint *> touchpoints = project().touchpointsOf(stages().at(0)->id);
    const QRectF first = layout().rectOf(EntityKind::Touchpoint, touchpoints.at(0)->id);
    const QRectF second = layout().rectOf(EntityKind::Touchpoint, touchpoints.at(1)->id);
    // From the lane titles (nothing to select there) around the first two cards, with room
    // for the rounding of a zoomed-out view.
    const QPointF from(layout().style().laneHeaderWidth / 2, first.top() - 12);
    const QPointF to(second.right() + 12, second.bottom() + 12);
    drag(from, to);
    const QVector<EntityRef> selection = mDocument->selection();
    QVERIFY(selection.contains(EntityRef{EntityKind::Touchpoint, touchpoints.at(0)->id}));
    QVERIFY(selection.contains(EntityRef{EntityKind::Touchpoint, touchpoints.at(1)->id}));
    QVERIFY(!selection.contains(EntityRef{EntityKind::Stage, stages().at(0)->id}));
}

void TestCanvas::arrowsStepBetweenCards()
{
    QVector<QUuid> columns;
    for (const MapLayout::Column &column : layout().columns()) {
        if (!column.touchpointId.isNull())
            columns.append(column.touchpointId);
    }
    QVERIFY(columns.size() >= 3);
    const QRectF card = layout().rectOf(EntityKind::Touchpoint, columns.at(1));
    QTest::mouseClick(mView->viewport(), Qt::LeftButton, Qt::NoModifier, at(card.center()));

    QTest::keyClick(mView.get(), Qt::Key_Right);
    QCOMPARE(mDocument->selection(),
             QVector<EntityRef>({EntityRef{EntityKind::Touchpoint, columns.at(2)}}));
    QTest::keyClick(mView.get(), Qt::Key_Left);
    QTest::keyClick(mView.get(), Qt::Key_Left);
    QCOMPARE(mDocument->selection(),
             QVector<EntityRef>({EntityRef{EntityKind::Touchpoint, columns.at(0)}}));
    QTest::keyClick(mView.get(), Qt::Key_Left); // stays at the first
    QCOMPARE(mDocument->selection().first().id, columns.at(0));
}

void TestCanvas::zoomStaysWithinLimits()
{
    mView->resetZoom();
    QCOMPARE(mView->zoom(), 1.0);
    mView->zoomIn();
    QVERIFY(mView->zoom() > 1.0);
    for (int i = 0; i < 40; ++i)
        mView->zoomOut();
    QVERIFY(mView->zoom() >= 0.1 - 1e-9);
    // Ctrl+wheel zooms in around the mouse.
    const qreal before = mView->zoom();
    const QPoint pos(400, 300);
    QWheelEvent wheel(pos, mView->viewport()->mapToGlobal(pos), QPoint(), QPoint(0, 120),
                      Qt::NoButton, Qt::ControlModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(mView->viewport(), &wheel);
    QVERIFY(mView->zoom() > before);
    // A touchpad pinch: +25 % scale.
    const qreal unpinched = mView->zoom();
    QNativeGestureEvent pinch(Qt::ZoomNativeGesture, QPointingDevice::primaryPointingDevice(), 2,
                              QPointF(pos), QPointF(pos),
                              mView->viewport()->mapToGlobal(QPointF(pos)), 0.25, QPointF(), 0);
    QApplication::sendEvent(mView->viewport(), &pinch);
    QCOMPARE(mView->zoom(), unpinched * 1.25);
}

void TestCanvas::middleButtonPans()
{
    mView->resetZoom(); // larger than the view: there is somewhere to pan to
    QScrollBar *horizontal = mView->horizontalScrollBar();
    QScrollBar *vertical = mView->verticalScrollBar();
    horizontal->setValue(horizontal->minimum());
    vertical->setValue(vertical->minimum());
    const QPoint from(600, 500);
    const QPoint to(400, 350);
    QTest::mousePress(mView->viewport(), Qt::MiddleButton, Qt::NoModifier, from);
    moveHeld(from + QPoint(-10, -10), Qt::MiddleButton);
    moveHeld(to, Qt::MiddleButton);
    QTest::mouseRelease(mView->viewport(), Qt::MiddleButton, Qt::NoModifier, to);
    QCOMPARE(horizontal->value(), horizontal->minimum() + 200);
    QCOMPARE(vertical->value(), vertical->minimum() + 150);
    QVERIFY(mDocument->selection().isEmpty()); // panning selects nothing
}

QTEST_MAIN(TestCanvas)
#include "test_canvas.moc"
