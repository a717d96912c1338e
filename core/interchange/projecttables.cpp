// SPDX-License-Identifier: GPL-3.0-or-later
#include "projecttables.h"

#include "analytics/opportunityranking.h"
#include "analytics/riskassessment.h"
#include "model/labels.h"

#include <algorithm>

namespace cjm {

namespace {

using Type = DataTable::CellType;

} // namespace

QVector<DataTable> ProjectTables::build(const Project &project, const QUuid &journeyId)
{
    return {touchpoints(project, journeyId), painPoints(project, journeyId),
            opportunities(project, journeyId), personas(project), measurements(project)};
}

QVector<const Journey *> ProjectTables::journeysOf(const Project &project, const QUuid &journeyId)
{
    if (journeyId.isNull())
        return project.orderedJourneys();
    const Journey *journey = project.journeys().find(journeyId);
    return journey ? QVector<const Journey *>{journey} : QVector<const Journey *>{};
}

QVariant ProjectTables::optionalCell(const std::optional<int> &value)
{
    return value ? QVariant(*value) : QVariant();
}

QVariant ProjectTables::optionalCell(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant();
}

DataTable ProjectTables::touchpoints(const Project &project, const QUuid &journeyId)
{
    DataTable table(QStringLiteral("touchpoints"), tr("Touchpoints"),
                    {{tr("Journey"), Type::Text},
                     {tr("Stage no."), Type::Integer},
                     {tr("Stage"), Type::Text},
                     {tr("No."), Type::Integer},
                     {tr("Touchpoint"), Type::Text},
                     {tr("Channel"), Type::Text},
                     {tr("Environment"), Type::Text},
                     {tr("Owner"), Type::Text},
                     {tr("Emotion"), Type::Integer},
                     {tr("Emotion to-be"), Type::Integer},
                     {tr("Evidence"), Type::Text},
                     {tr("Moment of truth"), Type::Text},
                     {tr("Customer action"), Type::Text},
                     {tr("Thoughts"), Type::Text},
                     {tr("Feelings"), Type::Text},
                     {tr("Description"), Type::Text},
                     {tr("Backstage"), Type::Text}});
    for (const Journey *journey : journeysOf(project, journeyId)) {
        const QVector<const Stage *> stages = project.stagesOf(journey->id);
        for (int s = 0; s < stages.size(); ++s) {
            const QVector<const Touchpoint *> touchpoints = project.touchpointsOf(stages[s]->id);
            for (int t = 0; t < touchpoints.size(); ++t) {
                const Touchpoint &tp = *touchpoints[t];
                table.addRow({journey->name, s + 1, stages[s]->name, t + 1, tp.title,
                              Labels::channelName(tp.channel),
                              Labels::environmentName(tp.environment), tp.owner, tp.emotion,
                              optionalCell(tp.emotionToBe), Labels::evidenceName(tp.evidence),
                              tp.momentOfTruth ? tr("yes") : tr("no"), tp.customerAction,
                              tp.thoughts, tp.feelings, tp.description, tp.backstage});
            }
        }
    }
    return table;
}

DataTable ProjectTables::painPoints(const Project &project, const QUuid &journeyId)
{
    DataTable table(QStringLiteral("pain-points"), tr("Pain points"),
                    {{tr("Journey"), Type::Text},
                     {tr("Stage"), Type::Text},
                     {tr("Touchpoint"), Type::Text},
                     {tr("Pain point"), Type::Text},
                     {tr("Category"), Type::Text},
                     {tr("Severity"), Type::Integer},
                     {tr("Likelihood"), Type::Integer},
                     {tr("Risk score"), Type::Integer},
                     {tr("Risk level"), Type::Text},
                     {tr("Customers affected %"), Type::Number},
                     {tr("Votes"), Type::Integer},
                     {tr("Description"), Type::Text}});
    auto add = [&](const Journey *journey, const Stage *stage, const Touchpoint *tp) {
        for (const PainPoint *pain : project.painPointsOf(tp ? tp->id : stage->id)) {
            const int score = RiskAssessment::score(*pain);
            table.addRow({journey->name, stage->name, tp ? tp->title : QString(), pain->title,
                          Labels::painCategoryName(pain->category), pain->severity,
                          pain->likelihood, score,
                          RiskAssessment::label(RiskAssessment::level(score)),
                          pain->customersAffected, pain->votes, pain->description});
        }
    };
    for (const Journey *journey : journeysOf(project, journeyId)) {
        for (const Stage *stage : project.stagesOf(journey->id)) {
            add(journey, stage, nullptr);
            for (const Touchpoint *tp : project.touchpointsOf(stage->id))
                add(journey, stage, tp);
        }
    }
    return table;
}

DataTable ProjectTables::opportunities(const Project &project, const QUuid &journeyId)
{
    DataTable table(QStringLiteral("opportunities"), tr("Opportunities"),
                    {{tr("Rank"), Type::Integer},
                     {tr("Opportunity"), Type::Text},
                     {tr("Journey"), Type::Text},
                     {tr("Stage"), Type::Text},
                     {tr("Touchpoint"), Type::Text},
                     {tr("Status"), Type::Text},
                     {tr("Impact"), Type::Integer},
                     {tr("Effort"), Type::Integer},
                     {tr("Pain points addressed"), Type::Integer},
                     {tr("Risk addressed"), Type::Integer},
                     {tr("Priority"), Type::Number},
                     {tr("Due date"), Type::Date},
                     {tr("Owner"), Type::Text},
                     {tr("Votes"), Type::Integer},
                     {tr("Expected change"), Type::Text}});
    int rank = 0;
    for (const OpportunityRanking::Entry &entry : OpportunityRanking::rank(project)) {
        const Opportunity *o = project.opportunities().find(entry.opportunityId);
        if (!o)
            continue;
        const Stage *stage = project.stages().find(o->stageId);
        const Journey *journey = stage ? project.journeys().find(stage->journeyId) : nullptr;
        if (!journeyId.isNull() && (!journey || journey->id != journeyId))
            continue;
        const Touchpoint *tp = project.touchpoints().find(o->touchpointId);
        table.addRow({++rank, o->title, journey ? journey->name : QString(),
                      stage ? stage->name : QString(), tp ? tp->title : QString(),
                      opportunityStatusName(o->status), o->impact, o->effort, entry.painPoints,
                      entry.riskAddressed, entry.priority,
                      o->dueDate.isValid() ? QVariant(o->dueDate) : QVariant(), o->owner, o->votes,
                      o->expectedChange});
    }
    return table;
}

DataTable ProjectTables::personas(const Project &project)
{
    DataTable table(QStringLiteral("personas"), tr("Personas"),
                    {{tr("Persona"), Type::Text},
                     {tr("Role"), Type::Text},
                     {tr("Tier"), Type::Text},
                     {tr("Share of customers %"), Type::Number},
                     {tr("Value per customer"), Type::Number},
                     {tr("Goals"), Type::Text},
                     {tr("Needs"), Type::Text},
                     {tr("Frustrations"), Type::Text},
                     {tr("Quote"), Type::Text}});
    for (const Persona *p : project.orderedPersonas())
        table.addRow({p->name, p->role, Labels::tierName(p->tier), p->sharePercent,
                      p->valuePerCustomer, p->goals, p->needs, p->frustrations, p->quote});
    return table;
}

DataTable ProjectTables::measurements(const Project &project)
{
    DataTable table(QStringLiteral("measurements"), tr("Measurements"),
                    {{tr("Metric"), Type::Text},
                     {tr("Kind"), Type::Text},
                     {tr("Scope"), Type::Text},
                     {tr("Period start"), Type::Date},
                     {tr("Period end"), Type::Date},
                     {tr("Value"), Type::Number},
                     {tr("Unit"), Type::Text},
                     {tr("Target"), Type::Number},
                     {tr("Sample size"), Type::Integer},
                     {tr("Source"), Type::Text},
                     {tr("Note"), Type::Text}});
    for (const Metric *metric : project.orderedMetrics()) {
        QVector<const Measurement *> rows = project.measurements().filtered(
                [&](const Measurement &m) { return m.metricId == metric->id; });
        std::sort(rows.begin(), rows.end(), [](const Measurement *a, const Measurement *b) {
            return a->periodStart != b->periodStart ? a->periodStart < b->periodStart
                                                    : a->id < b->id;
        });
        for (const Measurement *m : rows)
            table.addRow({metric->name, metricKindName(metric->kind),
                          scopeName(project, m->scopeKind, m->scopeId),
                          m->periodStart.isValid() ? QVariant(m->periodStart) : QVariant(),
                          m->periodEnd.isValid() ? QVariant(m->periodEnd) : QVariant(), m->value,
                          metric->unit, optionalCell(metric->target), m->sampleSize,
                          sourceName(m->source), m->note});
    }
    return table;
}

QString ProjectTables::opportunityStatusName(OpportunityStatus status)
{
    switch (status) {
    case OpportunityStatus::Idea:
        return tr("idea");
    case OpportunityStatus::Planned:
        return tr("planned");
    case OpportunityStatus::InProgress:
        return tr("in progress");
    case OpportunityStatus::Done:
        return tr("done");
    case OpportunityStatus::Verified:
        return tr("verified");
    }
    return QString();
}

QString ProjectTables::metricKindName(MetricKind kind)
{
    switch (kind) {
    case MetricKind::Nps:
        return tr("NPS");
    case MetricKind::Csat:
        return tr("CSAT");
    case MetricKind::Ces:
        return tr("CES");
    case MetricKind::Custom:
        return tr("custom");
    }
    return QString();
}

QString ProjectTables::scopeName(const Project &project, ScopeKind kind, const QUuid &id)
{
    switch (kind) {
    case ScopeKind::Project:
        return tr("project");
    case ScopeKind::Journey:
        if (const Journey *j = project.journeys().find(id))
            return tr("journey: %1").arg(j->name);
        break;
    case ScopeKind::Stage:
        if (const Stage *s = project.stages().find(id))
            return tr("stage: %1").arg(s->name);
        break;
    case ScopeKind::Touchpoint:
        if (const Touchpoint *t = project.touchpoints().find(id))
            return tr("touchpoint: %1").arg(t->title);
        break;
    }
    return QString();
}

QString ProjectTables::sourceName(MeasurementSource source)
{
    return source == MeasurementSource::Survey ? tr("survey") : tr("manual");
}

} // namespace cjm
