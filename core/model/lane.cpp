// SPDX-License-Identifier: GPL-3.0-or-later
#include "lane.h"

#include "entityequality.h"

namespace cjm {

const QVector<Field<Lane>> &Lane::fields()
{
    static const QVector<Field<Lane>> list = {
        field<&Lane::id>("id", FieldRole::Id, 0, kMaxTextLength),
        field<&Lane::journeyId>("journey_id", FieldRole::Parent, 0, kMaxTextLength),
        field<&Lane::position>("position", FieldRole::Position, 0, 1000000.0),
        field<&Lane::kind>("kind", FieldRole::Data, 0, 11),
        field<&Lane::title>("title", FieldRole::Data, 0, kMaxTextLength),
        field<&Lane::visible>("visible", FieldRole::Data, 0, 1),
    };
    return list;
}

bool operator==(const Lane &a, const Lane &b)
{
    return sameFields(a, b);
}

} // namespace cjm
