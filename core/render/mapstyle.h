// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "layouttext.h"

#include <QFont>

#include <array>

namespace cjm {

/**
 * Sizes and fonts of a journey map, in logical pixels. Fonts use pixel sizes so a
 * layout is the same on screen, in a PNG, a PDF or an SVG (no DPI dependence).
 */
struct MapStyle
{
    /// Fonts by TextRole (index = int(role)).
    std::array<QFont, kTextRoleCount> fonts;

    qreal laneHeaderWidth = 150.0; ///< the left column of lane titles
    qreal columnWidth = 200.0;     ///< one touchpoint's column, gaps included
    qreal margin = 6.0;            ///< between a card and its column's edge
    qreal cardPadding = 8.0;       ///< inside a card
    qreal cellPadding = 5.0;       ///< inside a plain cell
    qreal cardSpacing = 6.0;       ///< between stacked cards
    qreal blockSpacing = 3.0;      ///< between the text blocks of a card
    qreal iconSize = 16.0;         ///< channel, risk, evidence and other markers
    qreal laneMinHeight = 44.0;    ///< an empty lane is still this high
    qreal stageHeaderMinHeight = 52.0;
    qreal emotionBandHeight = 120.0; ///< the part of the emotion lane that holds the curve
    qreal emotionPointRadius = 10.0;

    int titleMaxLines = 3;
    int bodyMaxLines = 3;
    int cellMaxLines = 6;
    int headerMaxLines = 2;

    /// The default style: the application's font family in sizes for a map.
    static MapStyle standard();
    /// For presenting: type half as large again and wider columns, so a stage read from
    /// the back of a room still fits a screen.
    static MapStyle presentation();

    const QFont &font(TextRole role) const { return fonts[int(role)]; }
    /// Inner width of a card in one column.
    qreal cardWidth() const { return columnWidth - 2 * margin; }
};

} // namespace cjm
