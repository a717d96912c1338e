// SPDX-License-Identifier: GPL-3.0-or-later
// The map scene follows edits the cheap way when it can: an edit that moves nothing
// repaints just the region it changed, without laying the journey out again; an edit that
// moves things lays it out again. Undo and redo take the same paths.
#include "canvas/mapscene.h"
#include "common/samplecopy.h"
#include "document/commands/edittouchpoint.h"
#include "document/commands/movetouchpoint.h"
#include "document/commands/setemotion.h"
#include "document/document.h"
#include "render/maplayout.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace cjm;

class TestMapSceneUpdates : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void emotionEditRepaintsTheBandOnly();
    void titleEditRepaintsItsCardOnly();
    void moveLaysOutAgain();

private:
    /// A touchpoint of the shown journey whose title takes one line on its card.
    QUuid oneLineTouchpoint() const;

    test::SampleCopy mSample;
    std::unique_ptr<Document> mDocument;
    std::unique_ptr<MapScene> mScene;
    QUuid mJourneyId;
};

void TestMapSceneUpdates::initTestCase()
{
    QVERIFY(mSample.create());
}

void TestMapSceneUpdates::init()
{
    QString why;
    mDocument = mSample.open(&why);
    QVERIFY2(mDocument, qPrintable(why));
    mJourneyId = mDocument->project().orderedJourneys().first()->id;
    mScene = std::make_unique<MapScene>();
    mScene->setDocument(mDocument.get(), mJourneyId);
}

void TestMapSceneUpdates::cleanup()
{
    mScene.reset();
    mDocument.reset();
}

QUuid TestMapSceneUpdates::oneLineTouchpoint() const
{
    const MapLayout &layout = mScene->layout();
    for (const MapLayout::Column &column : layout.columns()) {
        const LayoutElement *card
                = layout.element(EntityKind::Touchpoint, column.touchpointId, ElementRole::Card);
        if (!card)
            continue;
        int titleLines = 0;
        for (const LayoutText &text : card->texts)
            titleLines += text.slot == TextSlot::Title ? 1 : 0;
        if (titleLines == 1)
            return column.touchpointId;
    }
    return {};
}

void TestMapSceneUpdates::emotionEditRepaintsTheBandOnly()
{
    const QUuid id = mScene->layout().columns().at(3).touchpointId;
    const int before = mDocument->project().touchpoints().find(id)->emotion;
    const int value = before == kEmotionMax ? kEmotionMin : kEmotionMax;
    QSignalSpy rebuilt(mScene.get(), &MapScene::layoutChanged);
    QSignalSpy changed(mScene.get(), &MapScene::mapChanged);

    QVERIFY(mDocument->push(new SetEmotion(mDocument.get(), id, SetEmotion::Scale::AsIs, value)));
    QCOMPARE(rebuilt.count(), 0);
    QCOMPARE(changed.count(), 1);
    const QRectF region = changed.takeFirst().at(0).toRectF();
    QVERIFY(region.contains(mScene->layout().emotionBand()));
    QVERIFY(region.height() < mScene->layout().size().height() / 2);
    const LayoutElement *point
            = mScene->layout().element(EntityKind::Touchpoint, id, ElementRole::EmotionPoint);
    QCOMPARE(point->rect.center().y(), mScene->layout().emotionY(value));

    mDocument->undoStack()->undo();
    QCOMPARE(rebuilt.count(), 0);
    point = mScene->layout().element(EntityKind::Touchpoint, id, ElementRole::EmotionPoint);
    QCOMPARE(point->rect.center().y(), mScene->layout().emotionY(before));
}

void TestMapSceneUpdates::titleEditRepaintsItsCardOnly()
{
    const QUuid id = oneLineTouchpoint();
    QVERIFY(!id.isNull());
    const QRectF card = mScene->layout().rectOf(EntityKind::Touchpoint, id);
    QSignalSpy rebuilt(mScene.get(), &MapScene::layoutChanged);
    QSignalSpy changed(mScene.get(), &MapScene::mapChanged);

    QVERIFY(mDocument->push(
            new EditTouchpoint(mDocument.get(), id, u"title"_s, QVariant(u"Call us"_s))));
    QCOMPARE(rebuilt.count(), 0);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.takeFirst().at(0).toRectF(), card);
    QStringList lines;
    for (const LayoutText &text :
         mScene->layout().element(EntityKind::Touchpoint, id, ElementRole::Card)->texts)
        lines.append(text.text);
    QVERIFY2(lines.contains(u"Call us"_s), qPrintable(lines.join(u'|')));

    mDocument->undoStack()->undo();
    QCOMPARE(rebuilt.count(), 0);
    lines.clear();
    for (const LayoutText &text :
         mScene->layout().element(EntityKind::Touchpoint, id, ElementRole::Card)->texts)
        lines.append(text.text);
    QVERIFY(!lines.contains(u"Call us"_s));
}

void TestMapSceneUpdates::moveLaysOutAgain()
{
    const QVector<const Stage *> stages = mDocument->project().stagesOf(mJourneyId);
    QVERIFY(stages.size() >= 2);
    const QUuid id = mDocument->project().touchpointsOf(stages.first()->id).first()->id;
    QSignalSpy rebuilt(mScene.get(), &MapScene::layoutChanged);
    QVERIFY(mDocument->push(new MoveTouchpoint(mDocument.get(), id, stages.at(1)->id, 0)));
    QCOMPARE(rebuilt.count(), 1);
    const int column = mScene->layout().columnAt(
            mScene->layout().rectOf(EntityKind::Touchpoint, id).center().x());
    QCOMPARE(mScene->layout().columns().at(column).stageId, stages.at(1)->id);
}

QTEST_MAIN(TestMapSceneUpdates)
#include "test_mapsceneupdates.moc"
