// SPDX-License-Identifier: GPL-3.0-or-later
// Presentation mode on the English sample, driven by the keys a presentation clicker and a
// facilitator press: stepping through the stages, jumping, blacking out, leaving; dot votes
// and a captured insight, each one undo step; the presenter view following along.
// Set JS_PRESENTATION_SHOTS=<folder> to keep screenshots of each state for a look.
#include "common/samplecopy.h"
#include "document/commands/castvote.h"
#include "document/document.h"
#include "panels/projectoutline.h"
#include "presentation/presentationwindow.h"
#include "presentation/presenterview.h"

#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace Qt::StringLiterals;
using namespace cjm;

class TestPresentation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void stepsFollowTheMap();
    void keysMoveBetweenStages();
    void numberKeysJumpAndBlackOut();
    void escapeLeaves();
    void votesAreRecordedAndUndone();
    void votesNeverGoBelowZero();
    void outlineSortsByVotes();
    void insightIsCapturedOnTheFocusedTouchpoint();
    void clickEnlargesACard();
    void presenterViewFollows();
    void sharpAtEveryResolution_data();
    void sharpAtEveryResolution();

private:
    void key(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    void shot(const QString &name);
    /// Tab until a card of `kind` has the focus; false if none in the stage.
    bool focusFirst(EntityKind kind);

    test::SampleCopy mSample;
    std::unique_ptr<Document> mDocument;
    std::unique_ptr<PresentationWindow> mWindow;
    QUuid mJourneyId;
};

void TestPresentation::initTestCase()
{
    QVERIFY(mSample.create());
}

void TestPresentation::init()
{
    QString why;
    mDocument = mSample.open(&why);
    QVERIFY2(mDocument, qPrintable(why));
    mJourneyId = mDocument->project().orderedJourneys().first()->id;
    mWindow = std::make_unique<PresentationWindow>(mDocument.get(), mJourneyId);
    mWindow->setAnimationDuration(0);
    mWindow->resize(1024, 768);
    mWindow->show();
    QVERIFY(QTest::qWaitForWindowExposed(mWindow.get()));
    mWindow->activateWindow();
    mWindow->setFocus();
}

void TestPresentation::cleanup()
{
    mWindow.reset();
    mDocument.reset();
}

void TestPresentation::key(int key, Qt::KeyboardModifiers modifiers)
{
    QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : mWindow.get();
    QTest::keyClick(target, Qt::Key(key), modifiers);
}

void TestPresentation::shot(const QString &name)
{
    const QString folder = qEnvironmentVariable("JS_PRESENTATION_SHOTS");
    if (!folder.isEmpty() && QDir().mkpath(folder))
        mWindow->grab().save(QDir(folder).filePath(name + u".png"_s));
}

bool TestPresentation::focusFirst(EntityKind kind)
{
    for (int i = 0; i < 200; ++i) {
        key(Qt::Key_Tab);
        if (mWindow->focusedCard().kind == kind)
            return true;
    }
    return false;
}

void TestPresentation::stepsFollowTheMap()
{
    const QVector<const Stage *> stages = mDocument->project().stagesOf(mJourneyId);
    const PresentationSteps &steps = mWindow->steps();
    QCOMPARE(steps.count(), stages.size() + 1);
    QVERIFY(steps.stageAt(0).isNull());
    for (int i = 0; i < stages.size(); ++i) {
        QCOMPARE(steps.stageAt(i + 1), stages.at(i)->id);
        QCOMPARE(steps.stepOf(stages.at(i)->id), i + 1);
        // A stage's view holds its columns and the pinned lane titles, nothing more.
        const QRectF view = steps.rectOf(i + 1);
        const QRectF header = mWindow->layout().rectOf(EntityKind::Stage, stages.at(i)->id);
        QVERIFY(view.contains(header));
        QCOMPARE(view.width(),
                 steps.stageRect(i + 1).width() + mWindow->layout().style().laneHeaderWidth);
    }
    QCOMPARE(steps.rectOf(0), QRectF(QPointF(0, 0), mWindow->layout().size()));
}

