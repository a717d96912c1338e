// SPDX-License-Identifier: GPL-3.0-or-later
// The main window on the bundled sample: opening, the outline and canvas following
// edits, the modified marker, read-only opening, drops, the screenshot grab, languages.

#include "canvas/journeycanvas.h"
#include "canvas/mapscene.h"
#include "canvas/mapview.h"
#include "document/commands/addstage.h"
#include "document/commands/edittouchpoint.h"
#include "document/commands/removetouchpoint.h"
#include "document/document.h"
#include "mainwindow/languageloader.h"
#include "mainwindow/mainwindow.h"
#include "panels/projectoutline.h"
#include "render/maplayout.h"

#include <QComboBox>
#include <QDropEvent>
#include <QMimeData>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace Qt::StringLiterals;
using namespace cjm;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void opensTheSample();
    void editMarksModifiedAndUpdatesViews();
    void addingAStageAddsAColumn();
    void removingATouchpointUpdatesViews();
    void missingFileFailsWithAMessage();
    void unsavedChangesAreNeverDropped();
    void secondWindowOpensReadOnly();
    void newProjectOpensOnAnEmptyJourney();
    void droppedProjectOpens();
    void grabbedWindowIsNotEmpty();
    void languagesLoad_data();
    void languagesLoad();
    void unknownLanguageFails();

private:
    static QString samplePath()
    {
        return QStringLiteral(JS_SOURCE_DIR "/resources/samples/credit-card-en.cjm");
    }
    /// The first touchpoint of the first stage of the first journey.
    const Touchpoint *firstTouchpoint() const;
    /// The layout of the journey the canvas shows.
    const MapLayout &mapLayout() const { return mWindow->canvas()->view()->mapScene()->layout(); }
    /// The text lines of a touchpoint's card on the canvas, joined by spaces.
    QString cardText(const QUuid &touchpointId) const;

    QTemporaryDir mWorkDir;
    std::unique_ptr<MainWindow> mWindow;
};

void TestMainWindow::initTestCase()
{
    QVERIFY(mWorkDir.isValid());
    qputenv("JOURNEYSTUDIO_WORKDIR", mWorkDir.path().toUtf8());
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"Journey Studio Tests"_s);
    QCoreApplication::setApplicationName(u"test_ui_mainwindow"_s);
    QSettings().clear();
}

void TestMainWindow::init()
{
    mWindow = std::make_unique<MainWindow>();
    mWindow->setInteractive(false); // no dialog may block a test
}

void TestMainWindow::cleanup()
{
    mWindow.reset();
}

const Touchpoint *TestMainWindow::firstTouchpoint() const
{
    const Project &project = mWindow->document()->project();
    const QVector<const Journey *> journeys = project.orderedJourneys();
    if (journeys.isEmpty())
        return nullptr;
    const QVector<const Stage *> stages = project.stagesOf(journeys.first()->id);
    if (stages.isEmpty())
        return nullptr;
    const QVector<const Touchpoint *> touchpoints = project.touchpointsOf(stages.first()->id);
    return touchpoints.isEmpty() ? nullptr : touchpoints.first();
}

QString TestMainWindow::cardText(const QUuid &touchpointId) const
{
    const LayoutElement *card
            = mapLayout().element(EntityKind::Touchpoint, touchpointId, ElementRole::Card);
    if (!card)
        return QString();
    QStringList lines;
    for (const LayoutText &text : card->texts)
        lines.append(text.text);
    return lines.join(u' ');
}

void TestMainWindow::opensTheSample()
{
    QVERIFY2(mWindow->openFile(samplePath()), qPrintable(mWindow->lastError()));
    Document *document = mWindow->document();
    QVERIFY(document);
    const Project &project = document->project();
    QVERIFY(!project.info.name.isEmpty());
    QVERIFY(mWindow->windowTitle().contains(project.info.name));
    QVERIFY(!mWindow->isWindowModified());

    // The outline: every persona, every journey with its stages and touchpoints, in order.
    ProjectOutline *outline = mWindow->outline();
    QCOMPARE(outline->personasItem()->childCount(), project.personas().size());
    const QVector<const Journey *> journeys = project.orderedJourneys();
    QVERIFY(journeys.size() >= 1);
    QCOMPARE(outline->journeysItem()->childCount(), journeys.size());
    for (int j = 0; j < journeys.size(); ++j) {
        QTreeWidgetItem *journeyItem = outline->journeysItem()->child(j);
        QCOMPARE(journeyItem->text(0), journeys.at(j)->name);
        const QVector<const Stage *> stages = project.stagesOf(journeys.at(j)->id);
        QCOMPARE(journeyItem->childCount(), stages.size());
        for (int s = 0; s < stages.size(); ++s) {
            QCOMPARE(journeyItem->child(s)->text(0), stages.at(s)->name);
            QCOMPARE(journeyItem->child(s)->childCount(),
                     project.touchpointsOf(stages.at(s)->id).size());
        }
    }

    // The canvas: one switcher entry per journey; the map of the chosen one, a span per stage.
    JourneyCanvas *canvas = mWindow->canvas();
    QVERIFY(canvas->showsMap());
    QComboBox *box = canvas->journeyBox();
    QCOMPARE(box->count(), journeys.size());
    for (int j = 0; j < journeys.size(); ++j) {
        QCOMPARE(box->itemText(j), journeys.at(j)->name);
        box->setCurrentIndex(j);
        QCOMPARE(canvas->currentJourney(), journeys.at(j)->id);
        QCOMPARE(mapLayout().stages().size(), project.stagesOf(journeys.at(j)->id).size());
    }
}

