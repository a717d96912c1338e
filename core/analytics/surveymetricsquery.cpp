// SPDX-License-Identifier: GPL-3.0-or-later
#include "analytics/surveymetricsquery.h"

#include "model/fieldvalue.h"
#include "model/project.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <map>

namespace cjm {

namespace {

PeriodBucket::Granularity granularityOf(SurveyMetricsQuery::GroupBy groupBy)
{
    switch (groupBy) {
    case SurveyMetricsQuery::GroupBy::Week:
        return PeriodBucket::Granularity::Week;
    case SurveyMetricsQuery::GroupBy::Quarter:
        return PeriodBucket::Granularity::Quarter;
    default:
        return PeriodBucket::Granularity::Month;
    }
}

bool isPeriod(SurveyMetricsQuery::GroupBy groupBy)
{
    return groupBy == SurveyMetricsQuery::GroupBy::Week
            || groupBy == SurveyMetricsQuery::GroupBy::Month
            || groupBy == SurveyMetricsQuery::GroupBy::Quarter;
}

/// "2026-03" or "2026-03-14" as a date ("" and junk: invalid).
QDate dayOf(const QString &text)
{
    if (text.size() == 7)
        return QDate::fromString(text + QStringLiteral("-01"), Qt::ISODate);
    return QDate::fromString(text, Qt::ISODate);
}

} // namespace

SurveyMetricsQuery::SurveyMetricsQuery(QSqlDatabase database, const Project &project)
    : mDatabase(database), mProject(project)
{}

bool SurveyMetricsQuery::groupByFromName(const QString &name, GroupBy *groupBy)
{
    static const std::pair<const char *, GroupBy> names[] = {
            {"stage", GroupBy::Stage},     {"touchpoint", GroupBy::Touchpoint},
            {"persona", GroupBy::Persona}, {"week", GroupBy::Week},
            {"month", GroupBy::Month},     {"quarter", GroupBy::Quarter},
    };
    for (const auto &entry : names) {
        if (name == QLatin1String(entry.first)) {
            *groupBy = entry.second;
            return true;
        }
    }
    return false;
}

Status SurveyMetricsQuery::rows(GroupBy groupBy, GroupBy thenBy, QVector<Row> *rows) const
{
    // Only what the grouping needs is selected, so SQLite sums everything else away.
    const bool byPersona = groupBy == GroupBy::Persona || thenBy == GroupBy::Persona;
    const QString persona = byPersona ? QStringLiteral("persona_id") : QStringLiteral("NULL");
    QString day = QStringLiteral("''");
    if (groupBy == GroupBy::Week || thenBy == GroupBy::Week)
        day = QStringLiteral("day");
    else if (isPeriod(groupBy) || isPeriod(thenBy))
        day = QStringLiteral("substr(day, 1, 7)");
    QSqlQuery query(mDatabase);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT metric_id, scope_kind, scope_id, %1, %2, score, "
                                 "SUM(count) FROM survey_histogram %3"
                                 "GROUP BY 1, 2, 3, 4, 5, 6")
                          .arg(persona, day, personaClause(QStringLiteral("WHERE"))));
    bindPersona(&query);
    if (!query.exec())
        return Status::failure(
                tr("cannot read the survey figures: %1").arg(query.lastError().text()));
    while (query.next()) {
        Row row;
        row.metricId = QUuid::fromString(query.value(0).toString());
        row.scopeKind = ScopeKind(query.value(1).toInt());
        row.scopeId = QUuid::fromString(query.value(2).toString());
        row.personaId = QUuid::fromString(query.value(3).toString());
        row.day = dayOf(query.value(4).toString());
        row.score = qRound(query.value(5).toDouble());
        row.count = query.value(6).toLongLong();
        rows->append(row);
    }
    return Status::success();
}

QString SurveyMetricsQuery::personaClause(const QString &keyword) const
{
    return mPersona.isNull() ? QString() : keyword + QStringLiteral(" persona_id = ? ");
}

