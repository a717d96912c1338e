// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "interchange/surveycolumn.h"

#include <QVector>

namespace cjm {

/**
 * Which tool wrote a survey export and how its header is laid out: what
 * SurveyLayoutDetector found in the first records of a CSV file.
 */
struct SurveyLayout
{
    /// The tools whose layouts are recognised; Generic is a plain table with one header row.
    enum class Kind { Generic, Qualtrics, SurveyMonkey, GoogleForms };

    Kind kind = Kind::Generic;
    /// Records before the first response: 1 (Generic, Google Forms), 2 (SurveyMonkey,
    /// legacy Qualtrics) or 3 (current and 2016 "Insights" Qualtrics).
    int headerRows = 1;
    /// The columns that carry data, in file order. A trailing column that is empty in every
    /// header row (legacy Qualtrics ends each line with a comma) is left out.
    QVector<SurveyColumn> columns;
};

} // namespace cjm
