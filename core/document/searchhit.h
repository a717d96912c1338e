// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/entityref.h"

#include <QString>

namespace cjm {

/// One entity a ProjectSearch found, with where it sits on the map.
struct SearchHit
{
    /// the entity found
    EntityRef ref;
    /// its title (an insight's text), to show in a list of results
    QString text;
    /// the journey it belongs to; null for personas
    QUuid journeyId;
    QString journeyName;
    /// the stage it belongs to; null for personas and journeys
    QUuid stageId;
    QString stageName;
};

} // namespace cjm