void SurveyMetricsQuery::bindPersona(QSqlQuery *query) const
{
    if (!mPersona.isNull())
        query->addBindValue(uuidText(mPersona));
}

QUuid SurveyMetricsQuery::stageOf(const Row &row) const
{
    if (row.scopeKind == ScopeKind::Stage)
        return mProject.stages().contains(row.scopeId) ? row.scopeId : QUuid();
    if (row.scopeKind == ScopeKind::Touchpoint) {
        const Touchpoint *touchpoint = mProject.touchpoints().find(row.scopeId);
        return touchpoint ? touchpoint->stageId : QUuid();
    }
    return QUuid();
}

bool SurveyMetricsQuery::inJourney(const Row &row, const QUuid &journeyId) const
{
    switch (row.scopeKind) {
    case ScopeKind::Project:
        return journeyId.isNull();
    case ScopeKind::Journey:
        return journeyId.isNull() ? mProject.journeys().contains(row.scopeId)
                                  : row.scopeId == journeyId;
    case ScopeKind::Stage:
    case ScopeKind::Touchpoint: {
        const Stage *stage = mProject.stages().find(stageOf(row));
        return stage && (journeyId.isNull() || stage->journeyId == journeyId);
    }
    }
    return false;
}

void SurveyMetricsQuery::addTo(SurveyMetricsGroup *group, const Row &row) const
{
    auto it = group->histograms.find(row.metricId);
    if (it == group->histograms.end()) {
        const Metric *metric = mProject.metrics().find(row.metricId);
        it = group->histograms.insert(
                row.metricId, ScoreHistogram(qRound(metric->scaleMin), qRound(metric->scaleMax)));
    }
    it->add(row.score, row.count);
}

SurveyMetricsQuery::Result SurveyMetricsQuery::compute(const QUuid &journeyId, GroupBy groupBy,
                                                       const QLocale &locale) const
{
    Result result;
    QVector<Row> all;
    result.status = rows(groupBy, GroupBy::None, &all);
    if (!result.status)
        return result;
    QHash<QString, SurveyMetricsGroup> groups;
    for (const Row &row : std::as_const(all)) {
        if (!mProject.metrics().contains(row.metricId) || !inJourney(row, journeyId))
            continue;
        addTo(&result.overall, row);
        SurveyMetricsGroup group;
        if (!groupOf(row, groupBy, locale, &group))
            continue;
        auto it = groups.find(group.key);
        if (it == groups.end())
            it = groups.insert(group.key, group);
        addTo(&*it, row);
    }
    result.groups = orderedGroups(groupBy, journeyId, groups);
    return result;
}

QVector<SurveyMetricsGroup>
SurveyMetricsQuery::orderedGroups(GroupBy groupBy, const QUuid &journeyId,
                                  QHash<QString, SurveyMetricsGroup> groups) const
{
    QVector<SurveyMetricsGroup> ordered;
    auto take = [&](const QUuid &id) {
        const auto it = groups.find(uuidText(id));
        if (it != groups.end()) {
            ordered.append(*it);
            groups.erase(it);
        }
    };
    QVector<const Journey *> journeys;
    if (journeyId.isNull())
        journeys = mProject.orderedJourneys();
    else if (const Journey *journey = mProject.journeys().find(journeyId))
        journeys.append(journey);
    if (groupBy == GroupBy::Stage || groupBy == GroupBy::Touchpoint) {
        for (const Journey *journey : std::as_const(journeys)) {
            for (const Stage *stage : mProject.stagesOf(journey->id)) {
                if (groupBy == GroupBy::Stage)
                    take(stage->id);
                else
                    for (const Touchpoint *touchpoint : mProject.touchpointsOf(stage->id))
                        take(touchpoint->id);
            }
        }
    } else if (groupBy == GroupBy::Persona) {
        for (const Persona *persona : mProject.orderedPersonas())
            take(persona->id);
        take(QUuid());
    } else if (isPeriod(groupBy)) {
        std::map<QString, SurveyMetricsGroup> byKey;
        for (auto it = groups.cbegin(); it != groups.cend(); ++it)
            byKey.emplace(it.key(), it.value());
        for (const auto &entry : byKey)
            ordered.append(entry.second);
    }
    return ordered;
}

