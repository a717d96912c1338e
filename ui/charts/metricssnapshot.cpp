// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/metricssnapshot.h"

#include "analytics/surveymetricsquery.h"
#include "document/document.h"
#include "model/project.h"

#include <algorithm>

namespace cjm {

namespace {

SurveyMetricsQuery::GroupBy periodGrouping(PeriodBucket::Granularity granularity)
{
    switch (granularity) {
    case PeriodBucket::Granularity::Week:
        return SurveyMetricsQuery::GroupBy::Week;
    case PeriodBucket::Granularity::Quarter:
        return SurveyMetricsQuery::GroupBy::Quarter;
    case PeriodBucket::Granularity::Month:
        break;
    }
    return SurveyMetricsQuery::GroupBy::Month;
}

} // namespace

MetricsSnapshot::MetricsSnapshot(Document *document, const Options &options) : mOptions(options)
{
    if (!document)
        return;
    mProject = &document->project();
    // The segment filter narrows every figure; the persona groups (segment bars) always
    // show every segment, with the chosen one picked out below.
    SurveyMetricsQuery query(document->workingCopy().database(), *mProject);
    query.setPersona(options.personaId);
    SurveyMetricsQuery everyone(document->workingCopy().database(), *mProject);
    const QUuid journey = options.journeyId;
    const auto compute = [&](SurveyMetricsQuery::GroupBy groupBy) {
        const SurveyMetricsQuery &source
                = groupBy == SurveyMetricsQuery::GroupBy::Persona ? everyone : query;
        SurveyMetricsQuery::Result result = source.compute(journey, groupBy, options.locale);
        if (!result.status && mStatus)
            mStatus = result.status;
        if (groupBy == SurveyMetricsQuery::GroupBy::Stage)
            mAll = result.overall;
        return result.groups;
    };
    mByStage = compute(SurveyMetricsQuery::GroupBy::Stage);
    mByTouchpoint = compute(SurveyMetricsQuery::GroupBy::Touchpoint);
    mByPeriod = compute(periodGrouping(options.granularity));
    mOverall = mAll;
    const QVector<SurveyMetricsGroup> personas = compute(SurveyMetricsQuery::GroupBy::Persona);
    for (const SurveyMetricsGroup &group : personas) {
        if (!personaFiltered() || group.id == options.personaId)
            mByPersona.append(group);
    }
    if (personaFiltered()) {
        mOverall = SurveyMetricsGroup();
        if (!mByPersona.isEmpty())
            mOverall = mByPersona.first();
    }
    computeDrivers(document);
}

void MetricsSnapshot::computeDrivers(Document *document)
{
    // The CSAT metric whose answers name touchpoints is the one a driver analysis needs.
    SurveyMetricsQuery query(document->workingCopy().database(), *mProject);
    query.setPersona(mOptions.personaId);
    for (const Metric *metric : mProject->orderedMetrics()) {
        if (metric->kind != MetricKind::Csat)
            continue;
        const bool touchpointScoped = std::any_of(
                mByTouchpoint.cbegin(), mByTouchpoint.cend(),
                [&](const SurveyMetricsGroup &g) { return g.histograms.contains(metric->id); });
        if (touchpointScoped) {
            mDrivers = DriverAnalysis::compute(query.driverInputs(mOptions.journeyId, metric->id));
            return;
        }
    }
}

QString MetricsSnapshot::segmentLabel() const
{
    const Persona *persona = mProject ? mProject->personas().find(mOptions.personaId) : nullptr;
    return tr("segment: %1").arg(persona ? persona->name : tr("(removed persona)"));
}

const Metric *MetricsSnapshot::metricOf(MetricKind kind) const
{
    if (!mProject)
        return nullptr;
    const Metric *first = nullptr;
    for (const Metric *metric : mProject->orderedMetrics()) {
        if (metric->kind != kind)
            continue;
        if (metric->target)
            return metric;
        if (!first)
            first = metric;
    }
    return first;
}

std::optional<double> MetricsSnapshot::targetOf(MetricKind kind) const
{
    const Metric *metric = metricOf(kind);
    return metric ? metric->target : std::nullopt;
}

} // namespace cjm
