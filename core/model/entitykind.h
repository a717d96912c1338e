// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace cjm {

/// Every kind of entity a project holds; used by change events and selection.
enum class EntityKind {
    ProjectInfo,
    Image,
    Persona,
    Journey,
    Lane,
    LaneCell,
    Stage,
    Touchpoint,
    PainPoint,
    Opportunity,
    Insight,
    Metric,
    Measurement,
    Link,
};

/// A stable English name for a kind ("touchpoint"), used in JSON and messages.
QString entityKindName(EntityKind kind);

} // namespace cjm
