// SPDX-License-Identifier: GPL-3.0-or-later
// The canvas from the keyboard, on the English sample, with real key events through
// the view: F2/Enter edits a title in place (one undo step), Escape cancels, Ctrl+arrows
// move cards, Tab cycles, Delete removes; and copy/paste through the clipboard, within
// the project and into a second one.

#include "canvas/inplaceeditor.h"
#include "canvas/mapclipboard.h"
#include "canvas/mapscene.h"
#include "canvas/mapview.h"
#include "common/samplecopy.h"
#include "document/commands/addjourney.h"
#include "document/commands/addstage.h"
#include "document/commands/addtouchpoint.h"
#include "document/document.h"
#include "interchange/clipboardfragment.h"
#include "render/maplayout.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QFile>
#include <QMenu>
#include <QMimeData>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <memory>

using namespace cjm;

class TestCanvasKeyboard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void f2EditsTitleInPlace();
    void enterEditsAndEscapeCancels();
    void ctrlRightMovesTouchpoint();
    void ctrlRightMovesPainPointToNextTouchpoint();
    void ctrlLeftMovesStage();
    void tabCyclesCards();
    void deleteRemoves();
    void copyPasteWithinProject();
    void pasteIntoAnotherProject();
    void cutRemovesAndPasteRestores();
    void badClipboardDataIsRefused();
    void contextMenuAddsHere();

private:
    const MapLayout &layout() const { return mView->mapScene()->layout(); }
    const Project &project() const { return mDocument->project(); }
    QVector<const Stage *> stages() const { return project().stagesOf(mJourneyId); }
    void select(EntityKind kind, const QUuid &id) { mDocument->setSelection({{kind, id}}); }

    test::SampleCopy mSample;
    std::unique_ptr<Document> mDocument;
    std::unique_ptr<MapView> mView;
    QUuid mJourneyId;
};

void TestCanvasKeyboard::initTestCase()
{
    QVERIFY(mSample.create());
}

void TestCanvasKeyboard::init()
{
    QString why;
    mDocument = mSample.open(&why);
    QVERIFY2(mDocument, qPrintable(why));
    mJourneyId = project().orderedJourneys().first()->id;
    QVERIFY(stages().size() >= 3);
    QVERIFY(project().touchpointsOf(stages().at(0)->id).size() >= 2);
    mView = std::make_unique<MapView>();
    mView->resize(1600, 1000);
    mView->setDocument(mDocument.get(), mJourneyId);
    mView->show();
    QVERIFY(QTest::qWaitForWindowExposed(mView.get()));
    mView->zoomToFit();
    mView->setFocus();
    QApplication::setActiveWindow(mView.get());
}

void TestCanvasKeyboard::cleanup()
{
    mView.reset();
    mDocument.reset();
}

void TestCanvasKeyboard::f2EditsTitleInPlace()
{
    const Touchpoint *touchpoint = project().touchpointsOf(stages().at(0)->id).first();
    const QUuid id = touchpoint->id;
    const QString before = touchpoint->title;
    select(EntityKind::Touchpoint, id);
    const int steps = mDocument->undoStack()->count();

    QTest::keyClick(mView.get(), Qt::Key_F2);
    InPlaceEditor *editor = mView->titleEditor();
    QVERIFY(editor->isVisible());
    QVERIFY(editor->isEditing());
    QCOMPARE(editor->text(), before);
    // Over the card.
    const QRect card
            = mView->mapFromScene(layout().rectOf(EntityKind::Touchpoint, id)).boundingRect();
    QVERIFY(card.intersects(editor->geometry()));
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("Renamed card"));
    QTest::keyClick(editor, Qt::Key_Return);
    QVERIFY(!editor->isVisible());
    QCOMPARE(project().touchpoints().find(id)->title, QStringLiteral("Renamed card"));
    QCOMPARE(mDocument->undoStack()->count(), steps + 1); // the whole edit: one step

    // A second edit of the same title is a step of its own, not merged into the first.
    QTest::keyClick(mView.get(), Qt::Key_F2);
    QVERIFY(editor->isEditing());
    QCOMPARE(editor->text(), QStringLiteral("Renamed card"));
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("Again"));
    QCOMPARE(editor->text(), QStringLiteral("Again"));
    QTest::keyClick(editor, Qt::Key_Enter);
    QCOMPARE(project().touchpoints().find(id)->title, QStringLiteral("Again"));
    QCOMPARE(mDocument->undoStack()->count(), steps + 2);

    mDocument->undoStack()->undo();
    QCOMPARE(project().touchpoints().find(id)->title, QStringLiteral("Renamed card"));
    mDocument->undoStack()->undo();
    QCOMPARE(project().touchpoints().find(id)->title, before);
    mDocument->undoStack()->redo();
    QCOMPARE(project().touchpoints().find(id)->title, QStringLiteral("Renamed card"));
}

