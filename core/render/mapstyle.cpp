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

} // namespace cjm
