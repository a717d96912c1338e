// SPDX-License-Identifier: GPL-3.0-or-later
// Add, remove, link and unlink commands: every one redoes, undoes and redoes
// exactly, in memory and in the working copy; invalid input is refused.

#include "testproject.h"

#include "document/commands/removeentities.h"
#include "document/commands/removeinsight.h"
#include "document/commands/removejourney.h"
#include "document/commands/removelane.h"
#include "document/commands/removemeasurement.h"
#include "document/commands/removemetric.h"
#include "document/commands/removeopportunity.h"
#include "document/commands/removepainpoint.h"
#include "document/commands/removepersona.h"
#include "document/commands/removestage.h"
#include "document/commands/removetouchpoint.h"
#include "document/commands/unlinkentities.h"

#include <QTemporaryDir>

using namespace cjm;

class TestCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void builtProject();
    void addEach_data();
    void addEach();
    void addShiftsSiblings();
    void addJourneyWithLanes();
    void addJourneyWithoutLanes();
    void addFillsStageFromTouchpoint();
    void addRefusesBadInput_data();
    void addRefusesBadInput();
    void removeEach_data();
    void removeEach();
    void removeStageTakesEverything();
    void removeJourneyClearsAsIsReference();
    void removeEntitiesInOneStep_data();
    void removeEntitiesInOneStep();
    void removeRefusesUnknown();
    void linkAndUnlink_data();
    void linkAndUnlink();
    void linkRefusesBadInput();
    void orderedLinkGoesLast();
    void changeEventsNameWhatChanged();
    void saveAndReopen();
    void readOnlyDocumentRefusesCommands();

private:
    QTemporaryDir mWorkDir;
    std::unique_ptr<Document> mDoc;
    TestProject::Ids mIds;
};

void TestCommands::initTestCase()
{
    QVERIFY(mWorkDir.isValid());
    qputenv("JOURNEYSTUDIO_WORKDIR", QFile::encodeName(mWorkDir.path()));
}

void TestCommands::init()
{
    mIds = TestProject::Ids();
    mDoc = TestProject::create(&mIds);
    QVERIFY(mDoc);
}

void TestCommands::cleanup()
{
    mDoc.reset();
}

void TestCommands::builtProject()
{
    const Project &p = mDoc->project();
    QCOMPARE(p.journeys().size(), 2);
    QCOMPARE(p.stages().size(), 4);
    QCOMPARE(p.touchpoints().size(), 5);
    QCOMPARE(p.painPoints().size(), 3);
    QCOMPARE(p.list<Lane>().size(), 23); // 11 built-in lanes per journey and one text lane
    QCOMPARE(p.links().size(), 8);
    QCOMPARE(p.painPoints().find(mIds.painA1a)->stageId, mIds.stageA1);
    QCOMPARE(p.touchpoints().find(mIds.tpA1b)->position, 1);
    QCOMPARE(p.stages().find(mIds.stageA3)->position, 2);
    QCOMPARE(p.journeys().find(mIds.journeyB)->asIsJourneyId, mIds.journeyA);
    QCOMPARE(p.list<LaneCell>().find(mIds.cell)->text, QStringLiteral("note"));
    QCOMPARE(mDoc->undoStack()->count(), 0);
    QString why;
    QCOMPARE(TestProject::difference(TestProject::reloaded(mDoc.get(), &why), p), QString());
    QCOMPARE(TestProject::densePositions(p), QString());
}