void TestMainWindow::editMarksModifiedAndUpdatesViews()
{
    QVERIFY(mWindow->openFile(samplePath()));
    Document *document = mWindow->document();
    const Touchpoint *touchpoint = firstTouchpoint();
    QVERIFY(touchpoint);
    const QUuid id = touchpoint->id;
    const QString oldTitle = touchpoint->title;
    const QUuid journeyId = document->project().journeyOfTouchpoint(id);
    const QString newTitle = u"Sees a billboard at the station"_s;

    QVERIFY(document->push(new EditTouchpoint(document, id, u"title"_s, newTitle)));
    QVERIFY(mWindow->isWindowModified());
    QCOMPARE(mWindow->outline()->itemFor(id)->text(0), newTitle);
    QCOMPARE(mWindow->canvas()->currentJourney(), journeyId);
    QVERIFY2(cardText(id).contains(newTitle), qPrintable(cardText(id)));

    document->undoStack()->undo();
    QVERIFY(!mWindow->isWindowModified());
    QCOMPARE(mWindow->outline()->itemFor(id)->text(0), oldTitle);
    QVERIFY2(cardText(id).contains(oldTitle.section(u' ', 0, 0)), qPrintable(cardText(id)));
    QVERIFY(!cardText(id).contains(newTitle));
}

void TestMainWindow::addingAStageAddsAColumn()
{
    QVERIFY(mWindow->openFile(samplePath()));
    Document *document = mWindow->document();
    const QUuid journeyId = document->project().orderedJourneys().first()->id;
    const int stagesBefore = document->project().stagesOf(journeyId).size();
    QCOMPARE(mWindow->canvas()->currentJourney(), journeyId);

    Stage stage;
    stage.journeyId = journeyId;
    stage.name = u"Advocate"_s;
    auto *add = new AddStage(document, stage);
    const QUuid stageId = add->entityId();
    QVERIFY(document->push(add));

    QTreeWidgetItem *journeyItem = mWindow->outline()->itemFor(journeyId);
    QCOMPARE(journeyItem->childCount(), stagesBefore + 1);
    QCOMPARE(journeyItem->child(stagesBefore)->text(0), u"Advocate"_s);
    QVERIFY(mWindow->outline()->itemFor(stageId));
    QCOMPARE(mapLayout().stages().size(), stagesBefore + 1);
    QCOMPARE(mapLayout().stages().last().stageId, stageId);
    QVERIFY(!mapLayout().rectOf(EntityKind::Stage, stageId).isNull());
    QCOMPARE(mWindow->canvas()->currentJourney(), journeyId); // the map stays on its journey

    document->undoStack()->undo();
    QCOMPARE(mWindow->outline()->itemFor(journeyId)->childCount(), stagesBefore);
    QCOMPARE(mapLayout().stages().size(), stagesBefore);
}

void TestMainWindow::removingATouchpointUpdatesViews()
{
    QVERIFY(mWindow->openFile(samplePath()));
    Document *document = mWindow->document();
    const QUuid id = firstTouchpoint()->id;
    const QUuid journeyId = document->project().journeyOfTouchpoint(id);
    QCOMPARE(mWindow->canvas()->currentJourney(), journeyId);
    QVERIFY(!mapLayout().rectOf(EntityKind::Touchpoint, id).isNull());

    QVERIFY(document->push(new RemoveTouchpoint(document, id)));
    QVERIFY(!mWindow->outline()->itemFor(id));
    QVERIFY(mapLayout().rectOf(EntityKind::Touchpoint, id).isNull());
    QVERIFY(mWindow->isWindowModified());

    document->undoStack()->undo();
    QVERIFY(mWindow->outline()->itemFor(id));
    QVERIFY(!mapLayout().rectOf(EntityKind::Touchpoint, id).isNull());
}

void TestMainWindow::missingFileFailsWithAMessage()
{
    QVERIFY(mWindow->openFile(samplePath()));
    Document *before = mWindow->document();
    const QString missing = mWorkDir.filePath(u"no-such-project.cjm"_s);
    QVERIFY(!mWindow->openFile(missing));
    QVERIFY(mWindow->lastError().contains(u"no-such-project.cjm"_s));
    QCOMPARE(mWindow->document(), before); // the open project stays
}

