// SPDX-License-Identifier: GPL-3.0-or-later
#include "mapstyle.h"

#include <QGuiApplication>

namespace cjm {

namespace {

QFont sized(const QFont &base, int pixelSize, QFont::Weight weight, bool italic = false)
{
    QFont font = base;
    font.setPixelSize(pixelSize);
    font.setWeight(weight);
    font.setItalic(italic);
    // Same glyph positions on every device: a map must lay out identically everywhere.
    font.setHintingPreference(QFont::PreferNoHinting);
    // Thousands of card texts are measured: skip OpenType shaping where a script does not need
    // it (Latin, CJK); complex scripts are still shaped. Costs only kerning and ligatures.
    font.setStyleStrategy(QFont::PreferNoShaping);
    return font;
}

} // namespace

MapStyle MapStyle::standard()
{
    MapStyle style;
    const QFont base = QGuiApplication::font();
    style.fonts[int(TextRole::Header)] = sized(base, 15, QFont::Bold);
    style.fonts[int(TextRole::Lane)] = sized(base, 13, QFont::DemiBold);
    style.fonts[int(TextRole::Title)] = sized(base, 13, QFont::DemiBold);
    style.fonts[int(TextRole::Body)] = sized(base, 12, QFont::Normal);
    style.fonts[int(TextRole::Small)] = sized(base, 11, QFont::Normal);
    style.fonts[int(TextRole::Quote)] = sized(base, 12, QFont::Normal, true);
    return style;
}

MapStyle MapStyle::presentation()
{
    MapStyle style;
    const QFont base = QGuiApplication::font();
    style.fonts[int(TextRole::Header)] = sized(base, 26, QFont::Bold);
    style.fonts[int(TextRole::Lane)] = sized(base, 20, QFont::Bold);
    style.fonts[int(TextRole::Title)] = sized(base, 21, QFont::Bold);
    style.fonts[int(TextRole::Body)] = sized(base, 19, QFont::Normal);
    style.fonts[int(TextRole::Small)] = sized(base, 17, QFont::Normal);
    style.fonts[int(TextRole::Quote)] = sized(base, 19, QFont::Normal, true);
    style.laneHeaderWidth = 190.0;
    style.columnWidth = 290.0;
    style.margin = 8.0;
    style.cardPadding = 10.0;
    style.cellPadding = 7.0;
    style.cardSpacing = 8.0;
    style.blockSpacing = 4.0;
    style.iconSize = 22.0;
    style.laneMinHeight = 60.0;
    style.stageHeaderMinHeight = 72.0;
    style.emotionBandHeight = 160.0;
    style.emotionPointRadius = 13.0;
    return style;
}

} // namespace cjm