void TestCommands::addEach_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("position");
    QTest::newRow("stage first") << int(EntityKind::Stage) << 0;
    QTest::newRow("stage last") << int(EntityKind::Stage) << -1;
    QTest::newRow("touchpoint middle") << int(EntityKind::Touchpoint) << 1;
    QTest::newRow("pain point first") << int(EntityKind::PainPoint) << 0;
    QTest::newRow("opportunity last") << int(EntityKind::Opportunity) << -1;
    QTest::newRow("insight middle") << int(EntityKind::Insight) << 1;
    QTest::newRow("persona first") << int(EntityKind::Persona) << 0;
    QTest::newRow("journey first") << int(EntityKind::Journey) << 0;
    QTest::newRow("metric last") << int(EntityKind::Metric) << -1;
    QTest::newRow("measurement") << int(EntityKind::Measurement) << -1;
    QTest::newRow("lane second") << int(EntityKind::Lane) << 1;
    QTest::newRow("past the end appends") << int(EntityKind::Stage) << 99;
}

void TestCommands::addEach()
{
    QFETCH(int, kind);
    QFETCH(int, position);
    Document *d = mDoc.get();
    MutationCommand *command = nullptr;
    QUuid id;
    switch (EntityKind(kind)) {
    case EntityKind::Stage: {
        auto *c = new AddStage(d, TestProject::stage(mIds.journeyA, QStringLiteral("New")),
                               position);
        id = c->entityId();
        command = c;
        break;
    }
    case EntityKind::Touchpoint: {
        auto *c = new AddTouchpoint(
                d, TestProject::touchpoint(mIds.stageA1, QStringLiteral("New"), 2), position);
        id = c->entityId();
        command = c;
        break;
    }
    case EntityKind::PainPoint: {
        auto *c = new AddPainPoint(d, TestProject::card<PainPoint>(mIds.stageA1, mIds.tpA1a, 9),
                                   position);
        id = c->entityId();
        command = c;
        break;
    }
    case EntityKind::Opportunity: {
        auto *c = new AddOpportunity(d, TestProject::card<Opportunity>(mIds.stageA1, mIds.tpA1a, 9),
                                     position);
        id = c->entityId();
        command = c;
        break;
    }
    case EntityKind::Insight: {
        auto *c = new AddInsight(d, TestProject::card<Insight>(mIds.stageA1, mIds.tpA1a, 9),
                                 position);
        id = c->entityId();
        command = c;
        break;
    }
    case EntityKind::Persona: {
        auto *c = new AddPersona(d, TestProject::persona(QStringLiteral("Lee"), QUuid()), position);
        id = c->entityId();
        command = c;
        break;
    }
    case EntityKind::Journey: {
        Journey journey;
        journey.name = QStringLiteral("Return");
        journey.tags = QStringList{QStringLiteral("b2c"), QStringLiteral("returns")};
        auto *c = new AddJourney(d, journey, position);
        id = c->entityId();
        command = c;
        break;
    }
    case EntityKind::Metric: {
        Metric metric;
        metric.name = QStringLiteral("CSAT");
        metric.kind = MetricKind::Csat;
        metric.target = 4.5;
        auto *c = new AddMetric(d, metric, position);
        id = c->entityId();
        command = c;
        break;
    }
    case EntityKind::Measurement: {
        Measurement m;
        m.metricId = mIds.metric;
        m.periodStart = QDate(2024, 4, 1);
        m.periodEnd = QDate(2024, 6, 30);
        m.value = 40;
        auto *c = new AddMeasurement(d, m, position);
        id = c->entityId();
        command = c;
        break;
    }
    case EntityKind::Lane: {
        Lane lane;
        lane.journeyId = mIds.journeyA;
        lane.title = QStringLiteral("Risks");
        auto *c = new AddLane(d, lane, position);
        id = c->entityId();
        command = c;
        break;
    }
    default:
        QFAIL("unexpected kind");
    }
    QVERIFY(!id.isNull());
    QVERIFY(command->text().startsWith(QStringLiteral("Add ")));
    JS_VERIFY_COMMAND(d, command);
    QVERIFY(CommandChecks::exists(d->project(), EntityKind(kind), id));
    const int at = d->positionOf(EntityKind(kind), id);
    if (EntityKind(kind) == EntityKind::Measurement)
        QCOMPARE(at, -1); // not ordered
    else if (position >= 0 && position < 3)
        QCOMPARE(at, position);
    else
        QCOMPARE(at, d->siblingCount(EntityKind(kind), [&] {
            QUuid key;
            dispatchEntityKind(EntityKind(kind), [&](auto tag) {
                using T = typename decltype(tag)::Type;
                key = d->project().list<T>().find(id)->siblingKey();
            });
            return key;
        }()) - 1);
}

