// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/project.h"

namespace cjm {

/// Carries an entity type through generic lambdas: `[](auto tag) { using T = typename decltype(tag)::Type; }`.
template <class T>
struct EntityTag {
    using Type = T;
};

/**
 * Calls `f(EntityTag<T>{})` with the entity type T of `kind` and returns true;
 * returns false for kinds that are not entity lists (ProjectInfo, Link).
 */
template <class F>
bool dispatchEntityKind(EntityKind kind, F &&f)
{
    switch (kind) {
    case EntityKind::Image: f(EntityTag<ImageAsset>{}); return true;
    case EntityKind::Persona: f(EntityTag<Persona>{}); return true;
    case EntityKind::Journey: f(EntityTag<Journey>{}); return true;
    case EntityKind::Lane: f(EntityTag<Lane>{}); return true;
    case EntityKind::LaneCell: f(EntityTag<LaneCell>{}); return true;
    case EntityKind::Stage: f(EntityTag<Stage>{}); return true;
    case EntityKind::Touchpoint: f(EntityTag<Touchpoint>{}); return true;
    case EntityKind::PainPoint: f(EntityTag<PainPoint>{}); return true;
    case EntityKind::Opportunity: f(EntityTag<Opportunity>{}); return true;
    case EntityKind::Insight: f(EntityTag<Insight>{}); return true;
    case EntityKind::Metric: f(EntityTag<Metric>{}); return true;
    case EntityKind::Measurement: f(EntityTag<Measurement>{}); return true;
    case EntityKind::ProjectInfo:
    case EntityKind::Link:
        return false;
    }
    return false;
}

} // namespace cjm
