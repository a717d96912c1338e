// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "interchange/datatable.h"
#include "util/status.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

namespace cjm {

/**
 * Writes DataTables as CSV that Excel and LibreOffice open correctly: UTF-8
 * with a byte-order mark (without it Excel guesses a legacy code page), CRLF
 * between records, RFC 4180 quoting of every cell holding a quote, comma,
 * semicolon, line break or outer blanks (quotes doubled). Numbers use "." and
 * dates ISO 8601 (YYYY-MM-DD), which both applications read as values.
 *
 * A text cell starting with = + - @ or a tab gets a leading apostrophe, so a
 * spreadsheet never runs a title from an imported file as a formula.
 */
class CsvTableWriter
{
    Q_DECLARE_TR_FUNCTIONS(cjm::CsvTableWriter)

public:
    /// The bytes of one table's file.
    static QByteArray toCsv(const DataTable &table);
    /// One cell, quoted if needed.
    static QString quoted(const QString &cell);

    /**
     * Writes one file per table. If `out` ends in ".csv", the files are
     * "<out without .csv>-<table id>.csv" beside it; otherwise `out` is a
     * directory (created if needed) that gets "<table id>.csv" files.
     * `written` receives the paths.
     */
    static Status writeAll(const QVector<DataTable> &tables, const QString &out,
                           QStringList *written = nullptr);

    /// The path writeAll() uses for `table` with `out`.
    static QString pathFor(const QString &out, const DataTable &table);

private:
    static QString guarded(const QString &cell);
};

} // namespace cjm
