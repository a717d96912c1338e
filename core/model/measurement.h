// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entitykind.h"
#include "enums.h"
#include "field.h"

#include <QVector>

namespace cjm {

/// A metric's value for a scope and period.
struct Measurement {
    static constexpr EntityKind entityKind = EntityKind::Measurement;
    /// Table of the project file that holds this entity.
    static constexpr const char *table = "measurement";
    /// Every persisted field, in column order.
    static const QVector<Field<Measurement>> &fields();

    QUuid id;
    QUuid metricId;
    ScopeKind scopeKind = ScopeKind::Project;
    QUuid scopeId;
    QDate periodStart;
    QDate periodEnd;
    double value = 0.0;
    int sampleSize = 0;
    MeasurementSource source = MeasurementSource::Manual;
    QString note;

    /// Key shared by the siblings this entity is ordered among (none: not ordered).
    QUuid siblingKey() const { return metricId; }
};

bool operator==(const Measurement &a, const Measurement &b);
inline bool operator!=(const Measurement &a, const Measurement &b) { return !(a == b); }

} // namespace cjm