void TestPresentation::keysMoveBetweenStages()
{
    const QVector<const Stage *> stages = mDocument->project().stagesOf(mJourneyId);
    QSignalSpy changed(mWindow.get(), &PresentationWindow::stepChanged);
    QCOMPARE(mWindow->step(), 0);
    shot(u"0-overview"_s);
    key(Qt::Key_Right);
    QCOMPARE(mWindow->step(), 1);
    QCOMPARE(mWindow->currentStage(), stages.first()->id);
    QCOMPARE(mWindow->viewRect(), mWindow->steps().rectOf(1));
    shot(u"1-first-stage"_s);
    key(Qt::Key_PageDown);
    key(Qt::Key_Space);
    QCOMPARE(mWindow->step(), 3);
    key(Qt::Key_Left);
    QCOMPARE(mWindow->step(), 2);
    key(Qt::Key_PageUp);
    QCOMPARE(mWindow->step(), 1);
    key(Qt::Key_End);
    QCOMPARE(mWindow->step(), stages.size());
    key(Qt::Key_Right); // past the end: stays
    QCOMPARE(mWindow->step(), stages.size());
    key(Qt::Key_Home);
    QCOMPARE(mWindow->step(), 0);
    key(Qt::Key_Left); // before the start: stays
    QCOMPARE(mWindow->step(), 0);
    // 1, 2, 3, 2, 1, last, 0: the steps past either end changed nothing.
    QCOMPARE(changed.count(), 7);
}

void TestPresentation::numberKeysJumpAndBlackOut()
{
    key(Qt::Key_3);
    QCOMPARE(mWindow->step(), 3);
    key(Qt::Key_B);
    QVERIFY(mWindow->isBlackedOut());
    const QImage black = mWindow->grab().toImage();
    QCOMPARE(black.pixelColor(black.width() / 2, black.height() / 2), QColor(Qt::black));
    key(Qt::Key_B);
    QVERIFY(!mWindow->isBlackedOut());
    key(Qt::Key_Period); // what clickers send for "black screen"
    QVERIFY(mWindow->isBlackedOut());
    key(Qt::Key_Escape); // Esc first brings the picture back
    QVERIFY(mWindow->isBlackedOut() == false);
    QVERIFY(mWindow->isVisible());
    key(Qt::Key_0);
    QCOMPARE(mWindow->step(), 0);
}

void TestPresentation::escapeLeaves()
{
    QSignalSpy finished(mWindow.get(), &PresentationWindow::finished);
    key(Qt::Key_Right);
    key(Qt::Key_Escape);
    QCOMPARE(finished.count(), 1);
    QVERIFY(!mWindow->isVisible());
}

void TestPresentation::votesAreRecordedAndUndone()
{
    // The first stage with a pain point.
    const Project &project = mDocument->project();
    int step = 0;
    for (int s = 1; s <= mWindow->steps().last() && step == 0; ++s) {
        for (const PainPoint &pp : project.painPoints().items()) {
            if (pp.stageId == mWindow->steps().stageAt(s))
                step = s;
        }
    }
    QVERIFY(step > 0);
    mWindow->goTo(step);
    QVERIFY(focusFirst(EntityKind::PainPoint));
    const QUuid id = mWindow->focusedCard().id;
    const int before = project.painPoints().find(id)->votes;
    const int undoSteps = mDocument->undoStack()->count();

    key(Qt::Key_V);
    key(Qt::Key_V);
    key(Qt::Key_Plus);
    QCOMPARE(project.painPoints().find(id)->votes, before + 3);
    QCOMPARE(mDocument->undoStack()->count(), undoSteps + 3); // a step per dot
    shot(u"2-votes"_s);
    key(Qt::Key_V, Qt::ShiftModifier);
    QCOMPARE(project.painPoints().find(id)->votes, before + 2);

    mDocument->undoStack()->undo();
    QCOMPARE(project.painPoints().find(id)->votes, before + 3);
    key(Qt::Key_Z, Qt::ControlModifier); // undo from the presentation itself
    QCOMPARE(project.painPoints().find(id)->votes, before + 2);
    mDocument->undoStack()->redo();
    QCOMPARE(project.painPoints().find(id)->votes, before + 3);

    // Saved: the votes are in the file after Save.
    QVERIFY(mDocument->save());
    Document::OpenResult result;
    mWindow.reset();
    mDocument.reset();
    std::unique_ptr<Document> reopened = Document::open(mSample.path(), {}, &result);
    QVERIFY(reopened);
    QCOMPARE(reopened->project().painPoints().find(id)->votes, before + 3);
}

