// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "canvas/journeycanvas.h"
#include "canvas/mapscene.h"
#include "canvas/mapview.h"
#include "charts/chartreportpages.h"
#include "charts/metricsdock.h"
#include "dialogs/dataexchange.h"
#include "dialogs/exportdialog.h"
#include "dialogs/mapprinter.h"
#include "dialogs/preferencesdialog.h"
#include "dialogs/surveyimportwizard.h"
#include "document/commands/addjourney.h"
#include "document/document.h"
#include "documentopener.h"
#include "panels/findbar.h"
#include "panels/inspectordock.h"
#include "panels/lanesdock.h"
#include "panels/palettedock.h"
#include "panels/personasdock.h"
#include "panels/projectoutline.h"
#include "presentation/presentationlauncher.h"
#include "presentation/presentationwindow.h"
#include "recentfilesmenu.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>
#include <QUndoGroup>
#include <QUndoView>

using namespace Qt::StringLiterals;

namespace cjm {

namespace {

const QString kGeometryKey = u"mainWindow/geometry"_s;
const QString kStateKey = u"mainWindow/state"_s;
const QString kLastFolderKey = u"mainWindow/lastFolder"_s;

/// The first local .cjm file among dropped URLs, or empty.
QString droppedProject(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls())
        return QString();
    const QList<QUrl> urls = mime->urls();
    for (const QUrl &url : urls) {
        if (url.isLocalFile()
            && QFileInfo(url.toLocalFile()).suffix().compare(u"cjm"_s, Qt::CaseInsensitive) == 0)
            return url.toLocalFile();
    }
    return QString();
}

bool samePath(const QString &a, const QString &b)
{
    return !a.isEmpty() && !b.isEmpty()
            && QFileInfo(a).absoluteFilePath() == QFileInfo(b).absoluteFilePath();
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), mUndoGroup(new QUndoGroup(this)), mCanvas(new JourneyCanvas(this))
{
    setObjectName(u"MainWindow"_s);
    setCentralWidget(mCanvas);
    setAcceptDrops(true);
    createActions();
    createDocks();
    createMenus();
    createStatusBar();
    resize(1280, 800);
    setDocument(nullptr);
}

MainWindow::~MainWindow()
{
    // The views follow the document: let them go before it does.
    mOutline->setDocument(nullptr);
    mInspector->setDocument(nullptr);
    mPersonasDock->setDocument(nullptr);
    mLanesDock->setDocument(nullptr);
    mFindBar->setDocument(nullptr);
    mCanvas->setDocument(nullptr);
    mDocument.reset();
}

void MainWindow::createActions()
{
    mNewAction = new QAction(QIcon::fromTheme(u"document-new"_s), tr("&New"), this);
    mNewAction->setShortcuts(QKeySequence::New);
    mNewAction->setStatusTip(tr("Start a new project"));
    connect(mNewAction, &QAction::triggered, this, &MainWindow::newProject);

    mOpenAction = new QAction(QIcon::fromTheme(u"document-open"_s), tr("&Open…"), this);
    mOpenAction->setShortcuts(QKeySequence::Open);
    mOpenAction->setStatusTip(tr("Open a project file"));
    connect(mOpenAction, &QAction::triggered, this, &MainWindow::openWithDialog);

    mSaveAction = new QAction(QIcon::fromTheme(u"document-save"_s), tr("&Save"), this);
    mSaveAction->setShortcuts(QKeySequence::Save);
    mSaveAction->setStatusTip(tr("Save the project to its file"));
    connect(mSaveAction, &QAction::triggered, this, &MainWindow::save);

    mSaveAsAction = new QAction(QIcon::fromTheme(u"document-save-as"_s), tr("Save &As…"), this);
    mSaveAsAction->setShortcuts(QKeySequence::SaveAs);
    mSaveAsAction->setStatusTip(tr("Save the project under another name"));
    connect(mSaveAsAction, &QAction::triggered, this, &MainWindow::saveAs);

    mCloseAction = new QAction(QIcon::fromTheme(u"document-close"_s), tr("&Close"), this);
    mCloseAction->setShortcuts(QKeySequence::Close);
    mCloseAction->setStatusTip(tr("Close the project"));
    connect(mCloseAction, &QAction::triggered, this, &MainWindow::closeProject);

    mExportAction = new QAction(QIcon::fromTheme(u"document-export"_s), tr("&Export…"), this);
    mExportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    mExportAction->setStatusTip(tr("Export the journey map as PDF, SVG or PNG"));
    connect(mExportAction, &QAction::triggered, this, &MainWindow::exportMap);
    mPrintAction = new QAction(QIcon::fromTheme(u"document-print"_s), tr("&Print…"), this);
    mPrintAction->setShortcuts(QKeySequence::Print);
    mPrintAction->setStatusTip(tr("Print the journey map"));
    connect(mPrintAction, &QAction::triggered, this, &MainWindow::printMap);
    mPrintPreviewAction = new QAction(QIcon::fromTheme(u"document-print-preview"_s),
                                      tr("Print Pre&view…"), this);
    connect(mPrintPreviewAction, &QAction::triggered, this, &MainWindow::printPreview);

    mQuitAction = new QAction(QIcon::fromTheme(u"application-exit"_s), tr("&Quit"), this);
    mQuitAction->setShortcuts(QKeySequence::Quit);
    if (mQuitAction->shortcuts().isEmpty()) // some platforms define no standard Quit key
        mQuitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    mQuitAction->setMenuRole(QAction::QuitRole);
    connect(mQuitAction, &QAction::triggered, this, &QWidget::close);

    mUndoAction = mUndoGroup->createUndoAction(this, tr("&Undo"));
    mUndoAction->setIcon(QIcon::fromTheme(u"edit-undo"_s));
    mUndoAction->setShortcuts(QKeySequence::Undo);
    mRedoAction = mUndoGroup->createRedoAction(this, tr("&Redo"));
    mRedoAction->setIcon(QIcon::fromTheme(u"edit-redo"_s));
    mRedoAction->setShortcuts(QKeySequence::Redo);
    createViewActions();
    createEditorActions();
}

void MainWindow::createEditorActions()
{
    mFindAction = new QAction(QIcon::fromTheme(u"edit-find"_s), tr("&Find…"), this);
    mFindAction->setShortcuts(QKeySequence::Find);
    mFindAction->setStatusTip(tr("Find titles, descriptions and insights"));
    mFindNextAction = new QAction(tr("Find &Next"), this);
    mFindNextAction->setShortcuts(QKeySequence::FindNext);
    mFindPreviousAction = new QAction(tr("Find Pre&vious"), this);
    mFindPreviousAction->setShortcuts(QKeySequence::FindPrevious);
    mPreferencesAction
            = new QAction(QIcon::fromTheme(u"preferences-system"_s), tr("&Preferences…"), this);
    mPreferencesAction->setShortcuts(QKeySequence::Preferences);
    if (mPreferencesAction->shortcuts().isEmpty()) // no standard key on some desktops
        mPreferencesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    mPreferencesAction->setMenuRole(QAction::PreferencesRole);
    connect(mPreferencesAction, &QAction::triggered, this, &MainWindow::showPreferences);
    mImportSurveyAction = new QAction(tr("Import &Survey Data…"), this);
    mImportSurveyAction->setStatusTip(tr("Import NPS, CSAT and CES answers from a survey export"));
    connect(mImportSurveyAction, &QAction::triggered, this, [this] { importSurvey(); });
}

void MainWindow::createViewActions()
{
    MapView *view = mCanvas->view();
    mZoomInAction = new QAction(QIcon::fromTheme(u"zoom-in"_s), tr("Zoom &In"), this);
    mZoomInAction->setShortcuts(QKeySequence::ZoomIn);
    connect(mZoomInAction, &QAction::triggered, view, &MapView::zoomIn);
    mZoomOutAction = new QAction(QIcon::fromTheme(u"zoom-out"_s), tr("Zoom &Out"), this);
    mZoomOutAction->setShortcuts(QKeySequence::ZoomOut);
    connect(mZoomOutAction, &QAction::triggered, view, &MapView::zoomOut);
    mZoomFitAction = new QAction(QIcon::fromTheme(u"zoom-fit-best"_s), tr("Zoom to &Fit"), this);
    mZoomFitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_9));
    connect(mZoomFitAction, &QAction::triggered, view, &MapView::zoomToFit);
    mZoomResetAction = new QAction(QIcon::fromTheme(u"zoom-original"_s), tr("&Actual Size"), this);
    mZoomResetAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    connect(mZoomResetAction, &QAction::triggered, view, &MapView::resetZoom);
}