bool SurveyMetricsQuery::groupOf(const Row &row, GroupBy groupBy, const QLocale &locale,
                                 SurveyMetricsGroup *group) const
{
    switch (groupBy) {
    case GroupBy::None:
        return false;
    case GroupBy::Stage:
        group->id = stageOf(row);
        if (group->id.isNull())
            return false;
        group->key = uuidText(group->id);
        group->label = mProject.stages().find(group->id)->name;
        return true;
    case GroupBy::Touchpoint:
        if (row.scopeKind != ScopeKind::Touchpoint)
            return false;
        group->id = row.scopeId;
        group->key = uuidText(group->id);
        group->label = mProject.touchpoints().find(group->id)->title;
        return true;
    case GroupBy::Persona: {
        const Persona *persona = mProject.personas().find(row.personaId);
        group->id = persona ? persona->id : QUuid();
        group->key = uuidText(group->id);
        group->label = persona ? persona->name : tr("No segment");
        return true;
    }
    case GroupBy::Week:
    case GroupBy::Month:
    case GroupBy::Quarter:
        if (!row.day.isValid())
            return false;
        group->periodStart = PeriodBucket::periodStart(row.day, granularityOf(groupBy));
        group->key = group->periodStart.toString(Qt::ISODate);
        group->label = PeriodBucket::label(row.day, granularityOf(groupBy), locale);
        return true;
    }
    return false;
}

SurveyMetricsQuery::Result SurveyMetricsQuery::compute(const QUuid &journeyId, GroupBy groupBy,
                                                       GroupBy thenBy, const QLocale &locale) const
{
    if (thenBy == GroupBy::None || thenBy == groupBy)
        return compute(journeyId, groupBy, locale);
    Result result;
    QVector<Row> all;
    result.status = rows(groupBy, thenBy, &all);
    if (!result.status)
        return result;
    QHash<QString, SurveyMetricsGroup> firsts; // only for their order
    QHash<QString, std::map<QString, SurveyMetricsGroup>> pairs;
    for (const Row &row : std::as_const(all)) {
        if (!mProject.metrics().contains(row.metricId) || !inJourney(row, journeyId))
            continue;
        addTo(&result.overall, row);
        SurveyMetricsGroup first, second;
        if (!groupOf(row, groupBy, locale, &first) || !groupOf(row, thenBy, locale, &second))
            continue;
        firsts.insert(first.key, first);
        auto &inner = pairs[first.key];
        auto it = inner.find(second.key);
        if (it == inner.end()) {
            SurveyMetricsGroup group = first;
            group.key = first.key + QLatin1Char('|') + second.key;
            group.label = first.label + QStringLiteral(" · ") + second.label;
            if (second.periodStart.isValid())
                group.periodStart = second.periodStart;
            it = inner.emplace(second.key, group).first;
        }
        addTo(&it->second, row);
    }
    for (const SurveyMetricsGroup &first : orderedGroups(groupBy, journeyId, firsts)) {
        for (const auto &entry : pairs.value(first.key))
            result.groups.append(entry.second);
    }
    return result;
}

