// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QIcon>

namespace cjm {

/**
 * The coloured indicator of an emotion value (−2 … +2): red for negative,
 * grey for neutral, green for positive. The list views use it until the
 * canvas draws the emotion curve with MapPainter.
 */
class EmotionBadge
{
public:
    /// The colour of an emotion value; values outside −2..+2 are clamped.
    static QColor color(int emotion);
    /// A rounded badge of `size` pixels square, in color(emotion), holding the value.
    static QIcon icon(int emotion, int size = 20);
};

} // namespace cjm
