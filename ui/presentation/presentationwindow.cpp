// SPDX-License-Identifier: GPL-3.0-or-later
#include "presentationwindow.h"

#include "cardcloseup.h"
#include "document/commands/addinsight.h"
#include "document/commands/castvote.h"
#include "document/document.h"
#include "presenterview.h"

#include <QAbstractTextDocumentLayout>
#include <QCloseEvent>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPainter>
#include <QPainterPath>
#include <QScreen>
#include <QSettings>
#include <QTextDocument>

#include <algorithm>

namespace cjm {

namespace {

/// Room around the map on screen, in pixels.
constexpr qreal kScreenMargin = 24.0;
/// The zoom between steps: long enough to follow, short enough not to wait for.
constexpr int kZoomMs = 450;
const QString kScreenKey = QStringLiteral("presentation/screen");

bool isCard(const LayoutElement &e)
{
    return e.role == ElementRole::Card
            && (e.kind == EntityKind::Touchpoint || e.kind == EntityKind::PainPoint
                || e.kind == EntityKind::Opportunity || e.kind == EntityKind::Insight);
}

} // namespace

PresentationWindow::PresentationWindow(Document *document, const QUuid &journeyId, QWidget *parent)
    : QWidget(parent, Qt::Window),
      mDocument(document),
      mJourneyId(journeyId),
      mPainter(MapTheme::presentation()),
      mSteps(&mLayout),
      mInsightLine(new QLineEdit(this))
{
    setWindowTitle(tr("Presentation"));
    setAttribute(Qt::WA_OpaquePaintEvent);
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(false);
    mAnimation.setDuration(kZoomMs);
    mAnimation.setEasingCurve(QEasingCurve::InOutCubic);
    connect(&mAnimation, &QVariantAnimation::valueChanged, this, [this](const QVariant &value) {
        mViewRect = value.toRectF();
        update();
    });

    QFont lineFont = font();
    lineFont.setPixelSize(26);
    mInsightLine->setFont(lineFont);
    mInsightLine->hide();
    mInsightLine->installEventFilter(this);

    if (mDocument)
        connect(mDocument, &Document::changed, this, &PresentationWindow::onDocumentChanged);
    rebuild();
    mViewRect = mSteps.rectOf(0);
}

PresentationWindow::~PresentationWindow()
{
    delete mPresenter;
}

void PresentationWindow::start(QScreen *screen)
{
    if (!screen)
        screen = QGuiApplication::primaryScreen();
    rememberScreen(screen);
    goTo(0);
    mViewRect = mSteps.rectOf(0);
    setGeometry(screen->geometry());
    showFullScreen();
    activateWindow();
    setFocus();
    // A second screen is the facilitator's: notes, what comes next and the time.
    if (QGuiApplication::screens().size() > 1)
        setPresenterViewVisible(true);
}

void PresentationWindow::goTo(int step)
{
    step = mSteps.bounded(step);
    const bool changed = step != mStep;
    mStep = step;
    if (changed) {
        // Focus and close-up belong to the stage they were on.
        mFocus = EntityRef();
        mEnlarged = EntityRef();
    }
    const QRectF target = mSteps.rectOf(mStep);
    mAnimation.stop();
    if (mAnimation.duration() > 0 && isVisible() && mViewRect.isValid()) {
        mAnimation.setStartValue(mViewRect);
        mAnimation.setEndValue(target);
        mAnimation.start();
    } else {
        mViewRect = target;
    }
    update();
    if (changed)
        Q_EMIT stepChanged(mStep);
}

void PresentationWindow::setBlackedOut(bool blackedOut)
{
    mBlackedOut = blackedOut;
    update();
}

void PresentationWindow::setFocusedCard(const EntityRef &card)
{
    mFocus = card;
    update();
}

void PresentationWindow::setEnlargedCard(const EntityRef &card)
{
    mEnlarged = card;
    update();
}

void PresentationWindow::setPresenterViewVisible(bool visible)
{
    if (!visible) {
        if (mPresenter)
            mPresenter->hide();
        return;
    }
    if (!mPresenter)
        mPresenter = new PresenterView(this);
    // On a screen other than the presentation's, when there is one.
    const QList<QScreen *> screens = QGuiApplication::screens();
    for (QScreen *screen : screens) {
        if (screen != this->screen()) {
            mPresenter->setGeometry(screen->availableGeometry());
            break;
        }
    }
    mPresenter->show();
}

PresenterView *PresentationWindow::presenterView() const
{
    return mPresenter;
}

QScreen *PresentationWindow::rememberedScreen()
{
    const QString name = QSettings().value(kScreenKey).toString();
    const QList<QScreen *> screens = QGuiApplication::screens();
    for (QScreen *screen : screens) {
        if (screen->name() == name)
            return screen;
    }
    return QGuiApplication::primaryScreen();
}

void PresentationWindow::rememberScreen(QScreen *screen)
{
    if (screen)
        QSettings().setValue(kScreenKey, screen->name());
}

void PresentationWindow::onDocumentChanged(const ChangeEvent &event)
{
    QRectF dirty;
    if (mDocument && mLayout.update(mDocument->project(), event, &dirty)) {
        update();
        return;
    }
    rebuild();
    mStep = mSteps.bounded(mStep);
    mAnimation.stop();
    mViewRect = mSteps.rectOf(mStep);
    update();
}

QVector<Lane> PresentationWindow::storyLanes(const Project &project, const QUuid &journeyId)
{
    // What a room follows from the back: the stages, the touchpoints, how customers feel,
    // what hurts, what to do about it, the figures and the evidence. Channels, actions,
    // thoughts, backstage and notes stay on the canvas and in the close-up.
    QVector<Lane> lanes;
    for (const Lane &lane : MapLayout::visibleLanes(project, journeyId)) {
        switch (lane.kind) {
        case LaneKind::StageHeaders:
        case LaneKind::Touchpoints:
        case LaneKind::Emotion:
        case LaneKind::PainPoints:
        case LaneKind::Opportunities:
        case LaneKind::Metrics:
        case LaneKind::Insights:
            lanes.append(lane);
            break;
        default:
            break;
        }
    }
    return lanes;
}

void PresentationWindow::rebuild()
{
    if (mDocument && mDocument->project().journeys().contains(mJourneyId)) {
        mLayout.build(mDocument->project(), mJourneyId, MapStyle::presentation(),
                      storyLanes(mDocument->project(), mJourneyId));
    } else
        mLayout = MapLayout();
    // A card removed meanwhile can't keep the focus.
    if (!mFocus.isNull() && mLayout.rectOf(mFocus.kind, mFocus.id).isNull())
        mFocus = EntityRef();
    if (!mEnlarged.isNull() && mLayout.rectOf(mEnlarged.kind, mEnlarged.id).isNull())
        mEnlarged = EntityRef();
}

QTransform PresentationWindow::transformFor(const QRectF &mapRect) const
{
    const QRectF area = QRectF(rect()).adjusted(kScreenMargin, kScreenMargin, -kScreenMargin,
                                                -2 * kScreenMargin);
    if (mapRect.isEmpty() || area.isEmpty())
        return {};
    const qreal scale = std::min(area.width() / mapRect.width(), area.height() / mapRect.height());
    const QPointF offset(area.center().x() - mapRect.center().x() * scale,
                         area.center().y() - mapRect.center().y() * scale);
    return QTransform::fromTranslate(offset.x(), offset.y()).scale(scale, scale);
}

void PresentationWindow::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    if (mBlackedOut) {
        p.fillRect(rect(), Qt::black);
        return;
    }
    p.fillRect(rect(), mPainter.theme().background);
    if (!mDocument || mLayout.elements().isEmpty()) {
        p.setPen(mPainter.theme().text);
        p.drawText(rect(), Qt::AlignCenter, tr("This journey has nothing to show yet."));
        return;
    }
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    p.save();
    const QTransform transform = transformFor(mViewRect);
    p.setTransform(transform);
    const QRectF visible = transform.inverted().mapRect(QRectF(rect()));
    mPainter.paint(&p, mLayout, mDocument->project(), visible);
    paintSpotlight(&p);
    paintPinnedLaneTitles(&p);
    paintFocus(&p);
    p.restore();
    paintFooter(&p);
    paintCloseUp(&p);
}

