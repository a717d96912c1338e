// SPDX-License-Identifier: GPL-3.0-or-later
#include "mapcontent.h"

#include "analytics/riskassessment.h"
#include "model/labels.h"

#include "analytics/targetcomparison.h"

#include <QLocale>

namespace cjm {

namespace {

/// " · " between facts on one line.
QString joined(const QStringList &parts)
{
    QStringList nonEmpty;
    for (const QString &part : parts) {
        if (!part.isEmpty())
            nonEmpty.append(part);
    }
    return nonEmpty.join(QStringLiteral(" · "));
}

TextSpec block(TextRole role, TextSlot slot, const QString &text, int maxLines, qreal indent = 0.0)
{
    return TextSpec{role, slot, text, maxLines, indent};
}

} // namespace

CardSpec MapContent::stageHeader(const Stage &stage, const MapStyle &style)
{
    CardSpec spec;
    spec.blocks.append(block(TextRole::Header, TextSlot::Title, stage.name, style.headerMaxLines));
    spec.blocks.append(block(TextRole::Small, TextSlot::Meta, stage.customerGoal, 2));
    return spec;
}

CardSpec MapContent::laneHeader(LaneKind kind, const QString &title, const MapStyle &style)
{
    CardSpec spec;
    spec.plain = true;
    spec.blocks.append(
            block(TextRole::Lane, TextSlot::Title, laneTitle(kind, title), style.titleMaxLines));
    return spec;
}

CardSpec MapContent::touchpointCard(const Touchpoint &tp, const MapStyle &style,
                                    const QStringList &badges)
{
    CardSpec spec;
    spec.badgeRow = true;
    spec.badge = Labels::channelName(tp.channel);
    spec.trailingIcons = tp.momentOfTruth ? 2 : 1; // evidence, moment of truth
    spec.blocks.append(block(TextRole::Title, TextSlot::Title, tp.title, style.titleMaxLines));
    spec.blocks.append(block(TextRole::Small, TextSlot::Meta, tp.description, style.bodyMaxLines));
    const qreal ownerIndent = tp.ownerExternal ? style.iconSize + 3 : 0.0;
    spec.blocks.append(block(TextRole::Small, TextSlot::Owner, tp.owner, 1, ownerIndent));
    for (const QString &badge : badges)
        spec.blocks.append(block(TextRole::Small, TextSlot::Score, badge, 1));
    return spec;
}

QStringList MapContent::badgeLines(const Project &project,
                                   const QVector<const Measurement *> &measurements)
{
    QStringList lines;
    for (const Measurement *m : measurements) {
        const Metric *metric = project.metrics().find(m->metricId);
        if (!metric)
            continue;
        QString line = tr("%1 %2").arg(metric->name, metricValue(*metric, m->value));
        if (const auto comparison = TargetComparison::compare(*metric, m->value)) {
            // A mark as well as a colour: the map must read in grey print and to everyone. It
            // comes first, so a narrow card elides the target rather than the verdict.
            line = comparison->meets
                    ? tr("✓ %1 · target %2").arg(line, metricValue(*metric, *metric->target))
                    : tr("✗ %1 · target %2").arg(line, metricValue(*metric, *metric->target));
        }
        lines.append(line);
    }
    return lines;
}

QVector<const Measurement *> MapContent::badgesOf(const Project &project, const QUuid &touchpointId)
{
    QVector<const Measurement *> latest;
    for (const Metric *metric : project.orderedMetrics()) {
        if (metric->scopeId == touchpointId)
            continue;
        if (const Measurement *newest = project.latestMeasurement(metric->id, touchpointId))
            latest.append(newest);
    }
    return latest;
}

CardSpec MapContent::channelCell(const Touchpoint &tp)
{
    CardSpec spec;
    spec.plain = true;
    spec.badgeRow = true;
    spec.badge = Labels::channelName(tp.channel);
    spec.blocks.append(
            block(TextRole::Small, TextSlot::Meta, Labels::environmentName(tp.environment), 1));
    return spec;
}

CardSpec MapContent::touchpointCell(LaneKind lane, const Touchpoint &tp, const MapStyle &style)
{
    switch (lane) {
    case LaneKind::CustomerActions:
        return textCell(tp.customerAction, style, TextRole::Body);
    case LaneKind::Thoughts:
        return textCell(tp.thoughts, style, TextRole::Quote);
    case LaneKind::Backstage:
        return textCell(tp.backstage, style, TextRole::Body);
    case LaneKind::Channels:
        return channelCell(tp);
    case LaneKind::Emotion:
        return textCell(tp.feelings, style, TextRole::Small);
    default:
        break;
    }
    return CardSpec();
}

CardSpec MapContent::textCell(const QString &text, const MapStyle &style, TextRole role)
{
    CardSpec spec;
    spec.plain = true;
    spec.blocks.append(block(role, TextSlot::Body, text, style.cellMaxLines));
    return spec;
}

CardSpec MapContent::painPointCard(const PainPoint &pp, const MapStyle &style)
{
    CardSpec spec;
    spec.badgeRow = true;
    const QLocale locale;
    //: risk level and score (severity × likelihood) of a pain point, e.g. "High · 12"
    spec.badge = tr("%1 · %2").arg(RiskAssessment::label(RiskAssessment::level(pp)),
                                   locale.toString(RiskAssessment::score(pp)));
    spec.blocks.append(block(TextRole::Title, TextSlot::Title, pp.title, style.titleMaxLines));
    QStringList facts{Labels::painCategoryName(pp.category)};
    if (pp.customersAffected > 0) {
        //: share of customers a pain point affects
        facts.append(tr("%1% affected").arg(locale.toString(pp.customersAffected, 'g', 3)));
    }
    spec.blocks.append(block(TextRole::Small, TextSlot::Meta, joined(facts), 2));
    return spec;
}

CardSpec MapContent::opportunityCard(const Opportunity &op, const MapStyle &style)
{
    CardSpec spec;
    spec.badgeRow = true;
    spec.badge = opportunityStatusName(op.status);
    spec.blocks.append(block(TextRole::Title, TextSlot::Title, op.title, style.titleMaxLines));
    const QLocale locale;
    //: ratings of an improvement action, 1..5 each
    const QString ratings = tr("Impact %1 · Effort %2")
                                    .arg(locale.toString(op.impact), locale.toString(op.effort));
    QStringList facts{ratings};
    if (op.dueDate.isValid())
        facts.append(locale.toString(op.dueDate, QLocale::ShortFormat));
    spec.blocks.append(block(TextRole::Small, TextSlot::Meta, joined(facts), 2));
    spec.blocks.append(block(TextRole::Small, TextSlot::Owner, op.owner, 1));
    return spec;
}

CardSpec MapContent::insightCard(const Insight &insight, const MapStyle &style)
{
    CardSpec spec;
    spec.badgeRow = true;
    spec.badge = joined({insightKindName(insight.kind), insightSourceName(insight.source)});
    const bool quote = insight.kind == InsightKind::Quote;
    // Quotes are often typed with their own quotation marks; add them only when missing.
    static const QString openingMarks = QStringLiteral("\"'“‘„«「『");
    const QString trimmed = insight.text.trimmed();
    const bool marked = !trimmed.isEmpty() && openingMarks.contains(trimmed.front());
    //: an insight quoted on the map, in the language's quotation marks
    const QString text = quote && !marked ? tr("“%1”").arg(trimmed) : insight.text;
    spec.blocks.append(block(quote ? TextRole::Quote : TextRole::Body, TextSlot::Body, text,
                             style.bodyMaxLines + 1));
    QStringList facts{insight.sourceDetail};
    if (insight.date.isValid())
        facts.append(QLocale().toString(insight.date, QLocale::ShortFormat));
    spec.blocks.append(block(TextRole::Small, TextSlot::Meta, joined(facts), 1));
    return spec;
}

CardSpec MapContent::metricCard(const Metric &metric, const Measurement *latest)
{
    CardSpec spec;
    spec.badgeRow = true;
    spec.badge = metric.name;
    const QString value = latest ? metricValue(metric, latest->value) : tr("no data");
    spec.blocks.append(block(TextRole::Title, TextSlot::Title, value, 1));
    QStringList facts;
    if (metric.target)
        facts.append(tr("target %1").arg(metricValue(metric, *metric.target)));
    if (latest) {
        //: sample size of a measurement
        facts.append(tr("n = %1").arg(QLocale().toString(latest->sampleSize)));
    }
    spec.blocks.append(block(TextRole::Small, TextSlot::Meta, joined(facts), 1));
    return spec;
}

QString MapContent::metricValue(const Metric &metric, double value)
{
    const QString number = QLocale().toString(value, 'g', 4);
    if (metric.unit.isEmpty() || metric.unit == QLatin1String("NPS"))
        return number;
    if (metric.unit == QLatin1String("%"))
        return number + metric.unit;
    return number + QLatin1Char(' ') + metric.unit;
}

QString MapContent::laneTitle(LaneKind kind, const QString &title)
{
    return title.trimmed().isEmpty() ? laneKindName(kind) : title;
}

QString MapContent::laneKindName(LaneKind kind)
{
    switch (kind) {
    case LaneKind::StageHeaders:
        return tr("Stages");
    case LaneKind::Touchpoints:
        return tr("Touchpoints");
    case LaneKind::CustomerActions:
        return tr("Customer actions");
    case LaneKind::Thoughts:
        return tr("Thoughts");
    case LaneKind::Emotion:
        return tr("Emotion");
    case LaneKind::PainPoints:
        return tr("Pain points");
    case LaneKind::Opportunities:
        return tr("Opportunities");
    case LaneKind::Channels:
        return tr("Channels");
    case LaneKind::Backstage:
        return tr("Backstage");
    case LaneKind::Metrics:
        return tr("Metrics");
    case LaneKind::Insights:
        return tr("Insights");
    case LaneKind::Text:
        return tr("Notes");
    }
    return QString();
}

QString MapContent::opportunityStatusName(OpportunityStatus status)
{
    switch (status) {
    case OpportunityStatus::Idea:
        return tr("Idea");
    case OpportunityStatus::Planned:
        return tr("Planned");
    case OpportunityStatus::InProgress:
        return tr("In progress");
    case OpportunityStatus::Done:
        return tr("Done");
    case OpportunityStatus::Verified:
        return tr("Verified");
    }
    return QString();
}

QString MapContent::insightKindName(InsightKind kind)
{
    switch (kind) {
    case InsightKind::Quote:
        return tr("Quote");
    case InsightKind::Observation:
        return tr("Observation");
    case InsightKind::DataPoint:
        return tr("Data point");
    }
    return QString();
}

QString MapContent::insightSourceName(InsightSource source)
{
    switch (source) {
    case InsightSource::Survey:
        return tr("Survey");
    case InsightSource::Interview:
        return tr("Interview");
    case InsightSource::Complaint:
        return tr("Complaint");
    case InsightSource::SocialMedia:
        return tr("Social media");
    case InsightSource::EmployeeFeedback:
        return tr("Employee feedback");
    case InsightSource::OperationalData:
        return tr("Operational data");
    case InsightSource::Other:
        return tr("Other");
    }
    return QString();
}

} // namespace cjm
