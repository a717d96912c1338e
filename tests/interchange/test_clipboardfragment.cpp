// SPDX-License-Identifier: GPL-3.0-or-later
// ClipboardFragment: what a copy takes along, the JSON round trip, and pasting with
// fresh ids at the target, as one InsertFragment step with exact undo and redo.

#include "document/testproject.h"

#include "document/commands/insertfragment.h"
#include "interchange/clipboardfragment.h"

#include <QSet>
#include <QTemporaryDir>

using namespace cjm;

class TestClipboardFragment : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void stageTakesItsDependents();
    void jsonRoundTrip();
    void pasteStageIntoSameJourney();
    void pasteIntoOtherJourneyDropsStrayCells();
    void pasteCardsOntoTouchpoint();
    void pasteTouchpointsNeedsStage();
    void badJsonIsRefused();

private:
    QTemporaryDir mWorkDir;
    std::unique_ptr<Document> mDoc;
    TestProject::Ids mIds;
};

void TestClipboardFragment::initTestCase()
{
    QVERIFY(mWorkDir.isValid());
    qputenv("JOURNEYSTUDIO_WORKDIR", QFile::encodeName(mWorkDir.path()));
}

void TestClipboardFragment::init()
{
    mIds = TestProject::Ids();
    mDoc = TestProject::create(&mIds);
    QVERIFY(mDoc);
}

void TestClipboardFragment::cleanup()
{
    mDoc.reset();
}

void TestClipboardFragment::stageTakesItsDependents()
{
    const ClipboardFragment fragment = ClipboardFragment::fromSelection(
            mDoc->project(), {{EntityKind::Stage, mIds.stageA1}});
    const Project &c = fragment.content();
    // Stage A1: touchpoints Ad and Site; pain points at Ad and on the stage; the
    // opportunity and both insights at Ad; the Notes cell under Ad; Site's image.
    QCOMPARE(c.stages().size(), 1);
    QCOMPARE(c.touchpoints().size(), 2);
    QCOMPARE(c.painPoints().size(), 2);
    QCOMPARE(c.opportunities().size(), 1);
    QCOMPARE(c.insights().size(), 2);
    QCOMPARE(c.list<LaneCell>().size(), 1);
    QCOMPARE(c.list<ImageAsset>().size(), 1);
    QCOMPARE(c.list<Lane>().size(), 0);
    QVERIFY(c.painPoints().contains(mIds.painA1));
    QVERIFY(!c.painPoints().contains(mIds.painA2a));
    // Links from copied entities: opportunity → pain point and → touchpoint, insight → pain
    // point and → touchpoint (Cart, outside), Site → image. No journey → persona.
    QCOMPARE(c.links().size(), 5);
    QVERIFY(!fragment.isEmpty());
    QVERIFY(ClipboardFragment::fromSelection(mDoc->project(),
                                             {{EntityKind::Journey, mIds.journeyA}})
                    .isEmpty());
}

void TestClipboardFragment::jsonRoundTrip()
{
    const ClipboardFragment fragment = ClipboardFragment::fromSelection(
            mDoc->project(),
            {{EntityKind::Stage, mIds.stageA1}, {EntityKind::Lane, mIds.textLane}});
    ClipboardFragment back;
    const QByteArray json = fragment.toJson();
    QVERIFY2(ClipboardFragment::fromJson(json, &back), json.constData());
    QVERIFY(back.content() == fragment.content());
    QCOMPARE(back.content().list<ImageAsset>().begin()->data, QByteArray("\x89PNG", 4));
}

void TestClipboardFragment::pasteStageIntoSameJourney()
{
    const ClipboardFragment fragment = ClipboardFragment::fromSelection(
            mDoc->project(), {{EntityKind::Stage, mIds.stageA1}});
    ClipboardFragment::Target target;
    target.journeyId = mIds.journeyA;
    target.stagePosition = 1;
    Project pasted;
    QVERIFY(fragment.instantiate(mDoc->project(), target, &pasted));
    // Every id fresh.
    QSet<QUuid> ids;
    forEachList(mDoc->project(), [&](const auto &list) {
        for (const auto &entity : list)
            ids.insert(entity.id);
    });
    forEachList(pasted, [&](const auto &list) {
        for (const auto &entity : list)
            QVERIFY(!ids.contains(entity.id));
    });
    QCOMPARE(pasted.stages().size(), 1);
    const Stage &stage = *pasted.stages().begin();
    QCOMPARE(stage.journeyId, mIds.journeyA);
    QCOMPARE(stage.position, 1);
    for (const Touchpoint &t : pasted.touchpoints())
        QCOMPARE(t.stageId, stage.id);
    for (const PainPoint &p : pasted.painPoints())
        QCOMPARE(p.stageId, stage.id);
    QCOMPARE(pasted.list<LaneCell>().size(), 1); // the Notes lane is in this journey
    // The insight's link to Cart (outside the copy) stays: Cart is in this project.
    QCOMPARE(pasted.links().size(), 5);

    const QUuid stageId = stage.id;
    QString why;
    QVERIFY2(TestProject::checkCommand(mDoc.get(), new InsertFragment(mDoc.get(), pasted), &why),
             qPrintable(why));
    const QVector<const Stage *> stages = mDoc->project().stagesOf(mIds.journeyA);
    QCOMPARE(stages.size(), 4);
    QCOMPARE(stages.at(0)->id, mIds.stageA1);
    QCOMPARE(stages.at(1)->id, stageId);
    QCOMPARE(stages.at(2)->id, mIds.stageA2);
    QCOMPARE(mDoc->project().touchpointsOf(stageId).size(), 2);
}

