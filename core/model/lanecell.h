// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entitykind.h"
#include "enums.h"
#include "field.h"

#include <QVector>

namespace cjm {

/// The text of a user-defined lane under one touchpoint.
struct LaneCell {
    static constexpr EntityKind entityKind = EntityKind::LaneCell;
    /// Table of the project file that holds this entity.
    static constexpr const char *table = "lane_cell";
    /// Every persisted field, in column order.
    static const QVector<Field<LaneCell>> &fields();

    QUuid id;
    QUuid laneId;
    QUuid touchpointId;
    QString text;

    /// Key shared by the siblings this entity is ordered among (none: not ordered).
    QUuid siblingKey() const { return laneId; }
};

bool operator==(const LaneCell &a, const LaneCell &b);
inline bool operator!=(const LaneCell &a, const LaneCell &b) { return !(a == b); }

} // namespace cjm