void PresentationWindow::paintSpotlight(QPainter *p) const
{
    const QRectF stage = mSteps.stageRect(mStep);
    if (stage.isEmpty())
        return;
    // The rest of the journey stays in view, faint: the room keeps its bearings.
    QPainterPath rest;
    rest.addRect(QRectF(QPointF(0, 0), mLayout.size()));
    QPainterPath spot;
    spot.addRect(stage);
    QColor veil = mPainter.theme().background;
    veil.setAlpha(200);
    p->fillPath(rest.subtracted(spot), veil);
}

void PresentationWindow::paintPinnedLaneTitles(QPainter *p) const
{
    if (mStep == 0)
        return;
    // The lane titles of the left column, drawn at the left edge of the screen (or where
    // they are, when the map starts further right).
    const qreal width = mLayout.style().laneHeaderWidth;
    const QRectF column(0, 0, width, mLayout.size().height());
    const qreal screenLeft = transformFor(mViewRect).inverted().map(QPointF(0, 0)).x();
    p->save();
    p->translate(std::max(0.0, screenLeft), 0);
    p->fillRect(column, mPainter.theme().background);
    p->setClipRect(column);
    mPainter.paint(p, mLayout, mDocument->project(), column.adjusted(0, 0, -1, 0));
    p->restore();
}

