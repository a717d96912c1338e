// SPDX-License-Identifier: GPL-3.0-or-later
#include "persona.h"

#include "entityequality.h"

namespace cjm {

const QVector<Field<Persona>> &Persona::fields()
{
    static const QVector<Field<Persona>> list = {
        field<&Persona::id>("id", FieldRole::Id, 0, kMaxTextLength),
        field<&Persona::position>("position", FieldRole::Position, 0, 1000000.0),
        field<&Persona::name>("name", FieldRole::Data, 0, kMaxTextLength),
        field<&Persona::role>("role", FieldRole::Data, 0, kMaxTextLength),
        field<&Persona::tier>("tier", FieldRole::Data, 0, 2),
        field<&Persona::sharePercent>("share_percent", FieldRole::Data, 0, 100),
        field<&Persona::valuePerCustomer>("value_per_customer", FieldRole::Data, 0, 1000000000000.0),
        field<&Persona::goals>("goals", FieldRole::Data, 0, kMaxTextLength),
        field<&Persona::needs>("needs", FieldRole::Data, 0, kMaxTextLength),
        field<&Persona::frustrations>("frustrations", FieldRole::Data, 0, kMaxTextLength),
        field<&Persona::quote>("quote", FieldRole::Data, 0, kMaxTextLength),
        field<&Persona::color>("color", FieldRole::Data, 0, kMaxTextLength),
        field<&Persona::photoId>("photo_id", FieldRole::Data, 0, kMaxTextLength),
    };
    return list;
}

bool operator==(const Persona &a, const Persona &b)
{
    return sameFields(a, b);
}

} // namespace cjm
