// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entitykind.h"
#include "enums.h"
#include "field.h"

#include <QVector>

namespace cjm {

/// An improvement action.
struct Opportunity {
    static constexpr EntityKind entityKind = EntityKind::Opportunity;
    /// Table of the project file that holds this entity.
    static constexpr const char *table = "opportunity";
    /// Every persisted field, in column order.
    static const QVector<Field<Opportunity>> &fields();

    QUuid id;
    QUuid stageId;
    /// null when it belongs to the stage as a whole
    QUuid touchpointId;
    /// order among siblings
    int position = 0;
    QString title;
    QString description;
    QString owner;
    OpportunityStatus status = OpportunityStatus::Idea;
    /// 1..5
    int impact = 3;
    /// 1..5
    int effort = 3;
    QDate dueDate;
    /// expected metric change, free text
    QString expectedChange;
    /// workshop dot votes
    int votes = 0;

    /// Key shared by the siblings this entity is ordered among.
    QUuid siblingKey() const { return touchpointId.isNull() ? stageId : touchpointId; }
};

bool operator==(const Opportunity &a, const Opportunity &b);
inline bool operator!=(const Opportunity &a, const Opportunity &b) { return !(a == b); }

} // namespace cjm
