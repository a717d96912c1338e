// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/commands/commandchecks.h"
#include "document/commands/mergeids.h"
#include "document/commands/mutationcommand.h"
#include "document/document.h"

namespace cjm {

/**
 * Sets one data field (a column of T::fields() with role Data) of one or more
 * entities of type T to the same value, as one undo step: the inspector's
 * edit of a single entity or of a multi-selection.
 *
 * The value is checked against the field's type and range (out-of-range values
 * are refused, see status()) and stored in the file's canonical form.
 * Consecutive edits of the same column of the same entities merge into one
 * step (typing in a field), unless the later one is not mergeable; an edit
 * whose net change is nothing vanishes from the stack.
 *
 * Parents and positions are not fields to edit: use the Move and Reorder
 * commands, which keep sibling order dense.
 */
template<class T>
class EditField : public MutationCommand
{
public:
    /// Sets `column` of the entity `id` to `value`.
    EditField(Document *document, const QUuid &id, const QString &column, const QVariant &value,
              const QString &text, QUndoCommand *parent = nullptr)
        : EditField(document, QVector<QUuid>{id}, column, value, text, parent)
    {}

    /// Sets `column` of every entity in `ids` to `value`.
    EditField(Document *document, const QVector<QUuid> &ids, const QString &column,
              const QVariant &value, const QString &text, QUndoCommand *parent = nullptr)
        : MutationCommand(document, text, parent), mColumn(column)
    {
        if (Status s = prepare(document->project(), ids, value); !s) {
            fail(s);
            return;
        }
        rebuild();
    }

    int id() const override { return MergeEditField; }

    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *edit = dynamic_cast<const EditField<T> *>(other);
        if (!edit || edit->id() != id() || !canMerge(*edit))
            return false;
        for (int i = 0; i < mChanges.size(); ++i)
            mChanges[i].newValue = edit->mChanges.at(i).newValue;
        rebuild();
        return true;
    }

    /// Whether this edit may merge into the previous one (false starts a new undo step).
    void setMergeable(bool mergeable) { mMergeable = mergeable; }
    bool isMergeable() const { return mMergeable; }

    const QString &column() const { return mColumn; }
    /// The edited entities.
    QVector<QUuid> entityIds() const
    {
        QVector<QUuid> ids;
        for (const Change &change : mChanges)
            ids.append(change.id);
        return ids;
    }

private:
    struct Change
    {
        QUuid id;
        QVariant oldValue;
        QVariant newValue;
    };

    Status prepare(const Project &project, const QVector<QUuid> &ids, const QVariant &value)
    {
        const Field<T> *field = findField<T>(mColumn);
        if (!field || field->role != FieldRole::Data || isManaged(mColumn)) {
            return Status::failure(CommandChecks::tr("%1 has no field %2 to edit")
                                           .arg(entityKindName(T::entityKind), mColumn));
        }
        if (ids.isEmpty())
            return CommandChecks::missing(T::entityKind, QUuid());
        for (const QUuid &entityId : ids) {
            const T *current = CommandChecks::find<T>(project, entityId);
            if (!current)
                return CommandChecks::missing(T::entityKind, entityId);
            QVariant stored;
            if (Status s = CommandChecks::checkValue(*field, entityId, value, &stored); !s)
                return s;
            // References the field may hold (a photo, an as-is journey) must exist.
            T edited = *current;
            field->set(edited, stored);
            if (Status s = CommandChecks::checkReferences(project, edited); !s)
                return s;
            mChanges.append({entityId, field->get(*current), stored});
        }
        return Status::success();
    }

    /// Fields the document keeps itself (the project's time stamps).
    static bool isManaged(const QString &column)
    {
        if constexpr (!std::is_same_v<T, ProjectInfo>)
            return false;
        return column == QLatin1String("created") || column == QLatin1String("modified");
    }

    bool canMerge(const EditField<T> &other) const
    {
        if (!isValid() || !other.isValid() || other.isObsolete() || !other.mMergeable
            || other.mColumn != mColumn || other.mChanges.size() != mChanges.size())
            return false;
        for (int i = 0; i < mChanges.size(); ++i) {
            if (mChanges.at(i).id != other.mChanges.at(i).id)
                return false;
        }
        return true;
    }

    void rebuild()
    {
        Mutation mutation;
        for (const Change &change : mChanges) {
            if (!CommandChecks::sameValue(change.oldValue, change.newValue))
                mutation.setField(T::entityKind, change.id, mColumn, change.oldValue,
                                  change.newValue);
        }
        // An empty mutation makes the command obsolete: a net no-op leaves the stack.
        setMutation(mutation);
    }

    QString mColumn;
    QVector<Change> mChanges;
    bool mMergeable = true;
};

} // namespace cjm
