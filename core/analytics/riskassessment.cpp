// SPDX-License-Identifier: GPL-3.0-or-later
#include "riskassessment.h"

#include "model/enums.h"
#include "model/project.h"

#include <algorithm>

namespace cjm {

int RiskAssessment::score(int severity, int likelihood)
{
    return std::clamp(severity, kRatingMin, kRatingMax)
            * std::clamp(likelihood, kRatingMin, kRatingMax);
}

int RiskAssessment::score(const PainPoint &painPoint)
{
    return score(painPoint.severity, painPoint.likelihood);
}

RiskAssessment::Level RiskAssessment::level(int score)
{
    if (score >= 17)
        return Level::Critical;
    if (score >= 10)
        return Level::High;
    if (score >= 5)
        return Level::Medium;
    return Level::Low;
}

RiskAssessment::Level RiskAssessment::level(const PainPoint &painPoint)
{
    return level(score(painPoint));
}

QString RiskAssessment::label(Level level)
{
    switch (level) {
    case Level::Low:
        return tr("Low", "risk level");
    case Level::Medium:
        return tr("Medium", "risk level");
    case Level::High:
        return tr("High", "risk level");
    case Level::Critical:
        return tr("Critical", "risk level");
    }
    return QString();
}

double RiskAssessment::revenueAtRisk(double customersAffectedPercent, double customers,
                                     double valuePerCustomer)
{
    return std::max(0.0, customers) * std::max(0.0, customersAffectedPercent) / 100.0
            * std::max(0.0, valuePerCustomer);
}

std::optional<double> RiskAssessment::revenueAtRisk(const Project &project,
                                                    const QUuid &painPointId, double totalCustomers)
{
    const PainPoint *painPoint = project.painPoints().find(painPointId);
    if (!painPoint)
        return std::nullopt;
    const QUuid journeyId = project.journeyOfStage(painPoint->stageId);
    if (journeyId.isNull())
        return std::nullopt;
    const QVector<QUuid> personaIds = project.linked(LinkKind::JourneyPersona, journeyId);
    // The first persona that still exists: a dangling link is no persona.
    for (const QUuid &personaId : personaIds) {
        if (const Persona *persona = project.personas().find(personaId)) {
            const double customers = std::max(0.0, totalCustomers) * persona->sharePercent / 100.0;
            return revenueAtRisk(painPoint->customersAffected, customers,
                                 persona->valuePerCustomer);
        }
    }
    return std::nullopt;
}

} // namespace cjm
