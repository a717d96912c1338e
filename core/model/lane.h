// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entitykind.h"
#include "enums.h"
#include "field.h"

#include <QVector>

namespace cjm {

/// A row of a journey map: built-in or a user-defined text lane.
struct Lane {
    static constexpr EntityKind entityKind = EntityKind::Lane;
    /// Table of the project file that holds this entity.
    static constexpr const char *table = "lane";
    /// Every persisted field, in column order.
    static const QVector<Field<Lane>> &fields();

    QUuid id;
    QUuid journeyId;
    /// order of the row
    int position = 0;
    LaneKind kind = LaneKind::Text;
    /// title of a user-defined lane; empty for built-in ones
    QString title;
    bool visible = true;

    /// Key shared by the siblings this entity is ordered among.
    QUuid siblingKey() const { return journeyId; }
};

bool operator==(const Lane &a, const Lane &b);
inline bool operator!=(const Lane &a, const Lane &b) { return !(a == b); }

} // namespace cjm