void MainWindow::createDocks()
{
    mOutline = new ProjectOutline(this);
    mOutlineDock = new QDockWidget(tr("Project"), this);
    mOutlineDock->setObjectName(u"ProjectDock"_s);
    mOutlineDock->setWidget(mOutline);
    addDockWidget(Qt::LeftDockWidgetArea, mOutlineDock);

    mUndoView = new QUndoView(mUndoGroup, this);
    mUndoView->setEmptyLabel(tr("<opened>"));
    mUndoDock = new QDockWidget(tr("Undo History"), this);
    mUndoDock->setObjectName(u"UndoHistoryDock"_s);
    mUndoDock->setWidget(mUndoView);
    // Both on the left, so the journeys get the width.
    addDockWidget(Qt::LeftDockWidgetArea, mUndoDock);
    splitDockWidget(mOutlineDock, mUndoDock, Qt::Vertical);
    resizeDocks({mOutlineDock}, {300}, Qt::Horizontal);
    resizeDocks({mOutlineDock, mUndoDock}, {520, 180}, Qt::Vertical);
    createEditorDocks();
}

void MainWindow::createEditorDocks()
{
    mInspector = new InspectorDock(this);
    addDockWidget(Qt::RightDockWidgetArea, mInspector);
    mPersonasDock = new PersonasDock(this);
    addDockWidget(Qt::RightDockWidgetArea, mPersonasDock);
    mLanesDock = new LanesDock(this);
    addDockWidget(Qt::RightDockWidgetArea, mLanesDock);
    // One column on the right: the inspector in front, personas and lanes a tab away.
    tabifyDockWidget(mInspector, mPersonasDock);
    tabifyDockWidget(mPersonasDock, mLanesDock);
    mInspector->raise();
    resizeDocks({mInspector}, {340}, Qt::Horizontal);
    // The palette shares the left column with the undo history, in front of it.
    mPaletteDock = new PaletteDock(this);
    addDockWidget(Qt::LeftDockWidgetArea, mPaletteDock);
    tabifyDockWidget(mUndoDock, mPaletteDock);
    mPaletteDock->raise();
    resizeDocks({mOutlineDock, mPaletteDock}, {360, 340}, Qt::Vertical);
    connect(mPaletteDock, &PaletteDock::itemActivated, mCanvas->view(),
            &MapView::insertAfterSelection);
    connect(mCanvas->view(), &MapView::problem, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    connect(mCanvas->journeyBox(), &QComboBox::currentIndexChanged, this,
            [this] { mLanesDock->setJourney(mCanvas->currentJourney()); });

    mFindBar = new FindBar(this);
    mFindBar->setCanvas(mCanvas);
    mFindToolBar = new QToolBar(tr("Find"), this);
    mFindToolBar->setObjectName(u"FindToolBar"_s);
    mFindToolBar->setMovable(false);
    mFindToolBar->addWidget(mFindBar);
    addToolBar(Qt::BottomToolBarArea, mFindToolBar);
    mFindToolBar->hide();
    connect(mFindBar, &FindBar::closeRequested, mFindToolBar, &QToolBar::hide);
    connect(mFindAction, &QAction::triggered, this, [this] {
        mFindToolBar->show();
        mFindBar->activate();
    });
    connect(mFindNextAction, &QAction::triggered, mFindBar, &FindBar::findNext);
    connect(mFindPreviousAction, &QAction::triggered, mFindBar, &FindBar::findPrevious);
    PreferencesDialog::applyStoredTheme(mCanvas->view()->mapScene());

    // Survey figures of the journey on the canvas, under it; hidden until asked for.
    mMetricsDock = new MetricsDock(this);
    addDockWidget(Qt::BottomDockWidgetArea, mMetricsDock);
    mMetricsDock->hide();
    connect(mCanvas->journeyBox(), &QComboBox::currentIndexChanged, this,
            [this] { mMetricsDock->setJourney(mCanvas->currentJourney()); });
    connect(mMetricsDock, &MetricsDock::importRequested, this, [this] { importSurvey(); });
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(mNewAction);
    file->addAction(mOpenAction);
    mRecentMenu = new RecentFilesMenu(this);
    connect(mRecentMenu, &RecentFilesMenu::fileChosen, this, &MainWindow::openFile);
    file->addMenu(mRecentMenu);
    file->addSeparator();
    file->addAction(mSaveAction);
    file->addAction(mSaveAsAction);
    file->addSeparator();
    file->addAction(mImportSurveyAction);
    file->addAction(mExportAction);
    mExportDataAction = file->addAction(tr("Export &Data…"), this, [this] {
        if (!mDocument)
            return;
        const QString done = DataExchange::exportData(this, *mDocument, mCanvas->currentJourney());
        if (!done.isEmpty())
            statusBar()->showMessage(done, 5000);
    });
    mExportDataAction->setStatusTip(
            tr("Write the project as JSON, its tables as CSV or XLSX, or the journey as Mermaid"));
    mImportDataAction = file->addAction(tr("&Import…"), this, [this] {
        if (!mDocument)
            return;
        const QString done = DataExchange::importData(this, mDocument.get());
        if (!done.isEmpty())
            statusBar()->showMessage(done, 5000);
    });
    mImportDataAction->setStatusTip(
            tr("Add a Journey Studio JSON export or a Mermaid journey diagram to the project"));
    file->addAction(mPrintAction);
    file->addAction(mPrintPreviewAction);
    file->addSeparator();
    file->addAction(mCloseAction);
    file->addSeparator();
    file->addAction(mQuitAction);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(mUndoAction);
    edit->addAction(mRedoAction);
    edit->addSeparator();
    addMapEditActions(edit);
    edit->addSeparator();
    mAddJourneyAction = edit->addAction(tr("Add &Journey"), this, &MainWindow::addJourney);
    mAddJourneyAction->setStatusTip(tr("Add an empty journey with every lane to the project"));
    edit->addSeparator();
    edit->addAction(mFindAction);
    edit->addAction(mFindNextAction);
    edit->addAction(mFindPreviousAction);
    edit->addSeparator();
    edit->addAction(mPreferencesAction);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(mZoomInAction);
    view->addAction(mZoomOutAction);
    view->addAction(mZoomFitAction);
    view->addAction(mZoomResetAction);
    view->addSeparator();
    view->addAction(mOutlineDock->toggleViewAction());
    view->addAction(mUndoDock->toggleViewAction());
    view->addAction(mInspector->toggleViewAction());
    view->addAction(mPersonasDock->toggleViewAction());
    view->addAction(mLanesDock->toggleViewAction());
    view->addAction(mPaletteDock->toggleViewAction());
    view->addAction(mMetricsDock->toggleViewAction());
    view->addSeparator();
    mPresentation = new PresentationLauncher(
            this, [this] { return std::make_pair(mDocument.get(), mCanvas->currentJourney()); });
    view->addAction(mPresentation->presentAction());
    view->addMenu(mPresentation->screenMenu());
    createToolBar();

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Journey Studio"), this, [this] {
        QMessageBox::about(this, tr("About Journey Studio"),
                           tr("<h3>Journey Studio %1</h3><p>Customer-experience journey "
                              "mapping.</p><p>Free software under the GNU General Public "
                              "License, version 3 or later.</p>")
                                   .arg(QApplication::applicationVersion()));
    });
    about->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)
            ->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::createToolBar()
{
    // The everyday actions one click away; the menus hold the rest.
    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(u"MainToolBar"_s);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    const auto icon
            = [this](QStyle::StandardPixmap pixmap) { return style()->standardIcon(pixmap); };
    mNewAction->setIcon(icon(QStyle::SP_FileIcon));
    mOpenAction->setIcon(icon(QStyle::SP_DialogOpenButton));
    mSaveAction->setIcon(icon(QStyle::SP_DialogSaveButton));
    mUndoAction->setIcon(icon(QStyle::SP_ArrowBack));
    mRedoAction->setIcon(icon(QStyle::SP_ArrowForward));
    mPresentation->presentAction()->setIcon(icon(QStyle::SP_ComputerIcon));
    bar->addAction(mNewAction);
    bar->addAction(mOpenAction);
    bar->addAction(mSaveAction);
    bar->addSeparator();
    bar->addAction(mUndoAction);
    bar->addAction(mRedoAction);
    bar->addSeparator();
    bar->addAction(mZoomOutAction);
    bar->addAction(mZoomInAction);
    bar->addAction(mZoomFitAction);
    bar->addSeparator();
    bar->addAction(mPresentation->presentAction());
}

