// SPDX-License-Identifier: GPL-3.0-or-later
#include "stage.h"

#include "entityequality.h"

namespace cjm {

const QVector<Field<Stage>> &Stage::fields()
{
    static const QVector<Field<Stage>> list = {
        field<&Stage::id>("id", FieldRole::Id, 0, kMaxTextLength),
        field<&Stage::journeyId>("journey_id", FieldRole::Parent, 0, kMaxTextLength),
        field<&Stage::position>("position", FieldRole::Position, 0, 1000000.0),
        field<&Stage::name>("name", FieldRole::Data, 0, kMaxTextLength),
        field<&Stage::customerGoal>("customer_goal", FieldRole::Data, 0, kMaxTextLength),
        field<&Stage::color>("color", FieldRole::Data, 0, kMaxTextLength),
        field<&Stage::notes>("notes", FieldRole::Data, 0, kMaxTextLength),
    };
    return list;
}

bool operator==(const Stage &a, const Stage &b)
{
    return sameFields(a, b);
}

} // namespace cjm
