// SPDX-License-Identifier: GPL-3.0-or-later
// The main window's editing docks and find bar on the samples: Find selects hits and brings
// their journey into view (English and Chinese), the lanes dock hides and reorders rows of the
// journey shown (one undo step each), the docks follow selection and sit in the View menu.

#include "canvas/journeycanvas.h"
#include "canvas/mapscene.h"
#include "canvas/mapview.h"
#include "document/document.h"
#include "mainwindow/mainwindow.h"
#include "panels/findbar.h"
#include "panels/inspectordock.h"
#include "panels/lanesdock.h"
#include "panels/personasdock.h"
#include "render/maplayout.h"

#include <QComboBox>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>

#include <memory>

using namespace Qt::StringLiterals;
using namespace cjm;

class TestEditorDocks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void docksAreInTheViewMenu();
    void inspectorFollowsTheCanvasSelection();
    void findSelectsAndShowsHits();
    void findsChineseAcrossJourneys();
    void lanesHideAndReorder();
    void lanesFollowTheJourneySwitcher();

private:
    bool open(const QString &name)
    {
        return mWindow->openFile(QStringLiteral(JS_SOURCE_DIR "/resources/samples/") + name);
    }
    QAction *action(const QString &text) const;
    Document *document() const { return mWindow->document(); }

    QTemporaryDir mWorkDir;
    std::unique_ptr<MainWindow> mWindow;
};

void TestEditorDocks::initTestCase()
{
    QVERIFY(mWorkDir.isValid());
    qputenv("JOURNEYSTUDIO_WORKDIR", mWorkDir.path().toUtf8());
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"Journey Studio Tests"_s);
    QCoreApplication::setApplicationName(u"test_ui_editordocks"_s);
    QSettings().clear();
}

void TestEditorDocks::init()
{
    mWindow = std::make_unique<MainWindow>();
    mWindow->setInteractive(false);
    mWindow->show();
}

void TestEditorDocks::cleanup()
{
    mWindow.reset();
}

QAction *TestEditorDocks::action(const QString &text) const
{
    const QList<QAction *> actions = mWindow->findChildren<QAction *>();
    for (QAction *a : actions) {
        if (a->text() == text)
            return a;
    }
    return nullptr;
}

void TestEditorDocks::docksAreInTheViewMenu()
{
    QMenu *view = nullptr;
    for (QAction *menu : mWindow->menuBar()->actions()) {
        if (menu->text() == u"&View"_s)
            view = menu->menu();
    }
    QVERIFY(view);
    const QList<QAction *> items = view->actions();
    QVERIFY(items.contains(mWindow->inspector()->toggleViewAction()));
    QVERIFY(items.contains(mWindow->personasDock()->toggleViewAction()));
    QVERIFY(items.contains(mWindow->lanesDock()->toggleViewAction()));
    // Their layout is part of the window state the window saves.
    QVERIFY(!mWindow->inspector()->objectName().isEmpty());
    QVERIFY(mWindow->restoreState(mWindow->saveState()));
    QVERIFY(action(u"&Find…"_s));
    QCOMPARE(action(u"&Find…"_s)->shortcut(), QKeySequence(QKeySequence::Find));
    QVERIFY(action(u"&Preferences…"_s));
}

void TestEditorDocks::inspectorFollowsTheCanvasSelection()
{
    QVERIFY(open(u"credit-card-en.cjm"_s));
    QCOMPARE(mWindow->inspector()->shownKind(), EntityKind::ProjectInfo);
    const Touchpoint &touchpoint = *document()->project().touchpoints().begin();
    document()->setSelection({{EntityKind::Touchpoint, touchpoint.id}});
    QCOMPARE(mWindow->inspector()->shownKind(), EntityKind::Touchpoint);
    QCOMPARE(mWindow->inspector()->shownIds(), QVector<QUuid>{touchpoint.id});
    QCOMPARE(mWindow->personasDock()->personaList()->count(), 2);
}

void TestEditorDocks::findSelectsAndShowsHits()
{
    QVERIFY(open(u"credit-card-en.cjm"_s));
    QAction *find = action(u"&Find…"_s);
    QVERIFY(find && find->isEnabled());
    find->trigger();
    FindBar *bar = mWindow->findBar();
    QVERIFY(bar->isVisible());
    QTest::keyClicks(bar->lineEdit(), u"instagram"_s);
    QVERIFY(!bar->hits().isEmpty());
    const SearchHit hit = bar->hits().first();
    QCOMPARE(document()->selection(), QVector<EntityRef>{hit.ref});
    QCOMPARE(mWindow->canvas()->currentJourney(), hit.journeyId);
    // The status names kind, journey and stage.
    QVERIFY2(bar->statusText().contains(hit.journeyName), qPrintable(bar->statusText()));
    QVERIFY(bar->statusText().contains(hit.stageName));
    QVERIFY(bar->statusText().contains(u"Touchpoint"_s));
    // The card is in view.
    MapView *view = mWindow->canvas()->view();
    const QRectF card = view->mapScene()->layout().rectOf(hit.ref.kind, hit.ref.id);
    QVERIFY(card.isValid());
    QVERIFY(view->mapToScene(view->viewport()->rect()).boundingRect().intersects(card));

    QTest::keyClick(bar->lineEdit(), Qt::Key_Escape);
    QVERIFY(!bar->isVisible());
}