void MainWindow::addMapEditActions(QMenu *edit)
{
    // Standard keys; a focused text field still takes them first (ShortcutOverride).
    MapView *map = mCanvas->view();
    edit->addAction(QIcon::fromTheme(u"edit-cut"_s), tr("Cu&t"), QKeySequence::Cut, map,
                    &MapView::cut);
    edit->addAction(QIcon::fromTheme(u"edit-copy"_s), tr("&Copy"), QKeySequence::Copy, map,
                    &MapView::copy);
    edit->addAction(QIcon::fromTheme(u"edit-paste"_s), tr("&Paste"), QKeySequence::Paste, map,
                    &MapView::paste);
    // F2 itself stays with the focused widget (the map, or the outline's own rename).
    edit->addAction(tr("&Edit Title"), map, &MapView::editSelection);
}

void MainWindow::createStatusBar()
{
    mReadOnlyLabel = new QLabel(tr("Read-only"), this);
    QFont font = mReadOnlyLabel->font();
    font.setBold(true);
    mReadOnlyLabel->setFont(font);
    mCountsLabel = new QLabel(this);
    statusBar()->addPermanentWidget(mReadOnlyLabel);
    statusBar()->addPermanentWidget(mCountsLabel);
}

void MainWindow::restoreWindowState()
{
    QSettings settings;
    restoreGeometry(settings.value(kGeometryKey).toByteArray());
    if (!restoreState(settings.value(kStateKey).toByteArray()))
        applyDefaultLayout();
}

