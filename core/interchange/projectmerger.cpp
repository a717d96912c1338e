// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectmerger.h"

#include "document/fragmentorder.h"

namespace cjm {

bool ProjectMerger::isEmpty(const Project &project)
{
    bool empty = project.links().isEmpty();
    forEachList(project, [&](const auto &list) { empty = empty && list.isEmpty(); });
    return empty;
}

ProjectMerger::Plan ProjectMerger::plan(const Project &target, const Project &incoming)
{
    Plan plan;
    plan.info = incoming.info;
    plan.replaceInfo = isEmpty(target);

    QHash<QUuid, QUuid> renamed;
    const QSet<QUuid> targetIds = fragmentIds(target);
    forEachList(incoming, [&](const auto &list) {
        using T = typename std::decay_t<decltype(list)>::value_type;
        for (const T &item : list) {
            if (targetIds.contains(item.id) || item.id == target.info.id) {
                const QUuid fresh = QUuid::createUuid();
                renamed.insert(item.id, fresh);
                plan.conflicts.append({T::entityKind, item.id, fresh, displayName(item)});
            }
        }
    });

    const QSet<QUuid> incomingIds = fragmentIds(incoming);
    forEachList(incoming, [&](const auto &list) {
        using T = typename std::decay_t<decltype(list)>::value_type;
        for (T item : list) {
            const bool root = !incomingIds.contains(item.siblingKey());
            for (const Field<T> &f : T::fields()) {
                if (f.type != FieldType::Uuid)
                    continue;
                const QUuid id = QUuid::fromString(f.get(item).toString());
                if (renamed.contains(id))
                    f.set(item, toFieldVariant(renamed.value(id)));
            }
            if constexpr (HasPosition<T>::value) {
                // Roots of the import go after the target's own siblings.
                if (root)
                    item.position += target.list<T>().ordered(item.siblingKey()).size();
            }
            plan.fragment.list<T>().insert(item);
        }
    });
    for (Link link : incoming.links()) {
        link.from = renamed.value(link.from, link.from);
        link.to = renamed.value(link.to, link.to);
        plan.fragment.addLink(link);
    }
    return plan;
}

QString ProjectMerger::describe(const Conflict &conflict)
{
    return tr("%1 \"%2\" (%3) is already in the project: imported as a copy with id %4")
            .arg(entityKindName(conflict.kind), conflict.name, uuidText(conflict.id),
                 uuidText(conflict.newId));
}

} // namespace cjm
