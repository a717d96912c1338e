// SPDX-License-Identifier: GPL-3.0-or-later
#include "textwrap.h"

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
    QString source = text.trimmed();
    // Most texts on a map are short: one measurement tells that they fit on one line. Texts
    // clearly too long for one line go straight to line breaking instead of being shaped twice.
    const bool clearlyLong = source.size() * mMetrics.averageCharWidth() > 2 * width;
    if (!clearlyLong && !source.contains(QLatin1Char('\n'))
        && mMetrics.horizontalAdvance(source) <= width)
        return {source};
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
