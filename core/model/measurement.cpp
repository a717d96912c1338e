// SPDX-License-Identifier: GPL-3.0-or-later
#include "measurement.h"

#include "entityequality.h"

namespace cjm {

const QVector<Field<Measurement>> &Measurement::fields()
{
    static const QVector<Field<Measurement>> list = {
        field<&Measurement::id>("id", FieldRole::Id, 0, kMaxTextLength),
        field<&Measurement::metricId>("metric_id", FieldRole::Parent, 0, kMaxTextLength),
        field<&Measurement::scopeKind>("scope_kind", FieldRole::Data, 0, 3),
        field<&Measurement::scopeId>("scope_id", FieldRole::Data, 0, kMaxTextLength),
        field<&Measurement::periodStart>("period_start", FieldRole::Data, 0, kMaxTextLength),
        field<&Measurement::periodEnd>("period_end", FieldRole::Data, 0, kMaxTextLength),
        field<&Measurement::value>("value", FieldRole::Data, -1000000000000.0, 1000000000000.0),
        field<&Measurement::sampleSize>("sample_size", FieldRole::Data, 0, 2000000000.0),
        field<&Measurement::source>("source", FieldRole::Data, 0, 1),
        field<&Measurement::note>("note", FieldRole::Data, 0, kMaxTextLength),
    };
    return list;
}

bool operator==(const Measurement &a, const Measurement &b)
{
    return sameFields(a, b);
}

} // namespace cjm
