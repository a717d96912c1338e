// SPDX-License-Identifier: GPL-3.0-or-later
#include "entitykind.h"

namespace cjm {

QString entityKindName(EntityKind kind)
{
    switch (kind) {
    case EntityKind::ProjectInfo: return QStringLiteral("project");
    case EntityKind::Image: return QStringLiteral("image");
    case EntityKind::Persona: return QStringLiteral("persona");
    case EntityKind::Journey: return QStringLiteral("journey");
    case EntityKind::Lane: return QStringLiteral("lane");
    case EntityKind::LaneCell: return QStringLiteral("lane_cell");
    case EntityKind::Stage: return QStringLiteral("stage");
    case EntityKind::Touchpoint: return QStringLiteral("touchpoint");
    case EntityKind::PainPoint: return QStringLiteral("pain_point");
    case EntityKind::Opportunity: return QStringLiteral("opportunity");
    case EntityKind::Insight: return QStringLiteral("insight");
    case EntityKind::Metric: return QStringLiteral("metric");
    case EntityKind::Measurement: return QStringLiteral("measurement");
    case EntityKind::Link: return QStringLiteral("link");
    }
    return QString();
}

} // namespace cjm
