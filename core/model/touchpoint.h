// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entitykind.h"
#include "enums.h"
#include "field.h"

#include <QVector>

namespace cjm {

/// An interaction (a step) in a stage.
struct Touchpoint {
    static constexpr EntityKind entityKind = EntityKind::Touchpoint;
    /// Table of the project file that holds this entity.
    static constexpr const char *table = "touchpoint";
    /// Every persisted field, in column order.
    static const QVector<Field<Touchpoint>> &fields();

    QUuid id;
    QUuid stageId;
    /// order within the stage
    int position = 0;
    QString title;
    QString description;
    Channel channel = Channel::Web;
    Environment environment = Environment::Digital;
    /// internal department or external provider
    QString owner;
    /// the owner is an external provider (outsourced service)
    bool ownerExternal = false;
    QString customerAction;
    QString thoughts;
    QString feelings;
    /// as-is emotion −2..+2
    int emotion = 0;
    /// to-be emotion, if set
    std::optional<int> emotionToBe;
    EvidenceLevel evidence = EvidenceLevel::Assumption;
    bool momentOfTruth = false;
    /// backstage process
    QString backstage;

    /// Key shared by the siblings this entity is ordered among.
    QUuid siblingKey() const { return stageId; }
};

bool operator==(const Touchpoint &a, const Touchpoint &b);
inline bool operator!=(const Touchpoint &a, const Touchpoint &b) { return !(a == b); }

} // namespace cjm