void MainWindow::applyDefaultLayout()
{
    // Docks wide enough to read the outline and the palette, the palette raised (it is how
    // a map is built), the map taking the rest.
    resizeDocks({mOutlineDock, mInspector}, {240, 300}, Qt::Horizontal);
    resizeDocks({mOutlineDock, mPaletteDock}, {300, 420}, Qt::Vertical);
    mPaletteDock->raise();
}

void MainWindow::writeWindowState()
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
}

bool MainWindow::openFile(const QString &path)
{
    mLastError.clear();
    if (mDocument && samePath(mDocument->filePath(), path)) {
        // Already open here: opening again would find our own lock and call it "in use".
        activateWindow();
        return true;
    }
    if (!maybeSave())
        return false;
    DocumentOpener opener(this, mInteractive);
    QString error;
    std::unique_ptr<Document> document = opener.open(path, &error);
    if (!document) {
        if (!error.isEmpty())
            showError(tr("Open Project"), error);
        if (!QFileInfo::exists(path))
            mRecentMenu->removeFile(path);
        return false;
    }
    mRecentMenu->addFile(path);
    setDocument(std::move(document), opener.notice());
    return true;
}

void MainWindow::openWithDialog()
{
    QSettings settings;
    const QString folder
            = settings.value(kLastFolderKey,
                             QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                      .toString();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Project"), folder,
                                                      tr("Journey Studio projects (*.cjm)"));
    if (path.isEmpty())
        return;
    settings.setValue(kLastFolderKey, QFileInfo(path).absolutePath());
    openFile(path);
}

