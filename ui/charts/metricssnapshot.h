// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/driveranalysis.h"
#include "analytics/periodbucket.h"
#include "analytics/surveymetricsgroup.h"
#include "util/status.h"

#include <QCoreApplication>
#include <QLocale>
#include <QUuid>
#include <QVector>

#include <optional>

namespace cjm {

class Document;
class Project;
struct Metric;

/**
 * Every figure the Metrics view shows for one journey, computed once per refresh (one
 * SurveyMetricsQuery per grouping) so that the charts draw from the same numbers and a
 * change of the document costs one round of SQL, not one per chart.
 *
 * The persona filter narrows every figure to that segment's respondents (SurveyMetricsQuery
 * in SQL), and the persona groups to that segment.
 */
class MetricsSnapshot
{
    Q_DECLARE_TR_FUNCTIONS(cjm::MetricsSnapshot)

public:
    /// What to compute.
    struct Options
    {
        QUuid journeyId;
        /// Null: all segments.
        QUuid personaId;
        PeriodBucket::Granularity granularity = PeriodBucket::Granularity::Month;
        QLocale locale;
    };

    MetricsSnapshot() = default;
    /// Computes the figures of `document` (nullptr: an empty snapshot).
    MetricsSnapshot(Document *document, const Options &options);

    const Options &options() const { return mOptions; }
    /// The project the figures belong to; nullptr for an empty snapshot.
    const Project *project() const { return mProject; }
    /// Why the figures could not be read, if they could not.
    const Status &status() const { return mStatus; }
    /// Whether the journey has any survey answers (of any metric).
    bool hasSurveyData() const { return !mAll.histograms.isEmpty(); }
    /// Whether a persona filter is set.
    bool personaFiltered() const { return !mOptions.personaId.isNull(); }
    /// "segment: <persona>" for the captions of a filtered view.
    QString segmentLabel() const;

    /// All answers of the journey, or those of the chosen persona.
    const SurveyMetricsGroup &overall() const { return mOverall; }
    const QVector<SurveyMetricsGroup> &byStage() const { return mByStage; }
    const QVector<SurveyMetricsGroup> &byTouchpoint() const { return mByTouchpoint; }
    /// Persona groups (only the chosen one when filtered).
    const QVector<SurveyMetricsGroup> &byPersona() const { return mByPersona; }
    const QVector<SurveyMetricsGroup> &byPeriod() const { return mByPeriod; }
    /// Driver analysis of the touchpoint-scoped CSAT answers against the NPS answer.
    const DriverAnalysis &drivers() const { return mDrivers; }

    /// The first metric of `kind` in project order, preferring one with a target; nullptr.
    const Metric *metricOf(MetricKind kind) const;
    /// The target of metricOf(kind), if any.
    std::optional<double> targetOf(MetricKind kind) const;

private:
    void computeDrivers(Document *document);

    Options mOptions;
    const Project *mProject = nullptr;
    Status mStatus;
    SurveyMetricsGroup mAll;
    SurveyMetricsGroup mOverall;
    QVector<SurveyMetricsGroup> mByStage;
    QVector<SurveyMetricsGroup> mByTouchpoint;
    QVector<SurveyMetricsGroup> mByPersona;
    QVector<SurveyMetricsGroup> mByPeriod;
    DriverAnalysis mDrivers;
};

} // namespace cjm
