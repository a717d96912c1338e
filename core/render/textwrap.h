// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QFontMetricsF>
#include <QHash>
#include <QStringList>

#include <array>

namespace cjm {

/**
 * Wraps text into lines of a font with QTextLayout: Latin text breaks at word
 * boundaries, CJK text between characters, and a word longer than the width
 * anywhere. Past `maxLines` the last line is elided. Results are cached per
 * text, width and line limit, so relaying out a map after one edit only
 * measures the text that changed.
 *
 * Line breaks come from QTextBoundaryFinder's Unicode line-break opportunities;
 * each segment between them is measured once per font and lines are filled
 * greedily. Text with explicit newlines, or a segment wider than a line, goes
 * through QTextLayout instead.
 */
class TextWrap
{
public:
    /// A wrapper without a font yet (needs no QGuiApplication); call setFont() before wrap().
    TextWrap() = default;
    explicit TextWrap(const QFont &font);

    /// Changes the font; forgets every cached result.
    void setFont(const QFont &font);
    const QFont &font() const { return mFont; }
    /// Whether a font was set.
    bool hasFont() const { return mHasFont; }
    /// Height of one line (line spacing of the font).
    qreal lineHeight() const { return mLineHeight; }

    /// The lines of `text` within `width`, at most `maxLines` (>= 1); none for empty text.
    QStringList wrap(const QString &text, qreal width, int maxLines) const;

private:
    QStringList layOut(const QString &text, qreal width, int maxLines) const;
    /// Greedy line breaking over measured break segments; false if a segment is too wide.
    bool breakLines(const QString &text, qreal width, int maxLines, QStringList *lines) const;
    /// QTextLayout's line breaking (newlines, words wider than a line).
    QStringList layOutWithTextLayout(QString text, qreal width, int maxLines) const;
    /// The advance of a segment, measured once per font.
    qreal advanceOf(const QString &segment) const;
    /// The advance of text[from, to), printable ASCII only, from the per-character table.
    qreal asciiAdvance(const QString &text, int from, int to) const;

    static constexpr int kFirstAscii = 0x20;
    static constexpr int kLastAscii = 0x7e;

    struct Key
    {
        QString text;
        int width; ///< in 1/4 px, so near-equal widths share an entry
        int maxLines;
        bool operator==(const Key &o) const
        {
            return width == o.width && maxLines == o.maxLines && text == o.text;
        }
        friend size_t qHash(const Key &key, size_t seed = 0)
        {
            return qHashMulti(seed, key.text, key.width, key.maxLines);
        }
    };

    QFont mFont;
    QFontMetricsF mMetrics{QFont()};
    qreal mLineHeight = 0.0;
    bool mHasFont = false;
    mutable QHash<Key, QStringList> mCache;
    /// Advances of the break segments (words, CJK characters) seen so far: a map repeats
    /// the same words thousands of times, and shaping each text whole was most of a layout.
    mutable QHash<QString, qreal> mAdvances;
    /// Advances of the printable ASCII characters in this font.
    std::array<qreal, kLastAscii - kFirstAscii + 1> mAsciiAdvances{};
};

} // namespace cjm
