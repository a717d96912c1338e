// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/commands/mutationcommand.h"
#include "model/lanecell.h"

namespace cjm {

/**
 * Sets the text of a user-defined lane under a touchpoint: edits the lane
 * cell, or adds it when the cell does not exist yet. Consecutive edits of the
 * same cell merge into one undo step, like EditField.
 */
class SetLaneCellText : public MutationCommand
{
    Q_DECLARE_TR_FUNCTIONS(cjm::SetLaneCellText)

public:
    SetLaneCellText(Document *document, const QUuid &laneId, const QUuid &touchpointId,
                    const QString &text, QUndoCommand *parent = nullptr);

    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

    /// The cell written (new or existing).
    const QUuid &cellId() const { return mCell.id; }

private:
    void rebuild();

    LaneCell mCell;   ///< the cell with the new text
    QString mOldText; ///< text before, when the cell existed
    bool mAdds = false;
};

} // namespace cjm
