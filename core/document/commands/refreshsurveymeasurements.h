// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/commands/mutationcommand.h"

namespace cjm {

/**
 * Brings the measurements computed from survey data (source Survey) in line with the
 * survey data in the working copy (SurveyMeasurements): new months and scopes are added,
 * changed figures updated, figures whose answers are gone removed; manual measurements
 * are never touched. One undo step; obsolete when nothing changes. Pushed after a survey
 * import (and after undoing one), so the map's chips and badges show the survey figures.
 */
class RefreshSurveyMeasurements : public MutationCommand
{
    Q_DECLARE_TR_FUNCTIONS(cjm::RefreshSurveyMeasurements)

public:
    explicit RefreshSurveyMeasurements(Document *document, QUndoCommand *parent = nullptr);
};

} // namespace cjm
