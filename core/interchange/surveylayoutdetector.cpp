// SPDX-License-Identifier: GPL-3.0-or-later
#include "surveylayoutdetector.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>

#include <algorithm>

namespace cjm {

namespace {

QString cell(const QStringList &row, int index)
{
    return row.value(index).trimmed();
}

int widthOf(const QVector<QStringList> &records, int rows)
{
    qsizetype width = 0;
    for (int i = 0; i < rows && i < records.size(); ++i)
        width = qMax(width, records.at(i).size());
    return int(width);
}

bool isSurveyMonkeyAnswerLabel(const QString &text)
{
    return text == QLatin1String("Response") || text == QLatin1String("Open-Ended Response");
}

} // namespace

bool SurveyLayoutDetector::isGoogleFormsTimestamp(const QString &text)
{
    // The column title Google Forms writes in the form owner's language. English, Chinese,
    // German and Korean are the ones the application is translated into; the others are
    // common enough to be worth a line each.
    static const QStringList names = {
            QStringLiteral("Timestamp"),      QStringLiteral("时间戳记"),
            QStringLiteral("時間戳記"),       QStringLiteral("Zeitstempel"),
            QStringLiteral("타임스탬프"),     QStringLiteral("Marca temporal"),
            QStringLiteral("Horodateur"),     QStringLiteral("Carimbo de data/hora"),
            QStringLiteral("タイムスタンプ"), QStringLiteral("Informazioni cronologiche"),
            QStringLiteral("Tijdstempel"),    QStringLiteral("Отметка времени"),
    };
    return names.contains(text.trimmed(), Qt::CaseInsensitive);
}

Status SurveyLayoutDetector::detect(const QVector<QStringList> &records, SurveyLayout *layout)
{
    *layout = SurveyLayout();
    if (records.isEmpty() || records.first().isEmpty())
        return Status::failure(tr("The file is empty: it has no header row."));
    if (records.size() >= 3 && isQualtricsImportIdRow(records.at(2))) {
        layout->kind = SurveyLayout::Kind::Qualtrics;
        layout->headerRows = 3;
        layout->columns = qualtricsColumns(records, 3);
    } else if (isQualtricsLegacy(records)) {
        layout->kind = SurveyLayout::Kind::Qualtrics;
        layout->headerRows = 2;
        layout->columns = qualtricsColumns(records, 2);
    } else if (isSurveyMonkey(records)) {
        layout->kind = SurveyLayout::Kind::SurveyMonkey;
        layout->headerRows = 2;
        layout->columns = surveyMonkeyColumns(records);
    } else if (isGoogleFormsTimestamp(records.first().first())) {
        layout->kind = SurveyLayout::Kind::GoogleForms;
        layout->columns = singleRowColumns(records.first(), true);
    } else {
        layout->columns = singleRowColumns(records.first(), false);
    }
    dropEmptyTrailingColumn(&layout->columns);
    return Status::success();
}

bool SurveyLayoutDetector::isQualtricsImportIdRow(const QStringList &row)
{
    int filled = 0;
    int importIds = 0;
    for (const QString &text : row) {
        const QString trimmed = text.trimmed();
        if (trimmed.isEmpty())
            continue;
        ++filled;
        importIds += !importIdOf(trimmed).isNull();
    }
    return importIds > 0 && importIds * 2 >= filled;
}

bool SurveyLayoutDetector::isQualtricsLegacy(const QVector<QStringList> &records)
{
    return records.size() >= 2 && cell(records.at(0), 0) == QLatin1String("V1")
            && cell(records.at(0), 1) == QLatin1String("V2")
            && cell(records.at(1), 0).compare(QLatin1String("ResponseID"), Qt::CaseInsensitive)
            == 0;
}

bool SurveyLayoutDetector::isSurveyMonkey(const QVector<QStringList> &records)
{
    if (records.size() < 2)
        return false;
    if (cell(records.at(0), 0) == QLatin1String("Respondent ID"))
        return true;
    // Without the metadata columns: the second row labels answers, not questions.
    const QStringList &options = records.at(1);
    const auto labels = std::count_if(options.cbegin(), options.cend(), [](const QString &text) {
        return isSurveyMonkeyAnswerLabel(text.trimmed());
    });
    return labels > 0 && labels * 2 >= options.size() - options.count(QString());
}

QString SurveyLayoutDetector::importIdOf(const QString &cell)
{
    if (!cell.startsWith(QLatin1Char('{')))
        return QString();
    // Current exports write JSON; parse it, since more keys may follow (timeZone, choiceId).
    const QJsonDocument json = QJsonDocument::fromJson(cell.toUtf8());
    if (json.isObject()) {
        const QJsonValue value = json.object().value(QLatin1String("ImportId"));
        return value.isString() ? value.toString() : QString();
    }
    // The 2016 Insights export writes a Python dict: {'ImportId': 'QID2-1'}.
    static const QRegularExpression python(QStringLiteral("'ImportId'\\s*:\\s*'([^']*)'"));
    const QRegularExpressionMatch match = python.match(cell);
    return match.hasMatch() ? match.captured(1) : QString();
}

void SurveyLayoutDetector::splitOptions(QVector<SurveyColumn> *columns)
{
    // Sub-columns of one question share its id stem: Q2_1, Q2_2, Q2_-1; Q5_1_1, Q5_1_2.
    static const QRegularExpression subColumn(QStringLiteral("_-?\\d+(_-?\\d+)?$"));
    QMap<QString, QVector<int>> groups;
    for (int i = 0; i < columns->size(); ++i) {
        const QString &id = columns->at(i).id;
        const QRegularExpressionMatch match = subColumn.match(id);
        if (match.hasMatch())
            groups[id.left(match.capturedStart())].append(i);
    }
    for (const QVector<int> &group : std::as_const(groups)) {
        // The question text is what the group has in common, up to the last separator:
        // "Question - Row" (current exporter) or "Question-Row" (older ones). Looking at the
        // common part keeps hyphens inside the question ("e-mail") where they belong.
        QString common = columns->at(group.first()).question;
        for (int i : group) {
            const QString &text = columns->at(i).question;
            qsizetype length = 0;
            while (length < common.size() && length < text.size()
                   && common.at(length) == text.at(length))
                ++length;
            common.truncate(length);
        }
        qsizetype at = common.lastIndexOf(QLatin1String(" - "));
        qsizetype separator = 3;
        if (at < 0 && group.size() > 1) {
            at = common.lastIndexOf(QLatin1Char('-'));
            separator = 1;
        }
        for (int i : group) {
            SurveyColumn &column = (*columns)[i];
            qsizetype split = at;
            // Different questions under one stem, or a lone sub-column: only " - " is safe.
            if (split <= 0) {
                split = column.question.lastIndexOf(QLatin1String(" - "));
                separator = 3;
            }
            if (split <= 0)
                continue;
            column.option = column.question.mid(split + separator).trimmed();
            column.question = column.question.left(split).trimmed();
        }
    }
}

QVector<SurveyColumn> SurveyLayoutDetector::qualtricsColumns(const QVector<QStringList> &records,
                                                             int rows)
{
    static const QRegularExpression legacyVariable(QStringLiteral("^V\\d+$"));
    QVector<SurveyColumn> columns;
    const int width = widthOf(records, rows);
    for (int i = 0; i < width; ++i) {
        SurveyColumn column;
        column.index = i;
        column.id = cell(records.at(0), i);
        column.question = cell(records.at(1), i);
        if (rows >= 3)
            column.importId = importIdOf(cell(records.at(2), i));
        // Legacy metadata columns are V1..V10; their real names are in the second row.
        if (legacyVariable.match(column.id).hasMatch())
            column.id = column.question;
        columns.append(column);
    }
    splitOptions(&columns);
    return columns;
}

QVector<SurveyColumn> SurveyLayoutDetector::surveyMonkeyColumns(const QVector<QStringList> &records)
{
    QVector<SurveyColumn> columns;
    const int width = widthOf(records, 2);
    QString carried;
    for (int i = 0; i < width; ++i) {
        SurveyColumn column;
        column.index = i;
        column.question = cell(records.at(0), i);
        const QString option = cell(records.at(1), i);
        // A multi-part question names itself on its first column only.
        if (!column.question.isEmpty())
            carried = column.question;
        else if (!option.isEmpty())
            column.question = carried;
        column.id = column.question;
        if (!isSurveyMonkeyAnswerLabel(option))
            column.option = option;
        columns.append(column);
    }
    return columns;
}

QVector<SurveyColumn> SurveyLayoutDetector::singleRowColumns(const QStringList &header,
                                                             bool splitGrid)
{
    // Google Forms names grid rows "Question [Row]".
    static const QRegularExpression grid(QStringLiteral("^(.*\\S)\\s*\\[([^\\]]+)\\]$"),
                                         QRegularExpression::DotMatchesEverythingOption);
    QVector<SurveyColumn> columns;
    for (int i = 0; i < header.size(); ++i) {
        SurveyColumn column;
        column.index = i;
        column.id = cell(header, i);
        column.question = column.id;
        const QRegularExpressionMatch match = grid.match(column.question);
        if (splitGrid && match.hasMatch()) {
            column.question = match.captured(1);
            column.option = match.captured(2);
        }
        columns.append(column);
    }
    return columns;
}

void SurveyLayoutDetector::dropEmptyTrailingColumn(QVector<SurveyColumn> *columns)
{
    while (!columns->isEmpty()) {
        const SurveyColumn &last = columns->constLast();
        if (!last.id.isEmpty() || !last.question.isEmpty() || !last.option.isEmpty()
            || !last.importId.isEmpty())
            break;
        columns->removeLast();
    }
}

} // namespace cjm