void TestCommands::addShiftsSiblings()
{
    auto *command = new AddTouchpoint(
            mDoc.get(), TestProject::touchpoint(mIds.stageA1, QStringLiteral("First"), 0), 0);
    const QUuid id = command->entityId();
    JS_VERIFY_COMMAND(mDoc.get(), command);
    const QVector<const Touchpoint *> ordered = mDoc->project().touchpointsOf(mIds.stageA1);
    QCOMPARE(ordered.size(), 3);
    QCOMPARE(ordered.at(0)->id, id);
    QCOMPARE(ordered.at(1)->id, mIds.tpA1a);
    QCOMPARE(ordered.at(2)->id, mIds.tpA1b);
    // Another stage's touchpoints are left alone.
    QCOMPARE(mDoc->project().touchpoints().find(mIds.tpA2a)->position, 0);
}

void TestCommands::addJourneyWithLanes()
{
    Journey journey;
    journey.name = QStringLiteral("Onboard");
    auto *command = new AddJourney(mDoc.get(), journey);
    const QUuid id = command->entityId();
    JS_VERIFY_COMMAND(mDoc.get(), command);
    const QVector<const Lane *> lanes = mDoc->project().lanesOf(id);
    QCOMPARE(lanes.size(), 11);
    for (int i = 0; i < lanes.size(); ++i) {
        QCOMPARE(int(lanes.at(i)->kind), i);
        QCOMPARE(lanes.at(i)->position, i);
        QVERIFY(lanes.at(i)->visible);
    }
    QCOMPARE(mDoc->project().journeys().find(id)->position, 2);
    mDoc->undoStack()->undo();
    QVERIFY(mDoc->project().lanesOf(id).isEmpty());
}

void TestCommands::addJourneyWithoutLanes()
{
    Journey journey;
    journey.name = QStringLiteral("Bare");
    auto *command = new AddJourney(mDoc.get(), journey, 0, false);
    const QUuid id = command->entityId();
    JS_VERIFY_COMMAND(mDoc.get(), command);
    QVERIFY(mDoc->project().lanesOf(id).isEmpty());
    QCOMPARE(mDoc->project().journeys().find(mIds.journeyA)->position, 1);
}

void TestCommands::addFillsStageFromTouchpoint()
{
    auto *command
            = new AddPainPoint(mDoc.get(), TestProject::card<PainPoint>(QUuid(), mIds.tpA2b, 7));
    QVERIFY2(command->isValid(), qPrintable(command->status().message()));
    QCOMPARE(command->entity().stageId, mIds.stageA2);
    JS_VERIFY_COMMAND(mDoc.get(), command);
}

void TestCommands::addRefusesBadInput_data()
{
    QTest::addColumn<QString>("what");
    QTest::newRow("touchpoint in unknown stage") << QStringLiteral("unknown stage");
    QTest::newRow("pain point in another stage than its touchpoint")
            << QStringLiteral("stage mismatch");
    QTest::newRow("emotion out of range") << QStringLiteral("emotion");
    QTest::newRow("severity out of range") << QStringLiteral("severity");
    QTest::newRow("existing id") << QStringLiteral("duplicate");
    QTest::newRow("photo that does not exist") << QStringLiteral("photo");
    QTest::newRow("journey improving itself") << QStringLiteral("self");
    QTest::newRow("measurement without metric") << QStringLiteral("metric");
    QTest::newRow("lane cell of another journey") << QStringLiteral("cell");
}

