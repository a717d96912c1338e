// SPDX-License-Identifier: GPL-3.0-or-later
// AttachImage and InsertFragment: one undo step each, exact undo and redo,
// bad input refused without a change.

#include "testproject.h"

#include "document/commands/attachimage.h"
#include "document/commands/insertfragment.h"

#include <QTemporaryDir>

using namespace cjm;

class TestAttachImage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void attachAddsImageAndLink();
    void attachGoesAfterOtherPictures();
    void attachRefusesUnknownTouchpoint();
    void insertFragmentShiftsSiblings();
    void insertFragmentRefusesDanglingParent();

private:
    static ImageAsset image();

    QTemporaryDir mWorkDir;
    std::unique_ptr<Document> mDoc;
    TestProject::Ids mIds;
};

void TestAttachImage::initTestCase()
{
    QVERIFY(mWorkDir.isValid());
    qputenv("JOURNEYSTUDIO_WORKDIR", QFile::encodeName(mWorkDir.path()));
}

void TestAttachImage::init()
{
    mIds = TestProject::Ids();
    mDoc = TestProject::create(&mIds);
    QVERIFY(mDoc);
}

void TestAttachImage::cleanup()
{
    mDoc.reset();
}

ImageAsset TestAttachImage::image()
{
    ImageAsset asset;
    asset.mime = QStringLiteral("image/png");
    asset.width = 2;
    asset.height = 3;
    asset.data = QByteArray("\x89PNG-two-by-three", 17);
    return asset;
}

void TestAttachImage::attachAddsImageAndLink()
{
    auto *command = new AttachImage(mDoc.get(), mIds.tpA1a, image());
    const QUuid imageId = command->imageId();
    QVERIFY(!imageId.isNull());
    const int imagesBefore = mDoc->project().list<ImageAsset>().size();
    QString why;
    QVERIFY2(TestProject::checkCommand(mDoc.get(), command, &why), qPrintable(why));
    QCOMPARE(mDoc->project().list<ImageAsset>().size(), imagesBefore + 1);
    const ImageAsset *stored = mDoc->project().list<ImageAsset>().find(imageId);
    QVERIFY(stored);
    QCOMPARE(stored->width, 2);
    QCOMPARE(stored->height, 3);
    QCOMPARE(mDoc->project().linked(LinkKind::TouchpointImage, mIds.tpA1a),
             QVector<QUuid>{imageId});
    mDoc->undoStack()->undo();
    QVERIFY(!mDoc->project().list<ImageAsset>().contains(imageId));
    QVERIFY(mDoc->project().linked(LinkKind::TouchpointImage, mIds.tpA1a).isEmpty());
}

void TestAttachImage::attachGoesAfterOtherPictures()
{
    // tpA1b already shows the test project's image (position 0).
    auto *command = new AttachImage(mDoc.get(), mIds.tpA1b, image());
    const QUuid imageId = command->imageId();
    QString why;
    QVERIFY2(TestProject::checkCommand(mDoc.get(), command, &why), qPrintable(why));
    const QVector<QUuid> expected{mIds.image, imageId};
    QCOMPARE(mDoc->project().linked(LinkKind::TouchpointImage, mIds.tpA1b), expected);
    const Link *link = mDoc->project().findLink(LinkKind::TouchpointImage, mIds.tpA1b, imageId);
    QVERIFY(link);
    QCOMPARE(link->position, 1);
}

void TestAttachImage::attachRefusesUnknownTouchpoint()
{
    const Project before = mDoc->project();
    auto *command = new AttachImage(mDoc.get(), QUuid::createUuid(), image());
    QVERIFY(!command->isValid());
    QVERIFY(!MutationCommand::push(mDoc.get(), command));
    QVERIFY(mDoc->project() == before);
    QCOMPARE(mDoc->undoStack()->count(), 0);
}

void TestAttachImage::insertFragmentShiftsSiblings()
{
    // Two new touchpoints before "Site" (position 1 of stage A1): Ad, new1, new2, Site.
    Project fragment;
    Touchpoint first = TestProject::touchpoint(mIds.stageA1, QStringLiteral("New 1"), 0);
    first.id = QUuid::createUuid();
    first.position = 1;
    Touchpoint second = TestProject::touchpoint(mIds.stageA1, QStringLiteral("New 2"), 0);
    second.id = QUuid::createUuid();
    second.position = 2;
    fragment.list<Touchpoint>().insert(first);
    fragment.list<Touchpoint>().insert(second);
    PainPoint pain = TestProject::card<PainPoint>(mIds.stageA1, second.id, 7);
    pain.id = QUuid::createUuid();
    pain.position = 0;
    fragment.list<PainPoint>().insert(pain);
    QString why;
    QVERIFY2(TestProject::checkCommand(mDoc.get(), new InsertFragment(mDoc.get(), fragment), &why),
             qPrintable(why));
    QStringList titles;
    for (const Touchpoint *t : mDoc->project().touchpointsOf(mIds.stageA1))
        titles.append(t->title);
    QCOMPARE(titles,
             (QStringList{QStringLiteral("Ad"), QStringLiteral("New 1"), QStringLiteral("New 2"),
                          QStringLiteral("Site")}));
    QCOMPARE(mDoc->project().painPointsOf(second.id).size(), 1);
    QCOMPARE(mDoc->undoStack()->count(), 1);
}

void TestAttachImage::insertFragmentRefusesDanglingParent()
{
    Project fragment;
    Touchpoint orphan = TestProject::touchpoint(QUuid::createUuid(), QStringLiteral("Lost"), 0);
    orphan.id = QUuid::createUuid();
    fragment.list<Touchpoint>().insert(orphan);
    const Project before = mDoc->project();
    auto *command = new InsertFragment(mDoc.get(), fragment);
    QVERIFY(!command->isValid());
    QVERIFY(!MutationCommand::push(mDoc.get(), command));
    QVERIFY(mDoc->project() == before);
}

QTEST_GUILESS_MAIN(TestAttachImage)
#include "test_attachimage.moc"