void TestCanvasKeyboard::enterEditsAndEscapeCancels()
{
    const QUuid stageId = stages().at(1)->id;
    const QString before = project().stages().find(stageId)->name;
    select(EntityKind::Stage, stageId);
    const int steps = mDocument->undoStack()->count();

    QTest::keyClick(mView.get(), Qt::Key_Return);
    InPlaceEditor *editor = mView->titleEditor();
    QVERIFY(editor->isVisible());
    QCOMPARE(editor->text(), before);
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("Never mind"));
    QTest::keyClick(editor, Qt::Key_Escape);
    QVERIFY(!editor->isVisible());
    QCOMPARE(project().stages().find(stageId)->name, before);
    QCOMPARE(mDocument->undoStack()->count(), steps);
    QVERIFY(mView->hasFocus()); // back to the map for the next key

    QTest::keyClick(mView.get(), Qt::Key_Enter);
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("Apply"));
    QTest::keyClick(editor, Qt::Key_Enter);
    QCOMPARE(project().stages().find(stageId)->name, QStringLiteral("Apply"));
    QCOMPARE(mDocument->undoStack()->count(), steps + 1);
    mDocument->undoStack()->undo();
    QCOMPARE(project().stages().find(stageId)->name, before);
}

void TestCanvasKeyboard::ctrlRightMovesTouchpoint()
{
    const QUuid stageId = stages().at(0)->id;
    const QUuid nextStage = stages().at(1)->id;
    const QVector<const Touchpoint *> inStage = project().touchpointsOf(stageId);
    const QUuid id = inStage.first()->id;
    const int count = inStage.size();
    select(EntityKind::Touchpoint, id);
    const int steps = mDocument->undoStack()->count();

    QTest::keyClick(mView.get(), Qt::Key_Right, Qt::ControlModifier);
    QCOMPARE(project().touchpoints().find(id)->position, 1);
    QCOMPARE(project().touchpoints().find(id)->stageId, stageId);
    QCOMPARE(mDocument->undoStack()->count(), steps + 1);
    QCOMPARE(mDocument->selection().constFirst().id, id); // still selected

    // To the end of its stage, then one more: the start of the next stage.
    for (int i = 1; i < count; ++i)
        QTest::keyClick(mView.get(), Qt::Key_Right, Qt::ControlModifier);
    QCOMPARE(project().touchpoints().find(id)->stageId, nextStage);
    QCOMPARE(project().touchpoints().find(id)->position, 0);
    QCOMPARE(mDocument->undoStack()->count(), steps + count);

    mDocument->undoStack()->undo();
    QCOMPARE(project().touchpoints().find(id)->stageId, stageId);
    QCOMPARE(project().touchpoints().find(id)->position, count - 1);
    mDocument->undoStack()->redo();
    QCOMPARE(project().touchpoints().find(id)->stageId, nextStage);
    // Ctrl+Left takes it back into the first stage, at its end.
    QTest::keyClick(mView.get(), Qt::Key_Left, Qt::ControlModifier);
    QCOMPARE(project().touchpoints().find(id)->stageId, stageId);
    QCOMPARE(project().touchpoints().find(id)->position, count - 1);
}