bool MainWindow::newProject()
{
    mLastError.clear();
    if (!maybeSave())
        return false;
    Status status;
    std::unique_ptr<Document> document = Document::createNew(tr("Untitled project"), &status);
    if (!document) {
        showError(tr("New Project"), status.message());
        return false;
    }
    // A new project opens on an empty journey with every lane, ready for the palette: the
    // first thing anyone does with a project is draw a journey. It is where the project
    // starts, not an edit to undo.
    Journey journey;
    journey.name = tr("Journey 1");
    if (MutationCommand::push(document.get(), new AddJourney(document.get(), journey)))
        document->undoStack()->clear();
    setDocument(std::move(document));
    return true;
}

void MainWindow::addJourney()
{
    if (!mDocument)
        return;
    Journey journey;
    journey.name = tr("Journey %1").arg(mDocument->project().journeys().items().size() + 1);
    auto *command = new AddJourney(mDocument.get(), journey);
    const QUuid id = command->entityId();
    if (const Status status = MutationCommand::push(mDocument.get(), command); !status) {
        showError(tr("Add Journey"), status.message());
        return;
    }
    mCanvas->showJourney(id);
}

bool MainWindow::save()
{
    if (!mDocument)
        return false;
    if (mDocument->filePath().isEmpty() || mDocument->isReadOnly())
        return saveAs();
    return saveTo(mDocument->filePath());
}

