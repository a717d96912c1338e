// SPDX-License-Identifier: GPL-3.0-or-later
#include "opportunityranking.h"

#include "riskassessment.h"

#include "model/enums.h"
#include "model/project.h"

#include <algorithm>

namespace cjm {

namespace {

OpportunityRanking::Entry entryOf(const Project &project, const Opportunity &opportunity)
{
    OpportunityRanking::Entry e;
    e.opportunityId = opportunity.id;
    e.title = opportunity.title;
    e.effort = std::clamp(opportunity.effort, kRatingMin, kRatingMax);
    const QVector<QUuid> painIds = project.linked(LinkKind::OpportunityPainPoint, opportunity.id);
    for (const QUuid &painId : painIds) {
        if (const PainPoint *pain = project.painPoints().find(painId)) {
            ++e.painPoints;
            e.riskAddressed += RiskAssessment::score(*pain);
        }
    }
    e.priority = double(e.riskAddressed) / double(e.effort);
    return e;
}

} // namespace

bool OpportunityRanking::before(const Entry &a, const Entry &b)
{
    // Priorities are quotients of small integers: equal ratios are equal doubles.
    if (a.priority != b.priority)
        return a.priority > b.priority;
    if (const int c = QString::compare(a.title, b.title, Qt::CaseInsensitive))
        return c < 0;
    if (const int c = QString::compare(a.title, b.title, Qt::CaseSensitive))
        return c < 0;
    return a.opportunityId < b.opportunityId;
}

QVector<OpportunityRanking::Entry> OpportunityRanking::rank(const Project &project)
{
    QVector<Entry> entries;
    entries.reserve(project.opportunities().size());
    for (const Opportunity &opportunity : project.opportunities())
        entries.append(entryOf(project, opportunity));
    std::sort(entries.begin(), entries.end(), &OpportunityRanking::before);
    return entries;
}

} // namespace cjm
