// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entitykind.h"
#include "enums.h"
#include "field.h"

#include <QVector>

namespace cjm {

/// A journey of one or more personas through stages.
struct Journey {
    static constexpr EntityKind entityKind = EntityKind::Journey;
    /// Table of the project file that holds this entity.
    static constexpr const char *table = "journey";
    /// Every persisted field, in column order.
    static const QVector<Field<Journey>> &fields();

    QUuid id;
    /// order in the project
    int position = 0;
    QString name;
    QString scenario;
    JourneyState state = JourneyState::AsIs;
    /// for a to-be journey: the as-is journey it improves
    QUuid asIsJourneyId;
    QString owner;
    JourneyStatus status = JourneyStatus::Draft;
    QStringList tags;

    /// Key shared by the siblings this entity is ordered among.
    QUuid siblingKey() const { return QUuid(); }
};

bool operator==(const Journey &a, const Journey &b);
inline bool operator!=(const Journey &a, const Journey &b) { return !(a == b); }

} // namespace cjm
