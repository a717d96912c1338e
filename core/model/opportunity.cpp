// SPDX-License-Identifier: GPL-3.0-or-later
#include "opportunity.h"

#include "entityequality.h"

namespace cjm {

const QVector<Field<Opportunity>> &Opportunity::fields()
{
    static const QVector<Field<Opportunity>> list = {
        field<&Opportunity::id>("id", FieldRole::Id, 0, kMaxTextLength),
        field<&Opportunity::stageId>("stage_id", FieldRole::Parent, 0, kMaxTextLength),
        field<&Opportunity::touchpointId>("touchpoint_id", FieldRole::Parent, 0, kMaxTextLength),
        field<&Opportunity::position>("position", FieldRole::Position, 0, 1000000.0),
        field<&Opportunity::title>("title", FieldRole::Data, 0, kMaxTextLength),
        field<&Opportunity::description>("description", FieldRole::Data, 0, kMaxTextLength),
        field<&Opportunity::owner>("owner", FieldRole::Data, 0, kMaxTextLength),
        field<&Opportunity::status>("status", FieldRole::Data, 0, 4),
        field<&Opportunity::impact>("impact", FieldRole::Data, kRatingMin, kRatingMax),
        field<&Opportunity::effort>("effort", FieldRole::Data, kRatingMin, kRatingMax),
        field<&Opportunity::dueDate>("due_date", FieldRole::Data, 0, kMaxTextLength),
        field<&Opportunity::expectedChange>("expected_change", FieldRole::Data, 0, kMaxTextLength),
        field<&Opportunity::votes>("votes", FieldRole::Data, 0, 1000000.0),
    };
    return list;
}

bool operator==(const Opportunity &a, const Opportunity &b)
{
    return sameFields(a, b);
}

} // namespace cjm
