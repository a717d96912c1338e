// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "interchange/surveylayout.h"
#include "util/status.h"

#include <QCoreApplication>
#include <QStringList>
#include <QVector>

namespace cjm {

/**
 * Recognises which survey tool wrote a CSV export from its first records, and merges the
 * header rows into one SurveyColumn per column.
 *
 * - Qualtrics (current): ids (`StartDate`, `ResponseId`, `Q1`), question texts, and a row of
 *   `{"ImportId":...}` JSON cells; the 2016 "Insights" export writes `{'ImportId': ...}`.
 * - Qualtrics (legacy): `V1..V10` and export tags, then `ResponseID, ...` and question texts.
 * - SurveyMonkey: questions, then answer options (`Response`, `Open-Ended Response`, row
 *   labels); a multi-part question names itself on its first column only, so it is carried over.
 * - Google Forms: one header row whose first cell is `Timestamp` or a translation of it.
 * - Generic: anything else; the first record is the header.
 */
class SurveyLayoutDetector
{
    Q_DECLARE_TR_FUNCTIONS(cjm::SurveyLayoutDetector)

public:
    /// Records to pass to detect(): the header rows and a few responses.
    static constexpr int kSampleRecords = 5;

    /// Detects the layout of \a records (the first records of the file, as CsvReader read
    /// them). Fails only when there is no header at all.
    static Status detect(const QVector<QStringList> &records, SurveyLayout *layout);

    /// Whether \a text is the first header cell of a Google Forms export in some language.
    static bool isGoogleFormsTimestamp(const QString &text);

private:
    static bool isQualtricsImportIdRow(const QStringList &row);
    static bool isQualtricsLegacy(const QVector<QStringList> &records);
    static bool isSurveyMonkey(const QVector<QStringList> &records);
    static QString importIdOf(const QString &cell);
    static void splitOptions(QVector<SurveyColumn> *columns);
    static QVector<SurveyColumn> qualtricsColumns(const QVector<QStringList> &records, int rows);
    static QVector<SurveyColumn> surveyMonkeyColumns(const QVector<QStringList> &records);
    static QVector<SurveyColumn> singleRowColumns(const QStringList &header, bool splitGrid);
    static void dropEmptyTrailingColumn(QVector<SurveyColumn> *columns);
};

} // namespace cjm
