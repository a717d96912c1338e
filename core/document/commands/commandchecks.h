// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/mutation.h"
#include "model/project.h"
#include "util/status.h"

#include <QCoreApplication>

#include <type_traits>

namespace cjm {

/**
 * Checks that commands run on their input before they touch a document, so
 * that bad input (from the UI, the CLI or an import) gives one clear message
 * naming the entity and field, never a broken project: every value within its
 * field's range, every reference pointing at an existing entity of the right
 * kind, and the structure the model relies on (a pain point's stage is the
 * stage of its touchpoint).
 */
class CommandChecks
{
    Q_DECLARE_TR_FUNCTIONS(cjm::CommandChecks)

public:
    /// The entity of type T with `id` (the project info for ProjectInfo), or nullptr.
    template<class T>
    static const T *find(const Project &project, const QUuid &id)
    {
        if constexpr (std::is_same_v<T, ProjectInfo>)
            return project.info.id == id ? &project.info : nullptr;
        else
            return project.list<T>().find(id);
    }

    /// Whether an entity of `kind` with `id` exists.
    static bool exists(const Project &project, EntityKind kind, const QUuid &id);

    /// The failure for a missing entity: "there is no touchpoint 1234…".
    static Status missing(EntityKind kind, const QUuid &id);

    /// Values equal in type, nullness and content (QVariant's == treats a null int as 0).
    static bool sameValue(const QVariant &a, const QVariant &b);

    /**
     * Checks `value` for `field` of entity `id` and gives it in its stored form
     * (enums as int, QUuid/QColor/QDate as text, bool as 0/1), so that equal
     * values compare equal and the file gets the canonical form.
     */
    template<class T>
    static Status checkValue(const Field<T> &field, const QUuid &id, const QVariant &value,
                             QVariant *stored)
    {
        QVariant v = value;
        if (isMemberForm(v)) {
            T scratch{};
            field.set(scratch, v);
            v = field.get(scratch);
        }
        const QString reason = checkFieldValue(field.type, v, field.min, field.max);
        if (!reason.isEmpty())
            return badValue(T::entityKind, id, field.name(), reason);
        T scratch{};
        field.set(scratch, v);
        *stored = field.get(scratch);
        return Status::success();
    }

    /// Checks every field of `entity` against its range, and that it has an id.
    template<class T>
    static Status checkValues(const T &entity)
    {
        if (entity.id.isNull())
            return badValue(T::entityKind, entity.id, QStringLiteral("id"),
                            tr("the id is missing"));
        for (const Field<T> &f : T::fields()) {
            const QString reason = checkFieldValue(f.type, f.get(entity), f.min, f.max);
            if (!reason.isEmpty())
                return badValue(T::entityKind, entity.id, f.name(), reason);
        }
        return Status::success();
    }

    /**
     * Checks that the references of `entity` (its parents and ids it names,
     * like a persona's photo) point at existing entities of the right kind in
     * `project`. A pain point, opportunity or insight given a touchpoint but
     * no stage gets the touchpoint's stage.
     */
    static Status checkReferences(const Project &project, ImageAsset &entity);
    static Status checkReferences(const Project &project, Persona &entity);
    static Status checkReferences(const Project &project, Journey &entity);
    static Status checkReferences(const Project &project, Lane &entity);
    static Status checkReferences(const Project &project, LaneCell &entity);
    static Status checkReferences(const Project &project, Stage &entity);
    static Status checkReferences(const Project &project, Touchpoint &entity);
    static Status checkReferences(const Project &project, PainPoint &entity);
    static Status checkReferences(const Project &project, Opportunity &entity);
    static Status checkReferences(const Project &project, Insight &entity);
    static Status checkReferences(const Project &project, Metric &entity);
    static Status checkReferences(const Project &project, Measurement &entity);
    static Status checkReferences(const Project &project, ProjectInfo &entity);

    /// The parent columns of `entity` with their stored values, as a Move op takes them.
    template<class T>
    static MutationOp::Values parentsOf(const T &entity)
    {
        MutationOp::Values values;
        for (const Field<T> &f : T::fields()) {
            if (f.role == FieldRole::Parent)
                values.append({f.name(), f.get(entity)});
        }
        return values;
    }

    /// The failure "<kind> <id>: <column>: <reason>".
    static Status badValue(EntityKind kind, const QUuid &id, const QString &column,
                           const QString &reason);

private:
    static bool isMemberForm(const QVariant &value);
    /// Checks a card's stage and touchpoint and fills in the stage from the touchpoint.
    static Status checkHomed(const Project &project, EntityKind kind, const QUuid &id,
                             QUuid *stageId, const QUuid &touchpointId);
    static Status checkParent(const Project &project, EntityKind kind, const QUuid &id,
                              const QString &column, EntityKind parentKind, const QUuid &parentId,
                              bool optional);
};

} // namespace cjm
