// SPDX-License-Identifier: GPL-3.0-or-later
// Reorder and move commands: positions stay dense, parents change together,
// cards follow their touchpoint, and undo puts everything back.

#include "testproject.h"

#include "document/commands/moveinsight.h"
#include "document/commands/moveopportunity.h"
#include "document/commands/movepainpoint.h"
#include "document/commands/movetouchpoint.h"
#include "document/commands/reorderinsight.h"
#include "document/commands/reorderjourney.h"
#include "document/commands/reorderlane.h"
#include "document/commands/reordermetric.h"
#include "document/commands/reorderopportunity.h"
#include "document/commands/reorderpainpoint.h"
#include "document/commands/reorderpersona.h"
#include "document/commands/reorderstage.h"
#include "document/commands/reordertouchpoint.h"

#include <QTemporaryDir>

using namespace cjm;

class TestMoveCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void reorderEach_data();
    void reorderEach();
    void reorderToSamePlaceIsNoStep();
    void reorderRefusesUnknown();
    void moveTouchpointTakesItsCards();
    void moveTouchpointWithinStage();
    void moveTouchpointRefusesOtherJourney();
    void moveCards_data();
    void moveCards();
    void moveCardRefusesMismatch();
    void moveEventNamesParents();

private:
    QTemporaryDir mWorkDir;
    std::unique_ptr<Document> mDoc;
    TestProject::Ids mIds;
};

void TestMoveCommands::initTestCase()
{
    QVERIFY(mWorkDir.isValid());
    qputenv("JOURNEYSTUDIO_WORKDIR", QFile::encodeName(mWorkDir.path()));
}

void TestMoveCommands::init()
{
    mIds = TestProject::Ids();
    mDoc = TestProject::create(&mIds);
    QVERIFY(mDoc);
}

void TestMoveCommands::cleanup()
{
    mDoc.reset();
}

void TestMoveCommands::reorderEach_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("newPosition");
    QTest::addColumn<int>("expected");
    const auto k = [](EntityKind kind) { return int(kind); };
    QTest::newRow("stage to front") << k(EntityKind::Stage) << 0 << 0;
    QTest::newRow("stage to end") << k(EntityKind::Stage) << -1 << 2;
    QTest::newRow("touchpoint down") << k(EntityKind::Touchpoint) << 1 << 1;
    QTest::newRow("pain point up") << k(EntityKind::PainPoint) << 0 << 0;
    QTest::newRow("opportunity") << k(EntityKind::Opportunity) << 0 << 0;
    QTest::newRow("insight down") << k(EntityKind::Insight) << 1 << 1;
    QTest::newRow("lane far") << k(EntityKind::Lane) << 3 << 3;
    QTest::newRow("persona past the end") << k(EntityKind::Persona) << 50 << 1;
    QTest::newRow("journey") << k(EntityKind::Journey) << 0 << 0;
    QTest::newRow("metric needs a sibling") << k(EntityKind::Metric) << 0 << -1;
}

void TestMoveCommands::reorderEach()
{
    QFETCH(int, kind);
    QFETCH(int, newPosition);
    QFETCH(int, expected);
    Document *d = mDoc.get();
    const TestProject::Ids &i = mIds;
    if (EntityKind(kind) == EntityKind::PainPoint) {
        // Give tpA1a a second pain point to swap with.
        QVERIFY(MutationCommand::push(
                d, new AddPainPoint(d, TestProject::card<PainPoint>(i.stageA1, i.tpA1a, 5))));
    }
    if (EntityKind(kind) == EntityKind::Opportunity) {
        QVERIFY(MutationCommand::push(
                d,
                new AddOpportunity(d, TestProject::card<Opportunity>(i.stageA2, QUuid(), 5), 0)));
    }
    if (EntityKind(kind) == EntityKind::Metric) {
        // The only metric cannot move anywhere: a no-op.
        auto *command = new ReorderMetric(d, i.metric, newPosition);
        QVERIFY(command->isValid());
        QVERIFY(command->isObsolete());
        delete command;
        return;
    }
    d->undoStack()->clear();
    MutationCommand *command = nullptr;
    QUuid id;
    switch (EntityKind(kind)) {
    case EntityKind::Stage:
        command = new ReorderStage(d, id = (newPosition == 0 ? i.stageA3 : i.stageA1), newPosition);
        break;
    case EntityKind::Touchpoint:
        command = new ReorderTouchpoint(d, id = i.tpA2a, newPosition);
        break;
    case EntityKind::PainPoint:
        id = d->project().painPointsOf(i.tpA1a).last()->id;
        command = new ReorderPainPoint(d, id, newPosition);
        break;
    case EntityKind::Opportunity:
        command = new ReorderOpportunity(d, id = i.oppA2, newPosition);
        break;
    case EntityKind::Insight:
        command = new ReorderInsight(d, id = i.insightA1a, newPosition);
        break;
    case EntityKind::Lane:
        id = d->project().lanesOf(i.journeyA).first()->id;
        command = new ReorderLane(d, id, newPosition);
        break;
    case EntityKind::Persona:
        command = new ReorderPersona(d, id = i.personaA, newPosition);
        break;
    case EntityKind::Journey:
        command = new ReorderJourney(d, id = i.journeyB, newPosition);
        break;
    default:
        QFAIL("unexpected kind");
    }
    QVERIFY(command->text().startsWith(QStringLiteral("Move ")));
    const int before = d->positionOf(EntityKind(kind), id);
    JS_VERIFY_COMMAND(d, command);
    QCOMPARE(d->positionOf(EntityKind(kind), id), expected);
    d->undoStack()->undo();
    QCOMPARE(d->positionOf(EntityKind(kind), id), before);
}

