// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "field.h"

namespace cjm {

/// True when every persisted field of a and b holds the same value.
template<class T>
bool sameFields(const T &a, const T &b)
{
    for (const Field<T> &f : T::fields()) {
        // QVariant's == takes a null int for 0: an unset optional is not 0.
        const QVariant va = f.get(a);
        const QVariant vb = f.get(b);
        if (va.isNull() != vb.isNull() || va != vb)
            return false;
    }
    return true;
}

} // namespace cjm
