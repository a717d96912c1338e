// SPDX-License-Identifier: GPL-3.0-or-later
// Palette drops and card drags on the English sample, through the view as real drops
// arrive (QDragEnterEvent, QDragMoveEvent and QDropEvent on the viewport, with the
// palette's MIME data): where each item lands, one undo step each, undo and redo.
// Also image files dropped on a touchpoint and the palette dock's double-click.

#include "canvas/dropindicatoritem.h"
#include "canvas/mapscene.h"
#include "canvas/mapview.h"
#include "canvas/paletteitem.h"
#include "common/samplecopy.h"
#include "document/commands/addjourney.h"
#include "document/document.h"
#include "panels/palettedock.h"
#include "render/maplayout.h"

#include <QApplication>
#include <QDragEnterEvent>
#include <QFile>
#include <QImage>
#include <QListWidget>
#include <QMimeData>
#include <QMouseEvent>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <QUrl>

#include <memory>

using namespace cjm;

class TestPalette : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void mimeRoundTrip();
    void touchpointDropLandsBetweenCards();
    void stageDropLandsBetweenStages();
    void painPointDropLandsOnTouchpoint();
    void opportunityDropOnHeaderGoesToStage();
    void textLaneDropAddsRow();
    void paletteDoubleClickAddsAfterSelection();
    void painPointDragMovesToAnotherTouchpoint();
    void multiSelectionOfTouchpointsMovesTogether();
    void imageDropEmbedsScaledImage();
    void dragNearEdgeScrolls();
    void firstStageAndTouchpointOnEmptyJourney();

private:
    const MapLayout &layout() const { return mView->mapScene()->layout(); }
    const Project &project() const { return mDocument->project(); }
    QVector<const Stage *> stages() const { return project().stagesOf(mJourneyId); }
    QPoint at(const QPointF &mapPos) const { return mView->mapFromScene(mapPos); }
    const MapLayout::Row *row(LaneKind kind) const;
    /// Drags `mime` in from outside to `to` (map coordinates) and drops it; `whileOver` runs
    /// before the drop. Whether the drop was accepted.
    bool dropAt(QMimeData *mime, const QPointF &to, const std::function<void()> &whileOver = {});
    bool dropItem(const PaletteItem &item, const QPointF &to,
                  const std::function<void()> &whileOver = {});
    void mouseDrag(const QPointF &from, const QPointF &to);

    test::SampleCopy mSample;
    std::unique_ptr<Document> mDocument;
    std::unique_ptr<MapView> mView;
    QUuid mJourneyId;
};

void TestPalette::initTestCase()
{
    QVERIFY(mSample.create());
}

void TestPalette::init()
{
    QString why;
    mDocument = mSample.open(&why);
    QVERIFY2(mDocument, qPrintable(why));
    mJourneyId = project().orderedJourneys().first()->id;
    QVERIFY(stages().size() >= 3);
    QVERIFY(project().touchpointsOf(stages().at(0)->id).size() >= 2);
    QVERIFY(project().touchpointsOf(stages().at(1)->id).size() >= 1);

    mView = std::make_unique<MapView>();
    mView->resize(1600, 1000);
    mView->setDocument(mDocument.get(), mJourneyId);
    mView->show();
    QVERIFY(QTest::qWaitForWindowExposed(mView.get()));
    mView->zoomToFit();
}

void TestPalette::cleanup()
{
    mView.reset();
    mDocument.reset();
}

const MapLayout::Row *TestPalette::row(LaneKind kind) const
{
    for (const MapLayout::Row &r : layout().rows()) {
        if (r.kind == kind)
            return &r;
    }
    return nullptr;
}

bool TestPalette::dropAt(QMimeData *mime, const QPointF &to, const std::function<void()> &whileOver)
{
    std::unique_ptr<QMimeData> owned(mime);
    QWidget *viewport = mView->viewport();
    const QPoint start(viewport->width() / 2, viewport->height() / 2);
    const QPoint end = at(to);
    QDragEnterEvent enter(start, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &enter);
    if (!enter.isAccepted())
        return false;
    for (int i = 1; i <= 4; ++i) {
        QDragMoveEvent move(start + (end - start) * i / 4, Qt::CopyAction, mime, Qt::LeftButton,
                            Qt::NoModifier);
        QApplication::sendEvent(viewport, &move);
    }
    if (whileOver)
        whileOver();
    QDropEvent drop(end, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &drop);
    return drop.isAccepted();
}