void TestMoveCommands::reorderToSamePlaceIsNoStep()
{
    Document *d = mDoc.get();
    QSignalSpy spy(d, &Document::changed);
    auto *command = new ReorderStage(d, mIds.stageA2, 1);
    QVERIFY(command->isValid());
    QVERIFY(MutationCommand::push(d, command));
    auto *last = new ReorderStage(d, mIds.stageA3, -1);
    QVERIFY(MutationCommand::push(d, last));
    QCOMPARE(spy.count(), 0);
    QCOMPARE(d->undoStack()->count(), 0);
}

void TestMoveCommands::reorderRefusesUnknown()
{
    auto *command = new ReorderTouchpoint(mDoc.get(), mIds.stageA1, 0);
    QVERIFY(!command->isValid());
    QVERIFY(!MutationCommand::push(mDoc.get(), command));
}

void TestMoveCommands::moveTouchpointTakesItsCards()
{
    Document *d = mDoc.get();
    const TestProject::Ids &i = mIds;
    auto *command = new MoveTouchpoint(d, i.tpA1a, i.stageA2, 1);
    QCOMPARE(command->entityId(), i.tpA1a);
    JS_VERIFY_COMMAND(d, command);
    const Project &p = d->project();
    const Touchpoint *moved = p.touchpoints().find(i.tpA1a);
    QCOMPARE(moved->stageId, i.stageA2);
    QCOMPARE(moved->position, 1);
    QCOMPARE(p.touchpoints().find(i.tpA2a)->position, 0);
    QCOMPARE(p.touchpoints().find(i.tpA2b)->position, 2);
    QCOMPARE(p.touchpoints().find(i.tpA1b)->position, 0); // closed the gap
    QCOMPARE(p.painPoints().find(i.painA1a)->stageId, i.stageA2);
    QCOMPARE(p.opportunities().find(i.oppA1a)->stageId, i.stageA2);
    QCOMPARE(p.insights().find(i.insightA1a)->stageId, i.stageA2);
    QCOMPARE(p.insights().find(i.insightA1a2)->stageId, i.stageA2);
    // The stage's own cards and the lane cell stay where they were.
    QCOMPARE(p.painPoints().find(i.painA1)->stageId, i.stageA1);
    QCOMPARE(p.list<LaneCell>().find(i.cell)->touchpointId, i.tpA1a);
    QCOMPARE(p.linked(LinkKind::OpportunityTouchpoint, i.oppA1a), QVector<QUuid>{i.tpA1a});
}

void TestMoveCommands::moveTouchpointWithinStage()
{
    Document *d = mDoc.get();
    JS_VERIFY_COMMAND(d, new MoveTouchpoint(d, mIds.tpA2b, mIds.stageA2, 0));
    QCOMPARE(d->project().touchpointsOf(mIds.stageA2).first()->id, mIds.tpA2b);
    // To the end of another stage by default.
    JS_VERIFY_COMMAND(d, new MoveTouchpoint(d, mIds.tpA2b, mIds.stageA3));
    QCOMPARE(d->project().touchpoints().find(mIds.tpA2b)->position, 0);
    QCOMPARE(d->project().touchpoints().find(mIds.tpA2a)->position, 0);
}

void TestMoveCommands::moveTouchpointRefusesOtherJourney()
{
    Document *d = mDoc.get();
    auto *otherJourney = new MoveTouchpoint(d, mIds.tpA1a, mIds.stageB1);
    QVERIFY(!otherJourney->isValid());
    QVERIFY(!otherJourney->status().message().isEmpty());
    QVERIFY(!MutationCommand::push(d, otherJourney));
    auto *unknownStage = new MoveTouchpoint(d, mIds.tpA1a, QUuid::createUuid());
    QVERIFY(!unknownStage->isValid());
    delete unknownStage;
    auto *unknown = new MoveTouchpoint(d, QUuid::createUuid(), mIds.stageA1);
    QVERIFY(!unknown->isValid());
    delete unknown;
    QCOMPARE(d->undoStack()->count(), 0);
}

