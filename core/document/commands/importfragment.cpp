// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/commands/importfragment.h"

#include "document/commands/commandchecks.h"
#include "document/commands/linkentities.h"
#include "document/document.h"
#include "document/fragmentorder.h"

namespace cjm {

ImportFragment::ImportFragment(Document *document, const Project &fragment, const QString &text,
                               const std::optional<ProjectInfo> &info, QUndoCommand *parent)
    : MutationCommand(document, text, parent)
{
    const Project &current = document->project();
    if (Status s = check(current, fragment); !s) {
        fail(s);
        return;
    }
    Mutation mutation;
    mutation.insert(fragment);
    if (info)
        addInfoChanges(current.info, *info, &mutation);
    setMutation(mutation);
}

Status ImportFragment::check(const Project &current, const Project &fragment)
{
    const QSet<QUuid> existing = fragmentIds(current);
    // References may point into the document or the fragment: check against both.
    Project combined = current;
    forEachList(fragment, [&](const auto &list) {
        for (const auto &item : list)
            combined.list<std::decay_t<decltype(item)>>().insert(item);
    });
    for (const Link &link : fragment.links())
        combined.addLink(link);

    Status status;
    forEachList(fragment, [&](const auto &list) {
        using T = typename std::decay_t<decltype(list)>::value_type;
        for (const T &item : list) {
            if (!status)
                return;
            if (existing.contains(item.id) || item.id == current.info.id) {
                status = CommandChecks::badValue(T::entityKind, item.id, QStringLiteral("id"),
                                                 CommandChecks::tr("already exists"));
                return;
            }
            T copy = item;
            if (Status s = CommandChecks::checkReferences(combined, copy); !s)
                status = s;
            else if (Status v = CommandChecks::checkValues(copy); !v)
                status = v;
        }
    });
    if (!status)
        return status;
    for (const Link &link : fragment.links()) {
        if (current.findLink(link.kind, link.from, link.to))
            return Status::failure(tr("link %1 %2 → %3 already exists")
                                           .arg(QLatin1String(Link::table(link.kind)),
                                                uuidText(link.from), uuidText(link.to)));
        if (Status s = LinkEntities::checkEnds(combined, link.kind, link.from, link.to); !s)
            return s;
    }
    return Status::success();
}

void ImportFragment::addInfoChanges(const ProjectInfo &current, const ProjectInfo &incoming,
                                    Mutation *mutation)
{
    for (const Field<ProjectInfo> &f : ProjectInfo::fields()) {
        // The id and times belong to the project file, not to what was imported.
        if (f.role != FieldRole::Data || f.type == FieldType::DateTime)
            continue;
        const QVariant before = f.get(current);
        const QVariant after = f.get(incoming);
        if (!CommandChecks::sameValue(before, after))
            mutation->setField(EntityKind::ProjectInfo, current.id, f.name(), before, after);
    }
}

} // namespace cjm
