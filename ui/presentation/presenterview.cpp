// SPDX-License-Identifier: GPL-3.0-or-later
#include "presenterview.h"

#include "document/document.h"
#include "presentationwindow.h"

#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QPlainTextEdit>

namespace cjm {

namespace {

/// Height of the two previews, as a share of the view's height.
constexpr qreal kPreviewShare = 0.45;

QFont sizedFont(const QFont &base, int pixelSize, bool bold)
{
    QFont font = base;
    font.setPixelSize(pixelSize);
    font.setBold(bold);
    return font;
}

} // namespace

PresenterView::PresenterView(PresentationWindow *presentation, QWidget *parent)
    : QWidget(parent, Qt::Window),
      mPresentation(presentation),
      mCurrent(new QLabel(this)),
      mNext(new QLabel(this)),
      mTimer(new QLabel(this)),
      mNotes(new QPlainTextEdit(this))
{
    setWindowTitle(tr("Presenter view"));
    mCurrent->setFont(sizedFont(font(), 22, true));
    mNext->setFont(sizedFont(font(), 18, false));
    mTimer->setFont(sizedFont(font(), 40, true));
    mTimer->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    mNotes->setReadOnly(true);
    mNotes->setFont(sizedFont(font(), 20, false));
    mNotes->setPlaceholderText(tr("No facilitator notes for this stage."));

    auto *grid = new QGridLayout(this);
    grid->setRowStretch(1, 1); // previews are painted in the space of row 1
    grid->addWidget(mCurrent, 0, 0);
    grid->addWidget(mNext, 0, 1);
    grid->setRowMinimumHeight(1, 200);
    grid->addWidget(mNotes, 2, 0);
    grid->addWidget(mTimer, 2, 1, Qt::AlignTop | Qt::AlignRight);
    grid->setRowStretch(2, 1);
    grid->setColumnStretch(0, 3);
    grid->setColumnStretch(1, 2);

    mClock.start();
    mTicker.setInterval(1000);
    connect(&mTicker, &QTimer::timeout, this, &PresenterView::tick);
    mTicker.start();
    connect(presentation, &PresentationWindow::stepChanged, this, &PresenterView::sync);
    if (Document *document = presentation->document())
        connect(document, &Document::changed, this, &PresenterView::sync);
    sync();
    tick();
}

QString PresenterView::timerText() const
{
    return mTimer->text();
}

QString PresenterView::notesText() const
{
    return mNotes->toPlainText();
}

QString PresenterView::currentTitle() const
{
    return mCurrent->text();
}

QString PresenterView::nextTitle() const
{
    return mNext->text();
}

void PresenterView::sync()
{
    const Document *document = mPresentation->document();
    if (!document)
        return;
    const Project &project = document->project();
    const PresentationSteps &steps = mPresentation->steps();
    const int step = mPresentation->step();
    const Stage *current = project.stages().find(steps.stageAt(step));
    const Stage *next = project.stages().find(steps.stageAt(step + 1));
    mCurrent->setText(current ? tr("Now: %1").arg(current->name) : tr("Now: the whole journey"));
    mNext->setText(next ? tr("Next: %1").arg(next->name) : tr("Next: end of the presentation"));
    mNotes->setPlainText(current ? current->notes : QString());
    update();
}

void PresenterView::tick()
{
    const qint64 seconds = mClock.elapsed() / 1000;
    mTimer->setText(QStringLiteral("%1:%2")
                            .arg(seconds / 60, 2, 10, QLatin1Char('0'))
                            .arg(seconds % 60, 2, 10, QLatin1Char('0')));
}

QRectF PresenterView::currentArea() const
{
    const qreal top = mCurrent->geometry().bottom() + 8;
    return QRectF(8, top, mCurrent->geometry().right() - 8, height() * kPreviewShare);
}

QRectF PresenterView::nextArea() const
{
    const qreal top = mNext->geometry().bottom() + 8;
    return QRectF(mNext->geometry().left(), top, mNext->geometry().width() - 8,
                  height() * kPreviewShare * 0.7);
}

void PresenterView::paintEvent(QPaintEvent *event)
{
    QWidget::paintEvent(event);
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const int step = mPresentation->step();
    paintStep(&p, step, currentArea());
    if (step < mPresentation->steps().last())
        paintStep(&p, step + 1, nextArea());
}

void PresenterView::paintStep(QPainter *painter, int step, const QRectF &target) const
{
    const Document *document = mPresentation->document();
    // The stage itself (the whole map at the overview), centred in its box.
    const PresentationSteps &steps = mPresentation->steps();
    const QRectF source = step == 0 ? steps.rectOf(0) : steps.stageRect(step);
    if (!document || source.isEmpty() || target.isEmpty())
        return;
    const qreal scale
            = std::min(target.width() / source.width(), target.height() / source.height());
    const QPointF origin(target.center().x() - source.width() * scale / 2,
                         target.center().y() - source.height() * scale / 2);
    painter->save();
    painter->setClipRect(target);
    painter->fillRect(target, mPresentation->mapPainter().theme().background);
    painter->translate(origin);
    painter->scale(scale, scale);
    painter->translate(-source.topLeft());
    mPresentation->mapPainter().paint(painter, mPresentation->layout(), document->project(),
                                      source);
    painter->restore();
    painter->setPen(QPen(palette().color(QPalette::Mid), 1));
    painter->drawRect(target);
}

void PresenterView::keyPressEvent(QKeyEvent *event)
{
    // The facilitator may steer from either screen.
    QCoreApplication::sendEvent(mPresentation, event);
}

} // namespace cjm
