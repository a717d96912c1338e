// SPDX-License-Identifier: GPL-3.0-or-later
#include "lanecell.h"

#include "entityequality.h"

namespace cjm {

const QVector<Field<LaneCell>> &LaneCell::fields()
{
    static const QVector<Field<LaneCell>> list = {
        field<&LaneCell::id>("id", FieldRole::Id, 0, kMaxTextLength),
        field<&LaneCell::laneId>("lane_id", FieldRole::Parent, 0, kMaxTextLength),
        field<&LaneCell::touchpointId>("touchpoint_id", FieldRole::Parent, 0, kMaxTextLength),
        field<&LaneCell::text>("text", FieldRole::Data, 0, kMaxTextLength),
    };
    return list;
}

bool operator==(const LaneCell &a, const LaneCell &b)
{
    return sameFields(a, b);
}

} // namespace cjm
