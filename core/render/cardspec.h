// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "layouttext.h"

#include <QString>
#include <QVarLengthArray>

namespace cjm {

/// One block of text of a card before wrapping.
struct TextSpec
{
    TextRole role = TextRole::Body;
    TextSlot slot = TextSlot::Body;
    QString text;
    int maxLines = 1;
    /// room kept free on the left of the block (for a marker icon)
    qreal indent = 0.0;
};

/**
 * What a card or cell says, before layout: an optional badge row (an icon the
 * painter draws, then one line of text, room for up to `trailingIcons` icons
 * on the right) and blocks of text from top to bottom.
 */
struct CardSpec
{
    bool badgeRow = false;
    QString badge;
    int trailingIcons = 0;
    /// on the stack: a map builds thousands of these
    QVarLengthArray<TextSpec, 4> blocks;
    /// a cell (plain text in a lane) rather than a card: less padding
    bool plain = false;
};

} // namespace cjm