void TestCanvasKeyboard::ctrlRightMovesPainPointToNextTouchpoint()
{
    // The first pain point on a touchpoint that has a touchpoint to its right.
    QVector<QUuid> columns;
    for (const MapLayout::Column &column : layout().columns()) {
        if (!column.touchpointId.isNull())
            columns.append(column.touchpointId);
    }
    const PainPoint *pain = nullptr;
    int index = -1;
    for (int c = 0; c + 1 < columns.size() && !pain; ++c) {
        const QVector<const PainPoint *> pains = project().painPointsOf(columns.at(c));
        if (!pains.isEmpty()) {
            pain = pains.first();
            index = c;
        }
    }
    QVERIFY(pain);
    const QUuid id = pain->id;
    const QUuid from = pain->touchpointId;
    const QUuid to = columns.at(index + 1);
    const int count = project().painPointsOf(to).size();
    select(EntityKind::PainPoint, id);
    QTest::keyClick(mView.get(), Qt::Key_Right, Qt::ControlModifier);
    QCOMPARE(project().painPoints().find(id)->touchpointId, to);
    QCOMPARE(project().painPoints().find(id)->stageId, project().touchpoints().find(to)->stageId);
    QCOMPARE(project().painPoints().find(id)->position, count); // at the end there
    mDocument->undoStack()->undo();
    QCOMPARE(project().painPoints().find(id)->touchpointId, from);
}

void TestCanvasKeyboard::ctrlLeftMovesStage()
{
    const QVector<const Stage *> before = stages();
    select(EntityKind::Stage, before.at(1)->id);
    QTest::keyClick(mView.get(), Qt::Key_Left, Qt::ControlModifier);
    QCOMPARE(stages().at(0)->id, before.at(1)->id);
    QCOMPARE(stages().at(1)->id, before.at(0)->id);
    // Already first: no further move, no step.
    const int steps = mDocument->undoStack()->count();
    QTest::keyClick(mView.get(), Qt::Key_Left, Qt::ControlModifier);
    QCOMPARE(mDocument->undoStack()->count(), steps);
    mDocument->undoStack()->undo();
    QCOMPARE(stages().at(0)->id, before.at(0)->id);
}

void TestCanvasKeyboard::tabCyclesCards()
{
    // Reading order, by hand: the cards sorted by left edge, then top.
    QVector<const LayoutElement *> cards;
    for (const LayoutElement &element : layout().elements()) {
        if (element.role == ElementRole::Card && !element.id.isNull())
            cards.append(&element);
    }
    QVERIFY(cards.size() >= 3);
    std::sort(cards.begin(), cards.end(), [](const LayoutElement *a, const LayoutElement *b) {
        return a->rect.left() != b->rect.left() ? a->rect.left() < b->rect.left()
                                                : a->rect.top() < b->rect.top();
    });
    mDocument->setSelection({});
    QTest::keyClick(mView.get(), Qt::Key_Tab);
    QCOMPARE(mDocument->selection(), (QVector<EntityRef>{{cards.at(0)->kind, cards.at(0)->id}}));
    QTest::keyClick(mView.get(), Qt::Key_Tab);
    QCOMPARE(mDocument->selection(), (QVector<EntityRef>{{cards.at(1)->kind, cards.at(1)->id}}));
    QTest::keyClick(mView.get(), Qt::Key_Tab);
    QCOMPARE(mDocument->selection(), (QVector<EntityRef>{{cards.at(2)->kind, cards.at(2)->id}}));
    QTest::keyClick(mView.get(), Qt::Key_Backtab, Qt::ShiftModifier);
    QCOMPARE(mDocument->selection(), (QVector<EntityRef>{{cards.at(1)->kind, cards.at(1)->id}}));
    // Shift+Tab from the first wraps to the last.
    select(cards.at(0)->kind, cards.at(0)->id);
    QTest::keyClick(mView.get(), Qt::Key_Backtab, Qt::ShiftModifier);
    QCOMPARE(mDocument->selection(), (QVector<EntityRef>{{cards.last()->kind, cards.last()->id}}));
    QVERIFY(mView->hasFocus());
}

void TestCanvasKeyboard::deleteRemoves()
{
    const QUuid stageId = stages().at(0)->id;
    const QUuid id = project().touchpointsOf(stageId).first()->id;
    const int count = project().touchpointsOf(stageId).size();
    select(EntityKind::Touchpoint, id);
    QTest::keyClick(mView.get(), Qt::Key_Delete);
    QVERIFY(!project().touchpoints().contains(id));
    QCOMPARE(project().touchpointsOf(stageId).size(), count - 1);
    mDocument->undoStack()->undo();
    QVERIFY(project().touchpoints().contains(id));
    mDocument->undoStack()->redo();
    QVERIFY(!project().touchpoints().contains(id));
}