void TestClipboardFragment::pasteIntoOtherJourneyDropsStrayCells()
{
    const ClipboardFragment fragment = ClipboardFragment::fromSelection(
            mDoc->project(), {{EntityKind::Touchpoint, mIds.tpA1a}});
    ClipboardFragment::Target target;
    target.journeyId = mIds.journeyB;
    target.stageId = mIds.stageB1;
    target.touchpointPosition = 0;
    Project pasted;
    QVERIFY(fragment.instantiate(mDoc->project(), target, &pasted));
    QCOMPARE(pasted.touchpoints().size(), 1);
    QCOMPARE(pasted.touchpoints().begin()->stageId, mIds.stageB1);
    QCOMPARE(pasted.touchpoints().begin()->position, 0);
    QCOMPARE(pasted.list<LaneCell>().size(), 0); // the Notes lane belongs to journey A
    for (const PainPoint &p : pasted.painPoints())
        QCOMPARE(p.stageId, mIds.stageB1);
    QString why;
    QVERIFY2(TestProject::checkCommand(mDoc.get(), new InsertFragment(mDoc.get(), pasted), &why),
             qPrintable(why));
    const QVector<const Touchpoint *> there = mDoc->project().touchpointsOf(mIds.stageB1);
    QCOMPARE(there.size(), 2);
    QCOMPARE(there.at(1)->id, mIds.tpB1a);
}

void TestClipboardFragment::pasteCardsOntoTouchpoint()
{
    const ClipboardFragment fragment = ClipboardFragment::fromSelection(
            mDoc->project(),
            {{EntityKind::PainPoint, mIds.painA1a}, {EntityKind::Insight, mIds.insightA1a}});
    ClipboardFragment::Target target;
    target.journeyId = mIds.journeyA;
    target.stageId = mIds.stageA2;
    target.touchpointId = mIds.tpA2b;
    Project pasted;
    QVERIFY(fragment.instantiate(mDoc->project(), target, &pasted));
    QCOMPARE(pasted.painPoints().size(), 1);
    QCOMPARE(pasted.painPoints().begin()->touchpointId, mIds.tpA2b);
    QCOMPARE(pasted.painPoints().begin()->stageId, mIds.stageA2);
    QCOMPARE(pasted.painPoints().begin()->position, 0); // Pay had none
    // The insight's evidence link to the copied pain point follows the copy.
    const QUuid pain = pasted.painPoints().begin()->id;
    const QUuid insight = pasted.insights().begin()->id;
    QVERIFY(pasted.findLink(LinkKind::InsightPainPoint, insight, pain));
    QString why;
    QVERIFY2(TestProject::checkCommand(mDoc.get(), new InsertFragment(mDoc.get(), pasted), &why),
             qPrintable(why));
    QCOMPARE(mDoc->project().painPointsOf(mIds.tpA2b).size(), 1);
}

void TestClipboardFragment::pasteTouchpointsNeedsStage()
{
    const ClipboardFragment fragment = ClipboardFragment::fromSelection(
            mDoc->project(), {{EntityKind::Touchpoint, mIds.tpA1a}});
    ClipboardFragment::Target target;
    target.journeyId = mIds.journeyA;
    Project pasted;
    const Status status = fragment.instantiate(mDoc->project(), target, &pasted);
    QVERIFY(!status);
    QVERIFY(status.message().contains(QStringLiteral("stage")));
}

void TestClipboardFragment::badJsonIsRefused()
{
    ClipboardFragment fragment;
    QVERIFY(!ClipboardFragment::fromJson("[1, 2", &fragment));
    const Status wrong = ClipboardFragment::fromJson(R"({"format":"other"})", &fragment);
    QVERIFY(!wrong);
    QVERIFY(wrong.message().contains(QStringLiteral("not a Journey Studio fragment")));
    const Status newer = ClipboardFragment::fromJson(
            R"({"format":"journeystudio-fragment","version":99})", &fragment);
    QVERIFY(!newer);
    QVERIFY(newer.message().contains(QStringLiteral("99")));
    QVERIFY(fragment.isEmpty());
}

QTEST_GUILESS_MAIN(TestClipboardFragment)
#include "test_clipboardfragment.moc"
