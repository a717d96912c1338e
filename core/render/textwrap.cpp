// SPDX-License-Identifier: GPL-3.0-or-later
#include "textwrap.h"

#include <QTextBoundaryFinder>
#include <QTextLayout>
#include <QTextOption>

#include <cmath>

namespace cjm {

namespace {

/// More entries than any sane map needs; beyond it the cache starts over rather than grow.
constexpr int kMaxCacheEntries = 100000;

bool isBlank(const QString &text)
{
    for (const QChar c : text) {
        if (!c.isSpace())
            return false;
    }
    return true;
}

QString withoutTrailingSpace(QString line)
{
    int end = line.size();
    while (end > 0 && (line.at(end - 1).isSpace() || line.at(end - 1) == QChar::LineSeparator))
        --end;
    line.truncate(end);
    return line;
}

/// Printable ASCII only: its line-break opportunities are simply after spaces and hyphens.
bool isPlainAscii(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            return false;
    }
    return true;
}

/// The next line-break opportunity in ASCII text after `from`: after a run of spaces, or
/// after a hyphen between letters; the end of the text last. -1 at the end.
int nextAsciiBreak(const QString &text, int from)
{
    const int size = text.size();
    if (from >= size)
        return -1;
    int i = from;
    while (i < size && text.at(i) != QLatin1Char(' ')) {
        if (text.at(i) == QLatin1Char('-') && i > from && i + 1 < size && text.at(i - 1).isLetter()
            && text.at(i + 1).isLetter())
            return i + 1;
        ++i;
    }
    while (i < size && text.at(i) == QLatin1Char(' '))
        ++i;
    return i;
}

} // namespace

TextWrap::TextWrap(const QFont &font)
{
    setFont(font);
}

void TextWrap::setFont(const QFont &font)
{
    mFont = font;
    mMetrics = QFontMetricsF(font);
    mLineHeight = mMetrics.lineSpacing();
    mHasFont = true;
    mCache.clear();
    mAdvances.clear();
    for (int c = kFirstAscii; c <= kLastAscii; ++c)
        mAsciiAdvances[c - kFirstAscii] = mMetrics.horizontalAdvance(QChar(c));
}

QStringList TextWrap::wrap(const QString &text, qreal width, int maxLines) const
{
    if (!mHasFont || isBlank(text) || width <= 0 || maxLines < 1)
        return {};
    const Key key{text, int(std::lround(width * 4)), maxLines};
    const auto it = mCache.constFind(key);
    if (it != mCache.constEnd())
        return *it;
    if (mCache.size() >= kMaxCacheEntries)
        mCache.clear();
    QStringList lines = layOut(text, width, maxLines);
    mCache.insert(key, lines);
    return lines;
}

QStringList TextWrap::layOut(const QString &text, qreal width, int maxLines) const
{
    const QString source = text.trimmed();
    if (source.contains(QLatin1Char('\n')) || source.contains(QLatin1Char('\r')))
        return layOutWithTextLayout(source, width, maxLines);
    QStringList lines;
    if (breakLines(source, width, maxLines, &lines))
        return lines;
    return layOutWithTextLayout(source, width, maxLines);
}

bool TextWrap::breakLines(const QString &text, qreal width, int maxLines, QStringList *lines) const
{
    // Segments are summed without the kerning between them; keeping a pixel free means a
    // line drawn as a whole still fits.
    const qreal room = width - 1.0;
    const bool ascii = isPlainAscii(text);
    QTextBoundaryFinder finder;
    if (!ascii)
        finder = QTextBoundaryFinder(QTextBoundaryFinder::Line, text);
    int lineStart = 0;
    qreal lineWidth = 0.0;
    int segmentStart = 0;
    for (;;) {
        const int end = ascii ? nextAsciiBreak(text, segmentStart) : finder.toNextBoundary();
        if (end <= segmentStart)
            break;
        int visibleEnd = end;
        while (visibleEnd > segmentStart && text.at(visibleEnd - 1).isSpace())
            --visibleEnd;
        qreal visibleWidth = 0.0;
        qreal segmentWidth = 0.0;
        if (ascii) {
            // No shaping for plain ASCII (MapStyle fonts prefer none): a word is as wide as
            // its characters, read from a table instead of measuring each new word.
            visibleWidth = asciiAdvance(text, segmentStart, visibleEnd);
            segmentWidth = visibleWidth + asciiAdvance(text, visibleEnd, end);
        } else {
            visibleWidth = advanceOf(text.mid(segmentStart, visibleEnd - segmentStart));
            segmentWidth = visibleEnd == end
                    ? visibleWidth
                    : advanceOf(text.mid(segmentStart, end - segmentStart));
        }
        if (visibleWidth > room)
            return false; // a word wider than a line: QTextLayout breaks it anywhere
        if (segmentStart > lineStart && lineWidth + visibleWidth > room) {
            if (lines->size() == maxLines - 1) {
                // The last allowed line: whatever is left, on one line, elided.
                const QString rest = text.mid(lineStart).simplified();
                lines->append(mMetrics.elidedText(rest, Qt::ElideRight, width));
                return true;
            }
            lines->append(withoutTrailingSpace(text.mid(lineStart, segmentStart - lineStart)));
            lineStart = segmentStart;
            lineWidth = 0.0;
        }
        lineWidth += segmentWidth;
        segmentStart = end;
    }
    if (lineStart < text.size())
        lines->append(withoutTrailingSpace(text.mid(lineStart)));
    return true;
}

qreal TextWrap::asciiAdvance(const QString &text, int from, int to) const
{
    qreal width = 0.0;
    for (int i = from; i < to; ++i)
        width += mAsciiAdvances[text.at(i).unicode() - kFirstAscii];
    return width;
}

qreal TextWrap::advanceOf(const QString &segment) const
{
    if (segment.isEmpty())
        return 0.0;
    const auto it = mAdvances.constFind(segment);
    if (it != mAdvances.constEnd())
        return *it;
    if (mAdvances.size() >= kMaxCacheEntries)
        mAdvances.clear();
    const qreal advance = mMetrics.horizontalAdvance(segment);
    mAdvances.insert(segment, advance);
    return advance;
}

QStringList TextWrap::layOutWithTextLayout(QString source, qreal width, int maxLines) const
{
    // QTextLayout breaks lines only at QChar::LineSeparator, not at '\n'.
    source.replace(QLatin1Char('\n'), QChar::LineSeparator);
    source.remove(QLatin1Char('\r'));

    QTextLayout layout(source, mFont);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.setCacheEnabled(false);

    QStringList lines;
    layout.beginLayout();
    for (;;) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        const int start = line.textStart();
        const int end = start + line.textLength();
        if (lines.size() == maxLines - 1 && end < source.size()) {
            // The last allowed line: whatever is left, on one line, elided.
            QString rest = source.mid(start);
            rest.replace(QChar::LineSeparator, QLatin1Char(' '));
            lines.append(mMetrics.elidedText(rest.simplified(), Qt::ElideRight, width));
            break;
        }
        lines.append(withoutTrailingSpace(source.mid(start, end - start)));
    }
    layout.endLayout();
    return lines;
}

} // namespace cjm
