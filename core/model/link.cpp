// SPDX-License-Identifier: GPL-3.0-or-later
#include "link.h"

namespace cjm {

const LinkKind Link::allKinds[6] = {
    LinkKind::JourneyPersona,       LinkKind::TouchpointImage,   LinkKind::OpportunityPainPoint,
    LinkKind::OpportunityTouchpoint, LinkKind::InsightTouchpoint, LinkKind::InsightPainPoint,
};

const char *Link::table(LinkKind kind)
{
    switch (kind) {
    case LinkKind::JourneyPersona: return "journey_persona";
    case LinkKind::TouchpointImage: return "touchpoint_image";
    case LinkKind::OpportunityPainPoint: return "opportunity_pain_point";
    case LinkKind::OpportunityTouchpoint: return "opportunity_touchpoint";
    case LinkKind::InsightTouchpoint: return "insight_touchpoint";
    case LinkKind::InsightPainPoint: return "insight_pain_point";
    }
    return "";
}

const char *Link::fromColumn(LinkKind kind)
{
    switch (kind) {
    case LinkKind::JourneyPersona: return "journey_id";
    case LinkKind::TouchpointImage: return "touchpoint_id";
    case LinkKind::OpportunityPainPoint:
    case LinkKind::OpportunityTouchpoint: return "opportunity_id";
    case LinkKind::InsightTouchpoint:
    case LinkKind::InsightPainPoint: return "insight_id";
    }
    return "";
}

const char *Link::toColumn(LinkKind kind)
{
    switch (kind) {
    case LinkKind::JourneyPersona: return "persona_id";
    case LinkKind::TouchpointImage: return "image_id";
    case LinkKind::OpportunityPainPoint:
    case LinkKind::InsightPainPoint: return "pain_point_id";
    case LinkKind::OpportunityTouchpoint:
    case LinkKind::InsightTouchpoint: return "touchpoint_id";
    }
    return "";
}

bool Link::isOrdered(LinkKind kind)
{
    return kind == LinkKind::JourneyPersona || kind == LinkKind::TouchpointImage;
}

bool operator==(const Link &a, const Link &b)
{
    return a.kind == b.kind && a.from == b.from && a.to == b.to && a.position == b.position;
}

} // namespace cjm
