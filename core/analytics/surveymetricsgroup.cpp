// SPDX-License-Identifier: GPL-3.0-or-later
#include "analytics/surveymetricsgroup.h"

#include "model/project.h"

namespace cjm {

ScoreHistogram SurveyMetricsGroup::pooled(const Project &project, MetricKind kind) const
{
    std::optional<ScoreHistogram> sum;
    for (auto it = histograms.constBegin(); it != histograms.constEnd(); ++it) {
        const Metric *metric = project.metrics().find(it.key());
        if (!metric || metric->kind != kind)
            continue;
        if (sum)
            *sum += it.value();
        else
            sum = it.value();
    }
    if (sum)
        return *sum;
    switch (kind) {
    case MetricKind::Nps:
        return ScoreHistogram(0, 10);
    case MetricKind::Csat:
        return ScoreHistogram(1, 5);
    case MetricKind::Ces:
        return ScoreHistogram(1, 7);
    case MetricKind::Custom:
        break;
    }
    return ScoreHistogram(1, 5);
}

NpsResult SurveyMetricsGroup::nps(const Project &project) const
{
    return computeNps(pooled(project, MetricKind::Nps));
}

CsatResult SurveyMetricsGroup::csat(const Project &project) const
{
    return computeCsat(pooled(project, MetricKind::Csat));
}

CesResult SurveyMetricsGroup::ces(const Project &project) const
{
    return computeCes(pooled(project, MetricKind::Ces));
}

CustomResult SurveyMetricsGroup::custom(const QUuid &metricId) const
{
    return computeCustom(histograms.value(metricId));
}

} // namespace cjm
