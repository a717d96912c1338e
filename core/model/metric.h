// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entitykind.h"
#include "enums.h"
#include "field.h"

#include <QVector>

namespace cjm {

/// A metric definition.
struct Metric {
    static constexpr EntityKind entityKind = EntityKind::Metric;
    /// Table of the project file that holds this entity.
    static constexpr const char *table = "metric";
    /// Every persisted field, in column order.
    static const QVector<Field<Metric>> &fields();

    QUuid id;
    /// order in the project
    int position = 0;
    QString name;
    MetricKind kind = MetricKind::Nps;
    MetricCategory category = MetricCategory::Perception;
    double scaleMin = 0.0;
    double scaleMax = 10.0;
    MetricDirection direction = MetricDirection::HigherIsBetter;
    QString unit;
    std::optional<double> target;
    ScopeKind scopeKind = ScopeKind::Project;
    /// journey, stage or touchpoint; null for the project
    QUuid scopeId;

    /// Key shared by the siblings this entity is ordered among.
    QUuid siblingKey() const { return QUuid(); }
};

bool operator==(const Metric &a, const Metric &b);
inline bool operator!=(const Metric &a, const Metric &b) { return !(a == b); }

} // namespace cjm