void TestCommands::addRefusesBadInput()
{
    QFETCH(QString, what);
    Document *d = mDoc.get();
    MutationCommand *command = nullptr;
    if (what == QLatin1String("unknown stage")) {
        command = new AddTouchpoint(
                d, TestProject::touchpoint(QUuid::createUuid(), QStringLiteral("X"), 0));
    } else if (what == QLatin1String("stage mismatch")) {
        command = new AddPainPoint(d, TestProject::card<PainPoint>(mIds.stageA2, mIds.tpA1a, 1));
    } else if (what == QLatin1String("emotion")) {
        command = new AddTouchpoint(d,
                                    TestProject::touchpoint(mIds.stageA1, QStringLiteral("X"), 3));
    } else if (what == QLatin1String("severity")) {
        PainPoint p = TestProject::card<PainPoint>(mIds.stageA1, QUuid(), 1);
        p.severity = 6;
        command = new AddPainPoint(d, p);
    } else if (what == QLatin1String("duplicate")) {
        Touchpoint t = TestProject::touchpoint(mIds.stageA1, QStringLiteral("X"), 0);
        t.id = mIds.tpA1a;
        command = new AddTouchpoint(d, t);
    } else if (what == QLatin1String("photo")) {
        command = new AddPersona(d, TestProject::persona(QStringLiteral("X"), QUuid::createUuid()));
    } else if (what == QLatin1String("self")) {
        Journey j;
        j.id = QUuid::createUuid();
        j.asIsJourneyId = j.id;
        command = new AddJourney(d, j);
    } else if (what == QLatin1String("metric")) {
        command = new AddMeasurement(d, Measurement());
    } else if (what == QLatin1String("cell")) {
        LaneCell cell;
        cell.laneId = mIds.textLane;
        cell.touchpointId = mIds.tpB1a;
        command = new AddEntity<LaneCell>(d, cell, -1, QStringLiteral("Add cell"));
    }
    QVERIFY(command);
    QVERIFY(!command->isValid());
    QVERIFY(command->isObsolete());
    QVERIFY(!command->status().message().isEmpty());
    const Project before = d->project();
    QSignalSpy spy(d, &Document::changed);
    const Status status = MutationCommand::push(d, command);
    QVERIFY(!status);
    QVERIFY(!status.message().isEmpty());
    QCOMPARE(spy.count(), 0);
    QCOMPARE(d->undoStack()->count(), 0);
    QVERIFY(d->project() == before);
}

void TestCommands::removeEach_data()
{
    QTest::addColumn<int>("kind");
    QTest::newRow("stage") << int(EntityKind::Stage);
    QTest::newRow("touchpoint") << int(EntityKind::Touchpoint);
    QTest::newRow("pain point") << int(EntityKind::PainPoint);
    QTest::newRow("opportunity") << int(EntityKind::Opportunity);
    QTest::newRow("insight") << int(EntityKind::Insight);
    QTest::newRow("persona") << int(EntityKind::Persona);
    QTest::newRow("journey") << int(EntityKind::Journey);
    QTest::newRow("metric") << int(EntityKind::Metric);
    QTest::newRow("measurement") << int(EntityKind::Measurement);
    QTest::newRow("lane") << int(EntityKind::Lane);
}