void PresentationWindow::paintFocus(QPainter *p) const
{
    if (mFocus.isNull())
        return;
    const QRectF card = mLayout.rectOf(mFocus.kind, mFocus.id);
    if (card.isNull())
        return;
    QPen pen(mPainter.theme().momentOfTruth, 5.0);
    pen.setCosmetic(true);
    p->setPen(pen);
    p->setBrush(Qt::NoBrush);
    p->drawRoundedRect(card.adjusted(-4, -4, 4, 4), 8, 8);
}

void PresentationWindow::paintCloseUp(QPainter *p) const
{
    if (mEnlarged.isNull() || !mDocument)
        return;
    const QString html = CardCloseUp::html(mDocument->project(), mEnlarged);
    if (html.isEmpty())
        return;
    QColor veil(0, 0, 0);
    veil.setAlpha(120);
    p->fillRect(rect(), veil);
    const qreal width = std::min(rect().width() * 0.7, 1400.0);
    QTextDocument text;
    QFont font = this->font();
    font.setPixelSize(qMax(18, int(height() / 40)));
    text.setDefaultFont(font);
    text.setDefaultStyleSheet(QStringLiteral("h1 { font-size: x-large; } li { margin: 4px; }"));
    text.setHtml(html);
    text.setTextWidth(width - 64);
    const qreal panelHeight = std::min(text.size().height() + 64, rect().height() * 0.9);
    const QRectF panel(rect().center().x() - width / 2, rect().center().y() - panelHeight / 2,
                       width, panelHeight);
    p->setPen(QPen(mPainter.theme().cardBorder, 3));
    p->setBrush(mPainter.theme().cardBackground);
    p->drawRoundedRect(panel, 12, 12);
    p->save();
    p->translate(panel.topLeft() + QPointF(32, 32));
    p->setClipRect(QRectF(0, 0, width - 64, panelHeight - 64));
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette.setColor(QPalette::Text, mPainter.theme().text);
    text.documentLayout()->draw(p, context);
    p->restore();
}

void PresentationWindow::paintFooter(QPainter *p) const
{
    const Stage *stage = mDocument ? mDocument->project().stages().find(currentStage()) : nullptr;
    const QString where = stage
            ? tr("Stage %1 of %2 · %3").arg(mStep).arg(mSteps.last()).arg(stage->name)
            : tr("Whole journey · %1 stages").arg(mSteps.last());
    QFont font = this->font();
    font.setPixelSize(qMax(14, int(height() / 60)));
    p->setFont(font);
    p->setPen(mPainter.theme().mutedText);
    p->drawText(QRectF(rect()).adjusted(kScreenMargin, 0, -kScreenMargin, -8),
                Qt::AlignRight | Qt::AlignBottom, where);
}