QVector<DriverAnalysis::Input> SurveyMetricsQuery::driverInputs(const QUuid &journeyId,
                                                                const QUuid &metricId) const
{
    QHash<QUuid, PairSums> sums;
    QHash<QUuid, ScoreHistogram> histograms;
    const Metric *metric = mProject.metrics().find(metricId);
    if (!metric)
        return {};
    QSqlQuery query(mDatabase);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT scope_id, SUM(n), SUM(sum_x), SUM(sum_y), SUM(sum_xx), "
                                 "SUM(sum_yy), SUM(sum_xy) FROM survey_pair_sums "
                                 "WHERE metric_id = ? AND scope_kind = 3 %1GROUP BY scope_id")
                          .arg(personaClause(QStringLiteral("AND"))));
    query.addBindValue(uuidText(metricId));
    bindPersona(&query);
    if (query.exec()) {
        while (query.next()) {
            PairSums &s = sums[QUuid::fromString(query.value(0).toString())];
            s.n = query.value(1).toLongLong();
            s.sumX = query.value(2).toDouble();
            s.sumY = query.value(3).toDouble();
            s.sumXX = query.value(4).toDouble();
            s.sumYY = query.value(5).toDouble();
            s.sumXY = query.value(6).toDouble();
        }
    }
    query.prepare(QStringLiteral("SELECT scope_id, score, SUM(count) FROM survey_histogram "
                                 "WHERE metric_id = ? AND scope_kind = 3 %1GROUP BY 1, 2")
                          .arg(personaClause(QStringLiteral("AND"))));
    query.addBindValue(uuidText(metricId));
    bindPersona(&query);
    if (query.exec()) {
        while (query.next()) {
            const QUuid id = QUuid::fromString(query.value(0).toString());
            auto it = histograms.find(id);
            if (it == histograms.end())
                it = histograms.insert(
                        id, ScoreHistogram(qRound(metric->scaleMin), qRound(metric->scaleMax)));
            it->add(query.value(1).toDouble(), query.value(2).toLongLong());
        }
    }
    QVector<DriverAnalysis::Input> inputs;
    const QVector<const Journey *> journeys = journeyId.isNull()
            ? mProject.orderedJourneys()
            : QVector<const Journey *>{mProject.journeys().find(journeyId)};
    for (const Journey *journey : journeys) {
        if (!journey)
            continue;
        for (const Stage *stage : mProject.stagesOf(journey->id)) {
            for (const Touchpoint *touchpoint : mProject.touchpointsOf(stage->id)) {
                DriverAnalysis::Input input;
                input.touchpointId = touchpoint->id;
                input.sums = sums.value(touchpoint->id);
                input.performance = histograms.value(touchpoint->id).mean();
                inputs.append(input);
            }
        }
    }
    return inputs;
}

QVector<SurveyMetricsQuery::Comparison>
SurveyMetricsQuery::compareWithMeasurements(const QUuid &journeyId, const QUuid &metricId,
                                            PeriodBucket::Granularity granularity) const
{
    const Metric *metric = mProject.metrics().find(metricId);
    if (!metric)
        return {};
    std::map<QDate, Comparison> periods;
    auto periodAt = [&](const QDate &day) -> Comparison & {
        const QDate start = PeriodBucket::periodStart(day, granularity);
        auto it = periods.find(start);
        if (it == periods.end()) {
            Comparison comparison;
            comparison.periodStart = start;
            comparison.survey = ScoreHistogram(qRound(metric->scaleMin), qRound(metric->scaleMax));
            it = periods.emplace(start, comparison).first;
        }
        return it->second;
    };
    QVector<Row> all;
    if (!rows(GroupBy::Week, GroupBy::None, &all))
        return {};
    for (const Row &row : std::as_const(all)) {
        if (row.metricId == metricId && row.day.isValid() && inJourney(row, journeyId))
            periodAt(row.day).survey.add(row.score, row.count);
    }
    for (const Measurement &measurement : mProject.measurements()) {
        if (measurement.metricId == metricId && measurement.source == MeasurementSource::Manual
            && measurement.periodStart.isValid())
            periodAt(measurement.periodStart).manual.append(&measurement);
    }
    QVector<Comparison> result;
    for (const auto &entry : periods)
        result.append(entry.second);
    return result;
}

} // namespace cjm
