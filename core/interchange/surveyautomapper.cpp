// SPDX-License-Identifier: GPL-3.0-or-later
#include "interchange/surveyautomapper.h"

#include "model/project.h"

namespace cjm {

namespace {

QString folded(const QString &text)
{
    return text.simplified().toCaseFolded();
}

bool kindOf(SurveyColumnClassifier::Role role, MetricKind *kind)
{
    switch (role) {
    case SurveyColumnClassifier::Role::Nps:
        *kind = MetricKind::Nps;
        return true;
    case SurveyColumnClassifier::Role::Csat:
        *kind = MetricKind::Csat;
        return true;
    case SurveyColumnClassifier::Role::Ces:
        *kind = MetricKind::Ces;
        return true;
    case SurveyColumnClassifier::Role::CustomScore:
        *kind = MetricKind::Custom;
        return true;
    default:
        return false;
    }
}

SurveyMapping::Role mappingRole(SurveyColumnClassifier::Role role)
{
    switch (role) {
    case SurveyColumnClassifier::Role::RespondentId:
        return SurveyMapping::Role::RespondentId;
    case SurveyColumnClassifier::Role::Date:
        return SurveyMapping::Role::Date;
    case SurveyColumnClassifier::Role::Segment:
        return SurveyMapping::Role::Segment;
    case SurveyColumnClassifier::Role::Comment:
        return SurveyMapping::Role::Comment;
    case SurveyColumnClassifier::Role::Nps:
    case SurveyColumnClassifier::Role::Csat:
    case SurveyColumnClassifier::Role::Ces:
    case SurveyColumnClassifier::Role::CustomScore:
        return SurveyMapping::Role::Score;
    case SurveyColumnClassifier::Role::Ignore:
        break;
    }
    return SurveyMapping::Role::Ignore;
}

/**
 * The scale of a score column: 0–10 for NPS, 1–5 for CSAT and 1–7 for CES unless the values
 * seen go beyond; otherwise the usual scale (1–5, 1–7, 0/1–10) that covers the values seen,
 * since a sample rarely holds both ends of a scale.
 */
void normaliseScale(MetricKind kind, int *low, int *high)
{
    if (kind == MetricKind::Nps) {
        *low = 0, *high = 10;
        return;
    }
    // CSAT on 1–5 and CES on 1–7 unless the answers show a longer scale.
    const int usual = kind == MetricKind::Csat ? 5 : kind == MetricKind::Ces ? 7 : 0;
    if (usual > 0 && *low >= 0 && *high <= usual) {
        *low = 1, *high = usual;
        return;
    }
    if (*low < 0 || *high > 10)
        return;
    const int floor = *low == 0 ? 0 : 1;
    *high = *high <= 5 ? 5 : *high <= 7 ? 7 : 10;
    *low = floor;
}

QString defaultName(MetricKind kind)
{
    switch (kind) {
    case MetricKind::Nps:
        return QStringLiteral("NPS");
    case MetricKind::Csat:
        return QStringLiteral("CSAT");
    case MetricKind::Ces:
        return QStringLiteral("CES");
    case MetricKind::Custom:
        break;
    }
    return QString();
}

} // namespace

QUuid SurveyAutoMapper::matchTouchpoint(const Project &project, const QUuid &journeyId,
                                        const QString &hint)
{
    const QString wanted = folded(hint);
    if (wanted.isEmpty())
        return QUuid();
    QUuid best;
    qsizetype bestLength = 0;
    for (const Stage *stage : project.stagesOf(journeyId)) {
        for (const Touchpoint *touchpoint : project.touchpointsOf(stage->id)) {
            const QString title = folded(touchpoint->title);
            if (title.isEmpty())
                continue;
            if (title == wanted)
                return touchpoint->id;
            // The longest title contained wins: "support hotline" before "support".
            if ((wanted.contains(title) || title.contains(wanted)) && title.size() > bestLength) {
                best = touchpoint->id;
                bestLength = title.size();
            }
        }
    }
    return best;
}

QUuid SurveyAutoMapper::metricFor(const Project &project, MetricKind kind, int scaleMin,
                                  int scaleMax, const QString &customName, Result *result)
{
    const QString name = kind == MetricKind::Custom ? customName : defaultName(kind);
    if (kind != MetricKind::Custom) {
        for (const Metric *metric : project.orderedMetrics()) {
            if (metric->kind == kind)
                return metric->id;
        }
    }
    for (const Metric &pending : std::as_const(result->mapping.newMetrics)) {
        if (pending.kind == kind && pending.name == name)
            return pending.id;
    }
    Metric metric;
    metric.id = QUuid::createUuid();
    metric.name = name;
    metric.kind = kind;
    metric.scaleMin = scaleMin;
    metric.scaleMax = scaleMax;
    metric.position = project.metrics().size() + result->mapping.newMetrics.size();
    result->mapping.newMetrics.append(metric);
    result->notes.append(tr("New metric \"%1\" (%2–%3)")
                                 .arg(name, QString::number(scaleMin), QString::number(scaleMax)));
    return metric.id;
}

void SurveyAutoMapper::mapSegments(const Project &project, const QStringList &values,
                                   Result *result)
{
    for (const QString &raw : values) {
        const QString value = raw.trimmed();
        if (value.isEmpty() || result->mapping.segmentPersonas.contains(value))
            continue;
        QUuid id;
        for (const Persona *persona : project.orderedPersonas()) {
            if (folded(persona->name) == folded(value))
                id = persona->id;
        }
        if (id.isNull()) {
            Persona persona;
            persona.id = id = QUuid::createUuid();
            persona.name = value;
            persona.position = project.personas().size() + result->mapping.newPersonas.size();
            result->mapping.newPersonas.append(persona);
            result->notes.append(
                    tr("New persona \"%1\" for the segment of the same name").arg(value));
        }
        result->mapping.segmentPersonas.insert(value, id);
    }
}

SurveyAutoMapper::Result
SurveyAutoMapper::map(const Project &project, const QUuid &journeyId, const SurveyLayout &layout,
                      const QVector<SurveyColumnClassifier::Proposal> &proposals,
                      const QStringList &segmentValues)
{
    Result result;
    QUuid journey = journeyId;
    if (journey.isNull() && !project.orderedJourneys().isEmpty())
        journey = project.orderedJourneys().constFirst()->id;
    result.mapping.signature = SurveyMapping::signatureOf(layout);
    bool haveSegment = false;
    for (int i = 0; i < layout.columns.size() && i < proposals.size(); ++i) {
        const SurveyColumn &source = layout.columns.at(i);
        const SurveyColumnClassifier::Proposal &proposal = proposals.at(i);
        SurveyMapping::Column column;
        column.index = source.index;
        column.key = SurveyMapping::keyOf(source);
        column.role = mappingRole(proposal.role);
        // One id, date and segment column: the first proposal of each wins.
        if (column.role != SurveyMapping::Role::Score && column.role != SurveyMapping::Role::Comment
            && column.role != SurveyMapping::Role::Ignore && result.mapping.firstOf(column.role))
            column.role = SurveyMapping::Role::Ignore;
        if (column.role == SurveyMapping::Role::Ignore)
            continue;
        const QString label = source.option.isEmpty()
                ? source.question
                : source.question + QStringLiteral(" - ") + source.option;
        const QUuid touchpoint = matchTouchpoint(project, journey, proposal.touchpointHint);
        MetricKind kind = MetricKind::Nps;
        if (kindOf(proposal.role, &kind)) {
            column.kind = kind;
            column.scaleMin = proposal.scaleMin;
            column.scaleMax = proposal.scaleMax;
            normaliseScale(kind, &column.scaleMin, &column.scaleMax);
            column.metricId = metricFor(project, kind, column.scaleMin, column.scaleMax,
                                        label.left(80), &result);
            column.scopeKind = touchpoint.isNull() ? ScopeKind::Journey : ScopeKind::Touchpoint;
            column.scopeId = touchpoint.isNull() ? journey : touchpoint;
            if (journey.isNull() && touchpoint.isNull())
                column.scopeKind = ScopeKind::Project;
            if (touchpoint.isNull() && !proposal.touchpointHint.isEmpty()
                && kind != MetricKind::Nps)
                result.notes.append(tr("Column %1 (\"%2\"): no touchpoint \"%3\" in the journey; "
                                       "scoped to the journey")
                                            .arg(QString::number(source.index + 1), label,
                                                 proposal.touchpointHint));
        } else if (column.role == SurveyMapping::Role::Comment) {
            column.touchpointId = touchpoint;
        } else if (column.role == SurveyMapping::Role::Segment) {
            haveSegment = true;
        }
        result.mapping.columns.append(column);
    }
    if (haveSegment)
        mapSegments(project, segmentValues, &result);
    return result;
}

} // namespace cjm
