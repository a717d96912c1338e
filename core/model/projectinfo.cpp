// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectinfo.h"

#include "entityequality.h"

namespace cjm {

const QVector<Field<ProjectInfo>> &ProjectInfo::fields()
{
    static const QVector<Field<ProjectInfo>> list = {
        field<&ProjectInfo::id>("id", FieldRole::Id, 0, kMaxTextLength),
        field<&ProjectInfo::name>("name", FieldRole::Data, 0, kMaxTextLength),
        field<&ProjectInfo::description>("description", FieldRole::Data, 0, kMaxTextLength),
        field<&ProjectInfo::locale>("locale", FieldRole::Data, 0, 64),
        field<&ProjectInfo::created>("created", FieldRole::Data, 0, kMaxTextLength),
        field<&ProjectInfo::modified>("modified", FieldRole::Data, 0, kMaxTextLength),
    };
    return list;
}

bool operator==(const ProjectInfo &a, const ProjectInfo &b)
{
    return sameFields(a, b);
}

} // namespace cjm
