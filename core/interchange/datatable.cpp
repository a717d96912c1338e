// SPDX-License-Identifier: GPL-3.0-or-later
#include "datatable.h"

#include <QDate>
#include <QLocale>

namespace cjm {

DataTable::DataTable(const QString &id, const QString &title, const QVector<Column> &columns)
    : mId(id), mTitle(title), mColumns(columns)
{}

void DataTable::addRow(QVector<QVariant> cells)
{
    cells.resize(mColumns.size());
    mRows.append(cells);
}

QString DataTable::cellText(const QVariant &cell, CellType type)
{
    if (cell.isNull())
        return QString();
    switch (type) {
    case CellType::Text:
        return cell.toString();
    case CellType::Integer:
        return QString::number(cell.toLongLong());
    // Shortest form that reads back to the same double.
    case CellType::Number:
        return QString::number(cell.toDouble(), 'g', QLocale::FloatingPointShortest);
    case CellType::Date:
        return cell.toDate().isValid() ? cell.toDate().toString(Qt::ISODate) : QString();
    }
    return QString();
}

} // namespace cjm