void TestPresentation::votesNeverGoBelowZero()
{
    const PainPoint pp = mDocument->project().painPoints().items().first();
    QVERIFY(MutationCommand::push(
                    mDocument.get(),
                    new CastVote(mDocument.get(), EntityKind::Touchpoint, pp.touchpointId))
                    .message()
                    .size()
            > 0);
    // Take back more votes than were cast: the count stops at zero.
    for (int i = 0; i < pp.votes + 2; ++i)
        mDocument->push(new CastVote(mDocument.get(), EntityKind::PainPoint, pp.id, -1));
    QCOMPARE(mDocument->project().painPoints().find(pp.id)->votes, 0);
}

void TestPresentation::outlineSortsByVotes()
{
    ProjectOutline outline;
    outline.setDocument(mDocument.get());
    const QVector<PainPoint> pains = mDocument->project().painPoints().items();
    QVERIFY(pains.size() >= 2);
    // The last pain point gets more votes than any card has: it must come first.
    int most = 0;
    for (const PainPoint &pp : pains)
        most = std::max(most, pp.votes);
    for (const Opportunity &op : mDocument->project().opportunities().items())
        most = std::max(most, op.votes);
    const QUuid top = pains.last().id;
    for (int i = pains.last().votes; i <= most; ++i)
        mDocument->push(new CastVote(mDocument.get(), EntityKind::PainPoint, top));
    QTreeWidgetItem *votes = outline.votesItem();
    QVERIFY(votes && !votes->isHidden());
    QCOMPARE(votes->child(0)->data(0, ProjectOutline::IdRole).toUuid(), top);
    QVERIFY(votes->child(0)->text(0).contains(QString::number(most + 1)));
    // Every voted card is listed, by votes descending.
    int voted = 0;
    for (const PainPoint &pp : mDocument->project().painPoints().items())
        voted += pp.votes > 0 ? 1 : 0;
    for (const Opportunity &op : mDocument->project().opportunities().items())
        voted += op.votes > 0 ? 1 : 0;
    QCOMPARE(votes->childCount(), voted);
    auto votesOf = [this](QTreeWidgetItem *item) {
        const QUuid id = item->data(0, ProjectOutline::IdRole).toUuid();
        const Project &p = mDocument->project();
        if (const PainPoint *pp = p.painPoints().find(id))
            return pp->votes;
        return p.opportunities().find(id)->votes;
    };
    for (int i = 1; i < votes->childCount(); ++i)
        QVERIFY(votesOf(votes->child(i - 1)) >= votesOf(votes->child(i)));
}

void TestPresentation::insightIsCapturedOnTheFocusedTouchpoint()
{
    mWindow->goTo(1);
    QVERIFY(focusFirst(EntityKind::Touchpoint));
    const QUuid touchpoint = mWindow->focusedCard().id;
    const int insights = mDocument->project().insights().items().size();
    key(Qt::Key_I);
    QVERIFY(mWindow->insightLine()->isVisible());
    shot(u"3-insight-line"_s);
    QTest::keyClicks(mWindow->insightLine(), u"Nobody reads the fee table"_s);
    QTest::keyClick(mWindow->insightLine(), Qt::Key_Return);
    QVERIFY(!mWindow->insightLine()->isVisible());
    QCOMPARE(mDocument->project().insights().items().size(), insights + 1);
    const Insight *added = nullptr;
    for (const Insight &in : mDocument->project().insights().items()) {
        if (in.text == u"Nobody reads the fee table"_s)
            added = &in;
    }
    QVERIFY(added);
    QCOMPARE(added->touchpointId, touchpoint);
    QCOMPARE(added->stageId, mWindow->currentStage());
    QCOMPARE(added->kind, InsightKind::Observation);

    // Esc on the line cancels it without leaving the presentation.
    key(Qt::Key_I);
    QTest::keyClicks(mWindow->insightLine(), u"never mind"_s);
    QTest::keyClick(mWindow->insightLine(), Qt::Key_Escape);
    QVERIFY(!mWindow->insightLine()->isVisible());
    QVERIFY(mWindow->isVisible());
    QCOMPARE(mDocument->project().insights().items().size(), insights + 1);

    mDocument->undoStack()->undo();
    QCOMPARE(mDocument->project().insights().items().size(), insights);
}