QVector<EntityRef> PresentationWindow::focusableCards() const
{
    const QUuid stage = currentStage();
    QVector<const LayoutElement *> cards;
    for (const LayoutElement &e : mLayout.elements()) {
        if (isCard(e) && (stage.isNull() || e.stageId == stage))
            cards.append(&e);
    }
    // Reading order on the map: column by column, top to bottom.
    std::stable_sort(cards.begin(), cards.end(),
                     [](const LayoutElement *a, const LayoutElement *b) {
                         if (!qFuzzyCompare(a->rect.left(), b->rect.left()))
                             return a->rect.left() < b->rect.left();
                         return a->rect.top() < b->rect.top();
                     });
    QVector<EntityRef> refs;
    for (const LayoutElement *e : std::as_const(cards))
        refs.append({e->kind, e->id});
    return refs;
}

void PresentationWindow::moveFocus(int delta)
{
    const QVector<EntityRef> cards = focusableCards();
    if (cards.isEmpty())
        return;
    const int at = int(cards.indexOf(mFocus));
    int next = at < 0 ? (delta > 0 ? 0 : int(cards.size()) - 1)
                      : (at + delta + int(cards.size())) % int(cards.size());
    setFocusedCard(cards.at(next));
    if (!mEnlarged.isNull())
        setEnlargedCard(mFocus);
}

void PresentationWindow::vote(int delta)
{
    if (!mDocument || !CastVote::takesVotes(mFocus.kind))
        return;
    mDocument->push(new CastVote(mDocument, mFocus.kind, mFocus.id, delta));
}

QUuid PresentationWindow::insightTouchpoint() const
{
    if (!mDocument)
        return {};
    const Project &project = mDocument->project();
    switch (mFocus.kind) {
    case EntityKind::Touchpoint:
        return mFocus.id;
    case EntityKind::PainPoint:
        if (const PainPoint *pp = project.painPoints().find(mFocus.id))
            return pp->touchpointId;
        break;
    case EntityKind::Opportunity:
        if (const Opportunity *op = project.opportunities().find(mFocus.id))
            return op->touchpointId;
        break;
    case EntityKind::Insight:
        if (const Insight *in = project.insights().find(mFocus.id))
            return in->touchpointId;
        break;
    default:
        break;
    }
    return {};
}

void PresentationWindow::beginInsight()
{
    const QUuid touchpoint = insightTouchpoint();
    const Touchpoint *tp
            = mDocument ? mDocument->project().touchpoints().find(touchpoint) : nullptr;
    const Stage *stage = mDocument ? mDocument->project().stages().find(currentStage()) : nullptr;
    if (!tp && !stage)
        return; // the overview with no card focused: nowhere to put it
    mInsightLine->setPlaceholderText(
            tp ? tr("What did the room say? Enter adds it to “%1”, Esc cancels.").arg(tp->title)
               : tr("What did the room say? Enter adds it to the stage “%1”, Esc cancels.")
                            .arg(stage->name));
    mInsightLine->clear();
    const int h = mInsightLine->sizeHint().height() + 16;
    mInsightLine->setGeometry(int(kScreenMargin), height() - h - int(2 * kScreenMargin),
                              width() - int(2 * kScreenMargin), h);
    mInsightLine->show();
    mInsightLine->setFocus();
}

void PresentationWindow::commitInsight()
{
    const QString text = mInsightLine->text().trimmed();
    mInsightLine->hide();
    setFocus();
    if (text.isEmpty() || !mDocument)
        return;
    Insight insight;
    insight.kind = InsightKind::Observation;
    insight.source = InsightSource::Other;
    insight.sourceDetail = tr("Workshop");
    insight.date = QDate::currentDate();
    insight.text = text;
    if (const Touchpoint *tp = mDocument->project().touchpoints().find(insightTouchpoint())) {
        insight.stageId = tp->stageId;
        insight.touchpointId = tp->id;
    } else {
        insight.stageId = currentStage();
    }
    mDocument->push(new AddInsight(mDocument, insight));
}

