// SPDX-License-Identifier: GPL-3.0-or-later
#include "emotionbadge.h"

#include "model/labels.h"
#include "model/enums.h"

#include <QPainter>
#include <QPixmap>

namespace cjm {

QColor EmotionBadge::color(int emotion)
{
    // A diverging palette that stays distinct for colour-blind readers (red/grey/teal-green).
    switch (qBound(kEmotionMin, emotion, kEmotionMax)) {
    case -2:
        return QColor(0xc6, 0x28, 0x28);
    case -1:
        return QColor(0xef, 0x8a, 0x62);
    case 1:
        return QColor(0x66, 0xbd, 0x8f);
    case 2:
        return QColor(0x1b, 0x7f, 0x4f);
    default:
        return QColor(0x9e, 0x9e, 0x9e);
    }
}

QIcon EmotionBadge::icon(int emotion, int size)
{
    QIcon icon;
    // Draw at 1x and 2x so the badge stays crisp on high-DPI screens.
    for (const qreal ratio : {1.0, 2.0}) {
        QPixmap pixmap(qRound(size * ratio), qRound(size * ratio));
        pixmap.setDevicePixelRatio(ratio);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(color(emotion));
        const QRectF box(0.5, 0.5, size - 1.0, size - 1.0);
        painter.drawRoundedRect(box, size / 4.0, size / 4.0);
        QFont font = painter.font();
        font.setPixelSize(qMax(8, size * 11 / 20));
        font.setBold(true);
        painter.setFont(font);
        painter.setPen(Qt::white);
        painter.drawText(box, Qt::AlignCenter, Labels::emotionValue(emotion));
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace cjm
