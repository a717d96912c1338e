// SPDX-License-Identifier: GPL-3.0-or-later
// The project outline reorders by dragging in the tree: each drop is one command on the
// Document (undoable), the tree follows the model, and drops the model can't take change
// nothing.
#include "common/samplecopy.h"
#include "document/document.h"
#include "panels/projectoutline.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace Qt::StringLiterals;
using namespace cjm;

class TestOutline : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void dragReordersStages();
    void dragMovesTouchpointsBetweenStages();
    void dropOnAStageAppends();
    void dropsTheModelCantTakeChangeNothing();
    void dragReordersPersonas();

private:
    QTreeWidgetItem *item(const QUuid &id) const { return mOutline->itemFor(id); }
    QVector<const Stage *> stages() const { return mDocument->project().stagesOf(mJourney); }

    test::SampleCopy mSample;
    std::unique_ptr<Document> mDocument;
    std::unique_ptr<ProjectOutline> mOutline;
    QUuid mJourney;
};

void TestOutline::initTestCase()
{
    QVERIFY(mSample.create());
}

void TestOutline::init()
{
    QString why;
    mDocument = mSample.open(&why);
    QVERIFY2(mDocument, qPrintable(why));
    mJourney = mDocument->project().orderedJourneys().first()->id;
    mOutline = std::make_unique<ProjectOutline>();
    mOutline->setDocument(mDocument.get());
}

void TestOutline::cleanup()
{
    mOutline.reset();
    mDocument.reset();
}

void TestOutline::dragReordersStages()
{
    const QVector<const Stage *> before = stages();
    const QUuid third = before.at(2)->id;
    QVERIFY(mOutline->dropItem(item(third), item(before.at(0)->id),
                               ProjectOutline::DropPlace::Above));
    QCOMPARE(stages().at(0)->id, third);
    QCOMPARE(stages().at(1)->id, before.at(0)->id);
    // The tree follows: the stage is now the journey's first child.
    QCOMPARE(item(mJourney)->child(0)->data(0, ProjectOutline::IdRole).toUuid(), third);
    // Below the fourth (moving down: the position counts the others).
    QVERIFY(mOutline->dropItem(item(third), item(before.at(3)->id),
                               ProjectOutline::DropPlace::Below));
    QCOMPARE(stages().at(3)->id, third);
    mDocument->undoStack()->undo();
    mDocument->undoStack()->undo();
    for (int i = 0; i < before.size(); ++i)
        QCOMPARE(stages().at(i)->id, before.at(i)->id);
}

void TestOutline::dragMovesTouchpointsBetweenStages()
{
    const Project &project = mDocument->project();
    const QUuid from = stages().at(0)->id;
    const QUuid to = stages().at(1)->id;
    const QUuid moved = project.touchpointsOf(from).first()->id;
    const QUuid anchor = project.touchpointsOf(to).at(1)->id;
    const int countTo = project.touchpointsOf(to).size();
    QVERIFY(mOutline->dropItem(item(moved), item(anchor), ProjectOutline::DropPlace::Above));
    QCOMPARE(project.touchpoints().find(moved)->stageId, to);
    QCOMPARE(project.touchpointsOf(to).size(), countTo + 1);
    QCOMPARE(project.touchpointsOf(to).at(1)->id, moved);
    mDocument->undoStack()->undo();
    QCOMPARE(project.touchpoints().find(moved)->stageId, from);
    QCOMPARE(project.touchpointsOf(from).first()->id, moved);
}

void TestOutline::dropOnAStageAppends()
{
    const Project &project = mDocument->project();
    const QUuid to = stages().at(2)->id;
    const QUuid moved = project.touchpointsOf(stages().at(0)->id).first()->id;
    QVERIFY(mOutline->dropItem(item(moved), item(to), ProjectOutline::DropPlace::On));
    QCOMPARE(project.touchpointsOf(to).last()->id, moved);
}

void TestOutline::dropsTheModelCantTakeChangeNothing()
{
    const Project &project = mDocument->project();
    const int steps = mDocument->undoStack()->count();
    const QUuid stage = stages().at(0)->id;
    const QUuid touchpoint = project.touchpointsOf(stages().at(1)->id).first()->id;
    // A stage onto a touchpoint, a stage into another journey, a touchpoint onto itself.
    QVERIFY(!mOutline->dropItem(item(stage), item(touchpoint), ProjectOutline::DropPlace::Above));
    const QUuid otherJourney = project.orderedJourneys().last()->id;
    const QUuid otherStage = project.stagesOf(otherJourney).first()->id;
    QVERIFY(!mOutline->dropItem(item(stage), item(otherStage), ProjectOutline::DropPlace::Above));
    QVERIFY(!mOutline->dropItem(item(touchpoint), item(touchpoint),
                                ProjectOutline::DropPlace::Above));
    QCOMPARE(mDocument->undoStack()->count(), steps);
}

void TestOutline::dragReordersPersonas()
{
    const QVector<const Persona *> before = mDocument->project().orderedPersonas();
    QVERIFY(before.size() >= 2);
    QVERIFY(mOutline->dropItem(item(before.last()->id), item(before.first()->id),
                               ProjectOutline::DropPlace::Above));
    QCOMPARE(mDocument->project().orderedPersonas().first()->id, before.last()->id);
}

QTEST_MAIN(TestOutline)
#include "test_outline.moc"
