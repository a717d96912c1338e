// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRectF>
#include <QString>

namespace cjm {

/// Typographic role of a text on the map; MapStyle gives each role its font.
enum class TextRole {
    Header, ///< stage names
    Lane,   ///< lane titles in the left column
    Title,  ///< card titles
    Body,   ///< cell and card text
    Small,  ///< badges, owners, meta lines
    Quote,  ///< insight quotes (italic)
};

/// Number of TextRole values, for per-role tables.
constexpr int kTextRoleCount = 6;

/// What a text is within its element, so the painter can colour it and place icons beside it.
enum class TextSlot {
    Badge, ///< the top row of a card, after its leading icon
    Title,
    Body,
    Meta,  ///< secondary facts, drawn muted
    Owner, ///< the owner line of a touchpoint, after the external-provider marker if any
    Score, ///< a metric badge on a touchpoint card: value against target
};

/// One already wrapped line of text at its place on the map.
struct LayoutText
{
    QString text;
    /// absolute map coordinates of the line box
    QRectF rect;
    TextRole role = TextRole::Body;
    TextSlot slot = TextSlot::Body;
};

} // namespace cjm
