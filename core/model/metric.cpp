// SPDX-License-Identifier: GPL-3.0-or-later
#include "metric.h"

#include "entityequality.h"

namespace cjm {

const QVector<Field<Metric>> &Metric::fields()
{
    static const QVector<Field<Metric>> list = {
        field<&Metric::id>("id", FieldRole::Id, 0, kMaxTextLength),
        field<&Metric::position>("position", FieldRole::Position, 0, 1000000.0),
        field<&Metric::name>("name", FieldRole::Data, 0, kMaxTextLength),
        field<&Metric::kind>("kind", FieldRole::Data, 0, 3),
        field<&Metric::category>("category", FieldRole::Data, 0, 3),
        field<&Metric::scaleMin>("scale_min", FieldRole::Data, -1000000000.0, 1000000000.0),
        field<&Metric::scaleMax>("scale_max", FieldRole::Data, -1000000000.0, 1000000000.0),
        field<&Metric::direction>("direction", FieldRole::Data, 0, 1),
        field<&Metric::unit>("unit", FieldRole::Data, 0, 64),
        field<&Metric::target>("target", FieldRole::Data, -1000000000000.0, 1000000000000.0),
        field<&Metric::scopeKind>("scope_kind", FieldRole::Data, 0, 3),
        field<&Metric::scopeId>("scope_id", FieldRole::Data, 0, kMaxTextLength),
    };
    return list;
}

bool operator==(const Metric &a, const Metric &b)
{
    return sameFields(a, b);
}

} // namespace cjm