void TestCommands::removeEach()
{
    QFETCH(int, kind);
    Document *d = mDoc.get();
    MutationCommand *command = nullptr;
    QUuid id;
    switch (EntityKind(kind)) {
    case EntityKind::Stage:
        command = new RemoveStage(d, id = mIds.stageA2);
        break;
    case EntityKind::Touchpoint:
        command = new RemoveTouchpoint(d, id = mIds.tpA1a);
        break;
    case EntityKind::PainPoint:
        command = new RemovePainPoint(d, id = mIds.painA1a);
        break;
    case EntityKind::Opportunity:
        command = new RemoveOpportunity(d, id = mIds.oppA1a);
        break;
    case EntityKind::Insight:
        command = new RemoveInsight(d, id = mIds.insightA1a);
        break;
    case EntityKind::Persona:
        command = new RemovePersona(d, id = mIds.personaA);
        break;
    case EntityKind::Journey:
        command = new RemoveJourney(d, id = mIds.journeyA);
        break;
    case EntityKind::Metric:
        command = new RemoveMetric(d, id = mIds.metric);
        break;
    case EntityKind::Measurement:
        command = new RemoveMeasurement(d, id = mIds.measurement);
        break;
    case EntityKind::Lane:
        command = new RemoveLane(d, id = mIds.textLane);
        break;
    default:
        QFAIL("unexpected kind");
    }
    QVERIFY(command->text().startsWith(QStringLiteral("Remove ")));
    JS_VERIFY_COMMAND(d, command);
    QVERIFY(!CommandChecks::exists(d->project(), EntityKind(kind), id));
    QVERIFY(d->project().linksMentioning(id).isEmpty());
    d->undoStack()->undo();
    QVERIFY(CommandChecks::exists(d->project(), EntityKind(kind), id));
}

void TestCommands::removeStageTakesEverything()
{
    Document *d = mDoc.get();
    const Project before = d->project();
    JS_VERIFY_COMMAND(d, new RemoveStage(d, mIds.stageA1));
    const Project &p = d->project();
    for (const QUuid &gone : {mIds.stageA1, mIds.tpA1a, mIds.tpA1b, mIds.painA1a, mIds.painA1,
                              mIds.oppA1a, mIds.insightA1a, mIds.insightA1a2, mIds.cell}) {
        QVERIFY2(p.linksMentioning(gone).isEmpty(), qPrintable(uuidText(gone)));
    }
    QVERIFY(!p.touchpoints().contains(mIds.tpA1a));
    QVERIFY(!p.touchpoints().contains(mIds.tpA1b));
    QVERIFY(!p.painPoints().contains(mIds.painA1a));
    QVERIFY(!p.painPoints().contains(mIds.painA1));
    QVERIFY(!p.opportunities().contains(mIds.oppA1a));
    QVERIFY(!p.insights().contains(mIds.insightA1a));
    QVERIFY(!p.list<LaneCell>().contains(mIds.cell));
    // The insight's link to a touchpoint of another stage went with the insight.
    QVERIFY(p.linkedTo(LinkKind::InsightTouchpoint, mIds.tpA2a).isEmpty());
    QCOMPARE(p.stages().find(mIds.stageA2)->position, 0);
    QCOMPARE(p.stages().find(mIds.stageA3)->position, 1);
    QCOMPARE(p.links().size(), 3); // only the journeys' personas are left
    d->undoStack()->undo();
    QCOMPARE(TestProject::difference(d->project(), before), QString());
    QCOMPARE(TestProject::difference(TestProject::reloaded(d), before), QString());
}

void TestCommands::removeJourneyClearsAsIsReference()
{
    Document *d = mDoc.get();
    JS_VERIFY_COMMAND(d, new RemoveJourney(d, mIds.journeyA));
    QVERIFY(d->project().journeys().find(mIds.journeyB)->asIsJourneyId.isNull());
    QCOMPARE(d->project().journeys().find(mIds.journeyB)->position, 0);
    QVERIFY(d->project().lanesOf(mIds.journeyA).isEmpty());
    QVERIFY(d->project().stagesOf(mIds.journeyA).isEmpty());
    QCOMPARE(d->project().touchpoints().size(), 1);
    d->undoStack()->undo();
    QCOMPARE(d->project().journeys().find(mIds.journeyB)->asIsJourneyId, mIds.journeyA);
}