void TestCanvasKeyboard::copyPasteWithinProject()
{
    // A touchpoint with its pain points, pasted after the first touchpoint of another stage.
    const Touchpoint *source = nullptr;
    for (const Stage *stage : stages()) {
        for (const Touchpoint *t : project().touchpointsOf(stage->id)) {
            if (!source && !project().painPointsOf(t->id).isEmpty())
                source = t;
        }
    }
    QVERIFY(source);
    const QUuid sourceId = source->id;
    const QString title = source->title;
    const int pains = project().painPointsOf(sourceId).size();
    const QUuid targetStage = stages().at(2)->id;
    const QUuid targetTouchpoint = project().touchpointsOf(targetStage).first()->id;
    const int countThere = project().touchpointsOf(targetStage).size();
    const int touchpoints = project().touchpoints().size();

    select(EntityKind::Touchpoint, sourceId);
    mView->copy();
    const QMimeData *clip = QApplication::clipboard()->mimeData();
    QVERIFY(clip && clip->hasFormat(QStringLiteral("application/x-journeystudio-fragment")));

    select(EntityKind::Touchpoint, targetTouchpoint);
    const int steps = mDocument->undoStack()->count();
    QTest::keyClick(mView.get(), Qt::Key_V, Qt::ControlModifier); // no shortcut on a bare view
    mView->paste();
    QCOMPARE(mDocument->undoStack()->count(), steps + 1);
    QCOMPARE(project().touchpoints().size(), touchpoints + 1);
    const QVector<const Touchpoint *> there = project().touchpointsOf(targetStage);
    QCOMPARE(there.size(), countThere + 1);
    QCOMPARE(there.at(0)->id, targetTouchpoint);
    const Touchpoint *pasted = there.at(1);
    QVERIFY(pasted->id != sourceId); // a fresh id
    QCOMPARE(pasted->title, title);
    const QUuid pastedId = pasted->id;
    QCOMPARE(project().painPointsOf(pastedId).size(), pains);
    for (const PainPoint *p : project().painPointsOf(pastedId))
        QCOMPARE(p->stageId, targetStage);
    QCOMPARE(mDocument->selection(), (QVector<EntityRef>{{EntityKind::Touchpoint, pastedId}}));

    mDocument->undoStack()->undo();
    QVERIFY(!project().touchpoints().contains(pastedId));
    QCOMPARE(project().touchpoints().size(), touchpoints);
    mDocument->undoStack()->redo();
    QCOMPARE(project().touchpointsOf(targetStage).at(1)->id, pastedId);
    QCOMPARE(project().painPointsOf(pastedId).size(), pains);

    // Pasting twice gives two copies, each with its own ids.
    mView->paste();
    QCOMPARE(project().touchpoints().size(), touchpoints + 2);
}

void TestCanvasKeyboard::pasteIntoAnotherProject()
{
    // Copy a whole stage with its touchpoints.
    const Stage *stage = stages().at(1);
    const QString name = stage->name;
    const int touchpoints = project().touchpointsOf(stage->id).size();
    select(EntityKind::Stage, stage->id);
    mView->copy();

    // A second project, as another instance would have: one journey, one stage.
    Status status;
    std::unique_ptr<Document> other = Document::createNew(QStringLiteral("Other"), &status);
    QVERIFY2(other, qPrintable(status.message()));
    Journey journey;
    journey.name = QStringLiteral("Elsewhere");
    auto *addJourney = new AddJourney(other.get(), journey);
    const QUuid journeyId = addJourney->entityId();
    QVERIFY(MutationCommand::push(other.get(), addJourney));
    Stage only;
    only.journeyId = journeyId;
    only.name = QStringLiteral("Only");
    QVERIFY(MutationCommand::push(other.get(), new AddStage(other.get(), only)));
    const int steps = other->undoStack()->count();

    // Only the clipboard's bytes cross over, as between two processes.
    QMimeData transferred;
    const QString type = ClipboardFragment::mimeType();
    transferred.setData(type, QApplication::clipboard()->mimeData()->data(type));
    QVERIFY(MapClipboard::paste(other.get(), journeyId, &transferred));
    QCOMPARE(other->undoStack()->count(), steps + 1);
    const QVector<const Stage *> stagesThere = other->project().stagesOf(journeyId);
    QCOMPARE(stagesThere.size(), 2);
    QCOMPARE(stagesThere.at(0)->name, QStringLiteral("Only"));
    QCOMPARE(stagesThere.at(1)->name, name);
    QCOMPARE(other->project().touchpointsOf(stagesThere.at(1)->id).size(), touchpoints);
    QVERIFY(!project().stages().contains(stagesThere.at(1)->id) || false);
    other->undoStack()->undo();
    QCOMPARE(other->project().stagesOf(journeyId).size(), 1);
    QCOMPARE(other->project().touchpoints().size(), 0);
    other->undoStack()->redo();
    QCOMPARE(other->project().touchpoints().size(), touchpoints);
}

