// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace cjm {

/**
 * One column of a survey export, its header rows merged into one description, so that the
 * importer and the column-mapping dialog need not know which tool wrote the file.
 */
struct SurveyColumn
{
    /// 0-based index of the column in every record.
    int index = -1;
    /// The tool's name for the column: Qualtrics' export tag (`Q3`, `StartDate`), otherwise
    /// the header text. Survey authors can rename it; prefer importId as a key when set.
    QString id;
    /// The question (or metadata label) in the survey's language, shown to the user.
    QString question;
    /// The answer option, matrix row or sub-field (`Website order`, `Email`); empty for
    /// single-answer columns and for SurveyMonkey's `Response` / `Open-Ended Response`.
    QString option;
    /// Qualtrics' stable internal id (`QID2_1`, `startDate`) from its third header row;
    /// empty for other tools.
    QString importId;
};

} // namespace cjm