bool TestPalette::dropItem(const PaletteItem &item, const QPointF &to,
                           const std::function<void()> &whileOver)
{
    return dropAt(item.toMimeData(), to, whileOver);
}

void TestPalette::mouseDrag(const QPointF &from, const QPointF &to)
{
    QWidget *viewport = mView->viewport();
    const QPoint start = at(from);
    const QPoint end = at(to);
    QTest::mousePress(viewport, Qt::LeftButton, Qt::NoModifier, start);
    for (int i = 1; i <= 6; ++i) {
        const QPoint pos = start + (end - start) * i / 6;
        QMouseEvent move(QEvent::MouseMove, pos, viewport->mapToGlobal(pos), Qt::NoButton,
                         Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport, &move);
    }
    QTest::mouseRelease(viewport, Qt::LeftButton, Qt::NoModifier, end);
}

void TestPalette::mimeRoundTrip()
{
    for (const PaletteItem &item : PaletteItem::all()) {
        std::unique_ptr<QMimeData> mime(item.toMimeData());
        const std::optional<PaletteItem> back = PaletteItem::fromMimeData(mime.get());
        QVERIFY(back.has_value());
        QVERIFY(*back == item);
        QVERIFY(!item.label().isEmpty());
    }
    // 1 stage + 11 channels + pain point, opportunity, insight, text lane.
    QCOMPARE(PaletteItem::all().size(), 16);
    QMimeData text;
    text.setText(QStringLiteral("1 2"));
    QVERIFY(!PaletteItem::fromMimeData(&text).has_value());
}

void TestPalette::touchpointDropLandsBetweenCards()
{
    const QUuid stageId = stages().at(0)->id;
    const QVector<const Touchpoint *> before = project().touchpointsOf(stageId);
    const QUuid first = before.at(0)->id;
    const QUuid second = before.at(1)->id;
    const QRectF card = layout().rectOf(EntityKind::Touchpoint, first);
    const int steps = mDocument->undoStack()->count();

    // The right part of the first card: between the first and the second.
    const QPointF to(card.right() - card.width() / 5, card.center().y());
    QVERIFY(dropItem(PaletteItem(PaletteItem::Kind::Touchpoint, Channel::Phone), to, [&] {
        const DropIndicatorItem *indicator = mView->mapScene()->dropIndicator();
        QVERIFY(indicator->isVisible());
        QCOMPARE(indicator->indicatorShape(), DropIndicatorItem::Shape::Bar);
        // A bar in the gap after the first card's column.
        const int column = layout().columnAt(card.center().x());
        QVERIFY(qAbs(indicator->rect().center().x() - layout().columns().at(column).right()) < 1);
    }));
    QVERIFY(!mView->mapScene()->dropIndicator()->isVisible());
    QCOMPARE(mDocument->undoStack()->count(), steps + 1);

    QVector<const Touchpoint *> after = project().touchpointsOf(stageId);
    QCOMPARE(after.size(), before.size() + 1);
    QCOMPARE(after.at(0)->id, first);
    QCOMPARE(after.at(2)->id, second);
    const QUuid added = after.at(1)->id;
    QCOMPARE(after.at(1)->channel, Channel::Phone);
    QCOMPARE(after.at(1)->position, 1);
    QVERIFY(!after.at(1)->title.isEmpty());
    QCOMPARE(mDocument->selection(), (QVector<EntityRef>{{EntityKind::Touchpoint, added}}));
    QVERIFY(!layout().rectOf(EntityKind::Touchpoint, added).isNull()); // on the map

    mDocument->undoStack()->undo();
    QVERIFY(!project().touchpoints().contains(added));
    QCOMPARE(project().touchpointsOf(stageId).size(), before.size());
    QCOMPARE(project().touchpoints().find(second)->position, 1);
    mDocument->undoStack()->redo();
    QCOMPARE(project().touchpoints().find(added)->position, 1);
    QCOMPARE(project().touchpoints().find(added)->stageId, stageId);
    QCOMPARE(project().touchpoints().find(second)->position, 2);
}

