// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRectF>
#include <QSizeF>

namespace cjm {

/**
 * Cuts a sheet into pages of a fixed content size that overlap, like a poster
 * printed on office paper: tile (row, column) starts (content − overlap) after
 * its neighbour, so each pair of neighbours shares an `overlap` wide strip to
 * glue. Rows and columns are counted in reading order: left to right, then top
 * to bottom. All sizes in one unit of the caller's choice.
 *
 *   pages along a side = 1                                 if length ≤ content
 *                        1 + ⌈(length − content) / (content − overlap)⌉   otherwise
 */
class PageTiler
{
public:
    /// An overlap of at least half the content is reduced to half of it, so tiles always advance.
    PageTiler(const QSizeF &sheet, const QSizeF &content, qreal overlap);

    /// Pages needed along a side of `length` (formula above).
    static int countAlong(qreal length, qreal content, qreal overlap);

    /// Pages across.
    int columns() const { return mColumns; }
    /// Pages down.
    int rows() const { return mRows; }
    /// All pages.
    int count() const { return mColumns * mRows; }
    /// The overlap used (after the limit).
    qreal overlap() const { return mOverlap; }
    /// The part of the sheet one page holds.
    const QSizeF &content() const { return mContent; }

    /// The part of the sheet on tile `index` (reading order), as large as the content.
    QRectF tile(int index) const;
    /// The row of tile `index`, from 0.
    int rowOf(int index) const { return index / mColumns; }
    /// The column of tile `index`, from 0.
    int columnOf(int index) const { return index % mColumns; }

private:
    QSizeF mContent;
    qreal mOverlap = 0.0;
    int mColumns = 1;
    int mRows = 1;
};

} // namespace cjm
