// SPDX-License-Identifier: GPL-3.0-or-later
#include "journey.h"

#include "entityequality.h"

namespace cjm {

const QVector<Field<Journey>> &Journey::fields()
{
    static const QVector<Field<Journey>> list = {
        field<&Journey::id>("id", FieldRole::Id, 0, kMaxTextLength),
        field<&Journey::position>("position", FieldRole::Position, 0, 1000000.0),
        field<&Journey::name>("name", FieldRole::Data, 0, kMaxTextLength),
        field<&Journey::scenario>("scenario", FieldRole::Data, 0, kMaxTextLength),
        field<&Journey::state>("state", FieldRole::Data, 0, 1),
        field<&Journey::asIsJourneyId>("as_is_journey_id", FieldRole::Data, 0, kMaxTextLength),
        field<&Journey::owner>("owner", FieldRole::Data, 0, kMaxTextLength),
        field<&Journey::status>("status", FieldRole::Data, 0, 3),
        field<&Journey::tags>("tags", FieldRole::Data, 0, kMaxTextLength),
    };
    return list;
}

bool operator==(const Journey &a, const Journey &b)
{
    return sameFields(a, b);
}

} // namespace cjm