void TestPalette::stageDropLandsBetweenStages()
{
    const QVector<const Stage *> before = stages();
    const QRectF header = layout().rectOf(EntityKind::Stage, before.at(1)->id);
    const int steps = mDocument->undoStack()->count();

    // The left part of the second stage's header: between the first and the second stage.
    QVERIFY(dropItem(PaletteItem(PaletteItem::Kind::Stage),
                     QPointF(header.left() + 6, header.center().y()), [&] {
                         const DropIndicatorItem *indicator = mView->mapScene()->dropIndicator();
                         QVERIFY(indicator->isVisible());
                         QVERIFY(qAbs(indicator->rect().center().x() - layout().stages().at(1).left)
                                 < 1);
                     }));
    QCOMPARE(mDocument->undoStack()->count(), steps + 1);
    const QVector<const Stage *> after = stages();
    QCOMPARE(after.size(), before.size() + 1);
    QCOMPARE(after.at(0)->id, before.at(0)->id);
    QCOMPARE(after.at(2)->id, before.at(1)->id);
    const QUuid added = after.at(1)->id;
    QVERIFY(project().touchpointsOf(added).isEmpty());

    mDocument->undoStack()->undo();
    QCOMPARE(stages().size(), before.size());
    QCOMPARE(stages().at(1)->id, before.at(1)->id);
    mDocument->undoStack()->redo();
    QCOMPARE(stages().at(1)->id, added);
    QCOMPARE(layout().stages().at(1).stageId, added); // the map follows
}

void TestPalette::painPointDropLandsOnTouchpoint()
{
    const Stage *stage = stages().at(1);
    const Touchpoint *touchpoint = project().touchpointsOf(stage->id).first();
    const QUuid id = touchpoint->id;
    const int count = project().painPointsOf(id).size();
    const MapLayout::Row *pains = row(LaneKind::PainPoints);
    QVERIFY(pains);
    const int column = layout().columnAt(layout().rectOf(EntityKind::Touchpoint, id).center().x());
    // Low in the pain point lane of the touchpoint's column: after its pain points.
    const QPointF to(layout().columns().at(column).center(), pains->bottom() - 2);
    const int steps = mDocument->undoStack()->count();
    QVERIFY(dropItem(PaletteItem(PaletteItem::Kind::PainPoint), to));
    QCOMPARE(mDocument->undoStack()->count(), steps + 1);

    const QVector<const PainPoint *> after = project().painPointsOf(id);
    QCOMPARE(after.size(), count + 1);
    const PainPoint *added = after.last();
    QCOMPARE(added->touchpointId, id);
    QCOMPARE(added->stageId, stage->id);
    QCOMPARE(added->position, count);
    const QUuid addedId = added->id;

    mDocument->undoStack()->undo();
    QVERIFY(!project().painPoints().contains(addedId));
    QCOMPARE(project().painPointsOf(id).size(), count);
    mDocument->undoStack()->redo();
    QCOMPARE(project().painPoints().find(addedId)->touchpointId, id);
}

void TestPalette::opportunityDropOnHeaderGoesToStage()
{
    const Stage *stage = stages().at(2);
    const QUuid stageId = stage->id;
    const int count = project().opportunitiesOf(stageId).size();
    const QRectF header = layout().rectOf(EntityKind::Stage, stageId);
    QVERIFY(dropItem(PaletteItem(PaletteItem::Kind::Opportunity), header.center()));
    const QVector<const Opportunity *> after = project().opportunitiesOf(stageId);
    QCOMPARE(after.size(), count + 1);
    QVERIFY(after.last()->touchpointId.isNull()); // the stage as a whole
    mDocument->undoStack()->undo();
    QCOMPARE(project().opportunitiesOf(stageId).size(), count);
    mDocument->undoStack()->redo();
    QCOMPARE(project().opportunitiesOf(stageId).size(), count + 1);
}

void TestPalette::textLaneDropAddsRow()
{
    const MapLayout::Row *pains = row(LaneKind::PainPoints);
    QVERIFY(pains);
    const QVector<const Lane *> before = project().lanesOf(mJourneyId);
    const int rows = layout().rows().size();
    // The upper half of the pain point row: a new row right above it.
    QVERIFY(dropItem(PaletteItem(PaletteItem::Kind::TextLane),
                     QPointF(layout().columns().first().center(), pains->top + 4)));
    const QVector<const Lane *> after = project().lanesOf(mJourneyId);
    QVERIFY(after.size() >= before.size() + 1);
    QCOMPARE(layout().rows().size(), rows + 1);
    int painIndex = -1;
    for (int r = 0; r < layout().rows().size(); ++r) {
        if (layout().rows().at(r).kind == LaneKind::PainPoints)
            painIndex = r;
    }
    QVERIFY(painIndex > 0);
    QCOMPARE(layout().rows().at(painIndex - 1).kind, LaneKind::Text);
    mDocument->undoStack()->undo();
    QCOMPARE(project().lanesOf(mJourneyId).size(), before.size());
    QCOMPARE(layout().rows().size(), rows);
    mDocument->undoStack()->redo();
    QCOMPARE(layout().rows().size(), rows + 1);
}

