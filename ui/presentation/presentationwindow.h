// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/entityref.h"
#include "presentationsteps.h"
#include "render/maplayout.h"
#include "render/mappainter.h"

#include <QPointer>
#include <QVariantAnimation>
#include <QWidget>

#include <memory>

class QLineEdit;
class QScreen;

namespace cjm {

class Document;
class PresenterView;
struct ChangeEvent;

/**
 * Workshop presentation of one journey map, full screen on a chosen screen.
 *
 * It starts with the whole journey, then goes stage by stage with a smooth
 * zoom: Right / PageDown / Space / Down go on, Left / PageUp / Backspace / Up
 * go back (what presentation clickers send), Home and End jump to the
 * overview and the last stage, 1–9 to a stage, B or "." blacks the screen
 * out, Esc leaves. The current stage is at full strength and the rest dimmed;
 * lane titles stay pinned on the left.
 *
 * Capture while presenting: Tab / Shift+Tab focus the cards of the stage; V
 * (or +) casts a vote on the focused pain point or opportunity and Shift+V (or
 * −) takes one back; I opens a line to write down what the room says, added
 * as an insight to the focused touchpoint; a click enlarges a card with its
 * pain points, metrics and insights. Every capture is one undo step on the
 * Document, like any other edit.
 *
 * Draws with the same MapLayout and MapPainter as the canvas and exports, in
 * the presentation style and theme (large type, high contrast, colour-blind
 * safe colours), so it is sharp at any resolution.
 */
class PresentationWindow : public QWidget
{
    Q_OBJECT

public:
    /// Presents journey `journeyId` of `document` (not owned; must outlive this).
    PresentationWindow(Document *document, const QUuid &journeyId, QWidget *parent = nullptr);
    ~PresentationWindow() override;

    /**
     * Shows the presentation full screen on `screen` (the primary one if null) at the
     * overview, with the presenter view on another screen if there is one.
     */
    void start(QScreen *screen);

    int step() const { return mStep; }
    const PresentationSteps &steps() const { return mSteps; }
    /// The stage shown; null at the overview.
    QUuid currentStage() const { return mSteps.stageAt(mStep); }
    /// Goes to step `step` (kept within range), zooming smoothly.
    void goTo(int step);
    void next() { goTo(mStep + 1); }
    void previous() { goTo(mStep - 1); }

    bool isBlackedOut() const { return mBlackedOut; }
    void setBlackedOut(bool blackedOut);

    /// The card the next vote or insight goes to; kind ProjectInfo (none) if no card.
    const EntityRef &focusedCard() const { return mFocus; }
    void setFocusedCard(const EntityRef &card);
    /// The card shown enlarged; none if no card is.
    const EntityRef &enlargedCard() const { return mEnlarged; }
    void setEnlargedCard(const EntityRef &card);

    /// Opens the line to capture an insight for the focused touchpoint.
    void beginInsight();
    /// The insight line, for tests; hidden when not capturing.
    QLineEdit *insightLine() const { return mInsightLine; }

    /// Duration of the zoom between steps, in ms (0: jump).
    void setAnimationDuration(int ms) { mAnimation.setDuration(ms); }
    /// The part of the map on screen now (map coordinates).
    const QRectF &viewRect() const { return mViewRect; }
    const MapLayout &layout() const { return mLayout; }
    Document *document() const { return mDocument; }
    /// The painter of the presentation (non-const: it caches icons while painting).
    MapPainter &mapPainter() const { return mPainter; }
    const QUuid &journeyId() const { return mJourneyId; }

    /// Shows or hides the presenter view (shown by start() when there is a second screen).
    void setPresenterViewVisible(bool visible);
    PresenterView *presenterView() const;

    /// The screen a presentation used last time (remembered), or the primary screen.
    static QScreen *rememberedScreen();
    static void rememberScreen(QScreen *screen);

    /// The lanes a presentation shows: the journey's visible lanes that tell its story.
    static QVector<Lane> storyLanes(const Project &project, const QUuid &journeyId);

Q_SIGNALS:
    void stepChanged(int step);
    /// The presentation was left (Esc, closed).
    void finished();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void onDocumentChanged(const ChangeEvent &event);
    void rebuild();
    /// The map-to-widget transform that shows `mapRect` whole, centred.
    QTransform transformFor(const QRectF &mapRect) const;
    void paintSpotlight(QPainter *p) const;
    void paintPinnedLaneTitles(QPainter *p) const;
    void paintFocus(QPainter *p) const;
    void paintCloseUp(QPainter *p) const;
    void paintFooter(QPainter *p) const;
    /// The cards Tab steps through: the current stage's (all at the overview), left to right.
    QVector<EntityRef> focusableCards() const;
    void moveFocus(int delta);
    void vote(int delta);
    void commitInsight();
    /// The touchpoint an insight goes to: the focused one, or the focused card's.
    QUuid insightTouchpoint() const;
    bool handleCaptureKey(QKeyEvent *event);
    bool handleNavigationKey(QKeyEvent *event);

    QPointer<Document> mDocument;
    QUuid mJourneyId;
    MapLayout mLayout;
    mutable MapPainter mPainter;
    PresentationSteps mSteps;
    int mStep = 0;
    QRectF mViewRect;
    QVariantAnimation mAnimation;
    bool mBlackedOut = false;
    EntityRef mFocus;
    EntityRef mEnlarged;
    QLineEdit *mInsightLine;
    QPointer<PresenterView> mPresenter;
};

} // namespace cjm
