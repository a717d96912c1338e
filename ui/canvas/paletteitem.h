// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/enums.h"

#include <QCoreApplication>
#include <QIcon>
#include <QString>

#include <optional>

class QMimeData;

namespace cjm {

/**
 * One thing the palette adds to a map — a stage, a touchpoint of a channel, a
 * pain point, opportunity, insight or text lane — and its drag payload: a
 * small MIME type of its own, so the map accepts palette drags and nothing
 * else mistakes them for text.
 */
class PaletteItem
{
    Q_DECLARE_TR_FUNCTIONS(cjm::PaletteItem)

public:
    enum class Kind { Stage, Touchpoint, PainPoint, Opportunity, Insight, TextLane };

    PaletteItem() = default;
    PaletteItem(Kind kind, Channel channel = Channel::Web) : mKind(kind), mChannel(channel) {}

    /// Every item the palette offers, in its order (a touchpoint per channel).
    static QVector<PaletteItem> all();
    /// "application/x-journeystudio-palette-item".
    static QString mimeType();
    /// The item a drag carries; nullopt if `mime` holds none.
    static std::optional<PaletteItem> fromMimeData(const QMimeData *mime);
    /// A new QMimeData carrying this item (the caller owns it).
    QMimeData *toMimeData() const;

    Kind kind() const { return mKind; }
    /// The channel of a touchpoint item.
    Channel channel() const { return mChannel; }
    /// The translated name shown in the palette and the context menu.
    QString label() const;
    /// The icon of the item, drawn with the map's icons in `color`.
    QIcon icon(const QColor &color) const;
    /// The title a newly added entity gets.
    QString newTitle() const;

    bool operator==(const PaletteItem &o) const
    {
        return mKind == o.mKind && mChannel == o.mChannel;
    }

private:
    Kind mKind = Kind::Touchpoint;
    Channel mChannel = Channel::Web;
};

} // namespace cjm