void TestCanvasKeyboard::cutRemovesAndPasteRestores()
{
    const QUuid stageId = stages().at(0)->id;
    const QVector<const Touchpoint *> before = project().touchpointsOf(stageId);
    const QUuid id = before.first()->id;
    const QString title = before.first()->title;
    select(EntityKind::Touchpoint, id);
    mView->cut();
    QVERIFY(!project().touchpoints().contains(id));
    select(EntityKind::Touchpoint, project().touchpointsOf(stageId).first()->id);
    mView->paste();
    const QVector<const Touchpoint *> after = project().touchpointsOf(stageId);
    QCOMPARE(after.size(), before.size());
    QCOMPARE(after.at(1)->title, title);
    mDocument->undoStack()->undo(); // the paste
    mDocument->undoStack()->undo(); // the cut
    QCOMPARE(project().touchpointsOf(stageId).first()->id, id);
}

void TestCanvasKeyboard::badClipboardDataIsRefused()
{
    QMimeData mime;
    mime.setData(ClipboardFragment::mimeType(), QByteArray("{not json"));
    const Project before = project();
    const Status status = MapClipboard::paste(mDocument.get(), mJourneyId, &mime);
    QVERIFY(!status);
    QVERIFY(status.message().contains(QStringLiteral("JSON")));
    QVERIFY(project() == before);
    QMimeData text;
    text.setText(QStringLiteral("hello"));
    QVERIFY(!MapClipboard::paste(mDocument.get(), mJourneyId, &text));
}

void TestCanvasKeyboard::contextMenuAddsHere()
{
    // Right-click in the insight lane under a touchpoint, then Add Here ▸ Insight.
    const MapLayout::Row *insights = nullptr;
    for (const MapLayout::Row &row : layout().rows()) {
        if (row.kind == LaneKind::Insights)
            insights = &row;
    }
    QVERIFY(insights);
    const QUuid id = project().touchpointsOf(stages().at(1)->id).first()->id;
    const int count = project().insightsOf(id).size();
    const int column = layout().columnAt(layout().rectOf(EntityKind::Touchpoint, id).center().x());
    const QPoint pos = mView->mapFromScene(
            QPointF(layout().columns().at(column).center(), insights->bottom() - 2));
    bool triggered = false;
    QTimer::singleShot(0, this, [&] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        QVERIFY(menu);
        for (QAction *action : menu->actions()) {
            if (!action->menu())
                continue;
            for (QAction *item : action->menu()->actions()) {
                if (item->text() == QStringLiteral("&Insight")) {
                    item->trigger();
                    triggered = true;
                }
            }
        }
        menu->close();
    });
    QContextMenuEvent event(QContextMenuEvent::Mouse, pos, mView->viewport()->mapToGlobal(pos));
    QApplication::sendEvent(mView->viewport(), &event);
    QVERIFY(triggered);
    const QVector<const Insight *> after = project().insightsOf(id);
    QCOMPARE(after.size(), count + 1);
    QCOMPARE(after.last()->touchpointId, id);
    mDocument->undoStack()->undo();
    QCOMPARE(project().insightsOf(id).size(), count);
}

QTEST_MAIN(TestCanvasKeyboard)
#include "test_canvaskeyboard.moc"
