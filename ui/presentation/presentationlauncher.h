// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QUuid>

#include <functional>

class QAction;
class QMenu;
class QWidget;

namespace cjm {

class Document;
class PresentationWindow;

/**
 * The main window's way into presentation mode: the "Present" action (F5), a
 * "Present On" menu of the screens (the choice is remembered), and the
 * presentation window's lifetime — the editor steps aside while presenting
 * and comes back when the presentation is left.
 */
class PresentationLauncher : public QObject
{
    Q_OBJECT

public:
    /// What to present: the open document and the journey on the canvas.
    using Source = std::function<std::pair<Document *, QUuid>()>;

    PresentationLauncher(QWidget *editor, Source source);
    ~PresentationLauncher() override;

    QAction *presentAction() const { return mPresent; }
    QMenu *screenMenu() const { return mScreens; }
    /// The running presentation, if any.
    PresentationWindow *presentation() const;

    /// Starts presenting the current journey on the remembered screen.
    void present();

private:
    void fillScreenMenu();
    void finish();

    QWidget *mEditor;
    Source mSource;
    QAction *mPresent;
    QMenu *mScreens;
    QPointer<PresentationWindow> mWindow;
};

} // namespace cjm