void TestCommands::removeEntitiesInOneStep_data()
{
    QTest::addColumn<QString>("which");
    QTest::newRow("stage and its touchpoint") << QStringLiteral("nested");
    QTest::newRow("touchpoint before its stage") << QStringLiteral("nested reversed");
    QTest::newRow("siblings") << QStringLiteral("siblings");
    QTest::newRow("both ends of a link") << QStringLiteral("link ends");
    QTest::newRow("both journeys") << QStringLiteral("journeys");
    QTest::newRow("persona and its photo") << QStringLiteral("photo");
    QTest::newRow("mixed kinds") << QStringLiteral("mixed");
    QTest::newRow("duplicates") << QStringLiteral("duplicates");
}

void TestCommands::removeEntitiesInOneStep()
{
    QFETCH(QString, which);
    const TestProject::Ids &i = mIds;
    QVector<EntityRef> refs;
    const EntityRef stageA1{EntityKind::Stage, i.stageA1};
    const EntityRef tpA1a{EntityKind::Touchpoint, i.tpA1a};
    if (which == QLatin1String("nested"))
        refs = {stageA1, tpA1a};
    else if (which == QLatin1String("nested reversed"))
        refs = {tpA1a, stageA1};
    else if (which == QLatin1String("siblings"))
        refs = {{EntityKind::Stage, i.stageA1},
                {EntityKind::Stage, i.stageA3},
                {EntityKind::Insight, i.insightA1a},
                {EntityKind::Touchpoint, i.tpA2a}};
    else if (which == QLatin1String("link ends"))
        refs = {{EntityKind::PainPoint, i.painA1a},
                {EntityKind::Opportunity, i.oppA1a},
                {EntityKind::Insight, i.insightA1a}};
    else if (which == QLatin1String("journeys"))
        refs = {{EntityKind::Journey, i.journeyA}, {EntityKind::Journey, i.journeyB}};
    else if (which == QLatin1String("photo"))
        refs = {{EntityKind::Image, i.image}, {EntityKind::Persona, i.personaA}};
    else if (which == QLatin1String("mixed"))
        refs = {{EntityKind::Touchpoint, i.tpA2b},        {EntityKind::Touchpoint, i.tpA2a},
                {EntityKind::Persona, i.personaB},        {EntityKind::Metric, i.metric},
                {EntityKind::Measurement, i.measurement}, {EntityKind::Lane, i.textLane},
                {EntityKind::PainPoint, i.painA1}};
    else if (which == QLatin1String("duplicates"))
        refs = {tpA1a, tpA1a, {EntityKind::Touchpoint, i.tpA1b}};
    Document *d = mDoc.get();
    auto *command = new RemoveEntities(d, refs);
    JS_VERIFY_COMMAND(d, command);
    for (const EntityRef &ref : refs)
        QVERIFY2(!CommandChecks::exists(d->project(), ref.kind, ref.id),
                 qPrintable(uuidText(ref.id)));
    QCOMPARE(d->undoStack()->count(), 1);
}

void TestCommands::removeRefusesUnknown()
{
    auto *command = new RemoveTouchpoint(mDoc.get(), QUuid::createUuid());
    QVERIFY(!command->isValid());
    QVERIFY(!MutationCommand::push(mDoc.get(), command));
    auto *wrongKind = new RemoveStage(mDoc.get(), mIds.tpA1a);
    QVERIFY(!wrongKind->isValid());
    delete wrongKind;
    auto *info
            = new RemoveEntities(mDoc.get(), {{EntityKind::ProjectInfo, mDoc->project().info.id}});
    QVERIFY(!info->isValid());
    delete info;
    auto *none = new RemoveEntities(mDoc.get(), {});
    QVERIFY(!none->isValid());
    delete none;
    QCOMPARE(mDoc->undoStack()->count(), 0);
}

