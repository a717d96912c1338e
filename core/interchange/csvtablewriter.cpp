// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvtablewriter.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace cjm {

QString CsvTableWriter::guarded(const QString &cell)
{
    static const QString risky = QStringLiteral("=+-@\t\r");
    if (!cell.isEmpty() && risky.contains(cell.at(0)))
        return QLatin1Char('\'') + cell;
    return cell;
}

QString CsvTableWriter::quoted(const QString &cell)
{
    QString text = cell;
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    const bool needsQuotes = text.contains(QLatin1Char('"')) || text.contains(QLatin1Char(','))
            || text.contains(QLatin1Char(';')) || text.contains(QLatin1Char('\n'))
            || (!text.isEmpty() && (text.front().isSpace() || text.back().isSpace()));
    if (!needsQuotes)
        return text;
    text.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + text + QLatin1Char('"');
}

QByteArray CsvTableWriter::toCsv(const DataTable &table)
{
    QString text;
    QStringList fields;
    for (const DataTable::Column &column : table.columns())
        fields.append(quoted(column.header));
    text += fields.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    for (const QVector<QVariant> &row : table.rows()) {
        fields.clear();
        for (int c = 0; c < row.size(); ++c) {
            const DataTable::CellType type = table.columns().at(c).type;
            QString cell = DataTable::cellText(row.at(c), type);
            if (type == DataTable::CellType::Text)
                cell = guarded(cell);
            fields.append(quoted(cell));
        }
        text += fields.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

QString CsvTableWriter::pathFor(const QString &out, const DataTable &table)
{
    if (out.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        return out.left(out.size() - 4) + QLatin1Char('-') + table.id() + QStringLiteral(".csv");
    return QDir(out).filePath(table.id() + QStringLiteral(".csv"));
}

Status CsvTableWriter::writeAll(const QVector<DataTable> &tables, const QString &out,
                                QStringList *written)
{
    if (!out.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive) && !QDir().mkpath(out))
        return Status::failure(tr("%1: cannot create the folder").arg(out));
    for (const DataTable &table : tables) {
        const QString path = pathFor(out, table);
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return Status::failure(tr("%1: %2").arg(path, file.errorString()));
        file.write(toCsv(table));
        if (!file.commit())
            return Status::failure(tr("%1: %2").arg(path, file.errorString()));
        if (written)
            written->append(path);
    }
    return Status::success();
}

} // namespace cjm