bool MainWindow::saveAs()
{
    if (!mDocument)
        return false;
    if (!mInteractive) {
        mLastError = tr("no file name to save to");
        return false;
    }
    QSettings settings;
    const QString folder = mDocument->filePath().isEmpty()
            ? settings.value(kLastFolderKey,
                             QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                      .toString()
            : QFileInfo(mDocument->filePath()).absolutePath();
    QString name = mDocument->project().info.name.trimmed();
    name.replace(u'/', u'-');
    QFileDialog dialog(this, tr("Save Project As"), folder, tr("Journey Studio projects (*.cjm)"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(u"cjm"_s);
    dialog.selectFile(name.isEmpty() ? tr("Untitled") : name);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return false;
    const QString path = dialog.selectedFiles().constFirst();
    settings.setValue(kLastFolderKey, QFileInfo(path).absolutePath());
    return saveTo(path);
}

bool MainWindow::saveTo(const QString &path)
{
    mLastError.clear();
    const Status status
            = samePath(path, mDocument->filePath()) ? mDocument->save() : mDocument->saveAs(path);
    if (!status) {
        showError(tr("Save Project"), status.message());
        return false;
    }
    mRecentMenu->addFile(path);
    mReadOnlyLabel->setVisible(mDocument->isReadOnly());
    updateTitle();
    updateActions();
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), 5000);
    return true;
}

bool MainWindow::closeProject()
{
    mLastError.clear();
    if (!maybeSave())
        return false;
    setDocument(nullptr);
    return true;
}

bool MainWindow::offerRecovery()
{
    DocumentOpener opener(this, mInteractive);
    QString error;
    std::unique_ptr<Document> document = opener.offerOrphans(&error);
    if (!error.isEmpty())
        showError(tr("Recover Unsaved Changes"), error);
    if (!document || !maybeSave())
        return false;
    setDocument(std::move(document));
    statusBar()->showMessage(tr("Recovered unsaved changes: save the project to keep them."));
    return true;
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(this);
    connect(&dialog, &PreferencesDialog::applied, this, [this] {
        PreferencesDialog::applyStoredTheme(mCanvas->view()->mapScene());
        mMetricsDock->applyStoredTheme();
    });
    dialog.exec();
}

void MainWindow::exportMap()
{
    if (!mDocument || mCanvas->currentJourney().isNull())
        return;
    const Project &project = mDocument->project();
    const QUuid journeyId = mCanvas->currentJourney();
    // A PDF report carries the Metrics view's charts after its tables.
    std::unique_ptr<ChartReportPages> charts;
    const QString written = ExportDialog::exportJourney(
            this, project, journeyId, project.journeys().find(journeyId)->name,
            [this, &charts, journeyId] {
                charts = std::make_unique<ChartReportPages>(mDocument.get(), journeyId);
                return charts->pages();
            });
    if (!written.isEmpty())
        statusBar()->showMessage(tr("Exported %1").arg(QDir::toNativeSeparators(written)), 5000);
}

void MainWindow::printMap()
{
    if (mDocument && !mCanvas->currentJourney().isNull())
        MapPrinter(mDocument->project(), mCanvas->currentJourney()).print(this);
}

void MainWindow::printPreview()
{
    if (mDocument && !mCanvas->currentJourney().isNull())
        MapPrinter(mDocument->project(), mCanvas->currentJourney()).preview(this);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    if (mInteractive)
        writeWindowState();
    setDocument(nullptr); // removes the working copy, so it is not offered for recovery
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!droppedProject(event->mimeData()).isEmpty()
        || (mDocument && !SurveyImportWizard::droppedSurvey(event->mimeData()).isEmpty()))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString path = droppedProject(event->mimeData());
    const QString survey = SurveyImportWizard::droppedSurvey(event->mimeData());
    if (path.isEmpty() && mDocument && !survey.isEmpty()) {
        event->acceptProposedAction();
        QMetaObject::invokeMethod(
                this, [this, survey] { importSurvey(survey); }, Qt::QueuedConnection);
        return;
    }
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    // Open after the drop returns: the drag source must not wait on our dialogs.
    QMetaObject::invokeMethod(
            this, [this, path] { openFile(path); }, Qt::QueuedConnection);
}

