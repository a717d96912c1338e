// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entitykind.h"
#include "enums.h"
#include "field.h"

#include <QVector>

namespace cjm {

/// A customer segment made concrete.
struct Persona {
    static constexpr EntityKind entityKind = EntityKind::Persona;
    /// Table of the project file that holds this entity.
    static constexpr const char *table = "persona";
    /// Every persisted field, in column order.
    static const QVector<Field<Persona>> &fields();

    QUuid id;
    /// order in the project
    int position = 0;
    QString name;
    QString role;
    /// VIP / key / standard
    Tier tier = Tier::Standard;
    /// share of customers, %
    double sharePercent = 0.0;
    /// yearly value per customer, project currency
    double valuePerCustomer = 0.0;
    QString goals;
    QString needs;
    QString frustrations;
    QString quote;
    QColor color = QColor(0x4e, 0x79, 0xa7);
    /// ImageAsset, or null
    QUuid photoId;

    /// Key shared by the siblings this entity is ordered among.
    QUuid siblingKey() const { return QUuid(); }
};

bool operator==(const Persona &a, const Persona &b);
inline bool operator!=(const Persona &a, const Persona &b) { return !(a == b); }

} // namespace cjm
