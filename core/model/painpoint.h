// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entitykind.h"
#include "enums.h"
#include "field.h"

#include <QVector>

namespace cjm {

/// A negative experience at a touchpoint (or a stage).
struct PainPoint {
    static constexpr EntityKind entityKind = EntityKind::PainPoint;
    /// Table of the project file that holds this entity.
    static constexpr const char *table = "pain_point";
    /// Every persisted field, in column order.
    static const QVector<Field<PainPoint>> &fields();

    QUuid id;
    QUuid stageId;
    /// null when it belongs to the stage as a whole
    QUuid touchpointId;
    /// order among the pain points of the same touchpoint (or stage)
    int position = 0;
    QString title;
    QString description;
    PainCategory category = PainCategory::Product;
    /// 1..5
    int severity = 3;
    /// 1..5
    int likelihood = 3;
    /// % of the persona's customers
    double customersAffected = 0.0;
    /// HandlingStep bits
    int handling = 0;
    QString handlingNotes;
    /// workshop dot votes
    int votes = 0;

    /// Key shared by the siblings this entity is ordered among.
    QUuid siblingKey() const { return touchpointId.isNull() ? stageId : touchpointId; }
};

bool operator==(const PainPoint &a, const PainPoint &b);
inline bool operator!=(const PainPoint &a, const PainPoint &b) { return !(a == b); }

} // namespace cjm