void MainWindow::setDocument(std::unique_ptr<Document> document, const QString &notice)
{
    mOutline->setDocument(nullptr);
    mInspector->setDocument(nullptr);
    mPersonasDock->setDocument(nullptr);
    mLanesDock->setDocument(nullptr);
    mFindBar->setDocument(nullptr);
    mCanvas->setDocument(nullptr);
    mMetricsDock->setDocument(nullptr);
    mDocument = std::move(document); // the old one's undo stack leaves the group as it goes
    if (Document *doc = mDocument.get()) {
        mUndoGroup->addStack(doc->undoStack());
        mUndoGroup->setActiveStack(doc->undoStack());
        connect(doc, &Document::modifiedChanged, this, &QWidget::setWindowModified);
        connect(doc, &Document::changed, this, &MainWindow::onDocumentChanged);
        connect(doc, &Document::filePathChanged, this, &MainWindow::updateTitle);
        connect(doc, &Document::writeFailed, this,
                [this](const QString &message) { showError(tr("Change Not Saved"), message); });
    }
    mOutline->setDocument(mDocument.get());
    mCanvas->setDocument(mDocument.get());
    mInspector->setDocument(mDocument.get());
    mPersonasDock->setDocument(mDocument.get());
    mLanesDock->setDocument(mDocument.get());
    mLanesDock->setJourney(mCanvas->currentJourney());
    mMetricsDock->setDocument(mDocument.get());
    mMetricsDock->setJourney(mCanvas->currentJourney());
    mFindBar->setDocument(mDocument.get());

    const bool readOnly = mDocument && mDocument->isReadOnly();
    const QString reason = notice.isEmpty() && mDocument ? mDocument->readOnlyReason() : notice;
    mReadOnlyLabel->setVisible(readOnly);
    mReadOnlyLabel->setToolTip(reason);
    if (readOnly || !reason.isEmpty())
        statusBar()->showMessage(reason);
    else
        statusBar()->clearMessage();
    updateTitle();
    updateActions();
    updateCounts();
}

