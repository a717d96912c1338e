// SPDX-License-Identifier: GPL-3.0-or-later
#include "surveymeasurements.h"

#include "analytics/cesresult.h"
#include "analytics/csatresult.h"
#include "analytics/customresult.h"
#include "analytics/npsresult.h"
#include "analytics/scorehistogram.h"

#include <QMap>
#include <QSqlError>
#include <QSqlQuery>

#include <cmath>
#include <tuple>

namespace cjm {

namespace {

/// One measurement to be: a metric at a scope in a month.
using Key = std::tuple<QString, int, QString, QString>; // metric, scope kind, scope, "yyyy-MM"

bool scopeExists(const Project &project, ScopeKind kind, const QUuid &id)
{
    switch (kind) {
    case ScopeKind::Project:
        return true;
    case ScopeKind::Journey:
        return project.journeys().contains(id);
    case ScopeKind::Stage:
        return project.stages().contains(id);
    case ScopeKind::Touchpoint:
        return project.touchpoints().contains(id);
    }
    return false;
}

/// A stable id for (metric, scope, month): the same figures recomputed are the same entity.
QUuid measurementId(const Key &key)
{
    static const QUuid ns(QStringLiteral("{5c0f6a52-33b1-4d8e-9a57-0f3cfd1f6a10}"));
    const QString name = QStringLiteral("%1|%2|%3|%4")
                                 .arg(std::get<0>(key))
                                 .arg(std::get<1>(key))
                                 .arg(std::get<2>(key), std::get<3>(key));
    return QUuid::createUuidV5(ns, name);
}

} // namespace

std::optional<double> SurveyMeasurements::figure(MetricKind kind, const ScoreHistogram &answers)
{
    switch (kind) {
    case MetricKind::Nps:
        return computeNps(answers).value;
    case MetricKind::Csat:
        return computeCsat(answers).value;
    case MetricKind::Ces:
        return computeCes(answers).mean;
    case MetricKind::Custom:
        return computeCustom(answers).mean;
    }
    return std::nullopt;
}

QVector<Measurement> SurveyMeasurements::compute(QSqlDatabase database, const Project &project,
                                                 Status *status)
{
    *status = Status::success();
    QSqlQuery query(database);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral(
                "SELECT metric_id, scope_kind, coalesce(scope_id, ''), substr(day, 1, 7), "
                "score, sum(count) FROM survey_histogram "
                "GROUP BY metric_id, scope_kind, scope_id, substr(day, 1, 7), score"))) {
        *status = Status::failure(
                tr("Could not read the survey figures: %1").arg(query.lastError().text()));
        return {};
    }
    QMap<Key, ScoreHistogram> histograms;
    while (query.next()) {
        const QString metricId = query.value(0).toString();
        const Metric *metric = project.metrics().find(QUuid(metricId));
        const ScopeKind scopeKind = ScopeKind(query.value(1).toInt());
        const QString scopeId = query.value(2).toString();
        if (!metric || !scopeExists(project, scopeKind, QUuid(scopeId))
            || query.value(3).toString().size() != 7)
            continue;
        const Key key{metricId, int(scopeKind), scopeId, query.value(3).toString()};
        auto it = histograms.find(key);
        if (it == histograms.end()) {
            it = histograms.insert(key,
                                   ScoreHistogram(int(std::floor(metric->scaleMin)),
                                                  int(std::ceil(metric->scaleMax))));
        }
        it->add(query.value(4).toDouble(), query.value(5).toLongLong());
    }
    QVector<Measurement> measurements;
    for (auto it = histograms.cbegin(); it != histograms.cend(); ++it) {
        const Metric *metric = project.metrics().find(QUuid(std::get<0>(it.key())));
        const std::optional<double> value = figure(metric->kind, it.value());
        const QDate month
                = QDate::fromString(std::get<3>(it.key()) + QStringLiteral("-01"), Qt::ISODate);
        if (!value || !month.isValid())
            continue;
        Measurement m;
        m.id = measurementId(it.key());
        m.metricId = metric->id;
        m.scopeKind = ScopeKind(std::get<1>(it.key()));
        m.scopeId = QUuid(std::get<2>(it.key()));
        m.periodStart = month;
        m.periodEnd = month.addMonths(1).addDays(-1);
        m.value = *value;
        m.sampleSize = int(std::min<qint64>(it.value().n(), INT_MAX));
        m.source = MeasurementSource::Survey;
        measurements.append(m);
    }
    return measurements;
}

} // namespace cjm