void TestMainWindow::unsavedChangesAreNeverDropped()
{
    QVERIFY(mWindow->openFile(samplePath()));
    Document *document = mWindow->document();
    QVERIFY(document->push(
            new EditTouchpoint(document, firstTouchpoint()->id, u"title"_s, u"Changed"_s)));
    // Without a user to ask, closing or replacing a modified project is refused.
    QVERIFY(!mWindow->newProject());
    QVERIFY(!mWindow->closeProject());
    QCOMPARE(mWindow->document(), document);
    QVERIFY(!mWindow->lastError().isEmpty());
}

void TestMainWindow::secondWindowOpensReadOnly()
{
    QVERIFY(mWindow->openFile(samplePath()));
    MainWindow second;
    second.setInteractive(false);
    QVERIFY2(second.openFile(samplePath()), qPrintable(second.lastError()));
    QVERIFY(second.document()->isReadOnly());
    QVERIFY(second.windowTitle().contains(u"[read-only]"_s));
    QVERIFY(!mWindow->document()->isReadOnly());
}

void TestMainWindow::newProjectOpensOnAnEmptyJourney()
{
    QVERIFY(mWindow->newProject());
    QVERIFY(mWindow->document());
    QVERIFY(mWindow->windowTitle().contains(mWindow->document()->project().info.name));
    // One journey with every lane, ready for the palette, and nothing to undo or save yet.
    const Project &project = mWindow->document()->project();
    QCOMPARE(project.journeys().items().size(), 1);
    QVERIFY(!project.lanesOf(project.journeys().items().first().id).isEmpty());
    QCOMPARE(mWindow->canvas()->journeyBox()->count(), 1);
    QVERIFY(mWindow->canvas()->showsMap());
    QCOMPARE(mWindow->document()->undoStack()->count(), 0);
    QVERIFY(!mWindow->document()->isModified());
    QVERIFY(mWindow->closeProject());
    QVERIFY(!mWindow->document());
}

void TestMainWindow::droppedProjectOpens()
{
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(samplePath())});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(mWindow.get(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(mWindow.get(), &drop);
    QTRY_VERIFY(mWindow->document());
    QCOMPARE(QFileInfo(mWindow->document()->filePath()).fileName(), u"credit-card-en.cjm"_s);

    // Anything else is refused.
    QMimeData text;
    text.setUrls({QUrl::fromLocalFile(QStringLiteral(JS_SOURCE_DIR "/README.md"))});
    QDragEnterEvent other(QPoint(10, 10), Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
    other.setAccepted(false);
    QApplication::sendEvent(mWindow.get(), &other);
    QVERIFY(!other.isAccepted());
}

void TestMainWindow::grabbedWindowIsNotEmpty()
{
    QVERIFY(mWindow->openFile(samplePath()));
    mWindow->resize(1200, 760);
    mWindow->show();
    QVERIFY(QTest::qWaitForWindowExposed(mWindow.get()));
    const QImage image = mWindow->grab().toImage();
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), QSize(1200, 760) * image.devicePixelRatio());
    // Something was drawn: the picture is not one flat colour.
    QSet<QRgb> colours;
    for (int y = 0; y < image.height() && colours.size() < 16; y += 7) {
        for (int x = 0; x < image.width() && colours.size() < 16; x += 7)
            colours.insert(image.pixel(x, y));
    }
    QVERIFY(colours.size() >= 16);
}

void TestMainWindow::languagesLoad_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("expected");
    QTest::newRow("en") << u"en"_s << u"en"_s;
    QTest::newRow("zh_CN") << u"zh_CN"_s << u"zh_CN"_s;
    QTest::newRow("zh-cn") << u"zh-cn"_s << u"zh_CN"_s;
    QTest::newRow("de") << u"de"_s << u"de"_s;
    QTest::newRow("de_AT") << u"de_AT"_s << u"de"_s;
    QTest::newRow("ko") << u"ko"_s << u"ko"_s;
}

void TestMainWindow::languagesLoad()
{
    QFETCH(QString, code);
    QFETCH(QString, expected);
    LanguageLoader loader;
    const Status status = loader.load(code);
    QVERIFY2(status.ok(), qPrintable(status.message()));
    QCOMPARE(loader.language(), expected);
    QCOMPARE(QLocale().name().left(2), expected.left(2));
    if (expected != u"en"_s)
        QVERIFY(loader.hasQtTranslation()); // qt6-translations-l10n is a dependency
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestMainWindow::unknownLanguageFails()
{
    LanguageLoader loader;
    const Status status = loader.load(u"xx"_s);
    QVERIFY(!status.ok());
    QVERIFY(status.message().contains(u"xx"_s));
    QVERIFY(loader.language().isEmpty());
    QVERIFY(LanguageLoader::normalised(u"zh_TW"_s).isEmpty());
    QVERIFY(LanguageLoader::supportedLanguages().contains(LanguageLoader::systemLanguage()));
}

QTEST_MAIN(TestMainWindow)
#include "test_mainwindow.moc"