void MainWindow::onDocumentChanged(const ChangeEvent &event)
{
    for (const ChangeItem &item : event.items) {
        if (item.kind == EntityKind::ProjectInfo || item.type == ChangeType::Reset) {
            updateTitle();
            break;
        }
    }
    updateCounts();
}

bool MainWindow::maybeSave()
{
    if (!mDocument || !mDocument->isModified())
        return true;
    if (!mInteractive) {
        mLastError = tr("the project has unsaved changes");
        return false;
    }
    QMessageBox box(
            QMessageBox::Warning, tr("Unsaved Changes"),
            tr("Save the changes to “%1” before closing it?").arg(mDocument->project().info.name),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setInformativeText(tr("Your changes will be lost if you don't save them."));
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Save:
        return save();
    case QMessageBox::Discard:
        return true;
    default:
        return false;
    }
}

void MainWindow::showError(const QString &title, const QString &message)
{
    mLastError = message;
    if (mInteractive)
        QMessageBox::warning(this, title, message);
}

void MainWindow::updateTitle()
{
    if (!mDocument) {
        setWindowTitle(tr("Journey Studio"));
        setWindowModified(false);
        return;
    }
    QString name = mDocument->project().info.name.trimmed();
    if (name.isEmpty())
        name = QFileInfo(mDocument->filePath()).completeBaseName();
    if (name.isEmpty())
        name = tr("Untitled");
    if (mDocument->isReadOnly())
        name = tr("%1 [read-only]").arg(name);
    // "[*]" is where Qt shows the modified marker; setWindowModified() drives it.
    setWindowTitle(tr("%1[*] — Journey Studio").arg(name));
    setWindowModified(mDocument->isModified());
}

void MainWindow::updateActions()
{
    const bool open = mDocument != nullptr;
    mSaveAction->setEnabled(open && !mDocument->isReadOnly());
    mSaveAsAction->setEnabled(open);
    mCloseAction->setEnabled(open);
    for (QAction *output : {mExportAction, mPrintAction, mPrintPreviewAction})
        output->setEnabled(open);
    for (QAction *zoom : {mZoomInAction, mZoomOutAction, mZoomFitAction, mZoomResetAction})
        zoom->setEnabled(open);
    for (QAction *find : {mFindAction, mFindNextAction, mFindPreviousAction})
        find->setEnabled(open);
    mImportSurveyAction->setEnabled(open && !mDocument->isReadOnly());
    mAddJourneyAction->setEnabled(open && !mDocument->isReadOnly());
    mExportDataAction->setEnabled(open);
    mImportDataAction->setEnabled(open && !mDocument->isReadOnly());
    mPresentation->presentAction()->setEnabled(open);
}

void MainWindow::importSurvey(const QString &path)
{
    if (!mDocument || !mInteractive)
        return;
    if (SurveyImportWizard::run(mDocument.get(), mCanvas->currentJourney(), path, this)) {
        // Show what was imported.
        mMetricsDock->show();
        mMetricsDock->raise();
    }
}

void MainWindow::updateCounts()
{
    if (!mDocument) {
        mCountsLabel->clear();
        return;
    }
    const Project &project = mDocument->project();
    const QLocale locale;
    mCountsLabel->setText(tr("Journeys: %1   Stages: %2   Touchpoints: %3")
                                  .arg(locale.toString(project.count(EntityKind::Journey)),
                                       locale.toString(project.count(EntityKind::Stage)),
                                       locale.toString(project.count(EntityKind::Touchpoint))));
}

} // namespace cjm
