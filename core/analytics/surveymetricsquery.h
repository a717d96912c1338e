// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/driveranalysis.h"
#include "analytics/periodbucket.h"
#include "analytics/surveymetricsgroup.h"
#include "model/enums.h"
#include "util/status.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QSqlDatabase>
#include <QUuid>
#include <QVector>

class QSqlQuery;

namespace cjm {

class Project;
struct Measurement;

/**
 * Survey figures of a project or one journey, overall and by stage, touchpoint, persona or
 * period, aggregated in SQL from the pre-aggregated tables (survey_histogram,
 * survey_pair_sums) — never from the answers one by one — so that a million responses cost
 * the same as a hundred. Each group holds one ScoreHistogram per metric; NPS, CSAT, CES and
 * custom figures follow from it (SurveyMetricsGroup).
 *
 * Which answers count: for a journey, those scoped to the journey, its stages or their
 * touchpoints; for the project (null journey), all. The overall figure of a metric pools all
 * its scopes (the touchpoint-scoped CSAT columns of one survey make one CSAT). Stage groups
 * hold the answers scoped to the stage or to its touchpoints; touchpoint groups those scoped
 * to the touchpoint; journey- and project-scoped answers appear only overall and in persona
 * and period groups. Rows naming a metric, stage or touchpoint that no longer exists are
 * ignored.
 */
class SurveyMetricsQuery
{
    Q_DECLARE_TR_FUNCTIONS(cjm::SurveyMetricsQuery)

public:
    /// How to split the answers.
    enum class GroupBy { None, Stage, Touchpoint, Persona, Week, Month, Quarter };

    /// Overall and per group.
    struct Result
    {
        Status status;
        SurveyMetricsGroup overall;
        /// In map order (stages, touchpoints), persona order (then "no segment"), or time.
        QVector<SurveyMetricsGroup> groups;
    };

    /// A touchpoint-scoped manual measurement next to the survey figure of its period.
    struct Comparison
    {
        QDate periodStart;
        /// The survey answers of the metric in the period (all scopes of the journey).
        ScoreHistogram survey;
        /// Manual measurements of the metric whose period starts in this period.
        QVector<const Measurement *> manual;
    };

    /// Queries `database` (a project's working copy) for `project`'s figures.
    SurveyMetricsQuery(QSqlDatabase database, const Project &project);

    /// Counts only the answers of respondents of persona `personaId` (null: everyone) in
    /// compute() and driverInputs(): a Metrics view filtered to one segment.
    void setPersona(const QUuid &personaId) { mPersona = personaId; }

    /// Figures of journey `journeyId` (null: the whole project), grouped by `groupBy`.
    Result compute(const QUuid &journeyId, GroupBy groupBy,
                   const QLocale &locale = QLocale()) const;
    /**
     * Figures grouped by two things at once, e.g. touchpoint × month for a trend per
     * touchpoint: one group per pair that has answers, ordered by `groupBy` as compute() orders
     * it, then by `thenBy` (time order for periods). A group's key is "KEY1|KEY2", its label
     * "LABEL1 · LABEL2", its id the first's, its periodStart the period's.
     */
    Result compute(const QUuid &journeyId, GroupBy groupBy, GroupBy thenBy,
                   const QLocale &locale = QLocale()) const;

    /// Driver analysis input for `metricId` (a touchpoint-scoped score, usually CSAT) in
    /// journey `journeyId`: per touchpoint of the journey in map order, the pair sums with
    /// the NPS answer of the same respondents and the mean of all its answers.
    QVector<DriverAnalysis::Input> driverInputs(const QUuid &journeyId,
                                                const QUuid &metricId) const;

    /// Survey figure and manual measurements of `metricId` per period, side by side, in time
    /// order (periods with either).
    QVector<Comparison> compareWithMeasurements(const QUuid &journeyId, const QUuid &metricId,
                                                PeriodBucket::Granularity granularity) const;

    /// GroupBy from its CLI name ("stage", "touchpoint", "persona", "week", "month",
    /// "quarter"); false for anything else.
    static bool groupByFromName(const QString &name, GroupBy *groupBy);

private:
    /// One aggregated histogram row.
    struct Row
    {
        QUuid metricId;
        ScopeKind scopeKind = ScopeKind::Project;
        QUuid scopeId;
        QUuid personaId;
        QDate day;
        int score = 0;
        qint64 count = 0;
    };

    Status rows(GroupBy groupBy, GroupBy thenBy, QVector<Row> *rows) const;
    bool groupOf(const Row &row, GroupBy groupBy, const QLocale &locale,
                 SurveyMetricsGroup *group) const;
    bool inJourney(const Row &row, const QUuid &journeyId) const;
    QUuid stageOf(const Row &row) const;
    void addTo(SurveyMetricsGroup *group, const Row &row) const;
    QVector<SurveyMetricsGroup> orderedGroups(GroupBy groupBy, const QUuid &journeyId,
                                              QHash<QString, SurveyMetricsGroup> groups) const;

    /// "<keyword> persona_id = ? " when a persona is set, else nothing.
    QString personaClause(const QString &keyword) const;
    void bindPersona(QSqlQuery *query) const;

    QSqlDatabase mDatabase;
    QUuid mPersona;
    const Project &mProject;
};

} // namespace cjm
