// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/commands/mutationcommand.h"
#include "model/project.h"

namespace cjm {

/**
 * Inserts a fragment of a project — entities with their children and links,
 * ids fresh and parents set to where they go (ClipboardFragment::instantiate)
 * — as one undo step: a paste. Every entity is checked against its field
 * ranges and every reference must exist in the project or in the fragment.
 */
class InsertFragment : public MutationCommand
{
    Q_DECLARE_TR_FUNCTIONS(cjm::InsertFragment)

public:
    /// Inserts `fragment`; its entities keep their positions (siblings make room). An empty
    /// `text` names the step "Paste".
    InsertFragment(Document *document, const Project &fragment, const QString &text = QString(),
                   QUndoCommand *parent = nullptr);

private:
    static Status check(const Project &project, const Project &fragment);
};

} // namespace cjm
