// SPDX-License-Identifier: GPL-3.0-or-later
#include "paletteitem.h"

#include "model/labels.h"
#include "render/mapicons.h"

#include <QMimeData>
#include <QPainter>
#include <QPixmap>

namespace cjm {

namespace {
constexpr int kIconSize = 32;
} // namespace

QVector<PaletteItem> PaletteItem::all()
{
    QVector<PaletteItem> items{PaletteItem(Kind::Stage)};
    for (int c = int(Channel::Web); c <= int(Channel::Other); ++c)
        items.append(PaletteItem(Kind::Touchpoint, Channel(c)));
    items << PaletteItem(Kind::PainPoint) << PaletteItem(Kind::Opportunity)
          << PaletteItem(Kind::Insight) << PaletteItem(Kind::TextLane);
    return items;
}

QString PaletteItem::mimeType()
{
    return QStringLiteral("application/x-journeystudio-palette-item");
}

std::optional<PaletteItem> PaletteItem::fromMimeData(const QMimeData *mime)
{
    if (!mime || !mime->hasFormat(mimeType()))
        return std::nullopt;
    // "kind channel", both as numbers.
    const QList<QByteArray> parts = mime->data(mimeType()).split(' ');
    bool kindOk = false;
    bool channelOk = false;
    const int kind = parts.value(0).toInt(&kindOk);
    const int channel = parts.value(1).toInt(&channelOk);
    if (!kindOk || !channelOk || kind < int(Kind::Stage) || kind > int(Kind::TextLane)
        || channel < int(Channel::Web) || channel > int(Channel::Other))
        return std::nullopt;
    return PaletteItem(Kind(kind), Channel(channel));
}

QMimeData *PaletteItem::toMimeData() const
{
    auto *mime = new QMimeData;
    mime->setData(mimeType(),
                  QByteArray::number(int(mKind)) + ' ' + QByteArray::number(int(mChannel)));
    return mime;
}

QString PaletteItem::label() const
{
    switch (mKind) {
    case Kind::Stage:
        return tr("Stage");
    case Kind::Touchpoint:
        return tr("Touchpoint: %1").arg(Labels::channelName(mChannel));
    case Kind::PainPoint:
        return tr("Pain point");
    case Kind::Opportunity:
        return tr("Opportunity");
    case Kind::Insight:
        return tr("Insight");
    case Kind::TextLane:
        return tr("Text lane");
    }
    return QString();
}

QString PaletteItem::newTitle() const
{
    switch (mKind) {
    case Kind::Stage:
        return tr("New stage");
    case Kind::Touchpoint:
        return tr("New touchpoint");
    case Kind::PainPoint:
        return tr("New pain point");
    case Kind::Opportunity:
        return tr("New opportunity");
    case Kind::Insight:
        return tr("New insight");
    case Kind::TextLane:
        return tr("Notes");
    }
    return QString();
}

QIcon PaletteItem::icon(const QColor &color) const
{
    QPixmap pixmap(kIconSize, kIconSize);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF box(3, 3, kIconSize - 6, kIconSize - 6);
    MapIcons icons;
    switch (mKind) {
    case Kind::Stage:
        // A stage header: a wide bar over two columns.
        painter.setPen(QPen(color, 2));
        painter.drawRoundedRect(QRectF(2, 6, kIconSize - 4, 8), 2, 2);
        painter.drawLine(QPointF(9, 17), QPointF(9, kIconSize - 3));
        painter.drawLine(QPointF(kIconSize - 9, 17), QPointF(kIconSize - 9, kIconSize - 3));
        break;
    case Kind::Touchpoint:
        icons.paint(&painter, MapIcons::channelIcon(mChannel), box, color);
        break;
    case Kind::PainPoint:
        icons.paint(&painter, MapIcons::riskIcon(RiskAssessment::Level::High), box, color);
        break;
    case Kind::Opportunity:
        icons.paint(&painter, QStringLiteral("opportunity"), box, color);
        break;
    case Kind::Insight:
        icons.paint(&painter, QStringLiteral("insight"), box, color);
        break;
    case Kind::TextLane:
        // A row of text: three lines.
        painter.setPen(QPen(color, 2));
        for (int i = 0; i < 3; ++i)
            painter.drawLine(QPointF(4, 9 + 7 * i),
                             QPointF(kIconSize - 4 - 6 * (i % 2), 9 + 7 * i));
        break;
    }
    painter.end();
    return QIcon(pixmap);
}

} // namespace cjm
