// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QVariant>
#include <QVector>

namespace cjm {

/**
 * One table of an export (touchpoints, pain points, ...) as typed cells: the
 * one model both the CSV and the XLSX writer read, so the two cannot drift
 * apart. Cells are QVariants of the column's type: QString for Text, int for
 * Integer, double for Number, QDate for Date; a null QVariant is an empty cell.
 */
class DataTable
{
public:
    enum class CellType { Text, Integer, Number, Date };

    struct Column
    {
        QString header;
        CellType type = CellType::Text;
    };

    /// `id` is the stable English name used for file suffixes ("pain-points"); `title` is
    /// shown to people (sheet name).
    DataTable(const QString &id, const QString &title, const QVector<Column> &columns);

    const QString &id() const { return mId; }
    const QString &title() const { return mTitle; }
    const QVector<Column> &columns() const { return mColumns; }
    const QVector<QVector<QVariant>> &rows() const { return mRows; }

    /// Appends a row; missing cells are empty, extra cells are dropped.
    void addRow(QVector<QVariant> cells);

    /// The text of a cell as CSV shows it (numbers in C locale, dates as ISO 8601).
    static QString cellText(const QVariant &cell, CellType type);

private:
    QString mId;
    QString mTitle;
    QVector<Column> mColumns;
    QVector<QVector<QVariant>> mRows;
};

} // namespace cjm
