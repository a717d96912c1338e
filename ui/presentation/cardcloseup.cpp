// SPDX-License-Identifier: GPL-3.0-or-later
#include "cardcloseup.h"

#include "analytics/riskassessment.h"
#include "model/labels.h"

#include <QLocale>

namespace cjm {

namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

QString CardCloseUp::html(const Project &project, const EntityRef &card)
{
    switch (card.kind) {
    case EntityKind::Touchpoint:
        if (const Touchpoint *tp = project.touchpoints().find(card.id))
            return touchpoint(project, *tp);
        break;
    case EntityKind::PainPoint:
        if (const PainPoint *pp = project.painPoints().find(card.id))
            return painPoint(project, *pp);
        break;
    case EntityKind::Opportunity:
        if (const Opportunity *op = project.opportunities().find(card.id))
            return opportunity(project, *op);
        break;
    case EntityKind::Insight:
        if (const Insight *in = project.insights().find(card.id))
            return insight(*in);
        break;
    default:
        break;
    }
    return {};
}

QString CardCloseUp::touchpoint(const Project &project, const Touchpoint &tp)
{
    QString html = heading(tp.title, tp.description);
    QStringList facts{Labels::channelName(tp.channel)};
    if (!tp.owner.isEmpty()) {
        facts.append(tp.ownerExternal ? tr("%1 (external provider)").arg(tp.owner) : tp.owner);
    }
    facts.append(tr("Emotion %1 (%2)")
                         .arg(Labels::emotionValue(tp.emotion), Labels::emotionName(tp.emotion)));
    html += QStringLiteral("<p>%1</p>").arg(escaped(facts.join(QStringLiteral(" · "))));

    QStringList pains;
    QStringList opportunities;
    QStringList insights;
    for (const PainPoint &pp : project.painPoints().items()) {
        if (pp.touchpointId == tp.id) {
            pains.append(tr("%1 — risk %2")
                                 .arg(pp.title, RiskAssessment::label(RiskAssessment::level(pp))));
        }
    }
    for (const Opportunity &op : project.opportunities().items()) {
        if (op.touchpointId == tp.id)
            opportunities.append(op.title);
    }
    for (const Insight &in : project.insights().items()) {
        if (in.touchpointId == tp.id)
            insights.append(in.text);
    }
    QStringList metrics;
    for (const Metric &metric : project.metrics().items()) {
        if (metric.scopeId == tp.id)
            metrics.append(metricLine(project, metric, tp.id));
    }
    html += section(tr("Pain points"), pains);
    html += section(tr("Opportunities"), opportunities);
    html += section(tr("Metrics"), metrics);
    html += section(tr("Insights"), insights);
    return html;
}

QString CardCloseUp::painPoint(const Project &project, const PainPoint &pp)
{
    QString html = heading(pp.title, pp.description);
    const RiskAssessment::Level level = RiskAssessment::level(pp);
    QStringList facts{tr("Risk %1: severity %2 × likelihood %3 = %4")
                              .arg(RiskAssessment::label(level))
                              .arg(pp.severity)
                              .arg(pp.likelihood)
                              .arg(RiskAssessment::score(pp))};
    if (pp.customersAffected > 0) {
        facts.append(tr("%1 % of customers affected")
                             .arg(QLocale().toString(pp.customersAffected, 'g', 3)));
    }
    if (pp.votes > 0)
        facts.append(votes(pp.votes));
    html += QStringLiteral("<p>%1</p>").arg(escaped(facts.join(QStringLiteral(" · "))));
    QStringList addressedBy;
    for (const QUuid &id : project.linkedTo(LinkKind::OpportunityPainPoint, pp.id)) {
        if (const Opportunity *op = project.opportunities().find(id))
            addressedBy.append(op->title);
    }
    QStringList evidence;
    for (const QUuid &id : project.linkedTo(LinkKind::InsightPainPoint, pp.id)) {
        if (const Insight *in = project.insights().find(id))
            evidence.append(in->text);
    }
    html += section(tr("Addressed by"), addressedBy);
    html += section(tr("Evidence"), evidence);
    return html;
}

QString CardCloseUp::opportunity(const Project &project, const Opportunity &op)
{
    QString html = heading(op.title, op.description);
    QStringList facts{tr("Impact %1 · effort %2").arg(op.impact).arg(op.effort)};
    if (!op.owner.isEmpty())
        facts.append(op.owner);
    if (op.votes > 0)
        facts.append(votes(op.votes));
    html += QStringLiteral("<p>%1</p>").arg(escaped(facts.join(QStringLiteral(" · "))));
    if (!op.expectedChange.isEmpty())
        html += QStringLiteral("<p><i>%1</i></p>").arg(escaped(op.expectedChange));
    QStringList addresses;
    for (const QUuid &id : project.linked(LinkKind::OpportunityPainPoint, op.id)) {
        if (const PainPoint *pp = project.painPoints().find(id))
            addresses.append(pp->title);
    }
    html += section(tr("Addresses"), addresses);
    return html;
}

QString CardCloseUp::insight(const Insight &insight)
{
    QString html = heading(insight.text, QString());
    QStringList facts;
    if (!insight.sourceDetail.isEmpty())
        facts.append(insight.sourceDetail);
    if (insight.date.isValid())
        facts.append(QLocale().toString(insight.date, QLocale::ShortFormat));
    if (!facts.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(escaped(facts.join(QStringLiteral(" · "))));
    return html;
}

QString CardCloseUp::heading(const QString &title, const QString &description)
{
    QString html = QStringLiteral("<h1>%1</h1>").arg(escaped(title));
    if (!description.trimmed().isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(escaped(description));
    return html;
}

QString CardCloseUp::section(const QString &title, const QStringList &items)
{
    if (items.isEmpty())
        return {};
    QString html = QStringLiteral("<h2>%1</h2><ul>").arg(escaped(title));
    for (const QString &item : items)
        html += QStringLiteral("<li>%1</li>").arg(escaped(item));
    return html + QStringLiteral("</ul>");
}

QString CardCloseUp::metricLine(const Project &project, const Metric &metric, const QUuid &scopeId)
{
    const Measurement *latest = project.latestMeasurement(metric.id, scopeId);
    const QLocale locale;
    QString line = metric.name;
    if (latest) {
        line = tr("%1: %2 (n = %3)")
                       .arg(metric.name, locale.toString(latest->value, 'g', 4),
                            locale.toString(latest->sampleSize));
    }
    if (metric.target)
        line = tr("%1, target %2").arg(line, locale.toString(*metric.target, 'g', 4));
    return line;
}

QString CardCloseUp::votes(int count)
{
    return tr("%n vote(s)", nullptr, count);
}

} // namespace cjm
