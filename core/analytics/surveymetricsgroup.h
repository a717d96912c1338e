// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/cesresult.h"
#include "analytics/csatresult.h"
#include "analytics/customresult.h"
#include "analytics/npsresult.h"
#include "analytics/scorehistogram.h"
#include "model/enums.h"

#include <QDate>
#include <QMap>
#include <QString>
#include <QUuid>

namespace cjm {

class Project;

/**
 * The survey answers of one group (a stage, a touchpoint, a persona, a period, or all of
 * them) as one score histogram per metric, from which every figure follows: what
 * SurveyMetricsQuery yields for each group.
 */
struct SurveyMetricsGroup
{
    /// Stable key: the entity's id (stage, touchpoint, persona; "" for answers without a
    /// persona), the period's first day (ISO), or "" for the overall group.
    QString key;
    /// Name for users: the stage name, touchpoint title, persona name or period label.
    QString label;
    /// The entity (stage, touchpoint, persona), if any.
    QUuid id;
    /// The period's first day, for period groups.
    QDate periodStart;
    /// Answers per metric, each histogram on its metric's scale.
    QMap<QUuid, ScoreHistogram> histograms;

    /// The answers of every metric of `kind` pooled (one metric's touchpoint scopes, or all
    /// CSAT metrics): NPS, CSAT and CES metrics share their kind's scale.
    ScoreHistogram pooled(const Project &project, MetricKind kind) const;
    /// The figures of the pooled histogram of each kind.
    NpsResult nps(const Project &project) const;
    CsatResult csat(const Project &project) const;
    CesResult ces(const Project &project) const;
    /// The figures of one custom (or any) metric.
    CustomResult custom(const QUuid &metricId) const;
};

} // namespace cjm
