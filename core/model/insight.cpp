// SPDX-License-Identifier: GPL-3.0-or-later
#include "insight.h"

#include "entityequality.h"

namespace cjm {

const QVector<Field<Insight>> &Insight::fields()
{
    static const QVector<Field<Insight>> list = {
        field<&Insight::id>("id", FieldRole::Id, 0, kMaxTextLength),
        field<&Insight::stageId>("stage_id", FieldRole::Parent, 0, kMaxTextLength),
        field<&Insight::touchpointId>("touchpoint_id", FieldRole::Parent, 0, kMaxTextLength),
        field<&Insight::position>("position", FieldRole::Position, 0, 1000000.0),
        field<&Insight::kind>("kind", FieldRole::Data, 0, 2),
        field<&Insight::text>("text", FieldRole::Data, 0, kMaxTextLength),
        field<&Insight::source>("source", FieldRole::Data, 0, 6),
        field<&Insight::sourceDetail>("source_detail", FieldRole::Data, 0, kMaxTextLength),
        field<&Insight::date>("date", FieldRole::Data, 0, kMaxTextLength),
    };
    return list;
}

bool operator==(const Insight &a, const Insight &b)
{
    return sameFields(a, b);
}

} // namespace cjm
