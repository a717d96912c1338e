// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

#include <memory>

class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class QToolBar;
class QUndoGroup;
class QUndoView;

namespace cjm {

class Document;
class FindBar;
class PaletteDock;
class InspectorDock;
class JourneyCanvas;
class MetricsDock;
class PresentationLauncher;
class LanesDock;
class PersonasDock;
class ProjectOutline;
class RecentFilesMenu;
struct ChangeEvent;

/**
 * The application's window: owns the open Document (at most one) and shows it
 * — the journey map canvas in the middle, the project outline and the undo history in docks, counts
 * in the status bar. It runs the file commands (new, open, save, close) with their questions
 * (unsaved changes, recovery, files in use) and opens .cjm files dropped on it.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// The open document, or nullptr.
    Document *document() const { return mDocument.get(); }

    /**
     * Interactive (the default) asks the user and shows errors in message
     * boxes. Non-interactive (tests, --screenshot) never shows a dialog: errors
     * only go to lastError(), unsaved changes are never thrown away (the
     * action is refused) and the window layout is not remembered.
     */
    void setInteractive(bool interactive) { mInteractive = interactive; }
    bool isInteractive() const { return mInteractive; }
    /// The message of the last failed file operation, or empty.
    const QString &lastError() const { return mLastError; }

    /// Restores size, position and dock layout from the last session (the default
    /// layout on the first start).
    void restoreWindowState();
    /// The dock layout of a first start: readable outline and palette, the map the rest.
    void applyDefaultLayout();

    ProjectOutline *outline() const { return mOutline; }
    /// The central journey-map canvas.
    JourneyCanvas *canvas() const { return mCanvas; }
    /// The docks that edit the selection, the personas and the lanes, and the find bar.
    InspectorDock *inspector() const { return mInspector; }
    PersonasDock *personasDock() const { return mPersonasDock; }
    LanesDock *lanesDock() const { return mLanesDock; }
    FindBar *findBar() const { return mFindBar; }

public Q_SLOTS:
    /// Opens the project file `path` (after asking about unsaved changes); true if it opened.
    bool openFile(const QString &path);
    /// Asks for a file to open.
    void openWithDialog();
    /// Starts a new, untitled project.
    bool newProject();
    /// Saves to the project's file (asks for one if it has none); true if saved.
    bool save();
    /// Asks for a file name and saves there; true if saved.
    bool saveAs();
    /// Closes the project (after asking about unsaved changes); true if closed.
    bool closeProject();
    /// Offers to recover the work of sessions that ended unexpectedly; true if one was recovered.
    bool offerRecovery();
    /// Shows the preferences (language, map theme).
    void showPreferences();
    /// File › Export…: the current journey's map as PDF, SVG or PNG.
    void exportMap();
    /// File › Print…: prints the current journey's map.
    void printMap();
    /// File › Print Preview…: previews the printed map.
    void printPreview();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createViewActions();
    void createMenus();
    void createDocks();
    void createEditorDocks();
    void createEditorActions();
    void createStatusBar();
    /// Cut, Copy, Paste and Edit Title of the map, in the Edit menu.
    void addMapEditActions(QMenu *edit);
    void createToolBar();
    /// Adds an empty journey (every lane) and shows it.
    void addJourney();

    void setDocument(std::unique_ptr<Document> document, const QString &notice = QString());
    void onDocumentChanged(const ChangeEvent &event);
    /// Asks to save unsaved changes; false when the user cancels (or can't be asked).
    bool maybeSave();
    bool saveTo(const QString &path);
    void showError(const QString &title, const QString &message);

    void updateTitle();
    void updateActions();
    void updateCounts();
    void writeWindowState();

    /// Runs the survey import wizard on `path` (empty: the user picks a file).
    void importSurvey(const QString &path = QString());

    std::unique_ptr<Document> mDocument;
    MetricsDock *mMetricsDock = nullptr;
    QAction *mImportSurveyAction = nullptr;
    bool mInteractive = true;
    QString mLastError;

    QUndoGroup *mUndoGroup;
    JourneyCanvas *mCanvas;
    PresentationLauncher *mPresentation = nullptr;
    QAction *mAddJourneyAction = nullptr;
    QAction *mExportDataAction = nullptr;
    QAction *mImportDataAction = nullptr;
    ProjectOutline *mOutline = nullptr;
    QUndoView *mUndoView = nullptr;
    QDockWidget *mOutlineDock = nullptr;
    QDockWidget *mUndoDock = nullptr;
    PaletteDock *mPaletteDock = nullptr;
    RecentFilesMenu *mRecentMenu = nullptr;
    QLabel *mReadOnlyLabel = nullptr;
    QLabel *mCountsLabel = nullptr;

    QAction *mNewAction = nullptr;
    QAction *mOpenAction = nullptr;
    QAction *mSaveAction = nullptr;
    QAction *mSaveAsAction = nullptr;
    QAction *mCloseAction = nullptr;
    QAction *mQuitAction = nullptr;
    QAction *mExportAction = nullptr;
    QAction *mPrintAction = nullptr;
    QAction *mPrintPreviewAction = nullptr;
    QAction *mUndoAction = nullptr;
    QAction *mRedoAction = nullptr;
    QAction *mZoomInAction = nullptr;
    QAction *mZoomOutAction = nullptr;
    QAction *mZoomFitAction = nullptr;
    QAction *mZoomResetAction = nullptr;

    InspectorDock *mInspector = nullptr;
    PersonasDock *mPersonasDock = nullptr;
    LanesDock *mLanesDock = nullptr;
    FindBar *mFindBar = nullptr;
    QToolBar *mFindToolBar = nullptr;
    QAction *mFindAction = nullptr;
    QAction *mFindNextAction = nullptr;
    QAction *mFindPreviousAction = nullptr;
    QAction *mPreferencesAction = nullptr;
};

} // namespace cjm