void TestPalette::paletteDoubleClickAddsAfterSelection()
{
    PaletteDock dock;
    connect(&dock, &PaletteDock::itemActivated, mView.get(), &MapView::insertAfterSelection);
    dock.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dock));
    const QUuid stageId = stages().at(0)->id;
    const QVector<const Touchpoint *> before = project().touchpointsOf(stageId);
    mDocument->setSelection({{EntityKind::Touchpoint, before.at(0)->id}});

    // Stage, the touchpoint heading, then web, app, phone and email.
    const int row = dock.rowOf(PaletteItem(PaletteItem::Kind::Touchpoint, Channel::Email));
    QCOMPARE(row, 2 + int(Channel::Email));
    QVERIFY(!dock.itemAt(1).has_value()); // the heading adds nothing
    QListWidget *list = dock.list();
    const QPoint pos = list->visualItemRect(list->item(row)).center();
    QTest::mouseClick(list->viewport(), Qt::LeftButton, Qt::NoModifier, pos);
    QTest::mouseDClick(list->viewport(), Qt::LeftButton, Qt::NoModifier, pos);

    const QVector<const Touchpoint *> after = project().touchpointsOf(stageId);
    QCOMPARE(after.size(), before.size() + 1);
    QCOMPARE(after.at(1)->channel, Channel::Email);
    QCOMPARE(after.at(2)->id, before.at(1)->id);
    mDocument->undoStack()->undo();
    QCOMPARE(project().touchpointsOf(stageId).size(), before.size());
}

void TestPalette::painPointDragMovesToAnotherTouchpoint()
{
    // A touchpoint with a pain point, and another touchpoint of another stage.
    const PainPoint *pain = nullptr;
    for (const PainPoint &p : project().painPoints()) {
        if (!p.touchpointId.isNull() && !layout().rectOf(EntityKind::PainPoint, p.id).isNull()
            && project().journeyOfStage(p.stageId) == mJourneyId) {
            pain = &p;
            break;
        }
    }
    QVERIFY(pain);
    const QUuid id = pain->id;
    const QUuid fromTouchpoint = pain->touchpointId;
    const QUuid fromStage = pain->stageId;
    const Stage *other = nullptr;
    for (const Stage *stage : stages()) {
        if (stage->id != fromStage && !project().touchpointsOf(stage->id).isEmpty())
            other = stage;
    }
    QVERIFY(other);
    const QUuid target = project().touchpointsOf(other->id).first()->id;
    const int targetCount = project().painPointsOf(target).size();
    const MapLayout::Row *pains = row(LaneKind::PainPoints);
    const int column
            = layout().columnAt(layout().rectOf(EntityKind::Touchpoint, target).center().x());
    const QRectF card = layout().rectOf(EntityKind::PainPoint, id);
    const int steps = mDocument->undoStack()->count();

    mouseDrag(card.center(), QPointF(layout().columns().at(column).center(), pains->bottom() - 2));
    QCOMPARE(mDocument->undoStack()->count(), steps + 1);
    const PainPoint *moved = project().painPoints().find(id);
    QCOMPARE(moved->touchpointId, target);
    QCOMPARE(moved->stageId, other->id);
    QCOMPARE(moved->position, targetCount);

    mDocument->undoStack()->undo();
    QCOMPARE(project().painPoints().find(id)->touchpointId, fromTouchpoint);
    QCOMPARE(project().painPoints().find(id)->stageId, fromStage);
    mDocument->undoStack()->redo();
    QCOMPARE(project().painPoints().find(id)->touchpointId, target);
}

