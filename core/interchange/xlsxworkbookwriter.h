// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "interchange/datatable.h"
#include "util/status.h"

#include <QCoreApplication>

namespace cjm {

/**
 * Writes DataTables as one XLSX workbook with libxlsxwriter: one sheet per
 * table (named after the table's title), a bold header row frozen in place,
 * typed cells (numbers as numbers, dates as dates shown YYYY-MM-DD, text as
 * text), and column widths that fit the content — counting East Asian wide
 * characters double, as spreadsheets draw them.
 *
 * The workbook is written to a temporary file beside `path` and renamed over
 * it, so a failed export never leaves half a file under the chosen name.
 */
class XlsxWorkbookWriter
{
    Q_DECLARE_TR_FUNCTIONS(cjm::XlsxWorkbookWriter)

public:
    static Status write(const QVector<DataTable> &tables, const QString &path);

    /// Width of `text` in character cells: the longest line, wide characters counting 2.
    static int displayWidth(const QString &text);
    /// A valid, unique sheet name for `title` (≤ 31 characters, no []:*?/\).
    static QString sheetName(const QString &title, const QStringList &taken);

    /// Excel's limit on the characters in one cell.
    static constexpr int kMaxCellText = 32767;

private:
    static bool isWide(char32_t c);
};

} // namespace cjm