bool PresentationWindow::eventFilter(QObject *watched, QEvent *event)
{
    // On the insight line, Enter adds and Esc cancels the capture; neither may reach the
    // presentation (QLineEdit passes Enter on to its parent, which would go to the next stage).
    if (watched == mInsightLine && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            commitInsight();
            return true;
        }
        if (key == Qt::Key_Escape) {
            mInsightLine->hide();
            setFocus();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void PresentationWindow::keyPressEvent(QKeyEvent *event)
{
    if (handleCaptureKey(event) || handleNavigationKey(event))
        return;
    QWidget::keyPressEvent(event);
}

bool PresentationWindow::handleCaptureKey(QKeyEvent *event)
{
    const bool shift = event->modifiers() & Qt::ShiftModifier;
    switch (event->key()) {
    case Qt::Key_Tab:
        moveFocus(1);
        return true;
    case Qt::Key_Backtab:
        moveFocus(-1);
        return true;
    case Qt::Key_V:
        vote(shift ? -1 : 1);
        return true;
    case Qt::Key_Plus:
        vote(1);
        return true;
    case Qt::Key_Minus:
        vote(-1);
        return true;
    case Qt::Key_I:
        beginInsight();
        return true;
    case Qt::Key_Z:
        if (event->modifiers() & Qt::ControlModifier) {
            if (mDocument)
                shift ? mDocument->undoStack()->redo() : mDocument->undoStack()->undo();
            return true;
        }
        return false;
    default:
        return false;
    }
}

bool PresentationWindow::handleNavigationKey(QKeyEvent *event)
{
    const int key = event->key();
    switch (key) {
    case Qt::Key_Right:
    case Qt::Key_Down:
    case Qt::Key_PageDown:
    case Qt::Key_Space:
    case Qt::Key_Return:
    case Qt::Key_Enter:
        next();
        return true;
    case Qt::Key_Left:
    case Qt::Key_Up:
    case Qt::Key_PageUp:
    case Qt::Key_Backspace:
        previous();
        return true;
    case Qt::Key_Home:
        goTo(0);
        return true;
    case Qt::Key_End:
        goTo(mSteps.last());
        return true;
    case Qt::Key_B:
    case Qt::Key_Period:
        setBlackedOut(!mBlackedOut);
        return true;
    case Qt::Key_Escape:
        if (mBlackedOut)
            setBlackedOut(false);
        else if (!mEnlarged.isNull())
            setEnlargedCard(EntityRef());
        else
            close();
        return true;
    default:
        break;
    }
    if (key >= Qt::Key_0 && key <= Qt::Key_9) {
        goTo(key - Qt::Key_0);
        return true;
    }
    return false;
}

void PresentationWindow::mousePressEvent(QMouseEvent *event)
{
    if (mBlackedOut) {
        setBlackedOut(false);
        return;
    }
    if (!mEnlarged.isNull()) {
        setEnlargedCard(EntityRef());
        return;
    }
    const QPointF mapPos = transformFor(mViewRect).inverted().map(event->position());
    const LayoutElement *e = mLayout.elementAt(mapPos);
    if (e && isCard(*e)) {
        setFocusedCard({e->kind, e->id});
        setEnlargedCard(mFocus);
    }
}

void PresentationWindow::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (mInsightLine->isVisible()) {
        const int h = mInsightLine->height();
        mInsightLine->setGeometry(int(kScreenMargin), height() - h - int(2 * kScreenMargin),
                                  width() - int(2 * kScreenMargin), h);
    }
}

void PresentationWindow::closeEvent(QCloseEvent *event)
{
    mAnimation.stop();
    if (mPresenter)
        mPresenter->hide();
    event->accept();
    Q_EMIT finished();
}

} // namespace cjm