void TestPalette::multiSelectionOfTouchpointsMovesTogether()
{
    const QUuid fromStage = stages().at(0)->id;
    const QUuid toStage = stages().at(1)->id;
    const QVector<const Touchpoint *> from = project().touchpointsOf(fromStage);
    const QUuid a = from.at(0)->id;
    const QUuid b = from.at(1)->id;
    const QUuid firstThere = project().touchpointsOf(toStage).first()->id;
    const int countThere = project().touchpointsOf(toStage).size();
    mDocument->setSelection({{EntityKind::Touchpoint, a}, {EntityKind::Touchpoint, b}});
    const QRectF card = layout().rectOf(EntityKind::Touchpoint, b);
    const QRectF target = layout().rectOf(EntityKind::Touchpoint, firstThere);
    const int steps = mDocument->undoStack()->count();

    // Before the first touchpoint of the next stage: a, b, then the ones already there.
    mouseDrag(card.center(), QPointF(target.left() + target.width() / 5, target.center().y()));
    QCOMPARE(mDocument->undoStack()->count(), steps + 1);
    const QVector<const Touchpoint *> there = project().touchpointsOf(toStage);
    QCOMPARE(there.size(), countThere + 2);
    QCOMPARE(there.at(0)->id, a);
    QCOMPARE(there.at(1)->id, b);
    QCOMPARE(there.at(2)->id, firstThere);

    mDocument->undoStack()->undo();
    QCOMPARE(project().touchpoints().find(a)->stageId, fromStage);
    QCOMPARE(project().touchpoints().find(a)->position, 0);
    QCOMPARE(project().touchpoints().find(b)->position, 1);
    mDocument->undoStack()->redo();
    QCOMPARE(project().touchpoints().find(b)->stageId, toStage);

    // Dropped right after themselves: nothing moves, no undo step.
    const QRectF bNow = layout().rectOf(EntityKind::Touchpoint, b);
    const int stepsNow = mDocument->undoStack()->count();
    mouseDrag(bNow.center(), QPointF(bNow.right() - bNow.width() / 5, bNow.center().y() + 8));
    QCOMPARE(mDocument->undoStack()->count(), stepsNow);
    QCOMPARE(project().touchpointsOf(toStage).at(0)->id, a);
    QCOMPARE(project().touchpointsOf(toStage).at(1)->id, b);
}

