// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QTimer>
#include <QWidget>

class QLabel;
class QPlainTextEdit;

namespace cjm {

class PresentationWindow;

/**
 * The facilitator's screen while presenting on another one: the current and
 * the next stage as the room sees them, the current stage's facilitator notes
 * (Stage.notes) and the time since the presentation started. Follows the
 * presentation window; keys pressed here steer it too.
 */
class PresenterView : public QWidget
{
    Q_OBJECT

public:
    explicit PresenterView(PresentationWindow *presentation, QWidget *parent = nullptr);

    /// The elapsed time as shown ("12:05"), for tests.
    QString timerText() const;
    /// The notes shown, for tests.
    QString notesText() const;
    /// The titles shown ("Now: …", "Next: …").
    QString currentTitle() const;
    QString nextTitle() const;

protected:
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void sync();
    void tick();
    /// Paints the part of the map of `step` into `target` (widget coordinates).
    void paintStep(QPainter *painter, int step, const QRectF &target) const;
    QRectF currentArea() const;
    QRectF nextArea() const;

    PresentationWindow *mPresentation;
    QLabel *mCurrent;
    QLabel *mNext;
    QLabel *mTimer;
    QPlainTextEdit *mNotes;
    QElapsedTimer mClock;
    QTimer mTicker;
};

} // namespace cjm
