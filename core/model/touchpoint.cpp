// SPDX-License-Identifier: GPL-3.0-or-later
#include "touchpoint.h"

#include "entityequality.h"

namespace cjm {

const QVector<Field<Touchpoint>> &Touchpoint::fields()
{
    static const QVector<Field<Touchpoint>> list = {
        field<&Touchpoint::id>("id", FieldRole::Id, 0, kMaxTextLength),
        field<&Touchpoint::stageId>("stage_id", FieldRole::Parent, 0, kMaxTextLength),
        field<&Touchpoint::position>("position", FieldRole::Position, 0, 1000000.0),
        field<&Touchpoint::title>("title", FieldRole::Data, 0, kMaxTextLength),
        field<&Touchpoint::description>("description", FieldRole::Data, 0, kMaxTextLength),
        field<&Touchpoint::channel>("channel", FieldRole::Data, 0, 10),
        field<&Touchpoint::environment>("environment", FieldRole::Data, 0, 2),
        field<&Touchpoint::owner>("owner", FieldRole::Data, 0, kMaxTextLength),
        field<&Touchpoint::ownerExternal>("owner_external", FieldRole::Data, 0, 1),
        field<&Touchpoint::customerAction>("customer_action", FieldRole::Data, 0, kMaxTextLength),
        field<&Touchpoint::thoughts>("thoughts", FieldRole::Data, 0, kMaxTextLength),
        field<&Touchpoint::feelings>("feelings", FieldRole::Data, 0, kMaxTextLength),
        field<&Touchpoint::emotion>("emotion", FieldRole::Data, kEmotionMin, kEmotionMax),
        field<&Touchpoint::emotionToBe>("emotion_to_be", FieldRole::Data, kEmotionMin, kEmotionMax),
        field<&Touchpoint::evidence>("evidence", FieldRole::Data, 0, 2),
        field<&Touchpoint::momentOfTruth>("moment_of_truth", FieldRole::Data, 0, 1),
        field<&Touchpoint::backstage>("backstage", FieldRole::Data, 0, kMaxTextLength),
    };
    return list;
}

bool operator==(const Touchpoint &a, const Touchpoint &b)
{
    return sameFields(a, b);
}

} // namespace cjm
