// SPDX-License-Identifier: GPL-3.0-or-later
#include "presentationlauncher.h"

#include "document/document.h"
#include "presentationwindow.h"

#include <QAction>
#include <QActionGroup>
#include <QGuiApplication>
#include <QMenu>
#include <QScreen>
#include <QWidget>

namespace cjm {

PresentationLauncher::PresentationLauncher(QWidget *editor, Source source)
    : QObject(editor),
      mEditor(editor),
      mSource(std::move(source)),
      mPresent(new QAction(tr("&Present"), this)),
      mScreens(new QMenu(tr("Present &On"), editor))
{
    mPresent->setShortcut(QKeySequence(Qt::Key_F5));
    mPresent->setStatusTip(tr("Show the journey full screen, stage by stage, for a workshop"));
    connect(mPresent, &QAction::triggered, this, &PresentationLauncher::present);
    // Screens come and go (a projector is plugged in): list them when the menu opens.
    connect(mScreens, &QMenu::aboutToShow, this, &PresentationLauncher::fillScreenMenu);
}

PresentationLauncher::~PresentationLauncher()
{
    delete mWindow;
}

PresentationWindow *PresentationLauncher::presentation() const
{
    return mWindow;
}

void PresentationLauncher::present()
{
    const auto [document, journeyId] = mSource();
    if (!document || journeyId.isNull() || mWindow)
        return;
    mWindow = new PresentationWindow(document, journeyId);
    mWindow->setAttribute(Qt::WA_DeleteOnClose);
    connect(mWindow, &PresentationWindow::finished, this, &PresentationLauncher::finish);
    // The document may close under a running presentation (e.g. the app quits).
    connect(document, &QObject::destroyed, mWindow, &QWidget::close);
    mWindow->start(PresentationWindow::rememberedScreen());
}

void PresentationLauncher::fillScreenMenu()
{
    mScreens->clear();
    auto *group = new QActionGroup(mScreens);
    const QScreen *current = PresentationWindow::rememberedScreen();
    const QList<QScreen *> screens = QGuiApplication::screens();
    for (QScreen *screen : screens) {
        const QRect g = screen->geometry();
        QAction *action = mScreens->addAction(
                tr("%1 (%2 × %3)").arg(screen->name()).arg(g.width()).arg(g.height()));
        action->setCheckable(true);
        action->setChecked(screen == current);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, screen] {
            PresentationWindow::rememberScreen(screen);
            present();
        });
    }
}

void PresentationLauncher::finish()
{
    if (mEditor)
        mEditor->activateWindow();
}

} // namespace cjm
