// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/commands/insertfragment.h"

#include "document/commands/commandchecks.h"
#include "document/commands/linkentities.h"
#include "document/document.h"

namespace cjm {

InsertFragment::InsertFragment(Document *document, const Project &fragment, const QString &text,
                               QUndoCommand *parent)
    : MutationCommand(document, text.isEmpty() ? tr("Paste") : text, parent)
{
    if (Status s = check(document->project(), fragment); !s) {
        fail(s);
        return;
    }
    Mutation mutation;
    mutation.insert(fragment);
    setMutation(mutation);
}

Status InsertFragment::check(const Project &project, const Project &fragment)
{
    // References may point into the project or into the fragment itself.
    Project combined = project;
    Status status = Status::success();
    forEachList(fragment, [&](const auto &list) {
        for (const auto &entity : list) {
            if (status && combined.list<std::decay_t<decltype(entity)>>().contains(entity.id))
                status = CommandChecks::badValue(entity.entityKind, entity.id, QStringLiteral("id"),
                                                 CommandChecks::tr("already exists"));
            if (status)
                status = CommandChecks::checkValues(entity);
            combined.list<std::decay_t<decltype(entity)>>().insert(entity);
        }
    });
    if (!status)
        return status;
    forEachList(fragment, [&](const auto &list) {
        for (auto entity : list) {
            if (status)
                status = CommandChecks::checkReferences(combined, entity);
        }
    });
    if (!status)
        return status;
    for (const Link &link : fragment.links()) {
        if (Status s = LinkEntities::checkEnds(combined, link.kind, link.from, link.to); !s)
            return s;
        if (project.findLink(link.kind, link.from, link.to))
            return Status::failure(tr("the pasted link from %1 to %2 exists already")
                                           .arg(uuidText(link.from), uuidText(link.to)));
    }
    return Status::success();
}

} // namespace cjm
