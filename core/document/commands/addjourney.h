// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/commands/addentity.h"

namespace cjm {

/**
 * Adds a journey to the project, by default together with its built-in lanes
 * (stage headers, touchpoints, ..., insights; one per LaneKind except Text,
 * all visible): a new journey map is usable at once, and undo removes it
 * with its lanes in one step.
 */
class AddJourney : public AddEntity<Journey>
{
    Q_DECLARE_TR_FUNCTIONS(cjm::AddJourney)

public:
    /// Adds `journey` at `position` among the journeys (−1: at the end).
    AddJourney(Document *document, const Journey &journey, int position = -1,
               bool withDefaultLanes = true, QUndoCommand *parent = nullptr);

    /// The built-in lanes of a new journey `journeyId`, in map order, with fresh ids.
    static QVector<Lane> defaultLanes(const QUuid &journeyId);
};

} // namespace cjm