void TestMoveCommands::moveCards_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("target");
    QTest::addColumn<int>("position");
    const auto k = [](EntityKind kind) { return int(kind); };
    QTest::newRow("pain point to another stage's touchpoint")
            << k(EntityKind::PainPoint) << QStringLiteral("tpA2a") << 0;
    QTest::newRow("pain point to its stage as a whole")
            << k(EntityKind::PainPoint) << QStringLiteral("stageA1") << 0;
    QTest::newRow("pain point to another journey")
            << k(EntityKind::PainPoint) << QStringLiteral("tpB1a") << -1;
    QTest::newRow("opportunity to a touchpoint")
            << k(EntityKind::Opportunity) << QStringLiteral("tpA2b") << -1;
    QTest::newRow("opportunity to another stage")
            << k(EntityKind::Opportunity) << QStringLiteral("stageA3") << -1;
    QTest::newRow("insight to a sibling touchpoint")
            << k(EntityKind::Insight) << QStringLiteral("tpA1b") << 0;
    QTest::newRow("insight to its stage")
            << k(EntityKind::Insight) << QStringLiteral("stageA1") << 0;
}

void TestMoveCommands::moveCards()
{
    QFETCH(int, kind);
    QFETCH(QString, target);
    QFETCH(int, position);
    Document *d = mDoc.get();
    const TestProject::Ids &i = mIds;
    const QHash<QString, QUuid> targets = {
            {QStringLiteral("tpA2a"), i.tpA2a},     {QStringLiteral("tpA2b"), i.tpA2b},
            {QStringLiteral("tpA1b"), i.tpA1b},     {QStringLiteral("tpB1a"), i.tpB1a},
            {QStringLiteral("stageA1"), i.stageA1}, {QStringLiteral("stageA3"), i.stageA3},
    };
    const QUuid owner = targets.value(target);
    const bool toTouchpoint = d->project().touchpoints().contains(owner);
    const QUuid stageId = toTouchpoint ? d->project().touchpoints().find(owner)->stageId : owner;
    const QUuid touchpointId = toTouchpoint ? owner : QUuid();
    MutationCommand *command = nullptr;
    QUuid id;
    switch (EntityKind(kind)) {
    case EntityKind::PainPoint:
        // Only the touchpoint given: the stage follows from it.
        command = new MovePainPoint(d, id = i.painA1a, toTouchpoint ? QUuid() : stageId,
                                    touchpointId, position);
        break;
    case EntityKind::Opportunity:
        command = new MoveOpportunity(d, id = i.oppA1a, stageId, touchpointId, position);
        break;
    case EntityKind::Insight:
        command = new MoveInsight(d, id = i.insightA1a2, stageId, touchpointId, position);
        break;
    default:
        QFAIL("unexpected kind");
    }
    JS_VERIFY_COMMAND(d, command);
    const MutationOp::Values parents = d->parentValues(EntityKind(kind), id);
    QCOMPARE(parents.size(), 2);
    QCOMPARE(parents.at(0).second.toString(), uuidText(stageId));
    QCOMPARE(parents.at(1).second.toString(), uuidText(touchpointId));
    QCOMPARE(parents.at(1).second.isNull(), touchpointId.isNull());
    const int count = d->siblingCount(EntityKind(kind), toTouchpoint ? touchpointId : stageId);
    QCOMPARE(d->positionOf(EntityKind(kind), id), position < 0 ? count - 1 : position);
}

void TestMoveCommands::moveCardRefusesMismatch()
{
    Document *d = mDoc.get();
    const QVector<MutationCommand *> bad = {
            new MovePainPoint(d, mIds.painA1a, mIds.stageA1, mIds.tpA2a),
            new MoveOpportunity(d, mIds.oppA1a, QUuid(), QUuid()),
            new MoveInsight(d, mIds.insightA1a, QUuid::createUuid(), QUuid()),
            new MoveInsight(d, mIds.insightA1a, QUuid(), QUuid::createUuid()),
            new MovePainPoint(d, mIds.oppA1a, mIds.stageA1, QUuid()),
    };
    for (MutationCommand *command : bad) {
        QVERIFY(!command->isValid());
        QVERIFY(!MutationCommand::push(d, command));
    }
    QCOMPARE(d->undoStack()->count(), 0);
}

void TestMoveCommands::moveEventNamesParents()
{
    Document *d = mDoc.get();
    QSignalSpy spy(d, &Document::changed);
    QVERIFY(MutationCommand::push(d, new MoveTouchpoint(d, mIds.tpA1a, mIds.stageA3)));
    QCOMPARE(spy.count(), 1);
    const ChangeEvent event = spy.takeFirst().at(0).value<ChangeEvent>();
    bool moved = false;
    int rehomed = 0;
    for (const ChangeItem &item : event.items) {
        if (item.type == ChangeType::Moved) {
            QCOMPARE(item.kind, EntityKind::Touchpoint);
            QCOMPARE(item.id, mIds.tpA1a);
            QVERIFY(item.fields.contains(QStringLiteral("stage_id")));
            moved = true;
        } else if (item.type == ChangeType::Changed) {
            QCOMPARE(item.fields, QStringList{QStringLiteral("stage_id")});
            ++rehomed;
        }
    }
    QVERIFY(moved);
    QCOMPARE(rehomed, 4); // one pain point, one opportunity, two insights
}

QTEST_GUILESS_MAIN(TestMoveCommands)
#include "test_movecommands.moc"