void TestEditorDocks::findsChineseAcrossJourneys()
{
    QVERIFY(open(u"broadband-zh.cjm"_s));
    action(u"&Find…"_s)->trigger();
    FindBar *bar = mWindow->findBar();
    // Chinese arrives through an input method: its commit string, as the IME sends it.
    QInputMethodEvent input;
    input.setCommitString(u"装机"_s);
    QCoreApplication::sendEvent(bar->lineEdit(), &input);
    QCOMPARE(bar->lineEdit()->text(), u"装机"_s);
    const QVector<SearchHit> hits = bar->hits();
    QVERIFY(hits.size() >= 2);
    QCOMPARE(bar->current(), 0);
    QTest::keyClick(bar->lineEdit(), Qt::Key_Return);
    QCOMPARE(bar->current(), 1);
    QCOMPARE(document()->selection(), QVector<EntityRef>{hits.at(1).ref});
    QTest::keyClick(bar->lineEdit(), Qt::Key_Return, Qt::ShiftModifier);
    QCOMPARE(bar->current(), 0);
    QTest::keyClick(bar->lineEdit(), Qt::Key_Return, Qt::ShiftModifier); // wraps to the last
    QCOMPARE(bar->current(), int(hits.size()) - 1);
    QCOMPARE(document()->selection(), QVector<EntityRef>{hits.last().ref});
    if (!hits.last().journeyId.isNull())
        QCOMPARE(mWindow->canvas()->currentJourney(), hits.last().journeyId);
}

void TestEditorDocks::lanesHideAndReorder()
{
    QVERIFY(open(u"credit-card-en.cjm"_s));
    LanesDock *lanes = mWindow->lanesDock();
    const QUuid journeyId = mWindow->canvas()->currentJourney();
    QCOMPARE(lanes->journey(), journeyId);
    const QVector<const Lane *> rows = document()->project().lanesOf(journeyId);
    QListWidget *list = lanes->laneList();
    QCOMPARE(list->count(), rows.size());
    int thoughts = -1;
    for (int i = 0; i < rows.size(); ++i) {
        if (rows.at(i)->kind == LaneKind::Thoughts)
            thoughts = i;
    }
    QVERIFY(thoughts > 0);
    QCOMPARE(list->item(thoughts)->text(), u"Thoughts"_s);
    const QUuid thoughtsId = rows.at(thoughts)->id;

    list->item(thoughts)->setCheckState(Qt::Unchecked);
    QVERIFY(!document()->project().list<Lane>().find(thoughtsId)->visible);
    QCOMPARE(document()->undoStack()->count(), 1);

    list->setCurrentRow(thoughts);
    QTest::mouseClick(lanes->upButton(), Qt::LeftButton);
    QCOMPARE(document()->project().list<Lane>().find(thoughtsId)->position, thoughts - 1);
    QCOMPARE(list->currentRow(), thoughts - 1);
    QCOMPARE(list->item(thoughts - 1)->text(), u"Thoughts"_s);
    QCOMPARE(document()->undoStack()->count(), 2);

    document()->undoStack()->undo();
    document()->undoStack()->undo();
    QCOMPARE(document()->project().list<Lane>().find(thoughtsId)->position, thoughts);
    QVERIFY(document()->project().list<Lane>().find(thoughtsId)->visible);
    QCOMPARE(list->item(thoughts)->checkState(), Qt::Checked);
}

void TestEditorDocks::lanesFollowTheJourneySwitcher()
{
    QVERIFY(open(u"credit-card-en.cjm"_s));
    const QVector<const Journey *> journeys = document()->project().orderedJourneys();
    QVERIFY(journeys.size() >= 2);
    mWindow->canvas()->journeyBox()->setCurrentIndex(1);
    QCOMPARE(mWindow->canvas()->currentJourney(), journeys.at(1)->id);
    QCOMPARE(mWindow->lanesDock()->journey(), journeys.at(1)->id);
}

QTEST_MAIN(TestEditorDocks)
#include "test_editordocks.moc"
