// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entitykind.h"
#include "enums.h"
#include "field.h"

#include <QVector>

namespace cjm {

/// An ordered phase of a journey.
struct Stage {
    static constexpr EntityKind entityKind = EntityKind::Stage;
    /// Table of the project file that holds this entity.
    static constexpr const char *table = "stage";
    /// Every persisted field, in column order.
    static const QVector<Field<Stage>> &fields();

    QUuid id;
    QUuid journeyId;
    /// order within the journey
    int position = 0;
    QString name;
    QString customerGoal;
    QColor color = QColor(0xdf, 0xe7, 0xf2);
    /// facilitator notes
    QString notes;

    /// Key shared by the siblings this entity is ordered among.
    QUuid siblingKey() const { return journeyId; }
};

bool operator==(const Stage &a, const Stage &b);
inline bool operator!=(const Stage &a, const Stage &b) { return !(a == b); }

} // namespace cjm
