// SPDX-License-Identifier: GPL-3.0-or-later
#include "painpoint.h"

#include "entityequality.h"

namespace cjm {

const QVector<Field<PainPoint>> &PainPoint::fields()
{
    static const QVector<Field<PainPoint>> list = {
        field<&PainPoint::id>("id", FieldRole::Id, 0, kMaxTextLength),
        field<&PainPoint::stageId>("stage_id", FieldRole::Parent, 0, kMaxTextLength),
        field<&PainPoint::touchpointId>("touchpoint_id", FieldRole::Parent, 0, kMaxTextLength),
        field<&PainPoint::position>("position", FieldRole::Position, 0, 1000000.0),
        field<&PainPoint::title>("title", FieldRole::Data, 0, kMaxTextLength),
        field<&PainPoint::description>("description", FieldRole::Data, 0, kMaxTextLength),
        field<&PainPoint::category>("category", FieldRole::Data, 0, 4),
        field<&PainPoint::severity>("severity", FieldRole::Data, kRatingMin, kRatingMax),
        field<&PainPoint::likelihood>("likelihood", FieldRole::Data, kRatingMin, kRatingMax),
        field<&PainPoint::customersAffected>("customers_affected", FieldRole::Data, 0, 100),
        field<&PainPoint::handling>("handling", FieldRole::Data, 0, HandlingAll),
        field<&PainPoint::handlingNotes>("handling_notes", FieldRole::Data, 0, kMaxTextLength),
        field<&PainPoint::votes>("votes", FieldRole::Data, 0, 1000000.0),
    };
    return list;
}

bool operator==(const PainPoint &a, const PainPoint &b)
{
    return sameFields(a, b);
}

} // namespace cjm