void TestCommands::linkAndUnlink_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::newRow("journey persona") << int(LinkKind::JourneyPersona) << QStringLiteral("journeyB")
                                     << QStringLiteral("personaB");
    QTest::newRow("touchpoint image")
            << int(LinkKind::TouchpointImage) << QStringLiteral("tpA1a") << QStringLiteral("image");
    QTest::newRow("opportunity pain point") << int(LinkKind::OpportunityPainPoint)
                                            << QStringLiteral("oppA2") << QStringLiteral("painA2a");
    QTest::newRow("opportunity touchpoint") << int(LinkKind::OpportunityTouchpoint)
                                            << QStringLiteral("oppA2") << QStringLiteral("tpA2b");
    QTest::newRow("insight touchpoint") << int(LinkKind::InsightTouchpoint)
                                        << QStringLiteral("insightA1a2") << QStringLiteral("tpB1a");
    QTest::newRow("insight pain point")
            << int(LinkKind::InsightPainPoint) << QStringLiteral("insightA1a2")
            << QStringLiteral("painA1");
}

namespace {

QUuid idNamed(const TestProject::Ids &i, const QString &name)
{
    const QHash<QString, QUuid> ids = {
            {QStringLiteral("journeyB"), i.journeyB},
            {QStringLiteral("personaB"), i.personaB},
            {QStringLiteral("tpA1a"), i.tpA1a},
            {QStringLiteral("image"), i.image},
            {QStringLiteral("oppA2"), i.oppA2},
            {QStringLiteral("painA2a"), i.painA2a},
            {QStringLiteral("tpA2b"), i.tpA2b},
            {QStringLiteral("insightA1a2"), i.insightA1a2},
            {QStringLiteral("tpB1a"), i.tpB1a},
            {QStringLiteral("painA1"), i.painA1},
    };
    return ids.value(name);
}

} // namespace

void TestCommands::linkAndUnlink()
{
    QFETCH(int, kind);
    QFETCH(QString, from);
    QFETCH(QString, to);
    const QUuid fromId = idNamed(mIds, from);
    const QUuid toId = idNamed(mIds, to);
    Document *d = mDoc.get();
    JS_VERIFY_COMMAND(d, new LinkEntities(d, LinkKind(kind), fromId, toId));
    QVERIFY(d->project().findLink(LinkKind(kind), fromId, toId));
    JS_VERIFY_COMMAND(d, new UnlinkEntities(d, LinkKind(kind), fromId, toId));
    QVERIFY(!d->project().findLink(LinkKind(kind), fromId, toId));
    QCOMPARE(d->undoStack()->count(), 2);
}

void TestCommands::linkRefusesBadInput()
{
    Document *d = mDoc.get();
    const QVector<MutationCommand *> bad = {
            // wrong kinds of ends
            new LinkEntities(d, LinkKind::JourneyPersona, mIds.journeyA, mIds.tpA1a),
            new LinkEntities(d, LinkKind::OpportunityPainPoint, mIds.painA1a, mIds.oppA1a),
            // unknown end
            new LinkEntities(d, LinkKind::InsightTouchpoint, mIds.insightA1a, QUuid::createUuid()),
            new LinkEntities(d, LinkKind::InsightTouchpoint, QUuid(), mIds.tpA1a),
            // already linked
            new LinkEntities(d, LinkKind::JourneyPersona, mIds.journeyA, mIds.personaA),
            // not linked
            new UnlinkEntities(d, LinkKind::JourneyPersona, mIds.journeyB, mIds.personaB),
    };
    for (MutationCommand *command : bad) {
        QVERIFY(!command->isValid());
        QVERIFY(!command->status().message().isEmpty());
        QVERIFY(!MutationCommand::push(d, command));
    }
    QCOMPARE(d->undoStack()->count(), 0);
}

void TestCommands::orderedLinkGoesLast()
{
    Document *d = mDoc.get();
    // Remove the first persona of journey A, then add it back: it goes after Kim.
    JS_VERIFY_COMMAND(
            d, new UnlinkEntities(d, LinkKind::JourneyPersona, mIds.journeyA, mIds.personaA));
    JS_VERIFY_COMMAND(d,
                      new LinkEntities(d, LinkKind::JourneyPersona, mIds.journeyA, mIds.personaA));
    const QVector<QUuid> personas = d->project().linked(LinkKind::JourneyPersona, mIds.journeyA);
    QCOMPARE(personas, (QVector<QUuid>{mIds.personaB, mIds.personaA}));
}

