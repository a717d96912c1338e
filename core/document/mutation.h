// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/project.h"

#include <QPair>
#include <QString>
#include <QVariant>
#include <QVector>

#include <memory>

namespace cjm {

/// One primitive, fully resolved change to a project; see Mutation.
struct MutationOp {
    enum Type {
        Insert,     ///< add every entity and link of `fragment`, shifting siblings to make room
        Remove,     ///< remove every entity and link of `fragment`, closing the gaps
        SetField,   ///< `kind`/`id`: `column` goes from oldValue to newValue
        Move,       ///< `kind`/`id`: parent columns and position change
        AddLink,    ///< add `link`
        RemoveLink, ///< remove `link`
    };
    using Values = QVector<QPair<QString, QVariant>>;

    Type type = SetField;
    std::shared_ptr<const Project> fragment;
    EntityKind kind = EntityKind::ProjectInfo;
    QUuid id;
    QString column;
    QVariant oldValue;
    QVariant newValue;
    Values oldParents;
    Values newParents;
    int oldPosition = 0;
    int newPosition = 0;
    Link link;
};

/**
 * An ordered list of primitive changes that the Document applies as one step:
 * model, one SQL transaction on the working copy, one change event. Every op
 * carries the state before and after, so inverse() is exact. Commands build
 * Mutations (usually through Document helpers that resolve dependents).
 */
class Mutation
{
public:
    const QVector<MutationOp> &ops() const { return mOps; }
    bool isEmpty() const { return mOps.isEmpty(); }

    /// Adds the entities and links of `fragment` (positions as given).
    void insert(const Project &fragment);
    /// Removes the entities and links of `fragment` (which holds their current state).
    void remove(const Project &fragment);
    void setField(EntityKind kind, const QUuid &id, const QString &column, const QVariant &oldValue,
                  const QVariant &newValue);
    void move(EntityKind kind, const QUuid &id, const MutationOp::Values &oldParents,
              int oldPosition, const MutationOp::Values &newParents, int newPosition);
    void addLink(const Link &link);
    void removeLink(const Link &link);
    /// Appends all ops of `other`.
    void append(const Mutation &other);

    /// The mutation that undoes this one.
    Mutation inverse() const;

private:
    QVector<MutationOp> mOps;
};

} // namespace cjm
