// SPDX-License-Identifier: GPL-3.0-or-later
#include "pagetiler.h"

#include <QtMath>

#include <algorithm>

namespace cjm {

namespace {

qreal usableOverlap(qreal overlap, qreal content)
{
    return std::clamp(overlap, 0.0, content / 2);
}

} // namespace

PageTiler::PageTiler(const QSizeF &sheet, const QSizeF &content, qreal overlap)
    : mContent(content),
      mOverlap(usableOverlap(overlap, std::min(content.width(), content.height())))
{
    mColumns = countAlong(sheet.width(), content.width(), mOverlap);
    mRows = countAlong(sheet.height(), content.height(), mOverlap);
}

int PageTiler::countAlong(qreal length, qreal content, qreal overlap)
{
    if (content <= 0.0 || length <= content)
        return 1;
    const qreal step = content - usableOverlap(overlap, content);
    // A hair of rounding must not cost a page of paper.
    return 1 + qCeil((length - content) / step - 1e-9);
}

QRectF PageTiler::tile(int index) const
{
    const qreal stepX = mContent.width() - mOverlap;
    const qreal stepY = mContent.height() - mOverlap;
    return QRectF(QPointF(columnOf(index) * stepX, rowOf(index) * stepY), mContent);
}

} // namespace cjm