void TestPresentation::clickEnlargesACard()
{
    mWindow->goTo(1);
    const QUuid tp = mDocument->project().touchpointsOf(mWindow->currentStage()).first()->id;
    const QRectF card = mWindow->layout().rectOf(EntityKind::Touchpoint, tp);
    // Where the card is on screen: map to widget through the view's fit.
    const QRectF view = mWindow->viewRect();
    const QRectF area = QRectF(mWindow->rect()).adjusted(24, 24, -24, -48);
    const qreal scale = std::min(area.width() / view.width(), area.height() / view.height());
    const QPointF offset(area.center().x() - view.center().x() * scale,
                         area.center().y() - view.center().y() * scale);
    const QPoint at = (card.center() * scale + offset).toPoint();
    QTest::mouseClick(mWindow.get(), Qt::LeftButton, Qt::NoModifier, at);
    QCOMPARE(mWindow->enlargedCard().id, tp);
    shot(u"4-close-up"_s);
    key(Qt::Key_Escape); // closes the card, not the presentation
    QVERIFY(mWindow->enlargedCard().isNull());
    QVERIFY(mWindow->isVisible());
}

void TestPresentation::presenterViewFollows()
{
    mWindow->setPresenterViewVisible(true);
    PresenterView *view = mWindow->presenterView();
    QVERIFY(view);
    QVERIFY(view->isVisible());
    const QVector<const Stage *> stages = mDocument->project().stagesOf(mJourneyId);
    key(Qt::Key_Right);
    QVERIFY(view->currentTitle().contains(stages.at(0)->name));
    QVERIFY(view->nextTitle().contains(stages.at(1)->name));
    QCOMPARE(view->notesText(), stages.at(0)->notes);
    QVERIFY(QRegularExpression(u"^\\d\\d:\\d\\d$"_s).match(view->timerText()).hasMatch());
    // Keys on the presenter's screen steer the presentation too.
    QTest::keyClick(view, Qt::Key_Right);
    QCOMPARE(mWindow->step(), 2);
    const QString folder = qEnvironmentVariable("JS_PRESENTATION_SHOTS");
    if (!folder.isEmpty()) {
        view->resize(1280, 800);
        view->grab().save(QDir(folder).filePath(u"5-presenter-view.png"_s));
    }
}

void TestPresentation::sharpAtEveryResolution_data()
{
    QTest::addColumn<QSize>("size");
    QTest::newRow("1024x768") << QSize(1024, 768);
    QTest::newRow("1080p") << QSize(1920, 1080);
    QTest::newRow("4K") << QSize(3840, 2160);
}

void TestPresentation::sharpAtEveryResolution()
{
    QFETCH(QSize, size);
    mWindow->resize(size);
    mWindow->goTo(2);
    const QImage image = mWindow->grab().toImage();
    QCOMPARE(image.size(), size);
    // The stage fills the screen's height (within the margins): drawn at that size, not
    // scaled up from a smaller picture.
    const QRectF view = mWindow->viewRect();
    const qreal scale = std::min((size.width() - 48.0) / view.width(),
                                 (size.height() - 72.0) / view.height());
    QVERIFY(view.height() * scale > size.height() * 0.8
            || view.width() * scale > size.width() * 0.8);
    // Not blank: the map is drawn with more than a couple of colours.
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += image.height() / 40) {
        for (int x = 0; x < image.width(); x += image.width() / 40)
            colours.insert(image.pixel(x, y));
    }
    QVERIFY(colours.size() > 5);
    shot(u"6-stage-%1x%2"_s.arg(size.width()).arg(size.height()));
}

QTEST_MAIN(TestPresentation)
#include "test_presentation.moc"
