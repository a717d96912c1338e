// SPDX-License-Identifier: GPL-3.0-or-later
#include "xlsxworkbookwriter.h"

#include <QDate>
#include <QFile>
#include <QFileInfo>

#include <xlsxwriter.h>

#include <algorithm>

namespace cjm {

namespace {

constexpr int kMinWidth = 6;
constexpr int kMaxWidth = 60;

} // namespace

bool XlsxWorkbookWriter::isWide(char32_t c)
{
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF)
            || (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF)
            || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60)
            || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x1F300 && c <= 0x1F64F)
            || (c >= 0x1F900 && c <= 0x1F9FF) || (c >= 0x20000 && c <= 0x3FFFD);
}

int XlsxWorkbookWriter::displayWidth(const QString &text)
{
    int widest = 0;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        int width = 0;
        for (const char32_t c : line.toUcs4())
            width += isWide(c) ? 2 : 1;
        widest = std::max(widest, width);
    }
    return widest;
}

QString XlsxWorkbookWriter::sheetName(const QString &title, const QStringList &taken)
{
    QString name = title;
    for (const QChar c : QStringLiteral("[]:*?/\\"))
        name.replace(c, QLatin1Char('_'));
    name = name.left(31).trimmed();
    if (name.isEmpty())
        name = QStringLiteral("Sheet");
    QString candidate = name;
    for (int n = 2; taken.contains(candidate, Qt::CaseInsensitive); ++n) {
        const QString suffix = QStringLiteral(" (%1)").arg(n);
        candidate = name.left(31 - suffix.size()) + suffix;
    }
    return candidate;
}

Status XlsxWorkbookWriter::write(const QVector<DataTable> &tables, const QString &path)
{
    const QString temporary = path + QStringLiteral(".part");
    QFile::remove(temporary);
    lxw_workbook *workbook = workbook_new(QFile::encodeName(temporary).constData());
    if (!workbook)
        return Status::failure(tr("%1: cannot create the workbook").arg(path));
    lxw_format *header = workbook_add_format(workbook);
    format_set_bold(header);
    lxw_format *date = workbook_add_format(workbook);
    format_set_num_format(date, "yyyy-mm-dd");

    QStringList names;
    for (const DataTable &table : tables) {
        names.append(sheetName(table.title(), names));
        lxw_worksheet *sheet = workbook_add_worksheet(workbook, names.last().toUtf8().constData());
        QVector<int> widths;
        for (int c = 0; c < table.columns().size(); ++c) {
            const QString text = table.columns().at(c).header;
            worksheet_write_string(sheet, 0, lxw_col_t(c), text.toUtf8().constData(), header);
            widths.append(displayWidth(text) + 2); // bold is a little wider
        }
        worksheet_freeze_panes(sheet, 1, 0);
        for (int r = 0; r < table.rows().size(); ++r) {
            const QVector<QVariant> &row = table.rows().at(r);
            const lxw_row_t xr = lxw_row_t(r + 1);
            for (int c = 0; c < row.size(); ++c) {
                const QVariant &cell = row.at(c);
                if (cell.isNull())
                    continue;
                const lxw_col_t xc = lxw_col_t(c);
                const DataTable::CellType type = table.columns().at(c).type;
                switch (type) {
                case DataTable::CellType::Integer:
                case DataTable::CellType::Number:
                    worksheet_write_number(sheet, xr, xc, cell.toDouble(), nullptr);
                    break;
                case DataTable::CellType::Date: {
                    const QDate d = cell.toDate();
                    lxw_datetime when = {d.year(), d.month(), d.day(), 0, 0, 0.0};
                    worksheet_write_datetime(sheet, xr, xc, &when, date);
                    break;
                }
                case DataTable::CellType::Text:
                    worksheet_write_string(sheet, xr, xc,
                                           cell.toString().left(kMaxCellText).toUtf8().constData(),
                                           nullptr);
                    break;
                }
                widths[c] = std::max(widths[c], displayWidth(DataTable::cellText(cell, type)) + 1);
            }
        }
        for (int c = 0; c < widths.size(); ++c)
            worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c),
                                 std::clamp(widths[c], kMinWidth, kMaxWidth), nullptr);
    }
    const lxw_error error = workbook_close(workbook);
    if (error != LXW_NO_ERROR) {
        QFile::remove(temporary);
        return Status::failure(tr("%1: cannot write the workbook: %2")
                                       .arg(path, QString::fromUtf8(lxw_strerror(error))));
    }
    QFile::remove(path);
    if (!QFile::rename(temporary, path))
        return Status::failure(tr("%1: cannot replace the file").arg(path));
    return Status::success();
}

} // namespace cjm
