// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entitykind.h"
#include "enums.h"
#include "field.h"

#include <QVector>

namespace cjm {

/// Evidence: a quote, observation or data point.
struct Insight {
    static constexpr EntityKind entityKind = EntityKind::Insight;
    /// Table of the project file that holds this entity.
    static constexpr const char *table = "insight";
    /// Every persisted field, in column order.
    static const QVector<Field<Insight>> &fields();

    QUuid id;
    QUuid stageId;
    /// null when it belongs to the stage as a whole
    QUuid touchpointId;
    /// order among siblings
    int position = 0;
    InsightKind kind = InsightKind::Quote;
    QString text;
    InsightSource source = InsightSource::Survey;
    /// e.g. "Interview #4"
    QString sourceDetail;
    QDate date;

    /// Key shared by the siblings this entity is ordered among.
    QUuid siblingKey() const { return touchpointId.isNull() ? stageId : touchpointId; }
};

bool operator==(const Insight &a, const Insight &b);
inline bool operator!=(const Insight &a, const Insight &b) { return !(a == b); }

} // namespace cjm