void TestPalette::imageDropEmbedsScaledImage()
{
    // A 2000 × 500 opaque picture: embedded as a 1024 × 256 JPEG.
    QImage image(2000, 500, QImage::Format_RGB32);
    image.fill(QColor(200, 40, 40));
    const QString path = mSample.filePath(QStringLiteral("photo.png"));
    QVERIFY(image.save(path));
    const QUuid id = project().touchpointsOf(stages().at(1)->id).first()->id;
    const QRectF card = layout().rectOf(EntityKind::Touchpoint, id);
    const int images = project().list<ImageAsset>().size();
    const int steps = mDocument->undoStack()->count();

    auto *mime = new QMimeData;
    mime->setUrls({QUrl::fromLocalFile(path)});
    QVERIFY(dropAt(mime, card.center()));
    QCOMPARE(mDocument->undoStack()->count(), steps + 1);
    QCOMPARE(project().list<ImageAsset>().size(), images + 1);
    const QVector<QUuid> linked = project().linked(LinkKind::TouchpointImage, id);
    QVERIFY(!linked.isEmpty());
    const ImageAsset *asset = project().list<ImageAsset>().find(linked.last());
    QVERIFY(asset);
    QCOMPARE(asset->width, 1024);
    QCOMPARE(asset->height, 256);
    QCOMPARE(asset->mime, QStringLiteral("image/jpeg"));
    QImage decoded;
    QVERIFY(decoded.loadFromData(asset->data));
    QCOMPARE(decoded.size(), QSize(1024, 256));
    const QUuid imageId = asset->id;

    mDocument->undoStack()->undo();
    QVERIFY(!project().list<ImageAsset>().contains(imageId));
    QVERIFY(!project().linked(LinkKind::TouchpointImage, id).contains(imageId));
    mDocument->undoStack()->redo();
    QVERIFY(project().linked(LinkKind::TouchpointImage, id).contains(imageId));

    // An SVG is rendered at most 1024 px wide, kept transparent: a PNG.
    const QString svg = mSample.filePath(QStringLiteral("logo.svg"));
    QFile svgFile(svg);
    QVERIFY(svgFile.open(QIODevice::WriteOnly));
    svgFile.write(R"(<svg xmlns="http://www.w3.org/2000/svg" width="2048" height="1024">)"
                  R"(<circle cx="1024" cy="512" r="400" fill="#2a6"/></svg>)");
    svgFile.close();
    auto *svgMime = new QMimeData;
    svgMime->setUrls({QUrl::fromLocalFile(svg)});
    QVERIFY(dropAt(svgMime, card.center()));
    const ImageAsset *vector = project().list<ImageAsset>().find(
            project().linked(LinkKind::TouchpointImage, id).last());
    QVERIFY(vector);
    QCOMPARE(vector->mime, QStringLiteral("image/png"));
    QCOMPARE(QSize(vector->width, vector->height), QSize(1024, 512));

    // A text file is not taken.
    const QString text = mSample.filePath(QStringLiteral("notes.txt"));
    QFile file(text);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("x");
    file.close();
    auto *other = new QMimeData;
    other->setUrls({QUrl::fromLocalFile(text)});
    QVERIFY(!dropAt(other, card.center()));
}

void TestPalette::dragNearEdgeScrolls()
{
    // At 100 % the map is wider than the view: a card held near the right edge scrolls it.
    mView->resetZoom();
    mView->resize(600, 500);
    QScrollBar *bar = mView->horizontalScrollBar();
    bar->setValue(0);
    QVERIFY(bar->maximum() > 0);
    mView->verticalScrollBar()->setValue(0);
    const QUuid id = project().touchpointsOf(stages().at(0)->id).first()->id;
    const QRectF card = layout().rectOf(EntityKind::Touchpoint, id);
    mView->ensureVisible(card, 0, 0);
    const int scrolled = bar->value();
    const QPoint start = at(card.center());
    QWidget *viewport = mView->viewport();
    QVERIFY(viewport->rect().contains(start));
    QTest::mousePress(viewport, Qt::LeftButton, Qt::NoModifier, start);
    const QPoint edge(viewport->width() - 4, start.y());
    for (const QPoint &pos : {start + QPoint(20, 0), edge}) {
        QMouseEvent move(QEvent::MouseMove, pos, viewport->mapToGlobal(pos), Qt::NoButton,
                         Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport, &move);
    }
    QTRY_VERIFY(bar->value() > scrolled + 40);
    QVERIFY(mView->mapScene()->dropIndicator()->isVisible()); // the target follows the scroll
    QKeyEvent escape(QEvent::KeyPress, Qt::Key_Escape, Qt::NoModifier);
    QApplication::sendEvent(mView.get(), &escape);
    QTest::mouseRelease(viewport, Qt::LeftButton, Qt::NoModifier, edge);
    const int stopped = bar->value();
    QTest::qWait(100);
    QCOMPARE(bar->value(), stopped); // no more scrolling once the drag ended
}

void TestPalette::firstStageAndTouchpointOnEmptyJourney()
{
    // A new project: one journey, nothing on it yet. A stage dropped anywhere is the first;
    // a touchpoint dropped on it then goes into it.
    Status status;
    std::unique_ptr<Document> empty = Document::createNew(QStringLiteral("Empty"), &status);
    QVERIFY2(empty, qPrintable(status.message()));
    Journey journey;
    journey.name = QStringLiteral("New journey");
    auto *add = new AddJourney(empty.get(), journey);
    const QUuid journeyId = add->entityId();
    QVERIFY(MutationCommand::push(empty.get(), add));
    mView->setDocument(empty.get(), journeyId);
    mView->resetZoom();

    QVERIFY(dropItem(PaletteItem(PaletteItem::Kind::Stage), QPointF(200, 60)));
    const QVector<const Stage *> added = empty->project().stagesOf(journeyId);
    QCOMPARE(added.size(), 1);
    const QUuid stageId = added.first()->id;
    const QRectF header = layout().rectOf(EntityKind::Stage, stageId);
    QVERIFY(!header.isNull());
    QVERIFY(dropItem(PaletteItem(PaletteItem::Kind::Touchpoint, Channel::Store),
                     QPointF(header.center().x(), header.bottom() + 30)));
    QCOMPARE(empty->project().touchpointsOf(stageId).size(), 1);
    QCOMPARE(empty->project().touchpointsOf(stageId).first()->channel, Channel::Store);
    QCOMPARE(empty->undoStack()->count(), 3);
    empty->undoStack()->undo();
    empty->undoStack()->undo();
    QVERIFY(empty->project().stagesOf(journeyId).isEmpty());
    mView->setDocument(nullptr, QUuid());
}

QTEST_MAIN(TestPalette)
#include "test_palette.moc"
