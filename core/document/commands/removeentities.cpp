// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/commands/removeentities.h"

#include "document/commands/commandchecks.h"
#include "document/document.h"
#include "model/entitydispatch.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace cjm {

/// One entity to remove, where it sits, and its resolved removal.
struct RemoveEntities::Removal
{
    EntityRef ref;
    QUuid siblingKey;
    int position = 0;
    Mutation mutation;
    QSet<QUuid> ids; ///< every entity the removal takes
};

namespace {

QString linkKey(const Link &link)
{
    return QStringLiteral("%1 %2 %3")
            .arg(static_cast<int>(link.kind))
            .arg(uuidText(link.from), uuidText(link.to));
}

QSet<QUuid> removedIds(const Mutation &mutation)
{
    QSet<QUuid> ids;
    for (const MutationOp &op : mutation.ops()) {
        if (op.type != MutationOp::Remove)
            continue;
        forEachList(*op.fragment, [&](const auto &list) {
            for (const auto &item : list)
                ids.insert(item.id);
        });
    }
    return ids;
}

/// A field value set earlier in the step, keyed by entity and column.
struct FieldKey
{
    EntityKind kind;
    QUuid id;
    QString column;
    bool operator==(const FieldKey &o) const
    {
        return kind == o.kind && id == o.id && column == o.column;
    }
};

size_t qHash(const FieldKey &key, size_t seed = 0)
{
    return qHashMulti(seed, static_cast<int>(key.kind), key.id, key.column);
}

/// Writes `value` into the entity's copy in `fragment`, if the fragment holds it.
void patchField(Project *fragment, const FieldKey &key, const QVariant &value)
{
    dispatchEntityKind(key.kind, [&](auto tag) {
        using T = typename decltype(tag)::Type;
        T *item = fragment->list<T>().find(key.id);
        const Field<T> *field = findField<T>(key.column);
        if (item && field)
            field->set(*item, value);
    });
}

} // namespace

RemoveEntities::RemoveEntities(Document *document, const QVector<EntityRef> &refs,
                               QUndoCommand *parent)
    : MutationCommand(document, tr("Remove %n item(s)", nullptr, int(refs.size())), parent)
{
    build(refs);
}

RemoveEntities::RemoveEntities(Document *document, const QVector<EntityRef> &refs,
                               const QString &text, QUndoCommand *parent)
    : MutationCommand(document, text, parent)
{
    build(refs);
}

void RemoveEntities::build(const QVector<EntityRef> &refs)
{
    Status status;
    const QVector<Removal> removals = resolve(refs, &status);
    if (!status) {
        fail(status);
        return;
    }
    setMutation(combine(removals));
}

QVector<RemoveEntities::Removal> RemoveEntities::resolve(const QVector<EntityRef> &refs,
                                                         Status *status) const
{
    const Project &project = document()->project();
    QVector<Removal> all;
    QSet<EntityRef> seen;
    for (const EntityRef &ref : refs) {
        Removal removal;
        removal.ref = ref;
        const bool isEntity = dispatchEntityKind(ref.kind, [&](auto tag) {
            using T = typename decltype(tag)::Type;
            if (const T *item = project.list<T>().find(ref.id)) {
                removal.siblingKey = item->siblingKey();
                if constexpr (HasPosition<T>::value)
                    removal.position = item->position;
            }
        });
        if (!isEntity) {
            *status = Status::failure(
                    tr("a %1 cannot be removed this way").arg(entityKindName(ref.kind)));
            return {};
        }
        if (!CommandChecks::exists(project, ref.kind, ref.id)) {
            *status = CommandChecks::missing(ref.kind, ref.id);
            return {};
        }
        if (seen.contains(ref))
            continue;
        seen.insert(ref);
        removal.mutation = document()->removalOf(ref.kind, ref.id);
        removal.ids = removedIds(removal.mutation);
        all.append(removal);
    }
    if (all.isEmpty()) {
        *status = Status::failure(tr("nothing to remove"));
        return {};
    }

    // What another removal takes anyway (a touchpoint of a removed stage) goes with it.
    QVector<Removal> kept;
    for (const Removal &removal : all) {
        const bool covered = std::any_of(all.cbegin(), all.cend(), [&](const Removal &other) {
            return other.ref != removal.ref && other.ids.contains(removal.ref.id);
        });
        if (!covered)
            kept.append(removal);
    }
    // Siblings from the last position down, so each recorded position still holds.
    std::sort(kept.begin(), kept.end(), [](const Removal &a, const Removal &b) {
        if (a.ref.kind != b.ref.kind)
            return a.ref.kind < b.ref.kind;
        if (a.siblingKey != b.siblingKey)
            return a.siblingKey < b.siblingKey;
        return a.position > b.position;
    });
    return kept;
}

Mutation RemoveEntities::combine(const QVector<Removal> &removals)
{
    Mutation result;
    QSet<QUuid> removed;
    QSet<QString> removedLinks;
    QHash<FieldKey, QVariant> values; // fields set by earlier ops of this step

    for (const Removal &removal : removals) {
        for (const MutationOp &op : removal.mutation.ops()) {
            switch (op.type) {
            case MutationOp::SetField: {
                if (removed.contains(op.id))
                    break; // its removal recorded the value it had
                const FieldKey key{op.kind, op.id, op.column};
                const QVariant oldValue = values.value(key, op.oldValue);
                if (CommandChecks::sameValue(oldValue, op.newValue))
                    break;
                result.setField(op.kind, op.id, op.column, oldValue, op.newValue);
                values.insert(key, op.newValue);
                break;
            }
            case MutationOp::Remove: {
                Project fragment = *op.fragment;
                for (const Link &link : op.fragment->links()) {
                    if (removedLinks.contains(linkKey(link)))
                        fragment.removeLink(link.kind, link.from, link.to);
                    else
                        removedLinks.insert(linkKey(link));
                }
                // Keep the fragment true to the state it is removed from.
                for (auto it = values.cbegin(); it != values.cend(); ++it)
                    patchField(&fragment, it.key(), it.value());
                forEachList(fragment, [&](const auto &list) {
                    for (const auto &item : list)
                        removed.insert(item.id);
                });
                result.remove(fragment);
                break;
            }
            case MutationOp::RemoveLink:
                if (!removedLinks.contains(linkKey(op.link))) {
                    removedLinks.insert(linkKey(op.link));
                    result.removeLink(op.link);
                }
                break;
            case MutationOp::Insert:
            case MutationOp::Move:
            case MutationOp::AddLink:
                break; // removalOf() gives none of these
            }
        }
    }
    return result;
}

} // namespace cjm
