// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/commands/mutationcommand.h"

#include <optional>

namespace cjm {

/**
 * Imports a fragment (a small Project of new entities and links, e.g. from a
 * JSON or Mermaid file) as one undoable step, optionally also taking a
 * project name, description and locale.
 *
 * The fragment is checked against the document first: every id must be new,
 * every value in range, every reference must point at an entity of the right
 * kind in the document or the fragment, every link must join existing ends.
 * Positions are taken as given (roots must already go after the existing
 * siblings). An invalid fragment makes an invalid command that changes nothing.
 */
class ImportFragment : public MutationCommand
{
    Q_DECLARE_TR_FUNCTIONS(cjm::ImportFragment)

public:
    ImportFragment(Document *document, const Project &fragment, const QString &text,
                   const std::optional<ProjectInfo> &info = std::nullopt,
                   QUndoCommand *parent = nullptr);

private:
    static Status check(const Project &current, const Project &fragment);
    static void addInfoChanges(const ProjectInfo &current, const ProjectInfo &incoming,
                               Mutation *mutation);
};

} // namespace cjm
