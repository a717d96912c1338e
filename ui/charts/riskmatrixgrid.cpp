// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/riskmatrixgrid.h"

#include "analytics/riskassessment.h"

#include <QLocale>
#include <QPainter>

namespace cjm {

RiskMatrixGrid::RiskMatrixGrid(QWidget *parent) : QWidget(parent)
{
    setMinimumSize(320, 260);
}

void RiskMatrixGrid::setCounts(const Counts &counts, const MapTheme &theme)
{
    mCounts = counts;
    mTheme = theme;
    update();
}

int RiskMatrixGrid::count(int severity, int likelihood) const
{
    if (severity < 1 || severity > 5 || likelihood < 1 || likelihood > 5)
        return 0;
    return mCounts[severity - 1][likelihood - 1];
}

void RiskMatrixGrid::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(rect(), mTheme.background);
    const QFontMetrics metrics(font());
    const int line = metrics.height();
    // Room on the left for "Severity" and 1..5, below for the likelihood and the bands.
    const QRect grid = rect().adjusted(line * 3, line / 2, -line / 2, -line * 5);
    const qreal cellW = grid.width() / 5.0;
    const qreal cellH = grid.height() / 5.0;
    const QLocale locale = this->locale();
    QFont bold = font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.3);
    for (int severity = 1; severity <= 5; ++severity) {
        for (int likelihood = 1; likelihood <= 5; ++likelihood) {
            const QRectF cell(grid.left() + (likelihood - 1) * cellW,
                              grid.top() + (5 - severity) * cellH, cellW, cellH);
            const int score = RiskAssessment::score(severity, likelihood);
            const QColor fill = mTheme.riskColor(RiskAssessment::level(score));
            painter.setPen(QPen(mTheme.background, 2));
            painter.setBrush(fill);
            painter.drawRect(cell);
            const QColor ink = MapTheme::textOn(fill);
            painter.setPen(ink);
            painter.setFont(font());
            painter.drawText(cell.adjusted(4, 2, -4, -2), Qt::AlignTop | Qt::AlignLeft,
                             locale.toString(score));
            const int n = count(severity, likelihood);
            if (n > 0) {
                painter.setFont(bold);
                painter.drawText(cell, Qt::AlignCenter, locale.toString(n));
            }
        }
    }
    painter.setFont(font());
    painter.setPen(mTheme.text);
    for (int i = 1; i <= 5; ++i) {
        painter.drawText(
                QRectF(grid.left() - line * 1.2, grid.top() + (5 - i) * cellH, line, cellH),
                Qt::AlignCenter, locale.toString(i));
        painter.drawText(QRectF(grid.left() + (i - 1) * cellW, grid.bottom() + 2, cellW, line),
                         Qt::AlignCenter, locale.toString(i));
    }
    painter.drawText(QRectF(grid.left(), grid.bottom() + line + 2, grid.width(), line),
                     Qt::AlignCenter, tr("Likelihood →"));
    painter.save();
    painter.translate(grid.left() - line * 2.2, grid.center().y());
    painter.rotate(-90);
    painter.drawText(QRectF(-grid.height() / 2.0, -line / 2.0, grid.height(), line),
                     Qt::AlignCenter, tr("Severity →"));
    painter.restore();
    painter.setPen(mTheme.mutedText);
    painter.drawText(QRectF(0, grid.bottom() + line * 2 + 6, width(), line * 3),
                     Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap,
                     tr("Risk = severity × likelihood · low 1–4 · medium 5–9 · high 10–16 · "
                        "critical 17–25 · small number: score, large number: pain points"));
}

} // namespace cjm