void TestCommands::changeEventsNameWhatChanged()
{
    Document *d = mDoc.get();
    QSignalSpy spy(d, &Document::changed);
    auto *add = new AddTouchpoint(d, TestProject::touchpoint(mIds.stageA2, QStringLiteral("N"), 0));
    const QUuid id = add->entityId();
    QVERIFY(MutationCommand::push(d, add));
    QCOMPARE(spy.count(), 1);
    ChangeEvent event = spy.takeFirst().at(0).value<ChangeEvent>();
    QVERIFY(event.has(ChangeType::Added, EntityKind::Touchpoint));
    QVERIFY(event.touches(id));

    QVERIFY(MutationCommand::push(d, new RemoveTouchpoint(d, mIds.tpA1a)));
    QCOMPARE(spy.count(), 1);
    event = spy.takeFirst().at(0).value<ChangeEvent>();
    QVERIFY(event.has(ChangeType::Removed, EntityKind::Touchpoint));
    QVERIFY(event.has(ChangeType::Removed, EntityKind::PainPoint));
    QVERIFY(event.has(ChangeType::Removed, EntityKind::LaneCell));
    QVERIFY(event.has(ChangeType::Unlinked));
    QVERIFY(event.touches(mIds.tpA1a));
    QVERIFY(event.touches(mIds.painA1a));

    d->undoStack()->undo();
    QCOMPARE(spy.count(), 1);
    event = spy.takeFirst().at(0).value<ChangeEvent>();
    QVERIFY(event.has(ChangeType::Added, EntityKind::Touchpoint));
    QVERIFY(event.has(ChangeType::Linked));
    QVERIFY(!event.has(ChangeType::Removed));
}

void TestCommands::saveAndReopen()
{
    Document *d = mDoc.get();
    QVERIFY(MutationCommand::push(d, new RemoveInsight(d, mIds.insightA1a)));
    QVERIFY(MutationCommand::push(
            d, new LinkEntities(d, LinkKind::OpportunityTouchpoint, mIds.oppA2, mIds.tpA2b)));
    QVERIFY(d->isModified());
    const QString path = mWorkDir.filePath(QStringLiteral("saved.cjm"));
    const Status saved = d->saveAs(path);
    QVERIFY2(saved.ok(), qPrintable(saved.message()));
    QVERIFY(!d->isModified());
    const Project expected = d->project();
    mDoc.reset();

    Document::OpenResult result;
    std::unique_ptr<Document> reopened = Document::open(path, {}, &result);
    QVERIFY2(reopened, qPrintable(result.status.message()));
    QCOMPARE(TestProject::difference(reopened->project(), expected), QString());
    QVERIFY(reopened->project() == expected);
}

void TestCommands::readOnlyDocumentRefusesCommands()
{
    const QString path = mWorkDir.filePath(QStringLiteral("shared.cjm"));
    QVERIFY(mDoc->saveAs(path));
    Document::OpenOptions options;
    options.readOnlyIfInUse = true;
    Document::OpenResult result;
    std::unique_ptr<Document> second = Document::open(path, options, &result);
    QVERIFY2(second, qPrintable(result.status.message()));
    QVERIFY(second->isReadOnly());
    const Project before = second->project();
    const Status status
            = MutationCommand::push(second.get(), new RemoveStage(second.get(), mIds.stageA1));
    QVERIFY(!status);
    QVERIFY(second->project() == before);
    QCOMPARE(second->undoStack()->count(), 0);
}

QTEST_GUILESS_MAIN(TestCommands)
#include "test_commands.moc"
