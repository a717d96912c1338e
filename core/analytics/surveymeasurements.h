// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/measurement.h"
#include "model/project.h"
#include "util/status.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace cjm {

/**
 * Monthly measurements computed from imported survey data: for each metric, each scope its
 * answers name (journey, stage, touchpoint) and each calendar month, the metric's figure
 * (NPS, CSAT top-two-box %, CES mean, custom mean) with its sample size, as Measurement
 * entities with source Survey. They put survey figures where the map shows measurements:
 * the metric chips and the badges on touchpoint cards, against the metric's target.
 *
 * Read from survey_histogram with one GROUP BY, so the cost does not grow with the number
 * of responses. Answers naming a metric or scope that no longer exists are left out.
 */
class SurveyMeasurements
{
    Q_DECLARE_TR_FUNCTIONS(cjm::SurveyMeasurements)

public:
    /// The measurements `database` (a working copy of `project`) supports, ordered by
    /// metric, scope and month; ids are derived from those three, so a recomputation of
    /// unchanged data gives the same entities.
    static QVector<Measurement> compute(QSqlDatabase database, const Project &project,
                                        Status *status);

    /// The figure of a metric's answers: what the map shows for its kind; none if empty.
    static std::optional<double> figure(MetricKind kind, const class ScoreHistogram &answers);
};

} // namespace cjm
